//! `asyncio.Event.wait()` without a Python frame. The `Event` class stays in
//! `asyncio_locks.py` (state `_value`, waiter dict `_waiters`, `_get_loop()`); its
//! `wait` is the native `_event_wait`, which returns a coroutine object named
//! `Event.wait` running CPython's body as two native steps:
//!
//! ```python
//! if self._value: return True
//! fut = self._get_loop().create_future(); self._waiters[fut] = None   # start
//! try: await fut; return True
//! finally: del self._waiters[fut]                                     # finish
//! ```
//!
//! A fresh `ev.wait()` awaited directly (nobody else holds it) does not even keep its
//! coroutine object: the await chain gets one `Awaiting::EventWait(event, fut)` link,
//! resolved as the future link plus the `finally` (see `Interp::await_value`).

use std::rc::Rc;

use super::future::{FutRef, FutureObj};
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{Exc, type_error};
use crate::runtime::object::{Args, NativeFn};
use crate::runtime::value::Value;

/// The state of an `Event.wait()` coroutine (`GenState::EventWait`).
pub struct EventWait {
    /// The event (`self`).
    pub event: Value,
    /// The waiter future, once the body waits on it.
    pub fut: Option<FutRef>,
}

/// The native `Event.wait` (bound like a method: `ev.wait()` calls it with `ev`).
pub fn wait_function() -> Value {
    Value::Native(Rc::new(NativeFn {
        name: "wait",
        one_arg: None,
        func: |_, a| {
            if a.pos.len() != 1 || !a.kw.is_empty() {
                return Err(type_error(format!(
                    "Event.wait() takes 1 positional argument but {} were given",
                    a.pos.len() + a.kw.len()
                )));
            }
            let event = a.pos.into_iter().next().expect("one argument");
            Ok(Value::Coroutine(Rc::new(std::cell::RefCell::new(
                crate::interp::gen_obj::GenObj::event_wait(event),
            ))))
        },
    }))
}

impl Interp {
    /// The body of `Event.wait()` up to `await fut`: `None` when the event is set,
    /// otherwise the new waiter future, registered in `_waiters`.
    pub fn event_wait_start(&mut self, event: &Value) -> PyResult<Option<FutRef>> {
        let value = self.getattr(event, "_value")?;
        if self.truthy(&value)? {
            return Ok(None);
        }
        let lp = self.call_method(event, "_get_loop", Args::default())?;
        let fut = match &lp {
            Value::Loop(l) => FutureObj::new(l.clone(), None),
            other => match self.call_method(other, "create_future", Args::default())? {
                Value::Future(f) => f,
                _ => return Err(type_error("create_future() did not return a Future")),
            },
        };
        let waiters = self.getattr(event, "_waiters")?;
        self.setitem(&waiters, Value::Future(fut.clone()), Value::None)?;
        Ok(Some(fut))
    }

    /// The rest of `Event.wait()`: `await fut` ended with `outcome`; run the
    /// `finally` (`del self._waiters[fut]`) and return True or raise.
    pub fn event_wait_finish(
        &mut self,
        event: &Value,
        fut: &FutRef,
        outcome: PyResult<()>,
    ) -> PyResult<Value> {
        let removed = self
            .getattr(event, "_waiters")
            .and_then(|w| self.delitem(&w, &Value::Future(fut.clone())));
        match (outcome, removed) {
            (Ok(()), Ok(())) => Ok(Value::Bool(true)),
            (Err(e), Ok(())) | (Ok(()), Err(e)) => Err(e),
            (Err(handled), Err(e)) => {
                set_context(&e, &handled);
                Err(e)
            }
        }
    }
}

/// An exception raised in a `finally` while `handled` propagates: its `__context__`.
fn set_context(e: &Exc, handled: &Exc) {
    if Rc::ptr_eq(&e.0, &handled.0) {
        return;
    }
    let mut data = e.0.exc();
    if data.context.is_none() {
        data.context = Some(handled.value());
    }
}
