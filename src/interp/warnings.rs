//! Printing warnings as CPython's default filters do: `path:line: Category: message`
//! and the stripped source line, each warning text shown once per location.

use std::cell::RefCell;

use rustc_hash::FxHashSet;

use crate::compile::code::FuncCode;

/// Where a warning points: the file, the 1-based line and that line's text.
pub struct WarningSite<'a> {
    pub path: &'a str,
    pub line: usize,
    pub text: &'a str,
}

thread_local! {
    /// (text, path, line) of the warnings shown (CPython's `__warningregistry__`).
    static SHOWN: RefCell<FxHashSet<(String, String, usize)>> = RefCell::default();
}

/// Prints `text` (`Category: message`) at `site` (`sys:1` without one) on stderr,
/// unless the same text was shown at that location before, as CPython's "default"
/// action does. Returns whether it printed.
pub fn show(text: &str, site: Option<WarningSite>) -> bool {
    let (path, line) = match &site {
        Some(s) => (s.path, s.line),
        None => ("sys", 1),
    };
    let first = SHOWN.with(|shown| {
        shown
            .borrow_mut()
            .insert((text.to_string(), path.to_string(), line))
    });
    if !first {
        return false;
    }
    super::output::flush();
    eprintln!("{path}:{line}: {text}");
    if let Some(s) = site {
        let source = s.text.trim();
        if !source.is_empty() {
            eprintln!("  {source}");
        }
    }
    true
}

/// [`show`] at the statement of `code` containing instruction `pc` (`sys:1` without
/// code).
pub fn show_at(text: &str, code: Option<&FuncCode>, pc: usize) -> bool {
    let Some(code) = code else {
        return show(text, None);
    };
    let line = code.line_of(code.spans[pc.min(code.spans.len() - 1)]);
    show(
        text,
        Some(WarningSite {
            path: &code.source.path,
            line,
            text: code.source.line_text(line),
        }),
    )
}
