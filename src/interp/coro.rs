//! Coroutine objects: the same resumable frame machinery as generators, created by
//! calling an `async def` function. (The event loop that drives them is `asyncio`.)

use std::cell::RefCell;
use std::rc::Rc;

use super::gen_obj::{GenObj, GenState};
use super::{Interp, PyResult};
use crate::interp::frame::Frame;
use crate::runtime::exc::type_error;
use crate::runtime::object::Function;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

pub type CoroRef = Rc<RefCell<GenObj>>;

pub fn new_coroutine(fun: &Rc<Function>, frame: Frame) -> Value {
    Value::Coroutine(Rc::new(RefCell::new(GenObj {
        name: fun.name.clone(),
        qualname: fun.qualname.clone(),
        state: GenState::Created(Box::new(frame)),
    })))
}

pub fn coro_repr(c: &CoroRef, addr: usize) -> String {
    format!("<coroutine object {} at {:#x}>", c.borrow().qualname, addr)
}

pub fn coro_attr(c: &CoroRef, name: &str) -> Option<Value> {
    let c = c.borrow();
    match name {
        "__name__" => Some(Value::str(&c.name)),
        "__qualname__" => Some(Value::str(&c.qualname)),
        "cr_running" => Some(Value::Bool(matches!(c.state, GenState::Running))),
        _ => None,
    }
}

impl Interp {
    /// Check that `v` can be awaited (a coroutine, or an object with `__await__`).
    pub fn check_awaitable(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Coroutine(_) => Ok(v),
            Value::Instance(inst) if inst.class.lookup("__await__").is_some() => Ok(v),
            _ => Err(type_error(format!(
                "object {} can't be used in 'await' expression",
                type_name(&v)
            ))),
        }
    }
}
