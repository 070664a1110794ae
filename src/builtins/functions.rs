//! Builtin functions (`print`, `len`, `sorted`, `isinstance`, ...).

use std::rc::Rc;

use super::{numbers, system};
use crate::interp::iters::{IterState, new_iter};
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{Exc, type_error, value_error};
use crate::runtime::object::{Args, NativeImpl, OneArgImpl};
use crate::runtime::types::{class_of, type_name};
use crate::runtime::value::Value;
use crate::syntax::ast::CmpOp;

pub const FUNCTIONS: &[(&str, NativeImpl)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("hash", hash),
    ("id", id),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("iter", iter),
    ("next", next),
    ("aiter", aiter),
    ("anext", anext),
    ("sorted", sorted),
    ("reversed", reversed),
    ("enumerate", enumerate),
    ("zip", zip),
    ("map", map),
    ("filter", filter),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("any", any),
    ("all", all),
    ("abs", numbers::abs),
    ("round", numbers::round),
    ("divmod", numbers::divmod),
    ("pow", numbers::pow),
    ("bin", numbers::bin),
    ("oct", numbers::oct),
    ("hex", numbers::hex),
    ("chr", chr),
    ("ord", ord),
    ("callable", callable),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("format", format),
    ("input", input),
    ("vars", vars),
    ("dir", dir),
    ("globals", system::frame_fn),
    ("locals", system::frame_fn),
    ("open", system::open),
    ("exit", system::exit),
    ("quit", system::exit),
    ("eval", system::eval),
    ("exec", system::exec),
    ("compile", system::compile),
    ("__import__", system::import),
    ("breakpoint", system::breakpoint),
    ("help", system::help),
    ("bytes", system::bytes),
    ("bytearray", system::bytearray),
    ("memoryview", system::memoryview),
    ("complex", system::complex),
];

fn kwarg<'a>(args: &'a Args, name: &str) -> Option<&'a Value> {
    args.kwarg(name)
}

pub(super) fn reject_kwargs(args: &Args, name: &str, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in &args.kw {
        if !allowed.contains(&&**k) {
            return Err(type_error(format!(
                "{name}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    Ok(())
}

fn print(interp: &mut Interp, args: Args) -> PyResult<Value> {
    reject_kwargs(&args, "print", &["sep", "end", "flush", "file"])?;
    let text_arg = |name: &str, default: &str| -> PyResult<String> {
        match kwarg(&args, name) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(type_error(format!(
                "{name} must be None or a string, not {}",
                type_name(other)
            ))),
        }
    };
    let sep = text_arg("sep", " ")?;
    let end = text_arg("end", "\n")?;
    let to_stderr = matches!(kwarg(&args, "file"), Some(Value::Module(m)) if &*m.name == "sys.stderr")
        || matches!(kwarg(&args, "file"), Some(Value::Str(s)) if s.as_str() == "<stderr>");
    let mut out = String::new();
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&interp.str(v)?);
    }
    out.push_str(&end);
    if to_stderr {
        interp.out.flush();
        eprint!("{out}");
    } else {
        interp.out.write_str(&out);
        if matches!(kwarg(&args, "flush"), Some(v) if !matches!(v, Value::Bool(false) | Value::None))
        {
            interp.out.flush();
        }
    }
    Ok(Value::None)
}

/// Builtins with a one-argument entry point (`NativeFn::one_arg`), each the same
/// function as its `FUNCTIONS` entry called with exactly that argument; each runs
/// Python code only for an instance argument (`NativeFn::one_arg_native`).
pub const ONE_ARG: &[(&str, OneArgImpl)] = &[("len", len1), ("abs", numbers::abs1)];

fn len(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = numbers::exactly_one(&args, "len")?;
    len1(interp, &v)
}

fn len1(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(interp.len(v)? as i64))
}

fn repr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = numbers::exactly_one(&args, "repr")?;
    Ok(Value::string(interp.repr(&v)?))
}

fn ascii(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = numbers::exactly_one(&args, "ascii")?;
    let r = interp.repr(&v)?;
    Ok(Value::string(crate::interp::repr::ascii(&r)))
}

