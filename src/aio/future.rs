//! Futures (and the future part of tasks): an explicit state, a result or exception,
//! and done callbacks that are scheduled with `call_soon` when the future finishes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::event_loop::{Callback, LoopRef};
use super::invalid_state;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::Exc;
use crate::runtime::value::{PyStr, Value};

pub type FutRef = Rc<FutureObj>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
}

/// A done callback.
#[derive(Clone)]
pub enum DoneCb {
    /// A Python callable, called with the future.
    Py(Value),
    /// A Python callable run in a `contextvars.Context`: `(callable, context)`.
    PyCtx(Box<(Value, Value)>),
    /// Resume the task that awaits this future.
    Wakeup(FutRef),
    /// `run_until_complete`'s callback: stop the loop.
    StopLoop,
    /// `gather()`'s per-child `_done_callback`, native.
    Gather(Rc<GatherState>),
}

/// The state `gather()`'s `_done_callback` closure shares between its children.
pub struct GatherState {
    pub children: RefCell<Vec<FutRef>>,
    pub nfuts: std::cell::Cell<usize>,
    pub nfinished: std::cell::Cell<usize>,
    pub outer: RefCell<Option<FutRef>>,
    pub return_exceptions: bool,
}

impl DoneCb {
    pub fn same(&self, other: &DoneCb) -> bool {
        match (self, other) {
            (DoneCb::Py(a), DoneCb::Py(b)) => a.is(b),
            (DoneCb::PyCtx(a), DoneCb::Py(b)) | (DoneCb::Py(b), DoneCb::PyCtx(a)) => a.0.is(b),
            (DoneCb::PyCtx(a), DoneCb::PyCtx(b)) => a.0.is(&b.0),
            (DoneCb::Wakeup(a), DoneCb::Wakeup(b)) => Rc::ptr_eq(a, b),
            (DoneCb::StopLoop, DoneCb::StopLoop) => true,
            (DoneCb::Gather(a), DoneCb::Gather(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

pub struct FutInner {
    pub state: FutState,
    /// Set while a task's await chain is blocked on this future.
    pub blocking: bool,
    /// The exception has been looked at (no "never retrieved" report).
    pub retrieved: bool,
    /// While pending, the first done callback (nearly always the only one: the
    /// awaiting task's wake-up; more go to `FutRare::more_callbacks`); once
    /// `Finished`, the result or exception. Sharing the space keeps a future at 64
    /// bytes (80 with its `Rc` header).
    pub outcome: Outcome,
    /// Cancellation and `gather()` state, allocated on first use.
    pub rare: Option<Box<FutRare>>,
    /// A task's slot in its loop's task registry (`TaskRegistry`): kept here, in what
    /// would be padding after the flags, the task fields fit in 32 bytes.
    pub reg_slot: u32,
}

/// Done callbacks taken from a future that finished (nearly always one).
pub type Callbacks = smallvec::SmallVec<[DoneCb; 1]>;

/// A finished future's outcome, or a pending one's first done callback.
pub enum Outcome {
    Result(Value),
    Exception(Exc),
    Pending(Option<DoneCb>),
}

/// The rarely used parts of a future.
#[derive(Default)]
pub struct FutRare {
    pub cancel_message: Option<Value>,
    /// The CancelledError a task raised when it was cancelled (re-raised to awaiters).
    pub cancelled_exc: Option<Exc>,
    /// A `gather()` future: its children (cancelling it cancels them).
    pub gather_children: Option<Vec<FutRef>>,
    pub gather_cancel_requested: bool,
    /// Done callbacks after the first (`Outcome::Pending`), in order.
    pub more_callbacks: Vec<DoneCb>,
    /// A task's name, when given: otherwise `Task-{seq}` (formatted when asked).
    pub task_name: Option<Rc<PyStr>>,
}

impl FutInner {
    /// The exception of a finished future, if it failed.
    pub fn exception(&self) -> Option<&Exc> {
        match &self.outcome {
            Outcome::Exception(e) => Some(e),
            _ => None,
        }
    }

    /// The done callbacks, in order (taken: the future just finished).
    pub fn take_callbacks(&mut self) -> Callbacks {
        let mut cbs = Callbacks::new();
        if let Outcome::Pending(first) = &mut self.outcome
            && let Some(first) = first.take()
        {
            cbs.push(first);
            if let Some(r) = &mut self.rare {
                cbs.extend(r.more_callbacks.drain(..));
            }
        }
        cbs
    }

    pub fn push_callback(&mut self, cb: DoneCb) {
        match &mut self.outcome {
            Outcome::Pending(first @ None) => *first = Some(cb),
            _ => self.rare_mut().more_callbacks.push(cb),
        }
    }

    /// How many done callbacks there are, and the first.
    pub fn callbacks_info(&self) -> (usize, Option<&DoneCb>) {
        match &self.outcome {
            Outcome::Pending(Some(first)) => (
                1 + self.rare.as_ref().map_or(0, |r| r.more_callbacks.len()),
                Some(first),
            ),
            _ => (0, None),
        }
    }

    /// Remove every callback equal to `cb`; returns how many were removed.
    pub fn remove_callbacks(&mut self, cb: &DoneCb) -> usize {
        let Outcome::Pending(first) = &mut self.outcome else {
            return 0;
        };
        let Some(f) = first.take() else {
            return 0;
        };
        let mut all = vec![f];
        if let Some(r) = &mut self.rare {
            all.append(&mut r.more_callbacks);
        }
        let before = all.len();
        all.retain(|c| !c.same(cb));
        let removed = before - all.len();
        let mut it = all.into_iter();
        if let Outcome::Pending(first) = &mut self.outcome {
            *first = it.next();
        }
        let rest: Vec<DoneCb> = it.collect();
        if !rest.is_empty() {
            self.rare_mut().more_callbacks = rest;
        }
        removed
    }

    /// The rarely used state, allocated if needed.
    pub fn rare_mut(&mut self) -> &mut FutRare {
        self.rare.get_or_insert_with(Default::default)
    }

    pub fn cancel_message(&self) -> Option<Value> {
        self.rare.as_ref().and_then(|r| r.cancel_message.clone())
    }

    pub fn set_cancel_message(&mut self, msg: Option<Value>) {
        if msg.is_some() || self.rare.is_some() {
            self.rare_mut().cancel_message = msg;
        }
    }

    pub fn take_cancelled_exc(&mut self) -> Option<Exc> {
        self.rare.as_mut().and_then(|r| r.cancelled_exc.take())
    }

    pub fn gather_children(&self) -> Option<Vec<FutRef>> {
        self.rare.as_ref().and_then(|r| r.gather_children.clone())
    }

    pub fn gather_cancel_requested(&self) -> bool {
        self.rare
            .as_ref()
            .is_some_and(|r| r.gather_cancel_requested)
    }
}

/// The task part of a task.
pub struct TaskData {
    /// The coroutine being run.
    pub coro: crate::interp::coro::CoroRef,
    /// The future this task is blocked on.
    pub fut_waiter: Cell<Option<FutRef>>,
    /// The waiter queue of the event this task is parked on (`Park`): no await-chain
    /// link holds it, the task's next step finishes the wait.
    pub parked_on: Cell<Option<super::event::WaitersRef>>,
    /// `seq << 24 | _num_cancels_requested << 3 | park << 1 | _must_cancel` (one word:
    /// a task's fields fit in mimalloc's 32-byte class, see `Park`): `seq` is the
    /// creation sequence number (the task's default name, `Task-{seq}`), 40 bits; the
    /// count saturates at 2^21 - 1.
    state: Cell<u64>,
}

/// A task waiting in `Event.wait()` without a waiter future of its own: the task
/// itself is the entry of the event's waiter queue, and this is the state the waiter
/// future would have (`crate::aio::event`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Park {
    /// Not parked.
    No = 0,
    /// Parked; the waiter future would be pending.
    Waiting = 1,
    /// `set()` woke it (the future would have result True); its step is scheduled.
    Woken = 2,
    /// Cancelled while waiting; its step (throwing CancelledError) is scheduled.
    Cancelled = 3,
}

pub struct FutureObj {
    pub inner: RefCell<FutInner>,
    pub loop_: LoopRef,
    /// Boxed: plain futures (most of them) do not pay for the task fields.
    pub task: Option<Box<TaskData>>,
}

/// Where `TaskData::state` keeps the sequence number, and its largest value.
const SEQ_SHIFT: u32 = 24;
const SEQ_MAX: u64 = (1 << (64 - SEQ_SHIFT)) - 1;
/// The bits of `TaskData::state` that count the cancellation requests.
const CANCELS_MASK: u64 = (1 << SEQ_SHIFT) - 8;

impl TaskData {
    pub fn new(coro: crate::interp::coro::CoroRef, seq: u64) -> Self {
        TaskData {
            coro,
            fut_waiter: Cell::new(None),
            parked_on: Cell::new(None),
            state: Cell::new((seq & SEQ_MAX) << SEQ_SHIFT),
        }
    }

    /// The creation sequence number (the task's default name).
    pub fn seq(&self) -> u64 {
        self.state.get() >> SEQ_SHIFT
    }

    pub fn must_cancel(&self) -> bool {
        self.state.get() & 1 != 0
    }

    pub fn set_must_cancel(&self, on: bool) {
        self.state.set(self.state.get() & !1 | u64::from(on));
    }

    pub fn num_cancels_requested(&self) -> u32 {
        ((self.state.get() & CANCELS_MASK) >> 3) as u32
    }

    pub fn set_num_cancels_requested(&self, n: u32) {
        let n = u64::from(n).min(CANCELS_MASK >> 3);
        self.state.set(self.state.get() & !CANCELS_MASK | n << 3);
    }

    /// Whether the task is parked in an event's waiter queue (`crate::aio::event`).
    pub fn park(&self) -> Park {
        match (self.state.get() >> 1) & 3 {
            0 => Park::No,
            1 => Park::Waiting,
            2 => Park::Woken,
            _ => Park::Cancelled,
        }
    }

    pub fn set_park(&self, p: Park) {
        self.state.set(self.state.get() & !6 | (p as u64) << 1);
    }

    /// The future this task is blocked on (`_fut_waiter`).
    pub fn fut_waiter(&self) -> Option<FutRef> {
        let w = self.fut_waiter.take();
        self.fut_waiter.set(w.clone());
        w
    }
}

/// A task that failed and was dropped without anyone looking at its exception: a
/// finished copy of it (marked retrieved, so it is reported once) waits here to be
/// reported ("Task exception was never retrieved") at the loop's next safe point, where
/// Python code such as the loop's exception handler may run.
pub struct Unretrieved {
    pub task: FutRef,
    pub exc: Exc,
}

thread_local! {
    pub static UNRETRIEVED: RefCell<Vec<Unretrieved>> = const { RefCell::new(Vec::new()) };
}

impl Drop for FutureObj {
    fn drop(&mut self) {
        if self.task.is_none() {
            return;
        }
        let inner = self.inner.get_mut();
        if inner.state != FutState::Finished || inner.retrieved {
            return;
        }
        let Outcome::Exception(exc) = std::mem::replace(&mut inner.outcome, Outcome::Pending(None))
        else {
            return;
        };
        let name = inner.rare.as_mut().and_then(|r| r.task_name.take());
        let mut revived = FutureObj::new(self.loop_.clone(), None);
        let Some(obj) = Rc::get_mut(&mut revived) else {
            return; // unreachable: a fresh future is unshared
        };
        obj.task = self.task.take();
        let inner = obj.inner.get_mut();
        inner.state = FutState::Finished;
        inner.outcome = Outcome::Exception(exc.clone());
        inner.retrieved = true;
        if name.is_some() {
            inner.rare_mut().task_name = name;
        }
        UNRETRIEVED.with(|u| u.borrow_mut().push(Unretrieved { task: revived, exc }));
    }
}

impl Interp {
    /// Report the failed tasks dropped since the last call, through their loop's
    /// exception handler (the default one logs to stderr as CPython's logger does).
    pub fn report_unretrieved(&mut self) -> PyResult<()> {
        let reports = UNRETRIEVED.with(|u| std::mem::take(&mut *u.borrow_mut()));
        for r in reports {
            let lp = r.task.loop_.clone();
            self.call_exception_handler(
                &lp,
                "Task exception was never retrieved",
                Some(r.exc),
                Some(("future", Value::Future(r.task))),
            )?;
        }
        Ok(())
    }
}

impl FutureObj {
    /// A task's name (`get_name()`); None for a plain future.
    pub fn task_name(&self) -> Value {
        let Some(td) = &self.task else {
            return Value::None;
        };
        let f = self.inner.borrow();
        match f.rare.as_ref().and_then(|r| r.task_name.as_ref()) {
            Some(s) => Value::Str(s.clone()),
            None => Value::string(format!("Task-{}", td.seq())),
        }
    }

    /// `task.set_name(name)`.
    pub fn set_task_name(&self, name: Rc<PyStr>) {
        self.inner.borrow_mut().rare_mut().task_name = Some(name);
    }

    pub fn new(loop_: LoopRef, task: Option<TaskData>) -> FutRef {
        let task = task.map(Box::new);
        Rc::new(FutureObj {
            inner: RefCell::new(FutInner {
                state: FutState::Pending,
                blocking: false,
                retrieved: false,
                outcome: Outcome::Pending(None),
                rare: None,
                reg_slot: 0,
            }),
            loop_,
            task,
        })
    }

    pub fn state(&self) -> FutState {
        self.inner.borrow().state
    }
    pub fn done(&self) -> bool {
        self.state() != FutState::Pending
    }
    pub fn cancelled(&self) -> bool {
        self.state() == FutState::Cancelled
    }
}

/// Schedule every done callback of `fut` (it just finished).
fn schedule_callbacks(fut: &FutRef) {
    let cbs = fut.inner.borrow_mut().take_callbacks();
    schedule(fut, cbs);
}

fn schedule(fut: &FutRef, cbs: Callbacks) {
    for cb in cbs {
        fut.loop_.schedule(Callback::Done(cb, fut.clone()));
    }
}

pub fn set_result(fut: &FutRef, v: Value) -> PyResult<()> {
    {
        let mut f = fut.inner.borrow_mut();
        if f.state != FutState::Pending {
            return Err(invalid_state("invalid state"));
        }
        let cbs = f.take_callbacks();
        f.outcome = Outcome::Result(v);
        f.state = FutState::Finished;
        drop(f);
        schedule(fut, cbs);
    }
    Ok(())
}

pub fn set_exception(fut: &FutRef, e: Exc) -> PyResult<()> {
    {
        let mut f = fut.inner.borrow_mut();
        if f.state != FutState::Pending {
            return Err(invalid_state("invalid state"));
        }
        if e.is_instance("StopIteration") {
            return Err(crate::runtime::exc::type_error(
                "StopIteration interacts badly with generators and cannot be raised into a Future",
            ));
        }
        let cbs = f.take_callbacks();
        f.outcome = Outcome::Exception(e);
        f.state = FutState::Finished;
        drop(f);
        schedule(fut, cbs);
    }
    Ok(())
}

/// `Future.cancel(msg)`: true if the future was pending.
pub fn cancel_future(fut: &FutRef, msg: Option<Value>) -> bool {
    {
        let mut f = fut.inner.borrow_mut();
        if f.state != FutState::Pending {
            return false;
        }
        f.state = FutState::Cancelled;
        f.set_cancel_message(msg);
    }
    schedule_callbacks(fut);
    true
}

/// `fut.result()`
pub fn result(fut: &FutRef) -> PyResult<Value> {
    let mut f = fut.inner.borrow_mut();
    match f.state {
        FutState::Pending => Err(invalid_state("Result is not set.")),
        FutState::Cancelled => {
            drop(f);
            Err(super::task::make_cancelled_error(fut))
        }
        FutState::Finished => {
            f.retrieved = true;
            match &f.outcome {
                Outcome::Exception(e) => Err(e.clone()),
                Outcome::Result(v) => Ok(v.clone()),
                Outcome::Pending(_) => Ok(Value::None),
            }
        }
    }
}

/// `fut.exception()`
pub fn exception(fut: &FutRef) -> PyResult<Value> {
    let mut f = fut.inner.borrow_mut();
    match f.state {
        FutState::Pending => Err(invalid_state("Exception is not set.")),
        FutState::Cancelled => {
            drop(f);
            Err(super::task::make_cancelled_error(fut))
        }
        FutState::Finished => {
            f.retrieved = true;
            Ok(f.exception().map(|e| e.value()).unwrap_or(Value::None))
        }
    }
}

pub fn add_done_callback(fut: &FutRef, cb: DoneCb) {
    if fut.done() {
        fut.loop_.schedule(Callback::Done(cb, fut.clone()));
    } else {
        fut.inner.borrow_mut().push_callback(cb);
    }
}

/// Remove every occurrence of `cb`; returns how many were removed.
pub fn remove_done_callback(fut: &FutRef, cb: &DoneCb) -> usize {
    fut.inner.borrow_mut().remove_callbacks(cb)
}

impl Interp {
    /// `repr(future)` / `repr(task)`, as CPython's `_future_repr_info`.
    pub fn future_repr(&mut self, fut: &FutRef) -> PyResult<String> {
        let (state, exc, res, ncb, cb0) = {
            let f = fut.inner.borrow();
            (
                f.state,
                f.exception().cloned(),
                match &f.outcome {
                    Outcome::Result(v) => v.clone(),
                    _ => Value::None,
                },
                f.callbacks_info().0,
                f.callbacks_info().1.cloned(),
            )
        };
        let mut info = vec![match state {
            FutState::Pending => "pending".to_string(),
            FutState::Cancelled => "cancelled".to_string(),
            FutState::Finished => "finished".to_string(),
        }];
        if let Some(t) = &fut.task {
            if t.num_cancels_requested() > 0 && state == FutState::Pending {
                info[0] = "cancelling".to_string();
            }
            let name = fut.task_name();
            info.push(format!("name={}", self.repr(&name)?));
            let coro = self.format_coroutine_now(&t.coro);
            info.push(format!("coro=<{coro}>"));
        }
        if state == FutState::Finished {
            match exc {
                Some(e) => info.push(format!("exception={}", self.repr(&e.value())?)),
                None => info.push(format!("result={}", self.repr(&res)?)),
            }
        }
        if ncb > 0 && fut.task.is_none() {
            let first = match cb0 {
                Some(DoneCb::Wakeup(_)) => "Task.task_wakeup()".to_string(),
                Some(DoneCb::StopLoop) => {
                    "_run_until_complete_cb() at base_events.py:180".to_string()
                }
                Some(DoneCb::Py(f)) => format!("{}()", callable_name(&f)),
                Some(DoneCb::PyCtx(fc)) => format!("{}()", callable_name(&fc.0)),
                Some(DoneCb::Gather(_)) => "gather.<locals>._done_callback()".to_string(),
                None => String::new(),
            };
            info.push(if ncb == 1 {
                format!("cb=[{first}]")
            } else {
                format!("cb=[{first}, <{} more>]", ncb - 1)
            });
        }
        if let Some(t) = &fut.task {
            if let Some(w) = t.fut_waiter() {
                info.push(format!("wait_for={}", self.future_repr(&w)?));
            } else if let Some(w) = super::event::parked_waiter_repr(fut) {
                info.push(format!("wait_for={w}"));
            }
        }
        let cls = if fut.task.is_some() { "Task" } else { "Future" };
        Ok(format!("<{cls} {}>", info.join(" ")))
    }
}

pub fn callable_name(f: &Value) -> String {
    match f {
        Value::Function(func) => func.qualname.to_string(),
        Value::Native(n) => n.name.to_string(),
        Value::BoundMethod(m) => match &m.func {
            Value::Function(func) => func.qualname.to_string(),
            _ => "method".to_string(),
        },
        _ => "callback".to_string(),
    }
}

/// `gather()`'s `_done_callback(fut)` (CPython 3.11 `tasks.py`), natively.
pub fn gather_done(st: &GatherState, fut: &FutRef) -> PyResult<()> {
    st.nfinished.set(st.nfinished.get() + 1);
    let outer = st.outer.borrow().clone();
    let outer = match outer {
        Some(o) if !o.done() => o,
        _ => {
            if !fut.cancelled() {
                let _ = exception(fut);
            }
            return Ok(());
        }
    };
    if !st.return_exceptions {
        if fut.cancelled() {
            let exc = super::task::make_cancelled_error(fut);
            return set_exception(&outer, exc);
        }
        let exc = {
            let mut f = fut.inner.borrow_mut();
            f.retrieved = true;
            f.exception().cloned()
        };
        if let Some(exc) = exc {
            return set_exception(&outer, exc);
        }
    }
    if st.nfinished.get() == st.nfuts.get() {
        let children = st.children.borrow().clone();
        let mut results = Vec::with_capacity(children.len());
        for child in &children {
            let res = if child.cancelled() {
                let msg = child
                    .inner
                    .borrow()
                    .cancel_message()
                    .unwrap_or_else(|| Value::str(""));
                Exc::with_args(super::aio_types().cancelled_error.clone(), vec![msg]).value()
            } else {
                let mut f = child.inner.borrow_mut();
                f.retrieved = true;
                match &f.outcome {
                    Outcome::Exception(e) => e.value(),
                    Outcome::Result(v) => v.clone(),
                    Outcome::Pending(_) => Value::None,
                }
            };
            results.push(res);
        }
        let cancel_requested = outer.inner.borrow().gather_cancel_requested();
        if cancel_requested {
            // The closure's loop variable `fut` is the last child by now.
            let last = children.last().expect("children");
            let exc = super::task::make_cancelled_error(last);
            set_exception(&outer, exc)?;
        } else {
            set_result(&outer, Value::list(results))?;
        }
    }
    Ok(())
}
