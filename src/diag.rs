//! Rendering of diagnostics for people: the one place that formats errors as text.
//!
//! - Syntax errors: a CPython-style header and final line around an ariadne snippet.
//! - Uncaught exceptions: CPython's traceback text (`Traceback (most recent call
//!   last):`, `  File "...", line N, in name`, the source line with `^^^` under the
//!   statement being executed when it is not the whole line, repeated frames collapsed,
//!   chained causes/contexts, last line `Type: message`). Ariadne's boxed snippets are
//!   not CPython's layout, which users and tools recognise, so this is plain text; the
//!   interpreter only collects the plain data ([`TbFrame`], [`ExceptionBlock`]).
//!
//! Rust hosts get [`crate::Error`] (a `miette::Diagnostic`) instead and render it
//! themselves; the CLI's `--error-format json` uses miette's JSON handler.

use crate::syntax::SyntaxError;
use crate::syntax::SyntaxErrorKind;
use crate::syntax::ast::Span;
use crate::syntax::lexer::line_of;
use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};
use miette::{NamedSource, SourceSpan};
use std::sync::Arc;

/// An error a Rust host gets from [`crate::check`] or [`crate::run_source`]. It is a
/// [`miette::Diagnostic`]: hosts render it with the miette handler of their choice
/// (graphical, JSON, ...); the CLI renders it with [`render_human`] or [`render_json`].
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum Error {
    /// The program does not parse: `SyntaxError`, `IndentationError` or `TabError`.
    #[error("{}: {message}", .kind.class_name())]
    #[diagnostic(code(coropy::syntax))]
    Syntax {
        kind: SyntaxErrorKind,
        /// CPython's wording, e.g. `'(' was never closed`.
        message: String,
        /// 1-based line of the error.
        line: usize,
        /// Byte span in the source.
        #[label("{message}")]
        span: SourceSpan,
        /// The program's path and text.
        #[source_code]
        source_code: Arc<NamedSource<String>>,
    },
    /// An exception nobody caught.
    #[error("{}", summary_line(.type_name, .message))]
    #[diagnostic(code(coropy::runtime))]
    Runtime {
        /// As CPython prints it: `ValueError`, `mymod.MyError`.
        type_name: String,
        /// `str()` of the exception (may be empty).
        message: String,
        /// The CPython-style traceback text of the whole chain, ending in the
        /// `Type: message` line.
        traceback: String,
        /// The statement being executed in the innermost frame, when there is one.
        #[label("{type_name} raised here")]
        span: Option<SourceSpan>,
        /// The innermost frame's path and source text.
        #[source_code]
        source_code: Option<Arc<NamedSource<String>>>,
    },
}

fn summary_line(type_name: &str, message: &str) -> String {
    if message.is_empty() {
        type_name.to_string()
    } else {
        format!("{type_name}: {message}")
    }
}

impl Error {
    /// The `Syntax` error for `err` found in `source` (read from `path`).
    pub fn syntax(path: &str, source: &str, err: &SyntaxError) -> Error {
        let start = (err.span.start as usize).min(source.len());
        let end = (err.span.end as usize).clamp(start, source.len());
        Error::Syntax {
            kind: err.kind,
            message: err.msg.clone(),
            line: line_of(source, start),
            span: SourceSpan::from(start..end),
            source_code: Arc::new(NamedSource::new(path, source.to_string())),
        }
    }
}

/// The CLI's text for people: ariadne for syntax errors, the CPython traceback for
/// uncaught exceptions.
pub fn render_human(err: &Error, color: bool) -> String {
    match err {
        Error::Syntax {
            kind,
            message,
            span,
            source_code,
            ..
        } => {
            let syntax = SyntaxError {
                kind: *kind,
                msg: message.clone(),
                span: Span::new(span.offset(), span.offset() + span.len()),
            };
            render_syntax_error(source_code.name(), source_code.inner(), &syntax, color)
        }
        Error::Runtime { traceback, .. } => traceback.clone(),
    }
}

/// The CLI's text for tools (`--error-format json`): miette's JSON report, one line.
pub fn render_json(err: &Error) -> String {
    let mut out = String::new();
    if miette::JSONReportHandler::new()
        .render_report(&mut out, err)
        .is_err()
    {
        out.clear();
    }
    out.push('\n');
    out
}

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

