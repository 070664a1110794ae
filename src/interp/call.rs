//! Calling: functions (binding arguments to parameter slots with CPython's error
//! messages), builtins, bound methods, classes (instantiation), and class creation.

use std::cell::RefCell;
use std::rc::Rc;

use super::frame::Frame;
use super::{Interp, PyResult};
use crate::compile::code::CodeKind;
use crate::runtime::dict::Dict;
use crate::runtime::exc::{Exc, type_error};
use crate::runtime::object::{Args, BuiltinType, Class, Function, Instance};
use crate::runtime::types::{c3_mro, type_name, types};
use crate::runtime::value::{Name, Value};

/// Rust stack kept free for the evaluator; below it a call raises RecursionError.
const STACK_RED_ZONE: usize = 256 * 1024;

impl Interp {
    pub fn call(&mut self, func: &Value, args: Args) -> PyResult<Value> {
        match func {
            Value::Function(fun) => self.call_function(fun, args),
            Value::Native(n) => (n.func)(self, args),
            Value::BuiltinMethod(m) => (m.func)(self, &m.recv, args),
            Value::BoundMethod(bm) => {
                let mut args = args;
                args.pos.insert(0, bm.self_.clone());
                let f = bm.func.clone();
                self.call(&f, args)
            }
            Value::Class(c) => self.instantiate(c, args),
            Value::Instance(inst) => match inst.class.lookup("__call__") {
                Some(m) => {
                    let mut args = args;
                    args.pos.insert(0, func.clone());
                    self.call(&m, args)
                }
                None => Err(not_callable(func)),
            },
            Value::StaticMethod(f) => self.call(&f.clone(), args),
            _ => Err(not_callable(func)),
        }
    }

