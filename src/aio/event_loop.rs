//! The event loop: a FIFO ready queue of handles, timers ordered by (deadline,
//! sequence), and `run_once` exactly as CPython's `BaseEventLoop._run_once`.

use std::cell::{Cell, RefCell};
use std::cmp::Ordering;
use std::collections::{BinaryHeap, VecDeque};
use std::rc::Rc;

use super::future::{self, DoneCb, FutRef};
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{Exc, runtime_error};
use crate::runtime::object::Args;
use crate::runtime::value::Value;

pub type LoopRef = Rc<LoopObj>;
pub type HandleRef = Rc<HandleObj>;

/// What a handle does when the loop runs it.
#[derive(Clone)]
pub enum Callback {
    /// `func(*args)`; boxed so that the ready queue's entries (mostly task steps and
    /// wake-ups) take 24 bytes, not 40.
    Py(Box<(Value, Vec<Value>)>),
    /// One step of a task, optionally throwing an exception into it.
    Step(FutRef, Option<Exc>),
    /// A future's done callback.
    Done(DoneCb, FutRef),
    /// `asyncio.sleep`'s timer: set the result unless the future was cancelled.
    /// The result is boxed unless it is None (the usual case), again for 24-byte entries.
    SetResultUnlessCancelled(FutRef, Option<Box<Value>>),
}

pub struct HandleObj {
    pub callback: RefCell<Option<Callback>>,
    pub cancelled: Cell<bool>,
    /// The deadline of a timer handle.
    pub when: Option<f64>,
}

impl HandleObj {
    pub fn cancel(&self) {
        if !self.cancelled.get() {
            self.cancelled.set(true);
            self.callback.borrow_mut().take();
        }
    }
}

struct Timer {
    when: f64,
    seq: u64,
    handle: HandleRef,
}

impl PartialEq for Timer {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Timer {
    /// Reversed, so the max-heap pops the earliest (deadline, sequence) first.
    fn cmp(&self, o: &Self) -> Ordering {
        o.when
            .total_cmp(&self.when)
            .then_with(|| o.seq.cmp(&self.seq))
    }
}

/// A ready-queue entry: a Python-visible handle (cancellable), or an internal
/// callback (task steps, done callbacks) that needs no handle object.
enum Ready {
    Handle(HandleRef),
    Cb(Callback),
}

/// A loop's unfinished tasks in creation order (`all_tasks()`): a vector of slots, a
/// finished task's slot emptied, compacted once at least half of it is empty. Each task
/// knows its slot (`FutInner::reg_slot`): 8 bytes a task where a `BTreeMap` took ~34.
#[derive(Default)]
pub struct TaskRegistry {
    slots: Vec<Option<FutRef>>,
    live: usize,
}

impl TaskRegistry {
    pub fn insert(&mut self, task: FutRef) {
        let slot = u32::try_from(self.slots.len()).expect("fewer than 2^32 task slots");
        task.inner.borrow_mut().reg_slot = slot;
        self.slots.push(Some(task));
        self.live += 1;
    }

    /// Forget `task` (it finished); no-op if it is not registered.
    pub fn remove(&mut self, task: &FutRef) {
        let i = task.inner.borrow().reg_slot as usize;
        match self.slots.get(i) {
            Some(Some(t)) if Rc::ptr_eq(t, task) => {}
            _ => return,
        }
        self.slots[i] = None;
        self.live -= 1;
        while matches!(self.slots.last(), Some(None)) {
            self.slots.pop();
        }
        if self.slots.len() >= 32 && self.live * 2 <= self.slots.len() {
            self.slots.retain(Option::is_some);
            for (i, t) in self.slots.iter().enumerate() {
                if let Some(t) = t {
                    t.inner.borrow_mut().reg_slot = i as u32;
                }
            }
        }
    }

    /// The registered tasks, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = &FutRef> {
        self.slots.iter().flatten()
    }
}

#[derive(Default)]
pub struct LoopState {
    ready: VecDeque<Ready>,
    timers: BinaryHeap<Timer>,
    seq: u64,
    pub stopping: bool,
    pub running: bool,
    pub closed: bool,
    pub debug: bool,
    /// Every task of this loop that has not finished yet, in creation order.
    pub tasks: TaskRegistry,
    pub exception_handler: Option<Value>,
    /// Async generators first iterated while this loop ran (asyncio's `_asyncgens`
    /// weak set), for `shutdown_asyncgens`.
    pub asyncgens: Vec<std::rc::Weak<crate::interp::agen::AGenObj>>,
    asyncgens_prune_at: usize,
}

pub struct LoopObj {
    pub state: RefCell<LoopState>,
}

