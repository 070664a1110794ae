//! Coroutine objects and their await chains. A coroutine is a generator-like frame;
//! when one is driven (by a task, or by `coro.send()`), whatever its frames await is
//! kept in an explicit chain — sub-coroutines, the future being waited on, an
//! `__await__` iterator — so awaiting costs heap, not Rust stack, and where a
//! suspended coroutine waits can be read from the outside.

use std::cell::RefCell;
use std::rc::Rc;

use super::frame::{Completion, Resume};
use super::gen_obj::{GenObj, GenState, GenStep};
use super::{Interp, PyResult};
use crate::aio::future::{self, FutRef};
use crate::interp::frame::Frame;
use crate::runtime::exc::{Exc, runtime_error, type_error};
use crate::runtime::object::{Args, Function};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

pub type CoroRef = Rc<RefCell<GenObj>>;

/// One link of an await chain (below the root coroutine).
pub enum Awaiting {
    /// A sub-coroutine being awaited.
    Coro(CoroRef),
    /// The suspended frame of a coroutine awaited inline (`await f(args)`,
    /// `interp/await_call.rs`): nothing else refers to it, so it has no coroutine
    /// object; it is taken off the chain while it runs.
    Frame(Box<Frame>),
    /// An async generator's `__anext__()`/`asend()`/`athrow()`/`aclose()` awaitable:
    /// the generator's frame runs here; its awaits extend the chain above.
    AGenOp(super::agen::AGenOpRef),
    /// A pending future (the chain is blocked on it).
    Future(FutRef),
    /// A fresh `Event.wait()` awaited directly: its coroutine object is gone, the
    /// chain blocks on its waiter future and then runs its `finally`
    /// (`crate::aio::event`).
    EventWait(Value, FutRef),
    /// The iterator returned by an object's `__await__`.
    Iter(Value),
    /// One bare yield (`_yield_once()`: the sent value passes through); `Some(v)`:
    /// a native `asyncio.sleep(0, v)` nobody else references, run in place (sends `v`).
    YieldOnce(Option<Value>),
}

/// The top of an await chain, as `coro_drive` resumes it.
enum Top {
    /// No links: the root coroutine itself.
    Root,
    /// A link taken off the chain (with the chain's length before).
    Taken(Awaiting, usize),
    /// A link that stays on the chain while it runs.
    Shared(Awaiting),
}

/// How driving a coroutine stopped (errors are the `Err` side).
pub enum Driven {
    /// Yielded to whoever drives it: `None` (run again next turn) or a future to wait on.
    Yielded(Value),
    Returned(Value),
}

pub fn new_coroutine(fun: &Rc<Function>, frame: Frame) -> Value {
    debug_assert!(Rc::ptr_eq(&fun.code, &frame.code));
    Value::Coroutine(Rc::new(RefCell::new(GenObj::new(frame))))
}

pub fn coro_repr(c: &CoroRef, addr: usize) -> String {
    format!(
        "<coroutine object {} at {:#x}>",
        c.borrow().qualname(),
        addr
    )
}

impl Interp {
    /// `format_coroutine` that also knows the running coroutine's line: its frame is
    /// on the Rust stack then, but the call it is making (to whatever is formatting it)
    /// is in `call_sites`: the outermost site of its code (frames above it, awaited
    /// inline or called, may run the same code).
    pub fn format_coroutine_now(&self, c: &CoroRef) -> String {
        let g = c.borrow();
        if let (GenState::Running, Some(code)) = (&g.state, g.code()) {
            let name = format!("{}()", g.qualname());
            let line = self
                .call_sites
                .iter()
                .find(|(site, _)| Rc::ptr_eq(site, code))
                .and_then(|(site, pc)| {
                    let i = (*pc).min(site.spans.len().saturating_sub(1));
                    site.spans.get(i).map(|sp| site.line_of(*sp))
                })
                .unwrap_or_else(|| code.line_of(code.span));
            return format!("{name} running at {}:{line}", code.source.path);
        }
        drop(g);
        format_coroutine(c)
    }
}

