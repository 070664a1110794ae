//! The native half of `contextvars`: the interpreter's current context
//! (`_get_context`/`_swap_context`), and the switch that makes new asyncio tasks and
//! scheduled callbacks carry contexts once the module is imported. The classes are
//! Python (`contextvars.py`).

use super::add_functions;
use crate::interp::{Interp, PyResult};
use crate::runtime::object::{Args, Globals};
use crate::runtime::value::Value;

pub const SOURCE: &str = include_str!("contextvars.py");

pub fn install(g: &Globals) {
    add_functions(
        g,
        &[
            ("_get_context", |i, _| {
                Ok(i.context.clone().unwrap_or(Value::None))
            }),
            ("_swap_context", |i, a| {
                let new = a.pos.into_iter().next().filter(|v| !v.is_none());
                Ok(std::mem::replace(&mut i.context, new).unwrap_or(Value::None))
            }),
            ("_enable_task_contexts", |i, _| {
                i.contextvars_loaded = true;
                Ok(Value::None)
            }),
        ],
    );
}

impl Interp {
    /// `contextvars.copy_context()` when the module is loaded (else `None`: no program
    /// code can have a context then).
    pub fn copy_context(&mut self) -> PyResult<Option<Value>> {
        if !self.contextvars_loaded {
            return Ok(None);
        }
        let f = self
            .import_module("contextvars")?
            .globals
            .get("copy_context");
        match f {
            Some(f) => self.call(&f, Args::default()).map(Some),
            None => Ok(None),
        }
    }

    /// `callback` wrapped to run in `ctx` (`contextvars._bind`).
    pub fn bind_context(&mut self, ctx: Value, callback: Value) -> PyResult<Value> {
        let f = self.import_module("contextvars")?.globals.get("_bind");
        match f {
            Some(f) => self.call(&f, Args::new(vec![ctx, callback])),
            None => Ok(callback),
        }
    }
}
