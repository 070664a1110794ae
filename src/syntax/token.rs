//! Tokens (logos). Filled in by the lexer work.