/// CPython's `_format_coroutine`: `f() running at file:line` or `f() done, defined at
/// file:line`.
pub fn format_coroutine(c: &CoroRef) -> String {
    let g = c.borrow();
    let name = format!("{}()", g.qualname());
    let frame = match &g.state {
        GenState::Created(f) | GenState::Suspended(f) => Some(f),
        _ => None,
    };
    if let (GenState::Created(_), Some(code)) = (&g.state, g.code()) {
        return format!(
            "{name} running at {}:{}",
            code.source.path,
            code.line_of(code.span)
        );
    }
    match (frame, g.code()) {
        (Some(f), _) => {
            // The innermost awaited coroutine shows where the chain really waits only in
            // its own repr; here the root frame's line is reported, as CPython does.
            format!("{name} running at {}:{}", f.code.source.path, f.line())
        }
        (None, Some(code)) => format!(
            "{name} done, defined at {}:{}",
            code.source.path,
            code.line_of(code.span)
        ),
        (None, None) => name,
    }
}

pub fn coro_attr(c: &CoroRef, name: &str) -> Option<Value> {
    let c = c.borrow();
    match name {
        "__name__" => Some(Value::str(c.name())),
        "__qualname__" => Some(Value::str(c.qualname())),
        "cr_running" => Some(Value::Bool(matches!(c.state, GenState::Running))),
        _ => None,
    }
}