fn hash(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = numbers::exactly_one(&args, "hash")?;
    Ok(Value::Int(interp.hash(&v)? as i64))
}

fn id(_: &mut Interp, args: Args) -> PyResult<Value> {
    let v = numbers::exactly_one(&args, "id")?;
    Ok(Value::Int(v.addr() as i64))
}

/// `isinstance(obj, cls_or_tuple)` as a bool.
pub fn is_instance(interp: &mut Interp, obj: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Class(c) => {
            if class_of(obj).is_subclass(c) {
                return Ok(true);
            }
            // A metaclass's `__instancecheck__` (an ABC's registered classes).
            match crate::interp::metaclass::meta_method(cls, "__instancecheck__") {
                Some(m) => {
                    let r = interp.call(&m, Args::new(vec![cls.clone(), obj.clone()]))?;
                    interp.truthy(&r)
                }
                None => Ok(false),
            }
        }
        Value::Tuple(items) => {
            for c in items.iter() {
                if is_instance(interp, obj, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => match union_args(cls) {
            Some(items) => is_instance(interp, obj, &items),
            None => Err(type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            )),
        },
    }
}

/// The members of a `types.UnionType` (`int | None`) as a tuple.
fn union_args(v: &Value) -> Option<Value> {
    let Value::Instance(inst) = v else {
        return None;
    };
    if &*inst.class.name != "UnionType" || &*inst.class.module != "types" {
        return None;
    }
    inst.dict.borrow().get("__args__").cloned()
}

fn isinstance(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "isinstance expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    Ok(Value::Bool(is_instance(
        interp,
        &args.pos[0],
        &args.pos[1],
    )?))
}

fn issubclass(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "issubclass expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let c = &args.pos[0];
    if !matches!(c, Value::Class(_)) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    fn check(interp: &mut Interp, c: &Value, t: &Value) -> PyResult<bool> {
        let Value::Class(cls) = c else {
            unreachable!("checked to be a class")
        };
        match t {
            Value::Class(tc) if cls.is_subclass(tc) => Ok(true),
            // A metaclass's `__subclasscheck__` (an ABC's registered classes).
            Value::Class(_) => {
                match crate::interp::metaclass::meta_method(t, "__subclasscheck__") {
                    Some(m) => {
                        let r = interp.call(&m, Args::new(vec![t.clone(), c.clone()]))?;
                        interp.truthy(&r)
                    }
                    None => Ok(false),
                }
            }
            Value::Tuple(items) => {
                for x in items.iter() {
                    if check(interp, c, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => match union_args(t) {
                Some(items) => check(interp, c, &items),
                None => Err(type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                )),
            },
        }
    }
    Ok(Value::Bool(check(interp, c, &args.pos[1])?))
}

fn iter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos.as_slice() {
        [v] => interp.iter(v),
        [f, sentinel] => Ok(new_iter(IterState::Callable(f.clone(), sentinel.clone()))),
        _ => Err(type_error(format!(
            "iter expected at most 2 arguments, got {}",
            args.pos.len()
        ))),
    }
}

fn next(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (it, default) = match args.pos.as_slice() {
        [it] => (it, None),
        [it, d] => (it, Some(d)),
        _ => {
            return Err(type_error(format!(
                "next expected at most 2 arguments, got {}",
                args.pos.len()
            )));
        }
    };
    let is_iter = matches!(it, Value::Iter(_) | Value::Generator(_))
        || matches!(it, Value::Instance(i) if i.class.lookup("__next__").is_some());
    if !is_iter {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        )));
    }
    if let (Value::Instance(_), None) = (it, default) {
        return interp.call_method(it, "__next__", Args::default());
    }
    // A generator's return value travels in StopIteration.value.
    if let (Value::Generator(g), None) = (it, default) {
        return crate::interp::gen_obj::gen_send(interp, g, Value::None);
    }
    match interp.next(it)? {
        Some(v) => Ok(v),
        None => match default {
            Some(d) => Ok(d.clone()),
            None => {
                // A generator's return value travels in StopIteration.
                Err(Exc::bare("StopIteration"))
            }
        },
    }
}

