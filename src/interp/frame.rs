//! Frames and the instruction loop. A frame is a heap value (slots, cells, pc, handler
//! stack): running it returns at a `return` or at a suspension (`yield`, `await`), so a
//! suspended generator or coroutine holds no Rust stack.

use std::cell::RefCell;
use std::rc::Rc;

use super::await_call::AwaitCallOutcome;
use super::gen_obj::Delegated;
use super::{Interp, PyResult};
use crate::compile::code::{CodeKind, FuncCode, Instr, Target};
use crate::runtime::exc::{Exc, type_error};
use crate::runtime::object::{AttrMap, CellRef, Globals, TbEntry};
use crate::runtime::value::Value;

/// A protected region: exceptions jump to `target` with the handled-exception stack cut
/// back to `exc_depth` (relative to the frame's base).
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub target: u32,
    pub exc_depth: u32,
}

/// A frame's local slots: at least `code.nslots` of them (a pooled array may be
/// longer); unbound slots are `None`.
pub type Slots = Box<[Option<Value>]>;

/// 56 bytes, mimalloc's 56-byte class: a suspended coroutine keeps one, so every
/// waiting task holds at least one (`tests/sizes.rs`).
pub struct Frame {
    pub code: Rc<FuncCode>,
    pub slots: Slots,
    pub globals: Rc<Globals>,
    /// Next instruction; while suspended, the suspending instruction.
    pub pc: u32,
    /// `Interp::handled.len()` when this frame was (re)entered.
    pub exc_base: u32,
    /// Unique activation id (for traceback bookkeeping); `INLINE_FRAME` marks the
    /// frame of a coroutine awaited inline (`Interp::boxed_frame`).
    pub id: u64,
    /// Rarely used state, allocated on first use.
    pub extra: Option<Box<FrameExtra>>,
}

/// The bit of `Frame::id` marking an inline-awaited coroutine's frame (ids count up
/// from 0 and never reach it).
const INLINE_FRAME: u64 = 1 << 63;

/// The rarely used parts of a frame, kept out of line so that `Frame` stays small.
#[derive(Default)]
pub struct FrameExtra {
    /// The handler stack of the `try` statements being executed (most frames run
    /// none; two nested ones need no allocation of their own).
    pub handlers: smallvec::SmallVec<[Handler; 2]>,
    /// The frame's cells (own cell variables, then the closure's), set once per call:
    /// kept here, a `Frame` fits in 96 bytes (most frames have no cells).
    pub cells: Box<[CellRef]>,
    /// The namespace of a class body being executed.
    pub class_ns: Option<Rc<RefCell<AttrMap>>>,
    /// Exceptions this frame was handling when it suspended.
    pub saved_exc: Vec<Exc>,
    /// What a `yield from` being resumed sends into its sub-iterator.
    pub yf_input: Option<Resume>,
}

/// How a frame is (re)entered.
pub enum Resume {
    Start,
    /// The value of the `yield`/`await` expression it suspended at.
    Send(Value),
    /// Raise this exception at the suspension point.
    Throw(Exc),
}

/// How a run of a frame ended (errors are the `Err` side).
pub enum Completion {
    Return(Value),
    /// Suspended at a `yield` with this value.
    Yield(Value),
    /// Suspended at an `await` of this awaitable (for the task driver to resolve).
    Await(Value),
}

impl Frame {
    #[inline]
    pub fn new(interp: &mut Interp, code: Rc<FuncCode>, globals: Rc<Globals>) -> Frame {
        let slots = interp.take_slots(code.nslots);
        Frame::with_slots(interp, code, globals, slots)
    }

    /// A frame over a slot array of at least `code.nslots` slots.
    #[inline(always)]
    pub fn with_slots(
        interp: &mut Interp,
        code: Rc<FuncCode>,
        globals: Rc<Globals>,
        slots: Slots,
    ) -> Frame {
        debug_assert!(slots.len() >= code.nslots);
        let id = interp.next_frame_id;
        interp.next_frame_id += 1;
        Frame {
            slots,
            globals,
            pc: 0,
            exc_base: 0,
            id,
            extra: None,
            code,
        }
    }

