//! Object protocols: truth, length, hashing, equality, containment, iteration
//! (item access is in `items.rs`) — each with fast paths for builtin types and
//! dunder fallbacks.

use std::cell::RefCell;
use std::rc::Rc;

use num_traits::Zero;

use super::hash::bigint_hash;
pub use super::hash::{float_hash, int_hash, str_hash};
use super::iters::{IterState, new_iter};
use super::metaclass::meta_method;
use super::{Interp, PyResult};
use crate::runtime::dict::Dict;
use crate::runtime::exc::{Exc, type_error};
use crate::runtime::object::Args;
use crate::runtime::set::SetData;
use crate::runtime::types::type_name;
use crate::runtime::value::{RangeObj, Value};

impl Interp {
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Float(x) => *x != 0.0,
            Value::Str(s) => !s.s.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::EventWaiters(w) => !w.borrow().is_empty(),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__bool__") {
                    let r = self.call(&m, Args::new(vec![v.clone()]))?;
                    bool_result(r)?
                } else if inst.class.lookup("__len__").is_some() {
                    self.len(v)? != 0
                } else {
                    true
                }
            }
            Value::Class(_) if let Some(m) = meta_method(v, "__bool__") => {
                let r = self.call(&m, Args::new(vec![v.clone()]))?;
                bool_result(r)?
            }
            Value::Class(_) if meta_method(v, "__len__").is_some() => self.len(v)? != 0,
            _ => true,
        })
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Namespace(g) => g.items().len(),
            Value::AttrDict(inst) => inst.dict.borrow().len(),
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.borrow().len(),
            Value::DictView(dv) => dv.0.borrow().len(),
            Value::Set(s) => s.borrow().len(),
            Value::FrozenSet(s) => s.len(),
            Value::Range(r) => r.len() as usize,
            Value::EventWaiters(w) => w.borrow().len(),
            Value::Instance(inst) if inst.class.lookup("__len__").is_some() => {
                let r = self.call_method(v, "__len__", Args::default())?;
                len_result(r)?
            }
            Value::Class(_) if let Some(m) = meta_method(v, "__len__") => {
                let r = self.call(&m, Args::new(vec![v.clone()]))?;
                len_result(r)?
            }
            _ => {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    type_name(v)
                )));
            }
        })
    }

    /// `hash(v)`; a str's (cached) or an int's is computed inline.
    #[inline]
    pub fn hash(&mut self, v: &Value) -> PyResult<u64> {
        match v {
            Value::Str(s) => Ok(s.hash()),
            Value::Int(i) => Ok(int_hash(*i)),
            _ => self.hash_any(v),
        }
    }

    fn hash_any(&mut self, v: &Value) -> PyResult<u64> {
        Ok(match v {
            Value::None => 0xfca86420,
            Value::Bool(b) => *b as u64,
            Value::Int(i) => int_hash(*i),
            Value::BigInt(b) => bigint_hash(b),
            Value::Float(x) => float_hash(*x),
            Value::Str(s) => s.hash(),
            Value::Tuple(items) => {
                // CPython's xxHash-based tuple hash.
                const P1: u64 = 11400714785074694791;
                const P2: u64 = 14029467366897019727;
                const P5: u64 = 2870177450012600261;
                let mut acc: u64 = P5;
                for item in items.iter() {
                    let lane = self.hash(item)?;
                    acc = acc.wrapping_add(lane.wrapping_mul(P2));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(P1);
                }
                acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
                if acc == u64::MAX { 1546275796 } else { acc }
            }
            Value::FrozenSet(s) => {
                let mut h: u64 = 0;
                for (eh, _) in s.entries() {
                    h ^= (eh ^ (eh << 16) ^ 89869747).wrapping_mul(3644798167);
                }
                h
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                return Err(type_error(format!("unhashable type: '{}'", type_name(v))));
            }
            Value::Instance(inst) => match inst.class.lookup("__hash__") {
                Some(Value::None) => {
                    return Err(type_error(format!("unhashable type: '{}'", type_name(v))));
                }
                Some(m) if !matches!(m, Value::Native(_)) => {
                    let r = self.call(&m, Args::new(vec![v.clone()]))?;
                    match r {
                        // Any value that fits is used as is (-1 is reserved), as CPython.
                        Value::Int(-1) => -2i64 as u64,
                        Value::Int(i) => i as u64,
                        Value::BigInt(b) => bigint_hash(&b),
                        Value::Bool(b) => b as u64,
                        _ => {
                            return Err(type_error("__hash__ method should return an integer"));
                        }
                    }
                }
                // `object.__hash__` (a class defining `__eq__` without `__hash__` got
                // `__hash__ = None` when it was created).
                _ => (v.addr() >> 4) as u64,
            },
            _ => (v.addr() >> 4) as u64,
        })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        use Value::*;
        match (a, b) {
            (Int(x), Int(y)) => return Ok(x == y),
            (Str(x), Str(y)) => return Ok(Rc::ptr_eq(x, y) || x.text_eq(y)),
            (Bool(x), Bool(y)) => return Ok(x == y),
            (None, None) => return Ok(true),
            _ => {}
        }
        let r = self.rich_compare(crate::syntax::ast::CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    /// `needle in container`
    pub fn contains(&mut self, container: &Value, needle: &Value) -> PyResult<bool> {
        match container {
            Value::Namespace(g) => Ok(needle.as_str().and_then(|n| g.get(n)).is_some()),
            Value::AttrDict(inst) => Ok(needle
                .as_str()
                .is_some_and(|n| inst.dict.borrow().contains_key(n))),
            Value::Str(s) => match needle {
                Value::Str(n) => Ok(s.as_str().contains(n.as_str())),
                other => Err(type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(other)
                ))),
            },
            Value::List(l) => {
                let items = l.borrow().clone();
                self.seq_contains(&items, needle)
            }
            Value::Tuple(t) => {
                let t = t.clone();
                self.seq_contains(&t, needle)
            }
            Value::Dict(d) => {
                let h = self.hash(needle)?;
                let d = d.clone();
                Ok(self.table_find(&*d, h, needle)?.is_some())
            }
            Value::Set(s) => {
                let h = self.hash(needle)?;
                let s = s.clone();
                Ok(self.table_find(&*s, h, needle)?.is_some())
            }
            Value::FrozenSet(s) => {
                let h = self.hash(needle)?;
                let s = s.clone();
                s.contains(h, needle, &mut |a, b| self.eq(a, b))
            }
            Value::Range(r) => Ok(match needle {
                Value::Int(i) => range_contains(r, *i),
                Value::Bool(b) => range_contains(r, *b as i64),
                _ => {
                    let items = self.iterate(container)?;
                    return self.seq_contains(&items, needle);
                }
            }),
            Value::Instance(inst) if inst.class.lookup("__contains__").is_some() => {
                let r =
                    self.call_method(container, "__contains__", Args::new(vec![needle.clone()]))?;
                self.truthy(&r)
            }
            Value::Class(_) if let Some(m) = meta_method(container, "__contains__") => {
                let r = self.call(&m, Args::new(vec![container.clone(), needle.clone()]))?;
                self.truthy(&r)
            }
            _ => {
                if !self.is_iterable(container) {
                    return Err(type_error(format!(
                        "argument of type '{}' is not iterable",
                        type_name(container)
                    )));
                }
                let it = self.iter(container)?;
                while let Some(v) = self.next(&it)? {
                    if v.is(needle) || self.eq(&v, needle)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    fn seq_contains(&mut self, items: &[Value], needle: &Value) -> PyResult<bool> {
        for v in items {
            if v.is(needle) || self.eq(v, needle)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn set_add(&mut self, set: &Value, v: Value) -> PyResult<()> {
        let h = self.hash(&v)?;
        let Value::Set(s) = set else {
            unreachable!("set_add on a set")
        };
        let s = s.clone();
        self.table_insert(&*s, h, v, Value::None)
    }

    /// `d.update(m)` / `{**m}`.
    pub fn dict_update(&mut self, d: &Value, m: &Value) -> PyResult<()> {
        match m {
            Value::Dict(src) => {
                let entries: Vec<(Value, Value)> = src
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                for (k, v) in entries {
                    self.setitem(d, k, v)?;
                }
                Ok(())
            }
            _ => {
                // A mapping: an instance with `keys()`, or an object's `__dict__`.
                if let Value::Instance(_) | Value::AttrDict(_) | Value::Namespace(_) = m
                    && self.has_attr(m, "keys")
                {
                    let keys = self.call_method(m, "keys", Args::default())?;
                    for k in self.iterate(&keys)? {
                        let v = self.getitem(m, &k)?;
                        self.setitem(d, k, v)?;
                    }
                    return Ok(());
                }
                let items = self.iterate(m).map_err(|_| {
                    type_error(format!("'{}' object is not a mapping", type_name(m)))
                })?;
                for (n, item) in items.into_iter().enumerate() {
                    let pair = self.iterate(&item).map_err(|_| {
                        type_error(format!(
                            "cannot convert dictionary update sequence element #{n} to a sequence"
                        ))
                    })?;
                    if pair.len() != 2 {
                        return Err(Exc::new(
                            "ValueError",
                            format!(
                                "dictionary update sequence element #{n} has length {}; 2 is required",
                                pair.len()
                            ),
                        ));
                    }
                    let mut it = pair.into_iter();
                    let k = it.next().unwrap();
                    self.setitem(d, k, it.next().unwrap())?;
                }
                Ok(())
            }
        }
    }

    // ---- iteration ----

    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::Str(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Range(_)
            | Value::Generator(_)
            | Value::Iter(_)
            | Value::DictView(_) => true,
            Value::Instance(inst) => {
                inst.class.lookup("__iter__").is_some()
                    || inst.class.lookup("__getitem__").is_some()
            }
            Value::Class(_) => meta_method(v, "__iter__").is_some(),
            _ => false,
        }
    }

    /// `iter(v)`
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::Namespace(_) | Value::AttrDict(_) => {
                let d = self.mapping_snapshot(v)?;
                let Value::Dict(d) = d else { unreachable!() };
                let keys: Vec<Value> = d.borrow().keys();
                IterState::Values(keys.into(), 0)
            }
            Value::List(l) => IterState::List(l.clone(), 0),
            Value::Tuple(t) => IterState::Tuple(t.clone(), 0),
            Value::Str(s) => IterState::Str(s.clone(), 0),
            Value::Range(r) => IterState::Range {
                next: r.start,
                step: r.step,
                remaining: r.len(),
            },
            Value::Dict(d) => IterState::DictKeys(d.clone(), 0, d.borrow().len()),
            Value::DictView(v) => IterState::DictView(v.0.clone(), 0, v.0.borrow().len(), v.1),
            Value::Set(s) => IterState::Set(s.clone(), 0, s.borrow().len()),
            Value::FrozenSet(s) => {
                IterState::Values(s.iter().cloned().collect::<Vec<_>>().into(), 0)
            }
            Value::Generator(_) | Value::Iter(_) => return Ok(v.clone()),
            Value::Instance(inst) => {
                if inst.class.lookup("__iter__").is_some() {
                    let it = self.call_method(v, "__iter__", Args::default())?;
                    return iterator_result(it);
                }
                if inst.class.lookup("__getitem__").is_some() {
                    IterState::SeqProtocol(v.clone(), 0)
                } else {
                    return Err(not_iterable(v));
                }
            }
            Value::Class(_) if let Some(m) = meta_method(v, "__iter__") => {
                let it = self.call(&m, Args::new(vec![v.clone()]))?;
                return iterator_result(it);
            }
            _ => return Err(not_iterable(v)),
        };
        Ok(new_iter(state))
    }

    /// Advance an iterator: `Some(value)`, or `None` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(state) => super::iters::iter_next(self, state),
            Value::Generator(g) => super::gen_obj::gen_next(self, g),
            Value::Instance(inst) => {
                if inst.class.lookup("__next__").is_none() {
                    return Err(type_error(format!(
                        "'{}' object is not an iterator",
                        type_name(it)
                    )));
                }
                match self.call_method(it, "__next__", Args::default()) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is_instance("StopIteration") => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => Err(type_error(format!(
                "'{}' object is not an iterator",
                type_name(it)
            ))),
        }
    }

    /// Collect all items of an iterable.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// A dict snapshot of `globals()` or `obj.__dict__`.
    pub fn mapping_snapshot(&mut self, v: &Value) -> PyResult<Value> {
        let items: Vec<(crate::runtime::value::Name, Value)> = match v {
            Value::Namespace(g) => g.items(),
            Value::AttrDict(inst) => inst
                .dict
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            other => return Ok(other.clone()),
        };
        let d = self.new_dict();
        for (k, v) in items {
            self.setitem(&d, Value::str(&k), v)?;
        }
        Ok(d)
    }

    /// A new empty set value.
    pub fn new_set(&self) -> Value {
        Value::Set(Rc::new(RefCell::new(SetData::new())))
    }
    pub fn new_dict(&self) -> Value {
        Value::Dict(Rc::new(RefCell::new(Dict::new())))
    }
}

/// The value of a `__bool__` call, which must be a bool.
fn bool_result(r: Value) -> PyResult<bool> {
    match r {
        Value::Bool(b) => Ok(b),
        other => Err(type_error(format!(
            "__bool__ should return bool, returned {}",
            type_name(&other)
        ))),
    }
}

/// The value of a `__len__` call as a length.
fn len_result(r: Value) -> PyResult<usize> {
    match r {
        Value::Int(i) if i >= 0 => Ok(i as usize),
        Value::Int(_) => Err(Exc::new("ValueError", "__len__() should return >= 0")),
        Value::Bool(b) => Ok(b as usize),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&other)
        ))),
    }
}

/// The value of an `__iter__` call, which must be an iterator.
fn iterator_result(it: Value) -> PyResult<Value> {
    let ok = match &it {
        Value::Instance(i) => i.class.lookup("__next__").is_some(),
        Value::Generator(_) | Value::Iter(_) => true,
        _ => false,
    };
    if !ok {
        return Err(type_error(format!(
            "iter() returned non-iterator of type '{}'",
            type_name(&it)
        )));
    }
    Ok(it)
}

pub fn not_iterable(v: &Value) -> Exc {
    type_error(format!("'{}' object is not iterable", type_name(v)))
}

fn range_contains(r: &RangeObj, i: i64) -> bool {
    if r.step > 0 {
        i >= r.start && i < r.stop && (i - r.start) % r.step == 0
    } else {
        i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
    }
}
