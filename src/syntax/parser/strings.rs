//! Literal decoding: numbers, string/bytes escapes, and implicit concatenation of
//! adjacent string literals (`strings` in the grammar). f-string bodies go to `fstring.rs`.

use super::fstring::parse_fstring;
use super::{P, custom, mk};
use crate::syntax::ast::*;
use crate::syntax::token::Token;
use chumsky::prelude::*;
use num_bigint::BigInt;

/// An integer literal (`0x_ff`, `1_000`) as `Int` or `BigInt`.
pub fn int_literal(text: &str) -> ExprKind {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = match lower.get(..2) {
        Some("0x") => (&clean[2..], 16),
        Some("0o") => (&clean[2..], 8),
        Some("0b") => (&clean[2..], 2),
        _ => (clean.as_str(), 10),
    };
    match i64::from_str_radix(digits, radix) {
        Ok(v) => ExprKind::Int(v),
        Err(_) => match BigInt::parse_bytes(digits.as_bytes(), radix) {
            Some(b) => ExprKind::BigInt(b),
            None => ExprKind::Int(0),
        },
    }
}

/// A float literal (`1_000.5`, `1e10`, `.5`).
pub fn float_literal(text: &str) -> f64 {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    clean.parse().unwrap_or(f64::INFINITY)
}

/// One decoded literal piece.
enum Piece {
    Str(String),
    Bytes(Vec<u8>),
    FString(Vec<FStringPart>),
}

/// strings: STRING+ — adjacent literals concatenated.
pub fn string_atom<'t, 's: 't>(source: &'s str) -> P<'t, 's, Expr> {
    select! { Token::Str(s) = e => (s, e.span()) }
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>()
        .validate(move |lits: Vec<(&'s str, SimpleSpan)>, e, emitter| {
            let span = e.span();
            let mut pieces = Vec::new();
            for (text, sspan) in lits {
                match decode_literal(source, text, sspan.start) {
                    Ok(p) => pieces.push(p),
                    Err(errs) => {
                        for err in errs {
                            emitter.emit(custom(err.span.into_simple(), err.msg));
                        }
                        pieces.push(Piece::Str(String::new()));
                    }
                }
            }
            let any_bytes = pieces.iter().any(|p| matches!(p, Piece::Bytes(_)));
            let all_bytes = pieces.iter().all(|p| matches!(p, Piece::Bytes(_)));
            if any_bytes && !all_bytes {
                emitter.emit(custom(span, "cannot mix bytes and nonbytes literals"));
            }
            if all_bytes {
                let mut out = Vec::new();
                for p in pieces {
                    if let Piece::Bytes(b) = p {
                        out.extend(b);
                    }
                }
                return mk(ExprKind::Bytes(out), span);
            }
            if !pieces.iter().any(|p| matches!(p, Piece::FString(_))) {
                let mut out = String::new();
                for p in pieces {
                    if let Piece::Str(s) = p {
                        out.push_str(&s);
                    }
                }
                return mk(ExprKind::Str(out), span);
            }
            let mut parts: Vec<FStringPart> = Vec::new();
            let push_lit = |parts: &mut Vec<FStringPart>, s: String| {
                if s.is_empty() {
                    return;
                }
                if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
                    prev.push_str(&s);
                } else {
                    parts.push(FStringPart::Literal(s));
                }
            };
            for p in pieces {
                match p {
                    Piece::Str(s) => push_lit(&mut parts, s),
                    Piece::FString(fp) => {
                        for part in fp {
                            match part {
                                FStringPart::Literal(s) => push_lit(&mut parts, s),
                                field => parts.push(field),
                            }
                        }
                    }
                    Piece::Bytes(_) => {}
                }
            }
            mk(ExprKind::FString(parts), span)
        })
        .boxed()
}

/// A decoding error with its absolute span.
pub struct LitError {
    pub msg: String,
    pub span: Span,
}

/// Decodes one literal token `text` found at byte `start` of `source`.
fn decode_literal(source: &str, text: &str, start: usize) -> Result<Piece, Vec<LitError>> {
    let q = text.find(['\'', '"']).unwrap_or(0);
    let prefix = text[..q].to_ascii_lowercase();
    let quote_len = if text[q..].starts_with("'''") || text[q..].starts_with("\"\"\"") {
        3
    } else {
        1
    };
    let body_start = q + quote_len;
    let body = &text[body_start..text.len() - quote_len];
    let raw = prefix.contains('r');
    let body_offset = start + body_start;
    if prefix.contains('f') {
        return parse_fstring(source, body, body_offset, raw).map(Piece::FString);
    }
    if prefix.contains('b') {
        if let Some(c) = body.chars().find(|c| !c.is_ascii()) {
            let _ = c;
            return Err(vec![LitError {
                msg: "bytes can only contain ASCII literal characters".into(),
                span: Span::new(start, start + text.len()),
            }]);
        }
        if raw {
            return Ok(Piece::Bytes(body.as_bytes().to_vec()));
        }
        return decode_escapes(body, true, body_offset)
            .map(|s| Piece::Bytes(s.chars().map(|c| c as u32 as u8).collect()))
            .map_err(|e| vec![e]);
    }
    if raw {
        return Ok(Piece::Str(body.to_string()));
    }
    decode_escapes(body, false, body_offset)
        .map(Piece::Str)
        .map_err(|e| vec![e])
}

