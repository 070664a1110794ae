//! Pure text algorithms behind `str` methods, on `&str` with no interpreter values:
//! CPython's whitespace, splitting on it, padding, stripping, titlecase and case folding.

/// `str.isspace()` of one char as CPython has it: Rust's whitespace plus the
/// separators `\x1c`..`\x1f`.
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

pub(super) fn split_ws(text: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text.trim_start_matches(py_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 == maxsplit {
            out.push(rest);
            return out;
        }
        match rest.find(py_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(py_space);
            }
            None => {
                out.push(rest);
                rest = "";
            }
        }
    }
    out
}

pub(super) fn rsplit_ws(text: &str, maxsplit: i64) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text.trim_end_matches(py_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 == maxsplit {
            out.push(rest.to_string());
            break;
        }
        match rest.rfind(py_space) {
            Some(i) => {
                let c = rest[i..].chars().next().unwrap();
                out.push(rest[i + c.len_utf8()..].to_string());
                rest = rest[..i].trim_end_matches(py_space);
            }
            None => {
                out.push(rest.to_string());
                rest = "";
            }
        }
    }
    out.reverse();
    out
}

pub(super) fn pad(text: &str, width: i64, fill: char, align: char) -> String {
    let n = text.chars().count() as i64;
    if width <= n {
        return text.to_string();
    }
    let total = (width - n) as usize;
    let (left, right) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            // CPython: left = total/2 + (total & width & 1)
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let f = fill.to_string();
    format!("{}{}{}", f.repeat(left), text, f.repeat(right))
}

pub(super) fn strip_chars<'a>(
    text: &'a str,
    chars: Option<&str>,
    left: bool,
    right: bool,
) -> &'a str {
    let pred = |c: char| match chars {
        Some(cs) => cs.contains(c),
        None => c.is_whitespace(),
    };
    let mut t = text;
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    t
}

pub(super) fn title(text: &str) -> String {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in text.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = is_cased(c);
    }
    out
}

/// A titlecase letter (`ǅ`): neither upper- nor lowercase but with case mappings.
fn is_titlecase(c: char) -> bool {
    !c.is_uppercase() && !c.is_lowercase() && c.to_lowercase().ne(std::iter::once(c))
}

/// Unicode "cased": upper-, lower- or titlecase (Hangul, digits, CJK are not).
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// `str.istitle()`: uppercase/titlecase only after uncased characters, lowercase only
/// after cased ones, and at least one cased character.
pub(super) fn istitle(text: &str) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in text.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.casefold()`: lowercase plus Unicode's full case folding where it differs from
/// lowercasing.
pub(super) fn casefold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ſ' => out.push('s'),
            'ς' => out.push('σ'),
            'µ' => out.push('μ'),
            'ϐ' => out.push('β'),
            'ϑ' => out.push('θ'),
            'ϕ' => out.push('φ'),
            'ϖ' => out.push('π'),
            'ϰ' => out.push('κ'),
            'ϱ' => out.push('ρ'),
            'ϵ' => out.push('ε'),
            'ŉ' => out.push_str("ʼn"),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}
