//! Rendering of diagnostics for people: the one place that formats errors (for now,
//! syntax errors) with a CPython-style header and final line and an ariadne snippet.

use crate::syntax::SyntaxError;
use crate::syntax::lexer::line_of;
use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};

/// Renders `err` found in `source` (read from `path`). The first line is CPython's
/// `  File "path", line N`; the last line is exactly `SyntaxError: msg` (or
/// `IndentationError`/`TabError`), so tools comparing the last stderr line agree with
/// CPython. `color` should be false when the output is not a terminal.
pub fn render_syntax_error(path: &str, source: &str, err: &SyntaxError, color: bool) -> String {
    let class = err.kind.class_name();
    let start = (err.span.start as usize).min(source.len());
    let mut end = (err.span.end as usize).clamp(start, source.len());
    if end == start {
        // Give the caret one character to point at, when there is one on this line.
        end = source[start..]
            .char_indices()
            .nth(1)
            .map_or(source.len(), |(i, _)| start + i);
        if source[start..end].contains('\n') {
            end = start;
        }
    }
    let line = line_of(source, start);
    let mut out = format!("  File \"{path}\", line {line}\n");
    let id = path.to_string();
    let report = Report::build(
        ReportKind::Custom(class, Color::Red),
        (id.clone(), start..end),
    )
    .with_config(
        Config::new()
            .with_index_type(IndexType::Byte)
            .with_color(color),
    )
    .with_message(&err.msg)
    .with_label(
        Label::new((id.clone(), start..end))
            .with_message(&err.msg)
            .with_color(Color::Red),
    )
    .finish();
    let mut buf = Vec::new();
    if report.write((id, Source::from(source)), &mut buf).is_ok() {
        let text = String::from_utf8_lossy(&buf);
        // ariadne colours the report kind even with colour off: strip escapes then.
        out.push_str(&if color {
            text.into_owned()
        } else {
            strip_ansi(&text)
        });
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&format!("{class}: {}\n", err.msg));
    out
}

/// Removes ANSI colour escapes (`ESC [ ... m`).
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse_module;

    #[test]
    fn last_line_is_cpython_style() {
        let src = "x = 1\nprint(\"한국어\" 1)\n";
        let errs = parse_module(src).unwrap_err();
        let text = render_syntax_error("t.py", src, &errs[0], false);
        assert!(text.starts_with("  File \"t.py\", line 2\n"), "{text}");
        assert!(!text.contains('\x1b'), "no colour escapes: {text}");
        assert_eq!(
            text.lines().last(),
            Some("SyntaxError: invalid syntax. Perhaps you forgot a comma?")
        );
    }
}
