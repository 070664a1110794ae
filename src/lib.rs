//! coropy: an interpreter for asyncio-style Python scripts.
//!
//! Pipeline: `syntax` (lex, parse, validate) → `compile` (resolve names to slots, lower
//! to flat code) → `interp` (run code; coroutines are resumable frames) → `stdlib`.

pub mod diag;
pub mod fmt;
pub mod syntax;
