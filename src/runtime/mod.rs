//! Runtime values shared by the compiler and the interpreter.

pub mod dict;
pub mod exc;
pub mod object;
pub mod set;
pub mod types;
pub mod value;
