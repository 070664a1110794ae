//! `asyncio.Event.wait()` without a Python frame. The `Event` class stays in
//! `asyncio_locks.py` (state `_value`, waiters `_waiters`, `_get_loop()`); its
//! `_waiters` is a native FIFO of futures (`Value::EventWaiters`, 8 bytes a waiter;
//! CPython's is a `collections.deque`), which `set()` wakes through `_event_wake`. Its
//! `wait` is the native `_event_wait`, which returns a coroutine object named
//! `Event.wait` running CPython's body as two native steps:
//!
//! ```python
//! if self._value: return True
//! fut = self._get_loop().create_future(); self._waiters.append(fut)   # start
//! try: await fut; return True
//! finally: self._waiters.remove(fut)                                  # finish
//! ```
//!
//! A fresh `ev.wait()` awaited directly (nobody else holds it) does not even keep its
//! coroutine object: the await chain gets one `Awaiting::EventWait(event, fut)` link,
//! resolved as the future link plus the `finally` (see `Interp::await_value`).
//!
//! When that chain is a task's own (the task step drives it) on the event's loop, not
//! even the future nor the link is made: the task *parks*, being itself the entry of
//! `_waiters`, with the future's state kept in two bits of the task (`Park`) and the
//! waiter queue in `TaskData::parked_on`. `set()` then schedules the task's step
//! where the future's done callback (`Task.__wakeup`) would have been scheduled, in
//! the same FIFO order on the same turn; `task.cancel()` does what cancelling the
//! future would (the step throws `CancelledError(msg)` one turn later; once woken,
//! `_must_cancel`); the step first runs the `finally` (`Interp::event_unpark`) and
//! resumes the awaiting frame with True or the exception; and reprs (`wait_for=`,
//! the waiter queue's) show the future CPython would have.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::event_loop::Callback;
use super::future::{FutRef, FutureObj, Park};
use crate::interp::coro::CoroRef;
use crate::interp::frame::Resume;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{Exc, type_error, value_error};
use crate::runtime::object::{Args, NativeFn};
use crate::runtime::value::Value;

/// An event's waiter futures, in the order they started waiting.
pub type WaitersRef = Rc<RefCell<VecDeque<FutRef>>>;

/// `_event_waiters()`: a new, empty waiter queue (`Event.__init__`).
pub fn new_waiters(_: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(Value::EventWaiters(Rc::new(RefCell::new(VecDeque::new()))))
}

/// `_event_wake(waiters)`: the loop of `Event.set()`,
/// `for fut in self._waiters: if not fut.done(): fut.set_result(True)`.
pub fn wake(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let futs: Vec<Value> = match a.pos.first() {
        Some(Value::EventWaiters(w)) => {
            // By index, each borrow short (no copy of the queue: with every task of a
            // program waiting, it would be the peak's largest temporary).
            let mut i = 0;
            loop {
                let Some(f) = w.borrow().get(i).cloned() else {
                    break;
                };
                i += 1;
                match &f.task {
                    // A parked task: its waiter future's result and wake-up.
                    Some(td) => {
                        if td.park() == Park::Waiting {
                            td.set_park(Park::Woken);
                            f.loop_.schedule(Callback::Step(f.clone(), None));
                        }
                    }
                    None => {
                        if !f.done() {
                            super::future::set_result(&f, Value::Bool(true))?;
                        }
                    }
                }
            }
            return Ok(Value::None);
        }
        Some(other) => {
            let other = other.clone();
            interp.iterate(&other)?
        }
        None => return Err(type_error("_event_wake() takes 1 argument")),
    };
    for v in &futs {
        let done = interp.call_method(v, "done", Args::default())?;
        if !interp.truthy(&done)? {
            interp.call_method(v, "set_result", Args::new(vec![Value::Bool(true)]))?;
        }
    }
    Ok(Value::None)
}

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
        one_arg_native: false,
        func: event_wait,
    }))
}

/// Is `n` the native `Event.wait` (a coroutine function in CPython)?
pub fn is_wait_function(n: &NativeFn) -> bool {
    std::ptr::fn_addr_eq(n.func, event_wait as crate::runtime::object::NativeImpl)
}

fn event_wait(
    _: &mut crate::interp::Interp,
    a: crate::runtime::object::Args,
) -> crate::interp::PyResult<Value> {
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
}

