//! Generator objects: a suspended frame plus an explicit state. `next`/`send`/`throw`/
//! `close` resume the frame until its next `yield`; `yield from` delegates to a
//! sub-iterator one step at a time.

use std::cell::RefCell;
use std::rc::Rc;

use super::frame::{Completion, Frame, Resume};
use super::{Interp, PyResult};
use crate::compile::code::CodeKind;
use crate::runtime::exc::{Exc, runtime_error, stop_iteration, type_error, value_error};
use crate::runtime::object::{Args, Function};
use crate::runtime::value::{Name, Value};

pub type GenRef = Rc<RefCell<GenObj>>;

/// The life cycle of a generator (or coroutine) frame.
pub enum GenState {
    /// Created, not yet started.
    Created(Box<Frame>),
    /// Suspended at a `yield`/`await`.
    Suspended(Box<Frame>),
    /// Currently executing (re-entry is an error).
    Running,
    /// Returned or raised.
    Done,
    /// A native coroutine (`asyncio.sleep`): a small state machine instead of a frame.
    Native(Box<NativeSleep>),
    /// A native coroutine that awaits one awaitable and returns its result (the task
    /// or driver of an async generator's `asend`/`athrow` awaitable, `anext(it, d)`).
    Relay(Box<Relay>),
    /// A native `Queue.get()`/`put()`/`join()` coroutine (`aio/queue.rs`).
    Queue(Box<crate::aio::queue::QueueOp>),
    /// `asyncio.Event.wait()` (`crate::aio::event`).
    EventWait(Box<crate::aio::event::EventWait>),
}

/// `GenState::Relay`: awaits `pending` on its first step (unless the chain was built
/// with the awaitable already on it), then returns what the await delivers; with a
/// `default`, a StopAsyncIteration delivered becomes that value.
pub struct Relay {
    pub pending: Option<Value>,
    pub default: Option<Value>,
}

/// `asyncio.sleep(delay, result)` without a Python frame.
pub struct NativeSleep {
    pub delay: Value,
    pub result: Value,
    pub phase: SleepPhase,
}

pub enum SleepPhase {
    /// Not started yet.
    Start,
    /// `sleep(0)`: yielded once, returns `result` when resumed.
    Yielded,
    /// `sleep(d)`: waiting on a future its timer completes.
    Waiting(crate::aio::event_loop::HandleRef),
}

impl GenState {
    /// Created and not started (a frame, or a native coroutine before its first step).
    pub fn is_created(&self) -> bool {
        match self {
            GenState::Created(_) => true,
            GenState::Native(n) => matches!(n.phase, SleepPhase::Start),
            GenState::Relay(r) => r.pending.is_some(),
            GenState::Queue(op) => op.is_created(),
            GenState::EventWait(w) => w.fut.is_none(),
            _ => false,
        }
    }
}

/// 56 bytes (80 with the `Rc<RefCell<..>>` header): one per coroutine call, so every
/// waiting task holds at least one. The names come from the code (a function's names
/// are its code's), so a frame's generator stores neither.
pub struct GenObj {
    pub ident: GenIdent,
    pub state: GenState,
    /// Coroutines: what the chain below this (root) coroutine is awaiting.
    pub chain: super::chain::Chain,
    /// Where the object was created (code, and instruction in `origin_pc`), for the
    /// "never awaited" warning.
    pub origin: Option<Rc<crate::compile::code::FuncCode>>,
    pub origin_pc: u32,
    /// Coroutines: already awaited or wrapped in a task.
    pub awaited: bool,
}

/// What a generator is: its code (kept after the frame is gone, for "done, defined at
/// file:line"), or the names of a native coroutine.
pub enum GenIdent {
    Code(Rc<crate::compile::code::FuncCode>),
    /// `(__name__, __qualname__)`
    Static(&'static (&'static str, &'static str)),
    Named(Box<(Name, Name)>),
}

impl GenObj {
    pub fn name(&self) -> &str {
        match &self.ident {
            GenIdent::Code(c) => &c.name,
            GenIdent::Static(n) => n.0,
            GenIdent::Named(n) => &n.0,
        }
    }

    pub fn qualname(&self) -> &str {
        match &self.ident {
            GenIdent::Code(c) => &c.qualname,
            GenIdent::Static(n) => n.1,
            GenIdent::Named(n) => &n.1,
        }
    }

