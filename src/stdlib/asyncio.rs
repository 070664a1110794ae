//! The `asyncio` module: native functions over `crate::aio` (loops, futures, tasks),
//! plus the Python prelude `asyncio.py` compiled into the same namespace, and
//! `asyncio_timeouts.py`/`asyncio_locks.py`/`asyncio_queues.py`/`asyncio_tasks.py` compiled
//! there on first use.

use super::add_functions;
use crate::aio::event_loop::{Callback, LoopObj, LoopRef};
use crate::aio::future::{self, DoneCb, FutRef, FutureObj};
use crate::aio::{aio_types, task::make_cancelled_error};
use crate::interp::{CurrentLoop, Interp, PyResult};
use crate::runtime::exc::{runtime_error, type_error, value_error};
use crate::runtime::object::{Args, Globals, MethodImpl};
use crate::runtime::types::{type_name, types};
use crate::runtime::value::Value;

/// The Python prelude, run in the module's namespace when `asyncio` is imported.
pub const SOURCES: &[(&str, &str)] = &[("asyncio", include_str!("asyncio.py"))];

/// Prelude files compiled on first use of one of their names (through the module's
/// `__getattr__` in asyncio.py): most programs use neither, and compiling them would
/// cost every `import asyncio` a few milliseconds.
const LAZY_SOURCES: &[(&str, &str)] = &[
    ("asyncio_timeouts", include_str!("asyncio_timeouts.py")),
    ("asyncio_locks", include_str!("asyncio_locks.py")),
    ("asyncio_runners", include_str!("asyncio_runners.py")),
    ("asyncio_queues", include_str!("asyncio_queues.py")),
    ("asyncio_tasks", include_str!("asyncio_tasks.py")),
];

/// `_executor_elapsed(start)`: the virtual time an executor job took since `start` (its
/// blocking `time.sleep`s advanced the virtual clock), rewinding the clock to `start`:
/// the job ran on a timeline of its own, as a worker thread would, and the loop sets
/// its result that much later. With the real clock the time has really passed: 0.
fn executor_elapsed(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let start = match a.pos.first() {
        Some(Value::Float(f)) => *f,
        Some(Value::Int(i)) => *i as f64,
        _ => return Err(type_error("_executor_elapsed() needs a start time")),
    };
    Ok(Value::Float(interp.clock.rewind_to(start)))
}

/// `_load_prelude(file)`: run one lazily loaded prelude file in the asyncio namespace.
fn load_prelude(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let file = interp.str(a.pos.first().unwrap_or(&Value::None))?;
    let Some(&(name, source)) = LAZY_SOURCES.iter().find(|(n, _)| *n == file) else {
        return Err(value_error(format!("no asyncio prelude file '{file}'")));
    };
    super::load_embedded(interp, "asyncio", name, source)?;
    Ok(Value::None)
}

pub fn install(g: &Globals) {
    let a = aio_types();
    g.set("Future", Value::Class(a.future.clone()));
    g.set("Task", Value::Class(a.task.clone()));
    g.set("AbstractEventLoop", Value::Class(a.event_loop.clone()));
    g.set("Handle", Value::Class(a.handle.clone()));
    g.set("TimerHandle", Value::Class(a.timer_handle.clone()));
    g.set("CancelledError", Value::Class(a.cancelled_error.clone()));
    g.set(
        "InvalidStateError",
        Value::Class(a.invalid_state_error.clone()),
    );
    g.set("TimeoutError", Value::Class(types().exc("TimeoutError")));
    g.set("_event_wait", crate::aio::event::wait_function());
    g.set(
        "sleep",
        Value::Native(std::rc::Rc::new(crate::runtime::object::NativeFn {
            name: "sleep",
            func: sleep,
            one_arg: Some(sleep_one),
            one_arg_native: false,
        })),
    );
    add_functions(
        g,
        &[
            ("get_running_loop", get_running_loop),
            ("_get_running_loop", _get_running_loop),
            ("get_event_loop", get_event_loop),
            ("new_event_loop", |i, _| new_event_loop(i).map(Value::Loop)),
            ("set_event_loop", set_event_loop),
            ("current_task", current_task),
            ("_executor_elapsed", executor_elapsed),
            ("all_tasks", all_tasks),
            ("iscoroutine", |_, a| {
                Ok(Value::Bool(matches!(
                    a.pos.first(),
                    Some(Value::Coroutine(_) | Value::AGenOp(_))
                )))
            }),
            ("iscoroutinefunction", iscoroutinefunction),
            ("isfuture", |_, a| {
                Ok(Value::Bool(matches!(a.pos.first(), Some(Value::Future(_)))))
            }),
            ("create_task", create_task),
            ("_yield_once", |_, _| Ok(Value::YieldOnce)),
            ("_gather_native", gather_native),
            ("_warn", warn),
            ("_load_prelude", load_prelude),
            ("_register_queues", crate::aio::queue::register_queues),
            ("_event_waiters", crate::aio::event::new_waiters),
            ("_event_wake", crate::aio::event::wake),
        ],
    );
}