    /// Whether this is the frame of a coroutine awaited inline (no coroutine object
    /// refers to it).
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        self.id & INLINE_FRAME != 0
    }

    /// The rarely used state, allocated if needed.
    pub fn extra_mut(&mut self) -> &mut FrameExtra {
        self.extra.get_or_insert_with(Default::default)
    }

    /// The frame's cells (empty for most frames).
    #[inline(always)]
    pub fn cells(&self) -> &[CellRef] {
        match &self.extra {
            Some(x) => &x.cells,
            None => &[],
        }
    }

    /// The namespace of the class body being executed, if any.
    pub fn class_ns(&self) -> Option<&Rc<RefCell<AttrMap>>> {
        self.extra.as_ref().and_then(|x| x.class_ns.as_ref())
    }

    /// Source line of the instruction being executed (or suspended at).
    pub fn line(&self) -> usize {
        let i = (self.pc as usize).min(self.code.spans.len().saturating_sub(1));
        self.code.line_of(self.code.spans[i])
    }
}

/// Deliver the value sent to `f`, suspended at `instr`: the result of its `yield` or
/// `await`, stepping past it (a `yield from` passes it on to its sub-iterator).
/// Whether the frame goes on with the value of a `yield`/`await` expression.
#[inline(always)]
fn send_into(f: &mut Frame, instr: &Instr, v: Value) -> bool {
    match instr {
        Instr::AwaitValue(_) => {
            // Usually `None`: nothing to drop.
            let v = Some(v);
            if owns_nothing(&v) {
                std::mem::forget(v);
            }
            f.pc += 1;
            false
        }
        Instr::Yield { dst, .. } | Instr::Await { dst, .. } | Instr::AwaitCall { dst, .. } => {
            f.pc += 1;
            match dst {
                Some(d) => {
                    f.slots[*d as usize] = Some(v);
                    true
                }
                None => false,
            }
        }
        Instr::YieldFrom { .. } => {
            f.extra_mut().yf_input = Some(Resume::Send(v));
            false
        }
        _ => unreachable!("resumed at a non-suspending instruction"),
    }
}

/// Bind a local slot to `v`, dropping the old value only if it owns something.
#[inline(always)]
fn bind_slot(slot: &mut Option<Value>, v: Value) {
    let old = slot.replace(v);
    if owns_nothing(&old) {
        std::mem::forget(old);
    } else {
        drop(old);
    }
}

/// A new array of `n` unbound slots.
fn new_slots(n: usize) -> Slots {
    (0..n).map(|_| None).collect()
}

/// Unbind every slot, dropping only the values that own something (a plain drop
/// would run the drop glue of each).
#[inline(always)]
fn clear_slots(slots: &mut [Option<Value>]) {
    for s in slots.iter_mut() {
        // The tag is tested in place: a value owning nothing is not moved out.
        if owns_nothing(s) {
            std::mem::forget(s.take());
        } else {
            drop(s.take());
        }
    }
}

/// A slot whose value owns no heap data (forgetting it leaks nothing): the first
/// variants of `Value`, or unbound.
#[inline(always)]
pub fn owns_nothing(v: &Option<Value>) -> bool {
    matches!(
        v,
        None | Some(
            Value::None
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
        )
    )
}

/// Slot arrays kept for reuse by later frames.
/// (Enough for the frames of a deep await chain, all finishing at once, to be reused
/// by the next descent.)
const SLOT_POOL_MAX: usize = 1024;

/// Boxed frames kept for reuse (see `Interp::boxed_frame`).
const FRAME_POOL_MAX: usize = 256;

