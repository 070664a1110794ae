//! `dict`, dict views, `set` and `frozenset` methods, and the set operators.

use std::cmp::Ordering;
use std::rc::Rc;

use crate::interp::iters::DictPart;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{key_error, type_error};
use crate::runtime::object::{Args, MethodImpl, PositionalMethodImpl};
use crate::runtime::set::SetData;
use crate::runtime::value::Value;
use crate::syntax::ast::BinOp;

fn dict(recv: &Value) -> &Rc<std::cell::RefCell<crate::runtime::dict::Dict>> {
    match recv {
        Value::Dict(d) => d,
        _ => unreachable!("a dict receiver"),
    }
}

fn view(recv: &Value, part: DictPart) -> Value {
    Value::DictView(Rc::new((dict(recv).clone(), part)))
}

/// Look `k` up in a dict value.
pub fn dict_get(interp: &mut Interp, d: &Value, k: &Value) -> PyResult<Option<Value>> {
    let h = interp.hash(k)?;
    // A str/int key among scalar keys: one probe, under one short borrow.
    if matches!(k, Value::Str(_) | Value::Int(_)) {
        let d = dict(d).borrow();
        if let Some(found) = d.find_simple(h, k) {
            return Ok(found.and_then(|pos| d.value_at(pos).cloned()));
        }
    }
    let d = dict(d).clone();
    interp.table_get(&*d, h, k)
}

fn dict_pop(interp: &mut Interp, d: &Value, k: &Value) -> PyResult<Option<Value>> {
    let h = interp.hash(k)?;
    let d = dict(d).clone();
    Ok(interp.table_remove(&*d, h, k)?.map(|e| e.value))
}

pub fn dict_lookup(name: &str) -> Option<MethodImpl> {
    let f: MethodImpl = match name {
        "fromkeys" => |i, _, a| dict_fromkeys(i, a),
        "get" => |i, r, a| get(i, r, &a.pos),
        "setdefault" => |i, r, a| {
            let k = a
                .pos
                .first()
                .cloned()
                .ok_or_else(|| type_error("setdefault expected at least 1 argument, got 0"))?;
            if let Some(v) = dict_get(i, r, &k)? {
                return Ok(v);
            }
            let d = a.pos.get(1).cloned().unwrap_or(Value::None);
            i.setitem(r, k, d.clone())?;
            Ok(d)
        },
        "update" => |i, r, a| {
            if let Some(m) = a.pos.first() {
                i.dict_update(r, m)?;
            }
            for (k, v) in a.kw {
                i.setitem(r, Value::str(&k), v)?;
            }
            Ok(Value::None)
        },
        "pop" => |i, r, a| {
            let k = a
                .pos
                .first()
                .cloned()
                .ok_or_else(|| type_error("pop expected at least 1 argument, got 0"))?;
            match dict_pop(i, r, &k)? {
                Some(v) => Ok(v),
                None => match a.pos.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(key_error(k)),
                },
            }
        },
        "popitem" => |_, r, _| match dict(r).borrow_mut().pop_last() {
            Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
            None => Err(key_error(Value::str("popitem(): dictionary is empty"))),
        },
        "keys" => |_, r, _| Ok(view(r, DictPart::Keys)),
        "values" => |_, r, _| Ok(view(r, DictPart::Values)),
        "items" => |_, r, _| Ok(view(r, DictPart::Items)),
        "copy" => |_, r, _| Ok(Value::dict(dict(r).borrow().clone())),
        "clear" => |_, r, _| {
            dict(r).borrow_mut().clear();
            Ok(Value::None)
        },
        "__len__" => |_, r, _| Ok(Value::Int(dict(r).borrow().len() as i64)),
        "__getitem__" => |i, r, a| i.getitem(r, &a.pos[0]),
        "__setitem__" => |i, r, a| {
            let mut it = a.pos.into_iter();
            let (k, v) = (
                it.next().unwrap_or(Value::None),
                it.next().unwrap_or(Value::None),
            );
            i.setitem(r, k, v)?;
            Ok(Value::None)
        },
        "__contains__" => |i, r, a| Ok(Value::Bool(i.contains(r, &a.pos[0])?)),
        _ => return None,
    };
    Some(f)
}

