//! The `builtins` namespace: builtin functions, builtin types and their constructors,
//! and the exception classes.

mod dir_names;
pub mod functions;
mod matching;
pub mod methods;
mod methods_dict;
mod methods_list;
mod methods_str;
pub mod numbers;
pub mod sort;
mod str_format;
mod str_text;
pub mod system;

use std::cell::RefCell;
use std::rc::Rc;

use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{Exc, type_error};
use crate::runtime::object::{Args, BuiltinType, Class, NativeFn, NativeImpl, Property};
use crate::runtime::set::SetData;
use crate::runtime::types::{type_name, types};
use crate::runtime::value::{RangeObj, SliceObj, Value};

pub fn native(name: &'static str, func: NativeImpl) -> Value {
    Value::Native(Rc::new(NativeFn {
        name,
        func,
        one_arg: None,
        one_arg_native: false,
    }))
}

/// Fill the interpreter's builtins namespace.
pub fn install(interp: &mut Interp) {
    let b = interp.builtins.clone();
    let t = types();
    for c in [
        &t.object,
        &t.type_,
        &t.bool_,
        &t.int,
        &t.float,
        &t.str_,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
        &t.property,
        &t.staticmethod,
        &t.classmethod,
        &t.super_,
    ] {
        b.set(&c.name, Value::Class(c.clone()));
    }
    for (name, c) in &t.exceptions {
        b.set(name, Value::Class(c.clone()));
    }
    b.set("EnvironmentError", Value::Class(t.exc("OSError")));
    b.set("IOError", Value::Class(t.exc("OSError")));
    b.set("None", Value::None);
    b.set("NotImplemented", Value::NotImplemented);
    b.set("Ellipsis", Value::Ellipsis);
    b.set("__name__", Value::str("builtins"));
    for &(name, f) in functions::FUNCTIONS {
        let one_arg = functions::ONE_ARG
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, g)| g);
        b.set(
            name,
            Value::Native(Rc::new(NativeFn {
                name,
                func: f,
                one_arg_native: one_arg.is_some(),
                one_arg,
            })),
        );
    }
    for &(name, f) in matching::HELPERS {
        b.set(name, native(name, f));
    }
    install_object_methods();
    crate::interp::metaclass::install_type_methods();
}