impl Interp {
    /// A boxed frame for `code` with at least `code.nslots` unbound slots, for the
    /// caller to bind: a box from the pool, its fields overwritten in place, or a new
    /// one. Inline-awaited coroutine frames use these:
    /// one that suspends moves onto the await chain as it is.
    #[inline]
    pub fn boxed_frame(&mut self, code: &Rc<FuncCode>, globals: &Rc<Globals>) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut b) => {
                let id = self.next_frame_id;
                self.next_frame_id += 1;
                let fr = &mut *b;
                // Usually a frame of the same function: no reference counts change.
                if !Rc::ptr_eq(&fr.code, code) {
                    fr.code = code.clone();
                }
                if !Rc::ptr_eq(&fr.globals, globals) {
                    fr.globals = globals.clone();
                }
                fr.pc = 0;
                fr.exc_base = 0;
                fr.id = id | INLINE_FRAME;
                if fr.slots.len() < code.nslots {
                    fr.slots = self.take_slots(code.nslots);
                }
                b
            }
            None => {
                let slots = self.take_slots(code.nslots);
                let id = self.next_frame_id;
                self.next_frame_id += 1;
                Box::new(Frame {
                    slots,
                    globals: globals.clone(),
                    pc: 0,
                    exc_base: 0,
                    id: id | INLINE_FRAME,
                    extra: None,
                    code: code.clone(),
                })
            }
        }
    }

    /// Tear down a finished boxed frame and keep the box, with its emptied slot array,
    /// for `boxed_frame` (its code and globals stay referenced until it is reused).
    #[inline(always)]
    pub fn release_frame(&mut self, mut b: Box<Frame>) {
        if self.frame_pool.len() >= FRAME_POOL_MAX || b.slots.len() > 256 {
            drop(b);
            return;
        }
        // Values owning something are dropped in slot order, as a plain drop would.
        clear_slots(&mut b.slots);
        if b.extra.is_some() {
            b.extra = None;
        }
        self.frame_pool.push(b);
    }

    /// Give a finished frame's slot array back for reuse.
    #[inline(always)]
    pub fn recycle(&mut self, frame: &mut Frame) {
        let slots = std::mem::take(&mut frame.slots);
        self.recycle_slots(slots);
    }

    /// Keep a slot array for reuse (its values are dropped).
    #[inline(always)]
    pub fn recycle_slots(&mut self, mut slots: Slots) {
        if self.slot_pool.len() < SLOT_POOL_MAX && slots.len() <= 256 {
            // Values owning something are dropped in slot order, as a plain drop would
            // (a coroutine never awaited warns as it is dropped).
            clear_slots(&mut slots);
            self.slot_pool.push(slots);
        }
    }

    /// An array of at least `n` unbound slots: a pooled one (one too short is
    /// dropped), or a new one.
    #[inline(always)]
    pub fn take_slots(&mut self, n: usize) -> Slots {
        match self.slot_pool.pop() {
            Some(s) if s.len() >= n => s,
            _ => new_slots(n),
        }
    }

    /// Tear down a finished plain-call frame: its slot array goes back to the pool,
    /// and the parts a plain call rarely uses (`FrameExtra`) are only dropped
    /// when present, without the general drop glue.
    #[inline(always)]
    pub fn finish_frame(&mut self, frame: Frame) {
        let Frame {
            code,
            slots,
            globals,
            extra,
            ..
        } = frame;
        self.recycle_slots(slots);
        if extra.is_some() {
            drop(extra);
        }
        drop(globals);
        drop(code);
    }

    /// Bind `v` to `t`: a local slot in place (the old value dropped only if it owns
    /// something), anything else through `assign`.
    #[inline(always)]
    fn assign_fast(&mut self, f: &mut Frame, t: &Target, v: Value) -> PyResult<()> {
        if let Target::Local(i) = t {
            bind_slot(&mut f.slots[*i as usize], v);
            Ok(())
        } else {
            self.assign(f, t, v)
        }
    }

    /// Run (or resume) a frame until it returns, suspends, or raises.
    pub fn run_frame(&mut self, f: &mut Frame, resume: Resume) -> PyResult<Completion> {
        let pending = match resume {
            Resume::Send(v) => return self.send_frame(f, v),
            Resume::Start => None,
            Resume::Throw(e) => Some(e),
        };
        self.enter_frame(f);
        let code = f.code.clone();
        let pending = match pending {
            Some(e) if matches!(code.instrs[f.pc as usize], Instr::YieldFrom { .. }) => {
                f.extra_mut().yf_input = Some(Resume::Throw(e));
                None
            }
            Some(e) => {
                f.pc += 1;
                Some(e)
            }
            None => None,
        };
        self.run_code(f, &code, pending)
    }

    /// Resume `f` with the value sent to it (`Resume::Send`).
    #[inline(always)]
    pub fn send_frame(&mut self, f: &mut Frame, v: Value) -> PyResult<Completion> {
        self.enter_frame(f);
        let code = f.code.clone();
        // `return <expr>` right after an await/yield expression (`return 1 + await
        // g()`): no instruction loop.
        let pending = if send_into(f, &code.instrs[f.pc as usize], v)
            && let Instr::Return(e) = &code.instrs[f.pc as usize]
        {
            f.pc += 1;
            if let Some(i) = super::eval::arith_int(f, e) {
                self.leave_handled(f);
                return Ok(Completion::Return(Value::Int(i)));
            }
            match self.eval_arith(f, e) {
                Ok(v) => {
                    self.leave_handled(f);
                    return Ok(Completion::Return(v));
                }
                Err(e) => Some(e),
            }
        } else {
            None
        };
        self.run_code(f, &code, pending)
    }

    /// `send_frame` for the usual frame of an await chain, suspended at `x = await
    /// f()` with nothing saved (no handlers, no exceptions) and returning `<int
    /// arithmetic>` right after: `Ok(i)`, it returned `i` (and is done); else how
    /// resuming it went.
    #[inline(always)]
    pub fn send_frame_link(
        &mut self,
        f: &mut Frame,
        v: Value,
    ) -> Result<i64, PyResult<Completion>> {
        let at = f.pc as usize;
        if f.extra.is_none()
            && let Instr::AwaitCall { dst: Some(d), .. } = &f.code.instrs[at]
            && let Some(Instr::Return(e)) = f.code.instrs.get(at + 1)
        {
            bind_slot(&mut f.slots[*d as usize], v);
            f.pc += 2;
            // Nothing to restore on entry or to drop on return.
            if let Some(i) = super::eval::arith_int(f, e) {
                return Ok(i);
            }
            // Any other value: the instruction loop runs the `return`.
            f.pc -= 1;
            return Err(self.run_frame(f, Resume::Start));
        }
        Err(self.run_frame(f, Resume::Send(v)))
    }

    /// `f` returns: the exceptions it was handling are no longer handled (usually
    /// none: only the length is compared).
    #[inline(always)]
    fn leave_handled(&mut self, f: &Frame) {
        if self.handled.len() > f.exc_base as usize {
            self.handled.truncate(f.exc_base as usize);
        }
    }

    /// (Re)enter `f`: its exception base, and the exceptions it was handling when it
    /// suspended.
    #[inline(always)]
    fn enter_frame(&mut self, f: &mut Frame) {
        f.exc_base = self.handled.len() as u32;
        if f.extra.is_some() {
            self.restore_saved_exc(f);
        }
    }

    /// Run `f` from its `pc` (`code` is its code, held by the caller; `exc_base` and
    /// any saved exceptions already set up), raising `pending` there first if given.
    #[inline(always)]
    pub fn run_code(
        &mut self,
        f: &mut Frame,
        code: &FuncCode,
        mut pending: Option<Exc>,
    ) -> PyResult<Completion> {
        loop {
            let result = match pending.take() {
                Some(e) => Err(e),
                None => self.exec_code(f, code),
            };
            match result {
                Ok(c) => {
                    match c {
                        Completion::Return(_) => self.leave_handled(f),
                        _ => {
                            if self.handled.len() > f.exc_base as usize {
                                f.extra_mut().saved_exc =
                                    self.handled.split_off(f.exc_base as usize);
                            }
                        }
                    }
                    return Ok(c);
                }
                Err(e) => match self.catch(f, e) {
                    None => continue,
                    Some(e) => return Err(e),
                },
            }
        }
    }

    /// The exceptions `f` was handling when it suspended are being handled again.
    #[inline(never)]
    fn restore_saved_exc(&mut self, f: &mut Frame) {
        if let Some(x) = &mut f.extra
            && !x.saved_exc.is_empty()
        {
            self.handled.append(&mut x.saved_exc);
        }
    }

    /// An exception raised in `f`: record it, then jump to the innermost handler
    /// (`None`: keep running `f`) or give it back to propagate out of the frame.
    fn catch(&mut self, f: &mut Frame, e: Exc) -> Option<Exc> {
        self.note_raise(f, &e);
        if let Some(h) = f.extra.as_mut().and_then(|x| x.handlers.pop()) {
            self.handled.truncate((f.exc_base + h.exc_depth) as usize);
            self.handled.push(e);
            f.pc = h.target;
            return None;
        }
        self.handled.truncate(f.exc_base as usize);
        Some(e)
    }

    /// Record the traceback entry of `f` and the implicit `__context__` of `e`.
    fn note_raise(&mut self, f: &Frame, e: &Exc) {
        let mut data = e.0.exc();
        if data.last_frame != f.id {
            data.last_frame = f.id;
            let i = (f.pc.saturating_sub(1) as usize).min(f.code.spans.len().saturating_sub(1));
            data.traceback.push(TbEntry {
                code: f.code.clone(),
                span: f.code.spans[i],
            });
        }
        if data.context.is_none()
            && let Some(h) = self.handled.last()
            && !Rc::ptr_eq(&h.0, &e.0)
        {
            data.context = Some(h.value());
        }
    }

    /// The instruction loop proper (`code` is the frame's code, held by the caller).
    fn exec_code(&mut self, f: &mut Frame, code: &FuncCode) -> PyResult<Completion> {
        loop {
            let instr = &code.instrs[f.pc as usize];
            f.pc += 1;
            match instr {
                Instr::Expr(e) => {
                    self.eval(f, e)?;
                }
                Instr::Assign(t, e) => {
                    let v = self.eval(f, e)?;
                    self.assign_fast(f, t, v)?;
                }
                Instr::AugAssign {
                    target,
                    load,
                    op,
                    value,
                } => self.aug_assign(f, target, load, *op, value)?,
                Instr::Delete(t) => self.delete(f, t)?,
                Instr::Jump(t) => f.pc = *t,
                Instr::JumpIfFalse(e, t) => {
                    if !self.eval_cond(f, e)? {
                        f.pc = *t;
                    }
                }
                Instr::JumpIfTrue(e, t) => {
                    if self.eval_cond(f, e)? {
                        f.pc = *t;
                    }
                }
                Instr::ForIter { iter, target, exit } => {
                    // The iterator is read in place: `next` never touches the frame.
                    let it = f.slots[*iter as usize].as_ref().expect("iterator slot set");
                    let next = match it {
                        Value::Iter(state) => super::iters::iter_next(self, state)?,
                        it => self.next(it)?,
                    };
                    match next {
                        Some(v) => self.assign_fast(f, target, v)?,
                        None => f.pc = *exit,
                    }
                }
                Instr::Return(e) => {
                    let v = self.eval_arith(f, e)?;
                    return Ok(Completion::Return(v));
                }
                Instr::Raise { exc, cause } => return Err(self.raise(f, exc, cause)?),
                Instr::Reraise => {
                    let e = self.handled.pop().expect("re-raise inside a handler");
                    return Err(e);
                }
                Instr::PushHandler(t) => {
                    let exc_depth = self.handled.len() as u32 - f.exc_base;
                    f.extra_mut().handlers.push(Handler {
                        target: *t,
                        exc_depth,
                    });
                }
                Instr::PopHandler => {
                    if let Some(x) = &mut f.extra {
                        x.handlers.pop();
                    }
                }
                Instr::ExceptMatch { typ, no_match } => {
                    let typ = self.eval(f, typ)?;
                    let e = self
                        .handled
                        .last()
                        .expect("except inside a handler")
                        .clone();
                    if !self.exception_matches(&e, &typ)? {
                        f.pc = *no_match;
                    }
                }
                Instr::PopExc => {
                    self.handled.pop();
                }
                Instr::Assert { test, msg } => {
                    let v = self.eval(f, test)?;
                    if !self.truthy(&v)? {
                        let args = match msg {
                            Some(m) => vec![self.eval(f, m)?],
                            None => vec![],
                        };
                        let cls = crate::runtime::types::types().exc("AssertionError");
                        return Err(Exc::with_args(cls, args));
                    }
                }
                Instr::Import {
                    module,
                    target,
                    bind_leaf,
                } => {
                    let v = self.import(module, *bind_leaf)?;
                    self.assign(f, target, v)?;
                }
                Instr::ImportFrom {
                    module,
                    level,
                    names,
                } => {
                    if *level > 0 {
                        return Err(Exc::new(
                            "ImportError",
                            "relative imports are not supported by coropy",
                        ));
                    }
                    let m = self.import_module(module)?;
                    for (name, target) in names {
                        let v = self.import_from(&m, name)?;
                        self.assign(f, target, v)?;
                    }
                }
                Instr::Yield { value, .. } => {
                    let v = self.eval(f, value)?;
                    f.pc -= 1;
                    return Ok(Completion::Yield(v));
                }
                Instr::YieldFrom { src, dst } => {
                    let input = f
                        .extra
                        .as_mut()
                        .and_then(|x| x.yf_input.take())
                        .unwrap_or(Resume::Send(Value::None));
                    let sub = f.slots[*src as usize]
                        .clone()
                        .expect("sub-iterator slot set");
                    match self.delegate(&sub, input)? {
                        Delegated::Yield(v) => {
                            f.pc -= 1;
                            return Ok(Completion::Yield(v));
                        }
                        Delegated::Return(v) => {
                            f.slots[*src as usize] = None;
                            if let Some(d) = dst {
                                f.slots[*d as usize] = Some(v);
                            }
                        }
                    }
                }
                Instr::AwaitValue(e) => {
                    let v = self.await_stmt_value(f, e)?;
                    if let Value::YieldOnce = v {
                        // `await asyncio.sleep(0)`, the most common await statement.
                        f.pc -= 1;
                        return Ok(Completion::Await(v));
                    }
                    if let AwaitCallOutcome::Suspend(aw) = self.await_now(v)? {
                        f.pc -= 1;
                        return Ok(Completion::Await(aw));
                    }
                }
                Instr::Await { src, dst } => {
                    let v = f.slots[*src as usize].take().expect("awaitable slot set");
                    match self.await_now(v)? {
                        AwaitCallOutcome::Value(r) => {
                            if let Some(d) = dst {
                                f.slots[*d as usize] = Some(r);
                            }
                        }
                        AwaitCallOutcome::Suspend(aw) => {
                            f.pc -= 1;
                            return Ok(Completion::Await(aw));
                        }
                    }
                }
                Instr::AwaitCall { call, dst } => match self.await_call(f, call, dst.is_none())? {
                    AwaitCallOutcome::Value(v) => {
                        if let Some(d) = dst {
                            f.slots[*d as usize] = Some(v);
                        }
                    }
                    AwaitCallOutcome::Suspend(aw) => {
                        f.pc -= 1;
                        return Ok(Completion::Await(aw));
                    }
                },
                Instr::Clear(s) => f.slots[*s as usize] = None,
                Instr::ListAppend(s, e) => {
                    let v = self.eval(f, e)?;
                    if let Some(Value::List(l)) = &f.slots[*s as usize] {
                        l.borrow_mut().push(v);
                    }
                }
                Instr::SetAdd(s, e) => {
                    let v = self.eval(f, e)?;
                    let set = f.slots[*s as usize].clone().expect("set slot");
                    self.set_add(&set, v)?;
                }
                Instr::DictSet(s, k, e) => {
                    let k = self.eval(f, k)?;
                    let v = self.eval(f, e)?;
                    let d = f.slots[*s as usize].clone().expect("dict slot");
                    self.setitem(&d, k, v)?;
                }
            }
        }
    }

    /// Run a frame that must not suspend (a plain function or module body).
    /// The common case of `run_frame`: a fresh frame run start to finish (no resume
    /// input, nothing saved from a suspension).
    pub fn run_to_return(&mut self, f: &mut Frame) -> PyResult<Value> {
        let code = f.code.clone();
        self.run_code_to_return(f, &code)
    }

    /// `run_to_return` for a frame whose code (`f.code`) the caller holds.
    pub fn run_code_to_return(&mut self, f: &mut Frame, code: &FuncCode) -> PyResult<Value> {
        f.exc_base = self.handled.len() as u32;
        loop {
            match self.exec_code(f, code) {
                Ok(Completion::Return(v)) => {
                    self.handled.truncate(f.exc_base as usize);
                    return Ok(v);
                }
                Ok(Completion::Yield(_) | Completion::Await(_)) => {
                    debug_assert!(f.code.kind != CodeKind::Function);
                    self.handled.truncate(f.exc_base as usize);
                    return Err(type_error("unexpected suspension in a plain function"));
                }
                Err(e) => match self.catch(f, e) {
                    None => continue,
                    Some(e) => return Err(e),
                },
            }
        }
    }

    pub fn assign_target(&mut self, f: &mut Frame, t: &Target, v: Value) -> PyResult<()> {
        self.assign(f, t, v)
    }
}
