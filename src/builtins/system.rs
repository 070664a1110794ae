//! Builtins about the program itself: `exit`/`quit`, `__import__`, `globals`/`locals`
//! called indirectly, and the CPython builtins coropy does not support (`open`,
//! `eval`, `bytes`, ...), which exist and raise `NotImplementedError` naming themselves.

use super::functions::reject_kwargs;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{Exc, type_error, value_error};
use crate::runtime::object::Args;
use crate::runtime::types::types;
use crate::runtime::value::Value;

/// `globals()` / `locals()` called directly are compiled to read the calling frame;
/// reaching this native means an indirect call (`g = globals; g()`).
pub fn frame_fn(_: &mut Interp, _: Args) -> PyResult<Value> {
    Err(Exc::new(
        "RuntimeError",
        "globals()/locals() can only be called directly in coropy",
    ))
}

/// The builtins `exit` and `quit`, also `sys.exit(code)`: raise `SystemExit(code)`.
pub fn exit(_: &mut Interp, args: Args) -> PyResult<Value> {
    let code = args.pos.into_iter().next();
    Err(Exc::with_args(
        types().exc("SystemExit"),
        code.into_iter().filter(|c| !c.is_none()).collect(),
    ))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the module
/// `name` (imported if needed) when `fromlist` is non-empty, else its top-level
/// package, as an import statement binds them.
pub fn import(interp: &mut Interp, args: Args) -> PyResult<Value> {
    reject_kwargs(
        &args,
        "__import__",
        &["globals", "locals", "fromlist", "level"],
    )?;
    let arg = |i: usize, name: &str| args.pos.get(i).or_else(|| args.kwarg(name)).cloned();
    let name = match args.pos.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(_) => return Err(type_error("module name must be a string")),
        None => {
            return Err(type_error(
                "__import__() missing required argument 'name' (pos 1)",
            ));
        }
    };
    if let Some(level) = arg(4, "level")
        && !matches!(level, Value::Int(0))
    {
        return Err(Exc::new(
            "NotImplementedError",
            "__import__() with a relative level is not supported by coropy",
        ));
    }
    if name.is_empty() {
        return Err(value_error("Empty module name"));
    }
    let leaf = match arg(3, "fromlist") {
        Some(f) => interp.truthy(&f)?,
        None => false,
    };
    interp.import(&name, leaf)
}

pub fn open(_: &mut Interp, _: Args) -> PyResult<Value> {
    Err(Exc::new(
        "NotImplementedError",
        "open() (file I/O) is not supported by coropy",
    ))
}

/// CPython builtins coropy does not implement: each exists (so `print(eval)` works
/// and a user's own definition still shadows it) and calling it raises
/// `NotImplementedError` naming it, instead of a puzzling `NameError`.
macro_rules! unsupported {
    ($($f:ident $name:literal $why:literal),* $(,)?) => {$(
        pub fn $f(_: &mut Interp, _: Args) -> PyResult<Value> {
            Err(Exc::new(
                "NotImplementedError",
                concat!($name, "() is not supported by coropy", $why),
            ))
        }
    )*};
}

unsupported! {
    eval "eval" " (no runtime compilation)",
    exec "exec" " (no runtime compilation)",
    compile "compile" " (no runtime compilation)",
    breakpoint "breakpoint" " (no debugger)",
    help "help" "",
    bytes "bytes" " (no bytes type)",
    bytearray "bytearray" " (no bytes type)",
    memoryview "memoryview" " (no bytes type)",
    complex "complex" " (no complex numbers)",
}