/// `asyncio.sleep(delay, result=None)`: a coroutine without a Python frame.
fn sleep(_: &mut Interp, a: Args) -> PyResult<Value> {
    let mut delay = None;
    let mut result = None;
    if a.pos.len() > 2 {
        return Err(type_error(format!(
            "sleep() takes from 1 to 2 positional arguments but {} were given",
            a.pos.len()
        )));
    }
    let mut pos = a.pos.into_iter();
    delay = pos.next().or(delay);
    result = pos.next().or(result);
    for (k, v) in a.kw {
        let slot = match &*k {
            "delay" => &mut delay,
            "result" => &mut result,
            _ => {
                return Err(type_error(format!(
                    "sleep() got an unexpected keyword argument '{k}'"
                )));
            }
        };
        if slot.is_some() {
            return Err(type_error(format!(
                "sleep() got multiple values for argument '{k}'"
            )));
        }
        *slot = Some(v);
    }
    let delay = delay
        .ok_or_else(|| type_error("sleep() missing 1 required positional argument: 'delay'"))?;
    Ok(Value::Coroutine(std::rc::Rc::new(std::cell::RefCell::new(
        crate::interp::gen_obj::GenObj::native_sleep(delay, result.unwrap_or(Value::None)),
    ))))
}

/// `asyncio.sleep(delay)`: the one-argument entry point (no argument vector).
fn sleep_one(_: &mut Interp, delay: &Value) -> PyResult<Value> {
    Ok(sleep_coroutine(delay.clone()))
}

/// The coroutine `asyncio.sleep(delay)` returns.
pub fn sleep_coroutine(delay: Value) -> Value {
    Value::Coroutine(std::rc::Rc::new(std::cell::RefCell::new(
        crate::interp::gen_obj::GenObj::native_sleep(delay, Value::None),
    )))
}

/// Whether `n` is `asyncio.sleep` (an await statement runs `sleep(0)` without its
/// coroutine object).
pub fn is_sleep(n: &crate::runtime::object::NativeFn) -> bool {
    n.one_arg
        .is_some_and(|g| std::ptr::fn_addr_eq(g, sleep_one as crate::runtime::object::OneArgImpl))
}

