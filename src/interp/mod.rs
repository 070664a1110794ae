//! The interpreter: runs compiled code. `Interp` holds the state shared by every frame
//! (modules, the exceptions being handled, recursion depth, output).

pub mod attr;
pub mod call;
pub mod coro;
pub mod eval;
pub mod frame;
pub mod gen_obj;
pub mod iters;
pub mod modules;
pub mod ops;
pub mod output;
pub mod protocols;
pub mod repr;
pub mod traceback;

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
}

impl Interp {
    pub fn new(argv: Vec<String>, script_dir: PathBuf) -> Interp {
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
        };
        crate::builtins::install(&mut interp);
        interp
    }

    /// Look up a builtin (the compile-time fallback of unbound globals).
    pub fn builtin(&self, name: &str) -> Option<Value> {
        self.builtins.get(name)
    }
}