/// Native methods stored in the dicts of `object` and `BaseException`, so
/// `super().__init__(...)` and friends find them.
fn install_object_methods() {
    let t = types();
    let mut d = t.object.dict.borrow_mut();
    if !d.is_empty() {
        return;
    }
    d.insert(
        "__init__".into(),
        native("__init__", |_, _| Ok(Value::None)),
    );
    d.insert(
        "__new__".into(),
        native("__new__", |_, a| match a.pos.first() {
            Some(Value::Class(c)) if !c.is_builtin || c.builtin == BuiltinType::Object => Ok(
                Value::Instance(Rc::new(crate::runtime::object::Instance::new(c.clone()))),
            ),
            Some(Value::Class(c)) => Err(type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                c.name, c.name
            ))),
            Some(other) => Err(type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                type_name(other)
            ))),
            None => Err(type_error("object.__new__(): not enough arguments")),
        }),
    );
    d.insert(
        "__eq__".into(),
        native("__eq__", |_, a| {
            Ok(if a.pos.len() == 2 && a.pos[0].is(&a.pos[1]) {
                Value::Bool(true)
            } else {
                Value::NotImplemented
            })
        }),
    );
    d.insert(
        "__ne__".into(),
        native("__ne__", |i, a| {
            let r = i.rich_compare(crate::syntax::ast::CmpOp::Eq, &a.pos[0], &a.pos[1])?;
            Ok(Value::Bool(!i.truthy(&r)?))
        }),
    );
    d.insert(
        "__repr__".into(),
        native("__repr__", |i, a| {
            let v = a.pos.first().cloned().unwrap_or(Value::None);
            if let Value::Instance(inst) = &v {
                let c = &inst.class;
                return Ok(Value::string(format!(
                    "<{}.{} object at {:#x}>",
                    c.module,
                    c.qualname,
                    v.addr()
                )));
            }
            Ok(Value::string(i.repr(&v)?))
        }),
    );
    d.insert(
        "__str__".into(),
        native("__str__", |i, a| {
            let v = a.pos.first().cloned().unwrap_or(Value::None);
            Ok(Value::string(i.repr(&v)?))
        }),
    );
    d.insert(
        "__hash__".into(),
        native("__hash__", |_, a| {
            Ok(Value::Int((a.pos[0].addr() >> 4) as i64))
        }),
    );
    d.insert(
        "__setattr__".into(),
        native("__setattr__", |i, a| {
            let [obj, name, v] = <[Value; 3]>::try_from(a.pos)
                .map_err(|_| type_error("__setattr__ expected 3 arguments"))?;
            let Value::Instance(inst) = &obj else {
                return Err(type_error("__setattr__ on a non-instance"));
            };
            let name = name
                .as_str()
                .ok_or_else(|| type_error("attribute name must be string"))?;
            if let Some(Value::Property(p)) = inst.class.lookup(name) {
                // Data descriptors still apply under `object.__setattr__`.
                return match &p.fset {
                    Some(s) => i
                        .call(s, Args::new(vec![obj.clone(), v]))
                        .map(|_| Value::None),
                    None => Err(crate::runtime::exc::attribute_error(format!(
                        "property '{name}' of '{}' object has no setter",
                        inst.class.name
                    ))),
                };
            }
            inst.dict.borrow_mut().insert(name.into(), v);
            Ok(Value::None)
        }),
    );
    d.insert(
        "__delattr__".into(),
        native("__delattr__", |_, a| {
            let [obj, name] = <[Value; 2]>::try_from(a.pos)
                .map_err(|_| type_error("__delattr__ expected 2 arguments"))?;
            let Value::Instance(inst) = &obj else {
                return Err(type_error("__delattr__ on a non-instance"));
            };
            let name = name
                .as_str()
                .ok_or_else(|| type_error("attribute name must be string"))?;
            if inst.dict.borrow_mut().shift_remove(name).is_none() {
                return Err(crate::interp::attr::no_attr(&obj, name));
            }
            Ok(Value::None)
        }),
    );
    d.insert(
        "__init_subclass__".into(),
        native("__init_subclass__", |_, a| {
            if !a.kw.is_empty() {
                let name = match a.pos.first() {
                    Some(Value::Class(c)) => c.name.to_string(),
                    _ => "object".to_string(),
                };
                return Err(type_error(format!(
                    "{name}.__init_subclass__() takes no keyword arguments"
                )));
            }
            Ok(Value::None)
        }),
    );
    drop(d);
    let base_exception = t.exc("BaseException");
    let mut d = base_exception.dict.borrow_mut();
    d.insert(
        "__init__".into(),
        native("__init__", |_, a| {
            if let Some(Value::Instance(inst)) = a.pos.first()
                && inst.exc.is_some()
            {
                inst.exc().args = a.pos[1..].to_vec();
            }
            Ok(Value::None)
        }),
    );
    d.insert(
        "with_traceback".into(),
        native("with_traceback", |_, a| Ok(a.pos[0].clone())),
    );
    d.insert("add_note".into(), native("add_note", add_note));
}

/// `exc.add_note(note)`: appends to the exception's `__notes__` list (made on the first
/// note), which tracebacks print after the `Type: message` line.
fn add_note(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let [exc, note] = a.pos.as_slice() else {
        return Err(type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    };
    if !matches!(note, Value::Str(_)) {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            type_name(note)
        )));
    }
    let notes = match interp.getattr(exc, "__notes__") {
        Ok(notes) => notes,
        Err(e) if e.is_instance("AttributeError") => {
            let notes = Value::list(Vec::new());
            interp.setattr(exc, "__notes__", notes.clone())?;
            notes
        }
        Err(e) => return Err(e),
    };
    let Value::List(list) = &notes else {
        return Err(type_error("Cannot add note: __notes__ is not a list"));
    };
    list.borrow_mut().push(note.clone());
    Ok(Value::None)
}

