//! `list`, `tuple` and `range` methods.

use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{index_error, type_error, value_error};
use crate::runtime::object::{Args, MethodImpl, PositionalMethodImpl};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

fn list(recv: &Value) -> &std::rc::Rc<std::cell::RefCell<Vec<Value>>> {
    match recv {
        Value::List(l) => l,
        _ => unreachable!("a list receiver"),
    }
}

fn one(a: &Args, meth: &str) -> PyResult<Value> {
    match a.pos.as_slice() {
        [v] => Ok(v.clone()),
        _ => Err(type_error(format!(
            "{meth}() takes exactly one argument ({} given)",
            a.pos.len()
        ))),
    }
}

/// Position of the first item equal to `v` in `items[start..stop]`.
fn index_of(interp: &mut Interp, items: &[Value], v: &Value, a: &Args) -> PyResult<Option<usize>> {
    let n = items.len() as i64;
    let norm = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let start = a
        .pos
        .get(1)
        .and_then(super::numbers::to_i64)
        .map(norm)
        .unwrap_or(0);
    let stop = a
        .pos
        .get(2)
        .and_then(super::numbers::to_i64)
        .map(norm)
        .unwrap_or(n);
    for i in start..stop.max(start) {
        let item = &items[i as usize];
        if item.is(v) || interp.eq(item, v)? {
            return Ok(Some(i as usize));
        }
    }
    Ok(None)
}

fn count_of(interp: &mut Interp, items: &[Value], v: &Value) -> PyResult<i64> {
    let mut n = 0;
    for item in items {
        if item.is(v) || interp.eq(item, v)? {
            n += 1;
        }
    }
    Ok(n)
}

pub fn list_lookup(name: &str) -> Option<MethodImpl> {
    let f: MethodImpl = match name {
        "append" => |i, r, a| {
            let v = one(&a, "list.append")?;
            append(i, r, &[v])
        },
        "extend" => |i, r, a| {
            let v = one(&a, "list.extend")?;
            let items = i.iterate(&v)?;
            list(r).borrow_mut().extend(items);
            Ok(Value::None)
        },
        "insert" => |_, r, a| {
            if a.pos.len() != 2 {
                return Err(type_error(format!(
                    "insert expected 2 arguments, got {}",
                    a.pos.len()
                )));
            }
            let idx = super::numbers::to_i64(&a.pos[0]).ok_or_else(|| {
                type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(&a.pos[0])
                ))
            })?;
            let mut l = list(r).borrow_mut();
            let n = l.len() as i64;
            let i = if idx < 0 {
                (idx + n).max(0)
            } else {
                idx.min(n)
            };
            l.insert(i as usize, a.pos[1].clone());
            Ok(Value::None)
        },
        "pop" => |_, r, a| {
            let mut l = list(r).borrow_mut();
            if l.is_empty() {
                return Err(index_error("pop from empty list"));
            }
            let n = l.len() as i64;
            let idx = match a.pos.first() {
                Some(v) => super::numbers::to_i64(v).ok_or_else(|| {
                    type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(v)
                    ))
                })?,
                None => -1,
            };
            let i = if idx < 0 { idx + n } else { idx };
            if i < 0 || i >= n {
                return Err(index_error("pop index out of range"));
            }
            Ok(l.remove(i as usize))
        },
        "remove" => |i, r, a| {
            let v = one(&a, "list.remove")?;
            let items = list(r).borrow().clone();
            match index_of(i, &items, &v, &Args::default())? {
                Some(k) => {
                    list(r).borrow_mut().remove(k);
                    Ok(Value::None)
                }
                None => Err(value_error("list.remove(x): x not in list")),
            }
        },
        "index" => |i, r, a| {
            let v = a
                .pos
                .first()
                .cloned()
                .ok_or_else(|| type_error("index expected at least 1 argument, got 0"))?;
            let items = list(r).borrow().clone();
            match index_of(i, &items, &v, &a)? {
                Some(k) => Ok(Value::Int(k as i64)),
                None => Err(value_error(format!("{} is not in list", i.repr(&v)?))),
            }
        },
        "count" => |i, r, a| {
            let v = one(&a, "list.count")?;
            let items = list(r).borrow().clone();
            Ok(Value::Int(count_of(i, &items, &v)?))
        },
        "sort" => |i, r, a| {
            if !a.pos.is_empty() {
                return Err(type_error("sort() takes no positional arguments"));
            }
            let key =
                a.kw.iter()
                    .find(|(k, _)| &**k == "key")
                    .map(|(_, v)| v.clone());
            let reverse = match a.kw.iter().find(|(k, _)| &**k == "reverse") {
                Some((_, v)) => i.truthy(v)?,
                None => false,
            };
            let items = std::mem::take(&mut *list(r).borrow_mut());
            let sorted = super::sort::sort_values(i, items, key.as_ref(), reverse);
            // The list is empty while sorting (as in CPython); a key function or
            // comparison that fills it again makes the sort fail, not lose items.
            let modified = !list(r).borrow().is_empty();
            match sorted {
                Ok(_) if modified => Err(value_error("list modified during sort")),
                Ok(v) => {
                    *list(r).borrow_mut() = v;
                    Ok(Value::None)
                }
                Err(e) => Err(e),
            }
        },
        "reverse" => |_, r, _| {
            list(r).borrow_mut().reverse();
            Ok(Value::None)
        },
        "copy" => |_, r, _| Ok(Value::list(list(r).borrow().clone())),
        "clear" => |_, r, _| {
            list(r).borrow_mut().clear();
            Ok(Value::None)
        },
        "__len__" => |_, r, _| Ok(Value::Int(list(r).borrow().len() as i64)),
        "__getitem__" => |i, r, a| i.getitem(r, &one(&a, "__getitem__")?),
        "__contains__" => |i, r, a| Ok(Value::Bool(i.contains(r, &one(&a, "__contains__")?)?)),
        _ => return None,
    };
    Some(f)
}

