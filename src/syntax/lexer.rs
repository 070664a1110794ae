//! The indentation-aware lexer around logos. Filled in by the lexer work.
