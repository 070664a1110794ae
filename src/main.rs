//! The `coropy` command line: `coropy run FILE`, `coropy FILE`, `coropy -c CODE`.

use std::io::Read;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use coropy::{ClockKind, ErrorFormat, RunOptions};

/// mimalloc: the interpreter allocates many small short-lived objects (frames,
/// coroutines, strings), where it is markedly faster than the system allocator.
#[global_allocator]
static GLOBAL: Mimalloc = Mimalloc;

/// mimalloc called as `mi_malloc` for the usual alignments. The `mimalloc` crate's
/// allocator always calls `mi_malloc_aligned`, which in mimalloc v3 serves a size that
/// is not a power of two from its size class only while that class's free list is
/// non-empty, and otherwise over-allocates `size + align - 1` from the next class: a
/// 96-byte coroutine took a 112-byte block through the slow path on every allocation.
/// Every mimalloc block is 8-byte aligned, so alignments up to 8 need nothing more.
struct Mimalloc;

const MI_MIN_ALIGN: usize = 8;

// SAFETY: mimalloc returns blocks of at least the requested size, aligned to 8 for
// `mi_malloc`/`mi_zalloc`/`mi_realloc` and to `align` for the `_aligned` variants.
unsafe impl std::alloc::GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        unsafe {
            if layout.align() <= MI_MIN_ALIGN {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        unsafe {
            if layout.align() <= MI_MIN_ALIGN {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        unsafe { libmimalloc_sys::mi_free(ptr as *mut std::ffi::c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        use libmimalloc_sys as mi;
        let p = ptr as *mut std::ffi::c_void;
        unsafe {
            if layout.align() <= MI_MIN_ALIGN {
                mi::mi_realloc(p, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(p, new_size, layout.align()) as *mut u8
            }
        }
    }
}

#[derive(Parser)]
#[command(
    name = "coropy",
    version,
    about = "An interpreter for asyncio-style Python scripts"
)]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE")]
    code: Option<String>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script (`-` reads the program from standard input).
    Run(RunArgs),
}

#[derive(clap::Args, Default)]
struct RunArgs {
    /// Event loop clock: real time, or virtual (sleeps finish instantly).
    #[arg(long, value_enum, default_value_t = Clock::Real)]
    clock: Clock,
    /// How an error ending the program is printed on stderr: CPython-style text, or
    /// miette's JSON report (for tools).
    #[arg(long, value_enum, default_value_t = ErrorFormatArg::Human)]
    error_format: ErrorFormatArg,
    /// The script and its arguments (sys.argv).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

#[derive(Clone, Copy, ValueEnum, Default)]
enum Clock {
    #[default]
    Real,
    Virtual,
}

#[derive(Clone, Copy, ValueEnum, Default)]
enum ErrorFormatArg {
    #[default]
    Human,
    Json,
}

/// Rust stack for the interpreter thread: deep Python recursion is bounded by the
/// recursion limit long before this is exhausted.
const STACK_SIZE: usize = 1 << 30;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (run, code) = match cli.command {
        Some(Command::Run(r)) => (r, None),
        None => (cli.run, cli.code),
    };
    let opts = RunOptions {
        clock: match run.clock {
            Clock::Real => ClockKind::Real,
            Clock::Virtual => ClockKind::Virtual,
        },
        error_format: match run.error_format {
            ErrorFormatArg::Human => ErrorFormat::Human,
            ErrorFormatArg::Json => ErrorFormat::Json,
        },
    };
    let (path, text, argv) = match code {
        Some(c) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(run.args);
            ("<string>".to_string(), c, argv)
        }
        None => {
            let Some(file) = run.args.first().cloned() else {
                eprintln!("coropy: no program given (try `coropy run FILE` or `coropy --help`)");
                return ExitCode::from(2);
            };
            let text = if file == "-" {
                let mut s = String::new();
                if let Err(e) = std::io::stdin().read_to_string(&mut s) {
                    eprintln!("coropy: cannot read standard input: {e}");
                    return ExitCode::from(2);
                }
                s
            } else {
                match std::fs::read_to_string(&file) {
                    Ok(t) => t,
                    Err(e) => {
                        eprintln!("coropy: can't open file '{file}': {e}");
                        return ExitCode::from(2);
                    }
                }
            };
            // Like CPython 3.9+, the main script's path is made absolute.
            let path = if file == "-" {
                "<stdin>".to_string()
            } else {
                std::path::absolute(&file)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or(file)
            };
            (path, text, run.args)
        }
    };
    let handle = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || coropy::run_program(&path, &text, argv, &opts))
        .expect("spawn the interpreter thread");
    match handle.join() {
        Ok(status) => ExitCode::from(status.clamp(0, 255) as u8),
        Err(_) => ExitCode::from(101),
    }
}
