//! `format(int, spec)`, `format(float, spec)` and `bin`/`oct`/`hex`, as CPython's
//! `format_long_internal` / `format_float_internal` (C locale for `n`).

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use super::float_repr::{DtoaFlags, double_to_string};
use super::layout::{NumberParts, layout_number};
use super::spec::{FormatSpec, Grouping, unknown_code};
use super::{FmtError, value_error};

/// `format(n, spec)` for an int whose type is `type_name` (`int`, `bool`, ...).
/// An empty spec string means `str(n)`, which the caller produces itself.
pub fn format_int(n: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    match spec.kind {
        None | Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_int_digits(n, spec),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = int_to_f64(n)?;
            format_float_internal(x, spec)
        }
        Some(k) => Err(unknown_code(k, type_name)),
    }
}

/// `float(n)` for an int: `OverflowError` when it does not fit.
pub fn int_to_f64(n: &BigInt) -> Result<f64, FmtError> {
    match n.to_f64() {
        Some(x) if x.is_finite() => Ok(x),
        _ => Err(FmtError::Overflow(
            "int too large to convert to float".into(),
        )),
    }
}

fn format_int_digits(n: &BigInt, spec: &FormatSpec) -> Result<String, FmtError> {
    if spec.precision.is_some() {
        return value_error("Precision not allowed in integer format specifier");
    }
    if spec.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    }
    let kind = spec.kind.unwrap_or('d');
    if kind == 'c' {
        if spec.sign.is_some() {
            return value_error("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alternate {
            return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let code = n.to_i64().ok_or_else(|| {
            FmtError::Overflow("Python int too large to convert to C long".into())
        })?;
        let c = u32::try_from(code)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| FmtError::Overflow("%c arg not in range(0x110000)".into()))?;
        let remainder = c.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            remainder: &remainder,
        };
        return Ok(layout_number(&parts, spec, None, 3));
    }
    let (radix, prefix) = match kind {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = n.magnitude().to_str_radix(radix);
    if kind == 'X' {
        digits.make_ascii_uppercase();
    }
    let (separator, group) = match spec.grouping {
        Grouping::None => (None, 3),
        Grouping::Comma => (Some(','), 3),
        Grouping::Underscore => (Some('_'), if radix == 10 { 3 } else { 4 }),
    };
    let parts = NumberParts {
        negative: n.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        remainder: "",
    };
    Ok(layout_number(&parts, spec, separator, group))
}

/// `format(x, spec)` for a float whose type is `type_name`.
/// An empty spec string means `str(x)` ([`super::float_repr::float_repr`]).
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    match spec.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(x, spec)
        }
        Some(k) => Err(unknown_code(k, type_name)),
    }
}

fn format_float_internal(mut x: f64, spec: &FormatSpec) -> Result<String, FmtError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return value_error("precision too big");
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut kind = spec.kind.unwrap_or('r');
    let mut default_precision = 6;
    if kind == 'r' {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if kind == 'n' {
        kind = 'g';
    }
    let percent = kind == '%';
    if percent {
        kind = 'f';
        x *= 100.0;
    }
    let precision = match spec.precision {
        Some(p) => {
            if kind == 'r' {
                kind = 'g';
            }
            p
        }
        None => default_precision,
    };
    let text = double_to_string(x, kind, precision, flags);
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let split = body.bytes().take_while(u8::is_ascii_digit).count();
    let mut remainder = body[split..].to_string();
    if percent {
        remainder.push('%');
    }
    let separator = match spec.grouping {
        Grouping::None => None,
        Grouping::Comma => Some(','),
        Grouping::Underscore => Some('_'),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: &body[..split],
        remainder: &remainder,
    };
    Ok(layout_number(&parts, spec, separator, 3))
}

/// `bin(n)`, `oct(n)`, `hex(n)` for `radix` 2, 8, 16: `-0b101`, `0o17`, `0x1f`.
pub fn int_to_radix(n: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => panic!("int_to_radix: radix {radix} is not 2, 8 or 16"),
    };
    let sign = if n.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", n.magnitude().to_str_radix(radix))
}
