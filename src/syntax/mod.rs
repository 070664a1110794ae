//! Syntax: source text to a checked AST. Never imports the runtime.
//!
//! Pipeline: `lexer` (logos + indentation) → `parser` (chumsky) → `validate`
//! (context checks such as `return` outside a function).

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod token;
pub mod validate;

use ast::Span;

/// Which Python exception class a syntax problem is reported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// One syntax problem, located by a byte span in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// CPython's wording where practical, e.g. `invalid syntax`, `'(' was never closed`.
    pub msg: String,
    pub span: Span,
}

/// Lex, parse and validate a whole module. On failure returns every error found,
/// the first being the one CPython would report.
/// Runs with a large stack (see `parser::with_big_stack`).
pub fn parse_module(source: &str) -> Result<ast::Module, Vec<SyntaxError>> {
    parser::with_big_stack(|| {
        let module = parser::parse(source)?;
        validate::validate_module(&module)?;
        Ok(module)
    })
}
