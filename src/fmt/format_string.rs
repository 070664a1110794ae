//! `str.format` templates: literal text (`{{`, `}}`), replacement fields with field name,
//! `!` conversion and (possibly nested) format spec, as CPython's `MarkupIterator`.
//!
//! The interpreter renders each [`Field`] as CPython's `output_markup` does: resolve the
//! first name part with [`AutoNumber::resolve`], look the object up, apply the accessors in
//! order, apply the conversion ([`check_conversion`]), render the spec pieces (their fields
//! share the same [`AutoNumber`]) and call `format(obj, spec)`.
//!
//! Syntax errors inside one field are reported when the field is reached, before its
//! argument lookups; CPython reports the accessor and nested-spec ones after some lookups,
//! which only matters for templates that are both malformed and refer to missing arguments.

use super::{FmtError, value_error};

/// A piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatPiece {
    Literal(String),
    Field(Field),
}

/// A replacement field `{name!conv:spec}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: FieldName,
    /// The character after `!`, unvalidated (see [`check_conversion`]).
    pub conversion: Option<char>,
    /// The format spec: empty, one literal, or pieces with nested fields to render first.
    pub spec: Vec<FormatPiece>,
}

/// `first` followed by `.attr` / `[key]` accessors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName {
    pub first: FieldFirst,
    pub accessors: Vec<Accessor>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldFirst {
    /// `{}`: the next automatic number.
    Auto,
    /// `{0}`
    Index(usize),
    /// `{name}`
    Keyword(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accessor {
    /// `.name`: getattr.
    Attr(String),
    /// `[0]`: getitem with an int.
    Index(usize),
    /// `[abc]`: getitem with a str.
    Key(String),
}

/// The argument a field's first part designates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldRef<'a> {
    Positional(usize),
    Keyword(&'a str),
}

/// Automatic field numbering state of one `str.format` call.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AutoNumber {
    mode: Option<Numbering>,
    next: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Auto,
    Manual,
}

impl AutoNumber {
    /// Resolves `first`, numbering `{}` fields and refusing to mix `{}` with `{0}`.
    pub fn resolve<'a>(&mut self, first: &'a FieldFirst) -> Result<FieldRef<'a>, FmtError> {
        let wanted = match first {
            FieldFirst::Keyword(k) => return Ok(FieldRef::Keyword(k)),
            FieldFirst::Auto => Numbering::Auto,
            FieldFirst::Index(_) => Numbering::Manual,
        };
        match (*self.mode.get_or_insert(wanted), wanted) {
            (Numbering::Manual, Numbering::Auto) => value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ),
            (Numbering::Auto, Numbering::Manual) => value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ),
            _ => Ok(FieldRef::Positional(match first {
                FieldFirst::Index(i) => *i,
                _ => {
                    self.next += 1;
                    self.next - 1
                }
            })),
        }
    }
}

/// Validates a `!` conversion: `r`, `s` or `a`.
pub fn check_conversion(c: char) -> Result<(), FmtError> {
    match c {
        'r' | 's' | 'a' => Ok(()),
        c if (c as u32) > 32 && (c as u32) < 128 => {
            value_error(format!("Unknown conversion specifier {c}"))
        }
        c => value_error(format!("Unknown conversion specifier \\x{:x}", c as u32)),
    }
}

/// Parses a whole template (adjacent literal text merged into one piece).
pub fn parse_format_string(s: &str) -> Result<Vec<FormatPiece>, FmtError> {
    parse_pieces(s, 2)
}

