//! The chumsky parser: tokens to AST. This file owns the entry points, the input and
//! error types, and the translation of chumsky's errors into CPython's messages.
//! Rules live in `expr.rs`, `stmt.rs`, `args.rs`; literals in `strings.rs`/`fstring.rs`.

mod args;
mod depth;
mod expr;
mod fstring;
mod patterns;
mod perr;
mod stmt;
pub(crate) mod strings;
pub mod targets;

use super::ast::{self, Expr, ExprKind, Span};
use super::lexer::{self, Lexed, line_of};
use super::token::Token;
use super::{SyntaxError, SyntaxErrorKind};
use chumsky::error::RichReason;
use chumsky::input::MappedInput;
use chumsky::prelude::*;

pub use depth::MAX_EXPR_DEPTH;

pub(crate) type Tok<'s> = (Token<'s>, SimpleSpan);
pub(crate) type In<'t, 's> = MappedInput<'t, Token<'s>, SimpleSpan, &'t [Tok<'s>]>;
pub(crate) use perr::PErr;
pub(crate) type Ext<'t, 's> = extra::Err<PErr<'t, 's>>;
pub(crate) type P<'t, 's, O> = Boxed<'t, 't, In<'t, 's>, O, Ext<'t, 's>>;

pub(crate) fn sp(s: SimpleSpan) -> Span {
    Span::new(s.start, s.end)
}

pub(crate) fn mk(kind: ExprKind, span: SimpleSpan) -> Expr {
    Expr {
        kind,
        span: sp(span),
    }
}

pub(crate) fn custom<'t, 's>(span: SimpleSpan, msg: impl Into<String>) -> PErr<'t, 's> {
    PErr::custom(span, msg)
}

fn to_chumsky<'s>(lexed: &Lexed<'s>) -> Vec<Tok<'s>> {
    lexed
        .tokens
        .iter()
        .map(|(t, s)| (*t, SimpleSpan::from(s.start as usize..s.end as usize)))
        .collect()
}

/// Stack for a parse: chumsky's combinators use large frames in debug builds (about
/// 30 KB per nested block), so parsing runs on a thread with a stack of its own.
pub const PARSE_STACK_BYTES: usize = 256 << 20;

/// Runs `f` with at least `PARSE_STACK_BYTES` of stack, so no input can overflow the
/// caller's: right here when the calling thread has that much left (the interpreter
/// thread's stack is larger: a script and its imports parse without a thread of their
/// own), else on a fresh thread with a stack that size (only the pages used are ever
/// committed).
pub fn with_big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    if stacker::remaining_stack().is_some_and(|r| r >= PARSE_STACK_BYTES + (1 << 20)) {
        return f();
    }
    std::thread::scope(|s| {
        match std::thread::Builder::new()
            .name("coropy-parse".into())
            .stack_size(PARSE_STACK_BYTES)
            .spawn_scoped(s, f)
        {
            Ok(handle) => match handle.join() {
                Ok(v) => v,
                Err(panic) => std::panic::resume_unwind(panic),
            },
            Err(e) => panic!("cannot start the parser thread: {e}"),
        }
    })
}

/// Parses a whole module (no context checks: see `validate`).
pub fn parse(source: &str) -> Result<ast::Module, Vec<SyntaxError>> {
    let lexed = lexer::tokenize(source);
    let tokens = to_chumsky(&lexed);
    let eoi = SimpleSpan::from(source.len()..source.len());
    let run = || {
        stmt::file(source)
            .parse(tokens.as_slice().split_token_span(eoi))
            .into_output_errors()
    };
    let (out, errs) = parse_twice(run);
    let mut errors = convert_errors(source, &lexed, errs);
    match out {
        Some(mut body) if errors.is_empty() => {
            if let Some(e) = depth::check_module(&mut body) {
                return Err(vec![e]);
            }
            Ok(ast::Module { body })
        }
        Some(mut body) => {
            depth::check_module(&mut body);
            Err(std::mem::take(&mut errors))
        }
        None => Err(errors),
    }
}

/// Parses `source[start..end]` as an f-string replacement field: `star_expressions` or
/// `yield_expr`, lexed as if inside parentheses.
pub(crate) fn parse_fragment(
    source: &str,
    start: usize,
    end: usize,
) -> Result<Expr, Vec<SyntaxError>> {
    let lexed = lexer::tokenize_fragment(source, start, end);
    let tokens = to_chumsky(&lexed);
    let eoi = SimpleSpan::from(end..end);
    let run = || {
        let ex = expr::exprs(source);
        ex.yield_expr
            .or(ex.star_expressions)
            .then_ignore(chumsky::primitive::end())
            .parse(tokens.as_slice().split_token_span(eoi))
            .into_output_errors()
    };
    let (out, errs) = parse_twice(run);
    let errors = convert_errors(source, &lexed, errs);
    match out {
        Some(mut e) if errors.is_empty() => match depth::check_expr(&mut e) {
            Some(err) => Err(vec![err]),
            None => Ok(e),
        },
        Some(mut e) => {
            depth::check_expr(&mut e);
            Err(errors)
        }
        None => Err(errors),
    }
}

