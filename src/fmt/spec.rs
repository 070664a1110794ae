//! The format-spec mini-language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
//! parsed as CPython's `parse_internal_render_format_spec` does.

use super::{FmtError, value_error};

/// Thousands separator requested by the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (every four for `b o x X`).
    Underscore,
}

/// A parsed format spec. `align`, `sign` and `kind` keep the characters CPython uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    /// Explicit alignment (`<`, `>`, `^`, `=`), or `None` for the type's default.
    pub align: Option<char>,
    /// `+`, `-` or ` `, if given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_0: bool,
    /// `#`
    pub alternate: bool,
    /// A `0` before the width: fill `0`, and alignment `=` for types that default to `>`.
    pub zero_pad: bool,
    /// Width in code points, if given.
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The presentation type character, if given.
    pub kind: Option<char>,
}

impl FormatSpec {
    /// The alignment in effect for a type whose default alignment is `default`.
    pub fn align_or(&self, default: char) -> char {
        match self.align {
            Some(a) => a,
            None if self.zero_pad && default == '>' => '=',
            None => default,
        }
    }
}

/// Parses `spec` for an object of type `type_name` (only used in the message of
/// `Invalid format specifier '...' for object of type '...'`).
///
/// A `0` before the width (without explicit fill) sets fill `0` and [`FormatSpec::zero_pad`],
/// which [`FormatSpec::align_or`] resolves per type.
pub fn parse_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FmtError> {
    let chars: Vec<char> = spec.chars().collect();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut pos = 0;
    let mut out = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_0: false,
        alternate: false,
        zero_pad: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        kind: None,
    };
    let mut fill_given = false;
    if chars.len() >= 2 && is_align(chars[1]) {
        out.fill = chars[0];
        out.align = Some(chars[1]);
        fill_given = true;
        pos = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_given && chars.get(pos) == Some(&'0') {
        out.fill = '0';
        out.zero_pad = true;
        pos += 1;
    }
    out.width = parse_count(&chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        out.grouping = Grouping::Comma;
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping != Grouping::None {
            return value_error("Cannot specify both ',' and '_'.");
        }
        out.grouping = Grouping::Underscore;
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Grouping::Underscore {
        return value_error("Cannot specify both ',' and '_'.");
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = parse_count(&chars, &mut pos)?;
        if out.precision.is_none() {
            return value_error("Format specifier missing precision");
        }
    }
    if chars.len() - pos > 1 {
        return value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    out.kind = chars.get(pos).copied();
    if out.grouping != Grouping::None {
        let sep = if out.grouping == Grouping::Comma {
            ','
        } else {
            '_'
        };
        match out.kind {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if out.grouping == Grouping::Underscore => {}
            Some(k) => {
                return value_error(format!("Cannot specify '{sep}' with {}.", quote_code(k)));
            }
        }
    }
    Ok(out)
}

/// `'c'` for printable ASCII, else `'\x..'`, as CPython's error messages write a type code.
pub(crate) fn quote_code(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

/// `Unknown format code 'X' for object of type 'T'`.
pub(crate) fn unknown_code(kind: char, type_name: &str) -> FmtError {
    FmtError::Value(format!(
        "Unknown format code {} for object of type '{type_name}'",
        quote_code(kind)
    ))
}

fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FmtError> {
    let start = *pos;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(|| FmtError::Value("Too many decimal digits in format string".into()))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(n))
}