/// `aiter(obj)`: `type(obj).__aiter__(obj)`, which must be an async iterator.
fn aiter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [obj] = args.pos.as_slice() else {
        return Err(type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    };
    let Ok(m) = interp.special_method(obj, "__aiter__", "") else {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            type_name(obj)
        )));
    };
    let it = interp.call(&m, Args::default())?;
    if interp.special_method(&it, "__anext__", "").is_err() {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            type_name(&it)
        )));
    }
    Ok(it)
}

/// `anext(it[, default])`: the awaitable of `type(it).__anext__(it)`; with a default,
/// one whose StopAsyncIteration becomes the default.
fn anext(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (it, default) = match args.pos.as_slice() {
        [it] => (it, None),
        [it, d] => (it, Some(d.clone())),
        [] => return Err(type_error("anext expected at least 1 argument, got 0")),
        more => {
            return Err(type_error(format!(
                "anext expected at most 2 arguments, got {}",
                more.len()
            )));
        }
    };
    let Ok(m) = interp.special_method(it, "__anext__", "") else {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            type_name(it)
        )));
    };
    let aw = interp.call(&m, Args::default())?;
    Ok(match default {
        None => aw,
        Some(d) => crate::interp::agen::anext_with_default(aw, d),
    })
}

fn sorted(interp: &mut Interp, args: Args) -> PyResult<Value> {
    reject_kwargs(&args, "sorted", &["key", "reverse"])?;
    let v = match args.pos.as_slice() {
        [v] => v.clone(),
        _ => {
            return Err(type_error(format!(
                "sorted expected 1 argument, got {}",
                args.pos.len()
            )));
        }
    };
    let items = interp.iterate(&v)?;
    let reverse = match kwarg(&args, "reverse") {
        Some(r) => interp.truthy(r)?,
        None => false,
    };
    let sorted = super::sort::sort_values(interp, items, kwarg(&args, "key"), reverse)?;
    Ok(Value::list(sorted))
}

fn reversed(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = numbers::exactly_one(&args, "reversed")?;
    let items: Rc<[Value]> = match &v {
        Value::List(l) => l.borrow().clone().into(),
        Value::Tuple(t) => t.as_slice().into(),
        Value::Str(_) | Value::Range(_) | Value::DictView(_) => interp.iterate(&v)?.into(),
        Value::Dict(d) => d.borrow().keys().into(),
        Value::Instance(inst) if inst.class.lookup("__reversed__").is_some() => {
            return interp.call_method(&v, "__reversed__", Args::default());
        }
        Value::Class(_)
            if let Some(m) = crate::interp::metaclass::meta_method(&v, "__reversed__") =>
        {
            return interp.call(&m, Args::new(vec![v.clone()]));
        }
        Value::Instance(inst) if inst.class.lookup("__getitem__").is_some() => {
            let n = interp.len(&v)?;
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                out.push(interp.getitem(&v, &Value::Int(i as i64))?);
            }
            out.into()
        }
        other => {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                type_name(other)
            )));
        }
    };
    let n = items.len();
    Ok(new_iter(IterState::Reversed(items, n)))
}

fn enumerate(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v =
        args.pos.first().cloned().ok_or_else(|| {
            type_error("enumerate() missing required argument 'iterable' (pos 1)")
        })?;
    let start = match args.pos.get(1).or(kwarg(&args, "start")) {
        Some(s) => numbers::to_i64(s).ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(s)
            ))
        })?,
        None => 0,
    };
    let it = interp.iter(&v)?;
    Ok(new_iter(IterState::Enumerate(it, start)))
}

