//! Builtin iterator objects (list_iterator, enumerate, zip, map, filter, ...).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::{Interp, PyResult};
use crate::runtime::dict::Dict;
use crate::runtime::exc::{Exc, runtime_error};
use crate::runtime::object::{Args, BuiltinType, Class, attr_map};
use crate::runtime::set::SetData;
use crate::runtime::types::types;
use crate::runtime::value::{Name, PyStr, Value};

pub type IterRef = Rc<RefCell<IterState>>;

/// What `next()` does on `dict.items()` etc.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    List(Rc<RefCell<Vec<Value>>>, usize),
    Tuple(Rc<Vec<Value>>, usize),
    /// A string and the byte offset of the next character.
    Str(Rc<PyStr>, usize),
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    /// Dict keys: the dict, next raw position, length at creation (to detect changes).
    DictKeys(Rc<RefCell<Dict>>, usize, usize),
    DictView(Rc<RefCell<Dict>>, usize, usize, DictPart),
    /// A snapshot of values (frozensets).
    Values(Rc<[Value]>, usize),
    /// A set: the set, next raw position, length at creation (to detect changes).
    Set(Rc<RefCell<SetData>>, usize, usize),
    Reversed(Rc<[Value]>, usize),
    Enumerate(Value, i64),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    /// `obj[0]`, `obj[1]`, ... until IndexError.
    SeqProtocol(Value, i64),
    /// `iter(callable, sentinel)`
    Callable(Value, Value),
    Exhausted,
}

pub fn new_iter(state: IterState) -> Value {
    Value::Iter(Rc::new(RefCell::new(state)))
}

thread_local! {
    static ITER_CLASSES: RefCell<HashMap<&'static str, Rc<Class>>> = RefCell::new(HashMap::new());
}

/// A builtin class for an iterator kind (created on first use).
pub fn iter_class(name: &'static str) -> Rc<Class> {
    ITER_CLASSES.with(|m| {
        m.borrow_mut()
            .entry(name)
            .or_insert_with(|| {
                Rc::new(Class {
                    name: Name::from(name),
                    qualname: Name::from(name),
                    module: Name::from("builtins"),
                    bases: vec![types().object.clone()],
                    mro: vec![types().object.clone()],
                    dict: RefCell::new(attr_map()),
                    builtin: BuiltinType::Iterator,
                    is_builtin: true,
                    metaclass: None,
                })
            })
            .clone()
    })
}

impl IterState {
    pub fn class(&self) -> Rc<Class> {
        iter_class(match self {
            IterState::List(..) => "list_iterator",
            IterState::Tuple(..) => "tuple_iterator",
            IterState::Str(..) => "str_ascii_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::DictKeys(..) => "dict_keyiterator",
            IterState::DictView(_, _, _, DictPart::Keys) => "dict_keyiterator",
            IterState::DictView(_, _, _, DictPart::Values) => "dict_valueiterator",
            IterState::DictView(_, _, _, DictPart::Items) => "dict_itemiterator",
            IterState::Values(..) | IterState::Set(..) => "set_iterator",
            IterState::Reversed(..) => "reversed",
            IterState::Enumerate(..) => "enumerate",
            IterState::Zip(..) => "zip",
            IterState::Map(..) => "map",
            IterState::Filter(..) => "filter",
            IterState::SeqProtocol(..) => "iterator",
            IterState::Callable(..) => "callable_iterator",
            IterState::Exhausted => "iterator",
        })
    }
}

fn dict_changed() -> Exc {
    runtime_error("dictionary changed size during iteration")
}

/// Advance a builtin iterator.
pub fn iter_next(interp: &mut Interp, it: &IterRef) -> PyResult<Option<Value>> {
    // Lists and ranges, the iterators `for` loops step most, in a small frame.
    match &mut *it.borrow_mut() {
        IterState::List(l, i) => {
            let l = l.borrow();
            return Ok(match l.get(*i) {
                Some(v) => {
                    *i += 1;
                    Some(v.clone())
                }
                None => None,
            });
        }
        IterState::Range {
            next,
            step,
            remaining,
        } => {
            if *remaining <= 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            return Ok(Some(Value::Int(v)));
        }
        _ => {}
    }
    iter_next_other(interp, it)
}

