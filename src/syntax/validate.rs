//! Context checks after parsing. Placeholder until the validator lands.
use super::{SyntaxError, ast};

pub fn validate_module(_module: &ast::Module) -> Result<(), Vec<SyntaxError>> {
    Ok(())
}
