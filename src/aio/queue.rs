//! Native `asyncio.Queue`, `LifoQueue` and `PriorityQueue`: CPython 3.11's
//! `asyncio/queues.py` (with the `Event` behind `join()`) as a Rust object, for the
//! exact classes defined in `stdlib/asyncio_queues.py`; subclasses made by programs run
//! that file's Python code instead.
//!
//! `get()`, `put()` and `join()` return native coroutines (`GenState::Queue`), whose
//! steps are the Python coroutines' loops: wait on a future appended to the getters
//! (putters, the finished event's waiters), with CPython's clean-up when cancelled. An
//! `await` of one that can complete at once runs it in place (`Interp::queue_await_now`,
//! called by the frame's `Await` instruction): no suspension, as in CPython where such
//! an await never yields. `PriorityQueue`'s heap operations are in `queue_heap.rs`.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::event_loop::LoopRef;
use super::future::{self, FutRef, FutureObj};
use super::queue_heap::restore_heap;
use crate::interp::frame::Resume;
use crate::interp::gen_obj::{GenIdent, GenObj, GenRef, GenState, GenStep};
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{Exc, attribute_error, runtime_error, type_error, value_error};
use crate::runtime::object::{Args, AttrMap, Class, MethodImpl, PositionalMethodImpl};
use crate::runtime::value::{Name, Value};
use crate::syntax::ast::CmpOp;

pub type QueueRef = Rc<QueueObj>;

/// The Python classes of `asyncio_queues.py`, registered when it is loaded.
pub struct QueueClasses {
    pub queue: Rc<Class>,
    pub lifo: Rc<Class>,
    pub priority: Rc<Class>,
    pub empty: Rc<Class>,
    pub full: Rc<Class>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum QueueKind {
    Fifo,
    Lifo,
    Priority,
}

pub struct QueueObj {
    /// `type(q)`: one of the registered classes.
    pub class: Rc<Class>,
    pub kind: QueueKind,
    pub st: RefCell<QueueState>,
    /// Attributes a program sets on the queue (CPython queues have a `__dict__`).
    pub attrs: RefCell<Option<Box<AttrMap>>>,
}

pub struct QueueState {
    pub maxsize: Value,
    /// FIFO: appended at the back, taken from the front; LIFO: a stack at the back;
    /// priority: a binary heap (heapq's layout), contiguous from index 0.
    pub items: VecDeque<Value>,
    pub getters: VecDeque<FutRef>,
    pub putters: VecDeque<FutRef>,
    pub unfinished: i64,
    /// The `_finished` event: its flag and waiters.
    pub finished: bool,
    pub finished_waiters: Vec<FutRef>,
    /// `_LoopBoundMixin._loop` of the queue and of its event.
    pub loop_: Option<LoopRef>,
    pub event_loop: Option<LoopRef>,
}

/// A pending `get()`/`put()`/`join()` coroutine.
pub struct QueueOp {
    pub q: QueueRef,
    pub kind: OpKind,
    /// The future it waits on; `None` before its first step.
    pub waiter: Option<FutRef>,
}

pub enum OpKind {
    Get,
    Put(Value),
    Join,
}

impl QueueOp {
    pub fn is_created(&self) -> bool {
        self.waiter.is_none()
    }
}

fn same_loop(a: &Option<LoopRef>, b: &Option<LoopRef>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        _ => false,
    }
}

fn remove_fut(v: &mut VecDeque<FutRef>, f: &FutRef) -> bool {
    match v.iter().position(|x| Rc::ptr_eq(x, f)) {
        Some(i) => {
            v.remove(i);
            true
        }
        None => false,
    }
}

/// `_register_queues(Queue, LifoQueue, PriorityQueue, QueueEmpty, QueueFull)`.
pub fn register_queues(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let classes: Vec<Rc<Class>> = a
        .pos
        .iter()
        .filter_map(|v| match v {
            Value::Class(c) => Some(c.clone()),
            _ => None,
        })
        .collect();
    let [queue, lifo, priority, empty, full] = <[Rc<Class>; 5]>::try_from(classes)
        .map_err(|_| type_error("_register_queues() takes 5 classes"))?;
    interp.queue_classes = Some(Rc::new(QueueClasses {
        queue,
        lifo,
        priority,
        empty,
        full,
    }));
    Ok(Value::None)
}