    /// Call `obj.name(args)`, avoiding a bound-method object where possible.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Args) -> PyResult<Value> {
        if let Value::Instance(inst) = obj
            && !inst.dict.borrow().contains_key(name)
            && let Some(Value::Function(fun)) = inst.class.lookup(name)
        {
            let mut args = args;
            args.pos.insert(0, obj.clone());
            return self.call_function(&fun, args);
        }
        if let Some(m) = crate::builtins::methods::lookup(obj, name) {
            return m(self, obj, args);
        }
        let f = self.getattr(obj, name)?;
        self.call(&f, args)
    }

    pub fn call_function(&mut self, fun: &Rc<Function>, args: Args) -> PyResult<Value> {
        let mut frame = self.new_frame(fun, args)?;
        match fun.code.kind {
            CodeKind::Function => self.run_function_frame(&mut frame),
            CodeKind::Generator => Ok(super::gen_obj::new_generator(fun, frame)),
            CodeKind::Coroutine => Ok(super::coro::new_coroutine(fun, frame)),
            CodeKind::AsyncGenerator => Ok(super::agen::new_async_generator(fun, frame)),
            CodeKind::Module | CodeKind::ClassBody => unreachable!("not callable code"),
        }
    }

    /// Run the frame of a plain function call, guarding the recursion limit and the
    /// Rust stack.
    #[inline]
    pub fn run_function_frame(&mut self, frame: &mut Frame) -> PyResult<Value> {
        let code = frame.code.clone();
        self.run_function_frame_code(frame, &code)
    }

    /// `run_function_frame` for a caller holding the frame's code (`frame.code`).
    #[inline]
    pub fn run_function_frame_code(
        &mut self,
        frame: &mut Frame,
        code: &crate::compile::code::FuncCode,
    ) -> PyResult<Value> {
        self.depth += 1;
        // The Rust stack is checked every few levels (each level uses a bounded amount).
        if self.depth >= self.recursion_limit
            || (self.depth.is_multiple_of(8)
                && stacker::remaining_stack().is_some_and(|r| r < STACK_RED_ZONE))
        {
            self.depth -= 1;
            return Err(Exc::new(
                "RecursionError",
                "maximum recursion depth exceeded",
            ));
        }
        let r = self.run_code_to_return(frame, code);
        self.depth -= 1;
        r
    }

    /// A frame for `fun` with the arguments bound to its parameter slots.
    pub fn new_frame(&mut self, fun: &Rc<Function>, args: Args) -> PyResult<Frame> {
        let code = &fun.code;
        let mut frame = Frame::new(self, code.clone(), fun.globals.clone());
        let p = &code.params;
        let nargs = p.args.len();
        // Fast path: exactly the positional parameters.
        if args.kw.is_empty()
            && args.pos.len() == nargs
            && p.vararg.is_none()
            && p.kwonly.is_empty()
            && p.kwarg.is_none()
        {
            for (i, v) in args.pos.into_iter().enumerate() {
                frame.slots[i] = Some(v);
            }
        } else {
            bind_args(fun, &mut frame.slots, args)?;
        }
        // Cells: own cell variables (parameters among them take their values), then
        // the closure's cells.
        if !code.cell_names.is_empty() {
            let mut cells = Vec::with_capacity(code.cell_names.len());
            for _ in 0..code.ncellvars {
                cells.push(Rc::new(RefCell::new(None)));
            }
            for &(slot, cell) in &code.cell_params {
                *cells[cell].borrow_mut() = frame.slots[slot].take();
            }
            cells.extend(fun.closure.iter().cloned());
            frame.extra_mut().cells = cells.into_boxed_slice();
        }
        Ok(frame)
    }

    fn instantiate(&mut self, cls: &Rc<Class>, args: Args) -> PyResult<Value> {
        if let Some(call) = cls
            .metaclass
            .as_ref()
            .and_then(|m| super::metaclass::python_method(m, "__call__"))
        {
            let mut args = args;
            args.pos.insert(0, Value::Class(cls.clone()));
            return self.call(&call, args);
        }
        self.construct_instance(cls, args)
    }

    /// `type.__call__(cls, ...)`: make an instance with the class's `__new__` and
    /// `__init__` (for a metaclass, a class with its `__new__` and `__init__`).
    pub(super) fn construct_instance(&mut self, cls: &Rc<Class>, args: Args) -> PyResult<Value> {
        if &*cls.module == "asyncio.queues"
            && let Some(q) = self.queue_construct(cls, &args)
        {
            return q;
        }
        if cls.is_builtin && cls.builtin != BuiltinType::BaseException {
            return crate::builtins::construct(self, cls, args);
        }
        if cls.builtin == BuiltinType::Type {
            return self.metaclass_new(cls, args);
        }
        let group = types().exc("BaseExceptionGroup");
        let cls = if cls.is_subclass(&group) {
            &self.exception_group_class(cls, &args)?
        } else {
            cls
        };
        let object_new = types().object.dict.borrow().get("__new__").cloned();
        let user_new = cls
            .lookup("__new__")
            .filter(|f| !object_new.as_ref().is_some_and(|o| o.is(f)));
        let obj = match &user_new {
            // A class's own `__new__(cls, *args)` (a static method, as in CPython) makes
            // the object; `__init__` runs only when it returns an instance of `cls`.
            Some(new) => {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(Value::Class(cls.clone()));
                pos.extend(args.pos.iter().cloned());
                let new_args = Args {
                    pos,
                    kw: args.kw.clone(),
                };
                let obj = self.call(new, new_args)?;
                match &obj {
                    Value::Instance(i) if i.class.is_subclass(cls) => obj,
                    _ => return Ok(obj),
                }
            }
            None => {
                let inst = Rc::new(Instance::new(cls.clone()));
                if cls.is_exception() {
                    inst.exc().args = args.pos.clone();
                }
                Value::Instance(inst)
            }
        };
        // `object.__init__` accepts no arguments: a class that overrides neither it nor
        // `__new__` takes none.
        let object_init = types().object.dict.borrow().get("__init__").cloned();
        let init = cls
            .lookup("__init__")
            .filter(|f| !object_init.as_ref().is_some_and(|o| o.is(f)));
        match init {
            Some(init) => {
                let mut args = args;
                args.pos.insert(0, obj.clone());
                let r = self.call(&init, args)?;
                if !r.is_none() {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        type_name(&r)
                    )));
                }
            }
            None => {
                if !cls.is_exception()
                    && user_new.is_none()
                    && (!args.pos.is_empty() || !args.kw.is_empty())
                {
                    return Err(type_error(format!("{}() takes no arguments", cls.name)));
                }
            }
        }
        Ok(obj)
    }

    /// Check `BaseExceptionGroup(message, exceptions)` arguments; a plain
    /// `BaseExceptionGroup` of `Exception`s is an `ExceptionGroup`, as in CPython.
    fn exception_group_class(&mut self, cls: &Rc<Class>, args: &Args) -> PyResult<Rc<Class>> {
        let t = types();
        let [msg, excs] = args.pos.as_slice() else {
            return Err(type_error(format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                args.pos.len()
            )));
        };
        if !matches!(msg, Value::Str(_)) {
            return Err(type_error(
                "argument 1 must be str, not ".to_string() + &type_name(msg),
            ));
        }
        let items = match excs {
            Value::List(_) | Value::Tuple(_) => self.iterate(excs)?,
            other => {
                return Err(type_error(format!(
                    "second argument (exceptions) must be a sequence, not {}",
                    type_name(other)
                )));
            }
        };
        if items.is_empty() {
            return Err(Exc::new(
                "ValueError",
                "second argument (exceptions) must be a non-empty sequence",
            ));
        }
        let exception = t.exc("Exception");
        let mut all_exceptions = true;
        for (i, e) in items.iter().enumerate() {
            match e {
                Value::Instance(inst) if inst.class.is_exception() => {
                    if !inst.class.is_subclass(&exception) {
                        all_exceptions = false;
                    }
                }
                _ => {
                    return Err(Exc::new(
                        "ValueError",
                        format!("Item {i} of second argument (exceptions) is not an exception"),
                    ));
                }
            }
        }
        let base_group = t.exc("BaseExceptionGroup");
        if Rc::ptr_eq(cls, &base_group) && all_exceptions {
            return Ok(t.exc("ExceptionGroup"));
        }
        if !all_exceptions && cls.is_subclass(&exception) {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
        Ok(cls.clone())
    }

    /// The bases of a new class (PEP 560's `__mro_entries__` applied) and its MRO.
    pub(super) fn class_bases(&mut self, given: &[Value]) -> PyResult<(ClassList, ClassList)> {
        let base_values = self.resolve_bases(given)?;
        check_bases(&base_values)
    }

    /// The bases of a new class with PEP 560's `__mro_entries__` applied.
    pub(super) fn resolve_bases(&mut self, given: &[Value]) -> PyResult<Vec<Value>> {
        let mut base_values = Vec::new();
        for b in given {
            if let Value::Instance(inst) = b
                && inst.class.lookup("__mro_entries__").is_some()
            {
                let orig = Value::tuple(given.to_vec());
                let entries = self.call_method(b, "__mro_entries__", Args::new(vec![orig]))?;
                match entries {
                    Value::Tuple(t) => base_values.extend(t.iter().cloned()),
                    _ => return Err(type_error("__mro_entries__ must return a tuple")),
                }
            } else {
                base_values.push(b.clone());
            }
        }
        Ok(base_values)
    }

    /// After a class is made: its attributes' `__set_name__`, then the parents'
    /// `__init_subclass__` with the class keywords.
    pub(super) fn class_created(
        &mut self,
        cls: &Rc<Class>,
        kw: Vec<(Name, Value)>,
    ) -> PyResult<()> {
        let cls_value = Value::Class(cls.clone());
        let attrs: Vec<(Name, Value)> = cls
            .dict
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (name, v) in attrs {
            if let Value::Instance(inst) = &v
                && inst.class.lookup("__set_name__").is_some()
            {
                let a = Args::new(vec![cls_value.clone(), Value::str(&name)]);
                self.call_method(&v, "__set_name__", a)?;
            }
        }
        let hook = cls
            .mro
            .iter()
            .find_map(|c| c.dict.borrow().get("__init_subclass__").cloned());
        match hook {
            Some(h) => {
                let h = match h {
                    Value::ClassMethod(f) => (*f).clone(),
                    other => other,
                };
                let mut a = Args::new(vec![cls_value]);
                a.kw = kw;
                self.call(&h, a)?;
            }
            None if !kw.is_empty() => {
                return Err(type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    cls.name
                )));
            }
            None => {}
        }
        Ok(())
    }
}