/// `dict.fromkeys(iterable, value=None)`
pub fn dict_fromkeys(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let keys = args
        .pos
        .first()
        .cloned()
        .ok_or_else(|| type_error("fromkeys expected at least 1 argument, got 0"))?;
    let v = args.pos.get(1).cloned().unwrap_or(Value::None);
    let d = interp.new_dict();
    for k in interp.iterate(&keys)? {
        interp.setitem(&d, k, v.clone())?;
    }
    Ok(d)
}

pub fn view_lookup(name: &str) -> Option<MethodImpl> {
    let f: MethodImpl = match name {
        "__len__" => |i, r, _| Ok(Value::Int(i.len(r)? as i64)),
        "isdisjoint" => |i, r, a| {
            let items = i.iterate(r)?;
            let other = a.pos.first().cloned().unwrap_or(Value::None);
            for x in items {
                if i.contains(&other, &x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        },
        _ => return None,
    };
    Some(f)
}

fn set_items(interp: &mut Interp, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Set(s) => Ok(s.borrow().iter().cloned().collect()),
        Value::FrozenSet(s) => Ok(s.iter().cloned().collect()),
        _ => interp.iterate(v),
    }
}

fn new_like(recv: &Value, data: SetData) -> Value {
    match recv {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(data)),
        _ => Value::Set(Rc::new(std::cell::RefCell::new(data))),
    }
}

fn build(interp: &mut Interp, items: Vec<Value>) -> PyResult<SetData> {
    let s = super::make_set(interp, items)?;
    let Value::Set(d) = s else { unreachable!() };
    Ok(d.borrow().clone())
}

fn set_mut(recv: &Value) -> &Rc<std::cell::RefCell<SetData>> {
    match recv {
        Value::Set(s) => s,
        _ => unreachable!("a set receiver"),
    }
}

/// The keys of a set, or of any iterable gathered into a set (in CPython's order).
fn data_of(interp: &mut Interp, v: &Value) -> PyResult<SetData> {
    match v {
        Value::Set(s) => Ok(s.borrow().clone()),
        Value::FrozenSet(s) => Ok((**s).clone()),
        _ => {
            let items = interp.iterate(v)?;
            build(interp, items)
        }
    }
}

/// A copy laid out as CPython's `set_copy` (a merge into an empty table).
pub fn copy_data(d: &SetData) -> SetData {
    let mut r = SetData::new();
    r.merge_from(d, |_, _, _| false);
    r
}

fn contains_data(interp: &mut Interp, d: &SetData, h: u64, k: &Value) -> PyResult<bool> {
    d.contains(h, k, &mut |x, y| interp.eq(x, y))
}

/// `so |= other` / `so.update(other)`: merge a set, or add an iterable's items.
fn update_data(interp: &mut Interp, so: &mut SetData, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(_) | Value::FrozenSet(_) => {
            let od = data_of(interp, other)?;
            so.merge_from(&od, |s, h, k| {
                s.contains(h, k, &mut |x, y| interp.eq(x, y))
                    .unwrap_or(false)
            });
            Ok(())
        }
        _ => {
            for k in interp.iterate(other)? {
                let h = interp.hash(&k)?;
                if !contains_data(interp, so, h, &k)? {
                    so.add_new(h, k);
                }
            }
            Ok(())
        }
    }
}

fn discard_data(interp: &mut Interp, so: &mut SetData, h: u64, k: &Value) -> PyResult<()> {
    so.remove(h, k, &mut |x, y| interp.eq(x, y))?;
    Ok(())
}

