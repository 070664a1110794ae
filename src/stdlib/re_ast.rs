//! The `re` module's pattern tree (what `re_parse.rs` builds and `re_engine.rs`
//! compiles), its flag bits and the case mappings both sides share.

use std::rc::Rc;

pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const ASCII: u32 = 256;

#[derive(Debug, Clone)]
pub enum Node {
    Empty,
    Item(Item),
    Assert(Anchor),
    /// A capturing group (numbered from 1).
    Group(usize, Box<Node>),
    /// A backreference: group number, ignore case.
    Backref(usize, bool),
    Look {
        behind: bool,
        negate: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        kind: RepeatKind,
    },
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    /// `(?(group)yes|no)`.
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// No upper bound for a repeat.
pub const UNBOUNDED: u32 = u32::MAX;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// Something that matches exactly one character.
#[derive(Debug, Clone)]
pub enum Item {
    Char(char),
    /// A character compared case-insensitively (stored folded); bool: ASCII-only folding.
    Fold(char, bool),
    /// `.` with DOTALL.
    Any,
    /// `.` without DOTALL: anything but a newline.
    AnyNoNl,
    Set(Rc<Set>),
}

#[derive(Debug)]
pub struct Set {
    pub negate: bool,
    pub fold: bool,
    pub ascii: bool,
    pub members: Vec<Member>,
}

#[derive(Debug)]
pub enum Member {
    Range(char, char),
    /// `\d`, `\w`, `\s` (or, negated, `\D`, `\W`, `\S`).
    Class(Class, bool),
}

#[derive(Debug, Clone, Copy)]
pub enum Class {
    Digit,
    Word,
    Space,
}

#[derive(Debug, Clone, Copy)]
pub enum Anchor {
    /// `\A`, and `^` without MULTILINE.
    Start,
    /// `\Z`.
    End,
    /// `^` with MULTILINE.
    LineStart,
    /// `$` with MULTILINE.
    LineEnd,
    /// `$` without MULTILINE: the end, or before a newline that ends the text.
    EndOrFinalNewline,
    /// `\b` / `\B`; bool: ASCII-only word characters.
    WordBoundary(bool),
    NotWordBoundary(bool),
}

/// The number of characters `node` always matches, if fixed.
pub fn width(node: &Node) -> Option<usize> {
    Some(match node {
        Node::Empty | Node::Assert(_) | Node::Look { .. } => 0,
        Node::Item(_) => 1,
        Node::Group(_, n) | Node::Atomic(n) => width(n)?,
        Node::Backref(..) => return None,
        Node::Repeat { node, min, max, .. } if min == max => width(node)? * *min as usize,
        Node::Repeat { .. } => return None,
        Node::Concat(v) => v.iter().map(width).sum::<Option<usize>>()?,
        Node::Alt(v) => {
            let w = width(&v[0])?;
            for n in &v[1..] {
                if width(n)? != w {
                    return None;
                }
            }
            w
        }
        Node::Cond { yes, no, .. } => {
            let w = width(yes)?;
            (width(no)? == w).then_some(w)?
        }
    })
}

/// The one character a case mapping gives `c`, or `c` when it gives several.
fn single(mut mapped: impl Iterator<Item = char>, c: char) -> char {
    match (mapped.next(), mapped.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

/// Simple case folding of one character (ASCII-only under the ASCII flag).
pub fn fold(c: char, ascii: bool) -> char {
    if ascii || c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        single(c.to_lowercase(), c)
    }
}

/// Simple upper-casing of one character (ASCII-only under the ASCII flag).
pub fn upper(c: char, ascii: bool) -> char {
    if ascii || c.is_ascii() {
        c.to_ascii_uppercase()
    } else {
        single(c.to_uppercase(), c)
    }
}