/// The classes among resolved bases (refusing builtins coropy cannot subclass), and
/// their MRO.
pub(super) fn check_bases(base_values: &[Value]) -> PyResult<(ClassList, ClassList)> {
    let mut bases = Vec::new();
    for b in base_values {
        match b {
            Value::Class(c) => {
                if c.is_builtin
                    && !matches!(
                        c.builtin,
                        BuiltinType::Object | BuiltinType::BaseException | BuiltinType::Type
                    )
                {
                    return Err(type_error(format!(
                        "subclassing the builtin type '{}' is not supported by coropy",
                        c.name
                    )));
                }
                bases.push(c.clone());
            }
            other => {
                return Err(type_error(format!(
                    "bases must be types, not {}",
                    type_name(other)
                )));
            }
        }
    }
    if bases.is_empty() {
        bases.push(types().object.clone());
    }
    let Some(mro) = c3_mro(&bases) else {
        let names: Vec<&str> = bases.iter().map(|b| &*b.name).collect();
        return Err(type_error(format!(
            "Cannot create a consistent method resolution order (MRO) for bases {}",
            names.join(", ")
        )));
    };
    Ok((bases, mro))
}

/// Classes in order (bases or an MRO).
pub(super) type ClassList = Vec<Rc<Class>>;

/// What a new class is made of; `metaclass` is `None` for `type`.
pub(super) struct ClassParts {
    pub name: Name,
    pub qualname: Name,
    pub module: Name,
    pub bases: ClassList,
    pub mro: ClassList,
    pub metaclass: Option<Rc<Class>>,
}