/// `property(...).setter(f)` / `.getter(f)` / `.deleter(f)`: a new property with one
/// accessor replaced.
fn property_with(recv: &Value, args: Args, which: u8) -> PyResult<Value> {
    let Value::Property(p) = recv else {
        return Err(type_error("descriptor requires a property"));
    };
    let f = args.pos.into_iter().next().filter(|v| !v.is_none());
    let mut new = Property {
        fget: p.fget.clone(),
        fset: p.fset.clone(),
        fdel: p.fdel.clone(),
    };
    match which {
        0 => new.fget = f,
        1 => new.fset = f,
        _ => new.fdel = f,
    }
    Ok(Value::Property(Rc::new(new)))
}

pub fn property_getter(_: &mut Interp, recv: &Value, args: Args) -> PyResult<Value> {
    property_with(recv, args, 0)
}
pub fn property_setter(_: &mut Interp, recv: &Value, args: Args) -> PyResult<Value> {
    property_with(recv, args, 1)
}
pub fn property_deleter(_: &mut Interp, recv: &Value, args: Args) -> PyResult<Value> {
    property_with(recv, args, 2)
}

/// An int-like value as a plain int (bool → int).
pub fn int_value(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    }
}

fn one_arg(args: &Args, name: &str) -> PyResult<Option<Value>> {
    if !args.kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.pos.len() {
        0 => Ok(None),
        1 => Ok(Some(args.pos[0].clone())),
        n => Err(type_error(format!(
            "{name} expected at most 1 argument, got {n}"
        ))),
    }
}