fn parse_pieces(s: &str, depth: u32) -> Result<Vec<FormatPiece>, FmtError> {
    if depth == 0 {
        return value_error("Max string recursion exceeded");
    }
    let mut parser = Parser {
        chars: s.chars().collect(),
        pos: 0,
        depth,
    };
    let mut pieces = Vec::new();
    while parser.pos < parser.chars.len() {
        pieces.push(parser.piece()?);
    }
    Ok(pieces)
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    depth: u32,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn piece(&mut self) -> Result<FormatPiece, FmtError> {
        let mut literal = String::new();
        while let Some(c) = self.peek() {
            if c != '{' && c != '}' {
                literal.push(c);
                self.pos += 1;
                continue;
            }
            let next = self.chars.get(self.pos + 1).copied();
            if next == Some(c) {
                literal.push(c);
                self.pos += 2;
            } else if c == '}' {
                return value_error("Single '}' encountered in format string");
            } else if next.is_none() {
                return value_error("Single '{' encountered in format string");
            } else if literal.is_empty() {
                self.pos += 1;
                return self.field().map(FormatPiece::Field);
            } else {
                break;
            }
        }
        Ok(FormatPiece::Literal(literal))
    }

    /// After `{`: CPython's `parse_field`.
    fn field(&mut self) -> Result<Field, FmtError> {
        let start = self.pos;
        let mut last = None;
        while let Some(c) = self.peek() {
            self.pos += 1;
            last = Some(c);
            match c {
                '{' => return value_error("unexpected '{' in field name"),
                '[' => {
                    while self.peek().is_some_and(|c| c != ']') {
                        self.pos += 1;
                    }
                }
                '}' | ':' | '!' => break,
                _ => {}
            }
        }
        let name: String = self.chars[start..self.pos.saturating_sub(1).max(start)]
            .iter()
            .collect();
        let mut conversion = None;
        match last {
            Some('!' | ':') => {
                if last == Some('!') {
                    let c = self.peek().ok_or_else(|| {
                        FmtError::Value(
                            "end of string while looking for conversion specifier".into(),
                        )
                    })?;
                    self.pos += 1;
                    conversion = Some(c);
                    if let Some(c) = self.peek() {
                        self.pos += 1;
                        if c == '}' {
                            let name = parse_field_name(&name)?;
                            return Ok(Field {
                                name,
                                conversion,
                                spec: Vec::new(),
                            });
                        }
                        if c != ':' {
                            return value_error("expected ':' after conversion specifier");
                        }
                    }
                }
                let spec_start = self.pos;
                let mut depth = 1;
                let mut expand = false;
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    match c {
                        '{' => {
                            expand = true;
                            depth += 1;
                        }
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                let text: String =
                                    self.chars[spec_start..self.pos - 1].iter().collect();
                                let spec = if expand {
                                    parse_pieces(&text, self.depth - 1)?
                                } else if text.is_empty() {
                                    Vec::new()
                                } else {
                                    vec![FormatPiece::Literal(text)]
                                };
                                let name = parse_field_name(&name)?;
                                return Ok(Field {
                                    name,
                                    conversion,
                                    spec,
                                });
                            }
                        }
                        _ => {}
                    }
                }
                value_error("unmatched '{' in format spec")
            }
            Some('}') => Ok(Field {
                name: parse_field_name(&name)?,
                conversion,
                spec: Vec::new(),
            }),
            _ => value_error("expected '}' before end of string"),
        }
    }
}

/// CPython's `get_integer`: `Some` for all-ASCII-digit text.
fn integer(s: &str) -> Result<Option<usize>, FmtError> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse::<usize>()
        .ok()
        .filter(|n| *n <= isize::MAX as usize)
        .map(Some)
        .ok_or_else(|| FmtError::Value("Too many decimal digits in format string".into()))
}

/// Splits a field name into its first part and accessors (`field_name_split`).
pub fn parse_field_name(name: &str) -> Result<FieldName, FmtError> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(split);
    let first = match integer(first)? {
        Some(i) => FieldFirst::Index(i),
        None if first.is_empty() => FieldFirst::Auto,
        None => FieldFirst::Keyword(first.to_string()),
    };
    let mut accessors = Vec::new();
    while let Some(c) = rest.chars().next() {
        rest = &rest[1..];
        let (text, accessor) = match c {
            '.' => {
                let end = rest.find(['.', '[']).unwrap_or(rest.len());
                let (text, after) = rest.split_at(end);
                rest = after;
                (text, Accessor::Attr(text.to_string()))
            }
            '[' => {
                let end = rest
                    .find(']')
                    .ok_or_else(|| FmtError::Value("Missing ']' in format string".into()))?;
                let text = &rest[..end];
                rest = &rest[end + 1..];
                let accessor = match integer(text)? {
                    Some(i) => Accessor::Index(i),
                    None => Accessor::Key(text.to_string()),
                };
                (text, accessor)
            }
            _ => return value_error("Only '.' or '[' may follow ']' in format field specifier"),
        };
        if text.is_empty() {
            return value_error("Empty attribute in format string");
        }
        accessors.push(accessor);
    }
    Ok(FieldName { first, accessors })
}
