//! Asynchronous generators (`async def` with `yield`). The generator's frame is resumed
//! only by the awaitables its methods return — `__anext__()`/`asend(v)` and
//! `athrow(...)`/`aclose()` — each of which becomes one link of the awaiting task's
//! chain (`Awaiting::AGenOp`): an `await` in the body extends the chain above that link,
//! a `yield` completes it with the value. States and messages follow CPython 3.11's
//! `genobject.c` (`ag_running_async`, `ag_closed`, the awaitables' INIT/ITER/CLOSED), and
//! asyncio's hooks: a generator first iterated inside a running loop is registered with
//! it; dropped while suspended, it gets `aclose()` scheduled there as a task, and
//! `loop.shutdown_asyncgens()` closes the ones still alive.

use std::cell::RefCell;
use std::rc::Rc;

use super::coro::{Awaiting, Driven};
use super::frame::{Frame, Resume};
use super::gen_obj::{GenObj, GenRef, GenState, GenStep, Relay};
use super::{Interp, PyResult};
use crate::aio::event_loop::Callback;
use crate::compile::code::Instr;
use crate::runtime::exc::{Exc, runtime_error, stop_iteration, type_error};
use crate::runtime::object::{Args, BuiltinMethod, Function, MethodImpl};
use crate::runtime::value::Value;

pub type AGenRef = Rc<AGenObj>;
pub type AGenOpRef = Rc<RefCell<AGenOp>>;

/// An async generator: its frame as a generator-like object (resumed only through
/// this wrapper) and CPython's `ag_running_async`/`ag_closed`/finalizer state.
pub struct AGenObj {
    pub body: GenRef,
    pub flags: RefCell<AGenFlags>,
}

#[derive(Default)]
pub struct AGenFlags {
    /// An `asend`/`athrow`/`aclose` awaitable is running it (`ag_running`).
    pub running_async: bool,
    /// `aclose()` was called, or it finished with StopAsyncIteration/GeneratorExit.
    pub closed: bool,
    /// The first `__anext__`/`asend`/`athrow`/`aclose` happened.
    pub hooks_inited: bool,
    /// The running loop at that moment: dropped while suspended, the generator gets
    /// `aclose()` scheduled there as a task (asyncio's `_asyncgen_finalizer_hook`).
    pub finalizer: Option<crate::aio::event_loop::LoopRef>,
}

impl Drop for AGenObj {
    fn drop(&mut self) {
        finalize(self);
    }
}

/// An `async_generator_asend` (`__anext__()`, `asend(v)`) or `async_generator_athrow`
/// (`athrow(...)`, `aclose()`) awaitable.
pub struct AGenOp {
    pub agen: AGenRef,
    pub kind: OpKind,
    pub state: OpState,
    /// While driven by `send`/`throw` from Python code: the links above this one.
    pub chain: Vec<Awaiting>,
}

pub enum OpKind {
    /// `__anext__()` (None) or `asend(v)`: the value sent in when it starts.
    Send(Value),
    /// `athrow(typ[, val[, tb]])`.
    Throw(Vec<Value>),
    /// `aclose()`.
    Close,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OpState {
    Init,
    Iter,
    Closed,
}

impl AGenOp {
    pub fn is_asend(&self) -> bool {
        matches!(self.kind, OpKind::Send(_))
    }
    fn type_name(&self) -> &'static str {
        if self.is_asend() {
            "async_generator_asend"
        } else {
            "async_generator_athrow"
        }
    }
}

/// What one resumption of the generator's frame produced.
enum FrameStep {
    /// `yield v`: the running awaitable completes with `v`.
    Yielded(Value),
    /// `await aw`: the chain must await `aw` above the generator's link.
    Awaits(Value),
    /// The body ended.
    Returned,
}

