//! The `time` module on the interpreter's clock: with `--clock virtual`, `time.sleep`
//! advances virtual time instantly and `time.time()` follows it.

use super::add_functions;
use crate::builtins::numbers::to_f64;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::value_error;
use crate::runtime::object::{Args, Globals};
use crate::runtime::value::Value;

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
