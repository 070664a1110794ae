//! `str` methods (formatting itself lives in `str_format.rs`, the pure text algorithms
//! in `str_text.rs`).

use super::str_format::str_format;
use super::str_text::{casefold, istitle, pad, rsplit_ws, split_ws, strip_chars, title};
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{type_error, value_error};
use crate::runtime::object::{Args, MethodImpl, PositionalMethodImpl};
use crate::runtime::types::type_name;
use crate::runtime::value::{PyStr, Value};
use compact_str::CompactString;

fn s(recv: &Value) -> &str {
    recv.as_str().expect("a str receiver")
}

fn arg_str<'a>(pos: &'a [Value], i: usize, meth: &str) -> PyResult<Option<&'a str>> {
    match pos.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(x)) => Ok(Some(x.as_str())),
        Some(other) => Err(type_error(format!(
            "{meth} arg must be None or str, not {}",
            type_name(other)
        ))),
    }
}

fn need_str<'a>(pos: &'a [Value], i: usize, meth: &str) -> PyResult<&'a str> {
    match pos.get(i) {
        Some(Value::Str(x)) => Ok(x.as_str()),
        Some(other) => Err(type_error(format!(
            "{meth}() argument {} must be str, not {}",
            i + 1,
            type_name(other)
        ))),
        None => Err(type_error(format!(
            "{meth}() takes at least {} argument ({} given)",
            i + 1,
            pos.len()
        ))),
    }
}

fn int_arg(pos: &[Value], i: usize, default: i64) -> PyResult<i64> {
    match pos.get(i) {
        None | Some(Value::None) => Ok(default),
        Some(v) => super::numbers::to_i64(v).ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ))
        }),
    }
}

fn strs(v: Vec<String>) -> Value {
    Value::list(v.into_iter().map(Value::string).collect())
}

/// Byte range of the code-point slice `[start:end]` (Python semantics for negatives).
fn char_range(text: &str, start: i64, end: i64) -> Option<(usize, usize)> {
    let n = text.chars().count() as i64;
    let norm = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let (a, b) = (norm(start), norm(end));
    if a > b {
        return None;
    }
    let byte = |k: i64| {
        text.char_indices()
            .nth(k as usize)
            .map(|(i, _)| i)
            .unwrap_or(text.len())
    };
    Some((byte(a), byte(b)))
}

fn char_index(text: &str, byte: usize) -> i64 {
    text[..byte].chars().count() as i64
}

fn find_impl(args: &Args, recv: &Value, rev: bool, meth: &str) -> PyResult<i64> {
    let text = s(recv);
    let sub = need_str(&args.pos, 0, meth)?;
    let start = int_arg(&args.pos, 1, 0)?;
    let end = int_arg(&args.pos, 2, i64::MAX / 2)?;
    let Some((a, b)) = char_range(text, start, end) else {
        return Ok(-1);
    };
    let hay = &text[a..b];
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match found {
        Some(i) => char_index(text, a + i),
        None => -1,
    })
}

fn fill_arg(args: &Args, meth: &str) -> PyResult<char> {
    match args.pos.get(1) {
        None => Ok(' '),
        Some(Value::Str(x)) if x.char_len() == 1 => Ok(x.char_at(0).unwrap()),
        Some(Value::Str(_)) => Err(type_error(
            "The fill character must be exactly one character long",
        )),
        Some(other) => Err(type_error(format!(
            "{meth}() argument 2 must be str, not {}",
            type_name(other)
        ))),
    }
}