fn qref(recv: &Value) -> &QueueRef {
    match recv {
        Value::Queue(q) => q,
        _ => unreachable!("a queue receiver"),
    }
}

fn no_args(name: &str, a: &Args) -> PyResult<()> {
    if let Some((k, _)) = a.kw.first() {
        return Err(type_error(format!(
            "Queue.{name}() got an unexpected keyword argument '{k}'"
        )));
    }
    if !a.pos.is_empty() {
        return Err(type_error(format!(
            "Queue.{name}() takes 1 positional argument but {} were given",
            a.pos.len() + 1
        )));
    }
    Ok(())
}

/// The single `item` argument of put/put_nowait.
#[inline]
fn item_arg(name: &str, mut a: Args) -> PyResult<Value> {
    if a.kw.is_empty() && a.pos.len() == 1 {
        return Ok(a.pos.pop().expect("one argument"));
    }
    item_arg_slow(name, a)
}

fn item_arg_slow(name: &str, a: Args) -> PyResult<Value> {
    let mut item = None;
    let npos = a.pos.len();
    if npos > 1 {
        return Err(type_error(format!(
            "Queue.{name}() takes 2 positional arguments but {} were given",
            npos + 1
        )));
    }
    item = a.pos.into_iter().next().or(item);
    for (k, v) in a.kw {
        if &*k != "item" {
            return Err(type_error(format!(
                "Queue.{name}() got an unexpected keyword argument '{k}'"
            )));
        }
        if item.is_some() {
            return Err(type_error(format!(
                "Queue.{name}() got multiple values for argument 'item'"
            )));
        }
        item = Some(v);
    }
    item.ok_or_else(|| {
        type_error(format!(
            "Queue.{name}() missing 1 required positional argument: 'item'"
        ))
    })
}

/// Finished queue coroutines kept for reuse (an `await q.get()` that completes at once
/// drops its coroutine right away: the next call reuses the allocation).
const CORO_POOL_MAX: usize = 8;

fn op_coroutine(interp: &mut Interp, q: &QueueRef, kind: OpKind) -> Value {
    static NAMES: [(&str, &str); 3] = [
        ("get", "Queue.get"),
        ("put", "Queue.put"),
        ("join", "Queue.join"),
    ];
    let i = match kind {
        OpKind::Get => 0,
        OpKind::Put(_) => 1,
        OpKind::Join => 2,
    };
    let ident = GenIdent::Static(&NAMES[i]);
    let op = Box::new(QueueOp {
        q: q.clone(),
        kind,
        waiter: None,
    });
    if let Some(c) = interp.queue_coro_pool.pop() {
        {
            let mut g = c.borrow_mut();
            g.ident = ident;
            g.state = GenState::Queue(op);
            g.awaited = false;
            g.origin = None;
            g.origin_pc = 0;
        }
        return Value::Coroutine(c);
    }
    Value::Coroutine(Rc::new(RefCell::new(GenObj {
        ident,
        state: GenState::Queue(op),
        chain: Default::default(),
        origin: None,
        origin_pc: 0,
        awaited: false,
    })))
}

pub fn queue_lookup(name: &str) -> Option<MethodImpl> {
    let f: MethodImpl = match name {
        "get" => |i, r, a| {
            no_args("get", &a)?;
            Ok(op_coroutine(i, qref(r), OpKind::Get))
        },
        "put" => |i, r, a| {
            let item = item_arg("put", a)?;
            Ok(op_coroutine(i, qref(r), OpKind::Put(item)))
        },
        "join" => |i, r, a| {
            no_args("join", &a)?;
            Ok(op_coroutine(i, qref(r), OpKind::Join))
        },
        "get_nowait" => |i, r, a| {
            no_args("get_nowait", &a)?;
            i.queue_get_nowait(qref(r))
        },
        "put_nowait" => |i, r, a| {
            let item = item_arg("put_nowait", a)?;
            i.queue_put_nowait(qref(r), item)?;
            Ok(Value::None)
        },
        "task_done" => |_, r, a| {
            no_args("task_done", &a)?;
            task_done(qref(r))?;
            Ok(Value::None)
        },
        "qsize" => |_, r, a| {
            no_args("qsize", &a)?;
            Ok(Value::Int(qref(r).st.borrow().items.len() as i64))
        },
        "empty" => |_, r, a| {
            no_args("empty", &a)?;
            Ok(Value::Bool(qref(r).st.borrow().items.is_empty()))
        },
        "full" => |i, r, a| {
            no_args("full", &a)?;
            Ok(Value::Bool(i.queue_full(qref(r))?))
        },
        "_format" => |i, r, a| {
            no_args("_format", &a)?;
            Ok(Value::string(i.queue_format(qref(r))?))
        },
        "__repr__" => |i, r, _| Ok(Value::string(i.queue_repr(qref(r))?)),
        "__str__" => |i, r, _| Ok(Value::string(i.queue_str(qref(r))?)),
        _ => return None,
    };
    Some(f)
}