fn zip(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let strict = match kwarg(&args, "strict") {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    let mut iters = Vec::with_capacity(args.pos.len());
    for (i, v) in args.pos.iter().enumerate() {
        if !interp.is_iterable(v) {
            return Err(type_error(format!(
                "zip argument #{} must support iteration",
                i + 1
            )));
        }
        iters.push(interp.iter(v)?);
    }
    Ok(new_iter(IterState::Zip(iters, strict)))
}

fn map(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let f = args.pos[0].clone();
    let mut iters = Vec::new();
    for v in &args.pos[1..] {
        iters.push(interp.iter(v)?);
    }
    Ok(new_iter(IterState::Map(f, iters)))
}

fn filter(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "filter expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let it = interp.iter(&args.pos[1])?;
    Ok(new_iter(IterState::Filter(args.pos[0].clone(), it)))
}

fn min_max(interp: &mut Interp, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    reject_kwargs(&args, name, &["key", "default"])?;
    let items = match args.pos.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )));
        }
        1 => interp.iterate(&args.pos[0])?,
        _ => {
            if kwarg(&args, "default").is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.pos.clone()
        }
    };
    let key = kwarg(&args, "key").filter(|k| !k.is_none()).cloned();
    let mut best: Option<(Value, Value)> = None;
    for v in items {
        let k = match &key {
            Some(f) => interp.call(f, Args::new(vec![v.clone()]))?,
            None => v.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => {
                let r = interp.rich_compare(op, &k, bk)?;
                interp.truthy(&r)?
            }
        };
        if better {
            best = Some((k, v));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match kwarg(&args, "default") {
            Some(d) => Ok(d.clone()),
            None => Err(value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(interp: &mut Interp, args: Args) -> PyResult<Value> {
    min_max(interp, args, "min", CmpOp::Lt)
}

fn max(interp: &mut Interp, args: Args) -> PyResult<Value> {
    min_max(interp, args, "max", CmpOp::Gt)
}

fn sum(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = args
        .pos
        .first()
        .cloned()
        .ok_or_else(|| type_error("sum() takes at least 1 positional argument (0 given)"))?;
    let mut acc = args
        .pos
        .get(1)
        .or(kwarg(&args, "start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = interp.iter(&v)?;
    while let Some(x) = interp.next(&it)? {
        acc = interp.binary(crate::syntax::ast::BinOp::Add, &acc, &x)?;
    }
    Ok(acc)
}

fn any(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = numbers::exactly_one(&args, "any")?;
    let it = interp.iter(&v)?;
    while let Some(x) = interp.next(&it)? {
        if interp.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = numbers::exactly_one(&args, "all")?;
    let it = interp.iter(&v)?;
    while let Some(x) = interp.next(&it)? {
        if !interp.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn chr(_: &mut Interp, args: Args) -> PyResult<Value> {
    let v = numbers::exactly_one(&args, "chr")?;
    let i = match &v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        other => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(other)
            )));
        }
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None if (0..0x110000).contains(&i) => Err(value_error(
            "surrogate code points are not supported by coropy",
        )),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(_: &mut Interp, args: Args) -> PyResult<Value> {
    let v = numbers::exactly_one(&args, "ord")?;
    let Value::Str(s) = &v else {
        return Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(&v)
        )));
    };
    let n = s.char_len();
    if n != 1 {
        return Err(type_error(format!(
            "ord() expected a character, but string of length {n} found"
        )));
    }
    Ok(Value::Int(s.char_at(0).unwrap() as i64))
}

fn callable(_: &mut Interp, args: Args) -> PyResult<Value> {
    let v = numbers::exactly_one(&args, "callable")?;
    Ok(Value::Bool(match &v {
        Value::Function(_)
        | Value::Native(_)
        | Value::BuiltinMethod(_)
        | Value::BoundMethod(_)
        | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup("__call__").is_some(),
        _ => false,
    }))
}

fn attr_name(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(other)
        ))),
    }
}

fn getattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos.as_slice() {
        [obj, name] => interp.getattr(obj, &attr_name(name)?),
        [obj, name, default] => match interp.getattr(obj, &attr_name(name)?) {
            Err(e) if e.is_instance("AttributeError") => Ok(default.clone()),
            r => r,
        },
        _ => Err(type_error(format!(
            "getattr expected at least 2 arguments, got {}",
            args.pos.len()
        ))),
    }
}

fn setattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [obj, name, v] = <[Value; 3]>::try_from(args.pos)
        .map_err(|a| type_error(format!("setattr expected 3 arguments, got {}", a.len())))?;
    interp.setattr(&obj, &attr_name(&name)?, v)?;
    Ok(Value::None)
}

