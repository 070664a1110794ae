//! The interpreter: runs compiled code. `Interp` holds the state shared by every frame
//! (modules, the exceptions being handled, recursion depth, output).

pub mod agen;
pub mod assign;
pub mod attr;
pub mod await_call;
pub mod call;
pub mod chain;
pub mod clock;
pub mod coro;
pub mod eval;
mod eval_call;
mod exc_raise;
pub mod frame;
pub mod gen_obj;
pub mod hash;
pub mod items;
pub mod iters;
pub mod metaclass;
pub mod modules;
pub mod numeric;
pub mod ops;
pub mod output;
pub mod protocols;
pub mod repr;
pub mod table;
pub mod traceback;
pub mod warnings;

use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

use crate::runtime::exc::Exc;
use crate::runtime::object::{Globals, Module};
use crate::runtime::value::{Name, Value};

pub type PyResult<T> = Result<T, Exc>;

/// How a program ends.
pub enum ExitStatus {
    Ok,
    /// An uncaught exception (already rendered to stderr) or `sys.exit(code)`.
    Code(i32),
}

/// The event loop policy's current loop, as `get_event_loop()` sees it outside a
/// running loop.
pub enum CurrentLoop {
    /// `set_event_loop` never called: `get_event_loop()` makes and sets a new loop.
    NeverSet,
    Set(crate::aio::event_loop::LoopRef),
    /// `set_event_loop(None)` (as `asyncio.run` does when it ends): `get_event_loop()`
    /// raises RuntimeError.
    Cleared,
}

pub struct Interp {
    /// Exceptions currently being handled (innermost last), across all frames.
    pub handled: Vec<Exc>,
    /// Python call depth, for RecursionError.
    pub depth: usize,
    pub recursion_limit: usize,
    /// Imported modules by name.
    pub modules: HashMap<Name, Rc<Module>>,
    /// The `builtins` namespace.
    pub builtins: Rc<Globals>,
    pub out: output::Output,
    pub next_frame_id: u64,
    pub argv: Vec<String>,
    /// Directory of the main script: user modules are imported from here.
    pub script_dir: PathBuf,
    /// Objects being repr'd (to print `[...]` for recursive containers).
    pub repr_stack: Vec<usize>,
    /// Real or virtual time, for `time` and the event loop.
    pub clock: clock::Clock,
    /// The loop currently running (`get_running_loop()`).
    pub running_loop: Option<crate::aio::event_loop::LoopRef>,
    /// The loop set by `set_event_loop` (`get_event_loop()` outside a running loop).
    pub event_loop: CurrentLoop,
    /// The task whose step is running.
    pub current_task: Option<crate::aio::future::FutRef>,
    /// Numbering of `Task-N` names (process-wide, like CPython's).
    pub task_counter: u64,
    /// Call sites of the Python calls in progress (code, instruction index), innermost
    /// last: where warnings point and where a coroutine was created.
    pub call_sites: Vec<(Rc<crate::compile::code::FuncCode>, usize)>,
    /// Cleared slot vectors of finished frames, reused by new ones.
    pub slot_pool: Vec<frame::Slots>,
    /// Frames of inline-awaited coroutines that suspended, innermost first, waiting
    /// for the driver to put them on the await chain (`await_call.rs`).
    pub pending_frames: Vec<Box<frame::Frame>>,
    /// Boxes of finished frames, for reuse (`Interp::boxed_frame`).
    pub frame_pool: Vec<Box<frame::Frame>>,
    /// The text of the f-string being built (reused, so building allocates nothing).
    pub fbuf: String,
    /// The classes of asyncio's queues, once `asyncio_queues.py` is loaded.
    pub queue_classes: Option<Rc<crate::aio::queue::QueueClasses>>,
    /// Finished queue coroutines for reuse (`aio/queue.rs`).
    pub queue_coro_pool: Vec<crate::interp::gen_obj::GenRef>,
    /// The current `contextvars.Context` (None until a context is needed).
    pub context: Option<Value>,
    /// Set when `contextvars` is imported: from then on tasks and scheduled callbacks
    /// carry contexts (programs that never import it pay nothing).
    pub contextvars_loaded: bool,
    /// The context of each task created since then, by task sequence number.
    pub task_contexts: std::collections::HashMap<u64, Value>,
    /// The `__class__` cell of the `class` statement whose metaclass is running.
    pub class_cell: Option<metaclass::PendingCell>,
}

impl Interp {
    pub fn new(argv: Vec<String>, script_dir: PathBuf, virtual_clock: bool) -> Interp {
        let mut interp = Interp {
            handled: Vec::new(),
            depth: 0,
            recursion_limit: 1000,
            modules: HashMap::new(),
            builtins: Rc::new(Globals::new()),
            out: output::Output::new(),
            next_frame_id: 1,
            argv,
            script_dir,
            repr_stack: Vec::new(),
            clock: clock::Clock::new(virtual_clock),
            running_loop: None,
            event_loop: CurrentLoop::NeverSet,
            current_task: None,
            task_counter: 0,
            call_sites: Vec::new(),
            slot_pool: Vec::new(),
            pending_frames: Vec::new(),
            frame_pool: Vec::new(),
            fbuf: String::new(),
            context: None,
            contextvars_loaded: false,
            task_contexts: std::collections::HashMap::new(),
            class_cell: None,
            queue_classes: None,
            queue_coro_pool: Vec::new(),
        };
        crate::builtins::install(&mut interp);
        interp
    }

    /// Print a warning CPython-style: `file:line: Category: message` and the source line
    /// of the call site `stacklevel` levels up (1 = the innermost Python call site).
    pub fn warn(&mut self, category: &str, message: &str, stacklevel: usize) {
        self.out.flush();
        let site = self
            .call_sites
            .len()
            .checked_sub(stacklevel)
            .and_then(|i| self.call_sites.get(i));
        let text = format!("{category}: {message}");
        match site {
            Some((code, pc)) => warnings::show_at(&text, Some(code), *pc),
            None => warnings::show(&text, None),
        };
    }

    /// Look up a builtin (the compile-time fallback of unbound globals).
    pub fn builtin(&self, name: &str) -> Option<Value> {
        self.builtins.get(name)
    }
}