/// The methods called most with positional arguments only, as slice entry points (no
/// argument vector; `crate::builtins::methods::lookup_positional`): `None` for any
/// other method or arity.
pub fn queue_positional(name: &str, n: usize) -> Option<PositionalMethodImpl> {
    let f: PositionalMethodImpl = match (name, n) {
        ("get", 0) => |i, r, _| Ok(op_coroutine(i, qref(r), OpKind::Get)),
        ("put", 1) => |i, r, a| Ok(op_coroutine(i, qref(r), OpKind::Put(a[0].clone()))),
        ("task_done", 0) => |_, r, _| {
            task_done(qref(r))?;
            Ok(Value::None)
        },
        ("get_nowait", 0) => |i, r, _| i.queue_get_nowait(qref(r)),
        ("put_nowait", 1) => |i, r, a| {
            i.queue_put_nowait(qref(r), a[0].clone())?;
            Ok(Value::None)
        },
        ("qsize", 0) => |_, r, _| Ok(Value::Int(qref(r).st.borrow().items.len() as i64)),
        ("empty", 0) => |_, r, _| Ok(Value::Bool(qref(r).st.borrow().items.is_empty())),
        ("full", 0) => |i, r, _| Ok(Value::Bool(i.queue_full(qref(r))?)),
        _ => return None,
    };
    Some(f)
}

/// Data attributes of a native queue.
pub fn queue_attr(q: &QueueRef, name: &str) -> Option<Value> {
    if let Some(v) = q.attrs.borrow().as_ref().and_then(|m| m.get(name)) {
        return Some(v.clone());
    }
    let st = q.st.borrow();
    Some(match name {
        "maxsize" | "_maxsize" => st.maxsize.clone(),
        "_unfinished_tasks" => Value::Int(st.unfinished),
        "_loop" => st.loop_.clone().map(Value::Loop).unwrap_or(Value::None),
        _ => return None,
    })
}

/// `q.name = v`: stored in the queue's own attributes (its state is read-only).
pub fn queue_setattr(q: &QueueRef, name: &str, v: Value) -> PyResult<()> {
    match name {
        "maxsize" => Err(attribute_error(format!(
            "property 'maxsize' of '{}' object has no setter",
            q.class.name
        ))),
        "qsize" | "empty" | "full" | "get" | "put" | "join" | "get_nowait" | "put_nowait"
        | "task_done" | "_maxsize" | "_unfinished_tasks" | "_loop" | "_format" => {
            Err(attribute_error(format!(
                "coropy's native '{}' object does not allow setting '{name}'",
                q.class.name
            )))
        }
        _ => {
            q.attrs
                .borrow_mut()
                .get_or_insert_with(|| Box::new(crate::runtime::object::attr_map()))
                .insert(Name::from(name), v);
            Ok(())
        }
    }
}

/// `Queue._wakeup_next(waiters)`: wake the first waiter that is not done.
fn wakeup_next(q: &QueueRef, getters: bool) {
    loop {
        let w = {
            let mut st = q.st.borrow_mut();
            if getters {
                st.getters.pop_front()
            } else {
                st.putters.pop_front()
            }
        };
        match w {
            None => return,
            Some(w) if !w.done() => {
                let _ = future::set_result(&w, Value::None);
                return;
            }
            Some(_) => {}
        }
    }
}

/// `task_done()`
fn task_done(q: &QueueRef) -> PyResult<()> {
    let waiters = {
        let mut st = q.st.borrow_mut();
        if st.unfinished <= 0 {
            return Err(value_error("task_done() called too many times"));
        }
        st.unfinished -= 1;
        if st.unfinished != 0 || st.finished {
            return Ok(());
        }
        st.finished = true;
        st.finished_waiters.clone()
    };
    // Event.set()
    for f in waiters {
        if !f.done() {
            let _ = future::set_result(&f, Value::Bool(true));
        }
    }
    Ok(())
}

