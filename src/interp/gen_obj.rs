//! Generator objects: a suspended frame plus an explicit state. `next`/`send`/`throw`/
//! `close` resume the frame until its next `yield`; `yield from` delegates to a
//! sub-iterator one step at a time.

use std::cell::RefCell;
use std::rc::Rc;

use super::frame::{Completion, Frame, Resume};
use super::{Interp, PyResult};
use crate::runtime::exc::{Exc, runtime_error, stop_iteration, type_error, value_error};
use crate::runtime::object::{Args, Function};
use crate::runtime::value::{Name, Value};

pub type GenRef = Rc<RefCell<GenObj>>;

/// The life cycle of a generator (or coroutine) frame.
pub enum GenState {
    /// Created, not yet started.
    Created(Box<Frame>),
    /// Suspended at a `yield`/`await`.
    Suspended(Box<Frame>),
    /// Currently executing (re-entry is an error).
    Running,
    /// Returned or raised.
    Done,
}

pub struct GenObj {
    pub name: Name,
    pub qualname: Name,
    pub state: GenState,
    /// The code, kept after the frame is gone (for "done, defined at file:line").
    pub code: Option<Rc<crate::compile::code::FuncCode>>,
    /// Coroutines: what the chain below this (root) coroutine is awaiting.
    pub chain: Vec<crate::interp::coro::Awaiting>,
    /// Coroutines: already awaited or wrapped in a task.
    pub awaited: bool,
    /// Where the object was created (code, instruction), for the "never awaited"
    /// warning.
    pub origin: Option<(Rc<crate::compile::code::FuncCode>, usize)>,
}

impl Drop for GenObj {
    /// A coroutine dropped without ever being awaited or run gets CPython's warning.
    fn drop(&mut self) {
        let never_run = matches!(self.state, GenState::Created(_)) && !self.awaited;
        let is_coroutine = self
            .code
            .as_ref()
            .is_some_and(|c| c.kind == crate::compile::code::CodeKind::Coroutine);
        if !(never_run && is_coroutine) {
            return;
        }
        crate::interp::output::flush();
        let msg = format!(
            "RuntimeWarning: coroutine '{}' was never awaited",
            self.qualname
        );
        match &self.origin {
            Some((code, pc)) => {
                let line = code.line_of(code.spans[(*pc).min(code.spans.len() - 1)]);
                eprintln!("{}:{line}: {msg}", code.source.path);
                let text = code.source.line_text(line).trim();
                if !text.is_empty() {
                    eprintln!("  {text}");
                }
            }
            None => eprintln!("sys:1: {msg}"),
        }
        eprintln!("RuntimeWarning: Enable tracemalloc to get the object allocation traceback");
    }
}

impl GenObj {
    pub fn new(name: Name, qualname: Name, frame: Frame) -> GenObj {
        GenObj {
            name,
            qualname,
            code: Some(frame.code.clone()),
            state: GenState::Created(Box::new(frame)),
            chain: Vec::new(),
            awaited: false,
            origin: None,
        }
    }
}

/// One step of a generator.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

/// What a `yield from` step produced.
pub enum Delegated {
    Yield(Value),
    Return(Value),
}

pub fn new_generator(fun: &Rc<Function>, frame: Frame) -> Value {
    Value::Generator(Rc::new(RefCell::new(GenObj::new(
        fun.name.clone(),
        fun.qualname.clone(),
        frame,
    ))))
}

pub fn gen_repr(g: &GenRef, addr: usize) -> String {
    format!("<generator object {} at {:#x}>", g.borrow().qualname, addr)
}

pub fn gen_attr(g: &GenRef, name: &str) -> Option<Value> {
    let g = g.borrow();
    match name {
        "__name__" => Some(Value::str(&g.name)),
        "__qualname__" => Some(Value::str(&g.qualname)),
        "gi_running" => Some(Value::Bool(matches!(g.state, GenState::Running))),
        _ => None,
    }
}

impl Interp {
    /// Resume a generator-like frame with `input`.
    pub fn gen_resume(&mut self, g: &GenRef, input: Resume, what: &str) -> PyResult<GenStep> {
        let state = std::mem::replace(&mut g.borrow_mut().state, GenState::Running);
        let frame = match state {
            GenState::Created(f) => match input {
                Resume::Send(ref v) if !v.is_none() => {
                    g.borrow_mut().state = GenState::Created(f);
                    return Err(type_error(format!(
                        "can't send non-None value to a just-started {what}"
                    )));
                }
                Resume::Throw(e) => {
                    g.borrow_mut().state = GenState::Done;
                    return Err(e);
                }
                _ => {
                    self.depth += 1;
                    let r = self.gen_run(g, f, Resume::Start);
                    self.depth -= 1;
                    return r;
                }
            },
            GenState::Suspended(f) => f,
            GenState::Running => {
                return Err(value_error(format!("{what} already executing")));
            }
            GenState::Done => {
                g.borrow_mut().state = GenState::Done;
                return match input {
                    Resume::Throw(e) => Err(e),
                    _ => Ok(GenStep::Return(Value::None)),
                };
            }
        };
        self.depth += 1;
        let r = self.gen_run(g, frame, input);
        self.depth -= 1;
        r
    }