/// `gather()` when every argument is a coroutine or a future: the prelude's loop
/// (ensure_future, de-duplication, done callbacks) with a native `_done_callback`.
/// Returns None for other arguments (the prelude then does it in Python).
fn gather_native(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let items = match a.pos.first() {
        Some(Value::Tuple(t)) => t.as_ref().clone(),
        _ => return Ok(Value::None),
    };
    if !items
        .iter()
        .all(|v| matches!(v, Value::Coroutine(_) | Value::Future(_)))
    {
        return Ok(Value::None);
    }
    let return_exceptions = match a.pos.get(1) {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    let mut seen: std::collections::HashMap<usize, FutRef> = std::collections::HashMap::new();
    let st = std::rc::Rc::new(future::GatherState {
        nfuts: std::cell::Cell::new(0),
        children: std::cell::RefCell::new(Vec::with_capacity(items.len())),
        nfinished: std::cell::Cell::new(0),
        outer: std::cell::RefCell::new(None),
        return_exceptions,
    });
    let mut done_futs = Vec::new();
    let mut lp: Option<LoopRef> = None;
    for arg in items {
        let key = arg.addr();
        if let Some(f) = seen.get(&key) {
            st.children.borrow_mut().push(f.clone());
            continue;
        }
        let f = match &arg {
            Value::Future(f) => f.clone(),
            _ => {
                let l = match &lp {
                    Some(l) => l.clone(),
                    None => match get_event_loop(interp, Args::default())? {
                        Value::Loop(l) => l,
                        _ => unreachable!("a loop"),
                    },
                };
                interp.create_task(&l, arg.clone(), None)?
            }
        };
        if lp.is_none() {
            lp = Some(f.loop_.clone());
        }
        seen.insert(key, f.clone());
        st.nfuts.set(st.nfuts.get() + 1);
        if f.done() {
            done_futs.push(f.clone());
        } else {
            future::add_done_callback(&f, DoneCb::Gather(st.clone()));
        }
        st.children.borrow_mut().push(f);
    }
    let outer = FutureObj::new(lp.expect("at least one child"), None);
    outer.inner.borrow_mut().rare_mut().gather_children = Some(st.children.borrow().clone());
    *st.outer.borrow_mut() = Some(outer.clone());
    for f in &done_futs {
        future::gather_done(&st, f)?;
    }
    Ok(Value::Future(outer))
}

fn running(interp: &Interp) -> PyResult<LoopRef> {
    interp
        .running_loop
        .clone()
        .ok_or_else(|| runtime_error("no running event loop"))
}

fn get_running_loop(interp: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(Value::Loop(running(interp)?))
}

fn _get_running_loop(interp: &mut Interp, _: Args) -> PyResult<Value> {
    Ok(interp
        .running_loop
        .clone()
        .map(Value::Loop)
        .unwrap_or(Value::None))
}

/// A new loop. CPython's selector loop logs "Using selector: EpollSelector" to the
/// `asyncio` logger at DEBUG level as it is made; so does this one once the program has
/// imported `logging` (only then can anyone see it).
fn new_event_loop(interp: &mut Interp) -> PyResult<LoopRef> {
    let l = LoopObj::new();
    if let Some(logging) = interp.modules.get("logging").cloned()
        && let Some(get_logger) = logging.globals.get("getLogger")
    {
        let logger = interp.call(&get_logger, Args::new(vec![Value::str("asyncio")]))?;
        let debug = interp.getattr(&logger, "debug")?;
        interp.call(
            &debug,
            Args::new(vec![
                Value::str("Using selector: %s"),
                Value::str("EpollSelector"),
            ]),
        )?;
    }
    Ok(l)
}

fn get_event_loop(interp: &mut Interp, _: Args) -> PyResult<Value> {
    if let Some(l) = &interp.running_loop {
        return Ok(Value::Loop(l.clone()));
    }
    match &interp.event_loop {
        CurrentLoop::Set(l) => Ok(Value::Loop(l.clone())),
        // CPython 3.11.7 makes one silently (3.12 warns).
        CurrentLoop::NeverSet => {
            let l = new_event_loop(interp)?;
            interp.event_loop = CurrentLoop::Set(l.clone());
            Ok(Value::Loop(l))
        }
        CurrentLoop::Cleared => Err(runtime_error(
            "There is no current event loop in thread 'MainThread'.",
        )),
    }
}

fn set_event_loop(interp: &mut Interp, a: Args) -> PyResult<Value> {
    interp.event_loop = match a.pos.first() {
        Some(Value::Loop(l)) => CurrentLoop::Set(l.clone()),
        Some(Value::None) | None => CurrentLoop::Cleared,
        Some(other) => {
            return Err(type_error(format!(
                "loop must be an instance of AbstractEventLoop or None, not '{}'",
                type_name(other)
            )));
        }
    };
    Ok(Value::None)
}

fn loop_arg(interp: &Interp, a: &Args) -> PyResult<LoopRef> {
    match a
        .pos
        .first()
        .or(a.kw.iter().find(|(k, _)| &**k == "loop").map(|(_, v)| v))
    {
        Some(Value::Loop(l)) => Ok(l.clone()),
        _ => running(interp),
    }
}

fn current_task(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let _ = loop_arg(interp, &a)?;
    Ok(interp
        .current_task
        .clone()
        .map(Value::Future)
        .unwrap_or(Value::None))
}

fn all_tasks(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let lp = loop_arg(interp, &a)?;
    let tasks: Vec<FutRef> = lp.state.borrow().tasks.iter().cloned().collect();
    let set = interp.new_set();
    for t in tasks.into_iter().filter(|t| !t.done()) {
        interp.set_add(&set, Value::Future(t))?;
    }
    Ok(set)
}

fn iscoroutinefunction(_: &mut Interp, a: Args) -> PyResult<Value> {
    use crate::compile::code::CodeKind;
    let f = match a.pos.first() {
        Some(Value::BoundMethod(m)) => m.func.clone(),
        Some(v) => v.clone(),
        None => Value::None,
    };
    Ok(Value::Bool(match &f {
        Value::Function(func) => func.code.kind == CodeKind::Coroutine,
        // Natives standing for CPython's `async def`s.
        Value::Native(n) => is_sleep(n) || crate::aio::event::is_wait_function(n),
        Value::BuiltinMethod(m) => {
            matches!(m.recv, Value::Queue(_)) && matches!(m.name, "get" | "put" | "join")
        }
        _ => false,
    }))
}

fn name_kw(a: &Args) -> Option<Value> {
    a.kwarg("name").cloned()
}

fn context_kw(a: &Args) -> Option<Value> {
    a.kwarg("context").cloned()
}

/// A loop callback as scheduled: run in `context=` or (once `contextvars` is imported)
/// in a copy of the current context, as CPython's `Handle` does.
fn in_context(interp: &mut Interp, cb: Value, a: &Args) -> PyResult<Value> {
    let ctx = match context_kw(a).filter(|c| !c.is_none()) {
        Some(c) => Some(c),
        None => interp.copy_context()?,
    };
    match ctx {
        Some(c) => interp.bind_context(c, cb),
        None => Ok(cb),
    }
}

fn create_task(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let lp = running(interp)?;
    let coro = a.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::Future(interp.create_task_in(
        &lp,
        coro,
        name_kw(&a),
        context_kw(&a),
    )?))
}