impl LoopObj {
    pub fn new() -> LoopRef {
        Rc::new(LoopObj {
            state: RefCell::new(LoopState::default()),
        })
    }

    pub fn call_soon(&self, cb: Callback) -> HandleRef {
        let h = Rc::new(HandleObj {
            callback: RefCell::new(Some(cb)),
            cancelled: Cell::new(false),
            when: None,
        });
        self.state
            .borrow_mut()
            .ready
            .push_back(Ready::Handle(h.clone()));
        h
    }

    /// `call_soon` from a destructor, which may run while the loop's state is borrowed:
    /// false (and nothing scheduled) then.
    pub fn try_call_soon(&self, cb: Callback) -> bool {
        let Ok(mut st) = self.state.try_borrow_mut() else {
            return false;
        };
        let h = Rc::new(HandleObj {
            callback: RefCell::new(Some(cb)),
            cancelled: Cell::new(false),
            when: None,
        });
        st.ready.push_back(Ready::Handle(h));
        true
    }

    /// Remember an async generator for `shutdown_asyncgens`. Dropped ones are pruned
    /// whenever the list has doubled since the last pruning (amortized O(1)).
    pub fn register_asyncgen(&self, g: std::rc::Weak<crate::interp::agen::AGenObj>) {
        let mut st = self.state.borrow_mut();
        if st.asyncgens.len() >= st.asyncgens_prune_at {
            st.asyncgens.retain(|w| w.strong_count() > 0);
            st.asyncgens_prune_at = (2 * st.asyncgens.len()).max(64);
        }
        st.asyncgens.push(g);
    }

    /// The registered async generators still alive, forgetting them all.
    pub fn take_asyncgens(&self) -> Vec<Value> {
        let gens = std::mem::take(&mut self.state.borrow_mut().asyncgens);
        gens.iter()
            .filter_map(|w| w.upgrade())
            .map(Value::AsyncGen)
            .collect()
    }

    /// `call_soon` for internal callbacks nobody can cancel: no handle is allocated.
    pub fn schedule(&self, cb: Callback) {
        self.state.borrow_mut().ready.push_back(Ready::Cb(cb));
    }

    pub fn call_at(&self, when: f64, cb: Callback) -> HandleRef {
        let h = Rc::new(HandleObj {
            callback: RefCell::new(Some(cb)),
            cancelled: Cell::new(false),
            when: Some(when),
        });
        let mut st = self.state.borrow_mut();
        st.seq += 1;
        let seq = st.seq;
        st.timers.push(Timer {
            when,
            seq,
            handle: h.clone(),
        });
        h
    }

    pub fn has_work(&self) -> bool {
        let st = self.state.borrow();
        !st.ready.is_empty() || !st.timers.is_empty()
    }
}

impl Interp {
    /// One iteration of the loop: wait for the next timer if nothing is ready, move due
    /// timers to the ready queue, then run the callbacks that were ready at the start.
    pub fn run_once(&mut self, lp: &LoopRef) -> PyResult<()> {
        let timeout = {
            let mut st = lp.state.borrow_mut();
            while st.timers.peek().is_some_and(|t| t.handle.cancelled.get()) {
                st.timers.pop();
            }
            if !st.ready.is_empty() || st.stopping {
                Some(0.0)
            } else {
                st.timers.peek().map(|t| t.when)
            }
        };
        match timeout {
            Some(0.0) => {}
            Some(when) => self.clock.wait_until(when),
            None => return Err(self.deadlock_error(lp)),
        }
        let end = self.clock.monotonic() + 1e-9;
        {
            let mut st = lp.state.borrow_mut();
            while let Some(t) = st.timers.peek() {
                if t.when >= end {
                    break;
                }
                let t = st.timers.pop().expect("peeked");
                if !t.handle.cancelled.get() {
                    st.ready.push_back(Ready::Handle(t.handle));
                }
            }
        }
        let ntodo = lp.state.borrow().ready.len();
        for _ in 0..ntodo {
            let Some(r) = lp.state.borrow_mut().ready.pop_front() else {
                break;
            };
            match r {
                Ready::Cb(cb) => self.run_callback(lp, cb)?,
                Ready::Handle(h) => {
                    if h.cancelled.get() {
                        continue;
                    }
                    let cb = h.callback.borrow().clone();
                    if let Some(cb) = cb {
                        self.run_callback(lp, cb)?;
                    }
                }
            }
        }
        self.report_unretrieved()?;
        Ok(())
    }