    fn gen_run(&mut self, g: &GenRef, mut frame: Box<Frame>, input: Resume) -> PyResult<GenStep> {
        if self.depth > self.recursion_limit {
            g.borrow_mut().state = GenState::Done;
            return Err(Exc::new(
                "RecursionError",
                "maximum recursion depth exceeded",
            ));
        }
        match self.run_frame(&mut frame, input) {
            Ok(Completion::Yield(v)) | Ok(Completion::Await(v)) => {
                g.borrow_mut().state = GenState::Suspended(frame);
                Ok(GenStep::Yield(v))
            }
            Ok(Completion::Return(v)) => {
                g.borrow_mut().state = GenState::Done;
                Ok(GenStep::Return(v))
            }
            Err(e) => {
                g.borrow_mut().state = GenState::Done;
                if e.is_instance("StopIteration") {
                    let re = runtime_error("generator raised StopIteration");
                    re.0.exc().cause = Some(e.value());
                    re.0.exc().context = Some(e.value());
                    return Err(re);
                }
                Err(e)
            }
        }
    }

    /// `gen.close()`
    pub fn gen_close(&mut self, g: &GenRef) -> PyResult<()> {
        let not_started = matches!(g.borrow().state, GenState::Created(_) | GenState::Done);
        if not_started {
            // Take the frame out first: dropping it must not happen under a borrow.
            let old = std::mem::replace(&mut g.borrow_mut().state, GenState::Done);
            drop(old);
            return Ok(());
        }
        match self.gen_resume(g, Resume::Throw(Exc::bare("GeneratorExit")), "generator") {
            Ok(GenStep::Yield(_)) => Err(runtime_error("generator ignored GeneratorExit")),
            Ok(GenStep::Return(_)) => Ok(()),
            Err(e) if e.is_instance("GeneratorExit") || e.is_instance("StopIteration") => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// One step of `yield from sub` with `input`.
    pub fn delegate(&mut self, sub: &Value, input: Resume) -> PyResult<Delegated> {
        if let Value::Coroutine(c) = sub {
            return Ok(match self.coro_drive(c, input)? {
                crate::interp::coro::Driven::Yielded(v) => Delegated::Yield(v),
                crate::interp::coro::Driven::Returned(v) => Delegated::Return(v),
            });
        }
        if let Value::Generator(g) = sub {
            return Ok(match self.gen_resume(g, input, "generator")? {
                GenStep::Yield(v) => Delegated::Yield(v),
                GenStep::Return(v) => Delegated::Return(v),
            });
        }
        match input {
            Resume::Start | Resume::Send(Value::None) => Ok(match self.next(sub)? {
                Some(v) => Delegated::Yield(v),
                None => Delegated::Return(Value::None),
            }),
            Resume::Send(v) => match self.call_method(sub, "send", Args::new(vec![v])) {
                Ok(v) => Ok(Delegated::Yield(v)),
                Err(e) if e.is_instance("StopIteration") => Ok(Delegated::Return(
                    e.args().first().cloned().unwrap_or(Value::None),
                )),
                Err(e) => Err(e),
            },
            Resume::Throw(e) => Err(e),
        }
    }
}

/// `next(gen)`: `Some(value)` or `None` when the generator returns.
pub fn gen_next(interp: &mut Interp, g: &GenRef) -> PyResult<Option<Value>> {
    match interp.gen_resume(g, Resume::Send(Value::None), "generator")? {
        GenStep::Yield(v) => Ok(Some(v)),
        GenStep::Return(_) => Ok(None),
    }
}

/// `gen.send(v)`: the next yielded value, or StopIteration(return value).
pub fn gen_send(interp: &mut Interp, g: &GenRef, v: Value) -> PyResult<Value> {
    match interp.gen_resume(g, Resume::Send(v), "generator")? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_iteration(v)),
    }
}

/// `gen.throw(exc)`
pub fn gen_throw(interp: &mut Interp, g: &GenRef, exc: Value) -> PyResult<Value> {
    let e = interp.make_exception(exc)?;
    match interp.gen_resume(g, Resume::Throw(e), "generator")? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_iteration(v)),
    }
}
