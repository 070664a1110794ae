//! The hidden builtins a `match` statement's tests call (see
//! `syntax/parser/patterns.rs`): each checks one pattern's shape against the subject
//! and gives the sub-values its sub-patterns match, or `None` for no match. Their
//! `$` names cannot be written in Python (and `dir()` does not list them).

use std::rc::Rc;

use super::functions::is_instance;
use crate::interp::{Interp, PyResult};
use crate::runtime::dict::Dict;
use crate::runtime::exc::type_error;
use crate::runtime::object::Args;
use crate::runtime::types::{type_name, types};
use crate::runtime::value::Value;

pub const HELPERS: &[(&str, crate::runtime::object::NativeImpl)] = &[
    ("$match_seq", match_seq),
    ("$match_map", match_map),
    ("$match_class", match_class),
];

fn int_arg(a: &Args, i: usize) -> i64 {
    match a.pos.get(i) {
        Some(Value::Int(n)) => *n,
        _ => unreachable!("the desugaring passes an int"),
    }
}

/// `$match_seq(subject, n, star)`: a sequence (not str, bytes or a mapping) of `n`
/// items, or at least `n - 1` when item `star` (>= 0) is a star pattern: the items,
/// the star's as a list.
fn match_seq(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let (n, star) = (int_arg(&a, 1) as usize, int_arg(&a, 2));
    let items = match &a.pos[0] {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        v @ Value::Range(_) => interp.iterate(v)?,
        v @ Value::Instance(i) if is_deque(&i.class) => interp.iterate(v)?,
        _ => return Ok(Value::None),
    };
    if star < 0 {
        if items.len() != n {
            return Ok(Value::None);
        }
        return Ok(Value::list(items));
    }
    let star = star as usize;
    if items.len() + 1 < n {
        return Ok(Value::None);
    }
    Ok(Value::list(crate::interp::assign::split_star(
        items, n, star,
    )))
}

fn is_deque(c: &Rc<crate::runtime::object::Class>) -> bool {
    std::iter::once(c)
        .chain(c.mro.iter())
        .any(|k| &*k.name == "deque" && &*k.module == "collections")
}

/// `$match_map(subject, keys, rest)`: a mapping holding every key: their values, then
/// (if `rest`) a dict of the other items.
fn match_map(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let subject = &a.pos[0];
    let Value::Dict(d) = subject else {
        return Ok(Value::None);
    };
    let Value::Tuple(keys) = &a.pos[1] else {
        unreachable!("the desugaring passes a tuple")
    };
    let mut out = Vec::with_capacity(keys.len() + 1);
    let seen = Value::dict(Dict::new());
    for k in keys.iter() {
        if super::methods_dict::dict_get(interp, &seen, k)?.is_some() {
            return Err(crate::runtime::exc::value_error(format!(
                "mapping pattern checks duplicate key ({})",
                interp.repr(k)?
            )));
        }
        interp.setitem(&seen, k.clone(), Value::None)?;
        match super::methods_dict::dict_get(interp, subject, k)? {
            Some(v) => out.push(v),
            None => return Ok(Value::None),
        }
    }
    if matches!(a.pos[2], Value::Bool(true)) {
        let entries: Vec<(Value, Value)> = d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        let rest = Value::dict(Dict::new());
        for (k, v) in entries {
            if super::methods_dict::dict_get(interp, &seen, &k)?.is_none() {
                interp.setitem(&rest, k, v)?;
            }
        }
        out.push(rest);
    }
    Ok(Value::list(out))
}

/// `$match_class(subject, cls, npos, kw_names)`: an instance of `cls`: the attributes
/// its positional (through `__match_args__`) and keyword sub-patterns match.
fn match_class(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let (subject, cls) = (&a.pos[0], &a.pos[1]);
    let Value::Class(c) = cls else {
        return Err(type_error("called match pattern must be a type"));
    };
    if !is_instance(interp, subject, cls)? {
        return Ok(Value::None);
    }
    let npos = int_arg(&a, 2) as usize;
    let Value::Tuple(kw) = &a.pos[3] else {
        unreachable!("the desugaring passes a tuple")
    };
    let mut names: Vec<String> = Vec::new();
    let mut out = Vec::new();
    if npos > 0 {
        let t = types();
        let self_matching = [
            &t.bool_,
            &t.dict,
            &t.float,
            &t.frozenset,
            &t.int,
            &t.list,
            &t.set,
            &t.str_,
            &t.tuple,
        ];
        if npos == 1 && self_matching.iter().any(|b| Rc::ptr_eq(b, c)) {
            out.push(subject.clone());
        } else {
            let args = match interp.getattr(cls, "__match_args__") {
                Ok(Value::Tuple(t)) => t.to_vec(),
                Ok(other) => {
                    return Err(type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        c.name,
                        type_name(&other)
                    )));
                }
                Err(e) if e.is_instance("AttributeError") => Vec::new(),
                Err(e) => return Err(e),
            };
            if npos > args.len() {
                let s = if args.len() == 1 { "" } else { "s" };
                return Err(type_error(format!(
                    "{}() accepts {} positional sub-pattern{s} ({npos} given)",
                    c.name,
                    args.len()
                )));
            }
            for arg in &args[..npos] {
                let Value::Str(s) = arg else {
                    return Err(type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        type_name(arg)
                    )));
                };
                names.push(s.as_str().to_string());
            }
        }
    }
    for k in kw.iter() {
        let Value::Str(s) = k else {
            unreachable!("keyword names are strings")
        };
        names.push(s.as_str().to_string());
    }
    for (i, name) in names.iter().enumerate() {
        if names[..i].contains(name) {
            return Err(type_error(format!(
                "{}() got multiple sub-patterns for attribute '{name}'",
                c.name
            )));
        }
        match interp.getattr(subject, name) {
            Ok(v) => out.push(v),
            Err(e) if e.is_instance("AttributeError") => return Ok(Value::None),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::list(out))
}
