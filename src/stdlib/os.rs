//! The `os` module: the process's environment, pid, cpu count and working directory
//! (natives), with `os.path`'s string functions in Python (`os.py`). coropy does no
//! file I/O, so nothing here touches the file system beyond `getcwd`.

use super::add_functions;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::Exc;
use crate::runtime::object::{Args, Globals};
use crate::runtime::value::Value;

/// The Python part of the module, run after the natives below are installed.
pub const SOURCE: &str = include_str!("os.py");

pub fn install(g: &Globals) {
    add_functions(
        g,
        &[
            ("getpid", |_, _| Ok(Value::Int(std::process::id() as i64))),
            ("cpu_count", |_, _| {
                Ok(std::thread::available_parallelism()
                    .map(|n| Value::Int(n.get() as i64))
                    .unwrap_or(Value::None))
            }),
            ("getcwd", getcwd),
            ("_environ_items", environ_items),
            ("urandom", |_, _| {
                Err(Exc::new(
                    "NotImplementedError",
                    "os.urandom() returns bytes, which coropy does not support",
                ))
            }),
        ],
    );
}

fn getcwd(_: &mut Interp, _: Args) -> PyResult<Value> {
    std::env::current_dir()
        .map(|p| Value::string(p.to_string_lossy().into_owned()))
        .map_err(|e| Exc::new("OSError", e.to_string()))
}

fn environ_items(_: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(Value::list(
        std::env::vars_os()
            .map(|(k, v)| {
                Value::tuple(vec![
                    Value::string(k.to_string_lossy().into_owned()),
                    Value::string(v.to_string_lossy().into_owned()),
                ])
            })
            .collect(),
    ))
}
