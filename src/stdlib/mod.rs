//! Importable builtin modules, one file each.

pub mod asyncio;
mod contextvars;
mod datetime;
mod frozen;
mod math;
mod mt19937;
mod os;
mod random;
mod re;
mod re_ast;
mod re_engine;
mod re_parse;
mod sys;
mod time;
mod traceback;

use std::rc::Rc;

use crate::builtins::native;
use crate::interp::{Interp, PyResult};
use crate::runtime::object::{Globals, Module, NativeImpl};
use crate::runtime::value::{Name, Value};

/// Names of the modules coropy provides natively.
const MODULES: &[&str] = &[
    "asyncio",
    "builtins",
    "datetime",
    "math",
    "random",
    "sys",
    "time",
    "traceback",
    "os",
    "contextvars",
    "re",
];

/// Modules written entirely in Python, embedded: (name, source).
const PY_MODULES: &[(&str, &str)] = &[
    ("__future__", include_str!("__future__.py")),
    ("types", include_str!("types.py")),
    ("typing", include_str!("typing.py")),
    ("dataclasses", include_str!("dataclasses.py")),
    ("functools", include_str!("functools.py")),
    ("contextlib", include_str!("contextlib.py")),
    ("collections", include_str!("collections.py")),
    ("itertools", include_str!("itertools.py")),
    ("operator", include_str!("operator.py")),
    ("logging", include_str!("logging.py")),
    ("unittest", include_str!("unittest.py")),
    ("unittest.mock", include_str!("unittest_mock.py")),
    ("importlib", include_str!("importlib.py")),
    ("argparse", include_str!("argparse.py")),
    ("abc", include_str!("abc.py")),
    ("copy", include_str!("copy.py")),
    ("concurrent", include_str!("concurrent.py")),
    ("concurrent.futures", include_str!("concurrent_futures.py")),
    ("difflib", include_str!("difflib.py")),
    ("pprint", include_str!("pprint.py")),
    ("json", include_str!("json.py")),
    ("heapq", include_str!("heapq.py")),
    ("string", include_str!("string.py")),
    ("enum", include_str!("enum.py")),
];

pub fn is_builtin_module(name: &str) -> bool {
    MODULES.contains(&name) || PY_MODULES.iter().any(|&(n, _)| n == name)
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
        "time" => time::install(&globals),
        "asyncio" => asyncio::install(&globals),
        "random" => random::install(&globals),
        "datetime" => datetime::install(&globals),
        "traceback" => traceback::install(&globals),
        "os" => os::install(&globals),
        "contextvars" => contextvars::install(&globals),
        "re" => re::install(&globals),
        _ => match PY_MODULES.iter().find(|&&(n, _)| n == name) {
            Some(&(file, source)) => {
                // Registered before it runs, so modules importing each other work.
                let module = Rc::new(Module {
                    name: Name::from(name),
                    globals: globals.clone(),
                });
                interp.modules.insert(Name::from(name), module);
                run_embedded(interp, file, source, &globals);
                interp.modules.remove(name);
            }
            None => return None,
        },
    }
    for &(file, source) in embedded_sources(name) {
        run_embedded(interp, file, source, &globals);
    }
    Some(Module {
        name: Name::from(name),
        globals,
    })
}

/// The Python part of a builtin module as `(file name, source)` pairs, run in order in
/// its namespace after its natives are installed (so the sources can use them).
fn embedded_sources(name: &str) -> &'static [(&'static str, &'static str)] {
    match name {
        "asyncio" => asyncio::SOURCES,
        "random" => &[("random", random::SOURCE)],
        "datetime" => &[("datetime", datetime::SOURCE)],
        "os" => &[("os", os::SOURCE)],
        "contextvars" => &[("contextvars", contextvars::SOURCE)],
        "re" => &[("re", re::SOURCE)],
        _ => &[],
    }
}

/// Run one embedded source file now (a module's lazily compiled part).
pub fn load_embedded(interp: &mut Interp, module: &str, file: &str, source: &str) -> PyResult<()> {
    let globals = interp.import_module(module)?.globals.clone();
    run_embedded(interp, file, source, &globals);
    Ok(())
}

/// Run one embedded source file (`<coropy:FILE.py>` in tracebacks). The source is part
/// of coropy, so an error in it is a bug in the interpreter, not in the user's program.
fn run_embedded(interp: &mut Interp, name: &str, source: &str, globals: &Rc<Globals>) {
    let path = format!("<coropy:{name}.py>");
    let run = match frozen::lookup(source) {
        Some(ast) => interp.exec_ast(&path, source, &ast, globals),
        None => interp.exec_source(&path, source, globals),
    };
    if let Err(e) = run {
        let msg = interp.render_exception(&e);
        panic!("coropy bug: embedded module '{name}' failed to initialise:\n{msg}");
    }
}

/// Add native functions to a module namespace.
pub fn add_functions(globals: &Globals, fns: &[(&'static str, NativeImpl)]) {
    for &(name, f) in fns {
        globals.set(name, native(name, f));
    }
}
