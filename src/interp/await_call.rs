//! `await f(args)` (`Instr::AwaitCall`): a call of a `simple` Python coroutine function
//! runs inline on the Rust stack, like a plain call, without a coroutine object or an
//! await-chain link; only if it suspends does its frame go on the chain (as an
//! `Awaiting::Frame`, through `Interp::pending_frames`). Anything else is called and
//! awaited as `Instr::Await` does. (Only calls of a name are fused: the name is looked
//! up again for the plain call.)

use std::rc::Rc;

use super::frame::{Completion, Frame};
use super::{Interp, PyResult};
use crate::compile::code::{CallArg, CodeKind, Expr};
use crate::runtime::exc::{Exc, runtime_error};
use crate::runtime::object::Function;
use crate::runtime::value::Value;

/// Rust stack kept free for the evaluator; below it an inline await raises
/// RecursionError (as `call::STACK_RED_ZONE` for plain calls).
const STACK_RED_ZONE: usize = 256 * 1024;

/// What an `await f(args)` produced.
pub enum AwaitCallOutcome {
    /// The await completed without suspending: its value.
    Value(Value),
    /// The awaiting frame must suspend on this awaitable (for the driver to resolve);
    /// frames that ran inline and suspended are in `pending_frames`.
    Suspend(Value),
}

impl Interp {
    /// Execute `await call` in frame `f` (its `pc` is past the instruction);
    /// `discard`: the value is not used (an await statement).
    pub(super) fn await_call(
        &mut self,
        f: &mut Frame,
        call: &Expr,
        discard: bool,
    ) -> PyResult<AwaitCallOutcome> {
        let Expr::Call(func, args) = call else {
            unreachable!("AwaitCall holds a call")
        };
        let fv = match &**func {
            Expr::Global(i, g) => {
                // The common case, a global coroutine function run inline: only its
                // `Rc` is cloned.
                let fun = match &f.globals.values.borrow()[*i as usize] {
                    Some(Value::Function(fun)) if runs_inline(fun, args) => Some(fun.clone()),
                    _ => None,
                };
                if let Some(fun) = fun {
                    return self.await_inline(f, &fun, args);
                }
                self.global(f, *i, g)?
            }
            func => self.eval(f, func)?,
        };
        if let Value::Function(fun) = &fv
            && runs_inline(fun, args)
        {
            return self.await_inline(f, fun, args);
        }
        if discard && let Some(a) = sleep_arg(&fv, args) {
            let aw = self.sleep_awaitable(f, a)?;
            return Ok(AwaitCallOutcome::Suspend(aw));
        }
        drop(fv);
        // Anything else is the call as `eval` makes it (looking the name up again),
        // then awaited as `Instr::Await` does.
        let v = self.eval(f, call)?;
        self.await_now(v)
    }

    /// Await `v`: a native queue operation that can finish now gives its value, else
    /// the frame suspends on `v` (checked to be awaitable).
    #[inline]
    pub(super) fn await_now(&mut self, v: Value) -> PyResult<AwaitCallOutcome> {
        match &v {
            Value::Coroutine(c) => match self.queue_await_now(c) {
                Some(r) => r.map(AwaitCallOutcome::Value),
                None => Ok(AwaitCallOutcome::Suspend(v)),
            },
            Value::YieldOnce | Value::Future(_) => Ok(AwaitCallOutcome::Suspend(v)),
            _ => self.check_awaitable(v).map(AwaitCallOutcome::Suspend),
        }
    }

    /// The awaitable of an await statement (`Instr::AwaitValue`): as `eval` makes it,
    /// except `asyncio.sleep(d)` (see `sleep_awaitable`).
    #[inline]
    pub(super) fn await_stmt_value(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        let Expr::CallMethod(obj, site, args) = e else {
            return self.eval(f, e);
        };
        let o = self.eval(f, obj)?;
        if let Value::Module(m) = &o
            && let Some(fv) = m.globals.get(&site.name)
        {
            if let Some(a) = sleep_arg(&fv, args) {
                return self.sleep_awaitable(f, a);
            }
            return self.call_value(f, &fv, args);
        }
        self.call_method_on(f, o, site, args)
    }

