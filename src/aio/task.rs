//! Tasks: creation (first step scheduled with `call_soon`), one step (drive the
//! coroutine's await chain until it blocks on a future, yields, returns or raises),
//! wake-up when the awaited future is done, and cancellation — as CPython's
//! `Task.__step` / `__wakeup` / `cancel`.

use super::event_loop::{Callback, LoopRef};
use super::future::{self, DoneCb, FutRef, FutureObj, TaskData};
use super::{aio_types, cancelled_error, invalid_state};
use crate::interp::coro::Driven;
use crate::interp::frame::Resume;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{Exc, runtime_error, type_error};
use crate::runtime::value::{PyStr, Value};

impl Interp {
    /// `loop.create_task(coro, name=None)`
    pub fn create_task(
        &mut self,
        lp: &LoopRef,
        coro: Value,
        name: Option<Value>,
    ) -> PyResult<FutRef> {
        self.create_task_in(lp, coro, name, None)
    }

    /// `loop.create_task(coro, name=None, context=None)`: the task runs in `context`,
    /// or (once `contextvars` is imported) in a copy of the current context.
    pub fn create_task_in(
        &mut self,
        lp: &LoopRef,
        coro: Value,
        name: Option<Value>,
        context: Option<Value>,
    ) -> PyResult<FutRef> {
        // An async generator's awaitable is a coroutine to asyncio (as in CPython).
        let coro = match coro {
            Value::AGenOp(op) => crate::interp::agen::op_coroutine(&op),
            coro => coro,
        };
        let coro = match coro {
            Value::Coroutine(c) => c,
            other => {
                let r = self.repr(&other)?;
                return Err(type_error(format!("a coroutine was expected, got {r}")));
            }
        };
        if lp.state.borrow().closed {
            return Err(runtime_error("Event loop is closed"));
        }
        // `Task.__init__`: `self._name = str(name)` when a name is given.
        let name = match name {
            Some(Value::Str(s)) => Some(s),
            Some(n) if !n.is_none() => Some(std::rc::Rc::new(PyStr::new(self.str(&n)?))),
            _ => None,
        };
        coro.borrow_mut().awaited = true;
        self.task_counter += 1;
        let task = FutureObj::new(lp.clone(), Some(TaskData::new(coro, self.task_counter)));
        if let Some(name) = name {
            task.set_task_name(name);
        }
        let context = match context.filter(|c| !c.is_none()) {
            Some(c) => Some(c),
            None => self.copy_context()?,
        };
        if let Some(c) = context {
            let seq = task.task.as_ref().expect("a task").seq();
            self.task_contexts.insert(seq, c);
        }
        lp.schedule(Callback::Step(task.clone(), None));
        lp.state.borrow_mut().tasks.insert(task.clone());
        Ok(task)
    }

    /// One step of a task (`Task.__step`).
    pub fn task_step(&mut self, task: &FutRef, exc: Option<Exc>) -> PyResult<()> {
        let td = task.task.as_ref().expect("a task");
        if task.done() {
            return Err(invalid_state("_step(): already done"));
        }
        let mut exc = exc;
        if td.must_cancel() {
            td.set_must_cancel(false);
            // A CancelledError being thrown in already (its waiter's) stays.
            if !exc
                .as_ref()
                .is_some_and(|e| e.class().is_subclass(&aio_types().cancelled_error))
            {
                exc = Some(make_cancelled_error(task));
            }
        }
        drop(td.fut_waiter.take());
        let coro = td.coro.clone();
        let input = match exc {
            _ if td.park() != future::Park::No => self.event_unpark(task, exc),
            Some(e) => Resume::Throw(e),
            None => Resume::Send(Value::None),
        };
        let prev = self.current_task.replace(task.clone());
        let ctx = if self.task_contexts.is_empty() {
            None
        } else {
            self.task_contexts.get(&td.seq()).cloned()
        };
        let r = match ctx {
            None => self.coro_drive(&coro, input),
            Some(c) => {
                let prev_ctx = self.context.replace(c);
                let r = self.coro_drive(&coro, input);
                self.context = prev_ctx;
                r
            }
        };
        self.current_task = prev;
        let result = match r {
            Ok(Driven::Returned(v)) => {
                if td.must_cancel() {
                    td.set_must_cancel(false);
                    let msg = task.inner.borrow().cancel_message();
                    future::cancel_future(task, msg);
                } else {
                    future::set_result(task, v)?;
                }
                Ok(())
            }
            Err(e) if e.class().is_subclass(&aio_types().cancelled_error) => {
                task.inner.borrow_mut().rare_mut().cancelled_exc = Some(e);
                future::cancel_future(task, None);
                Ok(())
            }
            Err(e) if e.is_instance("KeyboardInterrupt") || e.is_instance("SystemExit") => {
                future::set_exception(task, e.clone())?;
                // It propagates out of the loop: that is its retrieval.
                task.inner.borrow_mut().retrieved = true;
                Err(e)
            }
            Err(e) => {
                future::set_exception(task, e)?;
                Ok(())
            }
            Ok(Driven::Yielded(v)) => {
                self.task_blocked(task, v)?;
                Ok(())
            }
        };
        if task.done() {
            task.loop_.state.borrow_mut().tasks.remove(task);
            if !self.task_contexts.is_empty() {
                self.task_contexts.remove(&td.seq());
            }
        }
        result
    }