pub(super) fn new_class(
    parts: ClassParts,
    mut dict: crate::runtime::object::AttrMap,
) -> PyResult<Rc<Class>> {
    if dict.contains_key("__getattribute__") {
        return Err(getattribute_unsupported());
    }
    let builtin = if parts.bases.iter().any(|b| b.is_exception()) {
        BuiltinType::BaseException
    } else if parts.bases.iter().any(|b| b.builtin == BuiltinType::Type) {
        BuiltinType::Type
    } else {
        BuiltinType::Object
    };
    // A class that defines `__eq__` but not `__hash__` is unhashable.
    if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
        dict.insert(Name::from("__hash__"), Value::None);
    }
    Ok(Rc::new(Class {
        name: parts.name,
        qualname: parts.qualname,
        module: parts.module,
        bases: parts.bases,
        mro: parts.mro,
        dict: RefCell::new(dict),
        builtin,
        is_builtin: false,
        metaclass: parts.metaclass,
    }))
}

/// Attribute access never consults a class's `__getattribute__` (lookups are inlined
/// for speed), so defining one is refused rather than silently ignored.
pub fn getattribute_unsupported() -> Exc {
    Exc::new(
        "NotImplementedError",
        "a class defining __getattribute__ is not supported by coropy",
    )
}

fn not_callable(v: &Value) -> Exc {
    type_error(format!("'{}' object is not callable", type_name(v)))
}

