//! Item access protocol: subscription get/set/delete (`obj[i]`) on builtin
//! containers and through dunders, plus index and slice normalisation.

use std::rc::Rc;

use num_traits::Signed;

use super::metaclass::meta_method;
use super::{Interp, PyResult};
use crate::runtime::exc::{Exc, index_error, key_error, type_error};
use crate::runtime::object::Args;
use crate::runtime::types::type_name;
use crate::runtime::value::{RangeObj, Value};

impl Interp {
    // ---- items ----

    pub fn getitem(&mut self, obj: &Value, index: &Value) -> PyResult<Value> {
        match obj {
            Value::Namespace(g) => {
                let v = index.as_str().and_then(|n| g.get(n));
                v.ok_or_else(|| key_error(index.clone()))
            }
            Value::AttrDict(inst) => {
                let v = index
                    .as_str()
                    .and_then(|n| inst.dict.borrow().get(n).cloned());
                v.ok_or_else(|| key_error(index.clone()))
            }
            Value::List(l) => {
                if let Value::Slice(s) = index {
                    let items = l.borrow();
                    let idx = self.slice_indices(s, items.len())?;
                    return Ok(Value::list(idx.map(|i| items[i].clone()).collect()));
                }
                let items = l.borrow();
                let i = self.seq_index(index, items.len(), "list")?;
                Ok(items[i].clone())
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = index {
                    let idx = self.slice_indices(s, t.len())?;
                    return Ok(Value::tuple(idx.map(|i| t[i].clone()).collect()));
                }
                let i = self.seq_index(index, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = index {
                    if s.is_ascii() {
                        let idx = self.slice_indices(sl, s.s.len())?;
                        let bytes = s.s.as_bytes();
                        let out: String = idx.map(|i| bytes[i] as char).collect();
                        return Ok(Value::string(out));
                    }
                    let chars: Vec<char> = s.s.chars().collect();
                    let idx = self.slice_indices(sl, chars.len())?;
                    return Ok(Value::string(idx.map(|i| chars[i]).collect()));
                }
                let i = self.seq_index(index, s.char_len(), "string")?;
                let c = s.char_at(i).expect("index in range");
                Ok(Value::string(c.to_string()))
            }
            Value::Range(r) => {
                if let Value::Slice(sl) = index {
                    let n = r.len() as usize;
                    let (start, _stop, step, len) = self.slice_params(sl, n)?;
                    let new_start = r.start + start as i64 * r.step;
                    let new_step = r.step * step as i64;
                    let new_stop = new_start + len as i64 * new_step;
                    return Ok(Value::Range(Rc::new(RangeObj {
                        start: new_start,
                        stop: new_stop,
                        step: new_step,
                    })));
                }
                let i = self.seq_index(index, r.len() as usize, "range object")?;
                Ok(Value::Int(r.get(i as i64)))
            }
            Value::Dict(d) => {
                let h = self.hash(index)?;
                let d = d.clone();
                let found = self.table_get(&*d, h, index)?;
                found.ok_or_else(|| key_error(index.clone()))
            }
            Value::Instance(inst) if inst.class.lookup("__getitem__").is_some() => {
                self.call_method(obj, "__getitem__", Args::new(vec![index.clone()]))
            }
            Value::Class(_) if let Some(m) = meta_method(obj, "__getitem__") => {
                self.call(&m, Args::new(vec![obj.clone(), index.clone()]))
            }
            Value::Class(c) if c.lookup("__class_getitem__").is_some() => {
                // An implicit classmethod, as in CPython.
                let f = match c.lookup("__class_getitem__") {
                    Some(Value::ClassMethod(f)) => (*f).clone(),
                    Some(f) => f,
                    None => unreachable!(),
                };
                self.call(&f, Args::new(vec![obj.clone(), index.clone()]))
            }
            Value::Class(c)
                if c.is_builtin
                    && ["list", "dict", "tuple", "set", "frozenset", "type"]
                        .contains(&&*c.name) =>
            {
                // `list[int]`: a `types.GenericAlias`, as in CPython.
                let types = self.import_module("types")?;
                let alias = types
                    .globals
                    .get("GenericAlias")
                    .expect("types.GenericAlias");
                self.call(&alias, Args::new(vec![obj.clone(), index.clone()]))
            }
            Value::Class(c) => Err(type_error(format!(
                "type '{}' is not subscriptable",
                c.name
            ))),
            _ => Err(type_error(format!(
                "'{}' object is not subscriptable",
                type_name(obj)
            ))),
        }
    }

    /// A sequence index (negative counts from the end), or IndexError.
    pub fn seq_index(&mut self, index: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match index {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(index_error(
                    "cannot fit 'int' into an index-sized integer".to_string(),
                ));
            }
            Value::Instance(_) => self.index_value(index)?,
            other => {
                return Err(type_error(format!(
                    "{what} indices must be integers or slices, not {}",
                    type_name(other)
                )));
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let w = if what == "range object" {
                "range object"
            } else {
                what
            };
            return Err(index_error(format!("{w} index out of range")));
        }
        Ok(j as usize)
    }

    /// `__index__` of an instance.
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Instance(inst) if inst.class.lookup("__index__").is_some() => {
                match self.call_method(v, "__index__", Args::default())? {
                    Value::Int(i) => Ok(i),
                    _ => Err(type_error("__index__ returned non-int")),
                }
            }
            _ => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ))),
        }
    }

    /// Normalised (start, stop, step, length) of a slice over `len` items.
    pub fn slice_params(
        &mut self,
        s: &crate::runtime::value::SliceObj,
        len: usize,
    ) -> PyResult<(isize, isize, isize, usize)> {
        let len = len as isize;
        let mut get = |v: &Value| -> PyResult<Option<isize>> {
            match v {
                Value::None => Ok(None),
                Value::BigInt(b) => Ok(Some(if b.is_negative() {
                    isize::MIN / 2
                } else {
                    isize::MAX / 2
                })),
                other => Ok(Some(self.index_value(other).map_err(|_| {
                    type_error("slice indices must be integers or None or have an __index__ method")
                })? as isize)),
            }
        };
        let step = get(&s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(Exc::new("ValueError", "slice step cannot be zero"));
        }
        let start = get(&s.start)?;
        let stop = get(&s.stop)?;
        let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let norm = |x: Option<isize>, default: isize| -> isize {
            match x {
                None => default,
                Some(x) if x < 0 => (x + len).max(lo),
                Some(x) => x.min(hi),
            }
        };
        let (start, stop) = if step > 0 {
            (norm(start, 0), norm(stop, len))
        } else {
            (norm(start, len - 1), norm(stop, -1))
        };
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok((start, stop, step, n as usize))
    }

    pub fn slice_indices(
        &mut self,
        s: &crate::runtime::value::SliceObj,
        len: usize,
    ) -> PyResult<impl Iterator<Item = usize> + use<>> {
        let (start, _, step, n) = self.slice_params(s, len)?;
        Ok((0..n).map(move |k| (start + k as isize * step) as usize))
    }

    pub fn setitem(&mut self, obj: &Value, index: Value, v: Value) -> PyResult<()> {
        match obj {
            Value::Namespace(g) => match index.as_str() {
                Some(n) => {
                    g.set(n, v);
                    Ok(())
                }
                None => Err(type_error("globals() keys must be strings in coropy")),
            },
            Value::AttrDict(inst) => match index.as_str() {
                Some(n) => {
                    inst.dict.borrow_mut().insert(n.into(), v);
                    Ok(())
                }
                None => Err(type_error("attribute names must be strings in coropy")),
            },
            Value::List(l) => {
                if let Value::Slice(s) = &index {
                    let new_items = self.iterate(&v)?;
                    let len = l.borrow().len();
                    let (start, stop, step, n) = self.slice_params(s, len)?;
                    let mut items = l.borrow_mut();
                    if step == 1 {
                        let stop = stop.max(start) as usize;
                        items.splice(start as usize..stop, new_items);
                    } else {
                        if new_items.len() != n {
                            return Err(Exc::new(
                                "ValueError",
                                format!(
                                    "attempt to assign sequence of size {} to extended slice of size {n}",
                                    new_items.len()
                                ),
                            ));
                        }
                        for (k, item) in new_items.into_iter().enumerate() {
                            items[(start + k as isize * step) as usize] = item;
                        }
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = self.seq_index(&index, len, "list").map_err(|e| {
                    reword(
                        e,
                        "list index out of range",
                        "list assignment index out of range",
                    )
                })?;
                l.borrow_mut()[i] = v;
                Ok(())
            }
            Value::Dict(d) => {
                let h = self.hash(&index)?;
                // A str/int key among scalar keys: one probe, under one borrow.
                let mut v = v;
                if matches!(index, Value::Str(_) | Value::Int(_)) {
                    match d.borrow_mut().store_simple(h, &index, v) {
                        Ok(()) => return Ok(()),
                        Err(back) => v = back,
                    }
                }
                let d = d.clone();
                self.table_insert(&*d, h, index, v)
            }
            Value::Instance(inst) if inst.class.lookup("__setitem__").is_some() => {
                self.call_method(obj, "__setitem__", Args::new(vec![index, v]))?;
                Ok(())
            }
            _ => Err(type_error(format!(
                "'{}' object does not support item assignment",
                type_name(obj)
            ))),
        }
    }

    pub fn delitem(&mut self, obj: &Value, index: &Value) -> PyResult<()> {
        match obj {
            Value::Namespace(g) => {
                let slot = index
                    .as_str()
                    .and_then(|n| g.names.borrow().get(n).copied());
                match slot.and_then(|i| g.values.borrow_mut()[i as usize].take()) {
                    Some(_) => Ok(()),
                    None => Err(key_error(index.clone())),
                }
            }
            Value::AttrDict(inst) => {
                let removed = index
                    .as_str()
                    .and_then(|n| inst.dict.borrow_mut().shift_remove(n));
                match removed {
                    Some(_) => Ok(()),
                    None => Err(key_error(index.clone())),
                }
            }
            Value::List(l) => {
                if let Value::Slice(s) = index {
                    let len = l.borrow().len();
                    let mut drop = vec![false; len];
                    for i in self.slice_indices(s, len)? {
                        drop[i] = true;
                    }
                    // One pass: O(len) whatever the slice (removing items one by one
                    // from the front was quadratic).
                    let mut items = l.borrow_mut();
                    let mut k = 0;
                    items.retain(|_| {
                        k += 1;
                        !drop[k - 1]
                    });
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = self.seq_index(index, len, "list").map_err(|e| {
                    reword(
                        e,
                        "list index out of range",
                        "list assignment index out of range",
                    )
                })?;
                l.borrow_mut().remove(i);
                Ok(())
            }
            Value::Dict(d) => {
                let h = self.hash(index)?;
                let d = d.clone();
                match self.table_remove(&*d, h, index)? {
                    Some(_) => Ok(()),
                    None => Err(key_error(index.clone())),
                }
            }
            Value::Instance(inst) if inst.class.lookup("__delitem__").is_some() => {
                self.call_method(obj, "__delitem__", Args::new(vec![index.clone()]))?;
                Ok(())
            }
            _ => Err(type_error(format!(
                "'{}' object doesn't support item deletion",
                type_name(obj)
            ))),
        }
    }
}

fn reword(e: Exc, from: &str, to: &str) -> Exc {
    if e.is_instance("IndexError")
        && let Some(Value::Str(s)) = e.args().first()
        && s.as_str() == from
    {
        return index_error(to);
    }
    e
}