    /// The task's coroutine yielded `v`: wait on a future, or run again next turn.
    fn task_blocked(&mut self, task: &FutRef, v: Value) -> PyResult<()> {
        let td = task.task.as_ref().expect("a task");
        match v {
            // Parked in an event's waiter queue (`crate::aio::event`): nothing to add.
            Value::Future(f)
                if std::rc::Rc::ptr_eq(&f, task) && td.park() == future::Park::Waiting =>
            {
                f.inner.borrow_mut().blocking = false;
                if td.must_cancel() {
                    let msg = task.inner.borrow().cancel_message();
                    if super::event::cancel_parked(task, msg) {
                        td.set_must_cancel(false);
                    }
                }
            }
            Value::Future(f) => {
                let blocking = f.inner.borrow().blocking;
                if !blocking {
                    let msg = format!(
                        "yield was used instead of yield from in task {} with {}",
                        self.future_repr(task)?,
                        self.future_repr(&f)?
                    );
                    task.loop_
                        .schedule(Callback::Step(task.clone(), Some(runtime_error(msg))));
                    return Ok(());
                }
                if std::rc::Rc::ptr_eq(&f, task) {
                    let msg = format!("Task cannot await on itself: {}", self.future_repr(task)?);
                    task.loop_
                        .schedule(Callback::Step(task.clone(), Some(runtime_error(msg))));
                    return Ok(());
                }
                f.inner.borrow_mut().blocking = false;
                future::add_done_callback(&f, DoneCb::Wakeup(task.clone()));
                drop(td.fut_waiter.replace(Some(f.clone())));
                if td.must_cancel() {
                    let msg = task.inner.borrow().cancel_message();
                    if self.cancel(&f, msg) {
                        td.set_must_cancel(false);
                    }
                }
            }
            Value::None => {
                task.loop_.schedule(Callback::Step(task.clone(), None));
            }
            other => {
                let msg = format!("Task got bad yield: {}", self.repr(&other)?);
                task.loop_
                    .schedule(Callback::Step(task.clone(), Some(runtime_error(msg))));
            }
        }
        Ok(())
    }

    /// `Task.__wakeup(fut)`: resume with the future's outcome.
    pub fn task_wakeup(&mut self, task: &FutRef, fut: &FutRef) -> PyResult<()> {
        match future::result(fut) {
            Ok(_) => self.task_step(task, None),
            Err(e) => self.task_step(task, Some(e)),
        }
    }

    /// `fut.cancel(msg)` for futures and tasks.
    pub fn cancel(&mut self, fut: &FutRef, msg: Option<Value>) -> bool {
        let Some(td) = &fut.task else {
            return future::cancel_future(fut, msg);
        };
        fut.inner.borrow_mut().retrieved = true;
        if fut.done() {
            return false;
        }
        td.set_num_cancels_requested(td.num_cancels_requested().saturating_add(1));
        let waiter = td.fut_waiter();
        if let Some(w) = waiter
            && self.cancel(&w, msg.clone())
        {
            return true;
        }
        if super::event::cancel_parked(fut, msg.clone()) {
            return true;
        }
        td.set_must_cancel(true);
        fut.inner.borrow_mut().set_cancel_message(msg);
        true
    }
}

/// The CancelledError a cancelled task raises (the original one, the first time).
pub fn make_cancelled_error(fut: &FutRef) -> Exc {
    let mut f = fut.inner.borrow_mut();
    if let Some(e) = f.take_cancelled_exc() {
        return e;
    }
    cancelled_error(f.cancel_message())
}
