//! The asyncio machinery: futures and tasks (`future.rs`), the event loop with its FIFO
//! ready queue and (deadline, sequence)-ordered timers (`event_loop.rs`), and tasks
//! driving their coroutine's await chain one step at a time (`task.rs`).
//!
//! Ordering follows CPython 3.11 exactly: a task's first step is scheduled with
//! `call_soon`; a finished future schedules its done callbacks with `call_soon`; a
//! task blocked on a future resumes from such a callback (one turn later).

pub mod event;
pub mod event_loop;
mod exception_handler;
pub mod future;
pub mod queue;
mod queue_heap;
pub mod task;

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::object::{BuiltinType, Class, attr_map};
use crate::runtime::types::{c3_mro, types};
use crate::runtime::value::Name;

/// The asyncio classes.
pub struct AioTypes {
    pub future: Rc<Class>,
    pub task: Rc<Class>,
    pub event_loop: Rc<Class>,
    pub handle: Rc<Class>,
    pub timer_handle: Rc<Class>,
    pub cancelled_error: Rc<Class>,
    pub invalid_state_error: Rc<Class>,
}

fn class(name: &str, module: &str, bases: Vec<Rc<Class>>, kind: BuiltinType) -> Rc<Class> {
    let mro = c3_mro(&bases).expect("consistent");
    Rc::new(Class {
        name: Name::from(name),
        qualname: Name::from(name),
        module: Name::from(module),
        bases,
        mro,
        dict: RefCell::new(attr_map()),
        builtin: kind,
        is_builtin: true,
        metaclass: None,
    })
}

impl AioTypes {
    fn new() -> AioTypes {
        let t = types();
        let object = || vec![t.object.clone()];
        let future = class("Future", "_asyncio", object(), BuiltinType::Object);
        let handle = class("Handle", "asyncio.events", object(), BuiltinType::Object);
        AioTypes {
            task: class(
                "Task",
                "_asyncio",
                vec![future.clone()],
                BuiltinType::Object,
            ),
            future,
            event_loop: class(
                "_UnixSelectorEventLoop",
                "asyncio.unix_events",
                object(),
                BuiltinType::Object,
            ),
            timer_handle: class(
                "TimerHandle",
                "asyncio.events",
                vec![handle.clone()],
                BuiltinType::Object,
            ),
            handle,
            cancelled_error: class(
                "CancelledError",
                "asyncio.exceptions",
                vec![t.exc("BaseException")],
                BuiltinType::BaseException,
            ),
            invalid_state_error: class(
                "InvalidStateError",
                "asyncio.exceptions",
                vec![t.exc("Exception")],
                BuiltinType::BaseException,
            ),
        }
    }
}

thread_local! {
    static AIO: &'static AioTypes = Box::leak(Box::new(AioTypes::new()));
}

pub fn aio_types() -> &'static AioTypes {
    AIO.with(|t| *t)
}

/// `asyncio.CancelledError(msg)` (no args when `msg` is None).
pub fn cancelled_error(msg: Option<crate::runtime::value::Value>) -> crate::runtime::exc::Exc {
    let args = match msg {
        Some(crate::runtime::value::Value::None) | None => vec![],
        Some(m) => vec![m],
    };
    crate::runtime::exc::Exc::with_args(aio_types().cancelled_error.clone(), args)
}

pub fn invalid_state(msg: &str) -> crate::runtime::exc::Exc {
    crate::runtime::exc::Exc::with_args(
        aio_types().invalid_state_error.clone(),
        vec![crate::runtime::value::Value::str(msg)],
    )
}
