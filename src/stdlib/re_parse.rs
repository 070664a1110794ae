//! The `re` module's pattern parser: Python's regular-expression syntax to a tree of
//! `Node`s, with CPython 3.11's error messages and positions (in characters).

use std::collections::HashMap;
use std::rc::Rc;

use super::re_ast::{
    ASCII, Anchor, Class, DOTALL, IGNORECASE, Item, LOCALE, MULTILINE, Member, Node, RepeatKind,
    Set, UNBOUNDED, UNICODE, VERBOSE, fold, width,
};

/// A parsed pattern: its tree, group count, group names and final flags.
pub struct Parsed {
    pub node: Node,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
}

/// A compile error: CPython's message and the position it points at, if any.
pub struct ParseError {
    pub msg: String,
    pub pos: Option<usize>,
}

type Res<T> = Result<T, ParseError>;

fn err<T>(msg: impl Into<String>, pos: usize) -> Res<T> {
    Err(ParseError {
        msg: msg.into(),
        pos: Some(pos),
    })
}

struct Parser {
    s: Vec<char>,
    i: usize,
    flags: u32,
    groups: usize,
    names: HashMap<String, usize>,
    name_order: Vec<(String, usize)>,
    /// Group numbers still open (being parsed).
    open: Vec<usize>,
}