/// One traceback entry as plain data: the frame's file, line and function name, that
/// line's source text and the byte columns of the statement being executed on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TbFrame {
    pub path: String,
    /// 1-based line number.
    pub line: usize,
    pub name: String,
    /// The source line, without its newline.
    pub text: String,
    /// Byte column on `text` where the statement starts.
    pub start_col: usize,
    /// Byte column on `text` where it ends, or `None` when it continues on later lines.
    pub end_col: Option<usize>,
}

/// One exception of a chain: its traceback (outermost frame first), its
/// `Type: message` line (with any `__notes__` on the lines after it), and for an
/// exception group the chain of each member.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExceptionBlock {
    pub frames: Vec<TbFrame>,
    pub summary: String,
    /// An exception group's members (never empty for a group; empty otherwise).
    pub group: Vec<Chain>,
}

/// An exception chain in print order (the innermost cause first); each link says how
/// the exception relates to the one printed before it (ignored for the first).
pub type Chain = Vec<(Option<ChainLink>, ExceptionBlock)>;

/// How an exception relates to the one printed before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChainLink {
    /// `raise ... from previous`.
    Cause,
    /// Raised while handling the previous one.
    Context,
}

/// CPython prints at most this many identical consecutive frames before summarising.
const TB_RECURSIVE_CUTOFF: usize = 3;

/// CPython prints at most this many members of an exception group, and nests groups
/// at most this deep.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Renders an exception chain in CPython's format; exception groups are drawn as
/// CPython's nested boxes (`+-+---- 1 ----`, `| ` margins).
pub fn render_exception(chain: &[(Option<ChainLink>, ExceptionBlock)]) -> String {
    let mut out = String::new();
    let mut ctx = GroupContext::default();
    render_chain(chain, &mut ctx, &mut out);
    out
}

/// Where the group renderer is: its nesting depth and whether the innermost open box
/// still needs its closing line (CPython's `_ExceptionPrintContext`).
#[derive(Default)]
struct GroupContext {
    depth: usize,
    need_close: bool,
}