/// `_warn(message, category, stacklevel)`: a warning pointing at the frame that
/// awaits the running coroutine (the user code calling an asyncio coroutine).
fn warn(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let msg = interp.str(a.pos.first().unwrap_or(&Value::None))?;
    let cat = interp.str(a.pos.get(1).unwrap_or(&Value::None))?;
    interp.out.flush();
    let site = interp.current_task.clone().and_then(|t| {
        let root = t.task.as_ref()?.coro.clone();
        crate::interp::coro::awaiter_location(&root)
    });
    match site {
        Some((path, line, text)) => {
            crate::interp::warnings::show(
                &format!("{cat}: {msg}"),
                Some(crate::interp::warnings::WarningSite {
                    path: &path,
                    line,
                    text: &text,
                }),
            );
        }
        None => interp.warn(&cat, &msg, 1),
    }
    Ok(Value::None)
}

// ---- methods of loops, futures and handles ----

fn lp(recv: &Value) -> &LoopRef {
    match recv {
        Value::Loop(l) => l,
        _ => unreachable!("a loop receiver"),
    }
}

fn fut(recv: &Value) -> &FutRef {
    match recv {
        Value::Future(f) => f,
        _ => unreachable!("a future receiver"),
    }
}

fn to_secs(v: Option<&Value>) -> PyResult<f64> {
    match v {
        Some(v) => crate::builtins::numbers::to_f64(v),
        None => Err(type_error("missing delay")),
    }
}

/// `loop.call_soon/call_later/call_at(..., callback, *args)`
fn schedule(l: &LoopRef, when: Option<f64>, cb: Value, args: Vec<Value>) -> PyResult<Value> {
    if l.state.borrow().closed {
        return Err(runtime_error("Event loop is closed"));
    }
    let c = Callback::Py(Box::new((cb, args)));
    Ok(Value::Handle(match when {
        Some(w) => l.call_at(w, c),
        None => l.call_soon(c),
    }))
}

