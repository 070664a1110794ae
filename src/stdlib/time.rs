//! The `time` module on the interpreter's clock: with `--clock virtual`, `time.sleep`
//! advances virtual time instantly and `time.time()` follows it. The calendar functions
//! (`strftime`, `localtime`, ...) are Python in `time.py`, local time being UTC.

use super::add_functions;
use crate::builtins::numbers::to_f64;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{attribute_error, value_error};
use crate::runtime::object::{Args, Globals};
use crate::runtime::value::Value;

/// The Python part of the module (struct_time, strftime, ...), compiled on first use
/// of one of `LAZY_NAMES` through the module's `__getattr__`: most programs only call
/// `time()`/`sleep()`, and compiling it would cost every `import time` a millisecond.
const SOURCE: &str = include_str!("time.py");

const LAZY_NAMES: &[&str] = &[
    "struct_time",
    "gmtime",
    "localtime",
    "strftime",
    "asctime",
    "ctime",
    "mktime",
    "timezone",
    "altzone",
    "daylight",
    "tzname",
];

/// The module's `__getattr__` (PEP 562): load `time.py` for one of its names.
fn module_getattr(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let name = interp.str(a.pos.first().unwrap_or(&Value::None))?;
    if LAZY_NAMES.contains(&name.as_str()) {
        super::load_embedded(interp, "time", "time", SOURCE)?;
        if let Some(v) = interp.import_module("time")?.globals.get(name.as_str()) {
            return Ok(v);
        }
    }
    Err(attribute_error(format!(
        "module 'time' has no attribute '{name}'"
    )))
}

pub fn install(g: &Globals) {
    add_functions(
        g,
        &[
            ("time", |i, _| Ok(Value::Float(i.clock.wall()))),
            ("time_ns", |i, _| {
                Ok(Value::Int((i.clock.wall() * 1e9) as i64))
            }),
            ("monotonic", |i, _| Ok(Value::Float(i.clock.monotonic()))),
            ("monotonic_ns", |i, _| {
                Ok(Value::Int((i.clock.monotonic() * 1e9) as i64))
            }),
            ("perf_counter", |i, _| Ok(Value::Float(i.clock.monotonic()))),
            ("perf_counter_ns", |i, _| {
                Ok(Value::Int((i.clock.monotonic() * 1e9) as i64))
            }),
            ("sleep", sleep),
            ("__getattr__", module_getattr),
        ],
    );
}

fn sleep(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let secs = to_f64(a.pos.first().unwrap_or(&Value::None))?;
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    interp.out.flush();
    interp.clock.sleep(secs);
    Ok(Value::None)
}