pub fn new_async_generator(fun: &Rc<Function>, frame: Frame) -> Value {
    debug_assert!(Rc::ptr_eq(&fun.code, &frame.code));
    let g = GenObj::new(frame);
    Value::AsyncGen(Rc::new(AGenObj {
        body: Rc::new(RefCell::new(g)),
        flags: RefCell::default(),
    }))
}

pub fn agen_repr(g: &AGenRef, addr: usize) -> String {
    format!(
        "<async_generator object {} at {:#x}>",
        g.body.borrow().qualname(),
        addr
    )
}

pub fn op_repr(op: &AGenOpRef, addr: usize) -> String {
    format!("<{} object at {:#x}>", op.borrow().type_name(), addr)
}

fn set_running(g: &AGenRef, running: bool) {
    g.flags.borrow_mut().running_async = running;
}

fn set_state(op: &AGenOpRef, state: OpState) {
    op.borrow_mut().state = state;
}

pub fn agen_attr(g: &AGenRef, name: &str) -> Option<Value> {
    match name {
        "__name__" => Some(Value::str(g.body.borrow().name())),
        "__qualname__" => Some(Value::str(g.body.borrow().qualname())),
        "ag_running" => Some(Value::Bool(g.flags.borrow().running_async)),
        _ => None,
    }
}

/// A relay coroutine that has already awaited `op` (for a task running it, or for
/// driving it from Python code). Its name makes a task's repr read as CPython's.
fn relay_for(op: &AGenOpRef) -> GenRef {
    let name = format!("<{} without __name__>", op.borrow().type_name());
    let mut r = GenObj::relay(
        &name,
        Relay {
            pending: None,
            default: None,
        },
    );
    r.push_link(Awaiting::AGenOp(op.clone()));
    r.awaited = true;
    Rc::new(RefCell::new(r))
}

/// `create_task(op)`: the coroutine a task runs for an asend/athrow awaitable.
pub fn op_coroutine(op: &AGenOpRef) -> Value {
    Value::Coroutine(relay_for(op))
}

/// `anext(it, default)`: awaits `aw`, and a StopAsyncIteration becomes `default`.
pub fn anext_with_default(aw: Value, default: Value) -> Value {
    let r = GenObj::relay(
        "anext_awaitable",
        Relay {
            pending: Some(aw),
            default: Some(default),
        },
    );
    Value::Coroutine(Rc::new(RefCell::new(r)))
}

impl Interp {
    /// A new awaitable of `g`. The first one registers `g` with the running loop
    /// (asyncio's firstiter hook) and arms its finalizer.
    fn agen_op(&mut self, g: &AGenRef, kind: OpKind) -> Value {
        {
            let mut f = g.flags.borrow_mut();
            if !f.hooks_inited {
                f.hooks_inited = true;
                if let Some(lp) = &self.running_loop {
                    f.finalizer = Some(lp.clone());
                    lp.register_asyncgen(Rc::downgrade(g));
                }
            }
        }
        Value::AGenOp(Rc::new(RefCell::new(AGenOp {
            agen: g.clone(),
            kind,
            state: OpState::Init,
            chain: Vec::new(),
        })))
    }

    /// Resume the generator's frame: did it yield, await, or end?
    fn agen_frame_step(&mut self, g: &AGenRef, input: Resume) -> PyResult<FrameStep> {
        match self.gen_resume(&g.body, input, "async generator")? {
            GenStep::Return(_) => Ok(FrameStep::Returned),
            GenStep::Yield(v) => {
                let awaits = match &g.body.borrow().state {
                    GenState::Suspended(f) => matches!(
                        f.code.instrs[f.pc as usize],
                        Instr::Await { .. } | Instr::AwaitCall { .. } | Instr::AwaitValue(_)
                    ),
                    _ => false,
                };
                Ok(if awaits {
                    FrameStep::Awaits(v)
                } else {
                    FrameStep::Yielded(v)
                })
            }
        }
    }