    /// The code of a frame's generator (also after the frame is gone).
    pub fn code(&self) -> Option<&Rc<crate::compile::code::FuncCode>> {
        match &self.ident {
            GenIdent::Code(c) => Some(c),
            _ => None,
        }
    }
}

impl Drop for GenObj {
    /// A coroutine dropped without ever being awaited or run gets CPython's warning.
    fn drop(&mut self) {
        // Most are done by now: one test tells.
        if matches!(self.state, GenState::Done) || self.awaited {
            return;
        }
        let never_run = self.state.is_created();
        let is_coroutine = matches!(
            self.state,
            GenState::Native(_) | GenState::Queue(_) | GenState::EventWait(_)
        ) || self
            .code()
            .is_some_and(|c| c.kind == crate::compile::code::CodeKind::Coroutine);
        if !(never_run && is_coroutine) {
            return;
        }
        let msg = format!(
            "RuntimeWarning: coroutine '{}' was never awaited",
            self.qualname()
        );
        let shown =
            crate::interp::warnings::show_at(&msg, self.origin.as_deref(), self.origin_pc as usize);
        if !shown {
            return;
        }
        eprintln!("RuntimeWarning: Enable tracemalloc to get the object allocation traceback");
    }
}

impl GenObj {
    /// A frame's generator or coroutine (named after the frame's code).
    pub fn new(frame: Frame) -> GenObj {
        GenObj {
            ident: GenIdent::Code(frame.code.clone()),
            state: GenState::Created(Box::new(frame)),
            chain: Default::default(),
            awaited: false,
            origin: None,
            origin_pc: 0,
        }
    }

    /// Add a link to the await chain.
    #[inline]
    pub fn push_link(&mut self, link: crate::interp::coro::Awaiting) {
        self.chain.push(link);
    }

    /// The coroutine `asyncio.sleep(delay, result)` returns.
    pub fn native_sleep(delay: Value, result: Value) -> GenObj {
        GenObj {
            ident: GenIdent::Static(&("sleep", "sleep")),
            state: GenState::Native(Box::new(NativeSleep {
                delay,
                result,
                phase: SleepPhase::Start,
            })),
            chain: Default::default(),
            awaited: false,
            origin: None,
            origin_pc: 0,
        }
    }

    /// The coroutine `Event.wait()` returns (see `crate::aio::event`).
    pub fn event_wait(event: Value) -> GenObj {
        GenObj {
            ident: GenIdent::Static(&("wait", "Event.wait")),
            state: GenState::EventWait(Box::new(crate::aio::event::EventWait { event, fut: None })),
            chain: Default::default(),
            awaited: false,
            origin: None,
            origin_pc: 0,
        }
    }

