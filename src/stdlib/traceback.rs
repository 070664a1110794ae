//! The `traceback` module: `format_exc`/`print_exc` and `format_exception`/
//! `print_exception`/`format_exception_only` over the interpreter's own traceback
//! renderer (the plain CPython layout, frames with their source lines).

use super::add_functions;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{Exc, type_error};
use crate::runtime::object::{Args, Globals};
use crate::runtime::value::Value;

pub fn install(g: &Globals) {
    add_functions(
        g,
        &[
            ("format_exc", |i, _| Ok(Value::string(format_exc(i)))),
            ("print_exc", |i, a| {
                let text = format_exc(i);
                write(i, &a, &text)
            }),
            ("format_exception", |i, a| {
                let text = format_exception(i, &a)?;
                Ok(lines(&text))
            }),
            ("print_exception", |i, a| {
                let text = format_exception(i, &a)?;
                write(i, &a, &text)
            }),
            ("format_exception_only", |i, a| {
                let text = match exception_arg(&a)? {
                    Some(e) => i.exception_line(&e) + "\n",
                    None => "NoneType: None\n".to_string(),
                };
                Ok(lines(&text))
            }),
        ],
    );
}

/// The exception being handled, formatted (`NoneType: None` outside `except`).
fn format_exc(interp: &mut Interp) -> String {
    match interp.handled.last().cloned() {
        Some(e) => interp.render_exception(&e),
        None => "NoneType: None\n".to_string(),
    }
}

/// `format_exception(exc)` or the old `format_exception(type, value, tb)`.
fn format_exception(interp: &mut Interp, a: &Args) -> PyResult<String> {
    Ok(match exception_arg(a)? {
        Some(e) => interp.render_exception(&e),
        None => "NoneType: None\n".to_string(),
    })
}

/// The exception argument: the value (second argument) when three are given, else the
/// first; `None` for `None`.
fn exception_arg(a: &Args) -> PyResult<Option<Exc>> {
    let v = if a.pos.len() >= 2 {
        &a.pos[1]
    } else {
        a.pos.first().unwrap_or(&Value::None)
    };
    match v {
        Value::None => Ok(None),
        Value::Instance(e) if e.class.is_exception() => Ok(Some(Exc(e.clone()))),
        other => Err(type_error(format!(
            "Exception expected for value, {} found",
            crate::runtime::types::type_name(other)
        ))),
    }
}

/// The text split into lines that keep their `\n`, as CPython's list of strings.
fn lines(text: &str) -> Value {
    Value::list(text.split_inclusive('\n').map(Value::str).collect())
}

/// Write to `file=` (anything with `write`) or to stderr.
fn write(interp: &mut Interp, a: &Args, text: &str) -> PyResult<Value> {
    match a.kwarg("file").cloned() {
        Some(f) if !f.is_none() => {
            let w = interp.getattr(&f, "write")?;
            interp.call(&w, Args::new(vec![Value::str(text)]))?;
        }
        _ => {
            interp.out.flush();
            eprint!("{text}");
        }
    }
    Ok(Value::None)
}