pub fn parse(pattern: &str, flags: u32) -> Res<Parsed> {
    let mut p = Parser {
        s: pattern.chars().collect(),
        i: 0,
        flags,
        groups: 0,
        names: HashMap::new(),
        name_order: Vec::new(),
        open: Vec::new(),
    };
    p.global_flags()?;
    let node = p.alternation(true)?;
    if p.i < p.s.len() {
        // Only an unmatched ')' stops the top level early.
        return err("unbalanced parenthesis", p.i);
    }
    let mut flags = p.flags;
    if flags & ASCII == 0 {
        flags |= UNICODE;
    }
    Ok(Parsed {
        node,
        groups: p.groups,
        names: p.name_order,
        flags,
    })
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'a' => ASCII,
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'u' => UNICODE,
        'x' => VERBOSE,
        _ => return None,
    })
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn has(&self, f: u32) -> bool {
        self.flags & f != 0
    }

    /// Leading `(?flags)` groups apply to the whole pattern.
    fn global_flags(&mut self) -> Res<()> {
        loop {
            self.skip_verbose();
            let save = self.i;
            if !(self.eat('(') && self.eat('?')) {
                self.i = save;
                return Ok(());
            }
            let mut add = 0;
            while let Some(f) = self.peek().and_then(flag_of) {
                add |= f;
                self.i += 1;
            }
            if add == 0 || !self.eat(')') {
                self.i = save;
                return Ok(());
            }
            if add & LOCALE != 0 {
                return err(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    save + 2,
                );
            }
            self.flags |= add;
        }
    }

    fn skip_verbose(&mut self) {
        if !self.has(VERBOSE) {
            return;
        }
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    fn alternation(&mut self, top: bool) -> Res<Node> {
        let mut alts = vec![self.sequence(top)?];
        while self.eat('|') {
            alts.push(self.sequence(top)?);
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap()
        } else {
            Node::Alt(alts)
        })
    }

    fn sequence(&mut self, top: bool) -> Res<Node> {
        let mut items: Vec<Node> = Vec::new();
        // Whether the last item is a repeat written as one (not a group holding one).
        let mut repeated = false;
        loop {
            self.skip_verbose();
            let start = self.i;
            let Some(c) = self.peek() else { break };
            match c {
                '|' => break,
                ')' if !top || !self.open.is_empty() => break,
                ')' => return err("unbalanced parenthesis", self.i),
                '*' | '+' | '?' | '{' => {
                    if c == '{' && self.braces().is_none() {
                        self.i = start + 1;
                        items.push(Node::Item(self.literal('{')));
                        continue;
                    }
                    self.i = start;
                    let Some(last) = items.pop() else {
                        return err("nothing to repeat", start);
                    };
                    if repeated {
                        return err("multiple repeat", start);
                    }
                    items.push(self.repeat(last, start)?);
                    repeated = true;
                }
                _ => {
                    let node = self.atom()?;
                    items.push(node);
                    repeated = false;
                }
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap(),
            _ => Node::Concat(items),
        })
    }

    /// `{m,n}` at the cursor, consumed when valid: (min, max).
    fn braces(&mut self) -> Option<(Option<u32>, Option<u32>, usize)> {
        let start = self.i;
        self.i += 1;
        let num = |p: &mut Parser| {
            let from = p.i;
            while p.peek().is_some_and(|c| c.is_ascii_digit()) {
                p.i += 1;
            }
            let digits: String = p.s[from..p.i].iter().collect();
            (!digits.is_empty()).then(|| digits.parse::<u32>().unwrap_or(UNBOUNDED))
        };
        let lo = num(self);
        let hi = if self.eat(',') { num(self) } else { lo };
        if lo.is_none() && hi.is_none() && self.s[start + 1] == '}' {
            self.i = start;
            return None;
        }
        if !self.eat('}') {
            self.i = start;
            return None;
        }
        Some((lo, hi, start))
    }

    fn repeat(&mut self, last: Node, start: usize) -> Res<Node> {
        match last {
            Node::Assert(_) | Node::Empty => return err("nothing to repeat", start),
            _ => {}
        }
        let (min, max) = match self.s[self.i] {
            '*' => (0, UNBOUNDED),
            '+' => (1, UNBOUNDED),
            '?' => (0, 1),
            _ => {
                let (lo, hi, _) = self.braces().expect("checked by the caller");
                let (min, max) = (lo.unwrap_or(0), hi.unwrap_or(UNBOUNDED));
                if max < min {
                    return err("min repeat greater than max repeat", start + 1);
                }
                self.i -= 1;
                (min, max)
            }
        };
        self.i += 1;
        let kind = if self.eat('?') {
            RepeatKind::Lazy
        } else if self.eat('+') {
            RepeatKind::Possessive
        } else {
            RepeatKind::Greedy
        };
        Ok(Node::Repeat {
            node: Box::new(last),
            min,
            max,
            kind,
        })
    }

    fn literal(&self, c: char) -> Item {
        if self.has(IGNORECASE) {
            let ascii = self.has(ASCII);
            if !c.is_ascii() || c.is_ascii_alphabetic() {
                return Item::Fold(fold(c, ascii), ascii);
            }
        }
        Item::Char(c)
    }

    fn class(&self, class: Class, negate: bool) -> Node {
        Node::Item(Item::Set(Rc::new(Set {
            negate: false,
            fold: false,
            ascii: self.has(ASCII),
            members: vec![Member::Class(class, negate)],
        })))
    }

    fn atom(&mut self) -> Res<Node> {
        let start = self.i;
        let c = self.s[self.i];
        self.i += 1;
        Ok(match c {
            '.' if self.has(DOTALL) => Node::Item(Item::Any),
            '.' => Node::Item(Item::AnyNoNl),
            '^' if self.has(MULTILINE) => Node::Assert(Anchor::LineStart),
            '^' => Node::Assert(Anchor::Start),
            '$' if self.has(MULTILINE) => Node::Assert(Anchor::LineEnd),
            '$' => Node::Assert(Anchor::EndOrFinalNewline),
            '[' => self.set(start)?,
            '(' => self.group(start)?,
            '\\' => self.escape(start)?,
            _ => Node::Item(self.literal(c)),
        })
    }

    fn escape(&mut self, start: usize) -> Res<Node> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        let ascii = self.has(ASCII);
        let anchor = match c {
            'A' => Some(Anchor::Start),
            'Z' => Some(Anchor::End),
            'b' => Some(Anchor::WordBoundary(ascii)),
            'B' => Some(Anchor::NotWordBoundary(ascii)),
            _ => None,
        };
        if let Some(a) = anchor {
            self.i += 1;
            return Ok(Node::Assert(a));
        }
        match c {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                self.i += 1;
                let (class, negate) = class_escape(c).unwrap();
                Ok(self.class(class, negate))
            }
            '1'..='9' => {
                let from = self.i;
                self.i += 1;
                if self.peek().is_some_and(|d| d.is_ascii_digit()) {
                    let (a, b) = (self.s[from], self.s[from + 1]);
                    if a <= '7'
                        && b <= '7'
                        && self
                            .s
                            .get(from + 2)
                            .is_some_and(|d| ('0'..='7').contains(d))
                    {
                        self.i = from + 3;
                        let ch = self.octal(start)?;
                        return Ok(Node::Item(self.literal(ch)));
                    }
                    self.i += 1;
                }
                let digits: String = self.s[from..self.i].iter().collect();
                let group: usize = digits.parse().unwrap();
                if group > self.groups {
                    return err(format!("invalid group reference {group}"), start + 1);
                }
                if self.open.contains(&group) {
                    return err("cannot refer to an open group", start);
                }
                Ok(Node::Backref(group, self.has(IGNORECASE)))
            }
            _ => {
                let ch = self.char_escape(start, false)?;
                Ok(Node::Item(self.literal(ch)))
            }
        }
    }

    /// The value of an octal escape just consumed (its backslash at `start`).
    fn octal(&self, start: usize) -> Res<char> {
        let text: String = self.s[start + 1..self.i].iter().collect();
        let v = u32::from_str_radix(&text, 8).unwrap();
        if v > 0o377 {
            return err(
                format!("octal escape value \\{text} outside of range 0-0o377"),
                start,
            );
        }
        Ok(char::from_u32(v).unwrap())
    }

    /// A character escape (after the backslash at `start`), in a set or not.
    fn char_escape(&mut self, start: usize, in_set: bool) -> Res<char> {
        let c = self.s[self.i];
        self.i += 1;
        let hex = |p: &mut Parser, n: usize, kind: char| -> Res<char> {
            let digits: String = p.s[p.i..(p.i + n).min(p.s.len())].iter().collect();
            if digits.len() != n || !digits.chars().all(|d| d.is_ascii_hexdigit()) {
                let shown: String = p.s[start..(p.i + n).min(p.s.len())].iter().collect();
                return err(format!("incomplete escape {shown}"), start);
            }
            p.i += n;
            let v = u32::from_str_radix(&digits, 16).unwrap();
            match char::from_u32(v) {
                Some(ch) => Ok(ch),
                None => err(format!("bad escape \\{kind}{digits}"), start),
            }
        };
        Ok(match c {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            'b' if in_set => '\x08',
            'x' => hex(self, 2, 'x')?,
            'u' => hex(self, 4, 'u')?,
            'U' => hex(self, 8, 'U')?,
            'N' => self.named_char(start)?,
            '0'..='7' if c == '0' || in_set => {
                let mut n = 1;
                while n < 3 && self.peek().is_some_and(|d| ('0'..='7').contains(&d)) {
                    self.i += 1;
                    n += 1;
                }
                self.octal(start)?
            }
            c if c.is_ascii_alphanumeric() => return err(format!("bad escape \\{c}"), start),
            c => c,
        })
    }

    /// `\N{name}` after its `N` (the backslash at `start`).
    fn named_char(&mut self, start: usize) -> Res<char> {
        if !self.eat('{') {
            return err("missing {", self.i);
        }
        let name = self.until('}', "character name", self.i)?;
        match crate::syntax::parser::strings::char_named(&name) {
            Some(c) => Ok(c),
            None => err(format!("undefined character name '{name}'"), start),
        }
    }

    fn set(&mut self, start: usize) -> Res<Node> {
        let negate = self.eat('^');
        let mut members = Vec::new();
        let mut first = true;
        loop {
            let here = self.i;
            let Some(c) = self.peek() else {
                return err("unterminated character set", start);
            };
            self.i += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let lo = if c == '\\' {
                if self.peek().is_none() {
                    return err("bad escape (end of pattern)", here);
                }
                if let Some((class, neg)) = class_escape(self.s[self.i]) {
                    self.i += 1;
                    if self.peek() == Some('-') && self.s.get(self.i + 1).is_some_and(|&n| n != ']')
                    {
                        let hi_len = if self.s[self.i + 1] == '\\' { 2 } else { 1 };
                        let end = (self.i + 1 + hi_len).min(self.s.len());
                        let text: String = self.s[here..end].iter().collect();
                        return err(format!("bad character range {text}"), here);
                    }
                    members.push(Member::Class(class, neg));
                    continue;
                }
                self.char_escape(here, true)?
            } else {
                c
            };
            if self.peek() == Some('-') && self.s.get(self.i + 1).is_some_and(|&n| n != ']') {
                self.i += 1;
                let hi_at = self.i;
                let h = self.s[self.i];
                self.i += 1;
                let hi = if h == '\\' {
                    if self.peek().is_none() {
                        return err("bad escape (end of pattern)", hi_at);
                    }
                    if class_escape(self.s[self.i]).is_some() {
                        let text: String = self.s[here..=self.i].iter().collect();
                        return err(format!("bad character range {text}"), here);
                    }
                    self.char_escape(hi_at, true)?
                } else {
                    h
                };
                if hi < lo {
                    let text: String = self.s[here..self.i].iter().collect();
                    return err(format!("bad character range {text}"), here);
                }
                members.push(Member::Range(lo, hi));
            } else {
                members.push(Member::Range(lo, lo));
            }
        }
        Ok(Node::Item(Item::Set(Rc::new(Set {
            negate,
            fold: self.has(IGNORECASE),
            ascii: self.has(ASCII),
            members,
        }))))
    }

    /// The text up to the terminator `end`, consumed with it (CPython's getuntil):
    /// `what` names it in the errors, which point at `at`.
    fn until(&mut self, end: char, what: &str, at: usize) -> Res<String> {
        let from = self.i;
        while self.peek().is_some_and(|c| c != end) {
            self.i += 1;
        }
        let text: String = self.s[from..self.i].iter().collect();
        if text.is_empty() {
            return err(format!("missing {what}"), at);
        }
        if !self.eat(end) {
            return err(format!("missing {end}, unterminated name"), at);
        }
        Ok(text)
    }

    /// A group name up to `end`, checked as CPython does.
    fn name(&mut self, end: char, at: usize) -> Res<String> {
        let name = self.until(end, "group name", at)?;
        let valid = name
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_alphanumeric() || c == '_');
        if !valid {
            return err(format!("bad character in group name '{name}'"), at);
        }
        Ok(name)
    }

    fn group(&mut self, start: usize) -> Res<Node> {
        if !self.eat('?') {
            return self.capture(start, None);
        }
        let Some(c) = self.peek() else {
            return err("unexpected end of pattern", self.i);
        };
        self.i += 1;
        match c {
            ':' => self.body(start),
            '>' => Ok(Node::Atomic(Box::new(self.body(start)?))),
            '=' | '!' => self.look(start, false, c == '!'),
            '<' => match self.peek() {
                Some(d @ ('=' | '!')) => {
                    self.i += 1;
                    self.look(start, true, d == '!')
                }
                _ => {
                    let shown: String = self.s[start + 1..(self.i + 1).min(self.s.len())]
                        .iter()
                        .collect();
                    err(format!("unknown extension {shown}"), start + 1)
                }
            },
            '#' => {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == ')' {
                        return Ok(Node::Empty);
                    }
                }
                err("missing ), unterminated comment", start)
            }
            'P' => match self.peek() {
                Some('<') => {
                    self.i += 1;
                    let at = self.i;
                    let name = self.name('>', at)?;
                    if let Some(&old) = self.names.get(&name) {
                        return err(
                            format!(
                                "redefinition of group name '{name}' as group {}; was group {old}",
                                self.groups + 1
                            ),
                            at,
                        );
                    }
                    self.capture(start, Some(name))
                }
                Some('=') => {
                    self.i += 1;
                    let at = self.i;
                    let name = self.name(')', at)?;
                    let Some(&g) = self.names.get(&name) else {
                        return err(format!("unknown group name '{name}'"), at);
                    };
                    if self.open.contains(&g) {
                        return err("cannot refer to an open group", at);
                    }
                    Ok(Node::Backref(g, self.has(IGNORECASE)))
                }
                Some(d) => err(format!("unknown extension ?P{d}"), start + 1),
                None => err("unexpected end of pattern", self.i),
            },
            '(' => self.conditional(start),
            _ => self.scoped_flags(start, c),
        }
    }

    fn capture(&mut self, start: usize, name: Option<String>) -> Res<Node> {
        self.groups += 1;
        let g = self.groups;
        if let Some(name) = name {
            self.names.insert(name.clone(), g);
            self.name_order.push((name, g));
        }
        self.open.push(g);
        let node = self.body(start)?;
        self.open.pop();
        Ok(Node::Group(g, Box::new(node)))
    }

    /// The inside of a group through its closing `)`.
    fn body(&mut self, start: usize) -> Res<Node> {
        let node = self.alternation(false)?;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(node)
    }

    fn look(&mut self, start: usize, behind: bool, negate: bool) -> Res<Node> {
        let node = self.body(start)?;
        if behind && width(&node).is_none() {
            return Err(ParseError {
                msg: "look-behind requires fixed-width pattern".into(),
                pos: None,
            });
        }
        Ok(Node::Look {
            behind,
            negate,
            node: Box::new(node),
        })
    }

    fn conditional(&mut self, start: usize) -> Res<Node> {
        let at = self.i;
        let digits = self.s[at..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let name = if digits > 0 && self.s.get(at + digits) == Some(&')') {
            self.i = at + digits + 1;
            self.s[at..at + digits].iter().collect()
        } else {
            self.name(')', at)?
        };
        let group = match name.parse::<usize>() {
            Ok(0) => return err("bad group number", at),
            Ok(n) => n,
            Err(_) => match self.names.get(&name) {
                Some(&g) => g,
                None => return err(format!("unknown group name '{name}'"), at),
            },
        };
        if group > self.groups {
            return err(format!("invalid group reference {group}"), at);
        }
        let yes = self.sequence(false)?;
        let no = if self.eat('|') {
            self.sequence(false)?
        } else {
            Node::Empty
        };
        if self.peek() == Some('|') {
            return err("conditional backref with more than two branches", self.i);
        }
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(Node::Cond {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    /// `(?i:...)`, `(?-i:...)`, `(?i-s:...)`; a `(?i)` not at the start is an error.
    fn scoped_flags(&mut self, start: usize, first: char) -> Res<Node> {
        self.i -= 1;
        let (mut add, mut del) = (0, 0);
        while let Some(f) = self.peek().and_then(flag_of) {
            add |= f;
            self.i += 1;
        }
        if first != '-' && add == 0 {
            return err(format!("unknown extension ?{first}"), start + 1);
        }
        if self.eat('-') {
            while let Some(f) = self.peek().and_then(flag_of) {
                del |= f;
                self.i += 1;
            }
            if del == 0 {
                return err("missing flag", self.i);
            }
        }
        match self.peek() {
            Some(')') if del == 0 => {
                return err("global flags not at the start of the expression", start);
            }
            Some(':') => self.i += 1,
            Some(c) if c.is_alphabetic() => return err("unknown flag", self.i),
            Some(_) => return err("missing :", self.i),
            None => return err("missing -, : or )", self.i),
        }
        let saved = self.flags;
        self.flags = (self.flags | add) & !del;
        let node = self.body(start);
        self.flags = saved;
        node
    }
}

fn class_escape(c: char) -> Option<(Class, bool)> {
    Some(match c {
        'd' => (Class::Digit, false),
        'D' => (Class::Digit, true),
        'w' => (Class::Word, false),
        'W' => (Class::Word, true),
        's' => (Class::Space, false),
        'S' => (Class::Space, true),
        _ => return None,
    })
}