impl GroupContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text` with every line indented for the current depth, behind the
    /// margin character inside a group.
    fn emit(&self, text: &str, margin: char, out: &mut String) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

fn render_chain(
    chain: &[(Option<ChainLink>, ExceptionBlock)],
    ctx: &mut GroupContext,
    out: &mut String,
) {
    for (i, (link, block)) in chain.iter().enumerate() {
        if i > 0 {
            let msg = match link {
                Some(ChainLink::Cause) => {
                    "\nThe above exception was the direct cause of the following exception:\n\n"
                }
                _ => "\nDuring handling of the above exception, another exception occurred:\n\n",
            };
            ctx.emit(msg, '|', out);
        }
        render_block(block, ctx, out);
    }
}

fn render_block(block: &ExceptionBlock, ctx: &mut GroupContext, out: &mut String) {
    let summary = format!("{}\n", block.summary);
    if block.group.is_empty() {
        if !block.frames.is_empty() {
            ctx.emit("Traceback (most recent call last):\n", '|', out);
            ctx.emit(&render_frames(&block.frames), '|', out);
        }
        ctx.emit(&summary, '|', out);
        return;
    }
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
            out,
        );
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if !block.frames.is_empty() {
        let margin = if toplevel { '+' } else { '|' };
        ctx.emit(
            "Exception Group Traceback (most recent call last):\n",
            margin,
            out,
        );
        ctx.emit(&render_frames(&block.frames), '|', out);
    }
    ctx.emit(&summary, '|', out);
    let members = block.group.len();
    let shown = members.min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for i in 0..shown {
        let last = i == shown - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let corner = if i == 0 { "+-" } else { "  " };
        out.push_str(&format!(
            "{}{corner}+---------------- {title} ----------------\n",
            ctx.indent()
        ));
        ctx.depth += 1;
        if truncated {
            let remaining = members - MAX_GROUP_WIDTH;
            let s = if remaining > 1 { "s" } else { "" };
            ctx.emit(&format!("and {remaining} more exception{s}\n"), '|', out);
        } else {
            render_chain(&block.group[i], ctx, out);
        }
        if last && ctx.need_close {
            out.push_str(&format!(
                "{}+------------------------------------\n",
                ctx.indent()
            ));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// The `File ...` lines of a traceback, identical consecutive frames collapsed.
fn render_frames(frames: &[TbFrame]) -> String {
    let mut out = String::new();
    let mut last: Option<&TbFrame> = None;
    let mut count = 0;
    for frame in frames {
        let same = last
            .is_some_and(|l| l.path == frame.path && l.line == frame.line && l.name == frame.name);
        if !same {
            repeated(count, &mut out);
            last = Some(frame);
            count = 0;
        }
        count += 1;
        if count <= TB_RECURSIVE_CUTOFF {
            render_frame(frame, &mut out);
        }
    }
    repeated(count, &mut out);
    out
}

fn repeated(count: usize, out: &mut String) {
    if count > TB_RECURSIVE_CUTOFF {
        let n = count - TB_RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}

/// `  File "path", line N, in name`, the stripped source line, and carets under the
/// statement when it does not cover the whole stripped line (CPython 3.11 counts
/// characters, and a statement continuing on later lines is marked to the line's end).
pub fn render_frame(frame: &TbFrame, out: &mut String) {
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        frame.path, frame.line, frame.name
    ));
    let text = frame.text.as_str();
    let stripped = text.trim();
    if stripped.is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    let chars_to = |col: usize| {
        let mut col = col.min(text.len());
        while !text.is_char_boundary(col) {
            col -= 1;
        }
        text[..col].chars().count()
    };
    let lead = text.len() - text.trim_start().len();
    let lead_chars = text[..lead].chars().count();
    let stripped_chars = stripped.chars().count();
    let line_end = lead_chars + stripped_chars;
    let start = chars_to(frame.start_col).max(lead_chars);
    let end = frame.end_col.map_or(line_end, chars_to).min(line_end);
    if end > start && end - start < stripped_chars {
        out.push_str("    ");
        out.push_str(&" ".repeat(start - lead_chars));
        out.push_str(&"^".repeat(end - start));
        out.push('\n');
    }
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

    fn frame(line: usize, name: &str, text: &str, start: usize, end: Option<usize>) -> TbFrame {
        TbFrame {
            path: "t.py".into(),
            line,
            name: name.into(),
            text: text.into(),
            start_col: start,
            end_col: end,
        }
    }

    #[test]
    fn carets_only_when_the_statement_is_part_of_the_line() {
        let mut out = String::new();
        render_frame(&frame(2, "f", "    return g(x)", 4, Some(15)), &mut out);
        assert_eq!(out, "  File \"t.py\", line 2, in f\n    return g(x)\n");
        let mut out = String::new();
        render_frame(
            &frame(2, "f", "    y = 1; g(x)  # c", 11, Some(15)),
            &mut out,
        );
        assert_eq!(
            out,
            "  File \"t.py\", line 2, in f\n    y = 1; g(x)  # c\n           ^^^^\n"
        );
        // Character columns, not bytes, and a statement going on to later lines.
        let mut out = String::new();
        render_frame(&frame(1, "<module>", "s = '한'; f(", 11, None), &mut out);
        assert_eq!(
            out,
            "  File \"t.py\", line 1, in <module>\n    s = '한'; f(\n             ^^\n"
        );
    }

    #[test]
    fn repeated_frames_collapse_like_cpython() {
        let mut frames = vec![frame(9, "<module>", "f(0)", 0, Some(4))];
        frames.extend((0..7).map(|_| frame(2, "f", "    f(n)", 4, Some(8))));
        frames.push(frame(1, "f", "    raise E", 4, Some(11)));
        let block = ExceptionBlock {
            frames,
            summary: "E".into(),
            group: Vec::new(),
        };
        let text = render_exception(&[(None, block)]);
        assert_eq!(text.matches("line 2, in f").count(), 3);
        assert!(text.contains("    f(n)\n  [Previous line repeated 4 more times]\n  File"));
        assert!(text.ends_with("line 1, in f\n    raise E\nE\n"), "{text}");
    }

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
