//! Attribute access: instances (properties, instance dict, class attributes bound as
//! methods, `__getattr__`), classes, modules, builtin values' methods and attributes.

use std::rc::Rc;

use super::{Interp, PyResult};
use crate::runtime::exc::{Exc, attribute_error, type_error};
use crate::runtime::object::{Args, BoundMethod, BuiltinMethod, Class};
use crate::runtime::types::{class_of, type_name, types};
use crate::runtime::value::{Name, Value};

/// Bind a class attribute found through an instance.
fn bind(attr: Value, obj: &Value, cls: &Rc<Class>) -> Value {
    match attr {
        Value::Function(_) | Value::Native(_) => Value::BoundMethod(Rc::new(BoundMethod {
            func: attr,
            self_: obj.clone(),
        })),
        Value::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod {
            func: (*f).clone(),
            self_: Value::Class(cls.clone()),
        })),
        Value::StaticMethod(f) => (*f).clone(),
        other => other,
    }
}

impl Interp {
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class.clone();
                let class_attr = cls.lookup(name);
                if let Some(Value::Property(p)) = &class_attr {
                    return match &p.fget {
                        Some(g) => self.call(g, Args::new(vec![obj.clone()])),
                        None => Err(attribute_error(format!(
                            "property '{name}' of '{}' object has no getter",
                            cls.name
                        ))),
                    };
                }
                // Descriptors (`__get__`): a data descriptor (also `__set__` or
                // `__delete__`) wins over the instance dict, a non-data one loses.
                let getter = match &class_attr {
                    Some(Value::Instance(d)) => d.class.lookup("__get__").map(|g| {
                        let data = d.class.lookup("__set__").is_some()
                            || d.class.lookup("__delete__").is_some();
                        (g, data)
                    }),
                    _ => None,
                };
                let desc_args = || {
                    Args::new(vec![
                        class_attr.clone().expect("descriptor"),
                        obj.clone(),
                        Value::Class(cls.clone()),
                    ])
                };
                if let Some((g, true)) = &getter {
                    return self.call(g, desc_args());
                }
                if let Some(v) = inst.dict.borrow().get(name) {
                    return Ok(v.clone());
                }
                if let Some((g, false)) = &getter {
                    return self.call(g, desc_args());
                }
                if let Some(v) = class_attr {
                    return Ok(bind(v, obj, &cls));
                }
                if let Some(v) = self.instance_special(inst, name) {
                    return Ok(v);
                }
                if let Some(ga) = cls.lookup("__getattr__") {
                    return self.call(&ga, Args::new(vec![obj.clone(), Value::str(name)]));
                }
                Err(no_attr(obj, name))
            }
            Value::Class(cls) => self.class_getattr(cls, name),
            Value::Module(m) => match m.globals.get(name) {
                Some(v) => Ok(v),
                None => match name {
                    "__name__" => Ok(Value::str(&m.name)),
                    "__dict__" => {
                        let d = self.new_dict();
                        for (k, v) in m.globals.items() {
                            self.setitem(&d, Value::str(&k), v)?;
                        }
                        Ok(d)
                    }
                    // PEP 562: a module-level `__getattr__(name)` supplies missing names.
                    _ => match m.globals.get("__getattr__") {
                        Some(ga) => self.call(&ga, Args::new(vec![Value::str(name)])),
                        None => Err(attribute_error(format!(
                            "module '{}' has no attribute '{name}'",
                            m.name
                        ))),
                    },
                },
            },
            Value::Super(s) => {
                let (cls, recv) = (&s.0, &s.1);
                // A class receiver is the type whose MRO is searched unless it is an
                // instance of `cls` (a metaclass's method: `super().__call__()`).
                let recv_is_type = matches!(recv, Value::Class(c) if c.is_subclass(cls));
                let start = match recv {
                    Value::Class(c) if recv_is_type => c.clone(),
                    other => class_of(other),
                };
                // Search the receiver's MRO after `cls`.
                let mut mro = vec![start.clone()];
                mro.extend(start.mro.iter().cloned());
                let pos = mro.iter().position(|c| Rc::ptr_eq(c, cls)).unwrap_or(0);
                for c in &mro[pos + 1..] {
                    let found = c.dict.borrow().get(name).cloned();
                    if let Some(v) = found {
                        return Ok(match &v {
                            Value::Function(_) | Value::Native(_) if recv_is_type => v,
                            _ => bind(v, recv, &start),
                        });
                    }
                }
                Err(attribute_error(format!(
                    "'super' object has no attribute '{name}'"
                )))
            }
            _ => self.builtin_getattr(obj, name),
        }
    }

    /// Attributes every instance has without storing them.
    fn instance_special(
        &mut self,
        inst: &Rc<crate::runtime::object::Instance>,
        name: &str,
    ) -> Option<Value> {
        match name {
            "__class__" => Some(Value::Class(inst.class.clone())),
            "__dict__" => Some(Value::AttrDict(inst.clone())),
            _ if inst.exc.is_some() => {
                let e = inst.exc();
                match name {
                    "args" => Some(Value::tuple(e.args.clone())),
                    "exceptions" | "message"
                        if inst.class.is_subclass(&types().exc("BaseExceptionGroup"))
                            && e.args.len() == 2 =>
                    {
                        if name == "message" {
                            Some(e.args[0].clone())
                        } else {
                            match &e.args[1] {
                                Value::List(l) => Some(Value::tuple(l.borrow().clone())),
                                other => Some(other.clone()),
                            }
                        }
                    }
                    "__cause__" => Some(e.cause.clone().unwrap_or(Value::None)),
                    "__context__" => Some(e.context.clone().unwrap_or(Value::None)),
                    "__suppress_context__" => Some(Value::Bool(e.suppress_context)),
                    "__traceback__" => Some(Value::None),
                    "value" if inst.class.is_subclass(&types().exc("StopIteration")) => {
                        Some(e.args.first().cloned().unwrap_or(Value::None))
                    }
                    "code" if inst.class.is_subclass(&types().exc("SystemExit")) => {
                        Some(match e.args.as_slice() {
                            [] => Value::None,
                            [code] => code.clone(),
                            more => Value::tuple(more.to_vec()),
                        })
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn class_getattr(&mut self, cls: &Rc<Class>, name: &str) -> PyResult<Value> {
        if let Some(v) = cls.lookup(name) {
            if let Value::Instance(d) = &v
                && let Some(g) = d.class.lookup("__get__")
            {
                let args = Args::new(vec![v.clone(), Value::None, Value::Class(cls.clone())]);
                return self.call(&g, args);
            }
            return Ok(match v {
                Value::ClassMethod(f) => Value::BoundMethod(Rc::new(BoundMethod {
                    func: (*f).clone(),
                    self_: Value::Class(cls.clone()),
                })),
                Value::StaticMethod(f) => (*f).clone(),
                other => other,
            });
        }
        Ok(match name {
            "__name__" => Value::str(&cls.name),
            "__qualname__" => Value::str(&cls.qualname),
            "__module__" => Value::str(&cls.module),
            "__doc__" => Value::None,
            "__bases__" => {
                Value::tuple(cls.bases.iter().map(|b| Value::Class(b.clone())).collect())
            }
            "__base__" => cls
                .bases
                .first()
                .map(|b| Value::Class(b.clone()))
                .unwrap_or(Value::None),
            "mro" => Value::BuiltinMethod(Rc::new(BuiltinMethod {
                recv: Value::Class(cls.clone()),
                name: "mro",
                func: |_, recv, _| {
                    let Value::Class(cls) = recv else {
                        unreachable!("bound to a class")
                    };
                    let mut v = vec![Value::Class(cls.clone())];
                    v.extend(cls.mro.iter().map(|c| Value::Class(c.clone())));
                    Ok(Value::list(v))
                },
            })),
            "__mro__" => {
                let mut v = vec![Value::Class(cls.clone())];
                v.extend(cls.mro.iter().map(|c| Value::Class(c.clone())));
                Value::tuple(v)
            }
            "__dict__" => {
                let d = self.new_dict();
                for (k, v) in cls.dict.borrow().iter() {
                    self.setitem(&d, Value::str(k), v.clone())?;
                }
                d
            }
            "__class__" => Value::Class(class_of(&Value::Class(cls.clone()))),
            _ => {
                if let Some(m) = &cls.metaclass
                    && let Some(v) = m.lookup(name)
                {
                    return self.meta_attr(cls, m, v, name);
                }
                if cls.is_builtin
                    && let Some(m) = crate::builtins::methods::unbound(cls, name)
                {
                    return Ok(m);
                }
                let obj = Value::Class(cls.clone());
                if let Some(ga) = super::metaclass::meta_method(&obj, "__getattr__") {
                    return self.call(&ga, Args::new(vec![obj, Value::str(name)]));
                }
                return Err(attribute_error(format!(
                    "type object '{}' has no attribute '{name}'",
                    cls.name
                )));
            }
        })
    }

    /// An attribute of a class found on its metaclass: a property's value, a method
    /// bound to the class.
    fn meta_attr(
        &mut self,
        cls: &Rc<Class>,
        meta: &Rc<Class>,
        v: Value,
        name: &str,
    ) -> PyResult<Value> {
        let obj = Value::Class(cls.clone());
        match &v {
            Value::Property(p) => match &p.fget {
                Some(g) => self.call(g, Args::new(vec![obj])),
                None => Err(attribute_error(format!(
                    "property '{name}' of '{}' object has no getter",
                    meta.name
                ))),
            },
            Value::Instance(d) if let Some(g) = d.class.lookup("__get__") => self.call(
                &g,
                Args::new(vec![v.clone(), obj, Value::Class(meta.clone())]),
            ),
            _ => Ok(bind(v, &obj, meta)),
        }
    }

    fn builtin_getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        if let Some(func) = crate::builtins::methods::lookup(obj, name) {
            return Ok(Value::BuiltinMethod(Rc::new(BuiltinMethod {
                recv: obj.clone(),
                name: crate::builtins::methods::static_name(name),
                func,
            })));
        }
        let v = match (obj, name) {
            (_, "__class__") => Value::Class(class_of(obj)),
            (Value::Function(f), _) => {
                if let Some(v) = f.attrs.borrow().get(name) {
                    return Ok(v.clone());
                }
                match name {
                    "__name__" => Value::str(&f.name),
                    "__qualname__" => Value::str(&f.qualname),
                    "__doc__" => f.code.docstring.clone().unwrap_or(Value::None),
                    "__module__" => f.globals.get("__name__").unwrap_or(Value::None),
                    "__dict__" => {
                        let d = self.new_dict();
                        for (k, v) in f.attrs.borrow().iter() {
                            // Function fields kept in `attrs` are not in CPython's
                            // `__dict__`.
                            if matches!(
                                &**k,
                                "__name__"
                                    | "__qualname__"
                                    | "__doc__"
                                    | "__module__"
                                    | "__annotations__"
                            ) {
                                continue;
                            }
                            self.setitem(&d, Value::str(k), v.clone())?;
                        }
                        d
                    }
                    "__annotations__" => {
                        let d = self.new_dict();
                        f.attrs
                            .borrow_mut()
                            .insert(Name::from("__annotations__"), d.clone());
                        d
                    }
                    "__defaults__" => {
                        if f.defaults.is_empty() {
                            Value::None
                        } else {
                            Value::tuple(f.defaults.clone())
                        }
                    }
                    _ => return Err(no_attr(obj, name)),
                }
            }
            (Value::Native(n), "__name__" | "__qualname__") => Value::str(n.name),
            (Value::BuiltinMethod(m), "__name__") => Value::str(m.name),
            (Value::BuiltinMethod(m), "__self__") => m.recv.clone(),
            (Value::BoundMethod(m), "__self__") => m.self_.clone(),
            (Value::BoundMethod(m), "__func__") => m.func.clone(),
            (Value::BoundMethod(m), _) => return self.getattr(&m.func.clone(), name),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "real" | "numerator") => {
                crate::builtins::int_value(obj)
            }
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "imag") => Value::Int(0),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "denominator") => Value::Int(1),
            (Value::Float(f), "real") => Value::Float(*f),
            (Value::Float(_), "imag") => Value::Float(0.0),
            (Value::Range(r), "start") => Value::Int(r.start),
            (Value::Range(r), "stop") => Value::Int(r.stop),
            (Value::Range(r), "step") => Value::Int(r.step),
            (Value::Slice(s), "start") => s.start.clone(),
            (Value::Slice(s), "stop") => s.stop.clone(),
            (Value::Slice(s), "step") => s.step.clone(),
            (Value::ClassMethod(f) | Value::StaticMethod(f), "__func__" | "__wrapped__") => {
                (**f).clone()
            }
            // Abstract-ness shows through the wrappers, as in CPython.
            (Value::ClassMethod(f) | Value::StaticMethod(f), "__isabstractmethod__") => {
                return self.is_abstract(f);
            }
            (Value::Property(p), "__isabstractmethod__") => match &p.fget {
                Some(f) => return self.is_abstract(f),
                None => Value::Bool(false),
            },
            (Value::Property(p), "fget") => p.fget.clone().unwrap_or(Value::None),
            (Value::Property(p), "fset") => p.fset.clone().unwrap_or(Value::None),
            (Value::Property(p), "fdel") => p.fdel.clone().unwrap_or(Value::None),
            (Value::Property(_), "setter" | "getter" | "deleter") => {
                let func = match name {
                    "getter" => crate::builtins::property_getter,
                    "setter" => crate::builtins::property_setter,
                    _ => crate::builtins::property_deleter,
                };
                return Ok(Value::BuiltinMethod(Rc::new(BuiltinMethod {
                    recv: obj.clone(),
                    name: crate::builtins::methods::static_name(name),
                    func,
                })));
            }
            (Value::Generator(g), _) => {
                return super::gen_obj::gen_attr(g, name).ok_or_else(|| no_attr(obj, name));
            }
            (Value::Coroutine(c), _) => {
                return super::coro::coro_attr(c, name).ok_or_else(|| no_attr(obj, name));
            }
            (Value::AsyncGen(g), _) => {
                return super::agen::agen_attr(g, name).ok_or_else(|| no_attr(obj, name));
            }
            (Value::Future(f), _) => {
                return crate::stdlib::asyncio::future_attr(f, name)
                    .ok_or_else(|| no_attr(obj, name));
            }
            (Value::Queue(q), _) => {
                return crate::aio::queue::queue_attr(q, name).ok_or_else(|| no_attr(obj, name));
            }
            _ => return Err(no_attr(obj, name)),
        };
        Ok(v)
    }

    /// `__isabstractmethod__` of a wrapped callable (False when it has none).
    fn is_abstract(&mut self, f: &Value) -> PyResult<Value> {
        match self.getattr(f, "__isabstractmethod__") {
            Ok(v) => Ok(Value::Bool(self.truthy(&v)?)),
            Err(e) if e.is_instance("AttributeError") => Ok(Value::Bool(false)),
            Err(e) => Err(e),
        }
    }

    pub fn has_attr(&mut self, obj: &Value, name: &str) -> bool {
        self.getattr(obj, name).is_ok()
    }

    pub fn setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        match obj {
            Value::Queue(q) => crate::aio::queue::queue_setattr(q, name, v),
            Value::Instance(inst) => {
                // A class's own `__setattr__` comes first, as in CPython.
                if let Some(sa) = inst.class.lookup("__setattr__")
                    && !matches!(sa, Value::Native(_))
                {
                    self.call(&sa, Args::new(vec![obj.clone(), Value::str(name), v]))?;
                    return Ok(());
                }
                if name == "__class__" {
                    return Err(Exc::new(
                        "NotImplementedError",
                        "assigning __class__ is not supported by coropy",
                    ));
                }
                let class_attr = inst.class.lookup(name);
                if let Some(Value::Instance(d)) = &class_attr
                    && let Some(set) = d.class.lookup("__set__")
                {
                    let args = Args::new(vec![Value::Instance(d.clone()), obj.clone(), v]);
                    return self.call(&set, args).map(|_| ());
                }
                if let Some(Value::Property(p)) = class_attr {
                    return match &p.fset {
                        Some(s) => {
                            self.call(s, Args::new(vec![obj.clone(), v]))?;
                            Ok(())
                        }
                        None => Err(attribute_error(format!(
                            "property '{name}' of '{}' object has no setter",
                            inst.class.name
                        ))),
                    };
                }
                if inst.exc.is_some() {
                    let mut e = inst.exc();
                    match name {
                        "args" => {
                            drop(e);
                            let args = self.iterate(&v)?;
                            inst.exc().args = args;
                            return Ok(());
                        }
                        "__cause__" => {
                            e.cause = (!v.is_none()).then_some(v);
                            e.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            e.context = (!v.is_none()).then_some(v);
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            e.suppress_context = matches!(v, Value::Bool(true));
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                inst.dict.borrow_mut().insert(Name::from(name), v);
                Ok(())
            }
            Value::Class(cls) => match super::metaclass::meta_method(obj, "__setattr__") {
                Some(sa) => {
                    self.call(&sa, Args::new(vec![obj.clone(), Value::str(name), v]))?;
                    Ok(())
                }
                None => self.class_setattr(cls, name, v),
            },
            Value::Function(f) => {
                f.attrs.borrow_mut().insert(Name::from(name), v);
                Ok(())
            }
            Value::Module(m) => {
                m.globals.set(name, v);
                Ok(())
            }
            _ => {
                if self.getattr(obj, name).is_ok() {
                    Err(attribute_error(format!(
                        "'{}' object attribute '{name}' is read-only",
                        type_name(obj)
                    )))
                } else {
                    Err(attribute_error(format!(
                        "'{}' object has no attribute '{name}'",
                        type_name(obj)
                    )))
                }
            }
        }
    }

    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(Value::Property(p)) = inst.class.lookup(name) {
                    return match &p.fdel {
                        Some(d) => self.call(d, Args::new(vec![obj.clone()])).map(|_| ()),
                        None => Err(attribute_error(format!(
                            "property '{name}' of '{}' object has no deleter",
                            inst.class.name
                        ))),
                    };
                }
                if let Some(da) = inst.class.lookup("__delattr__")
                    && !matches!(da, Value::Native(_))
                {
                    self.call(&da, Args::new(vec![obj.clone(), Value::str(name)]))?;
                    return Ok(());
                }
                if let Some(Value::Instance(d)) = inst.class.lookup(name)
                    && let Some(del) = d.class.lookup("__delete__")
                {
                    let args = Args::new(vec![Value::Instance(d), obj.clone()]);
                    return self.call(&del, args).map(|_| ());
                }
                if inst.dict.borrow_mut().shift_remove(name).is_none() {
                    return Err(no_attr(obj, name));
                }
                Ok(())
            }
            Value::Class(cls) => match super::metaclass::meta_method(obj, "__delattr__") {
                Some(da) => {
                    self.call(&da, Args::new(vec![obj.clone(), Value::str(name)]))?;
                    Ok(())
                }
                None => self.class_delattr(cls, name),
            },
            _ => Err(no_attr(obj, name)),
        }
    }

    /// `type.__setattr__`: set a class attribute.
    pub fn class_setattr(&mut self, cls: &Rc<Class>, name: &str, v: Value) -> PyResult<()> {
        if cls.is_builtin {
            return Err(type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                cls.name
            )));
        }
        if name == "__getattribute__" {
            return Err(super::call::getattribute_unsupported());
        }
        cls.dict.borrow_mut().insert(Name::from(name), v);
        Ok(())
    }

    /// `type.__delattr__`: delete a class attribute.
    pub fn class_delattr(&mut self, cls: &Rc<Class>, name: &str) -> PyResult<()> {
        if cls.is_builtin {
            return Err(type_error(format!(
                "cannot delete '{name}' attribute of immutable type '{}'",
                cls.name
            )));
        }
        if cls.dict.borrow_mut().shift_remove(name).is_none() {
            return Err(attribute_error(format!(
                "type object '{}' has no attribute '{name}'",
                cls.name
            )));
        }
        Ok(())
    }

    /// `type(obj).name` bound to `obj` (for `with`, `async with`, `async for`).
    pub fn special_method(&mut self, obj: &Value, name: &str, what: &str) -> PyResult<Value> {
        let cls = class_of(obj);
        if let Some(v) = cls.lookup(name) {
            return Ok(bind(v, obj, &cls));
        }
        if let Some(func) = crate::builtins::methods::lookup(obj, name) {
            return Ok(Value::BuiltinMethod(Rc::new(BuiltinMethod {
                recv: obj.clone(),
                name: crate::builtins::methods::static_name(name),
                func,
            })));
        }
        Err(match what {
            "context manager" | "asynchronous context manager" => type_error(format!(
                "'{}' object does not support the {what} protocol",
                type_name(obj)
            )),
            "async for" => type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                type_name(obj)
            )),
            _ => no_attr(obj, name),
        })
    }
}

pub fn no_attr(obj: &Value, name: &str) -> Exc {
    attribute_error(format!(
        "'{}' object has no attribute '{name}'",
        type_name(obj)
    ))
}
