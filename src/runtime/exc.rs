//! `Exc`: a raised Python exception as a Rust error value, and constructors for the
//! builtin exceptions with CPython's messages.

use std::rc::Rc;

use super::object::{Class, Instance};
use super::types::types;
use super::value::Value;

/// A Python exception in flight (always an instance of a BaseException subclass).
#[derive(Clone)]
pub struct Exc(pub Rc<Instance>);

impl std::fmt::Debug for Exc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} exception>", self.0.class.name)
    }
}

impl Exc {
    /// An instance of `class` with the given args.
    pub fn with_args(class: Rc<Class>, args: Vec<Value>) -> Exc {
        let inst = Instance::new(class);
        inst.exc().args = args;
        Exc(Rc::new(inst))
    }
    /// A builtin exception by class name with one string argument.
    pub fn new(class: &str, msg: impl Into<String>) -> Exc {
        Exc::with_args(types().exc(class), vec![Value::string(msg.into())])
    }
    /// A builtin exception by class name with no arguments.
    pub fn bare(class: &str) -> Exc {
        Exc::with_args(types().exc(class), vec![])
    }
    pub fn value(&self) -> Value {
        Value::Instance(self.0.clone())
    }
    pub fn class(&self) -> &Rc<Class> {
        &self.0.class
    }
    pub fn is_instance(&self, class: &str) -> bool {
        self.0.class.is_subclass(&types().exc(class))
    }
    pub fn args(&self) -> Vec<Value> {
        self.0.exc().args.clone()
    }
}

pub fn type_error(msg: impl Into<String>) -> Exc {
    Exc::new("TypeError", msg)
}
pub fn value_error(msg: impl Into<String>) -> Exc {
    Exc::new("ValueError", msg)
}
pub fn attribute_error(msg: impl Into<String>) -> Exc {
    Exc::new("AttributeError", msg)
}
pub fn index_error(msg: impl Into<String>) -> Exc {
    Exc::new("IndexError", msg)
}
pub fn runtime_error(msg: impl Into<String>) -> Exc {
    Exc::new("RuntimeError", msg)
}
pub fn zero_division(msg: impl Into<String>) -> Exc {
    Exc::new("ZeroDivisionError", msg)
}
pub fn overflow_error(msg: impl Into<String>) -> Exc {
    Exc::new("OverflowError", msg)
}
pub fn name_error(name: &str) -> Exc {
    Exc::new("NameError", format!("name '{name}' is not defined"))
}
pub fn key_error(key: Value) -> Exc {
    Exc::with_args(types().exc("KeyError"), vec![key])
}
pub fn stop_iteration(value: Value) -> Exc {
    match value {
        Value::None => Exc::bare("StopIteration"),
        v => Exc::with_args(types().exc("StopIteration"), vec![v]),
    }
}
