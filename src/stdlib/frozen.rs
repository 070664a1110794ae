//! The embedded stdlib sources' ASTs, parsed at build time (build.rs): importing an
//! embedded module decodes its AST instead of parsing the source.

use crate::syntax::ast::Module;

include!(concat!(env!("OUT_DIR"), "/frozen.rs"));

/// The AST of `source` if it is one of the embedded sources (compared by content).
pub fn lookup(source: &str) -> Option<Module> {
    let (_, bytes) = FROZEN
        .iter()
        .find(|(text, _)| text.len() == source.len() && *text == source)?;
    Some(postcard::from_bytes(bytes).expect("a frozen AST decodes"))
}

#[cfg(test)]
mod tests {
    use super::FROZEN;

    /// Every frozen AST decodes to exactly what parsing its source gives now.
    #[test]
    fn frozen_asts_equal_fresh_parses() {
        assert!(FROZEN.len() >= 30, "only {} embedded sources", FROZEN.len());
        for (text, bytes) in FROZEN {
            let frozen: crate::syntax::ast::Module = postcard::from_bytes(bytes).unwrap();
            let parsed = crate::syntax::parse_module(text).unwrap();
            assert!(
                frozen == parsed,
                "stale frozen AST for a source of {} bytes",
                text.len()
            );
        }
    }
}
