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

/// Options of one program run.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    pub clock: ClockKind,
}

/// Run a program's source; returns the process exit status.
pub fn run_program(path: &str, text: &str, argv: Vec<String>, opts: &RunOptions) -> i32 {
    let ast = match syntax::parse_module(text) {
        Ok(ast) => ast,
        Err(errs) => {
            let color = std::io::IsTerminal::is_terminal(&std::io::stderr());
            eprint!("{}", diag::render_syntax_error(path, text, &errs[0], color));
            return 1;
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
    let status = match result {
        Ok(_) => 0,
        Err(e) => exit_status(&mut interp, &e),
    };
    interp.report_unretrieved();
    interp.out.flush();
    status
}

/// Report an uncaught exception (or honour `SystemExit`) and give the exit status.
fn exit_status(interp: &mut Interp, e: &Exc) -> i32 {
    interp.out.flush();
    if e.is_instance("SystemExit") {
        return match e.args().first() {
            None | Some(Value::None) => 0,
            Some(Value::Int(i)) => *i as i32,
            Some(Value::Bool(b)) => *b as i32,
            Some(other) => {
                let msg = interp.str(other).unwrap_or_default();
                eprintln!("{msg}");
                1
            }
        };
    }
    let text = interp.render_exception(e);
    eprint!("{text}");
    1
}