impl Interp {
    /// Check that `v` can be awaited (a coroutine, future, or object with `__await__`).
    pub fn check_awaitable(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Coroutine(_) | Value::Future(_) | Value::YieldOnce | Value::AGenOp(_) => Ok(v),
            Value::Instance(inst) if inst.class.lookup("__await__").is_some() => Ok(v),
            _ => Err(type_error(format!(
                "object {} can't be used in 'await' expression",
                type_name(&v)
            ))),
        }
    }

    /// Drive `root` and its await chain with `input` until the chain yields to the
    /// driver, or the root returns or raises. While a link runs, `depth` counts the
    /// chain below it (a frame's depth is the same whether it runs inline or as a link).
    pub fn coro_drive(&mut self, root: &CoroRef, mut input: Resume) -> PyResult<Driven> {
        loop {
            // Links that end when resumed (and frames, put back if they suspend again)
            // are taken off the chain; the others are shared while they run.
            let top = {
                let mut g = root.borrow_mut();
                match g.chain.last() {
                    None => Top::Root,
                    Some(Awaiting::Coro(c)) => Top::Shared(Awaiting::Coro(c.clone())),
                    Some(Awaiting::AGenOp(op)) => Top::Shared(Awaiting::AGenOp(op.clone())),
                    Some(Awaiting::Iter(it)) => Top::Shared(Awaiting::Iter(it.clone())),
                    Some(_) => {
                        let below = g.chain.len();
                        match g.chain.pop() {
                            Some(link) => Top::Taken(link, below),
                            None => unreachable!("the chain is not empty"),
                        }
                    }
                }
            };
            let is_root = matches!(top, Top::Root);
            let step = match top {
                Top::Root => self.gen_resume(root, input, "coroutine"),
                Top::Taken(Awaiting::Frame(fr), below) => {
                    match self.run_frame_link(root, fr, below, input) {
                        FrameLink::Next(i) => {
                            input = i;
                            continue;
                        }
                        // It is back on the chain: as any other link's yield.
                        FrameLink::Suspended(aw) => Ok(GenStep::Yield(aw)),
                    }
                }
                Top::Taken(Awaiting::Future(f), _) => {
                    input = match input {
                        Resume::Throw(e) => Resume::Throw(e),
                        _ => match future::result(&f) {
                            Ok(v) => Resume::Send(v),
                            Err(e) => Resume::Throw(e),
                        },
                    };
                    continue;
                }
                Top::Taken(Awaiting::EventWait(event, f), _) => {
                    let outcome = match input {
                        Resume::Throw(e) => Err(e),
                        _ => future::result(&f).map(|_| ()),
                    };
                    input = match self.event_wait_finish(&event, &f, outcome) {
                        Ok(v) => Resume::Send(v),
                        Err(e) => Resume::Throw(e),
                    };
                    continue;
                }
                Top::Taken(Awaiting::YieldOnce(then), _) => {
                    match then {
                        Some(v) => {
                            if !matches!(input, Resume::Throw(_)) {
                                input = Resume::Send(v);
                            }
                        }
                        None => {
                            if matches!(input, Resume::Start) {
                                input = Resume::Send(Value::None);
                            }
                        }
                    }
                    continue;
                }
                Top::Taken(_, _) => unreachable!("shared links are not taken"),
                Top::Shared(Awaiting::Coro(c)) => {
                    let below = root.borrow().chain.len();
                    self.depth += below;
                    let r = self.gen_resume(&c, input, "coroutine");
                    self.depth -= below;
                    r
                }
                Top::Shared(Awaiting::AGenOp(op)) => {
                    let below = root.borrow().chain.len();
                    self.depth += below;
                    let r = self.agen_op_step(&op, input);
                    self.depth -= below;
                    r
                }
                Top::Shared(Awaiting::Iter(it)) => match self.delegate(&it, input) {
                    Ok(super::gen_obj::Delegated::Yield(v)) => return Ok(Driven::Yielded(v)),
                    Ok(super::gen_obj::Delegated::Return(v)) => Ok(GenStep::Return(v)),
                    Err(e) => Err(e),
                },
                Top::Shared(_) => unreachable!("only coroutines, awaitables and iterators"),
            };
            match step {
                Ok(GenStep::Return(v)) => {
                    if is_root {
                        return Ok(Driven::Returned(v));
                    }
                    root.borrow_mut().chain.pop();
                    input = Resume::Send(v);
                }
                Err(e) => {
                    if is_root {
                        return Err(e);
                    }
                    root.borrow_mut().chain.pop();
                    input = Resume::Throw(e);
                }
                Ok(GenStep::Yield(aw)) => {
                    self.push_pending_frames(root);
                    match self.await_value(root, aw) {
                        Ok(Some(yielded)) => return Ok(Driven::Yielded(yielded)),
                        Ok(None) => input = Resume::Send(Value::None),
                        Err(AwaitNext::Send(v)) => input = Resume::Send(v),
                        Err(AwaitNext::Throw(e)) => input = Resume::Throw(e),
                    }
                }
            }
        }
    }

    /// Put the frames that ran inline and suspended on `root`'s chain, outermost first.
    #[inline]
    fn push_pending_frames(&mut self, root: &CoroRef) {
        if !self.pending_frames.is_empty() {
            let mut g = root.borrow_mut();
            g.chain
                .extend(self.pending_frames.drain(..).rev().map(Awaiting::Frame));
        }
    }

    /// Resume the frame link `fr`, taken off the top of `root`'s chain (`below` links
    /// were under it, counting itself), with `input`. While frames return into frame
    /// links, those are resumed here in turn.
    fn run_frame_link(
        &mut self,
        root: &CoroRef,
        mut fr: Box<Frame>,
        below: usize,
        input: Resume,
    ) -> FrameLink {
        // The top frame is the deepest: one check covers the links below it.
        let base = self.depth;
        self.depth += below + 1;
        if self.depth >= self.recursion_limit {
            self.depth = base;
            self.release_frame(fr);
            return FrameLink::Next(Resume::Throw(Exc::new(
                "RecursionError",
                "maximum recursion depth exceeded",
            )));
        }
        let mut r = self.run_frame(&mut fr, input);
        loop {
            match r {
                // Frames returning into frame links: most return at once.
                Ok(Completion::Return(mut v)) => loop {
                    self.release_frame(fr);
                    let Some(next) = pop_frame_link(root) else {
                        self.depth = base;
                        return FrameLink::Next(Resume::Send(v));
                    };
                    fr = next;
                    self.depth -= 1;
                    match self.send_frame_link(&mut fr, v) {
                        Ok(i) => v = Value::Int(i),
                        Err(next) => {
                            r = next;
                            break;
                        }
                    }
                },
                Ok(Completion::Await(aw) | Completion::Yield(aw)) => {
                    self.depth = base;
                    root.borrow_mut().chain.push(Awaiting::Frame(fr));
                    self.push_pending_frames(root);
                    return FrameLink::Suspended(aw);
                }
                Err(e) => {
                    self.depth = base;
                    self.release_frame(fr);
                    return FrameLink::Next(Resume::Throw(
                        super::await_call::coroutine_exit_error(e),
                    ));
                }
            }
        }
    }

    /// A frame of the chain awaits `aw`: extend the chain. Returns `Some(v)` when the
    /// chain must yield `v` to the driver, `None` to continue with the new top, or the
    /// value/exception to deliver straight back to the awaiting frame.
    fn await_value(&mut self, root: &CoroRef, aw: Value) -> Result<Option<Value>, AwaitNext> {
        match aw {
            Value::Coroutine(c) => {
                // A fresh native coroutine nobody else holds (`await asyncio.sleep(0)`,
                // `await ev.wait()`) runs in place; one borrow tells the common case (a
                // Python coroutine) apart.
                if Rc::strong_count(&c) == 1
                    && matches!(
                        c.borrow().state,
                        GenState::Native(_) | GenState::EventWait(_)
                    )
                    && root.borrow().chain.len() + self.depth + 1 < self.recursion_limit
                    && let Some(r) = self.await_native_in_place(root, &c)
                {
                    return r;
                }
                // A coroutine of this chain is never fresh: scan the chain only when `c`
                // is not (the scan is O(depth)).
                let fresh = {
                    let g = c.borrow();
                    !g.awaited && g.state.is_created()
                };
                if !fresh
                    && (Rc::ptr_eq(&c, root)
                        || root
                            .borrow()
                            .chain
                            .iter()
                            .any(|a| matches!(a, Awaiting::Coro(x) if Rc::ptr_eq(x, &c))))
                {
                    return Err(AwaitNext::Throw(runtime_error(
                        "coroutine is being awaited already",
                    )));
                }
                {
                    let mut g = c.borrow_mut();
                    if matches!(g.state, GenState::Suspended(_)) {
                        // Suspended in an await of its own (another task runs it).
                        return Err(AwaitNext::Throw(runtime_error(
                            "coroutine is being awaited already",
                        )));
                    }
                    if g.awaited || !g.state.is_created() {
                        return Err(AwaitNext::Throw(runtime_error(
                            "cannot reuse already awaited coroutine",
                        )));
                    }
                    g.awaited = true;
                }
                // The new link's depth, counted as a frame run inline would be.
                let depth = root.borrow().chain.len() + self.depth;
                if depth + 2 >= self.recursion_limit {
                    return Err(AwaitNext::Throw(Exc::new(
                        "RecursionError",
                        "maximum recursion depth exceeded",
                    )));
                }
                root.borrow_mut().push_link(Awaiting::Coro(c));
                Ok(None)
            }
            Value::Future(f) => {
                if f.done() {
                    return Err(match future::result(&f) {
                        Ok(v) => AwaitNext::Send(v),
                        Err(e) => AwaitNext::Throw(e),
                    });
                }
                f.inner.borrow_mut().blocking = true;
                root.borrow_mut().push_link(Awaiting::Future(f.clone()));
                Ok(Some(Value::Future(f)))
            }
            Value::YieldOnce => {
                root.borrow_mut().push_link(Awaiting::YieldOnce(None));
                Ok(Some(Value::None))
            }
            Value::AGenOp(op) => self.await_agen_op(root, op),
            other => {
                let it = match self.call_method(&other, "__await__", Args::default()) {
                    Ok(it) => it,
                    Err(e) => return Err(AwaitNext::Throw(e)),
                };
                if let Value::AGenOp(op) = it {
                    return self.await_agen_op(root, op);
                }
                let ok = matches!(
                    it,
                    Value::Generator(_) | Value::Iter(_) | Value::Coroutine(_)
                ) || matches!(&it, Value::Instance(i) if i.class.lookup("__next__").is_some());
                if !ok {
                    return Err(AwaitNext::Throw(type_error(format!(
                        "__await__() returned non-iterator of type '{}'",
                        type_name(&it)
                    ))));
                }
                root.borrow_mut().push_link(Awaiting::Iter(it));
                Ok(None)
            }
        }
    }

    /// `await c` on a fresh native coroutine only this await holds. `asyncio.sleep(0)`:
    /// its one yield goes straight on the chain, no coroutine step. `ev.wait()`: its
    /// first step runs here and only its waiter future stays on the chain. `None`:
    /// not such a coroutine (await it as any other).
    #[inline(never)]
    fn await_native_in_place(
        &mut self,
        root: &CoroRef,
        c: &CoroRef,
    ) -> Option<Result<Option<Value>, AwaitNext>> {
        if let Some(result) = super::gen_obj::take_sleep0(c) {
            root.borrow_mut()
                .push_link(Awaiting::YieldOnce(Some(result)));
            return Some(Ok(Some(Value::None)));
        }
        let event = take_event_wait(c)?;
        Some(match self.event_wait_start(&event, Some(root)) {
            Ok(None) => Err(AwaitNext::Send(Value::Bool(true))),
            Ok(Some(f)) => {
                f.inner.borrow_mut().blocking = true;
                // A task parked on the event (`f` is the task) needs no link.
                if f.task.is_none() {
                    root.borrow_mut()
                        .push_link(Awaiting::EventWait(event, f.clone()));
                }
                Ok(Some(Value::Future(f)))
            }
            Err(e) => Err(AwaitNext::Throw(e)),
        })
    }

    /// Await an async generator's awaitable: it becomes a link of the chain.
    fn await_agen_op(
        &mut self,
        root: &CoroRef,
        op: super::agen::AGenOpRef,
    ) -> Result<Option<Value>, AwaitNext> {
        let depth = root.borrow().chain.len() + self.depth;
        if depth + 2 >= self.recursion_limit {
            return Err(AwaitNext::Throw(Exc::new(
                "RecursionError",
                "maximum recursion depth exceeded",
            )));
        }
        root.borrow_mut().push_link(Awaiting::AGenOp(op));
        Ok(None)
    }

    /// `coro.send(v)` from Python code: drive the chain; a yield becomes the result,
    /// a return becomes StopIteration.
    pub fn coro_send(&mut self, c: &CoroRef, input: Resume) -> PyResult<Value> {
        match self.coro_drive(c, input)? {
            Driven::Yielded(v) => Ok(v),
            Driven::Returned(v) => Err(crate::runtime::exc::stop_iteration(v)),
        }
    }
}