impl Interp {
    /// `Queue(maxsize=0)` for a registered class: the native queue; `None` for any
    /// other class.
    pub fn queue_construct(&mut self, cls: &Rc<Class>, args: &Args) -> Option<PyResult<Value>> {
        let classes = self.queue_classes.as_ref()?;
        let kind = if Rc::ptr_eq(cls, &classes.queue) {
            QueueKind::Fifo
        } else if Rc::ptr_eq(cls, &classes.lifo) {
            QueueKind::Lifo
        } else if Rc::ptr_eq(cls, &classes.priority) {
            QueueKind::Priority
        } else {
            return None;
        };
        let mut maxsize = None;
        if args.pos.len() > 1 {
            return Some(Err(type_error(format!(
                "Queue.__init__() takes from 1 to 2 positional arguments but {} were given",
                args.pos.len() + 1
            ))));
        }
        maxsize = args.pos.first().cloned().or(maxsize);
        for (k, v) in &args.kw {
            if &**k != "maxsize" {
                return Some(Err(type_error(format!(
                    "Queue.__init__() got an unexpected keyword argument '{k}'"
                ))));
            }
            if maxsize.is_some() {
                return Some(Err(type_error(
                    "Queue.__init__() got multiple values for argument 'maxsize'",
                )));
            }
            maxsize = Some(v.clone());
        }
        Some(Ok(Value::Queue(Rc::new(QueueObj {
            class: cls.clone(),
            kind,
            st: RefCell::new(QueueState {
                maxsize: maxsize.unwrap_or(Value::Int(0)),
                items: VecDeque::new(),
                getters: VecDeque::new(),
                putters: VecDeque::new(),
                unfinished: 0,
                finished: true,
                finished_waiters: Vec::new(),
                loop_: None,
                event_loop: None,
            }),
            attrs: RefCell::new(None),
        }))))
    }

    pub(super) fn truth_cmp(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        let r = self.rich_compare(op, a, b)?;
        self.truthy(&r)
    }

    /// `full()`
    pub fn queue_full(&mut self, q: &QueueRef) -> PyResult<bool> {
        let (maxsize, len) = {
            let st = q.st.borrow();
            if let Value::Int(m) = st.maxsize {
                return Ok(m > 0 && st.items.len() as i64 >= m);
            }
            (st.maxsize.clone(), st.items.len())
        };
        if self.truth_cmp(CmpOp::LtE, &maxsize, &Value::Int(0))? {
            return Ok(false);
        }
        self.truth_cmp(CmpOp::GtE, &Value::Int(len as i64), &maxsize)
    }

    fn queue_exc(&mut self, full: bool) -> Exc {
        let cls = match &self.queue_classes {
            Some(c) if full => c.full.clone(),
            Some(c) => c.empty.clone(),
            None => return runtime_error("asyncio queues not loaded"),
        };
        match self.make_exception(Value::Class(cls)) {
            Ok(e) | Err(e) => e,
        }
    }

    /// `put_nowait(item)`
    pub fn queue_put_nowait(&mut self, q: &QueueRef, item: Value) -> PyResult<()> {
        if self.queue_full(q)? {
            return Err(self.queue_exc(true));
        }
        match q.kind {
            QueueKind::Fifo | QueueKind::Lifo => q.st.borrow_mut().items.push_back(item),
            QueueKind::Priority => {
                let mut heap = Vec::from(std::mem::take(&mut q.st.borrow_mut().items));
                heap.push(item);
                let n = heap.len() - 1;
                let r = self.siftdown(&mut heap, 0, n);
                restore_heap(q, heap);
                r?;
            }
        }
        {
            let mut st = q.st.borrow_mut();
            st.unfinished += 1;
            st.finished = false;
        }
        wakeup_next(q, true);
        Ok(())
    }