pub fn loop_lookup(name: &str) -> Option<MethodImpl> {
    let f: MethodImpl = match name {
        "create_task" => |i, r, a| {
            let coro = a.pos.first().cloned().unwrap_or(Value::None);
            Ok(Value::Future(i.create_task_in(
                lp(r),
                coro,
                name_kw(&a),
                context_kw(&a),
            )?))
        },
        "create_future" => |_, r, _| Ok(Value::Future(FutureObj::new(lp(r).clone(), None))),
        "run_until_complete" => |i, r, a| {
            let l = lp(r).clone();
            let f = match a.pos.first() {
                Some(Value::Future(f)) => f.clone(),
                Some(c @ Value::Coroutine(_)) => i.create_task(&l, c.clone(), None)?,
                Some(other) => {
                    return Err(type_error(
                        "An asyncio.Future, a coroutine or an awaitable is required".to_string()
                            + &format!(" (got {})", type_name(other)),
                    ));
                }
                None => return Err(type_error("run_until_complete() missing argument")),
            };
            i.run_until_complete(&l, &f)
        },
        "run_forever" => |i, r, _| {
            i.run_forever(&lp(r).clone())?;
            Ok(Value::None)
        },
        "stop" => |_, r, _| {
            lp(r).state.borrow_mut().stopping = true;
            Ok(Value::None)
        },
        "close" => |_, r, _| {
            let mut st = lp(r).state.borrow_mut();
            if st.running {
                return Err(runtime_error("Cannot close a running event loop"));
            }
            st.closed = true;
            Ok(Value::None)
        },
        "is_running" => |_, r, _| Ok(Value::Bool(lp(r).state.borrow().running)),
        "is_closed" => |_, r, _| Ok(Value::Bool(lp(r).state.borrow().closed)),
        "get_debug" => |_, r, _| Ok(Value::Bool(lp(r).state.borrow().debug)),
        "set_debug" => |i, r, a| {
            let d = match a.pos.first() {
                Some(v) => i.truthy(v)?,
                None => false,
            };
            lp(r).state.borrow_mut().debug = d;
            Ok(Value::None)
        },
        "time" => |i, _, _| Ok(Value::Float(i.clock.monotonic())),
        "call_soon" => |i, r, a| {
            let mut it = a.pos.iter().cloned();
            let cb = it
                .next()
                .ok_or_else(|| type_error("call_soon() missing callback"))?;
            let rest = it.collect();
            let cb = in_context(i, cb, &a)?;
            schedule(lp(r), None, cb, rest)
        },
        "call_later" => |i, r, a| {
            let delay = to_secs(a.pos.first())?;
            let mut it = a.pos.iter().skip(1).cloned();
            let cb = it
                .next()
                .ok_or_else(|| type_error("call_later() missing callback"))?;
            let rest = it.collect();
            let cb = in_context(i, cb, &a)?;
            let when = i.clock.monotonic() + delay;
            schedule(lp(r), Some(when), cb, rest)
        },
        "call_at" => |i, r, a| {
            let when = to_secs(a.pos.first())?;
            let mut it = a.pos.iter().skip(1).cloned();
            let cb = it
                .next()
                .ok_or_else(|| type_error("call_at() missing callback"))?;
            let rest = it.collect();
            let cb = in_context(i, cb, &a)?;
            schedule(lp(r), Some(when), cb, rest)
        },
        "set_exception_handler" => |_, r, a| {
            let h = a.pos.first().cloned().filter(|v| !v.is_none());
            lp(r).state.borrow_mut().exception_handler = h;
            Ok(Value::None)
        },
        "get_exception_handler" => |_, r, _| {
            Ok(lp(r)
                .state
                .borrow()
                .exception_handler
                .clone()
                .unwrap_or(Value::None))
        },
        "call_exception_handler" => |i, r, a| {
            let ctx = a.pos.first().cloned().unwrap_or(Value::None);
            i.handle_exception_context(&lp(r).clone(), ctx)?;
            Ok(Value::None)
        },
        "default_exception_handler" => |i, _, a| {
            let ctx = a.pos.first().cloned().unwrap_or(Value::None);
            i.default_exception_handler(&ctx)?;
            Ok(Value::None)
        },
        "shutdown_asyncgens" => |i, r, _| {
            let f = i
                .import_module("asyncio")?
                .globals
                .get("_shutdown_asyncgens");
            match f {
                Some(f) => i.call(&f, Args::new(vec![r.clone()])),
                None => Err(runtime_error("asyncio prelude missing _shutdown_asyncgens")),
            }
        },
        "_take_asyncgens" => |_, r, _| Ok(Value::list(lp(r).take_asyncgens())),
        "run_in_executor" => |i, r, a| {
            let f = i.import_module("asyncio")?.globals.get("_run_in_executor");
            match f {
                Some(f) => {
                    let mut args = vec![r.clone()];
                    args.extend(a.pos);
                    i.call(&f, Args::new(args))
                }
                None => Err(runtime_error("asyncio prelude missing _run_in_executor")),
            }
        },
        "set_default_executor" => |_, _, _| Ok(Value::None),
        "shutdown_default_executor" => |i, _, _| {
            let noop = i.import_module("asyncio")?.globals.get("_noop");
            match noop {
                Some(f) => i.call(&f, Args::default()),
                None => Err(runtime_error("asyncio prelude missing _noop")),
            }
        },
        _ => return None,
    };
    Some(f)
}

