//! f-string bodies (`fstring` in the grammar) with CPython 3.11's rules: literal text
//! with `{{`/`}}`, replacement fields `{expr[=][!conv][:spec]}`, nested fields in the
//! spec. Field expressions are re-lexed from the source so spans point into the f-string.

use super::strings::{LitError, decode_escapes};
use crate::syntax::ast::*;

/// Parses the body of an f-string literal found at byte `offset` of `source`.
pub fn parse_fstring(
    source: &str,
    body: &str,
    offset: usize,
    raw: bool,
) -> Result<Vec<FStringPart>, Vec<LitError>> {
    let mut p = FParser {
        source,
        body,
        off: offset,
        raw,
        pos: 0,
    };
    p.parts(false, 0).map_err(|e| vec![e])
}

struct FParser<'a> {
    source: &'a str,
    body: &'a str,
    off: usize,
    raw: bool,
    pos: usize,
}

impl FParser<'_> {
    fn err(&self, msg: impl Into<String>, at: usize) -> LitError {
        LitError {
            msg: msg.into(),
            span: Span::new(self.off + at, self.off + at + 1),
        }
    }

    fn byte(&self, i: usize) -> Option<u8> {
        self.body.as_bytes().get(i).copied()
    }

    fn literal(&self, text: &str, at: usize, out: &mut Vec<FStringPart>) -> Result<(), LitError> {
        if text.is_empty() {
            return Ok(());
        }
        let s = if self.raw {
            text.to_string()
        } else {
            decode_escapes(text, false, self.off + at)?
        };
        if let Some(FStringPart::Literal(prev)) = out.last_mut() {
            prev.push_str(&s);
        } else {
            out.push(FStringPart::Literal(s));
        }
        Ok(())
    }

    /// Literal text and fields up to the end (or, in a spec, up to the closing `}`).
    fn parts(&mut self, in_spec: bool, depth: usize) -> Result<Vec<FStringPart>, LitError> {
        let mut out = Vec::new();
        let mut lit_start = self.pos;
        loop {
            let Some(c) = self.byte(self.pos) else {
                if in_spec {
                    return Err(self.err("f-string: expecting '}'", self.pos));
                }
                break;
            };
            match c {
                b'{' if !in_spec && self.byte(self.pos + 1) == Some(b'{') => {
                    self.literal(&self.body[lit_start..self.pos + 1], lit_start, &mut out)?;
                    self.pos += 2;
                    lit_start = self.pos;
                }
                b'}' if in_spec => break,
                b'}' if self.byte(self.pos + 1) == Some(b'}') => {
                    self.literal(&self.body[lit_start..self.pos + 1], lit_start, &mut out)?;
                    self.pos += 2;
                    lit_start = self.pos;
                }
                b'}' => return Err(self.err("f-string: single '}' is not allowed", self.pos)),
                b'{' => {
                    self.literal(&self.body[lit_start..self.pos], lit_start, &mut out)?;
                    if depth >= 2 {
                        return Err(self.err("f-string: expressions nested too deeply", self.pos));
                    }
                    let field = self.field(depth)?;
                    out.push(FStringPart::Field(field));
                    lit_start = self.pos;
                }
                _ => self.pos += 1,
            }
        }
        self.literal(&self.body[lit_start..self.pos], lit_start, &mut out)?;
        Ok(out)
    }

    /// `{` expr [`=`] [`!` conv] [`:` spec] `}` starting at `self.pos`.
    fn field(&mut self, depth: usize) -> Result<FStringField, LitError> {
        self.pos += 1;
        let start = self.pos;
        let mut nest = 0usize;
        let mut quote: Option<(u8, bool)> = None;
        loop {
            let Some(c) = self.byte(self.pos) else {
                return Err(self.err("f-string: expecting '}'", self.pos));
            };
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if self.byte(self.pos + 1) == Some(q)
                        && self.byte(self.pos + 2) == Some(q)
                    {
                        quote = None;
                        self.pos += 2;
                    }
                }
                self.pos += 1;
                continue;
            }
            let next = self.byte(self.pos + 1);
            match c {
                b'\\' => {
                    return Err(self.err(
                        "f-string expression part cannot include a backslash",
                        self.pos,
                    ));
                }
                b'#' => {
                    return Err(self.err("f-string expression part cannot include '#'", self.pos));
                }
                b'\'' | b'"' => {
                    let triple = next == Some(c) && self.byte(self.pos + 2) == Some(c);
                    quote = Some((c, triple));
                    self.pos += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => nest += 1,
                b')' | b']' | b'}' if nest > 0 => nest -= 1,
                b'}' => break,
                b')' | b']' => {
                    return Err(self.err(format!("f-string: unmatched '{}'", c as char), self.pos));
                }
                b'!' | b'=' | b'<' | b'>' if next == Some(b'=') => {
                    self.pos += 2;
                    continue;
                }
                b'!' | b':' | b'=' if nest == 0 => break,
                _ => {}
            }
            self.pos += 1;
        }
        let end = self.pos;
        let text = &self.body[start..end];
        if text.trim().is_empty() {
            return Err(self.err("f-string: empty expression not allowed", end));
        }
        let expr = super::parse_fragment(self.source, self.off + start, self.off + end).map_err(
            |errs| {
                let e = errs.into_iter().next();
                let (msg, span) = e.map_or(("invalid syntax".to_string(), Span::default()), |e| {
                    (e.msg, e.span)
                });
                LitError {
                    msg: format!("f-string: {msg}"),
                    span,
                }
            },
        )?;
        let mut debug_text = None;
        if self.byte(self.pos) == Some(b'=') {
            self.pos += 1;
            while matches!(self.byte(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                self.pos += 1;
            }
            debug_text = Some(self.body[start..self.pos].to_string());
        }
        let mut conversion = None;
        if self.byte(self.pos) == Some(b'!') {
            let c = self.byte(self.pos + 1);
            match c {
                Some(c @ (b's' | b'r' | b'a')) => conversion = Some(c as char),
                Some(b'}' | b':') | None => {
                    return Err(self.err("f-string: missing conversion character", self.pos + 1));
                }
                Some(_) => {
                    return Err(self.err(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                        self.pos + 1,
                    ));
                }
            }
            self.pos += 2;
        }
        let mut spec = None;
        if self.byte(self.pos) == Some(b':') {
            self.pos += 1;
            spec = Some(self.parts(true, depth + 1)?);
        }
        if self.byte(self.pos) != Some(b'}') {
            return Err(self.err("f-string: expecting '}'", self.pos));
        }
        self.pos += 1;
        if debug_text.is_some() && conversion.is_none() && spec.is_none() {
            conversion = Some('r');
        }
        Ok(FStringField {
            expr,
            debug_text,
            conversion,
            spec,
        })
    }
}
