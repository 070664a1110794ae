//! Heap objects behind `Value`: classes, instances, functions, modules, methods.

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;
use rustc_hash::FxBuildHasher;

use super::value::{Name, Value};
use crate::compile::code::FuncCode;
use crate::interp::{Interp, PyResult};

/// Attribute tables: insertion ordered, keyed by name.
pub type AttrMap = IndexMap<Name, Value, FxBuildHasher>;

pub fn attr_map() -> AttrMap {
    IndexMap::with_hasher(FxBuildHasher)
}

/// A closure cell; `None` while the variable is unbound.
pub type CellRef = Rc<RefCell<Option<Value>>>;

/// Which builtin type a class is (or, for a user class, derives its storage from).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinType {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Generator,
    Coroutine,
    AsyncGenerator,
    /// `async_generator_asend` / `async_generator_athrow`.
    AsyncGenAwaitable,
    Iterator,
    BaseException,
}

pub struct Class {
    pub name: Name,
    pub qualname: Name,
    pub module: Name,
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, excluding the class itself.
    pub mro: Vec<Rc<Class>>,
    pub dict: RefCell<AttrMap>,
    /// The builtin type this class is, or the builtin its instances are built on.
    pub builtin: BuiltinType,
    /// True for builtin types (their methods are native, not in `dict`).
    pub is_builtin: bool,
    /// The class's metaclass when it is not `type` (`class A(metaclass=M)`): protocol
    /// operations on the class object go to its methods.
    pub metaclass: Option<Rc<Class>>,
}

impl Class {
    /// Look `name` up in the class and its MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        for c in &self.mro {
            if let Some(v) = c.dict.borrow().get(name) {
                return Some(v.clone());
            }
        }
        None
    }
    /// Is `self` the class `other` or a subclass of it?
    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }
    pub fn is_exception(&self) -> bool {
        self.builtin == BuiltinType::BaseException
    }
}

/// Extra state of exception instances.
#[derive(Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    pub traceback: Vec<TbEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// The frame activation that last recorded a traceback entry (avoids duplicates on
    /// re-raise within the same frame).
    pub last_frame: u64,
}

/// One traceback line: where in which code an exception passed.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<FuncCode>,
    pub span: crate::syntax::ast::Span,
}

pub struct Instance {
    pub class: Rc<Class>,
    pub dict: RefCell<AttrMap>,
    /// Present when the class derives from BaseException.
    pub exc: Option<RefCell<ExcData>>,
    /// The builtin value an instance of a builtin-derived class wraps (unused so far).
    pub base_value: RefCell<Option<Value>>,
}

impl Instance {
    pub fn new(class: Rc<Class>) -> Instance {
        let exc = class
            .is_exception()
            .then(|| RefCell::new(ExcData::default()));
        Instance {
            class,
            dict: RefCell::new(attr_map()),
            exc,
            base_value: RefCell::new(None),
        }
    }
    pub fn exc(&self) -> std::cell::RefMut<'_, ExcData> {
        self.exc
            .as_ref()
            .expect("an exception instance")
            .borrow_mut()
    }
}

/// A module's global variables: names resolved to indices at compile time.
pub struct Globals {
    pub names: RefCell<IndexMap<Name, u32, FxBuildHasher>>,
    pub values: RefCell<Vec<Option<Value>>>,
}

impl Globals {
    pub fn new() -> Globals {
        Globals {
            names: RefCell::new(IndexMap::with_hasher(FxBuildHasher)),
            values: RefCell::new(Vec::new()),
        }
    }
    /// The index of `name`, allocating an (unbound) slot if new.
    pub fn slot(&self, name: &str) -> u32 {
        if let Some(&i) = self.names.borrow().get(name) {
            return i;
        }
        let i = self.values.borrow().len() as u32;
        self.values.borrow_mut().push(None);
        self.names.borrow_mut().insert(Name::from(name), i);
        i
    }
    pub fn get(&self, name: &str) -> Option<Value> {
        let i = *self.names.borrow().get(name)?;
        self.values.borrow()[i as usize].clone()
    }
    pub fn set(&self, name: &str, v: Value) {
        let i = self.slot(name);
        self.values.borrow_mut()[i as usize] = Some(v);
    }
    /// Bound names and values in definition order (without the hidden `$` names of
    /// the interpreter's own temporaries, such as a `match` statement's subject).
    pub fn items(&self) -> Vec<(Name, Value)> {
        let values = self.values.borrow();
        self.names
            .borrow()
            .iter()
            .filter(|(n, _)| !n.starts_with('$'))
            .filter_map(|(n, &i)| values[i as usize].clone().map(|v| (n.clone(), v)))
            .collect()
    }
}

impl Default for Globals {
    fn default() -> Self {
        Globals::new()
    }
}

pub struct Module {
    pub name: Name,
    pub globals: Rc<Globals>,
}

pub struct Function {
    pub code: Rc<FuncCode>,
    pub name: Name,
    pub qualname: Name,
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, aligned with `code.params.kwonly`.
    pub kwdefaults: Vec<Option<Value>>,
    pub closure: Vec<CellRef>,
    pub globals: Rc<Globals>,
    /// `f.__dict__`: attributes set on the function (and `__name__` overrides).
    pub attrs: RefCell<AttrMap>,
}

/// Positional and keyword arguments of a call.
#[derive(Default)]
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Name, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Args {
        Args {
            pos,
            kw: Vec::new(),
        }
    }

    /// The keyword argument `name`, if given.
    pub fn kwarg(&self, name: &str) -> Option<&Value> {
        self.kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
    }
}

pub type NativeImpl = fn(&mut Interp, Args) -> PyResult<Value>;
pub type MethodImpl = fn(&mut Interp, &Value, Args) -> PyResult<Value>;
/// A builtin function called with exactly one positional argument and no keywords
/// (CPython's METH_O): no argument vector is built.
pub type OneArgImpl = fn(&mut Interp, &Value) -> PyResult<Value>;
/// A builtin method called with positional arguments only, of an arity its lookup
/// accepted (`builtins::methods::lookup_positional`): no argument vector is built.
pub type PositionalMethodImpl = fn(&mut Interp, &Value, &[Value]) -> PyResult<Value>;

/// A builtin function.
pub struct NativeFn {
    pub name: &'static str,
    pub func: NativeImpl,
    /// The same function for a call with one positional argument, when it has one.
    pub one_arg: Option<OneArgImpl>,
    /// `one_arg` runs no Python code (and neither warns nor creates coroutines) unless
    /// its argument is an instance, so a call with any other argument needs no call
    /// site recorded (`len`, `abs`).
    pub one_arg_native: bool,
}

/// A builtin type's method bound to its receiver.
pub struct BuiltinMethod {
    pub recv: Value,
    pub name: &'static str,
    pub func: MethodImpl,
}

/// A Python function (or other callable) bound to `self_`.
pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}

pub struct Property {
    pub fget: Option<Value>,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
}