pub fn future_lookup(name: &str) -> Option<MethodImpl> {
    let f: MethodImpl = match name {
        "done" => |_, r, _| Ok(Value::Bool(fut(r).done())),
        "cancelled" => |_, r, _| Ok(Value::Bool(fut(r).cancelled())),
        "result" => |_, r, _| future::result(fut(r)),
        "exception" => |_, r, _| future::exception(fut(r)),
        "set_result" => |_, r, a| {
            if fut(r).task.is_some() {
                return Err(runtime_error("Task does not support set_result operation"));
            }
            future::set_result(fut(r), a.pos.into_iter().next().unwrap_or(Value::None))?;
            Ok(Value::None)
        },
        "set_exception" => |i, r, a| {
            if fut(r).task.is_some() {
                return Err(runtime_error(
                    "Task does not support set_exception operation",
                ));
            }
            let e = a.pos.into_iter().next().unwrap_or(Value::None);
            let e = i.make_exception(e)?;
            future::set_exception(fut(r), e)?;
            Ok(Value::None)
        },
        "cancel" => |i, r, a| {
            let msg = a
                .pos
                .first()
                .or(a.kw.iter().find(|(k, _)| &**k == "msg").map(|(_, v)| v))
                .cloned();
            let f = fut(r).clone();
            let children = f.inner.borrow().gather_children();
            if let Some(children) = children {
                if f.done() {
                    return Ok(Value::Bool(false));
                }
                let mut ret = false;
                for c in children {
                    if i.cancel(&c, msg.clone()) {
                        ret = true;
                    }
                }
                if ret {
                    f.inner.borrow_mut().rare_mut().gather_cancel_requested = true;
                }
                return Ok(Value::Bool(ret));
            }
            Ok(Value::Bool(i.cancel(&f, msg)))
        },
        "add_done_callback" => |i, r, a| {
            let cb = a
                .pos
                .first()
                .cloned()
                .ok_or_else(|| type_error("add_done_callback() missing fn"))?;
            // Run in `context=` or, once `contextvars` is imported, in a copy of the
            // current context (CPython's `Future.add_done_callback`).
            let ctx = match context_kw(&a).filter(|c| !c.is_none()) {
                Some(c) => Some(c),
                None => i.copy_context()?,
            };
            let cb = match ctx {
                Some(c) => DoneCb::PyCtx(Box::new((cb, c))),
                None => DoneCb::Py(cb),
            };
            future::add_done_callback(fut(r), cb);
            Ok(Value::None)
        },
        "remove_done_callback" => |_, r, a| {
            let cb = a.pos.into_iter().next().unwrap_or(Value::None);
            Ok(Value::Int(
                future::remove_done_callback(fut(r), &DoneCb::Py(cb)) as i64,
            ))
        },
        "get_loop" => |_, r, _| Ok(Value::Loop(fut(r).loop_.clone())),
        "get_name" => |_, r, _| match &fut(r).task {
            Some(_) => Ok(fut(r).task_name()),
            None => Err(crate::interp::attr::no_attr(r, "get_name")),
        },
        "set_name" => |i, r, a| match &fut(r).task {
            Some(_) => {
                let v = a.pos.into_iter().next().unwrap_or(Value::None);
                let s = i.str(&v)?;
                fut(r).set_task_name(std::rc::Rc::new(crate::runtime::value::PyStr::new(s)));
                Ok(Value::None)
            }
            None => Err(crate::interp::attr::no_attr(r, "set_name")),
        },
        "get_coro" => |_, r, _| match &fut(r).task {
            Some(t) => Ok(Value::Coroutine(t.coro.clone())),
            None => Err(crate::interp::attr::no_attr(r, "get_coro")),
        },
        "cancelling" => |_, r, _| match &fut(r).task {
            Some(t) => Ok(Value::Int(t.num_cancels_requested() as i64)),
            None => Err(crate::interp::attr::no_attr(r, "cancelling")),
        },
        "uncancel" => |_, r, _| match &fut(r).task {
            Some(t) => {
                let n = t.num_cancels_requested().saturating_sub(1);
                t.set_num_cancels_requested(n);
                Ok(Value::Int(n as i64))
            }
            None => Err(crate::interp::attr::no_attr(r, "uncancel")),
        },
        "_make_cancelled_error" => |_, r, _| Ok(make_cancelled_error(fut(r)).value()),
        "_set_gather_children" => |i, r, a| {
            let items = i.iterate(a.pos.first().unwrap_or(&Value::None))?;
            let children = items
                .into_iter()
                .filter_map(|v| match v {
                    Value::Future(f) => Some(f),
                    _ => None,
                })
                .collect();
            fut(r).inner.borrow_mut().rare_mut().gather_children = Some(children);
            Ok(Value::None)
        },
        _ => return None,
    };
    Some(f)
}

