//! The `datetime` module: `date`, `time`, `datetime` and `timedelta`, written in Python
//! (`datetime.py`, embedded) over one native clock hook.
//!
//! Differences from CPython: only naive times (`tzinfo` must be None); local time is
//! UTC (coropy reads no time zone database); `timedelta` built from float components
//! rounds the float total once (CPython rounds per component with extra care, which
//! differs only in the last microsecond of extreme values).

use super::add_functions;
use crate::interp::{Interp, PyResult};
use crate::runtime::object::{Args, Globals};
use crate::runtime::value::Value;

/// The Python part of the module, run after the natives below are installed.
pub const SOURCE: &str = include_str!("datetime.py");

pub fn install(g: &Globals) {
    add_functions(g, &[("_now_micros", |interp, _: Args| now(interp))]);
}

fn now(interp: &mut Interp) -> PyResult<Value> {
    Ok(Value::Int(now_micros(interp)))
}

/// The current time in microseconds since the Unix epoch (UTC). The one place the
/// module reads a clock, so the event loop's clock can be routed here.
pub fn now_micros(interp: &mut Interp) -> i64 {
    (interp.clock.wall() * 1e6).round() as i64
}
