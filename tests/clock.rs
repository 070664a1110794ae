//! The virtual clock gives exactly the real clock's output: programs with short sleeps
//! (and time deltas they print) run under `--clock real` and `--clock virtual`, and
//! their stdout must be identical. The virtual run must also be fast.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Programs whose timing-dependent output (ordering of wake-ups, rounded elapsed times)
/// the two clocks must agree on.
const PROGRAMS: &[&str] = &[
    "tests/golden/asyncio/gather_result_order.py",
    "tests/golden/asyncio/timers_equal_deadline.py",
    "tests/golden/asyncio/time_sleep_blocks_loop.py",
    "tests/golden/asyncio/wait_first_completed.py",
    "tests/golden/asyncio/wait_timeout.py",
    "tests/golden/asyncio/loop_call_soon_later_at.py",
    "tests/golden/asyncio/cancel_sleeping_task.py",
    "examples/seeds/s003_event_loop.py",
];

fn run(file: &str, clock: &str) -> (String, Duration) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = root.join(file);
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_coropy"))
        .args(["run", "--clock", clock])
        .arg(&path)
        .current_dir(path.parent().expect("a file in a directory"))
        .output()
        .expect("run coropy");
    let elapsed = start.elapsed();
    assert!(
        out.status.success(),
        "{file} under --clock {clock} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (String::from_utf8_lossy(&out.stdout).into_owned(), elapsed)
}

#[test]
fn virtual_clock_output_equals_real_clock_output() {
    for file in PROGRAMS {
        let (real, real_time) = run(file, "real");
        let (virt, virt_time) = run(file, "virtual");
        assert_eq!(real, virt, "{file}: outputs differ between clocks");
        assert!(!real.is_empty(), "{file}: printed nothing");
        // The virtual run never waits for its sleeps.
        assert!(
            virt_time < real_time || virt_time < Duration::from_millis(300),
            "{file}: virtual run took {virt_time:?}, real {real_time:?}"
        );
    }
}

#[test]
fn virtual_clock_skips_long_sleeps() {
    // The seed program sleeps 3 s three times in sequence: 9 s of real time.
    let (out, took) = run("examples/seeds/s000_sync_timing.py", "virtual");
    assert_eq!(out, "9.0\n");
    assert!(took < Duration::from_secs(3), "took {took:?}");
}
