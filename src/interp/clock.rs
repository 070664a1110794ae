//! The clock behind `time.time()`, `time.monotonic()` and the event loop: real, or
//! virtual (time only moves when the program sleeps, and then instantly).

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub enum Clock {
    Real {
        origin: Instant,
        epoch: f64,
    },
    /// `now` is seconds since the program started.
    Virtual {
        now: f64,
        epoch: f64,
    },
}

fn wall_now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

impl Clock {
    pub fn new(virtual_time: bool) -> Clock {
        if virtual_time {
            Clock::Virtual {
                now: 0.0,
                epoch: wall_now(),
            }
        } else {
            Clock::Real {
                origin: Instant::now(),
                epoch: wall_now(),
            }
        }
    }

    pub fn is_virtual(&self) -> bool {
        matches!(self, Clock::Virtual { .. })
    }

    /// Seconds on a monotonic scale (the event loop's `time()`).
    pub fn monotonic(&self) -> f64 {
        match self {
            Clock::Real { origin, .. } => origin.elapsed().as_secs_f64(),
            Clock::Virtual { now, .. } => *now,
        }
    }

    /// Seconds since the Unix epoch (`time.time()`).
    pub fn wall(&self) -> f64 {
        match self {
            Clock::Real { .. } => wall_now(),
            Clock::Virtual { now, epoch } => epoch + now,
        }
    }

    /// Block for `secs` (real) or advance the virtual time by `secs`.
    pub fn sleep(&mut self, secs: f64) {
        if secs.is_nan() || secs <= 0.0 {
            return;
        }
        match self {
            Clock::Real { .. } => std::thread::sleep(Duration::from_secs_f64(secs.min(1e9))),
            Clock::Virtual { now, .. } => *now += secs,
        }
    }

    /// Wait until the monotonic time reaches `t`.
    pub fn wait_until(&mut self, t: f64) {
        match self {
            Clock::Real { origin, .. } => {
                let now = origin.elapsed().as_secs_f64();
                if t > now {
                    std::thread::sleep(Duration::from_secs_f64((t - now).min(1e9)));
                }
            }
            Clock::Virtual { now, .. } => {
                if t > *now {
                    *now = t;
                }
            }
        }
    }

    /// Virtual clock: set the time back to `t` (no earlier than it) and return how far
    /// it had moved past `t`. Real clock: nothing to undo, 0.
    pub fn rewind_to(&mut self, t: f64) -> f64 {
        match self {
            Clock::Real { .. } => 0.0,
            Clock::Virtual { now, .. } => {
                let elapsed = (*now - t).max(0.0);
                if elapsed > 0.0 {
                    *now = t;
                }
                elapsed
            }
        }
    }
}
