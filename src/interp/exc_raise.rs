//! Raising and catching: the exception a `raise` statement makes (`raise X from Y`,
//! bare re-raise) and the match of an exception against an `except` clause.

use super::frame::Frame;
use super::{Interp, PyResult};
use crate::runtime::exc::{Exc, type_error};
use crate::runtime::value::Value;

impl Interp {
    /// `raise exc from cause` / bare `raise`.
    pub(super) fn raise(
        &mut self,
        f: &mut Frame,
        exc: &Option<crate::compile::code::Expr>,
        cause: &Option<crate::compile::code::Expr>,
    ) -> PyResult<Exc> {
        let Some(exc) = exc else {
            return match self.handled.last() {
                Some(e) => Ok(e.clone()),
                None => Err(runtime_no_active()),
            };
        };
        let v = self.eval(f, exc)?;
        let e = self.make_exception(v)?;
        if let Some(c) = cause {
            let c = self.eval(f, c)?;
            let cause = match c {
                Value::None => None,
                other => Some(self.make_exception(other)?.value()),
            };
            let mut d = e.0.exc();
            d.cause = cause;
            d.suppress_context = true;
        }
        Ok(e)
    }

    /// An exception instance from `raise X` (a class is instantiated).
    pub fn make_exception(&mut self, v: Value) -> PyResult<Exc> {
        match &v {
            Value::Instance(i) if i.class.is_exception() => Ok(Exc(i.clone())),
            Value::Class(c) if c.is_exception() => {
                let inst = self.call(&v, crate::runtime::object::Args::default())?;
                match inst {
                    Value::Instance(i) if i.class.is_exception() => Ok(Exc(i)),
                    other => Err(type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        c.name,
                        crate::runtime::types::type_name(&other)
                    ))),
                }
            }
            _ => Err(type_error("exceptions must derive from BaseException")),
        }
    }

    /// Does exception `e` match an `except` clause's class (or tuple of classes)?
    pub fn exception_matches(&mut self, e: &Exc, typ: &Value) -> PyResult<bool> {
        match typ {
            Value::Class(c) if c.is_exception() => Ok(e.class().is_subclass(c)),
            Value::Tuple(items) => {
                for t in items.iter() {
                    if self.exception_matches(e, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }
}

fn runtime_no_active() -> Exc {
    crate::runtime::exc::runtime_error("No active exception to reraise")
}