impl Interp {
    /// The body of `Event.wait()` up to `await fut`: `None` when the event is set,
    /// otherwise the new waiter future, registered in `_waiters` — or, when `chain`
    /// (the root of the await chain that awaits it) is the running task's own, the
    /// task itself, parked there instead (see the module notes).
    pub fn event_wait_start(
        &mut self,
        event: &Value,
        chain: Option<&CoroRef>,
    ) -> PyResult<Option<FutRef>> {
        let value = self.getattr(event, "_value")?;
        if self.truthy(&value)? {
            return Ok(None);
        }
        let lp = self.call_method(event, "_get_loop", Args::default())?;
        if let (Some(root), Value::Loop(l), Some(task)) = (chain, &lp, &self.current_task)
            && let Some(td) = &task.task
            && Rc::ptr_eq(&td.coro, root)
            && Rc::ptr_eq(&task.loop_, l)
            && td.park() == Park::No
        {
            let task = task.clone();
            if let Value::EventWaiters(w) = self.getattr(event, "_waiters")? {
                w.borrow_mut().push_back(task.clone());
                let td = td_of(&task);
                td.set_park(Park::Waiting);
                td.parked_on.set(Some(w));
                return Ok(Some(task));
            }
        }
        let fut = match &lp {
            Value::Loop(l) => FutureObj::new(l.clone(), None),
            other => match self.call_method(other, "create_future", Args::default())? {
                Value::Future(f) => f,
                _ => return Err(type_error("create_future() did not return a Future")),
            },
        };
        match self.getattr(event, "_waiters")? {
            Value::EventWaiters(w) => w.borrow_mut().push_back(fut.clone()),
            other => {
                let f = Value::Future(fut.clone());
                self.call_method(&other, "append", Args::new(vec![f]))?;
            }
        }
        Ok(Some(fut))
    }

    /// The step of a parked task (`exc`: what its step throws, else it was woken):
    /// the rest of `Event.wait()` — the `finally` removes the task from the waiter
    /// queue — and what the awaiting frame resumes with.
    pub fn event_unpark(&mut self, task: &FutRef, exc: Option<Exc>) -> Resume {
        let td = td_of(task);
        td.set_park(Park::No);
        let removed = match td.parked_on.take() {
            Some(w) => {
                let mut w = w.borrow_mut();
                match w.iter().position(|x| Rc::ptr_eq(x, task)) {
                    Some(i) => {
                        w.remove(i);
                        Ok(())
                    }
                    None => Err(value_error("deque.remove(x): x not in deque")),
                }
            }
            None => Ok(()),
        };
        match (exc, removed) {
            (None, Ok(())) => Resume::Send(Value::Bool(true)),
            (Some(e), Ok(())) | (None, Err(e)) => Resume::Throw(e),
            (Some(handled), Err(e)) => {
                set_context(&e, &handled);
                Resume::Throw(e)
            }
        }
    }

    /// The rest of `Event.wait()`: `await fut` ended with `outcome`; run the
    /// `finally` (`self._waiters.remove(fut)`) and return True or raise.
    pub fn event_wait_finish(
        &mut self,
        event: &Value,
        fut: &FutRef,
        outcome: PyResult<()>,
    ) -> PyResult<Value> {
        let removed = self.getattr(event, "_waiters").and_then(|w| match w {
            Value::EventWaiters(w) => {
                let mut w = w.borrow_mut();
                match w.iter().position(|x| Rc::ptr_eq(x, fut)) {
                    Some(i) => {
                        w.remove(i);
                        Ok(())
                    }
                    None => Err(value_error("deque.remove(x): x not in deque")),
                }
            }
            other => {
                let f = Value::Future(fut.clone());
                self.call_method(&other, "remove", Args::new(vec![f]))
                    .map(|_| ())
            }
        });
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

fn td_of(task: &FutRef) -> &super::future::TaskData {
    task.task.as_ref().expect("a task")
}

/// `task.cancel(msg)` on a task parked in an event's waiter queue, as cancelling its
/// waiter future would: false unless still waiting; otherwise the task's next step
/// throws `CancelledError(msg)` into it.
pub fn cancel_parked(task: &FutRef, msg: Option<Value>) -> bool {
    let td = td_of(task);
    if td.park() != Park::Waiting {
        return false;
    }
    td.set_park(Park::Cancelled);
    let exc = super::cancelled_error(msg);
    task.loop_.schedule(Callback::Step(task.clone(), Some(exc)));
    true
}

/// The repr of the waiter future a parked task stands for (`None` if not parked).
pub fn parked_waiter_repr(task: &FutRef) -> Option<&'static str> {
    match task.task.as_ref()?.park() {
        Park::No => None,
        Park::Waiting => Some("<Future pending cb=[Task.task_wakeup()]>"),
        Park::Woken => Some("<Future finished result=True>"),
        Park::Cancelled => Some("<Future cancelled>"),
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
