//! Class creation and metaclasses: the `class` statement, `type(name, bases, dict)` and
//! `type.__new__`, choosing a class's metaclass (the most derived of the bases'),
//! `__prepare__`, calling a metaclass, and the native methods of `type` that a
//! metaclass's `super()` calls reach.

use std::cell::RefCell;
use std::rc::Rc;

use super::call::{ClassList, ClassParts, check_bases, new_class};
use super::frame::Frame;
use super::{Interp, PyResult};
use crate::compile::code::MakeClass;
use crate::runtime::exc::{Exc, type_error};
use crate::runtime::object::{Args, AttrMap, BuiltinType, CellRef, Class, attr_map};
use crate::runtime::types::{class_of, type_name, types};
use crate::runtime::value::{Name, Value};

/// A method a metaclass (or any class) defines in Python: the native methods of
/// `type` and `object` are the default behaviour, not an override.
pub fn python_method(cls: &Rc<Class>, name: &str) -> Option<Value> {
    cls.lookup(name).filter(|f| !matches!(f, Value::Native(_)))
}

/// The metaclass method `name` that applies to `v` when `v` is a class whose
/// metaclass defines it in Python (`len(Color)`, `Color(1)`, `repr(Color)`).
pub fn meta_method(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Class(c) => python_method(c.metaclass.as_ref()?, name),
        _ => None,
    }
}

/// What makes the class of a `class` statement.
enum Maker {
    /// `type` itself: the class is built directly.
    Type,
    /// A subclass of `type`.
    Meta(Rc<Class>),
    /// Any other callable given as `metaclass=` (a function, a class that is not a
    /// metaclass), called with (name, bases, ns).
    Callable(Value),
}