    /// A relay coroutine named `name` (see `GenState::Relay`).
    pub fn relay(name: &str, relay: Relay) -> GenObj {
        let name = Name::from(name);
        GenObj {
            ident: GenIdent::Named(Box::new((name.clone(), name))),
            state: GenState::Relay(Box::new(relay)),
            chain: Default::default(),
            awaited: false,
            origin: None,
            origin_pc: 0,
        }
    }
}

/// A fresh, never awaited `asyncio.sleep(d)` with `d <= 0` (a number): mark it
/// awaited and finished, and return its result. `None` for anything else.
pub fn take_sleep0(c: &GenRef) -> Option<Value> {
    let mut g = c.borrow_mut();
    if g.awaited {
        return None;
    }
    let GenState::Native(n) = &mut g.state else {
        return None;
    };
    let now = matches!(n.phase, SleepPhase::Start)
        && match n.delay {
            Value::Int(d) => d <= 0,
            Value::Float(d) => d <= 0.0,
            Value::Bool(d) => !d,
            _ => false,
        };
    if !now {
        return None;
    }
    let result = std::mem::replace(&mut n.result, Value::None);
    g.awaited = true;
    g.state = GenState::Done;
    Some(result)
}

/// One step of a relay coroutine.
fn relay_step(g: &GenRef, mut r: Box<Relay>, input: Resume) -> PyResult<GenStep> {
    if let Some(aw) = r.pending.take() {
        match input {
            Resume::Throw(e) => {
                g.borrow_mut().state = GenState::Done;
                Err(e)
            }
            Resume::Send(v) if !v.is_none() => {
                r.pending = Some(aw);
                g.borrow_mut().state = GenState::Relay(r);
                Err(type_error(
                    "can't send non-None value to a just-started coroutine",
                ))
            }
            _ => {
                g.borrow_mut().state = GenState::Relay(r);
                Ok(GenStep::Yield(aw))
            }
        }
    } else {
        g.borrow_mut().state = GenState::Done;
        match input {
            Resume::Send(v) => Ok(GenStep::Return(v)),
            Resume::Start => Ok(GenStep::Return(Value::None)),
            Resume::Throw(e) => match r.default {
                Some(d) if e.is_instance("StopAsyncIteration") => Ok(GenStep::Return(d)),
                _ => Err(e),
            },
        }
    }
}

/// Set the state of a generator that was running; the old state (`Running`) owns
/// nothing, so the general drop glue is skipped for it.
#[inline(always)]
fn set_state(g: &GenRef, state: GenState) {
    let old = std::mem::replace(&mut g.borrow_mut().state, state);
    if matches!(old, GenState::Running) {
        std::mem::forget(old);
    } else {
        drop(old);
    }
}

/// One step of a generator.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

/// What a `yield from` step produced.
pub enum Delegated {
    Yield(Value),
    Return(Value),
}

pub fn new_generator(fun: &Rc<Function>, frame: Frame) -> Value {
    debug_assert!(Rc::ptr_eq(&fun.code, &frame.code));
    Value::Generator(Rc::new(RefCell::new(GenObj::new(frame))))
}

pub fn gen_repr(g: &GenRef, addr: usize) -> String {
    format!(
        "<generator object {} at {:#x}>",
        g.borrow().qualname(),
        addr
    )
}

pub fn gen_attr(g: &GenRef, name: &str) -> Option<Value> {
    let g = g.borrow();
    match name {
        "__name__" => Some(Value::str(g.name())),
        "__qualname__" => Some(Value::str(g.qualname())),
        "gi_running" => Some(Value::Bool(matches!(g.state, GenState::Running))),
        _ => None,
    }
}

/// Why a generator or coroutine that has not started refuses its first resume.
enum StartRefusal {
    /// A non-None value sent: a TypeError, and it stays unstarted.
    Send(Exc),
    /// An exception thrown in: it ends with that exception.
    Throw(Exc),
}

/// The first resume of a generator or coroutine that has not started: `None` to start
/// it, else how it refuses.
fn start_refusal(input: &Resume, what: &str) -> Option<StartRefusal> {
    match input {
        Resume::Send(v) if !v.is_none() => Some(StartRefusal::Send(type_error(format!(
            "can't send non-None value to a just-started {what}"
        )))),
        Resume::Throw(e) => Some(StartRefusal::Throw(e.clone())),
        _ => None,
    }
}

impl StartRefusal {
    /// Leave `g` as the refusal says (`unstarted` put back, or done); the error.
    fn settle(self, g: &GenRef, unstarted: GenState) -> Exc {
        let (state, e) = match self {
            StartRefusal::Send(e) => (unstarted, e),
            StartRefusal::Throw(e) => (GenState::Done, e),
        };
        g.borrow_mut().state = state;
        e
    }
}

impl Interp {
    /// Resume a generator-like frame with `input`.
    pub fn gen_resume(&mut self, g: &GenRef, input: Resume, what: &str) -> PyResult<GenStep> {
        let state = std::mem::replace(&mut g.borrow_mut().state, GenState::Running);
        let frame = match state {
            GenState::Created(f) => {
                if let Some(refusal) = start_refusal(&input, what) {
                    return Err(refusal.settle(g, GenState::Created(f)));
                }
                self.depth += 1;
                let r = self.gen_run(g, f, Resume::Start);
                self.depth -= 1;
                return r;
            }
            GenState::Suspended(f) => f,
            GenState::Native(n) => return self.native_sleep_step(g, n, input, what),
            GenState::Relay(r) => return relay_step(g, r, input),
            GenState::Queue(op) => return self.queue_op_step(g, op, input),
            GenState::EventWait(w) => return self.event_wait_step(g, w, input, what),
            GenState::Running => {
                return Err(value_error(format!("{what} already executing")));
            }
            GenState::Done => {
                g.borrow_mut().state = GenState::Done;
                return match input {
                    Resume::Throw(e) => Err(e),
                    _ => Ok(GenStep::Return(Value::None)),
                };
            }
        };
        self.depth += 1;
        let r = self.gen_run(g, frame, input);
        self.depth -= 1;
        r
    }