/// One set operation as CPython computes it (the result's table layout included).
fn op_data(interp: &mut Interp, op: BinOp, a: &SetData, b: &Value) -> PyResult<SetData> {
    Ok(match op {
        BinOp::BitOr => {
            let mut r = copy_data(a);
            update_data(interp, &mut r, b)?;
            r
        }
        BinOp::BitAnd => {
            let bd = data_of(interp, b)?;
            let (iter, other) = if bd.len() > a.len() {
                (a, &bd)
            } else {
                (&bd, a)
            };
            let mut r = SetData::new();
            for (h, k) in iter.entries() {
                if contains_data(interp, other, h, k)? {
                    r.add_new(h, k.clone());
                }
            }
            r
        }
        BinOp::Sub => {
            let bd = data_of(interp, b)?;
            let set_like = matches!(b, Value::Set(_) | Value::FrozenSet(_));
            if !set_like || (a.len() >> 2) > bd.len() {
                let mut r = copy_data(a);
                for (h, k) in bd.entries() {
                    discard_data(interp, &mut r, h, k)?;
                }
                r
            } else {
                let mut r = SetData::new();
                for (h, k) in a.entries() {
                    if !contains_data(interp, &bd, h, k)? {
                        r.add_new(h, k.clone());
                    }
                }
                r
            }
        }
        BinOp::BitXor => {
            let mut r = copy_data(a);
            symmetric_update(interp, &mut r, b)?;
            r
        }
        _ => unreachable!("not a set operator"),
    })
}

fn symmetric_update(interp: &mut Interp, r: &mut SetData, b: &Value) -> PyResult<()> {
    let bd = data_of(interp, b)?;
    for (h, k) in bd.entries() {
        if contains_data(interp, r, h, k)? {
            discard_data(interp, r, h, k)?;
        } else {
            r.add_new(h, k.clone());
        }
    }
    Ok(())
}

fn combine(interp: &mut Interp, recv: &Value, others: &[Value], op: BinOp) -> PyResult<Value> {
    let mut acc = data_of(interp, recv)?;
    if others.is_empty() {
        return Ok(new_like(recv, copy_data(&acc)));
    }
    for o in others {
        acc = op_data(interp, op, &acc, o)?;
    }
    Ok(new_like(recv, acc))
}

fn update_in_place(
    interp: &mut Interp,
    recv: &Value,
    others: &[Value],
    op: BinOp,
) -> PyResult<Value> {
    let mut data = set_mut(recv).borrow().clone();
    for o in others {
        match op {
            BinOp::BitOr => update_data(interp, &mut data, o)?,
            BinOp::Sub => {
                let od = data_of(interp, o)?;
                for (h, k) in od.entries() {
                    discard_data(interp, &mut data, h, k)?;
                }
            }
            BinOp::BitXor => symmetric_update(interp, &mut data, o)?,
            _ => data = op_data(interp, op, &data, o)?,
        }
    }
    *set_mut(recv).borrow_mut() = data;
    Ok(Value::None)
}

