//! `%`-formatting (`fmt % args`): parsing the template into pieces, an argument cursor with
//! CPython's counting rules, and rendering one conversion from an already-resolved value.
//!
//! The interpreter drives it, mirroring `PyUnicode_Format`: for each [`PercentPiece`] in
//! order, append literals; for a [`PercentSpec`], (1) if it has a `key`, look it up in the
//! mapping (`format requires a mapping` otherwise, see [`PercentArgs::key_used`]), (2) take
//! `*` width and precision from [`PercentArgs::take`] (`* wants int`), (3) take the value,
//! (4) ask [`PercentSpec::kind`] how to convert it (or raise the unsupported-character
//! error), (5) call [`render_percent`]. At the end call [`PercentArgs::finish`].

use num_bigint::{BigInt, Sign};

use super::FmtError;
use super::float_repr::{DtoaFlags, double_to_string};

/// A piece of a `%` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text copied as is (`%%` becomes `%`).
    Literal(String),
    Spec(PercentSpec),
}

/// A width or precision: a number, or `*` (taken from the arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Fixed(usize),
    Star,
}

/// One `%[(key)][flags][width][.precision][length]type` conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    pub key: Option<String>,
    /// `-`
    pub left: bool,
    /// `+`
    pub plus: bool,
    /// ` `
    pub space: bool,
    /// `#`
    pub alt: bool,
    /// `0`
    pub zero: bool,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// The conversion character, not yet validated.
    pub conv: char,
    /// Code-point index of `conv` in the template, for the unsupported-character message.
    pub index: usize,
}

/// How the interpreter must convert the argument of a conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentKind {
    /// `%s`: `str(v)`.
    Str,
    /// `%r`: `repr(v)`.
    Repr,
    /// `%a`: `ascii(v)`.
    Ascii,
    /// `%d %i %u`: an int, or a real number truncated by `int(v)`.
    Decimal,
    /// `%o %x %X`: an int (`__index__`), no floats.
    Integer,
    /// `%e %E %f %F %g %G`: `float(v)`.
    Float,
    /// `%c`: an int code point or a one-character str.
    Char,
}

/// An argument resolved by the interpreter according to [`PercentKind`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PercentArg<'a> {
    Int(&'a BigInt),
    Float(f64),
    /// The text produced by `str()`, `repr()` or `ascii()`.
    Str(&'a str),
    Char(char),
}

impl PercentSpec {
    /// How to convert the argument, or CPython's
    /// `unsupported format character 'y' (0x79) at index 3`.
    pub fn kind(&self) -> Result<PercentKind, FmtError> {
        Ok(match self.conv {
            's' => PercentKind::Str,
            'r' => PercentKind::Repr,
            'a' => PercentKind::Ascii,
            'd' | 'i' | 'u' => PercentKind::Decimal,
            'o' | 'x' | 'X' => PercentKind::Integer,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => PercentKind::Float,
            'c' => PercentKind::Char,
            c => {
                let shown = if (' '..='~').contains(&c) { c } else { '?' };
                return Err(FmtError::Value(format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {}",
                    c as u32, self.index
                )));
            }
        })
    }

    /// The TypeError for an argument of type `type_name` that does not fit this conversion.
    pub fn type_error(&self, type_name: &str) -> FmtError {
        let c = self.conv;
        FmtError::Type(match self.kind() {
            Ok(PercentKind::Decimal) => {
                format!("%{c} format: a real number is required, not {type_name}")
            }
            Ok(PercentKind::Integer) => {
                format!("%{c} format: an integer is required, not {type_name}")
            }
            Ok(PercentKind::Float) => format!("must be real number, not {type_name}"),
            Ok(PercentKind::Char) => "%c requires int or char".to_string(),
            _ => format!("unexpected argument of type {type_name}"),
        })
    }
}

/// The TypeError for a `*` argument that is not an int.
pub fn star_type_error() -> FmtError {
    FmtError::Type("* wants int".into())
}

/// `%c` of an int: the character, or `OverflowError`.
pub fn percent_char(code: &BigInt) -> Result<char, FmtError> {
    u32::try_from(code)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| FmtError::Overflow("%c arg not in range(0x110000)".into()))
}

/// Which argument comes next, CPython's `arglen`/`argidx` bookkeeping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentArgs {
    len: isize,
    idx: isize,
    mapping: bool,
}