/// `iter_next` of the other iterator states.
#[inline(never)]
fn iter_next_other(interp: &mut Interp, it: &IterRef) -> PyResult<Option<Value>> {
    // States that call back into Python must release the borrow first.
    let call_state = {
        let mut st = it.borrow_mut();
        match &mut *st {
            IterState::List(..) | IterState::Range { .. } => {
                unreachable!("stepped by iter_next")
            }
            IterState::Tuple(t, i) => {
                return Ok(match t.get(*i) {
                    Some(v) => {
                        *i += 1;
                        Some(v.clone())
                    }
                    None => None,
                });
            }
            IterState::Values(t, i) => {
                return Ok(match t.get(*i) {
                    Some(v) => {
                        *i += 1;
                        Some(v.clone())
                    }
                    None => None,
                });
            }
            IterState::Reversed(t, i) => {
                if *i == 0 {
                    return Ok(None);
                }
                *i -= 1;
                return Ok(Some(t[*i].clone()));
            }
            IterState::Str(s, pos) => {
                let rest = &s.as_str()[*pos..];
                return Ok(rest.chars().next().map(|c| {
                    *pos += c.len_utf8();
                    Value::string(c.to_string())
                }));
            }
            IterState::Set(set, pos, len0) => {
                let set = set.borrow();
                if set.len() != *len0 {
                    return Err(runtime_error("Set changed size during iteration"));
                }
                return Ok(set.next_from(*pos).map(|(next, k)| {
                    *pos = next;
                    k
                }));
            }
            IterState::DictKeys(d, pos, len0) => {
                let d = d.borrow();
                if d.len() != *len0 {
                    return Err(dict_changed());
                }
                while let Some(e) = d.entry_at(*pos) {
                    *pos += 1;
                    if let Some(e) = e {
                        return Ok(Some(e.key.clone()));
                    }
                }
                return Ok(None);
            }
            IterState::DictView(d, pos, len0, part) => {
                let d = d.borrow();
                if d.len() != *len0 {
                    return Err(dict_changed());
                }
                while let Some(e) = d.entry_at(*pos) {
                    *pos += 1;
                    if let Some(e) = e {
                        return Ok(Some(match part {
                            DictPart::Keys => e.key.clone(),
                            DictPart::Values => e.value.clone(),
                            DictPart::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                        }));
                    }
                }
                return Ok(None);
            }
            IterState::Exhausted => return Ok(None),
            IterState::Enumerate(inner, n) => {
                let r = (inner.clone(), *n);
                *n += 1;
                CallState::Enumerate(r.0, r.1)
            }
            IterState::Zip(iters, strict) => CallState::Zip(iters.clone(), *strict),
            IterState::Map(f, iters) => CallState::Map(f.clone(), iters.clone()),
            IterState::Filter(f, inner) => CallState::Filter(f.clone(), inner.clone()),
            IterState::SeqProtocol(obj, i) => {
                let r = (obj.clone(), *i);
                *i += 1;
                CallState::Seq(r.0, r.1)
            }
            IterState::Callable(f, sentinel) => CallState::Callable(f.clone(), sentinel.clone()),
        }
    };
    let result = match call_state {
        CallState::Enumerate(inner, n) => interp
            .next(&inner)?
            .map(|v| Value::tuple(vec![Value::Int(n), v])),
        CallState::Zip(iters, strict) => {
            let mut out = Vec::with_capacity(iters.len());
            for (k, i) in iters.iter().enumerate() {
                match interp.next(i)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict && (k > 0 || iters.len() > 1) {
                            if k > 0 {
                                return Err(Exc::new(
                                    "ValueError",
                                    format!("zip() argument {} is shorter than argument 1", k + 1),
                                ));
                            }
                            for (j, other) in iters.iter().enumerate().skip(1) {
                                if interp.next(other)?.is_some() {
                                    return Err(Exc::new(
                                        "ValueError",
                                        format!(
                                            "zip() argument {} is longer than argument 1",
                                            j + 1
                                        ),
                                    ));
                                }
                            }
                        }
                        *it.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            if iters.is_empty() {
                None
            } else {
                Some(Value::tuple(out))
            }
        }
        CallState::Map(f, iters) => {
            let mut args = Vec::with_capacity(iters.len());
            for i in &iters {
                match interp.next(i)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            Some(interp.call(&f, Args::new(args))?)
        }
        CallState::Filter(f, inner) => loop {
            let Some(v) = interp.next(&inner)? else {
                break None;
            };
            let keep = if f.is_none() {
                interp.truthy(&v)?
            } else {
                let r = interp.call(&f, Args::new(vec![v.clone()]))?;
                interp.truthy(&r)?
            };
            if keep {
                break Some(v);
            }
        },
        CallState::Seq(obj, i) => match interp.getitem(&obj, &Value::Int(i)) {
            Ok(v) => Some(v),
            Err(e) if e.is_instance("IndexError") || e.is_instance("StopIteration") => None,
            Err(e) => return Err(e),
        },
        CallState::Callable(f, sentinel) => {
            let v = interp.call(&f, Args::default())?;
            if interp.eq(&v, &sentinel)? {
                *it.borrow_mut() = IterState::Exhausted;
                None
            } else {
                Some(v)
            }
        }
    };
    Ok(result)
}

enum CallState {
    Enumerate(Value, i64),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Seq(Value, i64),
    Callable(Value, Value),
}