    /// What an await *statement* of `asyncio.sleep(a)` waits on: for a delay `<= 0`
    /// one bare yield (`Value::YieldOnce`: no coroutine object, as nobody could see
    /// it, and the statement discards the value it is resumed with), else the
    /// coroutine `sleep` returns.
    #[inline]
    fn sleep_awaitable(&mut self, f: &mut Frame, a: &Expr) -> PyResult<Value> {
        let delay = self.eval(f, a)?;
        if sleeps_zero(&delay) {
            return Ok(Value::YieldOnce);
        }
        let r = Ok(crate::stdlib::asyncio::sleep_coroutine(delay));
        super::eval_call::set_origin(f, &r);
        r
    }

    /// Run a fresh call of the coroutine function `fun` inline, to its end or to its
    /// first suspension (its frame is then pending, to go on the await chain).
    #[inline(never)]
    fn await_inline(
        &mut self,
        f: &mut Frame,
        fun: &Rc<Function>,
        args: &[CallArg],
    ) -> PyResult<AwaitCallOutcome> {
        let code = &fun.code;
        let mut frame = self.boxed_frame(code, &fun.globals);
        for (i, a) in args.iter().enumerate() {
            let CallArg::Pos(e) = a else {
                unreachable!("an AwaitCall passes positional arguments only")
            };
            if let Some(n) = super::eval::arith_int(f, e) {
                frame.slots[i] = Some(Value::Int(n));
                continue;
            }
            match self.eval_arith(f, e) {
                Ok(v) => frame.slots[i] = Some(v),
                Err(err) => {
                    self.release_frame(frame);
                    return Err(err);
                }
            }
        }
        self.depth += 1;
        if self.depth >= self.recursion_limit
            || (self.depth.is_multiple_of(8)
                && stacker::remaining_stack().is_some_and(|r| r < STACK_RED_ZONE))
        {
            self.depth -= 1;
            self.release_frame(frame);
            return Err(Exc::new(
                "RecursionError",
                "maximum recursion depth exceeded",
            ));
        }
        // The awaiting frame's line, for the repr of its running coroutine: an inline
        // frame has no coroutine object, so none is kept for it (the innermost call
        // site matters otherwise only to a call made, which has its own).
        let site = !f.is_inline();
        if site {
            self.call_sites
                .push((f.code.clone(), f.pc.saturating_sub(1) as usize));
        }
        frame.exc_base = self.handled.len() as u32;
        let r = self.run_code(&mut frame, code, None);
        if site {
            self.call_sites.pop();
        }
        self.depth -= 1;
        match r {
            Ok(Completion::Return(v)) => {
                self.release_frame(frame);
                Ok(AwaitCallOutcome::Value(v))
            }
            Ok(Completion::Await(aw) | Completion::Yield(aw)) => {
                self.pending_frames.push(frame);
                Ok(AwaitCallOutcome::Suspend(aw))
            }
            Err(e) => {
                self.release_frame(frame);
                Err(coroutine_exit_error(e))
            }
        }
    }
}

/// Whether `await fun(args)` runs `fun` inline: a `simple` coroutine function called
/// with exactly its positional parameters (an `AwaitCall` passes no others).
#[inline(always)]
fn runs_inline(fun: &Function, args: &[CallArg]) -> bool {
    debug_assert!(args.iter().all(|a| matches!(a, CallArg::Pos(_))));
    fun.code.kind == CodeKind::Coroutine
        && fun.code.simple
        && args.len() == fun.code.params.args.len()
}

/// The delay argument of a call of `asyncio.sleep` with one positional argument.
fn sleep_arg<'a>(fv: &Value, args: &'a [CallArg]) -> Option<&'a Expr> {
    match (fv, args) {
        (Value::Native(n), [CallArg::Pos(a)]) if crate::stdlib::asyncio::is_sleep(n) => Some(a),
        _ => None,
    }
}

/// Whether `asyncio.sleep(delay)` is one bare yield (`delay <= 0`).
fn sleeps_zero(delay: &Value) -> bool {
    match delay {
        Value::Int(d) => *d <= 0,
        Value::Float(d) => *d <= 0.0,
        Value::Bool(b) => !b,
        _ => false,
    }
}

/// An exception leaving a coroutine's frame: StopIteration becomes CPython's
/// "coroutine raised StopIteration" RuntimeError.
pub fn coroutine_exit_error(e: Exc) -> Exc {
    if !e.is_instance("StopIteration") {
        return e;
    }
    let re = runtime_error("coroutine raised StopIteration");
    re.0.exc().cause = Some(e.value());
    re.0.exc().context = Some(e.value());
    re
}