/// The metaclass of a class with these bases (`explicit` given as `metaclass=`): the
/// most derived of it and the bases' metaclasses, `None` for `type`.
fn winner(explicit: Option<Rc<Class>>, bases: &[Rc<Class>]) -> PyResult<Option<Rc<Class>>> {
    let mut winner = explicit;
    for b in bases {
        let Some(m) = &b.metaclass else { continue };
        winner = match winner {
            None => Some(m.clone()),
            Some(w) if w.is_subclass(m) => Some(w),
            Some(w) if m.is_subclass(&w) => Some(m.clone()),
            Some(_) => {
                return Err(type_error(
                    "metaclass conflict: the metaclass of a derived class must be a \
                     (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        };
    }
    Ok(winner)
}

/// `type` itself is `None` (the default metaclass).
fn as_metaclass(v: &Rc<Class>) -> Option<Rc<Class>> {
    (!v.is_builtin).then(|| v.clone())
}

impl Interp {
    /// Execute a `class` statement.
    pub fn make_class(&mut self, f: &mut Frame, mc: &MakeClass) -> PyResult<Value> {
        let mut args = self.eval_args(f, &mc.bases)?;
        let explicit = args
            .kw
            .iter()
            .position(|(k, _)| &**k == "metaclass")
            .map(|i| args.kw.remove(i).1);
        let resolved = self.resolve_bases(&args.pos)?;
        let base_classes: ClassList = resolved
            .iter()
            .filter_map(|b| match b {
                Value::Class(c) => Some(c.clone()),
                _ => None,
            })
            .collect();
        let maker = match explicit {
            Some(Value::Class(m)) if m.builtin == BuiltinType::Type => {
                match winner(as_metaclass(&m), &base_classes)? {
                    Some(m) => Maker::Meta(m),
                    None => Maker::Type,
                }
            }
            Some(other) => Maker::Callable(other),
            None => match winner(None, &base_classes)? {
                Some(m) => Maker::Meta(m),
                None => Maker::Type,
            },
        };
        let module_name = f
            .globals
            .get("__name__")
            .and_then(|v| v.as_str().map(Name::from))
            .unwrap_or_else(|| Name::from("__main__"));
        let mut ns = match &maker {
            Maker::Meta(m) => self.prepare(m, &mc.name, &resolved, &args.kw)?,
            _ => attr_map(),
        };
        ns.insert(Name::from("__module__"), Value::str(&module_name));
        ns.insert(Name::from("__qualname__"), Value::str(&mc.qualname));
        // Run the body with its own namespace.
        let body_fn = self.eval(
            f,
            &crate::compile::code::Expr::Function(Box::new(mc.body.clone())),
        )?;
        let Value::Function(body_fn) = body_fn else {
            unreachable!("class body is a function")
        };
        let ns = Rc::new(RefCell::new(ns));
        let mut frame = self.new_frame(&body_fn, Args::default())?;
        frame.extra_mut().class_ns = Some(ns.clone());
        self.run_to_return(&mut frame)?;
        let dict = ns.borrow().clone();
        let cell = mc.class_cell.map(|c| frame.cells()[c as usize].clone());
        let maker = match maker {
            Maker::Type => {
                let (bases, mro) = check_bases(&resolved)?;
                let parts = ClassParts {
                    name: mc.name.clone(),
                    qualname: mc.qualname.clone(),
                    module: module_name,
                    bases,
                    mro,
                    metaclass: None,
                };
                let cls = new_class(parts, dict)?;
                if let Some(cell) = &cell {
                    *cell.borrow_mut() = Some(Value::Class(cls.clone()));
                }
                self.class_created(&cls, args.kw)?;
                return Ok(Value::Class(cls));
            }
            Maker::Meta(m) => Value::Class(m),
            Maker::Callable(c) => c,
        };
        let ns_value = self.new_dict();
        for (k, v) in dict {
            self.setitem(&ns_value, Value::str(&k), v)?;
        }
        // A metaclass's `__new__` may replace bases coropy cannot subclass (enum's
        // data types), so they are checked by `type.__new__`.
        let bases = Value::tuple(resolved);
        let mut call_args = Args::new(vec![Value::str(&mc.name), bases, ns_value.clone()]);
        call_args.kw = args.kw;
        // `type.__new__` fills the `__class__` cell when it makes the class from this
        // namespace (CPython's `__classcell__`), so methods using `super()` work while
        // the metaclass is still setting the class up.
        let pending = cell.clone().map(|c| (ns_value.addr(), c));
        let saved = std::mem::replace(&mut self.class_cell, pending);
        let r = self.call(&maker, call_args);
        self.class_cell = saved;
        let cls = r?;
        if let Some(cell) = cell
            && cell.borrow().is_none()
        {
            *cell.borrow_mut() = Some(cls.clone());
        }
        Ok(cls)
    }

    /// The class namespace a metaclass's `__prepare__` starts the body with.
    fn prepare(
        &mut self,
        meta: &Rc<Class>,
        name: &Name,
        bases: &[Value],
        kw: &[(Name, Value)],
    ) -> PyResult<AttrMap> {
        let mut ns = attr_map();
        if python_method(meta, "__prepare__").is_none() {
            return Ok(ns);
        }
        let prepare = self.getattr(&Value::Class(meta.clone()), "__prepare__")?;
        let mut a = Args::new(vec![Value::str(name), Value::tuple(bases.to_vec())]);
        a.kw = kw.to_vec();
        let Value::Dict(d) = self.call(&prepare, a)? else {
            return Err(Exc::new(
                "NotImplementedError",
                "a __prepare__ returning anything but a dict is not supported by coropy",
            ));
        };
        for e in d.borrow().iter() {
            let Some(k) = e.key.as_str() else {
                return Err(type_error("class namespace keys must be strings"));
            };
            ns.insert(Name::from(k), e.value.clone());
        }
        Ok(ns)
    }

    /// Calling a metaclass `M(name, bases, ns, **kw)`: its `__new__` (by default
    /// `type.__new__`) makes the class, then its `__init__` runs when the result is
    /// an instance of `M`.
    pub(super) fn metaclass_new(&mut self, meta: &Rc<Class>, args: Args) -> PyResult<Value> {
        let cls = match python_method(meta, "__new__") {
            Some(new) => {
                let mut a = Args::new(Vec::with_capacity(args.pos.len() + 1));
                a.pos.push(Value::Class(meta.clone()));
                a.pos.extend(args.pos.iter().cloned());
                a.kw = args.kw.clone();
                self.call(&new, a)?
            }
            None => self.type_new_args(meta, args.pos.clone(), args.kw.clone())?,
        };
        if class_of(&cls).is_subclass(meta)
            && let Some(init) = python_method(meta, "__init__")
        {
            let mut a = args;
            a.pos.insert(0, cls.clone());
            self.call(&init, a)?;
        }
        Ok(cls)
    }

    /// `type.__new__(meta, name, bases, dict, **kw)` with its argument checks.
    fn type_new_args(
        &mut self,
        meta: &Rc<Class>,
        pos: Vec<Value>,
        kw: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let [name, bases, dict] = <[Value; 3]>::try_from(pos).map_err(|p| {
            type_error(format!(
                "type.__new__() takes exactly 3 arguments ({} given)",
                p.len()
            ))
        })?;
        self.type_new(as_metaclass(meta), &name, &bases, &dict, kw)
    }

    /// `type(name, bases, dict)` and `type.__new__`: a class of `meta` (or of the most
    /// derived metaclass of its bases).
    pub fn type_new(
        &mut self,
        meta: Option<Rc<Class>>,
        name: &Value,
        bases: &Value,
        dict: &Value,
        kw: Vec<(Name, Value)>,
    ) -> PyResult<Value> {
        let Some(name) = name.as_str().map(Name::from) else {
            return Err(type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                type_name(name)
            )));
        };
        let Value::Tuple(bases) = bases else {
            return Err(type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                type_name(bases)
            )));
        };
        let Value::Dict(d) = dict else {
            return Err(type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                type_name(dict)
            )));
        };
        let (bases, mro): (ClassList, ClassList) = self.class_bases(bases)?;
        let metaclass = winner(meta, &bases)?;
        let mut ns = attr_map();
        for e in d.borrow().iter() {
            let Some(k) = e.key.as_str() else {
                return Err(type_error("type() namespace keys must be strings"));
            };
            ns.insert(Name::from(k), e.value.clone());
        }
        let module = match ns
            .get("__module__")
            .and_then(|v| v.as_str().map(Name::from))
        {
            Some(m) => m,
            None => {
                ns.insert(Name::from("__module__"), Value::str("__main__"));
                Name::from("__main__")
            }
        };
        let qualname = ns
            .get("__qualname__")
            .and_then(|v| v.as_str().map(Name::from))
            .unwrap_or_else(|| name.clone());
        let parts = ClassParts {
            name,
            qualname,
            module,
            bases,
            mro,
            metaclass,
        };
        let cls = new_class(parts, ns)?;
        if let Some((addr, cell)) = &self.class_cell
            && *addr == dict.addr()
        {
            *cell.borrow_mut() = Some(Value::Class(cls.clone()));
        }
        self.class_created(&cls, kw)?;
        Ok(Value::Class(cls))
    }
}

