//! Laying out formatted text: CPython's digit grouping (which also zero-pads), the
//! sign/prefix/padding arrangement of numbers, and `format(str, spec)`.

use super::spec::{FormatSpec, unknown_code};
use super::{FmtError, value_error};

/// A number cut into the pieces CPython lays out separately.
pub struct NumberParts<'a> {
    pub negative: bool,
    /// `0x`, `0b`, `0o` (alternate form) or empty.
    pub prefix: &'a str,
    /// The ASCII digits before the decimal point, which get grouped (may be empty).
    pub digits: &'a str,
    /// Everything after the grouped digits: `.fraction`, exponent, `%`, or a `c` character.
    pub remainder: &'a str,
}

/// Lays out `parts` as CPython's `calc_number_widths` + `fill_number` do. `separator` and
/// `group` describe the thousands grouping (`None` for no grouping).
pub fn layout_number(
    parts: &NumberParts,
    spec: &FormatSpec,
    separator: Option<char>,
    group: usize,
) -> String {
    let align = spec.align_or('>');
    let sign = if parts.negative {
        Some('-')
    } else {
        spec.sign.filter(|s| *s != '-')
    };
    let width = spec.width.unwrap_or(0) as isize;
    let n_non_digit = sign.is_some() as isize
        + parts.prefix.len() as isize
        + parts.remainder.chars().count() as isize;
    let min_width = if spec.fill == '0' && align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(parts.digits, min_width, separator, group)
    };
    let padding = (width - n_non_digit - grouped.len() as isize).max(0) as usize;
    let (left, middle, right) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(width.max(0) as usize + 8);
    out.extend(std::iter::repeat_n(spec.fill, left));
    out.extend(sign);
    out.push_str(parts.prefix);
    out.extend(std::iter::repeat_n(spec.fill, middle));
    out.push_str(&grouped);
    out.push_str(parts.remainder);
    out.extend(std::iter::repeat_n(spec.fill, right));
    out
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: groups `digits` (ASCII) from the right,
/// padding with zeros (which are grouped too) up to `min_width` characters.
pub fn insert_grouping(
    digits: &str,
    mut min_width: isize,
    separator: Option<char>,
    group: usize,
) -> String {
    let digits = digits.as_bytes();
    let mut remaining = digits.len() as isize;
    let mut pieces: Vec<String> = Vec::new();
    let piece = |len: isize, remaining: isize| {
        let n_zeros = (len - remaining).max(0) as usize;
        let n_chars = remaining.min(len).max(0) as usize;
        let end = remaining as usize;
        let mut s = "0".repeat(n_zeros);
        s.push_str(std::str::from_utf8(&digits[end - n_chars..end]).expect("ASCII digits"));
        (s, n_chars as isize)
    };
    let mut finished = false;
    if let Some(sep) = separator {
        loop {
            let len = (group as isize).min(remaining.max(min_width).max(1));
            let (s, used) = piece(len, remaining);
            pieces.push(s);
            remaining -= used;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= sep.len_utf8() as isize;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        pieces.push(piece(len, remaining).0);
    }
    pieces.reverse();
    let sep = separator.map(String::from).unwrap_or_default();
    pieces.join(&sep)
}

/// Pads `text` (already cut to its final content) to `width` code points.
pub fn pad(text: &str, width: Option<usize>, align: char, fill: char) -> String {
    let len = text.chars().count();
    let padding = width.unwrap_or(0).saturating_sub(len);
    if padding == 0 {
        return text.to_string();
    }
    let (left, right) = match align {
        '<' => (0, padding),
        '^' => (padding / 2, padding - padding / 2),
        _ => (padding, 0),
    };
    let mut out = String::with_capacity(text.len() + padding);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// `format(s, spec)` for a str (`type_name` is the object's type, for messages).
/// An empty spec string gives `s` unchanged, as here.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    match spec.kind {
        None | Some('s') => {}
        Some(k) => return Err(unknown_code(k, type_name)),
    }
    match spec.sign {
        Some(' ') => return value_error("Space not allowed in string format specifier"),
        Some(_) => return value_error("Sign not allowed in string format specifier"),
        None => {}
    }
    if spec.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return value_error("Alternate form (#) not allowed in string format specifier");
    }
    let align = spec.align_or('<');
    if align == '=' {
        return value_error("'=' alignment not allowed in string format specifier");
    }
    let text = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    Ok(pad(text, spec.width, align, spec.fill))
}