pub fn lookup(name: &str) -> Option<MethodImpl> {
    let f: MethodImpl = match name {
        "upper" => |i, r, _| upper(i, r, &[]),
        "lower" => |i, r, _| lower(i, r, &[]),
        "casefold" => |_, r, _| Ok(Value::string(casefold(s(r)))),
        "strip" => |_, r, a| {
            Ok(Value::str(strip_chars(
                s(r),
                arg_str(&a.pos, 0, "strip")?,
                true,
                true,
            )))
        },
        "lstrip" => |_, r, a| {
            Ok(Value::str(strip_chars(
                s(r),
                arg_str(&a.pos, 0, "lstrip")?,
                true,
                false,
            )))
        },
        "rstrip" => |_, r, a| {
            Ok(Value::str(strip_chars(
                s(r),
                arg_str(&a.pos, 0, "rstrip")?,
                false,
                true,
            )))
        },
        "split" => |_, r, a| {
            let sep = match a.pos.first().or(a
                .kw
                .iter()
                .find(|(k, _)| &**k == "sep")
                .map(|(_, v)| v))
            {
                None | Some(Value::None) => None,
                Some(Value::Str(x)) => Some(x.as_str().to_string()),
                Some(o) => {
                    return Err(type_error(format!(
                        "must be str or None, not {}",
                        type_name(o)
                    )));
                }
            };
            let maxsplit = match a.pos.get(1).or(a
                .kw
                .iter()
                .find(|(k, _)| &**k == "maxsplit")
                .map(|(_, v)| v))
            {
                Some(v) => super::numbers::to_i64(v).unwrap_or(-1),
                None => -1,
            };
            let text = s(r);
            let parts: Vec<Value> = match sep {
                None => split_ws(text, maxsplit)
                    .into_iter()
                    .map(Value::str)
                    .collect(),
                Some(sep) => {
                    if sep.is_empty() {
                        return Err(value_error("empty separator"));
                    }
                    if maxsplit < 0 {
                        text.split(sep.as_str()).map(Value::str).collect()
                    } else {
                        text.splitn(maxsplit as usize + 1, sep.as_str())
                            .map(Value::str)
                            .collect()
                    }
                }
            };
            Ok(Value::list(parts))
        },
        "rsplit" => |_, r, a| {
            let sep = arg_str(&a.pos, 0, "rsplit")?.map(String::from);
            let maxsplit = int_arg(&a.pos, 1, -1)?;
            let maxsplit =
                a.kw.iter()
                    .find(|(k, _)| &**k == "maxsplit")
                    .and_then(|(_, v)| super::numbers::to_i64(v))
                    .unwrap_or(maxsplit);
            let text = s(r);
            Ok(strs(match sep {
                None => rsplit_ws(text, maxsplit),
                Some(sep) => {
                    if sep.is_empty() {
                        return Err(value_error("empty separator"));
                    }
                    let mut v: Vec<String> = if maxsplit < 0 {
                        text.rsplit(sep.as_str()).map(String::from).collect()
                    } else {
                        text.rsplitn(maxsplit as usize + 1, sep.as_str())
                            .map(String::from)
                            .collect()
                    };
                    v.reverse();
                    v
                }
            }))
        },
        "splitlines" => |i, r, a| {
            let keep = match a.pos.first().or(a.kwarg("keepends")) {
                Some(v) => i.truthy(v)?,
                None => false,
            };
            let text = s(r);
            let mut out = Vec::new();
            let mut start = 0;
            let bytes: Vec<(usize, char)> = text.char_indices().collect();
            let mut k = 0;
            while k < bytes.len() {
                let (pos, c) = bytes[k];
                if matches!(
                    c,
                    '\n' | '\r'
                        | '\x0b'
                        | '\x0c'
                        | '\x1c'
                        | '\x1d'
                        | '\x1e'
                        | '\u{85}'
                        | '\u{2028}'
                        | '\u{2029}'
                ) {
                    let mut end = pos + c.len_utf8();
                    if c == '\r' && k + 1 < bytes.len() && bytes[k + 1].1 == '\n' {
                        end += 1;
                        k += 1;
                    }
                    out.push(if keep {
                        text[start..end].to_string()
                    } else {
                        text[start..pos].to_string()
                    });
                    start = end;
                }
                k += 1;
            }
            if start < text.len() {
                out.push(text[start..].to_string());
            }
            Ok(strs(out))
        },
        "join" => |i, r, a| join(i, r, &a.pos),
        "replace" => |i, r, a| replace(i, r, &a.pos),
        "startswith" => starts_with,
        "endswith" => ends_with,
        "find" => |_, r, a| Ok(Value::Int(find_impl(&a, r, false, "find")?)),
        "rfind" => |_, r, a| Ok(Value::Int(find_impl(&a, r, true, "rfind")?)),
        "index" => |_, r, a| match find_impl(&a, r, false, "index")? {
            -1 => Err(value_error("substring not found")),
            i => Ok(Value::Int(i)),
        },
        "rindex" => |_, r, a| match find_impl(&a, r, true, "rindex")? {
            -1 => Err(value_error("substring not found")),
            i => Ok(Value::Int(i)),
        },
        "count" => |_, r, a| {
            let sub = need_str(&a.pos, 0, "count")?;
            let start = int_arg(&a.pos, 1, 0)?;
            let end = int_arg(&a.pos, 2, i64::MAX / 2)?;
            let Some((x, y)) = char_range(s(r), start, end) else {
                return Ok(Value::Int(0));
            };
            let hay = &s(r)[x..y];
            Ok(Value::Int(if sub.is_empty() {
                hay.chars().count() as i64 + 1
            } else {
                hay.matches(sub).count() as i64
            }))
        },
        "title" => |_, r, _| Ok(Value::string(title(s(r)))),
        "capitalize" => |_, r, _| {
            let mut c = s(r).chars();
            Ok(Value::string(match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(|x| x.to_lowercase()))
                    .collect(),
                None => String::new(),
            }))
        },
        "swapcase" => |_, r, _| {
            Ok(Value::string(
                s(r).chars()
                    .flat_map(|c| {
                        if c.is_uppercase() {
                            c.to_lowercase().collect::<Vec<_>>()
                        } else {
                            c.to_uppercase().collect::<Vec<_>>()
                        }
                    })
                    .collect(),
            ))
        },
        "center" => |_, r, a| {
            Ok(Value::string(pad(
                s(r),
                int_arg(&a.pos, 0, 0)?,
                fill_arg(&a, "center")?,
                '^',
            )))
        },
        "ljust" => |_, r, a| {
            Ok(Value::string(pad(
                s(r),
                int_arg(&a.pos, 0, 0)?,
                fill_arg(&a, "ljust")?,
                '<',
            )))
        },
        "rjust" => |_, r, a| {
            Ok(Value::string(pad(
                s(r),
                int_arg(&a.pos, 0, 0)?,
                fill_arg(&a, "rjust")?,
                '>',
            )))
        },
        "zfill" => |_, r, a| {
            let width = int_arg(&a.pos, 0, 0)?;
            let text = s(r);
            let n = text.chars().count() as i64;
            if width <= n {
                return Ok(Value::str(text));
            }
            let zeros = "0".repeat((width - n) as usize);
            Ok(Value::string(match text.chars().next() {
                Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &text[1..]),
                _ => format!("{zeros}{text}"),
            }))
        },
        "isdigit" | "isnumeric" | "isdecimal" => |_, r, _| {
            let t = s(r);
            Ok(Value::Bool(
                !t.is_empty() && t.chars().all(|c| c.is_numeric()),
            ))
        },
        "isalpha" => |_, r, _| {
            Ok(Value::Bool(
                !s(r).is_empty() && s(r).chars().all(char::is_alphabetic),
            ))
        },
        "isalnum" => |_, r, _| {
            Ok(Value::Bool(
                !s(r).is_empty() && s(r).chars().all(char::is_alphanumeric),
            ))
        },
        "isspace" => |_, r, _| {
            Ok(Value::Bool(
                !s(r).is_empty() && s(r).chars().all(char::is_whitespace),
            ))
        },
        "isupper" => |_, r, _| {
            let t = s(r);
            Ok(Value::Bool(
                t.chars().any(char::is_uppercase) && !t.chars().any(char::is_lowercase),
            ))
        },
        "islower" => |_, r, _| {
            let t = s(r);
            Ok(Value::Bool(
                t.chars().any(char::is_lowercase) && !t.chars().any(char::is_uppercase),
            ))
        },
        "istitle" => |_, r, _| Ok(Value::Bool(istitle(s(r)))),
        "isidentifier" => |_, r, _| {
            let t = s(r);
            let mut c = t.chars();
            Ok(Value::Bool(match c.next() {
                Some(f) => {
                    (f == '_' || f.is_alphabetic()) && c.all(|x| x == '_' || x.is_alphanumeric())
                }
                None => false,
            }))
        },
        "isascii" => |_, r, _| Ok(Value::Bool(s(r).is_ascii())),
        "partition" => |_, r, a| {
            let sep = need_str(&a.pos, 0, "partition")?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let t = s(r);
            Ok(match t.find(sep) {
                Some(i) => Value::tuple(vec![
                    Value::str(&t[..i]),
                    Value::str(sep),
                    Value::str(&t[i + sep.len()..]),
                ]),
                None => Value::tuple(vec![Value::str(t), Value::str(""), Value::str("")]),
            })
        },
        "rpartition" => |_, r, a| {
            let sep = need_str(&a.pos, 0, "rpartition")?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let t = s(r);
            Ok(match t.rfind(sep) {
                Some(i) => Value::tuple(vec![
                    Value::str(&t[..i]),
                    Value::str(sep),
                    Value::str(&t[i + sep.len()..]),
                ]),
                None => Value::tuple(vec![Value::str(""), Value::str(""), Value::str(t)]),
            })
        },
        "removeprefix" => |_, r, a| {
            let p = need_str(&a.pos, 0, "removeprefix")?;
            Ok(Value::str(s(r).strip_prefix(p).unwrap_or(s(r))))
        },
        "removesuffix" => |_, r, a| {
            let p = need_str(&a.pos, 0, "removesuffix")?;
            Ok(Value::str(s(r).strip_suffix(p).unwrap_or(s(r))))
        },
        "expandtabs" => |_, r, a| {
            let size = int_arg(&a.pos, 0, 8)?.max(0) as usize;
            let mut out = String::new();
            let mut col = 0;
            for c in s(r).chars() {
                match c {
                    '\t' => {
                        if size > 0 {
                            let n = size - col % size;
                            out.push_str(&" ".repeat(n));
                            col += n;
                        }
                    }
                    '\n' | '\r' => {
                        out.push(c);
                        col = 0;
                    }
                    _ => {
                        out.push(c);
                        col += 1;
                    }
                }
            }
            Ok(Value::string(out))
        },
        "format" => |i, r, a| str_format(i, s(r), &a.pos, &a.kw, None),
        "format_map" => |i, r, a| {
            let m = a.pos.first().cloned().unwrap_or(Value::None);
            str_format(i, s(r), &[], &[], Some(m))
        },
        "encode" => |_, _, _| Err(type_error("bytes are not supported by coropy")),
        "__len__" => |_, r, _| Ok(Value::Int(s(r).chars().count() as i64)),
        "__contains__" => |i, r, a| Ok(Value::Bool(i.contains(r, &a.pos[0])?)),
        _ => return None,
    };
    Some(f)
}

