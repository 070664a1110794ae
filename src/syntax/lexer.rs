//! The indentation layer around the logos lexer: NEWLINE/INDENT/DEDENT from an indent
//! stack, no NEWLINE inside brackets, number-literal checks, and tokenizer errors with
//! CPython's wording. Lexing never aborts: the first error becomes an `Error` token
//! (the stream ends there) and its message is in `Lexed::error`.

use super::ast::Span;
use super::token::Token;
use super::{SyntaxError, SyntaxErrorKind};
use logos::Logos;

/// CPython's tokenizer limit on bracket nesting.
pub const MAX_PAREN_DEPTH: usize = 200;
/// CPython's tokenizer limit on indentation levels.
pub const MAX_INDENT_LEVELS: usize = 100;

/// The token stream of one source text.
#[derive(Debug)]
pub struct Lexed<'s> {
    /// Tokens with byte spans. Ends with NEWLINE and DEDENTs (a whole module) or with
    /// one `Error` token when lexing failed.
    pub tokens: Vec<(Token<'s>, Span)>,
    /// The tokenizer error that stopped lexing, if any.
    pub error: Option<SyntaxError>,
    /// Lexed as an f-string field (as if inside brackets).
    pub fragment: bool,
}

/// Tokenizes a whole module.
pub fn tokenize(source: &str) -> Lexed<'_> {
    Layer::new(source, 0, source.len(), false).run()
}

/// Tokenizes `source[start..end]` as if inside brackets (no NEWLINE/INDENT), with spans
/// relative to the whole `source`: used for f-string replacement fields.
pub fn tokenize_fragment(source: &str, start: usize, end: usize) -> Lexed<'_> {
    Layer::new(source, start, end, true).run()
}