    /// One step of `asyncio.sleep` (as the prelude's Python version: `delay <= 0` yields
    /// once; otherwise a future completed by a `call_later` timer, cancelled on exit).
    fn native_sleep_step(
        &mut self,
        g: &GenRef,
        mut n: Box<NativeSleep>,
        input: Resume,
        what: &str,
    ) -> PyResult<GenStep> {
        match std::mem::replace(&mut n.phase, SleepPhase::Start) {
            SleepPhase::Start => {
                if let Some(refusal) = start_refusal(&input, what) {
                    return Err(refusal.settle(g, GenState::Native(n)));
                }
                let now = match &n.delay {
                    Value::Int(d) => *d <= 0,
                    Value::Float(d) => *d <= 0.0,
                    Value::Bool(d) => !*d,
                    d => {
                        let d = d.clone();
                        let r = self
                            .rich_compare(crate::syntax::ast::CmpOp::LtE, &d, &Value::Int(0))
                            .and_then(|v| self.truthy(&v));
                        match r {
                            Ok(b) => b,
                            Err(e) => {
                                g.borrow_mut().state = GenState::Done;
                                return Err(e);
                            }
                        }
                    }
                };
                if now {
                    n.phase = SleepPhase::Yielded;
                    g.borrow_mut().state = GenState::Native(n);
                    return Ok(GenStep::Yield(Value::YieldOnce));
                }
                let lp = match self.running_loop.clone() {
                    Some(lp) => lp,
                    None => {
                        g.borrow_mut().state = GenState::Done;
                        return Err(runtime_error("no running event loop"));
                    }
                };
                let delay = match crate::builtins::numbers::to_f64(&n.delay) {
                    Ok(d) => d,
                    Err(e) => {
                        g.borrow_mut().state = GenState::Done;
                        return Err(e);
                    }
                };
                let fut = crate::aio::future::FutureObj::new(lp.clone(), None);
                let when = self.clock.monotonic() + delay;
                let result = std::mem::replace(&mut n.result, Value::None);
                let h = lp.call_at(
                    when,
                    crate::aio::event_loop::Callback::SetResultUnlessCancelled(
                        fut.clone(),
                        (!result.is_none()).then(|| Box::new(result)),
                    ),
                );
                n.phase = SleepPhase::Waiting(h);
                g.borrow_mut().state = GenState::Native(n);
                Ok(GenStep::Yield(Value::Future(fut)))
            }
            SleepPhase::Yielded => {
                g.borrow_mut().state = GenState::Done;
                match input {
                    Resume::Throw(e) => Err(e),
                    _ => Ok(GenStep::Return(std::mem::replace(
                        &mut n.result,
                        Value::None,
                    ))),
                }
            }
            SleepPhase::Waiting(h) => {
                h.cancel();
                g.borrow_mut().state = GenState::Done;
                match input {
                    Resume::Throw(e) => Err(e),
                    Resume::Send(v) => Ok(GenStep::Return(v)),
                    Resume::Start => Ok(GenStep::Return(Value::None)),
                }
            }
        }
    }

    /// One step of an `Event.wait()` coroutine.
    fn event_wait_step(
        &mut self,
        g: &GenRef,
        mut w: Box<crate::aio::event::EventWait>,
        input: Resume,
        what: &str,
    ) -> PyResult<GenStep> {
        let Some(fut) = w.fut.take() else {
            if let Some(refusal) = start_refusal(&input, what) {
                return Err(refusal.settle(g, GenState::EventWait(w)));
            }
            return match self.event_wait_start(&w.event, None) {
                Ok(None) => {
                    g.borrow_mut().state = GenState::Done;
                    Ok(GenStep::Return(Value::Bool(true)))
                }
                Ok(Some(fut)) => {
                    w.fut = Some(fut.clone());
                    g.borrow_mut().state = GenState::EventWait(w);
                    Ok(GenStep::Yield(Value::Future(fut)))
                }
                Err(e) => {
                    g.borrow_mut().state = GenState::Done;
                    Err(e)
                }
            };
        };
        g.borrow_mut().state = GenState::Done;
        let outcome = match input {
            Resume::Throw(e) => Err(e),
            _ => Ok(()),
        };
        self.event_wait_finish(&w.event, &fut, outcome)
            .map(GenStep::Return)
    }