pub fn set_lookup(name: &str, mutable: bool) -> Option<MethodImpl> {
    let f: MethodImpl = match name {
        "union" => |i, r, a| combine(i, r, &a.pos, BinOp::BitOr),
        "intersection" => |i, r, a| combine(i, r, &a.pos, BinOp::BitAnd),
        "difference" => |i, r, a| combine(i, r, &a.pos, BinOp::Sub),
        "symmetric_difference" => |i, r, a| combine(i, r, &a.pos, BinOp::BitXor),
        "copy" => |i, r, _| combine(i, r, &[], BinOp::BitOr),
        "issubset" => |i, r, a| {
            let other = a.pos.first().cloned().unwrap_or(Value::None);
            for x in set_items(i, r)? {
                if !i.contains(&other, &x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        },
        "issuperset" => |i, r, a| {
            let other = a.pos.first().cloned().unwrap_or(Value::None);
            for x in set_items(i, &other)? {
                if !i.contains(r, &x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        },
        "isdisjoint" => |i, r, a| {
            let other = a.pos.first().cloned().unwrap_or(Value::None);
            for x in set_items(i, &other)? {
                if i.contains(r, &x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        },
        "__len__" => |i, r, _| Ok(Value::Int(i.len(r)? as i64)),
        "__contains__" => |i, r, a| Ok(Value::Bool(i.contains(r, &a.pos[0])?)),
        _ if !mutable => return None,
        "add" => |i, r, a| {
            let v = a
                .pos
                .first()
                .cloned()
                .ok_or_else(|| type_error("set.add() takes exactly one argument (0 given)"))?;
            i.set_add(r, v)?;
            Ok(Value::None)
        },
        "discard" | "remove" => |_, _, _| unreachable!("handled below"),
        "pop" => |_, r, _| {
            let mut s = set_mut(r).borrow_mut();
            match s.pop() {
                Some(k) => Ok(k),
                None => Err(key_error(Value::str("pop from an empty set"))),
            }
        },
        "clear" => |_, r, _| {
            set_mut(r).borrow_mut().clear();
            Ok(Value::None)
        },
        "update" => |i, r, a| update_in_place(i, r, &a.pos, BinOp::BitOr),
        "intersection_update" => |i, r, a| update_in_place(i, r, &a.pos, BinOp::BitAnd),
        "difference_update" => |i, r, a| update_in_place(i, r, &a.pos, BinOp::Sub),
        "symmetric_difference_update" => |i, r, a| update_in_place(i, r, &a.pos, BinOp::BitXor),
        _ => return None,
    };
    Some(match name {
        "discard" => set_discard,
        "remove" => set_remove,
        _ => f,
    })
}

fn set_discard_impl(interp: &mut Interp, r: &Value, a: &Args) -> PyResult<bool> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    let h = interp.hash(&v)?;
    let s = set_mut(r).clone();
    Ok(interp.table_remove(&*s, h, &v)?.is_some())
}

fn set_discard(interp: &mut Interp, r: &Value, a: Args) -> PyResult<Value> {
    set_discard_impl(interp, r, &a)?;
    Ok(Value::None)
}

fn set_remove(interp: &mut Interp, r: &Value, a: Args) -> PyResult<Value> {
    if set_discard_impl(interp, r, &a)? {
        Ok(Value::None)
    } else {
        Err(key_error(a.pos.first().cloned().unwrap_or(Value::None)))
    }
}

impl Interp {
    /// `|`, `&`, `-`, `^` on sets (result type follows the left operand).
    pub fn set_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if !matches!(
            op,
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
        ) {
            return Err(crate::interp::ops::unsupported(op, a, b));
        }
        let ad = data_of(self, a)?;
        let r = op_data(self, op, &ad, b)?;
        Ok(new_like(a, r))
    }

    /// Subset ordering of two sets (`<` is a proper subset).
    pub fn set_order(&mut self, a: &Value, b: &Value) -> PyResult<Option<Option<Ordering>>> {
        let la = self.len(a)?;
        let lb = self.len(b)?;
        let a_in_b = {
            let mut all = true;
            for x in set_items(self, a)? {
                if !self.contains(b, &x)? {
                    all = false;
                    break;
                }
            }
            all
        };
        let b_in_a = {
            let mut all = true;
            for x in set_items(self, b)? {
                if !self.contains(a, &x)? {
                    all = false;
                    break;
                }
            }
            all
        };
        let _ = (la, lb);
        Ok(Some(match (a_in_b, b_in_a) {
            (true, true) => Some(Ordering::Equal),
            (true, false) => Some(Ordering::Less),
            (false, true) => Some(Ordering::Greater),
            (false, false) => None,
        }))
    }
}

/// `dict.get(key[, default])`.
fn get(i: &mut Interp, r: &Value, pos: &[Value]) -> PyResult<Value> {
    let k = pos
        .first()
        .ok_or_else(|| type_error("get expected at least 1 argument, got 0"))?;
    Ok(dict_get(i, r, k)?.unwrap_or_else(|| pos.get(1).cloned().unwrap_or(Value::None)))
}

/// The `dict` methods with a positional-only entry point for `n` arguments.
pub fn dict_positional(name: &str, n: usize) -> Option<PositionalMethodImpl> {
    Some(match (name, n) {
        ("get", 1 | 2) => get,
        ("keys", 0) => |_, r, _| Ok(view(r, DictPart::Keys)),
        ("values", 0) => |_, r, _| Ok(view(r, DictPart::Values)),
        ("items", 0) => |_, r, _| Ok(view(r, DictPart::Items)),
        _ => return None,
    })
}
