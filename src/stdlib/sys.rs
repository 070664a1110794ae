//! The `sys` module: argv, exit, recursion limit, stdout/stderr writers.

use std::rc::Rc;

use super::add_functions;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{Exc, type_error};
use crate::runtime::object::{Args, Globals, Module};
use crate::runtime::value::{Name, Value};

pub fn install(interp: &mut Interp, g: &Globals) {
    let argv = interp.argv.iter().map(|a| Value::str(a)).collect();
    g.set("argv", Value::list(argv));
    g.set("version", Value::str("3.11.7 (coropy)"));
    g.set("platform", Value::str("linux"));
    g.set("maxsize", Value::Int(i64::MAX));
    g.set(
        "version_info",
        Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7)]),
    );
    add_functions(
        g,
        &[
            ("exit", crate::builtins::system::exit),
            ("exc_info", exc_info),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
        ],
    );
    for (name, write) in [
        (
            "stdout",
            write_stdout as fn(&mut Interp, Args) -> PyResult<Value>,
        ),
        ("stderr", write_stderr),
    ] {
        let sg = Rc::new(Globals::new());
        add_functions(&sg, &[("write", write), ("flush", flush)]);
        g.set(
            name,
            Value::Module(Rc::new(Module {
                name: Name::from(format!("sys.{name}").as_str()),
                globals: sg,
            })),
        );
    }
}

/// `(type, value, traceback)` of the exception being handled; coropy has no traceback
/// objects, so the third item is None (as `__traceback__` is).
fn exc_info(interp: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(match interp.handled.last() {
        Some(e) => Value::tuple(vec![
            Value::Class(e.class().clone()),
            e.value(),
            Value::None,
        ]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn getrecursionlimit(interp: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(Value::Int(interp.recursion_limit as i64))
}

fn setrecursionlimit(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Int(n)) if *n >= 1 => {
            interp.recursion_limit = *n as usize;
            Ok(Value::None)
        }
        Some(Value::Int(_)) => Err(Exc::new(
            "ValueError",
            "recursion limit must be greater or equal than 1",
        )),
        _ => Err(type_error(
            "'str' object cannot be interpreted as an integer",
        )),
    }
}

fn text(args: &Args) -> PyResult<String> {
    match args.pos.first() {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(type_error(format!(
            "write() argument must be str, not {}",
            crate::runtime::types::type_name(other)
        ))),
        None => Err(type_error("write() takes exactly one argument (0 given)")),
    }
}

fn write_stdout(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = text(&args)?;
    interp.out.write_str(&s);
    Ok(Value::Int(s.chars().count() as i64))
}

fn write_stderr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let s = text(&args)?;
    interp.out.flush();
    eprint!("{s}");
    Ok(Value::Int(s.chars().count() as i64))
}

fn flush(interp: &mut Interp, _: Args) -> PyResult<Value> {
    interp.out.flush();
    Ok(Value::None)
}
