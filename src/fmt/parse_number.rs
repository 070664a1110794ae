//! `int(str, base)` and `float(str)` parsing with Python's rules, and their error messages.

use num_bigint::BigInt;
use num_traits::{Num, Zero};

use super::repr::repr_str;
use super::unicode_tables::{decimal_value, is_space};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Why [`parse_int`] failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseIntError {
    /// Not an int literal in this base: `invalid literal for int() ...`.
    Invalid,
    /// More than [`INT_MAX_STR_DIGITS`] digits in a non-power-of-two base.
    TooManyDigits(usize),
}

/// The ValueError message for `int(s, base)` failing with `err`.
pub fn int_error_message(s: &str, base: u32, err: ParseIntError) -> String {
    match err {
        ParseIntError::Invalid => {
            let repr: String = repr_str(s).chars().take(200).collect();
            format!("invalid literal for int() with base {base}: {repr}")
        }
        ParseIntError::TooManyDigits(n) => format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        ),
    }
}

/// The ValueError message for `float(s)` failing.
pub fn float_error_message(s: &str) -> String {
    format!("could not convert string to float: {}", repr_str(s))
}

/// The ValueError message for a base outside `0, 2..=36`; `None` when `base` is valid.
pub fn check_int_base(base: i64) -> Option<&'static str> {
    (base != 0 && !(2..=36).contains(&base)).then_some("int() base must be >= 2 and <= 36, or 0")
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode whitespace → ' ',
/// Unicode decimal digits → ASCII digits, any other non-ASCII → '?'.
fn to_ascii(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if is_space(c) {
                b' '
            } else if let Some(d) = decimal_value(c) {
                b'0' + d as u8
            } else {
                b'?'
            }
        })
        .collect()
}

/// C's `isspace` on ASCII, as `Py_ISSPACE`.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn trim(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|b| !is_c_space(*b)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|b| !is_c_space(*b))
        .map_or(start, |e| e + 1);
    &s[start..end]
}

/// `int(s, base)` for `base` 0 or 2..=36 (see [`check_int_base`]), as CPython's
/// `PyLong_FromString`: whitespace around, a sign, a `0x`/`0o`/`0b` prefix when `base` is 0
/// or matches, single underscores between digits (and after the prefix); base 0 rejects
/// leading zeros of a nonzero number.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, ParseIntError> {
    let ascii = to_ascii(s);
    let t = trim(&ascii);
    let (negative, mut t) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let prefix_base = |b: Option<&u8>| match b.map(u8::to_ascii_lowercase) {
        Some(b'x') => 16,
        Some(b'o') => 8,
        Some(b'b') => 2,
        _ => 0,
    };
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if t.first() != Some(&b'0') {
            10
        } else {
            match prefix_base(t.get(1)) {
                0 => {
                    error_if_nonzero = true;
                    10
                }
                b => b,
            }
        };
    }
    if t.first() == Some(&b'0') && prefix_base(t.get(1)) == base {
        t = &t[2..];
        if t.first() == Some(&b'_') {
            t = &t[1..];
        }
    }
    if t.first() == Some(&b'_') || t.last() == Some(&b'_') || t.is_empty() {
        return Err(ParseIntError::Invalid);
    }
    let mut clean = String::with_capacity(t.len());
    let mut prev = 0u8;
    for &b in t {
        if b == b'_' {
            if prev == b'_' {
                return Err(ParseIntError::Invalid);
            }
        } else if (b as char).is_digit(base) {
            clean.push(b as char);
        } else {
            return Err(ParseIntError::Invalid);
        }
        prev = b;
    }
    if !base.is_power_of_two() && clean.len() > INT_MAX_STR_DIGITS {
        return Err(ParseIntError::TooManyDigits(clean.len()));
    }
    let n = BigInt::from_str_radix(&clean, base).map_err(|_| ParseIntError::Invalid)?;
    if error_if_nonzero && !n.is_zero() {
        return Err(ParseIntError::Invalid);
    }
    Ok(if negative { -n } else { n })
}

/// [`parse_float`] failed: build the message with [`float_error_message`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseFloatError;

/// `float(s)` as CPython's `PyFloat_FromString`: whitespace around, a sign, decimal digits
/// with optional point and exponent (`1e5`, `.5`, `5.`), single underscores between digits,
/// `inf`/`infinity`/`nan` in any case. Correctly rounded.
pub fn parse_float(s: &str) -> Result<f64, ParseFloatError> {
    let ascii = to_ascii(s);
    let t = trim(&ascii);
    let mut clean = String::with_capacity(t.len());
    let mut prev = 0u8;
    for &b in t {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return Err(ParseFloatError);
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return Err(ParseFloatError);
            }
            clean.push(b as char);
        }
        prev = b;
    }
    if prev == b'_' {
        return Err(ParseFloatError);
    }
    let body = clean.trim_start_matches(['+', '-']);
    if clean.len() - body.len() > 1 {
        return Err(ParseFloatError);
    }
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        return clean.parse().map_err(|_| ParseFloatError);
    }
    if !body
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
    {
        return Err(ParseFloatError);
    }
    clean.parse().map_err(|_| ParseFloatError)
}
