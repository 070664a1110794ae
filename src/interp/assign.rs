//! Assignment to targets: plain and unpacking assignment, augmented assignment
//! (with in-place fast paths) and `del`.

use super::eval::{bound_leaf, unbound_cell, unbound_local};
use super::frame::Frame;
use super::{Interp, PyResult};
use crate::compile::code::{Expr, Target};
use crate::runtime::exc::{name_error, type_error, value_error};
use crate::runtime::types::type_name;
use crate::runtime::value::{Name, Value};
use crate::syntax::ast::BinOp;

impl Interp {
    // ---- assignment ----

    pub fn assign(&mut self, f: &mut Frame, t: &Target, v: Value) -> PyResult<()> {
        match t {
            Target::Local(i) => f.slots[*i as usize] = Some(v),
            Target::Cell(i) => *f.cells()[*i as usize].borrow_mut() = Some(v),
            Target::Global(i) => f.globals.values.borrow_mut()[*i as usize] = Some(v),
            Target::ClassName(name) => {
                let ns = f.class_ns().expect("class body has a namespace");
                ns.borrow_mut().insert(name.clone(), v);
            }
            Target::Attr(obj, name) => {
                let o = self.eval(f, obj)?;
                self.setattr(&o, name, v)?;
            }
            Target::Subscript(obj, index) => {
                // `local_dict[local] = v` with a str/int key: both read in place, one
                // probe.
                let mut v = v;
                if let (Expr::Local(a), Expr::Local(b)) = (obj, index)
                    && let (Some(Value::Dict(d)), Some(k @ (Value::Str(_) | Value::Int(_)))) =
                        (&f.slots[*a as usize], &f.slots[*b as usize])
                {
                    let h = self.hash(k)?;
                    match d.borrow_mut().store_simple(h, k, v) {
                        Ok(()) => return Ok(()),
                        Err(back) => v = back,
                    }
                }
                let o = self.eval(f, obj)?;
                let i = self.eval(f, index)?;
                self.setitem(&o, i, v)?;
            }
            Target::Unpack { items, star } => {
                let values = self.unpack(&v, items.len(), *star)?;
                for (t, v) in items.iter().zip(values) {
                    self.assign(f, t, v)?;
                }
            }
            Target::Discard => {}
        }
        Ok(())
    }