    /// One step of an asend/athrow awaitable as a link of an await chain: `input` is
    /// what its awaiter sends (`Start`/`Send`) or throws. `Yield(aw)`: the generator
    /// awaits `aw`; `Return(v)`: the awaitable completes with `v`.
    pub fn agen_op_step(&mut self, op: &AGenOpRef, input: Resume) -> PyResult<GenStep> {
        let (g, state, kind) = {
            let o = op.borrow();
            let kind = match &o.kind {
                OpKind::Send(v) => OpKind::Send(v.clone()),
                OpKind::Throw(args) => OpKind::Throw(args.clone()),
                OpKind::Close => OpKind::Close,
            };
            (o.agen.clone(), o.state, kind)
        };
        match kind {
            OpKind::Send(sendval) => {
                if state == OpState::Closed {
                    return Err(runtime_error(
                        "cannot reuse already awaited __anext__()/asend()",
                    ));
                }
                let input = match input {
                    Resume::Throw(e) => Resume::Throw(e),
                    input if state == OpState::Init => {
                        if g.flags.borrow().running_async {
                            return Err(runtime_error(
                                "anext(): asynchronous generator is already running",
                            ));
                        }
                        set_state(op, OpState::Iter);
                        match input {
                            Resume::Send(v) if !v.is_none() => Resume::Send(v),
                            _ => Resume::Send(sendval),
                        }
                    }
                    Resume::Start => Resume::Send(Value::None),
                    input => input,
                };
                set_running(&g, true);
                let r = self.agen_frame_step(&g, input);
                self.unwrap_step(op, &g, r)
            }
            OpKind::Throw(args) => self.athrow_step(op, &g, state, Some(args), input),
            OpKind::Close => self.athrow_step(op, &g, state, None, input),
        }
    }

    /// `athrow(...)` (`args`) or `aclose()` (`None`).
    fn athrow_step(
        &mut self,
        op: &AGenOpRef,
        g: &AGenRef,
        state: OpState,
        args: Option<Vec<Value>>,
        input: Resume,
    ) -> PyResult<GenStep> {
        let close = args.is_none();
        if state == OpState::Closed {
            return Err(runtime_error(
                "cannot reuse already awaited aclose()/athrow()",
            ));
        }
        let r = match input {
            Resume::Throw(e) => self.agen_frame_step(g, Resume::Throw(e)),
            input => {
                if matches!(g.body.borrow().state, GenState::Done) {
                    set_state(op, OpState::Closed);
                    return Ok(GenStep::Return(Value::None));
                }
                if state == OpState::Init {
                    let (running, closed) = {
                        let f = g.flags.borrow();
                        (f.running_async, f.closed)
                    };
                    if running {
                        set_state(op, OpState::Closed);
                        let which = if close { "aclose" } else { "athrow" };
                        return Err(runtime_error(format!(
                            "{which}(): asynchronous generator is already running"
                        )));
                    }
                    if closed {
                        set_state(op, OpState::Closed);
                        return Err(Exc::bare("StopAsyncIteration"));
                    }
                    if let Resume::Send(v) = &input
                        && !v.is_none()
                    {
                        return Err(runtime_error(
                            "can't send non-None value to a just-started coroutine",
                        ));
                    }
                    set_state(op, OpState::Iter);
                    set_running(g, true);
                    let exc = match args {
                        None => {
                            g.flags.borrow_mut().closed = true;
                            Ok(Exc::bare("GeneratorExit"))
                        }
                        Some(args) => self.athrow_exception(args),
                    };
                    match exc {
                        Ok(e) => self.agen_frame_step(g, Resume::Throw(e)),
                        Err(e) => Err(e),
                    }
                } else {
                    let input = match input {
                        Resume::Start => Resume::Send(Value::None),
                        input => input,
                    };
                    self.agen_frame_step(g, input)
                }
            }
        };
        if !close {
            return self.unwrap_step(op, g, r);
        }
        // aclose(): the generator must not yield again; ending (by returning, or by
        // GeneratorExit/StopAsyncIteration) completes the awaitable with None.
        match r {
            Ok(FrameStep::Awaits(aw)) => {
                set_running(g, true);
                Ok(GenStep::Yield(aw))
            }
            other => {
                set_running(g, false);
                set_state(op, OpState::Closed);
                match other {
                    Ok(FrameStep::Yielded(_)) => {
                        Err(runtime_error("async generator ignored GeneratorExit"))
                    }
                    Err(e)
                        if !(e.is_instance("StopAsyncIteration")
                            || e.is_instance("GeneratorExit")) =>
                    {
                        Err(e)
                    }
                    _ => Ok(GenStep::Return(Value::None)),
                }
            }
        }
    }