    fn run_callback(&mut self, lp: &LoopRef, cb: Callback) -> PyResult<()> {
        match cb {
            Callback::Step(task, exc) => self.task_step(&task, exc),
            Callback::Done(DoneCb::Wakeup(task), fut) => self.task_wakeup(&task, &fut),
            Callback::Done(DoneCb::StopLoop, _) => {
                lp.state.borrow_mut().stopping = true;
                Ok(())
            }
            Callback::Done(DoneCb::Gather(st), fut) => match future::gather_done(&st, &fut) {
                Ok(()) => Ok(()),
                Err(e) => self.call_exception_handler(
                    lp,
                    "Exception in callback gather.<locals>._done_callback()",
                    Some(e),
                    None,
                ),
            },
            Callback::Done(DoneCb::Py(f), fut) => {
                let r = self.call(&f, Args::new(vec![Value::Future(fut)]));
                self.report_callback_error(lp, &f, r)
            }
            Callback::Done(DoneCb::PyCtx(fc), fut) => {
                let (f, ctx) = *fc;
                let r = match self.getattr(&ctx, "run") {
                    Ok(run) => self.call(&run, Args::new(vec![f.clone(), Value::Future(fut)])),
                    Err(e) => Err(e),
                };
                self.report_callback_error(lp, &f, r)
            }
            Callback::Py(call) => {
                let (f, args) = *call;
                let r = self.call(&f, Args::new(args));
                self.report_callback_error(lp, &f, r)
            }
            Callback::SetResultUnlessCancelled(fut, v) => {
                if !fut.cancelled() {
                    future::set_result(&fut, v.map_or(Value::None, |v| *v))?;
                }
                Ok(())
            }
        }
    }

    /// An exception escaping a callback goes to the loop's exception handler; it does
    /// not stop the loop (SystemExit and KeyboardInterrupt do).
    fn report_callback_error(
        &mut self,
        lp: &LoopRef,
        f: &Value,
        r: PyResult<Value>,
    ) -> PyResult<()> {
        match r {
            Ok(_) => Ok(()),
            Err(e) if e.is_instance("SystemExit") || e.is_instance("KeyboardInterrupt") => Err(e),
            Err(e) => {
                let name = super::future::callable_name(f);
                self.call_exception_handler(
                    lp,
                    &format!("Exception in callback {name}()"),
                    Some(e),
                    None,
                )
            }
        }
    }

    /// `loop.run_until_complete(fut)` for a future or task.
    pub fn run_until_complete(&mut self, lp: &LoopRef, fut: &FutRef) -> PyResult<Value> {
        if lp.state.borrow().closed {
            return Err(runtime_error("Event loop is closed"));
        }
        if lp.state.borrow().running {
            return Err(runtime_error("This event loop is already running"));
        }
        if self.running_loop.is_some() {
            return Err(runtime_error(
                "Cannot run the event loop while another loop is running",
            ));
        }
        future::add_done_callback(fut, DoneCb::StopLoop);
        let r = self.run_forever(lp);
        future::remove_done_callback(fut, &DoneCb::StopLoop);
        r?;
        if !fut.done() {
            return Err(runtime_error("Event loop stopped before Future completed."));
        }
        future::result(fut)
    }

    pub fn run_forever(&mut self, lp: &LoopRef) -> PyResult<()> {
        {
            let mut st = lp.state.borrow_mut();
            if st.closed {
                return Err(runtime_error("Event loop is closed"));
            }
            if st.running {
                return Err(runtime_error("This event loop is already running"));
            }
            st.running = true;
        }
        let prev = self.running_loop.replace(lp.clone());
        let mut r = Ok(());
        loop {
            if let Err(e) = self.run_once(lp) {
                r = Err(e);
                break;
            }
            if lp.state.borrow().stopping {
                break;
            }
        }
        self.running_loop = prev;
        let mut st = lp.state.borrow_mut();
        st.stopping = false;
        st.running = false;
        r
    }

    /// Nothing is ready and no timer is pending, yet the loop must go on: every
    /// remaining task waits for something that can never happen.
    fn deadlock_error(&mut self, lp: &LoopRef) -> Exc {
        let tasks: Vec<FutRef> = lp.state.borrow().tasks.iter().cloned().collect();
        let mut lines = vec![
            "deadlock: no task can make progress (nothing is ready and no timer is pending)"
                .to_string(),
        ];
        for t in tasks.iter().filter(|t| !t.done()) {
            let name = t.task_name();
            let name = self.str(&name).unwrap_or_default();
            let at = match t.task.as_ref() {
                Some(d) => crate::interp::coro::format_coroutine(&d.coro),
                None => String::new(),
            };
            lines.push(format!("  task '{name}' is stuck: {at}"));
        }
        runtime_error(lines.join("\n"))
    }
}
