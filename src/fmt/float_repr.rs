//! Float → decimal text: `repr(float)` and CPython's `PyOS_double_to_string` (modes e/f/g/r).
//!
//! Digits come from Rust's formatter, which is exact: shortest round-trip digits for `{:e}`
//! and correctly rounded (half-even on the exact binary value) digits for `{:.N}` and
//! `{:.Ne}`. The layout around them is a transcription of CPython's `format_float_short`.

/// Options of [`double_to_string`], CPython's `Py_DTSF_*` flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// Always write a sign (`+` for non-negative values).
    pub sign: bool,
    /// Append `.0` to an integer-looking result without exponent (repr, `format(x, '.3')`).
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep the decimal point, keep `g`'s trailing zeros.
    pub alt: bool,
    /// `z`: a negative value that rounds to zero is written without `-`.
    pub no_neg_0: bool,
}

/// `repr(x)` / `str(x)` of a float: shortest round-trip digits, exponent when the decimal
/// exponent is < -4 or >= 16.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

/// Decimal digits of |x|: value = 0.`digits` × 10^`decpt`, no trailing zeros
/// (zero is `"0"` with `decpt` 1), as `_Py_dg_dtoa` returns them.
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

/// Splits Rust's `d.ddde±x` into digits and decimal-point position, dropping trailing zeros.
fn from_exp_form(s: &str) -> Digits {
    let (mantissa, exp) = s.split_once('e').expect("exponent form");
    let exp: i64 = exp.parse().expect("exponent");
    let mut digits: Vec<u8> = mantissa.bytes().filter(|b| *b != b'.').collect();
    trim_zeros(&mut digits);
    if digits == b"0" {
        return Digits { digits, decpt: 1 };
    }
    Digits {
        digits,
        decpt: exp + 1,
    }
}

fn trim_zeros(digits: &mut Vec<u8>) {
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
}

/// Mode 0: the shortest digits that round-trip.
fn shortest_digits(x: f64) -> Digits {
    from_exp_form(&format!("{:e}", x.abs()))
}

/// Mode 2: `n` >= 1 significant digits, correctly rounded.
fn significant_digits(x: f64, n: usize) -> Digits {
    from_exp_form(&format!("{:.*e}", n - 1, x.abs()))
}

/// Mode 3: `n` digits after the decimal point, correctly rounded.
fn fixed_digits(x: f64, n: usize) -> Digits {
    let s = format!("{:.*}", n, x.abs());
    let (int_part, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut digits: Vec<u8> = int_part.bytes().chain(frac.bytes()).collect();
    let mut decpt = int_part.len() as i64;
    let leading = digits.iter().take_while(|b| **b == b'0').count();
    if leading == digits.len() {
        return Digits {
            digits: b"0".to_vec(),
            decpt: 1,
        };
    }
    digits.drain(..leading);
    decpt -= leading as i64;
    trim_zeros(&mut digits);
    Digits { digits, decpt }
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`; `code` is one of
/// `e E f F g G r` (`precision` is ignored for `r`).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let negative = x.is_sign_negative();
    let mut out = String::new();
    if x.is_nan() {
        // CPython never writes a sign for a nan here.
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    if x.is_infinite() {
        push_sign(&mut out, negative, flags.sign);
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let (d, precision) = match code {
        'e' => (significant_digits(x, precision + 1), precision + 1),
        'f' => (fixed_digits(x, precision), precision),
        'g' => {
            let p = precision.max(1);
            (significant_digits(x, p), p)
        }
        _ => (shortest_digits(x), 0),
    };
    let digits = &d.digits;
    let digits_len = digits.len() as i64;
    let mut decpt = d.decpt;
    let precision = precision as i64;
    let is_zero = digits == b"0";
    let negative = negative && !(flags.no_neg_0 && is_zero);

    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    let floor = if !use_exp && flags.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    vdigits_end = vdigits_end.max(floor);

    push_sign(&mut out, negative, flags.sign);
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    let text = |out: &mut String, b: &[u8]| out.extend(b.iter().map(|&c| c as char));
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        text(&mut out, &digits[..decpt as usize]);
        out.push('.');
        text(&mut out, &digits[decpt as usize..]);
    } else {
        text(&mut out, digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

fn push_sign(out: &mut String, negative: bool, always: bool) {
    if negative {
        out.push('-');
    } else if always {
        out.push('+');
    }
}