    /// CPython's `async_gen_unwrap_value`: a yield completes the awaitable with the
    /// value; the end of the body is StopAsyncIteration; StopAsyncIteration and
    /// GeneratorExit mark the generator closed.
    fn unwrap_step(
        &mut self,
        op: &AGenOpRef,
        g: &AGenRef,
        r: PyResult<FrameStep>,
    ) -> PyResult<GenStep> {
        match r {
            Ok(FrameStep::Awaits(aw)) => {
                set_running(g, true);
                Ok(GenStep::Yield(aw))
            }
            Ok(FrameStep::Yielded(v)) => {
                set_running(g, false);
                set_state(op, OpState::Closed);
                Ok(GenStep::Return(v))
            }
            Ok(FrameStep::Returned) => {
                self.unwrap_step(op, g, Err(Exc::bare("StopAsyncIteration")))
            }
            Err(e) => {
                {
                    let mut f = g.flags.borrow_mut();
                    f.running_async = false;
                    if e.is_instance("StopAsyncIteration") || e.is_instance("GeneratorExit") {
                        f.closed = true;
                    }
                }
                set_state(op, OpState::Closed);
                Err(e)
            }
        }
    }

    /// The exception `athrow(typ[, val[, tb]])` throws in.
    fn athrow_exception(&mut self, args: Vec<Value>) -> PyResult<Exc> {
        if args.is_empty() {
            return Err(type_error("athrow expected at least 1 argument, got 0"));
        }
        if args.len() > 3 {
            return Err(type_error(format!(
                "athrow expected at most 3 arguments, got {}",
                args.len()
            )));
        }
        let mut it = args.into_iter();
        let typ = it.next().unwrap_or(Value::None);
        let val = it.next().filter(|v| !v.is_none());
        match (typ, val) {
            (Value::Class(c), Some(v)) if c.is_exception() => {
                if let Value::Instance(i) = &v
                    && i.class.is_subclass(&c)
                {
                    return Ok(Exc(i.clone()));
                }
                let args = match v {
                    Value::Tuple(t) => t.to_vec(),
                    v => vec![v],
                };
                let inst = self.call(&Value::Class(c), Args::new(args))?;
                self.make_exception(inst)
            }
            (Value::Instance(i), Some(_)) if i.class.is_exception() => Err(type_error(
                "instance exception may not have a separate value",
            )),
            (typ, _) => self.make_exception(typ),
        }
    }

    /// Drive an awaitable from Python code (`op.send(v)`, `op.throw(e)`, `yield from`):
    /// a temporary relay root holds its chain between calls.
    pub fn agen_op_drive(&mut self, op: &AGenOpRef, input: Resume) -> PyResult<Driven> {
        let relay = relay_for(op);
        let above = std::mem::take(&mut op.borrow_mut().chain);
        relay.borrow_mut().chain.extend(above);
        let r = self.coro_drive(&relay, input);
        let mut rest = relay.borrow_mut().chain.take_all();
        if !rest.is_empty() {
            rest.remove(0);
            op.borrow_mut().chain = rest;
        }
        r
    }
}