/// Attributes of futures that are data, not methods.
pub fn future_attr(f: &FutRef, name: &str) -> Option<Value> {
    let inner = f.inner.borrow();
    match name {
        "_cancel_message" => Some(inner.cancel_message().unwrap_or(Value::None)),
        "_gather_cancel_requested" => Some(Value::Bool(inner.gather_cancel_requested())),
        "_state" => Some(Value::str(match inner.state {
            future::FutState::Pending => "PENDING",
            future::FutState::Cancelled => "CANCELLED",
            future::FutState::Finished => "FINISHED",
        })),
        _ => None,
    }
}

pub fn handle_lookup(name: &str) -> Option<MethodImpl> {
    let f: MethodImpl = match name {
        "cancel" => |_, r, _| {
            if let Value::Handle(h) = r {
                h.cancel();
            }
            Ok(Value::None)
        },
        "cancelled" => |_, r, _| match r {
            Value::Handle(h) => Ok(Value::Bool(h.cancelled.get())),
            _ => unreachable!(),
        },
        "when" => |_, r, _| match r {
            Value::Handle(h) => match h.when {
                Some(w) => Ok(Value::Float(w)),
                None => Err(crate::interp::attr::no_attr(r, "when")),
            },
            _ => unreachable!(),
        },
        _ => return None,
    };
    Some(f)
}

/// `asyncio.Future(*, loop=None)` and `asyncio.Task(coro, *, loop=None, name=None)`.
pub fn construct(interp: &mut Interp, is_task: bool, a: Args) -> PyResult<Value> {
    let lp = match a.kw.iter().find(|(k, _)| &**k == "loop") {
        Some((_, Value::Loop(l))) => l.clone(),
        _ => match &interp.running_loop {
            Some(l) => l.clone(),
            None => match get_event_loop(interp, Args::default())? {
                Value::Loop(l) => l,
                _ => unreachable!(),
            },
        },
    };
    if is_task {
        let coro = a.pos.first().cloned().unwrap_or(Value::None);
        return Ok(Value::Future(interp.create_task(&lp, coro, name_kw(&a))?));
    }
    if !a.pos.is_empty() {
        return Err(value_error("Future() takes no positional arguments"));
    }
    Ok(Value::Future(FutureObj::new(lp, None)))
}