    /// `get_nowait()`
    pub fn queue_get_nowait(&mut self, q: &QueueRef) -> PyResult<Value> {
        let item = match q.kind {
            QueueKind::Fifo => q.st.borrow_mut().items.pop_front(),
            QueueKind::Lifo => q.st.borrow_mut().items.pop_back(),
            QueueKind::Priority => {
                if q.st.borrow().items.is_empty() {
                    None
                } else {
                    let mut heap = Vec::from(std::mem::take(&mut q.st.borrow_mut().items));
                    let r = self.heappop(&mut heap);
                    restore_heap(q, heap);
                    Some(r?)
                }
            }
        };
        let Some(item) = item else {
            return Err(self.queue_exc(false));
        };
        wakeup_next(q, false);
        Ok(item)
    }

    /// `_format()`
    pub fn queue_format(&mut self, q: &QueueRef) -> PyResult<String> {
        let (maxsize, items, ng, np, tasks) = {
            let st = q.st.borrow();
            (
                st.maxsize.clone(),
                st.items.iter().cloned().collect::<Vec<_>>(),
                st.getters.len(),
                st.putters.len(),
                st.unfinished,
            )
        };
        let mut s = format!("maxsize={}", self.repr(&maxsize)?);
        if !items.is_empty() {
            s += &format!(" _queue={}", self.repr(&Value::list(items))?);
        }
        if ng > 0 {
            s += &format!(" _getters[{ng}]");
        }
        if np > 0 {
            s += &format!(" _putters[{np}]");
        }
        if tasks != 0 {
            s += &format!(" tasks={tasks}");
        }
        Ok(s)
    }

    pub fn queue_repr(&mut self, q: &QueueRef) -> PyResult<String> {
        let f = self.queue_format(q)?;
        Ok(format!(
            "<{} at {:#x} {f}>",
            q.class.name,
            Rc::as_ptr(q) as usize
        ))
    }

    pub fn queue_str(&mut self, q: &QueueRef) -> PyResult<String> {
        let f = self.queue_format(q)?;
        Ok(format!("<{} {f}>", q.class.name))
    }

    /// `self._get_loop().create_future()` for the queue (`event`: for its `_finished`
    /// event), with `_LoopBoundMixin`'s binding and error.
    fn queue_waiter(&mut self, q: &QueueRef, event: bool) -> PyResult<FutRef> {
        let lp = self.running_loop.clone();
        let bound = {
            let mut st = q.st.borrow_mut();
            let slot = if event {
                &mut st.event_loop
            } else {
                &mut st.loop_
            };
            if slot.is_none() {
                *slot = lp.clone();
            }
            slot.clone()
        };
        if !same_loop(&lp, &bound) {
            let who = if event {
                let st = q.st.borrow();
                let mut extra = if st.finished { "set" } else { "unset" }.to_string();
                if !st.finished_waiters.is_empty() {
                    extra += &format!(", waiters:{}", st.finished_waiters.len());
                }
                format!(
                    "<asyncio.locks.Event object at {:#x} [{extra}]>",
                    Rc::as_ptr(q) as usize + 16
                )
            } else {
                self.queue_repr(q)?
            };
            return Err(runtime_error(format!(
                "{who} is bound to a different event loop"
            )));
        }
        match lp {
            Some(lp) => Ok(FutureObj::new(lp, None)),
            None => Err(attribute_error(
                "'NoneType' object has no attribute 'create_future'",
            )),
        }
    }

    /// One step of a `get()`/`put()`/`join()` coroutine.
    pub fn queue_op_step(
        &mut self,
        g: &GenRef,
        mut op: Box<QueueOp>,
        input: Resume,
    ) -> PyResult<GenStep> {
        let r = self.queue_op_run(&mut op, input);
        g.borrow_mut().state = match &r {
            Ok(GenStep::Yield(_)) => GenState::Queue(op),
            Err(Some(_)) | Ok(GenStep::Return(_)) => GenState::Done,
            Err(None) => GenState::Queue(op),
        };
        match r {
            Ok(s) => Ok(s),
            Err(Some(e)) => Err(e),
            Err(None) => Err(type_error(
                "can't send non-None value to a just-started coroutine",
            )),
        }
    }