/// The argument [`PercentArgs::take`] designates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextArg {
    /// Item `i` of the args tuple.
    Item(usize),
    /// The current single argument: the non-tuple right operand, or the value of the
    /// last `%(key)` lookup.
    Current,
}

impl PercentArgs {
    /// For `fmt % args` where `args` is a tuple of `len` items.
    pub fn tuple(len: usize) -> Self {
        PercentArgs {
            len: len as isize,
            idx: 0,
            mapping: false,
        }
    }

    /// For a non-tuple right operand; `mapping` is true when it has `__getitem__` and is not
    /// a str (CPython's `PyMapping_Check`), which allows `%(key)` and skips the
    /// "not all arguments converted" check.
    pub fn single(mapping: bool) -> Self {
        PercentArgs {
            len: -1,
            idx: -2,
            mapping,
        }
    }

    /// Takes the next argument.
    pub fn take(&mut self) -> Result<NextArg, FmtError> {
        if self.idx < self.len {
            let i = self.idx;
            self.idx += 1;
            return Ok(if self.len < 0 {
                NextArg::Current
            } else {
                NextArg::Item(i as usize)
            });
        }
        Err(FmtError::Type(
            "not enough arguments for format string".into(),
        ))
    }

    /// Call before looking up a `%(key)`: errors unless the operand is a mapping; afterwards
    /// the looked-up value is the [`NextArg::Current`] argument.
    pub fn key_used(&mut self) -> Result<(), FmtError> {
        if !self.mapping {
            return Err(FmtError::Type("format requires a mapping".into()));
        }
        self.len = -1;
        self.idx = -2;
        Ok(())
    }

    /// After the last piece: `not all arguments converted during string formatting`.
    pub fn finish(&self) -> Result<(), FmtError> {
        if self.idx < self.len && !self.mapping {
            return Err(FmtError::Type(
                "not all arguments converted during string formatting".into(),
            ));
        }
        Ok(())
    }
}

/// Parses a whole template; see [`PercentParser`] to stop at the first error lazily,
/// as CPython does (text before a malformed conversion is still processed first).
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, FmtError> {
    PercentParser::new(fmt).collect()
}

/// Iterator over the pieces of a `%` template.
pub struct PercentParser {
    chars: Vec<char>,
    pos: usize,
    failed: bool,
}

impl PercentParser {
    pub fn new(fmt: &str) -> Self {
        PercentParser {
            chars: fmt.chars().collect(),
            pos: 0,
            failed: false,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn count(&mut self, too_big: &str, limit: usize) -> Result<Option<Count>, FmtError> {
        if self.peek() == Some('*') {
            self.pos += 1;
            return Ok(Some(Count::Star));
        }
        let start = self.pos;
        let mut n: usize = 0;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(d as usize))
                .filter(|n| *n <= limit)
                .ok_or_else(|| FmtError::Value(too_big.into()))?;
            self.pos += 1;
        }
        Ok((self.pos > start).then_some(Count::Fixed(n)))
    }

    fn spec(&mut self) -> Result<PercentSpec, FmtError> {
        let incomplete = || FmtError::Value("incomplete format".into());
        let mut key = None;
        if self.peek() == Some('(') {
            self.pos += 1;
            let start = self.pos;
            let mut depth = 1;
            while depth > 0 {
                match self.peek() {
                    None => return Err(FmtError::Value("incomplete format key".into())),
                    Some('(') => depth += 1,
                    Some(')') => depth -= 1,
                    _ => {}
                }
                self.pos += 1;
            }
            key = Some(self.chars[start..self.pos - 1].iter().collect());
        }
        let (mut left, mut plus, mut space, mut alt, mut zero) =
            (false, false, false, false, false);
        loop {
            match self.peek() {
                Some('-') => left = true,
                Some('+') => plus = true,
                Some(' ') => space = true,
                Some('#') => alt = true,
                Some('0') => zero = true,
                _ => break,
            }
            self.pos += 1;
        }
        let width = self.count("width too big", isize::MAX as usize)?;
        let mut precision = None;
        if self.peek() == Some('.') {
            self.pos += 1;
            precision = Some(
                self.count("precision too big", i32::MAX as usize)?
                    .unwrap_or(Count::Fixed(0)),
            );
        }
        if matches!(self.peek(), Some('h' | 'l' | 'L')) {
            self.pos += 1;
        }
        let conv = self.peek().ok_or_else(incomplete)?;
        let index = self.pos;
        self.pos += 1;
        Ok(PercentSpec {
            key,
            left,
            plus,
            space,
            alt,
            zero,
            width,
            precision,
            conv,
            index,
        })
    }
}

