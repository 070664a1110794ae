//! Sorting for `sorted()` and `list.sort()`: a stable merge sort with a fallible `<`,
//! and direct comparisons when every key is a str, an int, or a tuple starting with one.

use crate::interp::{Interp, PyResult};
use crate::runtime::object::Args;
use crate::runtime::value::Value;
use crate::syntax::ast::CmpOp;

/// Stable merge sort with a fallible `<`.
pub fn sort_values(
    interp: &mut Interp,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let keys = match key {
        Some(k) if !k.is_none() => {
            let mut ks = Vec::with_capacity(items.len());
            for v in &items {
                ks.push(interp.call(k, Args::new(vec![v.clone()]))?);
            }
            ks
        }
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let mut buf = idx.clone();
    // Keys of one builtin type are compared without `rich_compare` (as CPython's
    // pre-sort type check does); ties of tuple keys' first items fall back to it.
    match key_kind(&keys) {
        KeyKind::Str => idx.sort_by(|&a, &b| keys[a].as_str().cmp(&keys[b].as_str())),
        KeyKind::Int => idx.sort_by_key(|&a| int_key(&keys[a])),
        KeyKind::TupleFirst(first) => {
            // A stable sort by the first items, then each run of equal first items
            // sorted by the whole keys: the order a stable sort by the keys gives.
            let by_first = |&a: &usize, &b: &usize| {
                let (x, y) = (first_item(&keys[a]), first_item(&keys[b]));
                match first {
                    FirstKind::Str => x.as_str().cmp(&y.as_str()),
                    FirstKind::Int => int_key(x).cmp(&int_key(y)),
                }
            };
            idx.sort_by(by_first);
            let mut lt = |a: usize, b: usize| -> PyResult<bool> {
                let lt = interp.rich_compare(CmpOp::Lt, &keys[a], &keys[b])?;
                interp.truthy(&lt)
            };
            let mut start = 0;
            while start < idx.len() {
                let mut end = start + 1;
                while end < idx.len() && by_first(&idx[start], &idx[end]).is_eq() {
                    end += 1;
                }
                if end - start > 1 {
                    merge_sort(&mut lt, &mut idx[start..end], &mut buf[start..end])?;
                }
                start = end;
            }
        }
        KeyKind::Other => {
            let mut lt = |a: usize, b: usize| -> PyResult<bool> {
                let lt = interp.rich_compare(CmpOp::Lt, &keys[a], &keys[b])?;
                interp.truthy(&lt)
            };
            merge_sort(&mut lt, &mut idx, &mut buf)?;
        }
    }
    if reverse {
        idx.reverse();
    }
    Ok(idx.into_iter().map(|i| items[i].clone()).collect())
}

/// What all the sort keys are, for comparing them without `rich_compare`.
enum KeyKind {
    Str,
    Int,
    /// Non-empty tuples whose first items are all str or all int.
    TupleFirst(FirstKind),
    Other,
}

#[derive(Clone, Copy)]
enum FirstKind {
    Str,
    Int,
}

fn key_kind(keys: &[Value]) -> KeyKind {
    let is_int = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_));
    if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        return KeyKind::Str;
    }
    if keys.iter().all(is_int) {
        return KeyKind::Int;
    }
    let firsts = || {
        keys.iter().map(|k| match k {
            Value::Tuple(t) => t.first(),
            _ => None,
        })
    };
    if firsts().all(|x| matches!(x, Some(Value::Str(_)))) {
        return KeyKind::TupleFirst(FirstKind::Str);
    }
    if firsts().all(|x| x.is_some_and(is_int)) {
        return KeyKind::TupleFirst(FirstKind::Int);
    }
    KeyKind::Other
}

fn int_key(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => unreachable!("checked by key_kind"),
    }
}

fn first_item(v: &Value) -> &Value {
    match v {
        Value::Tuple(t) => &t[0],
        _ => unreachable!("checked by key_kind"),
    }
}

/// A stable merge sort of `idx` by `lt` (which may fail, stopping the sort).
fn merge_sort(
    lt: &mut impl FnMut(usize, usize) -> PyResult<bool>,
    idx: &mut [usize],
    buf: &mut [usize],
) -> PyResult<()> {
    let n = idx.len();
    if n <= 1 {
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(lt, &mut idx[..mid], &mut buf[..mid])?;
    merge_sort(lt, &mut idx[mid..], &mut buf[mid..])?;
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        // Take from the right only when right < left (keeps stability).
        if lt(idx[j], idx[i])? {
            buf[k] = idx[j];
            j += 1;
        } else {
            buf[k] = idx[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        buf[k] = idx[i];
        i += 1;
        k += 1;
    }
    while j < n {
        buf[k] = idx[j];
        j += 1;
        k += 1;
    }
    idx.copy_from_slice(&buf[..n]);
    Ok(())
}
