//! The `re` module's natives: compiling patterns (kept in a per-thread table, one
//! entry per distinct pattern and flags) and running them. `Pattern`, `Match`, the
//! module functions, templates and `re.error` are Python (`re.py`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::add_functions;
use super::re_engine::{self, Mode, NONE, Program};
use super::re_parse;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{runtime_error, type_error};
use crate::runtime::object::{Args, Globals};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

/// The Python part of the module, run after the natives below are installed.
pub const SOURCE: &str = include_str!("re.py");

#[derive(Default)]
struct Table {
    progs: Vec<Rc<Program>>,
    index: HashMap<(String, u32), usize>,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::default();
}

pub fn install(g: &Globals) {
    add_functions(
        g,
        &[
            ("_compile", compile),
            ("_exec", exec),
            ("_all", all),
            ("_findall", findall),
            ("_split", split),
            ("_sub", sub),
        ],
    );
}

fn int(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => Err(type_error("an integer is required")),
    }
}

fn text(v: &Value) -> PyResult<&str> {
    v.as_str().ok_or_else(|| {
        type_error(format!(
            "expected string or bytes-like object, got '{}'",
            type_name(v)
        ))
    })
}

/// `_compile(pattern, flags)`: `(handle, groups, [(name, index)], flags)`, or
/// `(None, message, position or None)` for a bad pattern. Parsing is redone for a
/// pattern seen before; its program is compiled once.
fn compile(_: &mut Interp, args: Args) -> PyResult<Value> {
    let pattern = text(&args.pos[0])?;
    let flags = int(&args.pos[1])? as u32;
    let parsed = match re_parse::parse(pattern, flags) {
        Ok(p) => p,
        Err(e) => {
            let pos = e.pos.map_or(Value::None, |p| Value::Int(p as i64));
            return Ok(Value::tuple(vec![Value::None, Value::string(e.msg), pos]));
        }
    };
    let h = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let key = (pattern.to_string(), flags);
        if let Some(&h) = t.index.get(&key) {
            return h;
        }
        t.progs
            .push(Rc::new(re_engine::compile(&parsed.node, parsed.groups)));
        let h = t.progs.len() - 1;
        t.index.insert(key, h);
        h
    });
    let names = parsed
        .names
        .into_iter()
        .map(|(n, g)| Value::tuple(vec![Value::string(n), Value::Int(g as i64)]))
        .collect();
    Ok(Value::tuple(vec![
        Value::Int(h as i64),
        Value::Int(parsed.groups as i64),
        Value::list(names),
        Value::Int(parsed.flags as i64),
    ]))
}

fn program(h: &Value) -> PyResult<Rc<Program>> {
    let h = int(h)? as usize;
    Ok(TABLE.with(|t| t.borrow().progs[h].clone()))
}

/// The string (argument 1) as chars cut at `endpos` (argument 3), and `pos`
/// (argument 2), clamped as CPython does; None when `endpos < pos` (nothing matches).
fn chars_of(args: &Args) -> PyResult<Option<(Vec<char>, usize)>> {
    let s = text(&args.pos[1])?;
    let n = s.chars().count() as i64;
    let pos = int(&args.pos[2])?.clamp(0, n) as usize;
    let endpos = int(&args.pos[3])?.clamp(0, n) as usize;
    Ok((pos <= endpos).then(|| (s.chars().take(endpos).collect(), pos)))
}

/// One match as a flat list: the slots (-1 when unset), lastindex (or -1), then the
/// search's clamped pos and endpos.
fn spans(slots: &[usize], lastindex: usize, pos: usize, endpos: usize) -> Value {
    let mut out: Vec<Value> = slots
        .iter()
        .map(|&s| Value::Int(if s == NONE { -1 } else { s as i64 }))
        .collect();
    out.push(Value::Int(if lastindex == 0 {
        -1
    } else {
        lastindex as i64
    }));
    out.push(Value::Int(pos as i64));
    out.push(Value::Int(endpos as i64));
    Value::list(out)
}

fn too_complex() -> crate::runtime::exc::Exc {
    runtime_error(format!(
        "regular expression matching took more than {} steps plus {} per character \
         (catastrophic backtracking?)",
        re_engine::STEP_LIMIT,
        re_engine::STEPS_PER_CHAR
    ))
}

/// `_exec(handle, string, pos, endpos, mode)`: mode 0 match, 1 search, 2 fullmatch.
fn exec(_: &mut Interp, args: Args) -> PyResult<Value> {
    let prog = program(&args.pos[0])?;
    let Some((chars, pos)) = chars_of(&args)? else {
        return Ok(Value::None);
    };
    let mode = match int(&args.pos[4])? {
        0 => Mode::Match,
        1 => Mode::Search,
        _ => Mode::FullMatch,
    };
    match re_engine::exec(&prog, &chars, pos, mode, false) {
        Ok(Some((slots, li))) => Ok(spans(&slots, li, pos, chars.len())),
        Ok(None) => Ok(Value::None),
        Err(_) => Err(too_complex()),
    }
}