/// An async generator is being dropped. Suspended inside its body after being first
/// iterated inside a running loop, it is revived — a new generator object around the
/// same frame — and the loop runs its `aclose()` as a task: asyncio's
/// `_asyncgen_finalizer_hook`, `call_soon(loop.create_task, agen.aclose())`.
fn finalize(g: &mut AGenObj) {
    let flags = g.flags.get_mut();
    let Some(lp) = flags.finalizer.take() else {
        return;
    };
    let suspended = g
        .body
        .try_borrow()
        .is_ok_and(|b| matches!(b.state, GenState::Suspended(_) | GenState::Created(_)));
    if flags.closed || !suspended || lp.state.try_borrow().map_or(true, |s| s.closed) {
        return;
    }
    let Some(create_task) = crate::stdlib::asyncio::loop_lookup("create_task") else {
        return;
    };
    let revived = Rc::new(AGenObj {
        body: g.body.clone(),
        flags: RefCell::new(AGenFlags {
            hooks_inited: true,
            ..AGenFlags::default()
        }),
    });
    let op = Value::AGenOp(Rc::new(RefCell::new(AGenOp {
        agen: revived,
        kind: OpKind::Close,
        state: OpState::Init,
        chain: Vec::new(),
    })));
    let method = Value::BuiltinMethod(Rc::new(BuiltinMethod {
        recv: Value::Loop(lp.clone()),
        name: "create_task",
        func: create_task,
    }));
    lp.try_call_soon(Callback::Py(Box::new((method, vec![op]))));
}

fn agen_of(v: &Value) -> &AGenRef {
    match v {
        Value::AsyncGen(g) => g,
        _ => unreachable!("an async generator method on another type"),
    }
}

fn op_of(v: &Value) -> &AGenOpRef {
    match v {
        Value::AGenOp(op) => op,
        _ => unreachable!("an async generator awaitable method on another type"),
    }
}

/// The methods of `async_generator`.
pub fn agen_lookup(name: &str) -> Option<MethodImpl> {
    Some(match name {
        "__aiter__" => |_, recv, _| Ok(recv.clone()),
        "__anext__" => |i, recv, _| Ok(i.agen_op(agen_of(recv), OpKind::Send(Value::None))),
        "asend" => |i, recv, a| {
            if a.pos.len() != 1 {
                return Err(type_error(format!(
                    "async_generator.asend() takes exactly one argument ({} given)",
                    a.pos.len()
                )));
            }
            let v = a.pos.into_iter().next().unwrap_or(Value::None);
            Ok(i.agen_op(agen_of(recv), OpKind::Send(v)))
        },
        // The arguments are checked when the awaitable runs, as in CPython.
        "athrow" => |i, recv, a| Ok(i.agen_op(agen_of(recv), OpKind::Throw(a.pos))),
        "aclose" => |i, recv, _| Ok(i.agen_op(agen_of(recv), OpKind::Close)),
        _ => return None,
    })
}

/// The methods of `async_generator_asend` / `async_generator_athrow`: awaitables that
/// are their own iterators.
pub fn op_lookup(name: &str) -> Option<MethodImpl> {
    fn send(i: &mut Interp, op: &AGenOpRef, input: Resume) -> PyResult<Value> {
        match i.agen_op_drive(op, input)? {
            Driven::Yielded(v) => Ok(v),
            Driven::Returned(v) => Err(stop_iteration(v)),
        }
    }
    Some(match name {
        "send" => |i, recv, a| {
            let v = a.pos.into_iter().next().unwrap_or(Value::None);
            send(i, op_of(recv), Resume::Send(v))
        },
        "__next__" => |i, recv, _| send(i, op_of(recv), Resume::Send(Value::None)),
        "throw" => |i, recv, a| {
            let e = i.athrow_exception(a.pos)?;
            send(i, op_of(recv), Resume::Throw(e))
        },
        "close" => |_, recv, _| {
            set_state(op_of(recv), OpState::Closed);
            Ok(Value::None)
        },
        "__await__" | "__iter__" => |_, recv, _| Ok(recv.clone()),
        _ => return None,
    })
}