    fn gen_run(&mut self, g: &GenRef, mut frame: Box<Frame>, input: Resume) -> PyResult<GenStep> {
        if self.depth >= self.recursion_limit {
            set_state(g, GenState::Done);
            return Err(Exc::new(
                "RecursionError",
                "maximum recursion depth exceeded",
            ));
        }
        let kind = frame.code.kind;
        match self.run_frame(&mut frame, input) {
            Ok(Completion::Yield(v)) | Ok(Completion::Await(v)) => {
                set_state(g, GenState::Suspended(frame));
                Ok(GenStep::Yield(v))
            }
            Ok(Completion::Return(v)) => {
                set_state(g, GenState::Done);
                self.finish_frame(*frame);
                Ok(GenStep::Return(v))
            }
            Err(e) => {
                set_state(g, GenState::Done);
                self.finish_frame(*frame);
                if kind == CodeKind::Coroutine {
                    return Err(super::await_call::coroutine_exit_error(e));
                }
                let what = match kind {
                    CodeKind::AsyncGenerator => "async generator",
                    _ => "generator",
                };
                let stop = if e.is_instance("StopIteration") {
                    Some("StopIteration")
                } else if kind == CodeKind::AsyncGenerator && e.is_instance("StopAsyncIteration") {
                    Some("StopAsyncIteration")
                } else {
                    None
                };
                if let Some(stop) = stop {
                    let re = runtime_error(format!("{what} raised {stop}"));
                    re.0.exc().cause = Some(e.value());
                    re.0.exc().context = Some(e.value());
                    return Err(re);
                }
                Err(e)
            }
        }
    }

    /// `gen.close()`
    pub fn gen_close(&mut self, g: &GenRef) -> PyResult<()> {
        let not_started = {
            let st = &g.borrow().state;
            st.is_created() || matches!(st, GenState::Done)
        };
        if not_started {
            // Take the frame out first: dropping it must not happen under a borrow.
            let old = std::mem::replace(&mut g.borrow_mut().state, GenState::Done);
            drop(old);
            return Ok(());
        }
        let r = self.gen_resume(g, Resume::Throw(Exc::bare("GeneratorExit")), "generator");
        // Frames awaited inline that suspended belong to no chain here.
        self.pending_frames.clear();
        match r {
            Ok(GenStep::Yield(_)) => Err(runtime_error("generator ignored GeneratorExit")),
            Ok(GenStep::Return(_)) => Ok(()),
            Err(e) if e.is_instance("GeneratorExit") || e.is_instance("StopIteration") => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// One step of `yield from sub` with `input`.
    pub fn delegate(&mut self, sub: &Value, input: Resume) -> PyResult<Delegated> {
        if let Value::Coroutine(c) = sub {
            return Ok(match self.coro_drive(c, input)? {
                crate::interp::coro::Driven::Yielded(v) => Delegated::Yield(v),
                crate::interp::coro::Driven::Returned(v) => Delegated::Return(v),
            });
        }
        if let Value::AGenOp(op) = sub {
            return Ok(match self.agen_op_drive(op, input)? {
                crate::interp::coro::Driven::Yielded(v) => Delegated::Yield(v),
                crate::interp::coro::Driven::Returned(v) => Delegated::Return(v),
            });
        }
        if let Value::Generator(g) = sub {
            return Ok(match self.gen_resume(g, input, "generator")? {
                GenStep::Yield(v) => Delegated::Yield(v),
                GenStep::Return(v) => Delegated::Return(v),
            });
        }
        match input {
            Resume::Start | Resume::Send(Value::None) => Ok(match self.next(sub)? {
                Some(v) => Delegated::Yield(v),
                None => Delegated::Return(Value::None),
            }),
            Resume::Send(v) => match self.call_method(sub, "send", Args::new(vec![v])) {
                Ok(v) => Ok(Delegated::Yield(v)),
                Err(e) if e.is_instance("StopIteration") => Ok(Delegated::Return(
                    e.args().first().cloned().unwrap_or(Value::None),
                )),
                Err(e) => Err(e),
            },
            Resume::Throw(e) => Err(e),
        }
    }
}

/// `next(gen)`: `Some(value)` or `None` when the generator returns.
pub fn gen_next(interp: &mut Interp, g: &GenRef) -> PyResult<Option<Value>> {
    match interp.gen_resume(g, Resume::Send(Value::None), "generator")? {
        GenStep::Yield(v) => Ok(Some(v)),
        GenStep::Return(_) => Ok(None),
    }
}

/// `gen.send(v)`: the next yielded value, or StopIteration(return value).
pub fn gen_send(interp: &mut Interp, g: &GenRef, v: Value) -> PyResult<Value> {
    match interp.gen_resume(g, Resume::Send(v), "generator")? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_iteration(v)),
    }
}

/// `gen.throw(exc)`
pub fn gen_throw(interp: &mut Interp, g: &GenRef, exc: Value) -> PyResult<Value> {
    let e = interp.make_exception(exc)?;
    match interp.gen_resume(g, Resume::Throw(e), "generator")? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_iteration(v)),
    }
}