struct Layer<'s> {
    source: &'s str,
    start: usize,
    end: usize,
    fragment: bool,
    out: Vec<(Token<'s>, Span)>,
    /// (columns with tabs to multiples of 8, columns with tabs as 1)
    indents: Vec<(usize, usize)>,
    brackets: Vec<(Token<'s>, Span)>,
    at_line_start: bool,
    /// First one or two tokens of the current logical line, its line start offset.
    line_head: Option<(Token<'s>, Option<Token<'s>>, usize)>,
    last: Option<Token<'s>>,
}

fn err(kind: SyntaxErrorKind, msg: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError {
        kind,
        msg: msg.into(),
        span,
    }
}

fn syntax(msg: impl Into<String>, span: Span) -> SyntaxError {
    err(SyntaxErrorKind::SyntaxError, msg, span)
}

/// The 1-based line number of a byte offset.
pub fn line_of(source: &str, offset: usize) -> usize {
    let offset = offset.min(source.len());
    source.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn bracket_char(t: &Token) -> char {
    match t {
        Token::LPar => '(',
        Token::LSqb => '[',
        Token::LBrace => '{',
        Token::RPar => ')',
        Token::RSqb => ']',
        _ => '}',
    }
}

impl<'s> Layer<'s> {
    fn new(source: &'s str, start: usize, end: usize, fragment: bool) -> Self {
        Layer {
            source,
            start,
            end,
            fragment,
            out: Vec::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_line_start: true,
            line_head: None,
            last: None,
        }
    }

    fn fail(mut self, e: SyntaxError) -> Lexed<'s> {
        self.out.push((Token::Error, e.span));
        Lexed {
            tokens: self.out,
            error: Some(e),
            fragment: self.fragment,
        }
    }

    fn run(mut self) -> Lexed<'s> {
        let text = &self.source[self.start..self.end];
        let mut lex = Token::lexer(text);
        while let Some(res) = lex.next() {
            let r = lex.span();
            let span = Span::new(r.start + self.start, r.end + self.start);
            let tok = match res {
                Ok(t) => t,
                Err(()) => {
                    let e = self.lex_error(lex.slice(), span);
                    return self.fail(e);
                }
            };
            if let Err(e) = self.push(tok, span) {
                return self.fail(e);
            }
        }
        let eof = Span::new(self.end, self.end);
        if let Some((open, span)) = self.brackets.last().copied().filter(|_| !self.fragment) {
            let msg = format!("'{}' was never closed", bracket_char(&open));
            return self.fail(syntax(msg, span));
        }
        if self.fragment {
            return Lexed {
                tokens: self.out,
                error: None,
                fragment: true,
            };
        }
        if !self.at_line_start {
            self.out.push((Token::Newline, eof));
            self.at_line_start = true;
        }
        if let Err(e) = self.check_block_start(0, eof) {
            return self.fail(e);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.out.push((Token::Dedent, eof));
        }
        Lexed {
            tokens: self.out,
            error: None,
            fragment: false,
        }
    }

    /// The message for text logos could not match.
    fn lex_error(&self, slice: &str, span: Span) -> SyntaxError {
        let quote = slice.find(['\'', '"']);
        if let Some(q) = quote.filter(|&q| q <= 2) {
            let triple = slice[q..].starts_with("'''") || slice[q..].starts_with("\"\"\"");
            // CPython counts a final newline as ending the last line, not starting one.
            let text = &self.source[..self.end];
            let eof = text.strip_suffix('\n').unwrap_or(text).len();
            let line = line_of(self.source, eof);
            let line = if triple {
                line
            } else {
                line_of(self.source, span.start as usize)
            };
            let what = if triple {
                "unterminated triple-quoted string literal"
            } else {
                "unterminated string literal"
            };
            let at = Span::new(span.start as usize, span.start as usize);
            return syntax(format!("{what} (detected at line {line})"), at);
        }
        if slice.starts_with('\\') {
            return syntax(
                "unexpected character after line continuation character",
                span,
            );
        }
        if slice == "!" {
            return syntax("invalid syntax", span);
        }
        let c = slice.chars().next().unwrap_or('?');
        if c.is_ascii() {
            syntax("invalid syntax", span)
        } else {
            syntax(
                format!("invalid character '{c}' (U+{:04X})", c as u32),
                span,
            )
        }
    }

    fn push(&mut self, tok: Token<'s>, span: Span) -> Result<(), SyntaxError> {
        if tok == Token::Newline {
            if self.brackets.is_empty() && !self.at_line_start && !self.fragment {
                self.out.push((Token::Newline, span));
                self.at_line_start = true;
            }
            return Ok(());
        }
        if self.at_line_start && !self.fragment {
            self.indent(span)?;
            self.at_line_start = false;
            let line_start = self.source[..span.start as usize]
                .rfind('\n')
                .map_or(0, |i| i + 1);
            self.line_head = Some((tok, None, line_start));
        } else if let Some((_, second @ None, _)) = &mut self.line_head {
            *second = Some(tok);
        }
        match tok {
            Token::LPar | Token::LSqb | Token::LBrace => {
                if self.brackets.len() >= MAX_PAREN_DEPTH {
                    return Err(syntax("too many nested parentheses", span));
                }
                self.brackets.push((tok, span));
            }
            Token::RPar | Token::RSqb | Token::RBrace => {
                let close = bracket_char(&tok);
                let Some((open, open_span)) = self.brackets.pop() else {
                    return Err(syntax(format!("unmatched '{close}'"), span));
                };
                let expected = match open {
                    Token::LPar => Token::RPar,
                    Token::LSqb => Token::RSqb,
                    _ => Token::RBrace,
                };
                if tok != expected {
                    let open_line = line_of(self.source, open_span.start as usize);
                    let mut msg = format!(
                        "closing parenthesis '{close}' does not match opening parenthesis '{}'",
                        bracket_char(&open)
                    );
                    if open_line != line_of(self.source, span.start as usize) {
                        msg.push_str(&format!(" on line {open_line}"));
                    }
                    return Err(syntax(msg, span));
                }
            }
            Token::Int(text) | Token::Float(text) | Token::Imaginary(text) => {
                self.check_number(tok, text, span)?;
            }
            _ => {}
        }
        self.last = Some(tok);
        self.out.push((tok, span));
        Ok(())
    }

    /// CPython's checks on the character after a number and on `0`-prefixed literals.
    fn check_number(&self, tok: Token<'s>, text: &str, span: Span) -> Result<(), SyntaxError> {
        let after = &self.source[span.end as usize..self.end];
        let next = after.chars().next();
        let ident_next = next.is_some_and(|c| c == '_' || c.is_alphanumeric());
        let at = Span::new(span.start as usize, span.end as usize);
        if let Token::Int(t) = tok {
            let lower = t.to_ascii_lowercase();
            if let Some(p) = next.filter(|c| t == "0" && "xXoObB".contains(*c)) {
                {
                    let base = match p.to_ascii_lowercase() {
                        'x' => "hexadecimal",
                        'o' => "octal",
                        _ => "binary",
                    };
                    let digit = after[1..].chars().next().filter(|c| c.is_ascii_digit());
                    if let Some(d) = digit {
                        return Err(syntax(format!("invalid digit '{d}' in {base} literal"), at));
                    }
                    return Err(syntax(format!("invalid {base} literal"), at));
                }
            }
            let base = if lower.starts_with("0x") {
                "hexadecimal"
            } else if lower.starts_with("0o") {
                "octal"
            } else if lower.starts_with("0b") {
                "binary"
            } else {
                if t.len() > 1
                    && t.starts_with('0')
                    && t.bytes().any(|b| (b'1'..=b'9').contains(&b))
                {
                    return Err(syntax(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        at,
                    ));
                }
                "decimal"
            };
            if let Some(d) = next.filter(|c| c.is_ascii_digit()) {
                return Err(syntax(format!("invalid digit '{d}' in {base} literal"), at));
            }
            if ident_next && !keyword_follows(after) {
                return Err(syntax(format!("invalid {base} literal"), at));
            }
            return Ok(());
        }
        if ident_next && !keyword_follows(after) {
            let what = if matches!(tok, Token::Imaginary(_)) {
                "invalid imaginary literal"
            } else {
                "invalid decimal literal"
            };
            return Err(syntax(what, at));
        }
        let _ = text;
        Ok(())
    }

    /// Handles the indentation of the first token of a logical line.
    fn indent(&mut self, span: Span) -> Result<(), SyntaxError> {
        let pos = span.start as usize;
        let line_start = self.source[..pos].rfind('\n').map_or(0, |i| i + 1);
        let (mut col, mut alt) = (0usize, 0usize);
        for b in self.source[line_start..pos].bytes() {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => {}
            }
        }
        let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
        let tab_error = || {
            err(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                span,
            )
        };
        if (col == top && alt != top_alt) || (col > top && alt <= top_alt) {
            return Err(tab_error());
        }
        self.check_block_start(col, span)?;
        if col > top {
            if self.indents.len() > MAX_INDENT_LEVELS {
                return Err(err(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    span,
                ));
            }
            self.indents.push((col, alt));
            self.out.push((Token::Indent, Span::new(line_start, pos)));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().unwrap().0 {
                self.indents.pop();
                self.out.push((Token::Dedent, Span::new(pos, pos)));
            }
            let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                return Err(err(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    span,
                ));
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    /// After a compound-statement header ending in `:`, the next line must be indented.
    fn check_block_start(&self, col: usize, span: Span) -> Result<(), SyntaxError> {
        let Some((first, second, line_start)) = self.line_head else {
            return Ok(());
        };
        if self.last != Some(Token::Colon) || col > self.indents.last().map_or(0, |t| t.0) {
            return Ok(());
        }
        let head = if first == Token::Async {
            second.unwrap_or(first)
        } else {
            first
        };
        let what = match head {
            Token::Def => "function definition".to_string(),
            Token::Class => "class definition".to_string(),
            Token::If
            | Token::Elif
            | Token::Else
            | Token::While
            | Token::For
            | Token::Try
            | Token::Except
            | Token::Finally
            | Token::With => format!("'{head}' statement"),
            _ => return Ok(()),
        };
        let line = line_of(self.source, line_start);
        Err(err(
            SyntaxErrorKind::IndentationError,
            format!("expected an indented block after {what} on line {line}"),
            span,
        ))
    }
}

/// CPython accepts `1if x else y`: a number may be directly followed by these keywords.
fn keyword_follows(after: &str) -> bool {
    ["and", "else", "for", "if", "in", "is", "not", "or"]
        .iter()
        .any(|k| after.starts_with(k))
}

/// One token per line (`NEWLINE`, `INDENT`, `NAME x`, `OP (`...) with `line:col`
/// positions: the format of the lexer golden tests.
pub fn dump(source: &str) -> String {
    let lexed = tokenize(source);
    let mut out = String::new();
    for (tok, span) in &lexed.tokens {
        let line = line_of(source, span.start as usize);
        let col = span.start as usize
            - source[..span.start as usize]
                .rfind('\n')
                .map_or(0, |i| i + 1);
        out.push_str(&format!("{line}:{col} {}\n", tok.describe()));
    }
    if let Some(e) = &lexed.error {
        out.push_str(&format!("{}: {}\n", e.kind.class_name(), e.msg));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        tokenize(src)
            .tokens
            .iter()
            .map(|(t, _)| t.describe())
            .collect()
    }

    #[test]
    fn indentation_and_brackets() {
        let k = kinds("if x:\n  (a,\n b)\n\n  # c\nz\n");
        assert_eq!(
            k.join(" "),
            "KEYWORD if NAME x OP : NEWLINE INDENT OP ( NAME a OP , NAME b OP ) NEWLINE DEDENT NAME z NEWLINE"
        );
    }

    #[test]
    fn errors() {
        let e = |s: &str| tokenize(s).error.map(|e| e.msg).unwrap_or_default();
        assert_eq!(
            e("x = 012\n").split(';').next(),
            Some("leading zeros in decimal integer literals are not permitted")
        );
        assert_eq!(e("x = 1a\n"), "invalid decimal literal");
        assert_eq!(
            e("s = 'abc\n"),
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!(e("x = )\n"), "unmatched ')'");
        assert_eq!(
            e("if x:\n    a\n  b\n"),
            "unindent does not match any outer indentation level"
        );
        assert_eq!(
            e("class A:\n"),
            "expected an indented block after class definition on line 1"
        );
        assert_eq!(e("x = 1if 1 else 2\n"), "");
        assert_eq!(e(&"(".repeat(100_000)), "too many nested parentheses");
    }
}
