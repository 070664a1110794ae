//! coropy: an interpreter for asyncio-style Python scripts.
//!
//! Pipeline: `syntax` (lex, parse, validate) → `compile` (resolve names to slots, lower
//! to flat code) → `interp` (run code; coroutines are resumable frames) → `builtins`,
//! `stdlib`. `runtime` holds the values all stages share.

pub mod aio;
pub mod builtins;
pub mod compile;
pub mod diag;
pub mod fmt;
pub mod interp;
pub mod runtime;
pub mod stdlib;
pub mod syntax;

use std::path::Path;
use std::rc::Rc;

use compile::code::Source;
use interp::Interp;
use interp::frame::Frame;
use miette::SourceSpan;
use runtime::exc::Exc;
use runtime::object::{Globals, Module};
use runtime::value::{Name, Value};

/// Which clock the event loop uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ClockKind {
    #[default]
    Real,
    /// Sleeps complete instantly, in the order real time would give.
    Virtual,
}

/// How the CLI prints an error that ends the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ErrorFormat {
    /// CPython-style text (ariadne snippets for syntax errors).
    #[default]
    Human,
    /// miette's JSON report, for tools.
    Json,
}

/// Options of one program run.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    pub clock: ClockKind,
    /// Used by [`run_program`]; [`run_source`] returns the error instead.
    pub error_format: ErrorFormat,
}

pub use diag::Error;

/// Parse and compile a program without running it (for hosts and editors).
pub fn check(path: &str, source: &str) -> Result<(), Error> {
    let ast = syntax::parse_module(source).map_err(|errs| Error::syntax(path, source, &errs[0]))?;
    let mut interp = Interp::new(Vec::new(), Default::default(), true);
    let globals = Rc::new(Globals::new());
    interp.compile(&ast, Rc::new(Source::new(path, source)), &globals);
    Ok(())
}

/// Run a program for a Rust host: its output goes to stdout as usual, and an error that
/// ends it (a syntax error, or an exception nobody caught) is returned rather than
/// printed. `Ok` holds the exit status (`SystemExit` included).
pub fn run_source(
    path: &str,
    source: &str,
    argv: Vec<String>,
    opts: &RunOptions,
) -> Result<i32, Error> {
    execute(path, source, argv, opts, &mut |_| {})
}

/// Run a program's source as the CLI does: an error is printed on stderr in
/// `opts.error_format`; returns the process exit status.
pub fn run_program(path: &str, text: &str, argv: Vec<String>, opts: &RunOptions) -> i32 {
    let format = opts.error_format;
    let mut report = |err: &Error| match format {
        ErrorFormat::Human => {
            let color = std::io::IsTerminal::is_terminal(&std::io::stderr());
            eprint!("{}", diag::render_human(err, color));
        }
        ErrorFormat::Json => eprint!("{}", diag::render_json(err)),
    };
    execute(path, text, argv, opts, &mut report).unwrap_or(1)
}

/// Run a program; `report` sees the error that ends it at the moment CPython would print
/// it (before unretrieved task exceptions are reported).
fn execute(
    path: &str,
    text: &str,
    argv: Vec<String>,
    opts: &RunOptions,
    report: &mut dyn FnMut(&Error),
) -> Result<i32, Error> {
    let ast = match syntax::parse_module(text) {
        Ok(ast) => ast,
        Err(errs) => {
            let err = Error::syntax(path, text, &errs[0]);
            report(&err);
            return Err(err);
        }
    };
    let dir = Path::new(path)
        .parent()
        .map(|p| p.to_path_buf())
        .unwrap_or_default();
    let mut interp = Interp::new(argv, dir, opts.clock == ClockKind::Virtual);
    let globals = Rc::new(Globals::new());
    globals.set("__name__", Value::str("__main__"));
    globals.set("__file__", Value::str(path));
    interp.modules.insert(
        Name::from("__main__"),
        Rc::new(Module {
            name: Name::from("__main__"),
            globals: globals.clone(),
        }),
    );
    let source = Rc::new(Source::new(path, text));
    let code = interp.compile(&ast, source, &globals);
    let mut frame = Frame::new(&mut interp, code, globals);
    let result = interp.run_to_return(&mut frame);
    drop(frame);
    let outcome = match result {
        Ok(_) => Ok(0),
        Err(e) => {
            interp.out.flush();
            match exit_status(&mut interp, &e) {
                Some(status) => Ok(status),
                None => {
                    let err = runtime_error(&mut interp, &e);
                    report(&err);
                    Err(err)
                }
            }
        }
    };
    let _ = interp.report_unretrieved();
    interp.out.flush();
    outcome
}

/// The exit status a `SystemExit` asks for (printing a non-integer code, as CPython
/// does); `None` for any other exception.
fn exit_status(interp: &mut Interp, e: &Exc) -> Option<i32> {
    if !e.is_instance("SystemExit") {
        return None;
    }
    Some(match e.args().first() {
        None | Some(Value::None) => 0,
        Some(Value::Int(i)) => *i as i32,
        Some(Value::Bool(b)) => *b as i32,
        Some(other) => {
            let msg = interp.str(other).unwrap_or_default();
            eprintln!("{msg}");
            1
        }
    })
}

/// The `Runtime` error of an uncaught exception, labelled at its innermost frame.
fn runtime_error(interp: &mut Interp, e: &Exc) -> Error {
    let traceback = interp.render_exception(e);
    let (type_name, message) = interp.exception_parts(e);
    let innermost = e.0.exc().traceback.first().cloned();
    let (span, source_code) = match innermost {
        Some(entry) => {
            let src = &entry.code.source;
            let start = (entry.span.start as usize).min(src.text.len());
            let end = (entry.span.end as usize).clamp(start, src.text.len());
            (
                Some(SourceSpan::from(start..end)),
                Some(std::sync::Arc::new(miette::NamedSource::new(
                    &*src.path,
                    src.text.to_string(),
                ))),
            )
        }
        None => (None, None),
    };
    Error::Runtime {
        type_name,
        message,
        traceback,
        span,
        source_code,
    }
}
