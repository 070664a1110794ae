//! The chumsky parser. Placeholder until the parser lands.
use super::{SyntaxError, SyntaxErrorKind, ast};

pub fn parse(_source: &str) -> Result<ast::Module, Vec<SyntaxError>> {
    Err(vec![SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "parser not built yet".into(),
        span: ast::Span::default(),
    }])
}