    /// Unpack `v` into `n` values (one of them, at `star`, a list of the rest).
    pub(super) fn unpack(
        &mut self,
        v: &Value,
        n: usize,
        star: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            _ => {
                if !self.is_iterable(v) {
                    return Err(type_error(format!(
                        "cannot unpack non-iterable {} object",
                        type_name(v)
                    )));
                }
                self.iterate(v)?
            }
        };
        match star {
            None => {
                if items.len() > n {
                    return Err(value_error(format!(
                        "too many values to unpack (expected {n})"
                    )));
                }
                if items.len() < n {
                    return Err(value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        items.len()
                    )));
                }
                Ok(items)
            }
            Some(s) => {
                if items.len() < n - 1 {
                    return Err(value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n - 1,
                        items.len()
                    )));
                }
                Ok(split_star(items, n, s))
            }
        }
    }

    pub fn aug_assign(
        &mut self,
        f: &mut Frame,
        t: &Target,
        load: &Option<Expr>,
        op: BinOp,
        e: &Expr,
    ) -> PyResult<()> {
        match t {
            Target::Attr(obj, name) => {
                let o = self.eval(f, obj)?;
                let cur = self.getattr(&o, name)?;
                let rhs = self.eval(f, e)?;
                let new = self.inplace(op, &cur, &rhs)?;
                self.setattr(&o, name, new)
            }
            Target::Subscript(obj, index) => {
                // `local_dict[local] op= x`: both read in place.
                if let (Expr::Local(a), Expr::Local(b)) = (obj, index)
                    && let (Some(o), Some(i)) = (&f.slots[*a as usize], &f.slots[*b as usize])
                    && let Some(rhs) = bound_leaf(f, e)
                    && self.dict_int_inplace(o, i, op, rhs)?
                {
                    return Ok(());
                }
                let o = self.eval(f, obj)?;
                let i = self.eval(f, index)?;
                if let Some(rhs) = bound_leaf(f, e)
                    && self.dict_int_inplace(&o, &i, op, rhs)?
                {
                    return Ok(());
                }
                let cur = self.getitem(&o, &i)?;
                let rhs = self.eval(f, e)?;
                let new = self.inplace(op, &cur, &rhs)?;
                self.setitem(&o, i, new)
            }
            // An int local: read first (as CPython loads it before the operand), and
            // an int result stored in place.
            Target::Local(slot) if let Some(Value::Int(x)) = f.slots[*slot as usize] => {
                let rhs = self.eval_arith(f, e)?;
                let new = match rhs {
                    Value::Int(y) if let Some(v) = crate::interp::numeric::int_fast(op, x, y) => {
                        Value::Int(v)
                    }
                    rhs => self.inplace(op, &Value::Int(x), &rhs)?,
                };
                f.slots[*slot as usize] = Some(new);
                Ok(())
            }
            _ => {
                let load = load.as_ref().expect("a name target has a load expression");
                let cur = self.eval(f, load)?;
                let rhs = self.eval(f, e)?;
                let new = self.inplace(op, &cur, &rhs)?;
                self.assign(f, t, new)
            }
        }
    }

    /// `d[k] op= x` for a dict `d` whose str/int key `k` (among scalar keys) holds an
    /// int, with an int `x`: one lookup serves the load and the store. False when it
    /// is not that case (nothing was done).
    fn dict_int_inplace(&mut self, o: &Value, k: &Value, op: BinOp, x: &Value) -> PyResult<bool> {
        let (Value::Dict(d), Value::Str(_) | Value::Int(_), Value::Int(y)) = (o, k, x) else {
            return Ok(false);
        };
        let h = self.hash(k)?;
        let mut t = d.borrow_mut();
        if let Some(Some(pos)) = t.find_simple(h, k)
            && let Some(Value::Int(cur)) = t.value_at(pos)
            && let Some(v) = crate::interp::numeric::int_fast(op, *cur, *y)
        {
            t.set_value_at(pos, Value::Int(v));
            return Ok(true);
        }
        Ok(false)
    }

    pub fn delete(&mut self, f: &mut Frame, t: &Target) -> PyResult<()> {
        match t {
            Target::Local(i) => {
                if f.slots[*i as usize].take().is_none() {
                    return Err(unbound_local(&f.code.slot_names[*i as usize]));
                }
            }
            Target::Cell(i) => {
                if f.cells()[*i as usize].borrow_mut().take().is_none() {
                    return Err(unbound_cell(f, *i as usize));
                }
            }
            Target::Global(i) => {
                if f.globals.values.borrow_mut()[*i as usize].take().is_none() {
                    let name = f
                        .globals
                        .names
                        .borrow()
                        .get_index(*i as usize)
                        .map(|(n, _)| n.clone())
                        .unwrap_or_else(|| Name::from("?"));
                    return Err(name_error(&name));
                }
            }
            Target::ClassName(name) => {
                let ns = f.class_ns().expect("class namespace");
                if ns.borrow_mut().shift_remove(name).is_none() {
                    return Err(name_error(name));
                }
            }
            Target::Attr(obj, name) => {
                let o = self.eval(f, obj)?;
                self.delattr(&o, name)?;
            }
            Target::Subscript(obj, index) => {
                let o = self.eval(f, obj)?;
                let i = self.eval(f, index)?;
                self.delitem(&o, &i)?;
            }
            Target::Unpack { items, .. } => {
                for t in items {
                    self.delete(f, t)?;
                }
            }
            Target::Discard => {}
        }
        Ok(())
    }
}

/// `items` (at least `n - 1` of them) for `n` targets of which target `star` is
/// starred: the items before it, a list of the middle ones, the items after it.
pub fn split_star(mut items: Vec<Value>, n: usize, star: usize) -> Vec<Value> {
    let after = n - 1 - star;
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(star);
    items.push(Value::list(middle));
    items.extend(tail);
    items
}