fn affix(i: &mut Interp, r: &Value, a: &Args, meth: &str, end: bool) -> PyResult<Value> {
    let text = s(r);
    let start = int_arg(&a.pos, 1, 0)?;
    let stop = int_arg(&a.pos, 2, i64::MAX / 2)?;
    let Some((x, y)) = char_range(text, start, stop) else {
        return Ok(Value::Bool(false));
    };
    let hay = &text[x..y];
    let test = |p: &str| {
        if end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match a.pos.first() {
        Some(Value::Str(p)) => Ok(Value::Bool(test(p.as_str()))),
        Some(Value::Tuple(t)) => {
            for p in t.iter() {
                match p {
                    Value::Str(p) if test(p.as_str()) => return Ok(Value::Bool(true)),
                    Value::Str(_) => {}
                    other => {
                        return Err(type_error(format!(
                            "tuple for {meth} must only contain str, not {}",
                            type_name(other)
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        Some(other) => Err(type_error(format!(
            "{meth} first arg must be str or a tuple of str, not {}",
            type_name(other)
        ))),
        None => {
            let _ = i;
            Err(type_error(format!(
                "{meth}() takes at least 1 argument (0 given)"
            )))
        }
    }
}

fn starts_with(i: &mut Interp, r: &Value, a: Args) -> PyResult<Value> {
    affix(i, r, &a, "startswith", false)
}

fn ends_with(i: &mut Interp, r: &Value, a: Args) -> PyResult<Value> {
    affix(i, r, &a, "endswith", true)
}

/// `str.replace(old, new[, count])`.
fn replace(_: &mut Interp, r: &Value, pos: &[Value]) -> PyResult<Value> {
    let old = need_str(pos, 0, "replace")?;
    let new = need_str(pos, 1, "replace")?;
    let count = int_arg(pos, 2, -1)?;
    let text = s(r);
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in text.chars() {
            if count < 0 || n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if count < 0 || n < count {
            out.push_str(new);
        }
        return Ok(Value::string(out));
    }
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut found = find_sub(text, old, 0);
    if found.is_none() || limit == 0 {
        // As CPython: nothing replaced gives the str itself.
        return Ok(r.clone());
    }
    let mut out = CompactString::with_capacity((text.len() + new.len()).saturating_sub(old.len()));
    let mut last = 0;
    let mut n = 0;
    while let Some(i) = found {
        out.push_str(&text[last..i]);
        out.push_str(new);
        last = i + old.len();
        n += 1;
        found = if n < limit {
            find_sub(text, old, last)
        } else {
            None
        };
    }
    out.push_str(&text[last..]);
    let ascii = matches!(r, Value::Str(x) if x.is_ascii()) && new.is_ascii();
    Ok(if ascii {
        Value::ascii_str(out)
    } else {
        Value::Str(std::rc::Rc::new(PyStr::new(out)))
    })
}

/// The byte offset of the first `needle` (non-empty) in `hay` at or after `from` (a
/// char boundary); short texts and one-byte needles are scanned directly.
fn find_sub(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let (h, nd) = (&hay.as_bytes()[from..], needle.as_bytes());
    if nd.len() > h.len() {
        return None;
    }
    if let [b] = nd {
        return h.iter().position(|x| x == b).map(|p| p + from);
    }
    if h.len() <= 64 {
        // A match of valid UTF-8 in valid UTF-8 always starts on a char boundary.
        return (0..=h.len() - nd.len())
            .find(|&i| h[i..].starts_with(nd))
            .map(|p| p + from);
    }
    hay[from..].find(needle).map(|p| p + from)
}

/// `str.join(iterable)`.
fn join(i: &mut Interp, r: &Value, pos: &[Value]) -> PyResult<Value> {
    let v = pos
        .first()
        .cloned()
        .ok_or_else(|| type_error("str.join() takes exactly one argument (0 given)"))?;
    // A list or tuple is read in place (its items are not copied out first).
    match &v {
        Value::List(l) => join_items(s(r), &l.borrow()),
        Value::Tuple(t) => join_items(s(r), t),
        _ => join_items(s(r), &i.iterate(&v)?),
    }
}

fn join_items(sep: &str, items: &[Value]) -> PyResult<Value> {
    let total: usize = items
        .iter()
        .map(|x| x.as_str().map_or(0, str::len))
        .sum::<usize>()
        + sep.len() * items.len().saturating_sub(1);
    let mut out = String::with_capacity(total);
    for (k, item) in items.iter().enumerate() {
        if k > 0 {
            out.push_str(sep);
        }
        match item {
            Value::Str(x) => out.push_str(x.as_str()),
            other => {
                return Err(type_error(format!(
                    "sequence item {k}: expected str instance, {} found",
                    type_name(other)
                )));
            }
        }
    }
    Ok(Value::string(out))
}

/// `str.upper()`.
fn upper(_: &mut Interp, r: &Value, _: &[Value]) -> PyResult<Value> {
    if let Value::Str(x) = r
        && x.is_ascii()
    {
        let mut out = CompactString::from(x.as_str());
        out.make_ascii_uppercase();
        return Ok(Value::ascii_str(out));
    }
    Ok(Value::string(s(r).to_uppercase()))
}

/// `str.lower()`.
fn lower(_: &mut Interp, r: &Value, _: &[Value]) -> PyResult<Value> {
    if let Value::Str(x) = r
        && x.is_ascii()
    {
        let mut out = CompactString::from(x.as_str());
        out.make_ascii_lowercase();
        return Ok(Value::ascii_str(out));
    }
    Ok(Value::string(s(r).to_lowercase()))
}

/// `str.split()`: runs of whitespace.
fn split_whitespace(_: &mut Interp, r: &Value, _: &[Value]) -> PyResult<Value> {
    if let Value::Str(x) = r
        && x.is_ascii()
    {
        return Ok(Value::list(split_ascii_ws(x.as_str())));
    }
    Ok(Value::list(
        split_ws(s(r), -1).into_iter().map(Value::str).collect(),
    ))
}

/// CPython's whitespace among ASCII bytes (`\x1c`..`\x1f` included).
#[inline(always)]
fn is_ascii_space(b: u8) -> bool {
    b <= b' ' && matches!(b, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f)
}

/// `str.split()` of ASCII text, scanning bytes; each word is an ASCII str.
fn split_ascii_ws(s: &str) -> Vec<Value> {
    let text = s.as_bytes();
    let n = text.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        match text[i..].iter().position(|&b| !is_ascii_space(b)) {
            Some(p) => i += p,
            None => break,
        }
        let end = text[i..]
            .iter()
            .position(|&b| is_ascii_space(b))
            .map_or(n, |p| i + p);
        out.push(Value::ascii_str(&s[i..end]));
        i = end;
    }
    out
}

/// The `str` methods with a positional-only entry point for `n` arguments.
pub fn positional(name: &str, n: usize) -> Option<PositionalMethodImpl> {
    Some(match (name, n) {
        ("join", 1) => join,
        ("replace", 2 | 3) => replace,
        ("upper", 0) => upper,
        ("lower", 0) => lower,
        ("split", 0) => split_whitespace,
        _ => return None,
    })
}