    /// The coroutine's body from where it stopped; `Err(None)`: a non-None value sent
    /// to it before it started (it stays unstarted).
    fn queue_op_run(&mut self, op: &mut QueueOp, input: Resume) -> Result<GenStep, Option<Exc>> {
        let q = op.q.clone();
        match op.waiter.take() {
            None => match input {
                Resume::Send(v) if !v.is_none() => return Err(None),
                Resume::Throw(e) => return Err(Some(e)),
                _ => {}
            },
            Some(w) => {
                if let OpKind::Join = op.kind {
                    // Event.wait(): `finally: self._waiters.remove(fut)`.
                    {
                        let mut st = q.st.borrow_mut();
                        if let Some(i) = st.finished_waiters.iter().position(|x| Rc::ptr_eq(x, &w))
                        {
                            st.finished_waiters.remove(i);
                        }
                    }
                    return match input {
                        Resume::Throw(e) => Err(Some(e)),
                        _ => Ok(GenStep::Return(Value::None)),
                    };
                }
                if let Resume::Throw(e) = input {
                    // `except: getter.cancel(); remove; wake the next one; raise`.
                    let getter = matches!(op.kind, OpKind::Get);
                    future::cancel_future(&w, None);
                    {
                        let mut st = q.st.borrow_mut();
                        let list = if getter {
                            &mut st.getters
                        } else {
                            &mut st.putters
                        };
                        remove_fut(list, &w);
                    }
                    let can = if getter {
                        !q.st.borrow().items.is_empty()
                    } else {
                        !self.queue_full(&q).map_err(Some)?
                    };
                    if can && !w.cancelled() {
                        wakeup_next(&q, getter);
                    }
                    return Err(Some(e));
                }
            }
        }
        match &op.kind {
            OpKind::Get => {
                if q.st.borrow().items.is_empty() {
                    let w = self.queue_waiter(&q, false).map_err(Some)?;
                    q.st.borrow_mut().getters.push_back(w.clone());
                    op.waiter = Some(w.clone());
                    return Ok(GenStep::Yield(Value::Future(w)));
                }
                self.queue_get_nowait(&q).map(GenStep::Return).map_err(Some)
            }
            OpKind::Put(item) => {
                if self.queue_full(&q).map_err(Some)? {
                    let w = self.queue_waiter(&q, false).map_err(Some)?;
                    q.st.borrow_mut().putters.push_back(w.clone());
                    op.waiter = Some(w.clone());
                    return Ok(GenStep::Yield(Value::Future(w)));
                }
                let item = item.clone();
                self.queue_put_nowait(&q, item)
                    .map(|_| GenStep::Return(Value::None))
                    .map_err(Some)
            }
            OpKind::Join => {
                let wait = {
                    let st = q.st.borrow();
                    st.unfinished > 0 && !st.finished
                };
                if !wait {
                    return Ok(GenStep::Return(Value::None));
                }
                let w = self.queue_waiter(&q, true).map_err(Some)?;
                q.st.borrow_mut().finished_waiters.push(w.clone());
                op.waiter = Some(w.clone());
                Ok(GenStep::Yield(Value::Future(w)))
            }
        }
    }

    /// `await c` where `c` is a fresh `get()`/`put()`/`join()` that completes without
    /// waiting: run it now and give its result (`None`: await it the ordinary way).
    #[inline(always)]
    pub fn queue_await_now(&mut self, c: &GenRef) -> Option<PyResult<Value>> {
        let mut g = c.borrow_mut();
        let GenState::Queue(op) = &g.state else {
            return None;
        };
        if g.awaited || op.waiter.is_some() {
            return None;
        }
        let ready = {
            let st = op.q.st.borrow();
            match &op.kind {
                OpKind::Get => !st.items.is_empty(),
                OpKind::Put(_) => match st.maxsize {
                    Value::Int(m) => m <= 0 || (st.items.len() as i64) < m,
                    _ => false,
                },
                OpKind::Join => st.unfinished <= 0 || st.finished,
            }
        };
        if !ready {
            return None;
        }
        g.awaited = true;
        let GenState::Queue(op) = std::mem::replace(&mut g.state, GenState::Done) else {
            unreachable!("checked above")
        };
        drop(g);
        if Rc::strong_count(c) == 1 && self.queue_coro_pool.len() < CORO_POOL_MAX {
            self.queue_coro_pool.push(c.clone());
        }
        let op = *op;
        Some(match op.kind {
            OpKind::Get => self.queue_get_nowait(&op.q),
            OpKind::Put(item) => self.queue_put_nowait(&op.q, item).map(|_| Value::None),
            OpKind::Join => Ok(Value::None),
        })
    }
}