/// Calling a builtin class: `int("3")`, `list(x)`, `dict(a=1)`, ...
pub fn construct(interp: &mut Interp, cls: &Rc<Class>, args: Args) -> PyResult<Value> {
    use BuiltinType as B;
    let aio = crate::aio::aio_types();
    if Rc::ptr_eq(cls, &aio.future) || Rc::ptr_eq(cls, &aio.task) {
        return crate::stdlib::asyncio::construct(interp, Rc::ptr_eq(cls, &aio.task), args);
    }
    match cls.builtin {
        B::Object => {
            if !args.pos.is_empty() {
                return Err(type_error("object() takes no arguments"));
            }
            Ok(Value::Instance(Rc::new(
                crate::runtime::object::Instance::new(cls.clone()),
            )))
        }
        B::Type => {
            if args.pos.len() == 1 {
                return Ok(Value::Class(crate::runtime::types::class_of(&args.pos[0])));
            }
            if args.pos.len() == 3 {
                let [name, bases, dict] = [&args.pos[0], &args.pos[1], &args.pos[2]];
                return interp.type_new(None, name, bases, dict, args.kw.clone());
            }
            Err(type_error("type() takes 1 or 3 arguments"))
        }
        B::Int => numbers::int_new(interp, args),
        B::Float => numbers::float_new(interp, args),
        B::Bool => {
            let v = one_arg(&args, "bool")?;
            Ok(Value::Bool(match v {
                Some(v) => interp.truthy(&v)?,
                None => false,
            }))
        }
        B::Str => {
            if args.pos.is_empty() {
                return Ok(Value::str(""));
            }
            if args.pos.len() > 1 {
                return Err(type_error("decoding str is not supported by coropy"));
            }
            Ok(Value::string(interp.str(&args.pos[0])?))
        }
        B::List => Ok(Value::list(match one_arg(&args, "list")? {
            Some(v) => interp.iterate(&v)?,
            None => vec![],
        })),
        B::Tuple => Ok(match one_arg(&args, "tuple")? {
            Some(Value::Tuple(t)) => Value::Tuple(t),
            Some(v) => Value::tuple(interp.iterate(&v)?),
            None => Value::tuple(vec![]),
        }),
        B::Dict => {
            if args.pos.len() > 1 {
                return Err(type_error(format!(
                    "dict expected at most 1 argument, got {}",
                    args.pos.len()
                )));
            }
            let d = interp.new_dict();
            if let Some(m) = args.pos.first() {
                interp.dict_update(&d, m)?;
            }
            for (k, v) in args.kw {
                interp.setitem(&d, Value::str(&k), v)?;
            }
            Ok(d)
        }
        B::Set => {
            let s = interp.new_set();
            if let Some(v) = one_arg(&args, "set")? {
                for item in interp.iterate(&v)? {
                    interp.set_add(&s, item)?;
                }
            }
            Ok(s)
        }
        B::FrozenSet => {
            let s = interp.new_set();
            if let Some(v) = one_arg(&args, "frozenset")? {
                if let Value::FrozenSet(_) = v {
                    return Ok(v);
                }
                for item in interp.iterate(&v)? {
                    interp.set_add(&s, item)?;
                }
            }
            let Value::Set(data) = s else { unreachable!() };
            let data: SetData = data.borrow().clone();
            Ok(Value::FrozenSet(Rc::new(data)))
        }
        B::Range => range_new(interp, args),
        B::Slice => {
            let mut a = args.pos.into_iter();
            let (x, y, z) = (a.next(), a.next(), a.next());
            let (start, stop, step) = match (x, y, z) {
                (Some(stop), None, None) => (Value::None, stop, Value::None),
                (Some(s), Some(e), st) => (s, e, st.unwrap_or(Value::None)),
                _ => return Err(type_error("slice expected at least 1 argument, got 0")),
            };
            Ok(Value::Slice(Rc::new(SliceObj { start, stop, step })))
        }
        B::Property => {
            let mut a = args.pos.into_iter();
            let mut get = |name: &str| {
                a.next()
                    .or_else(|| {
                        args.kw
                            .iter()
                            .find(|(k, _)| &**k == name)
                            .map(|(_, v)| v.clone())
                    })
                    .filter(|v| !v.is_none())
            };
            let fget = get("fget");
            let fset = get("fset");
            let fdel = get("fdel");
            Ok(Value::Property(Rc::new(Property { fget, fset, fdel })))
        }
        B::StaticMethod => Ok(Value::StaticMethod(Rc::new(
            args.pos.into_iter().next().unwrap_or(Value::None),
        ))),
        B::ClassMethod => Ok(Value::ClassMethod(Rc::new(
            args.pos.into_iter().next().unwrap_or(Value::None),
        ))),
        B::Super => match args.pos.as_slice() {
            [Value::Class(c), obj] => Ok(Value::Super(Rc::new((c.clone(), obj.clone())))),
            [] => Err(Exc::new("RuntimeError", "super(): no arguments")),
            _ => Err(type_error("super() argument 1 must be a type")),
        },
        _ => Err(type_error(format!(
            "cannot create '{}' instances",
            cls.name
        ))),
    }
}

fn range_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let mut nums = Vec::new();
    for a in &args.pos {
        match a {
            Value::Int(i) => nums.push(*i),
            Value::Bool(b) => nums.push(*b as i64),
            Value::Instance(_) => nums.push(interp.index_value(a)?),
            Value::BigInt(_) => {
                return Err(Exc::new(
                    "OverflowError",
                    "range() arguments beyond 64 bits are not supported by coropy",
                ));
            }
            other => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(other)
                )));
            }
        }
    }
    let (start, stop, step) = match nums.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        [] => return Err(type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {}",
                nums.len()
            )));
        }
    };
    if step == 0 {
        return Err(Exc::new("ValueError", "range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(RangeObj { start, stop, step })))
}

/// A fresh set value from items.
pub fn make_set(interp: &mut Interp, items: Vec<Value>) -> PyResult<Value> {
    let s = Value::Set(Rc::new(RefCell::new(SetData::new())));
    for v in items {
        interp.set_add(&s, v)?;
    }
    Ok(s)
}
