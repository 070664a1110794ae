//! Importable builtin modules, one file each.

mod math;
mod sys;

use std::rc::Rc;

use crate::builtins::native;
use crate::interp::Interp;
use crate::runtime::object::{Globals, Module, NativeImpl};
use crate::runtime::value::{Name, Value};

/// Names of the modules coropy provides natively.
const MODULES: &[&str] = &["builtins", "math", "sys"];

pub fn is_builtin_module(name: &str) -> bool {
    MODULES.contains(&name)
}

/// Build the builtin module `name`, if there is one.
pub fn make_module(interp: &mut Interp, name: &str) -> Option<Module> {
    if name == "builtins" {
        // The interpreter's own builtins namespace: `builtins.len`, and assignments
        // to `builtins.x` are seen by every module's name lookups.
        return Some(Module {
            name: Name::from(name),
            globals: interp.builtins.clone(),
        });
    }
    let globals = Rc::new(Globals::new());
    globals.set("__name__", Value::str(name));
    match name {
        "math" => math::install(&globals),
        "sys" => sys::install(interp, &globals),
        _ => return None,
    }
    Some(Module {
        name: Name::from(name),
        globals,
    })
}

/// Add native functions to a module namespace.
pub fn add_functions(globals: &Globals, fns: &[(&'static str, NativeImpl)]) {
    for &(name, f) in fns {
        globals.set(name, native(name, f));
    }
}
