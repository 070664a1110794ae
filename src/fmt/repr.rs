//! `repr(str)` and `ascii(str)` exactly as CPython's `unicode_repr` writes them.

use std::fmt::Write;

use super::unicode_tables::is_printable;

/// `repr(s)`: single quotes unless `s` contains `'` and no `"`; escapes `\\`, the quote,
/// `\t \n \r`, other ASCII controls and `\x7f` as `\xhh`, non-printable non-ASCII as
/// `\xhh`/`\uhhhh`/`\Uhhhhhhhh`; printable Unicode is kept.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c < ' ' || c == '\x7f' => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_ascii() || is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `ascii(s)`: [`repr_str`] with every non-ASCII character escaped.
pub fn ascii_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in repr_str(s).chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

fn push_escape(out: &mut String, c: char) {
    let cp = c as u32;
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}
