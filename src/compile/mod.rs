//! Compile: a checked AST to executable `FuncCode` (names resolved to slots, bodies
//! lowered to flat instructions, `await`/`yield` lifted out of expressions).

pub mod code;
mod lower;
mod lower_def;
mod lower_expr;
mod lower_try;
mod peephole;
pub mod scope;

use std::rc::Rc;

use crate::runtime::object::Globals;
use crate::runtime::value::Value;
use crate::syntax::ast;
use code::{FuncCode, Source};

/// Looks up a builtin by name at compile time (the fallback of unbound globals).
pub type BuiltinLookup<'a> = &'a dyn Fn(&str) -> Option<Value>;

/// Compile a module body. Global names are allocated in `globals`.
pub fn compile_module(
    module: &ast::Module,
    source: Rc<Source>,
    globals: &Globals,
    builtins: BuiltinLookup,
) -> Rc<FuncCode> {
    let scopes = scope::analyze(module);
    lower::compile_module(module, &scopes, source, globals, builtins)
}