/// Bind call arguments to parameter slots, with CPython's messages.
fn bind_args(fun: &Function, slots: &mut [Option<Value>], args: Args) -> PyResult<()> {
    let code = &fun.code;
    let p = &code.params;
    let qual = &fun.qualname;
    let nargs = p.args.len();
    let npos = args.pos.len();
    let mut pos = args.pos.into_iter();
    for (i, v) in pos.by_ref().take(nargs).enumerate() {
        slots[i] = Some(v);
    }
    let vararg_slot = nargs;
    let kwonly_start = nargs + p.vararg.is_some() as usize;
    let kwarg_slot = kwonly_start + p.kwonly.len();
    if p.vararg.is_some() {
        slots[vararg_slot] = Some(Value::tuple(pos.collect()));
    } else if npos > nargs {
        let ndefaults = fun.defaults.len();
        let kw_given = args
            .kw
            .iter()
            .filter(|(k, _)| p.kwonly.iter().any(|n| n == k))
            .count();
        let takes = if ndefaults > 0 {
            format!("from {} to {}", nargs - ndefaults, nargs)
        } else {
            nargs.to_string()
        };
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let given = if kw_given > 0 {
            format!(
                "{npos} positional argument{} (and {kw_given} keyword-only argument{}) were given",
                plural(npos),
                plural(kw_given)
            )
        } else {
            format!("{npos} {} given", if npos == 1 { "was" } else { "were" })
        };
        return Err(type_error(format!(
            "{qual}() takes {takes} positional argument{} but {given}",
            if takes == "1" { "" } else { "s" }
        )));
    }
    let mut kwargs: Option<Dict> = p.kwarg.as_ref().map(|_| Dict::new());
    let mut kwargs_pairs: Vec<(Name, Value)> = Vec::new();
    let mut posonly_as_kw = Vec::new();
    for (k, v) in args.kw {
        if let Some(i) = p.args.iter().position(|n| *n == k)
            && i >= p.posonly
        {
            if slots[i].is_some() {
                return Err(type_error(format!(
                    "{qual}() got multiple values for argument '{k}'"
                )));
            }
            slots[i] = Some(v);
        } else if let Some(i) = p.kwonly.iter().position(|n| *n == k) {
            slots[kwonly_start + i] = Some(v);
        } else if kwargs.is_some() {
            kwargs_pairs.push((k, v));
        } else if p.args[..p.posonly].contains(&k) {
            posonly_as_kw.push(k);
        } else {
            return Err(type_error(format!(
                "{qual}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    if !posonly_as_kw.is_empty() {
        let names: Vec<String> = posonly_as_kw.iter().map(|n| n.to_string()).collect();
        return Err(type_error(format!(
            "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
            names.join(", ")
        )));
    }
    // Defaults.
    let first_default = nargs - fun.defaults.len();
    let mut missing = Vec::new();
    for (i, slot) in slots.iter_mut().enumerate().take(nargs) {
        if slot.is_none() {
            if i >= first_default {
                *slot = Some(fun.defaults[i - first_default].clone());
            } else {
                missing.push(p.args[i].clone());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(qual, "positional", &missing));
    }
    let mut missing_kw = Vec::new();
    for (i, name) in p.kwonly.iter().enumerate() {
        let slot = kwonly_start + i;
        if slots[slot].is_none() {
            match fun.kwdefaults.get(i).cloned().flatten() {
                Some(d) => slots[slot] = Some(d),
                None => missing_kw.push(name.clone()),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(missing_error(qual, "keyword-only", &missing_kw));
    }
    if let Some(d) = kwargs.as_mut() {
        for (k, v) in kwargs_pairs {
            let key = Value::str(&k);
            let h = crate::interp::protocols::str_hash(&k);
            d.insert::<Exc>(h, key, v, &mut |_, _| Ok(false))?;
        }
    }
    if let Some(d) = kwargs {
        slots[kwarg_slot] = Some(Value::dict(d));
    }
    Ok(())
}

fn missing_error(qual: &str, kind: &str, names: &[Name]) -> Exc {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    type_error(format!(
        "{qual}() missing {} required {kind} argument{}: {list}",
        names.len(),
        if names.len() == 1 { "" } else { "s" }
    ))
}
