//! The builtin classes (`int`, `str`, ..., the exception hierarchy), created once per
//! interpreter thread and reachable from anywhere through `types()`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::object::{BuiltinType, Class, attr_map};
use super::value::{Name, Value};

pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub list: Rc<Class>,
    pub tuple: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    pub generator: Rc<Class>,
    pub coroutine: Rc<Class>,
    pub async_generator: Rc<Class>,
    pub async_generator_asend: Rc<Class>,
    pub async_generator_athrow: Rc<Class>,
    pub iterator: Rc<Class>,
    /// Every exception class by name.
    pub exceptions: HashMap<&'static str, Rc<Class>>,
}

/// The exception hierarchy: (name, base).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ExceptionGroup", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ResourceWarning", "Warning"),
];

/// Compute a C3 linearisation of `bases` (the MRO excluding the class itself).
/// Returns `None` when no consistent order exists.
pub fn c3_mro(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| {
            let mut v = vec![b.clone()];
            v.extend(b.mro.iter().cloned());
            v
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        let c = candidate?;
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

fn builtin_class(name: &str, bases: Vec<Rc<Class>>, kind: BuiltinType) -> Rc<Class> {
    let mro = c3_mro(&bases).expect("builtin hierarchy is consistent");
    Rc::new(Class {
        name: Name::from(name),
        qualname: Name::from(name),
        module: Name::from("builtins"),
        bases,
        mro,
        dict: RefCell::new(attr_map()),
        builtin: kind,
        is_builtin: true,
        metaclass: None,
    })
}

impl Types {
    fn new() -> Types {
        use BuiltinType as B;
        let object = builtin_class("object", vec![], B::Object);
        let mk = |name: &str, kind| builtin_class(name, vec![object.clone()], kind);
        let int = mk("int", B::Int);
        let mut exceptions: HashMap<&'static str, Rc<Class>> = HashMap::new();
        for &(name, base) in EXCEPTIONS {
            let bases = if base.is_empty() {
                vec![object.clone()]
            } else {
                vec![exceptions[base].clone()]
            };
            exceptions.insert(name, builtin_class(name, bases, B::BaseException));
        }
        // ExceptionGroup derives from both BaseExceptionGroup and Exception.
        let eg = builtin_class(
            "ExceptionGroup",
            vec![
                exceptions["BaseExceptionGroup"].clone(),
                exceptions["Exception"].clone(),
            ],
            B::BaseException,
        );
        exceptions.insert("ExceptionGroup", eg);
        Types {
            type_: mk("type", B::Type),
            none: mk("NoneType", B::NoneType),
            not_implemented: mk("NotImplementedType", B::NotImplementedType),
            ellipsis: mk("ellipsis", B::Ellipsis),
            bool_: builtin_class("bool", vec![int.clone()], B::Bool),
            int,
            float: mk("float", B::Float),
            str_: mk("str", B::Str),
            list: mk("list", B::List),
            tuple: mk("tuple", B::Tuple),
            dict: mk("dict", B::Dict),
            set: mk("set", B::Set),
            frozenset: mk("frozenset", B::FrozenSet),
            range: mk("range", B::Range),
            slice: mk("slice", B::Slice),
            function: mk("function", B::Function),
            builtin_function: mk("builtin_function_or_method", B::BuiltinFunction),
            method: mk("method", B::Method),
            module: mk("module", B::Module),
            property: mk("property", B::Property),
            staticmethod: mk("staticmethod", B::StaticMethod),
            classmethod: mk("classmethod", B::ClassMethod),
            super_: mk("super", B::Super),
            generator: mk("generator", B::Generator),
            coroutine: mk("coroutine", B::Coroutine),
            async_generator: mk("async_generator", B::AsyncGenerator),
            async_generator_asend: mk("async_generator_asend", B::AsyncGenAwaitable),
            async_generator_athrow: mk("async_generator_athrow", B::AsyncGenAwaitable),
            iterator: mk("iterator", B::Iterator),
            exceptions,
            object,
        }
    }

    /// An exception class by name (panics on a name not in the hierarchy: a bug).
    pub fn exc(&self, name: &str) -> Rc<Class> {
        match self.exceptions.get(name) {
            Some(c) => c.clone(),
            None => panic!("unknown builtin exception {name}"),
        }
    }
}

thread_local! {
    static TYPES: &'static Types = Box::leak(Box::new(Types::new()));
}

/// The builtin classes of this interpreter thread.
pub fn types() -> &'static Types {
    TYPES.with(|t| *t)
}

/// The class of any value (`type(v)`).
pub fn class_of(v: &Value) -> Rc<Class> {
    let t = types();
    match v {
        Value::None => t.none.clone(),
        Value::NotImplemented => t.not_implemented.clone(),
        Value::Ellipsis => t.ellipsis.clone(),
        Value::Bool(_) => t.bool_.clone(),
        Value::Int(_) | Value::BigInt(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Str(_) => t.str_.clone(),
        Value::List(_) => t.list.clone(),
        Value::Tuple(_) => t.tuple.clone(),
        Value::Dict(_) => t.dict.clone(),
        Value::Set(_) => t.set.clone(),
        Value::FrozenSet(_) => t.frozenset.clone(),
        Value::Range(_) => t.range.clone(),
        Value::Slice(_) => t.slice.clone(),
        Value::Function(_) => t.function.clone(),
        Value::Native(_) | Value::BuiltinMethod(_) => t.builtin_function.clone(),
        Value::BoundMethod(_) => t.method.clone(),
        Value::Class(c) => c.metaclass.clone().unwrap_or_else(|| t.type_.clone()),
        Value::Instance(i) => i.class.clone(),
        Value::Module(_) => t.module.clone(),
        Value::Property(_) => t.property.clone(),
        Value::StaticMethod(_) => t.staticmethod.clone(),
        Value::ClassMethod(_) => t.classmethod.clone(),
        Value::Super(_) => t.super_.clone(),
        Value::Generator(_) => t.generator.clone(),
        Value::Coroutine(_) => t.coroutine.clone(),
        Value::AsyncGen(_) => t.async_generator.clone(),
        Value::AGenOp(op) => {
            if op.borrow().is_asend() {
                t.async_generator_asend.clone()
            } else {
                t.async_generator_athrow.clone()
            }
        }
        Value::Iter(it) => it.borrow().class(),
        Value::DictView(v) => crate::interp::iters::iter_class(match v.1 {
            crate::interp::iters::DictPart::Keys => "dict_keys",
            crate::interp::iters::DictPart::Values => "dict_values",
            crate::interp::iters::DictPart::Items => "dict_items",
        }),
        Value::Future(f) => {
            let a = crate::aio::aio_types();
            if f.task.is_some() {
                a.task.clone()
            } else {
                a.future.clone()
            }
        }
        Value::Loop(_) => crate::aio::aio_types().event_loop.clone(),
        Value::Handle(h) => {
            let a = crate::aio::aio_types();
            if h.when.is_some() {
                a.timer_handle.clone()
            } else {
                a.handle.clone()
            }
        }
        Value::Queue(q) => q.class.clone(),
        Value::YieldOnce | Value::EventWaiters(_) => t.object.clone(),
        Value::Namespace(_) | Value::AttrDict(_) => t.dict.clone(),
    }
}

/// `type(v).__name__`
pub fn type_name(v: &Value) -> Name {
    match v {
        Value::Iter(it) => it.borrow().class().name.clone(),
        _ => class_of(v).name.clone(),
    }
}