impl Iterator for PercentParser {
    type Item = Result<PercentPiece, FmtError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.chars.len() {
            return None;
        }
        let start = self.pos;
        while self.peek().is_some_and(|c| c != '%') {
            self.pos += 1;
        }
        if self.pos > start {
            return Some(Ok(PercentPiece::Literal(
                self.chars[start..self.pos].iter().collect(),
            )));
        }
        self.pos += 1;
        if self.peek() == Some('%') {
            self.pos += 1;
            return Some(Ok(PercentPiece::Literal("%".into())));
        }
        let spec = self.spec();
        self.failed = spec.is_err();
        Some(spec.map(PercentPiece::Spec))
    }
}

/// Renders one conversion. `width` and `precision` are the values taken for `*` (ignored
/// when the spec has a fixed count); a negative `*` width left-justifies, a negative `*`
/// precision counts as 0. `arg` must match [`PercentSpec::kind`].
pub fn render_percent(
    spec: &PercentSpec,
    width: Option<i64>,
    precision: Option<i64>,
    arg: PercentArg,
) -> Result<String, FmtError> {
    let mut left = spec.left;
    let width = match spec.width {
        Some(Count::Fixed(n)) => n,
        Some(Count::Star) => {
            let w = width.unwrap_or(0);
            left |= w < 0;
            w.unsigned_abs() as usize
        }
        None => 0,
    };
    let precision = match spec.precision {
        Some(Count::Fixed(n)) => Some(n),
        Some(Count::Star) => Some(precision.unwrap_or(0).max(0) as usize),
        None => None,
    };
    let (negative, prefix, body) = match arg {
        PercentArg::Str(s) => {
            let text = match precision {
                Some(p) => s.char_indices().nth(p).map_or(s, |(i, _)| &s[..i]),
                None => s,
            };
            return Ok(pad_text(text, width, left));
        }
        PercentArg::Char(c) => return Ok(pad_text(c.encode_utf8(&mut [0; 4]), width, left)),
        PercentArg::Int(n) => {
            let (radix, prefix) = match spec.conv {
                'o' => (8, "0o"),
                'x' => (16, "0x"),
                'X' => (16, "0X"),
                _ => (10, ""),
            };
            let mut digits = n.magnitude().to_str_radix(radix);
            if spec.conv == 'X' {
                digits.make_ascii_uppercase();
            }
            if let Some(p) = precision.filter(|p| *p > digits.len()) {
                digits.insert_str(0, &"0".repeat(p - digits.len()));
            }
            (
                n.sign() == Sign::Minus,
                if spec.alt { prefix } else { "" },
                digits,
            )
        }
        PercentArg::Float(x) => {
            let flags = DtoaFlags {
                alt: spec.alt,
                ..DtoaFlags::default()
            };
            let text = double_to_string(x, spec.conv, precision.unwrap_or(6), flags);
            match text.strip_prefix('-') {
                Some(rest) => (true, "", rest.to_string()),
                None => (false, "", text),
            }
        }
    };
    let sign = if negative {
        Some('-')
    } else if spec.plus {
        Some('+')
    } else if spec.space {
        Some(' ')
    } else {
        None
    };
    let len = sign.is_some() as usize + prefix.len() + body.chars().count();
    let padding = width.saturating_sub(len);
    let mut out = String::with_capacity(len + padding);
    if left {
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(&body);
        out.extend(std::iter::repeat_n(' ', padding));
    } else if spec.zero {
        out.extend(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', padding));
        out.push_str(&body);
    } else {
        out.extend(std::iter::repeat_n(' ', padding));
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(&body);
    }
    Ok(out)
}

fn pad_text(text: &str, width: usize, left: bool) -> String {
    let padding = width.saturating_sub(text.chars().count());
    let spaces = " ".repeat(padding);
    if left {
        format!("{text}{spaces}")
    } else {
        format!("{spaces}{text}")
    }
}