/// A fresh, never awaited `Event.wait()` coroutine: mark it awaited and finished, and
/// return its event. `None` for anything else.
fn take_event_wait(c: &CoroRef) -> Option<Value> {
    let mut g = c.borrow_mut();
    if g.awaited || !matches!(&g.state, GenState::EventWait(w) if w.fut.is_none()) {
        return None;
    }
    g.awaited = true;
    match std::mem::replace(&mut g.state, GenState::Done) {
        GenState::EventWait(w) => Some(w.event),
        _ => unreachable!("checked above"),
    }
}

/// Take the top of `root`'s chain if it is a frame link.
#[inline(always)]
fn pop_frame_link(root: &CoroRef) -> Option<Box<Frame>> {
    let mut g = root.borrow_mut();
    // Popped first: the top is usually a frame, or the chain is empty.
    match g.chain.pop() {
        Some(Awaiting::Frame(next)) => Some(next),
        Some(other) => {
            g.chain.push(other);
            None
        }
        None => None,
    }
}

/// How running a frame link ended: what to deliver to the link below it, or the
/// awaitable it suspended on (it is back on the chain).
enum FrameLink {
    Next(Resume),
    Suspended(Value),
}

/// What to deliver back to the frame that awaited.
enum AwaitNext {
    Send(Value),
    Throw(Exc),
}

/// Where the frame awaiting the innermost running coroutine of `root`'s chain is
/// suspended: (path, line, source line).
pub fn awaiter_location(root: &CoroRef) -> Option<(String, usize, String)> {
    let g = root.borrow();
    let at = |f: &Frame| {
        let line = f.line();
        let text = f.code.source.line_text(line).trim().to_string();
        Some((f.code.source.path.to_string(), line, text))
    };
    let suspended = |c: &CoroRef| match &c.borrow().state {
        GenState::Suspended(f) => at(f),
        _ => None,
    };
    // The innermost suspended frame below the running one.
    for a in g.chain.iter().rev() {
        let found = match a {
            Awaiting::Coro(c) => suspended(c),
            Awaiting::AGenOp(op) => suspended(&op.borrow().agen.body),
            Awaiting::Frame(f) => at(f),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    drop(g);
    suspended(root)
}