pub fn tuple_lookup(name: &str) -> Option<MethodImpl> {
    let f: MethodImpl = match name {
        "index" => |i, r, a| {
            let Value::Tuple(t) = r else { unreachable!() };
            let v = a
                .pos
                .first()
                .cloned()
                .ok_or_else(|| type_error("index expected at least 1 argument, got 0"))?;
            match index_of(i, t, &v, &a)? {
                Some(k) => Ok(Value::Int(k as i64)),
                None => Err(value_error("tuple.index(x): x not in tuple")),
            }
        },
        "count" => |i, r, a| {
            let Value::Tuple(t) = r else { unreachable!() };
            let v = one(&a, "tuple.count")?;
            Ok(Value::Int(count_of(i, t, &v)?))
        },
        "__len__" => |i, r, _| Ok(Value::Int(i.len(r)? as i64)),
        "__getitem__" => |i, r, a| i.getitem(r, &one(&a, "__getitem__")?),
        _ => return None,
    };
    Some(f)
}

pub fn range_lookup(name: &str) -> Option<MethodImpl> {
    let f: MethodImpl = match name {
        "index" => |i, r, a| {
            let v = one(&a, "range.index")?;
            if !i.contains(r, &v)? {
                return Err(value_error(format!("{} is not in range", i.repr(&v)?)));
            }
            let Value::Range(rg) = r else { unreachable!() };
            let x = super::numbers::to_i64(&v).unwrap_or(0);
            Ok(Value::Int((x - rg.start) / rg.step))
        },
        "count" => |i, r, a| {
            let v = one(&a, "range.count")?;
            Ok(Value::Int(i.contains(r, &v)? as i64))
        },
        _ => return None,
    };
    Some(f)
}

/// `list.append(v)`.
fn append(_: &mut Interp, r: &Value, pos: &[Value]) -> PyResult<Value> {
    list(r).borrow_mut().push(pos[0].clone());
    Ok(Value::None)
}

/// The `list` methods with a positional-only entry point for `n` arguments.
pub fn list_positional(name: &str, n: usize) -> Option<PositionalMethodImpl> {
    Some(match (name, n) {
        ("append", 1) => append,
        _ => return None,
    })
}