/// Decodes backslash escapes. For bytes, `\u`/`\U`/`\N` stay literal and `\xhh`
/// yields a char below 256 standing for one byte.
pub fn decode_escapes(body: &str, bytes: bool, offset: usize) -> Result<String, LitError> {
    if !body.contains('\\') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    let codec = if bytes {
        ""
    } else {
        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
    };
    let err = |msg: String, at: usize, end: usize| LitError {
        msg,
        span: Span::new(offset + at, offset + end),
    };
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|p| p.1) == Some('\n') {
                    chars.next();
                }
            }
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_digit(8) => {
                            v = v * 8 + d.to_digit(8).unwrap_or(0);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' if !(bytes && e != 'x') => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for k in 0..n {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v * 16 + d.to_digit(16).unwrap_or(0);
                            chars.next();
                        }
                        _ => {
                            let what = match e {
                                'x' => "truncated \\xXX escape",
                                'u' => "truncated \\uXXXX escape",
                                _ => "truncated \\UXXXXXXXX escape",
                            };
                            let msg = if bytes {
                                format!("(value error) invalid \\x escape at position {i}")
                            } else {
                                format!("{codec}{i}-{}: {what}", i + 1 + k)
                            };
                            return Err(err(msg, i, i + 2 + k));
                        }
                    }
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(err(
                            format!("{codec}{i}-{}: illegal Unicode character", i + 1 + n),
                            i,
                            i + 2 + n,
                        ));
                    }
                }
            }
            'N' if !bytes => {
                let rest = &body[i + 2..];
                let name = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|end| &r[..end]));
                let Some(name) = name else {
                    return Err(err(
                        format!("{codec}{i}-{}: malformed \\N character escape", i + 1),
                        i,
                        i + 2,
                    ));
                };
                let skip = name.chars().count() + 2;
                for _ in 0..skip {
                    chars.next();
                }
                match char_named(name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(err(
                            format!(
                                "{codec}{i}-{}: unknown Unicode character name",
                                i + 2 + name.chars().count() + 1
                            ),
                            i,
                            i + 2 + name.len() + 2,
                        ));
                    }
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Common Unicode character names for `\N{...}` (case-insensitive).
/// The character a `\N{name}` escape names (Python's aliases included).
pub(crate) fn char_named(name: &str) -> Option<char> {
    char_by_name(name).or_else(|| unicode_names2::character(name))
}

fn char_by_name(name: &str) -> Option<char> {
    const NAMES: &[(&str, char)] = &[
        ("SPACE", ' '),
        ("NO-BREAK SPACE", '\u{a0}'),
        ("LINE FEED", '\n'),
        ("CARRIAGE RETURN", '\r'),
        ("CHARACTER TABULATION", '\t'),
        ("NULL", '\0'),
        ("BULLET", '•'),
        ("DEGREE SIGN", '°'),
        ("EM DASH", '—'),
        ("EN DASH", '–'),
        ("HORIZONTAL ELLIPSIS", '…'),
        ("COPYRIGHT SIGN", '©'),
        ("REGISTERED SIGN", '®'),
        ("TRADE MARK SIGN", '™'),
        ("EURO SIGN", '€'),
        ("POUND SIGN", '£'),
        ("YEN SIGN", '¥'),
        ("CENT SIGN", '¢'),
        ("SECTION SIGN", '§'),
        ("PILCROW SIGN", '¶'),
        ("MICRO SIGN", 'µ'),
        ("MULTIPLICATION SIGN", '×'),
        ("DIVISION SIGN", '÷'),
        ("PLUS-MINUS SIGN", '±'),
        ("INFINITY", '∞'),
        ("LEFTWARDS ARROW", '←'),
        ("RIGHTWARDS ARROW", '→'),
        ("UPWARDS ARROW", '↑'),
        ("DOWNWARDS ARROW", '↓'),
        ("CHECK MARK", '✓'),
        ("HEAVY CHECK MARK", '✔'),
        ("BALLOT X", '✗'),
        ("BLACK STAR", '★'),
        ("WHITE STAR", '☆'),
        ("SNOWMAN", '☃'),
        ("BLACK HEART SUIT", '♥'),
        ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", '«'),
        ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", '»'),
        ("LEFT SINGLE QUOTATION MARK", '\u{2018}'),
        ("RIGHT SINGLE QUOTATION MARK", '\u{2019}'),
        ("LEFT DOUBLE QUOTATION MARK", '\u{201c}'),
        ("RIGHT DOUBLE QUOTATION MARK", '\u{201d}'),
        ("GREEK SMALL LETTER ALPHA", 'α'),
        ("GREEK SMALL LETTER BETA", 'β'),
        ("GREEK SMALL LETTER GAMMA", 'γ'),
        ("GREEK SMALL LETTER DELTA", 'δ'),
        ("GREEK SMALL LETTER PI", 'π'),
        ("GREEK SMALL LETTER LAMDA", 'λ'),
        ("GREEK SMALL LETTER MU", 'μ'),
        ("GREEK SMALL LETTER SIGMA", 'σ'),
        ("GREEK CAPITAL LETTER DELTA", 'Δ'),
        ("GREEK CAPITAL LETTER OMEGA", 'Ω'),
        ("GREEK CAPITAL LETTER SIGMA", 'Σ'),
        ("ZERO WIDTH SPACE", '\u{200b}'),
        ("REPLACEMENT CHARACTER", '\u{fffd}'),
    ];
    let upper = name.to_ascii_uppercase();
    NAMES.iter().find(|(n, _)| *n == upper).map(|&(_, c)| c)
}