/// Successive non-overlapping matches from `pos` (at most `count` when positive), an
/// empty match never adjacent to the previous match's empty end, as CPython's
/// finditer/sub/split: `f` gets each match's slots and lastindex.
fn each_match(
    prog: &Program,
    chars: &[char],
    mut pos: usize,
    count: i64,
    mut f: impl FnMut(&[usize], usize),
) -> PyResult<()> {
    let mut not_empty = false;
    let mut found = 0;
    while pos <= chars.len() && (count <= 0 || found < count) {
        match re_engine::exec(prog, chars, pos, Mode::Search, not_empty) {
            Ok(Some((slots, li))) => {
                f(&slots, li);
                found += 1;
                not_empty = slots[0] == slots[1];
                pos = slots[1];
            }
            Ok(None) => break,
            Err(_) => return Err(too_complex()),
        }
    }
    Ok(())
}

/// The text of group `g` (None when it did not take part).
fn group_text(chars: &[char], slots: &[usize], g: usize) -> Option<String> {
    let (s, e) = (slots[2 * g], slots[2 * g + 1]);
    (s != NONE && e != NONE).then(|| chars[s..e].iter().collect())
}

/// `_all(handle, string, pos, endpos, count)`: the matches' flat slot lists.
fn all(_: &mut Interp, args: Args) -> PyResult<Value> {
    let prog = program(&args.pos[0])?;
    let mut out = Vec::new();
    let Some((chars, pos)) = chars_of(&args)? else {
        return Ok(Value::list(out));
    };
    each_match(&prog, &chars, pos, int(&args.pos[4])?, |slots, li| {
        out.push(spans(slots, li, pos, chars.len()))
    })?;
    Ok(Value::list(out))
}

/// `_findall(handle, string, pos, endpos)`: whole matches, the one group's text, or
/// tuples of all groups ('' for a group that did not take part).
fn findall(_: &mut Interp, args: Args) -> PyResult<Value> {
    let prog = program(&args.pos[0])?;
    let Some((chars, pos)) = chars_of(&args)? else {
        return Ok(Value::list(Vec::new()));
    };
    let text = |slots: &[usize], g| Value::string(group_text(&chars, slots, g).unwrap_or_default());
    let mut out = Vec::new();
    each_match(&prog, &chars, pos, 0, |slots, _| {
        out.push(match prog.groups {
            0 => text(slots, 0),
            1 => text(slots, 1),
            n => Value::tuple((1..=n).map(|g| text(slots, g)).collect()),
        })
    })?;
    Ok(Value::list(out))
}

/// `_split(handle, string, maxsplit)`: the pieces between matches, each followed by
/// the groups' texts (None for a group that did not take part).
fn split(_: &mut Interp, args: Args) -> PyResult<Value> {
    let prog = program(&args.pos[0])?;
    let chars: Vec<char> = text(&args.pos[1])?.chars().collect();
    let mut out = Vec::new();
    let mut last = 0;
    each_match(&prog, &chars, 0, int(&args.pos[2])?, |slots, _| {
        out.push(Value::string(chars[last..slots[0]].iter().collect()));
        for g in 1..=prog.groups {
            out.push(group_text(&chars, slots, g).map_or(Value::None, Value::string));
        }
        last = slots[1];
    })?;
    out.push(Value::string(chars[last..].iter().collect()));
    Ok(Value::list(out))
}

/// `_sub(handle, string, count, parts)`: `(result, n)` with each match replaced by the
/// template `parts` (literal strs and group numbers).
fn sub(_: &mut Interp, args: Args) -> PyResult<Value> {
    let prog = program(&args.pos[0])?;
    let chars: Vec<char> = text(&args.pos[1])?.chars().collect();
    let Value::List(parts) = &args.pos[3] else {
        return Err(type_error("template parts must be a list"));
    };
    let parts = parts.borrow().clone();
    let mut out = String::new();
    let (mut last, mut n) = (0, 0);
    each_match(&prog, &chars, 0, int(&args.pos[2])?, |slots, _| {
        out.extend(&chars[last..slots[0]]);
        for p in &parts {
            match p {
                Value::Int(g) => out.extend(group_text(&chars, slots, *g as usize)),
                other => out.push_str(other.as_str().unwrap_or_default()),
            }
        }
        last = slots[1];
        n += 1;
    })?;
    out.extend(&chars[last..]);
    Ok(Value::tuple(vec![Value::string(out), Value::Int(n)]))
}