fn hasattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [obj, name] = <[Value; 2]>::try_from(args.pos)
        .map_err(|a| type_error(format!("hasattr expected 2 arguments, got {}", a.len())))?;
    match interp.getattr(&obj, &attr_name(&name)?) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is_instance("AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let [obj, name] = <[Value; 2]>::try_from(args.pos)
        .map_err(|a| type_error(format!("delattr expected 2 arguments, got {}", a.len())))?;
    interp.delattr(&obj, &attr_name(&name)?)?;
    Ok(Value::None)
}

fn format(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (v, spec) = match args.pos.as_slice() {
        [v] => (v.clone(), String::new()),
        [v, Value::Str(s)] => (v.clone(), s.as_str().to_string()),
        [_, other] => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(other)
            )));
        }
        _ => {
            return Err(type_error(format!(
                "format expected at most 2 arguments, got {}",
                args.pos.len()
            )));
        }
    };
    Ok(Value::string(interp.format_value(&v, &spec)?))
}

fn input(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if let Some(p) = args.pos.first() {
        let s = interp.str(p)?;
        interp.out.write_str(&s);
    }
    interp.out.flush();
    let mut line = String::new();
    let n = std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| Exc::new("OSError", e.to_string()))?;
    if n == 0 {
        return Err(Exc::new("EOFError", "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(Value::string(line))
}

fn vars(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = numbers::exactly_one(&args, "vars")?;
    interp
        .getattr(&v, "__dict__")
        .map_err(|_| type_error("vars() argument must have __dict__ attribute"))
}

/// `dir(obj)`: the sorted attribute names. A module lists its namespace; a class its own
/// and inherited attributes plus `object`'s; an instance adds its own dict; a builtin
/// value lists CPython's names for its type, the public ones only where coropy has them.
fn dir(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(v) = args.pos.first().cloned() else {
        return Err(Exc::new(
            "RuntimeError",
            "dir() without an argument is not supported by coropy",
        ));
    };
    if let Value::Instance(inst) = &v
        && let Some(custom) = inst.class.lookup("__dir__")
    {
        let names = interp.call(&custom, Args::new(vec![v.clone()]))?;
        let names = interp.iterate(&names)?;
        return Ok(Value::list(super::sort::sort_values(
            interp, names, None, false,
        )?));
    }
    let mut names: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    let add_class = |c: &Rc<crate::runtime::object::Class>,
                     names: &mut std::collections::BTreeSet<String>| {
        names.extend(super::dir_names::OBJECT.iter().map(|s| s.to_string()));
        for k in std::iter::once(c).chain(c.mro.iter()) {
            if k.is_builtin {
                continue;
            }
            names.extend(super::dir_names::USER_CLASS.iter().map(|s| s.to_string()));
            let dict = k.dict.borrow();
            names.extend(
                dict.keys()
                    .filter(|n| &***n != "__qualname__")
                    .map(|n| n.to_string()),
            );
        }
        if c.is_exception() {
            names.insert("__dict__".to_string());
            names.extend(super::dir_names::EXCEPTION.iter().map(|s| s.to_string()));
        }
    };
    match &v {
        Value::Module(m) => names.extend(m.globals.items().into_iter().map(|(k, _)| k.to_string())),
        Value::Class(c) if !c.is_builtin => add_class(c, &mut names),
        Value::Instance(inst) => {
            add_class(&inst.class, &mut names);
            names.extend(inst.dict.borrow().keys().map(|n| n.to_string()));
        }
        other => {
            let class = crate::runtime::types::class_of(other);
            let type_name = match other {
                Value::Class(c) => c.name.to_string(),
                _ => class.name.to_string(),
            };
            match super::dir_names::builtin(&type_name) {
                Some(list) => {
                    for name in list {
                        if name.starts_with("__") || interp.getattr(&v, name).is_ok() {
                            names.insert(name.to_string());
                        }
                    }
                }
                None => names.extend(super::dir_names::OBJECT.iter().map(|s| s.to_string())),
            }
        }
    }
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}