/// Runs a parse in cheap mode and, only if it reports errors, again with detailed
/// errors (see `perr`); the errors are the detailed ones.
fn parse_twice<'t, 's, T>(
    run: impl Fn() -> (Option<T>, Vec<PErr<'t, 's>>),
) -> (Option<T>, Vec<Rich<'t, Token<'s>>>) {
    let (out, errs) = perr::with_detail(false, &run);
    if errs.is_empty() {
        return (out, Vec::new());
    }
    let (out, errs) = perr::with_detail(true, &run);
    let errs = errs.into_iter().filter_map(PErr::into_rich).collect();
    (out, errs)
}

fn syntax(msg: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        span,
    }
}

fn ends_expression(t: &Token) -> bool {
    matches!(
        t,
        Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Imaginary(_)
            | Token::Str(_)
            | Token::True
            | Token::False
            | Token::None
            | Token::Ellipsis
            | Token::RPar
            | Token::RSqb
            | Token::RBrace
    )
}

/// Turns chumsky's errors into SyntaxErrors with CPython's wording, first error first.
fn convert_errors(source: &str, lexed: &Lexed, errs: Vec<Rich<Token>>) -> Vec<SyntaxError> {
    let mut out: Vec<SyntaxError> = errs
        .into_iter()
        .map(|e| convert_one(source, lexed, &e))
        .collect();
    out.sort_by_key(|e| e.span.start);
    out.dedup_by(|a, b| a.span.start == b.span.start && a.msg == b.msg);
    // CPython lets a tokenizer error anywhere in the file replace a parser error; an
    // unclosed bracket does so only when the parser failed on a later line.
    if let (Some(first), Some(le)) = (out.first(), &lexed.error) {
        let replace = if le.msg.ends_with("was never closed") {
            line_of(source, le.span.start as usize) < line_of(source, first.span.end as usize)
        } else {
            !le.msg.starts_with("expected an indented block")
        };
        if replace && first != le {
            out.insert(0, le.clone());
        }
    }
    out
}

fn convert_one(source: &str, lexed: &Lexed, e: &Rich<Token>) -> SyntaxError {
    let span = sp(*e.span());
    if let RichReason::Custom(msg) = e.reason() {
        return syntax(msg.clone(), span);
    }
    let tokens = &lexed.tokens;
    let idx = tokens.partition_point(|(_, s)| s.start < span.start);
    let found = e.found().copied();
    match found {
        Some(Token::Error) | None => {
            if let Some(le) = &lexed.error {
                return le.clone();
            }
            return syntax("invalid syntax", span);
        }
        Some(Token::Indent) => {
            return SyntaxError {
                kind: SyntaxErrorKind::IndentationError,
                msg: "unexpected indent".into(),
                span,
            };
        }
        Some(Token::Dedent) => {
            return SyntaxError {
                kind: SyntaxErrorKind::IndentationError,
                msg: "unexpected unindent".into(),
                span,
            };
        }
        _ => {}
    }
    let found = found.unwrap_or(Token::Error);
    let prev = idx.checked_sub(1).map(|i| tokens[i].0);
    let before_prev = idx.checked_sub(2).map(|i| tokens[i].0);
    // `print x` at the start of a statement.
    if prev == Some(Token::Name("print"))
        && matches!(
            before_prev,
            None | Some(Token::Newline | Token::Indent | Token::Dedent | Token::Semi)
        )
        && found.starts_expression()
    {
        let start = tokens[idx - 1].1.start as usize;
        let end = tokens[idx..]
            .iter()
            .find(|(t, _)| *t == Token::Newline)
            .map_or(source.len(), |(_, s)| s.start as usize);
        return syntax(
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            Span::new(start, end),
        );
    }
    // Two expressions side by side inside brackets.
    let depth = bracket_depth(&tokens[..idx]);
    let depth = depth + i32::from(lexed.fragment);
    if depth > 0
        && prev.is_some_and(|p| ends_expression(&p))
        && found.starts_expression()
        && !(matches!(prev, Some(Token::Name(_))) && matches!(found, Token::Str(_)))
    {
        let start = tokens[idx - 1].1.start as usize;
        return syntax(
            "invalid syntax. Perhaps you forgot a comma?",
            Span::new(start, span.end as usize),
        );
    }
    syntax("invalid syntax", span)
}

fn bracket_depth(tokens: &[(Token, Span)]) -> i32 {
    let mut depth = 0i32;
    for (t, _) in tokens.iter().rev() {
        match t {
            Token::LPar | Token::LSqb | Token::LBrace => depth += 1,
            Token::RPar | Token::RSqb | Token::RBrace => depth -= 1,
            Token::Newline | Token::Indent | Token::Dedent => break,
            _ => {}
        }
    }
    depth.max(0)
}

#[cfg(test)]
mod tests;