/// The first positional argument as a class (the receiver of a `type` method).
fn receiver(a: &mut Args, method: &str) -> PyResult<Rc<Class>> {
    match (!a.pos.is_empty()).then(|| a.pos.remove(0)) {
        Some(Value::Class(c)) => Ok(c),
        Some(other) => Err(type_error(format!(
            "descriptor '{method}' for 'type' objects doesn't apply to a '{}' object",
            type_name(&other)
        ))),
        None => Err(type_error(format!(
            "descriptor '{method}' of 'type' object needs an argument"
        ))),
    }
}

/// The attribute name argument of `__setattr__`/`__delattr__`.
fn attr_name(v: &Value) -> PyResult<&str> {
    v.as_str().ok_or_else(|| {
        type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v)
        ))
    })
}

/// Native methods stored in the dict of `type`, so a metaclass's `super().__new__`,
/// `super().__prepare__`, `super().__call__`, `super().__setattr__`, ... find them.
pub fn install_type_methods() {
    use crate::builtins::native;
    let mut d = types().type_.dict.borrow_mut();
    d.insert(
        "__new__".into(),
        native("__new__", |i, mut a| {
            let meta = receiver(&mut a, "__new__")?;
            if meta.builtin != BuiltinType::Type {
                return Err(type_error(format!(
                    "type.__new__({}): {} is not a subtype of type",
                    meta.name, meta.name
                )));
            }
            i.type_new_args(&meta, a.pos, a.kw)
        }),
    );
    d.insert(
        "__init__".into(),
        native("__init__", |_, _| Ok(Value::None)),
    );
    d.insert(
        "__prepare__".into(),
        native("__prepare__", |i, _| Ok(i.new_dict())),
    );
    d.insert(
        "__call__".into(),
        native("__call__", |i, mut a| {
            let cls = receiver(&mut a, "__call__")?;
            i.construct_instance(&cls, a)
        }),
    );
    d.insert(
        "__repr__".into(),
        native("__repr__", |_, mut a| {
            let cls = receiver(&mut a, "__repr__")?;
            Ok(Value::string(super::repr::class_repr(&cls)))
        }),
    );
    d.insert(
        "__setattr__".into(),
        native("__setattr__", |i, mut a| {
            let cls = receiver(&mut a, "__setattr__")?;
            let [name, v] = <[Value; 2]>::try_from(a.pos)
                .map_err(|_| type_error("expected 2 arguments, got a different number"))?;
            i.class_setattr(&cls, attr_name(&name)?, v)?;
            Ok(Value::None)
        }),
    );
    d.insert(
        "__delattr__".into(),
        native("__delattr__", |i, mut a| {
            let cls = receiver(&mut a, "__delattr__")?;
            let [name] = <[Value; 1]>::try_from(a.pos)
                .map_err(|_| type_error("expected 1 argument, got a different number"))?;
            i.class_delattr(&cls, attr_name(&name)?)?;
            Ok(Value::None)
        }),
    );
}

/// A `__class__` cell waiting for the class `type.__new__` makes from the namespace
/// dict at this address.
pub type PendingCell = (usize, CellRef);
