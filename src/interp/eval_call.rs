//! Evaluating calls: argument lists, the fast paths for simple Python functions and
//! for builtins taking their arguments as a slice, and the general call.

use std::rc::Rc;

use super::eval::bound_leaf;
use super::frame::{Frame, Slots};
use super::{Interp, PyResult};
use crate::compile::code::{CachedMethod, CallArg, CodeKind, Expr, FuncCode, MethodSite};
use crate::runtime::exc::type_error;
use crate::runtime::object::{Args, Function, PositionalMethodImpl};
use crate::runtime::types::type_name;
use crate::runtime::value::{Name, Value};

impl Interp {
    /// Call `fv` with `args` evaluated in `f`: simple functions get their arguments
    /// straight into their slots.
    #[inline(always)]
    pub(super) fn call_value(
        &mut self,
        f: &mut Frame,
        fv: &Value,
        args: &[CallArg],
    ) -> PyResult<Value> {
        if let Value::Function(fun) = fv
            && fun.code.simple
            && args.len() == fun.code.params.args.len()
            && args.iter().all(|a| matches!(a, CallArg::Pos(_)))
        {
            if fun.code.kind == CodeKind::Function {
                return self.call_simple(f, fun, args);
            }
            return self.call_simple_coro(f, fun, args);
        }
        self.call_general(f, fv, args)
    }

    /// The general path of `Expr::Call`, kept out of `eval_node`'s frame.
    #[inline(never)]
    pub(super) fn call_general(
        &mut self,
        f: &mut Frame,
        fv: &Value,
        args: &[CallArg],
    ) -> PyResult<Value> {
        if let Value::Native(n) = fv
            && let Some(one_arg) = n.one_arg
            && let [CallArg::Pos(e)] = args
        {
            let v = self.eval(f, e)?;
            if n.one_arg_native && !matches!(v, Value::Instance(_)) {
                return one_arg(self, &v);
            }
            self.call_sites
                .push((f.code.clone(), f.pc.saturating_sub(1) as usize));
            let r = one_arg(self, &v);
            self.call_sites.pop();
            set_origin(f, &r);
            return r;
        }
        let args = self.eval_args(f, args)?;
        self.call_sites
            .push((f.code.clone(), f.pc.saturating_sub(1) as usize));
        let r = self.call(fv, args);
        self.call_sites.pop();
        set_origin(f, &r);
        r
    }

    /// `Expr::CallMethod`, kept out of `eval_node`'s frame.
    #[inline(never)]
    pub(super) fn call_method_expr(
        &mut self,
        f: &mut Frame,
        obj: &Expr,
        site: &MethodSite,
        args: &[CallArg],
    ) -> PyResult<Value> {
        let o = self.eval(f, obj)?;
        if let Value::Module(m) = &o
            && let Some(fv) = m.globals.get(&site.name)
        {
            // `module.function(...)`: a plain call of the module's global.
            return self.call_value(f, &fv, args);
        }
        self.call_method_on(f, o, site, args)
    }

    /// `o.name(args)` with `o` evaluated (and not a module whose global `name` is
    /// bound).
    pub(super) fn call_method_on(
        &mut self,
        f: &mut Frame,
        o: Value,
        site: &MethodSite,
        args: &[CallArg],
    ) -> PyResult<Value> {
        if site.positional
            && let Some(c) = positional_method(site, &o, args.len())
        {
            if c.native {
                return self.call_native_method(f, c.method, &o, args);
            }
            return self.call_positional_method(f, c.method, &o, args);
        }
        let args = self.eval_args(f, args)?;
        self.call_sites
            .push((f.code.clone(), f.pc.saturating_sub(1) as usize));
        let r = self.call_method(&o, &site.name, args);
        self.call_sites.pop();
        set_origin(f, &r);
        r
    }

    /// A builtin method that never runs Python code (`lookup_positional`'s flag): as
    /// `call_positional_method`, but no call site is recorded, as nothing can read it.
    fn call_native_method(
        &mut self,
        f: &mut Frame,
        m: PositionalMethodImpl,
        o: &Value,
        args: &[CallArg],
    ) -> PyResult<Value> {
        match args {
            [] => m(self, o, &[]),
            [CallArg::Pos(a)] => {
                let a = self.eval(f, a)?;
                m(self, o, std::slice::from_ref(&a))
            }
            [CallArg::Pos(a), CallArg::Pos(b)] => {
                let a = self.eval(f, a)?;
                let b = self.eval(f, b)?;
                m(self, o, &[a, b])
            }
            [CallArg::Pos(a), CallArg::Pos(b), CallArg::Pos(c)] => {
                let a = self.eval(f, a)?;
                let b = self.eval(f, b)?;
                let c = self.eval(f, c)?;
                m(self, o, &[a, b, c])
            }
            _ => unreachable!("the caller checked: at most 3 positional arguments"),
        }
    }

    /// A builtin method with a slice entry point, its (positional) arguments evaluated
    /// onto the stack.
    fn call_positional_method(
        &mut self,
        f: &mut Frame,
        m: PositionalMethodImpl,
        o: &Value,
        args: &[CallArg],
    ) -> PyResult<Value> {
        let r = match args {
            [] => {
                self.call_sites
                    .push((f.code.clone(), f.pc.saturating_sub(1) as usize));
                m(self, o, &[])
            }
            [CallArg::Pos(a), rest @ ..] if rest.len() <= 1 && matches!(o, Value::Dict(_)) => {
                // The only dict method here is `get`: a str or int key in a dict of
                // scalar keys is looked up natively, with no call site to record.
                // Arguments that are constants or bound locals are read in place.
                if let Value::Dict(d) = o
                    && let Some(k @ (Value::Str(_) | Value::Int(_))) = bound_leaf(f, a)
                    && let Some(default) = match rest {
                        [CallArg::Pos(b)] => bound_leaf(f, b).map(Some),
                        _ => Some(None),
                    }
                {
                    let h = self.hash(k)?;
                    let t = d.borrow();
                    if let Some(found) = t.find_simple(h, k) {
                        return Ok(match found.and_then(|pos| t.value_at(pos)).or(default) {
                            Some(v) => v.clone(),
                            None => Value::None,
                        });
                    }
                }
                let a = self.eval(f, a)?;
                let b = match rest {
                    [CallArg::Pos(b)] => Some(self.eval(f, b)?),
                    _ => None,
                };
                if matches!(a, Value::Str(_) | Value::Int(_))
                    && matches!(o, Value::Dict(t) if t.borrow().scalar_keys_only())
                {
                    return match b {
                        None => m(self, o, std::slice::from_ref(&a)),
                        Some(b) => m(self, o, &[a, b]),
                    };
                }
                self.call_sites
                    .push((f.code.clone(), f.pc.saturating_sub(1) as usize));
                match b {
                    None => m(self, o, std::slice::from_ref(&a)),
                    Some(b) => m(self, o, &[a, b]),
                }
            }
            [CallArg::Pos(a)] => {
                let a = self.eval(f, a)?;
                self.call_sites
                    .push((f.code.clone(), f.pc.saturating_sub(1) as usize));
                m(self, o, std::slice::from_ref(&a))
            }
            [CallArg::Pos(a), CallArg::Pos(b)] => {
                let a = self.eval(f, a)?;
                let b = self.eval(f, b)?;
                self.call_sites
                    .push((f.code.clone(), f.pc.saturating_sub(1) as usize));
                m(self, o, &[a, b])
            }
            [CallArg::Pos(a), CallArg::Pos(b), CallArg::Pos(c)] => {
                let a = self.eval(f, a)?;
                let b = self.eval(f, b)?;
                let c = self.eval(f, c)?;
                self.call_sites
                    .push((f.code.clone(), f.pc.saturating_sub(1) as usize));
                m(self, o, &[a, b, c])
            }
            _ => unreachable!("the caller checked: at most 3 positional arguments"),
        };
        self.call_sites.pop();
        r
    }
    /// A call of a `simple` function: arguments are evaluated straight into the
    /// callee's slots.
    pub(super) fn call_simple(
        &mut self,
        f: &mut Frame,
        fun: &Rc<Function>,
        args: &[CallArg],
    ) -> PyResult<Value> {
        let code = &fun.code;
        let slots = self.simple_slots(f, code, args)?;
        let mut frame = Frame::with_slots(self, code.clone(), fun.globals.clone(), slots);
        let r = self.run_function_frame_code(&mut frame, code);
        self.finish_frame(frame);
        r
    }

    /// A call of a `simple` coroutine function: its frame is built as `call_simple`'s,
    /// and the coroutine object remembers the call site (for "never awaited").
    #[inline(never)]
    pub(super) fn call_simple_coro(
        &mut self,
        f: &mut Frame,
        fun: &Rc<Function>,
        args: &[CallArg],
    ) -> PyResult<Value> {
        let code = &fun.code;
        let slots = self.simple_slots(f, code, args)?;
        let frame = Frame::with_slots(self, code.clone(), fun.globals.clone(), slots);
        let mut g = super::gen_obj::GenObj::new(frame);
        g.origin = Some(f.code.clone());
        g.origin_pc = f.pc.saturating_sub(1);
        Ok(Value::Coroutine(Rc::new(std::cell::RefCell::new(g))))
    }

    /// The slots of a `simple` function called with exactly its positional arguments.
    #[inline(always)]
    pub(super) fn simple_slots(
        &mut self,
        f: &mut Frame,
        code: &FuncCode,
        args: &[CallArg],
    ) -> PyResult<Slots> {
        // The arguments go straight into a pooled slot array.
        let mut slots = self.take_slots(code.nslots);
        for (slot, a) in slots.iter_mut().zip(args) {
            let CallArg::Pos(e) = a else {
                unreachable!("checked by the caller")
            };
            match self.eval_arith(f, e) {
                Ok(v) => *slot = Some(v),
                Err(err) => {
                    self.recycle_slots(slots);
                    return Err(err);
                }
            }
        }
        Ok(slots)
    }
    pub fn eval_args(&mut self, f: &mut Frame, args: &[CallArg]) -> PyResult<Args> {
        let mut out = Args {
            pos: Vec::with_capacity(args.len()),
            kw: Vec::new(),
        };
        for a in args {
            match a {
                CallArg::Pos(e) => {
                    let v = self.eval(f, e)?;
                    out.pos.push(v);
                }
                CallArg::Star(e) => {
                    let v = self.eval(f, e)?;
                    let items = self.iterate(&v).map_err(|err| {
                        if err.is_instance("TypeError") && !self.is_iterable(&v) {
                            type_error(format!(
                                "argument after * must be an iterable, not {}",
                                type_name(&v)
                            ))
                        } else {
                            err
                        }
                    })?;
                    out.pos.extend(items);
                }
                CallArg::Kw(name, e) => {
                    let v = self.eval(f, e)?;
                    out.kw.push((name.clone(), v));
                }
                CallArg::StarStar(e) => {
                    let mut m = self.eval(f, e)?;
                    if matches!(m, Value::AttrDict(_) | Value::Namespace(_)) {
                        m = self.mapping_snapshot(&m)?;
                    }
                    let Value::Dict(d) = &m else {
                        return Err(type_error(format!(
                            "argument after ** must be a mapping, not {}",
                            type_name(&m)
                        )));
                    };
                    let entries: Vec<(Value, Value)> = d
                        .borrow()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect();
                    for (k, v) in entries {
                        let Value::Str(s) = &k else {
                            return Err(type_error("keywords must be strings"));
                        };
                        out.kw.push((Name::from(s.as_str()), v));
                    }
                }
            }
        }
        Ok(out)
    }
}

/// A coroutine a call made remembers where it was created (for "never awaited").
#[inline]
pub(super) fn set_origin(f: &Frame, r: &PyResult<Value>) {
    if let Ok(Value::Coroutine(c)) = r {
        let mut g = c.borrow_mut();
        if g.origin.is_none() {
            g.origin = Some(f.code.clone());
            g.origin_pc = f.pc.saturating_sub(1);
        }
    }
}

/// The builtin method with a slice entry point that `site` calls on `o` (with `n`
/// positional arguments): the site's cached one when `o` is of the kind it was resolved
/// for, else looked up (by name) and cached. Which method a name means depends only on
/// the receiver's `Value` variant.
#[inline(always)]
fn positional_method(site: &MethodSite, o: &Value, n: usize) -> Option<CachedMethod> {
    let kind = std::mem::discriminant(o);
    if let Some(c) = site.cache.get()
        && c.kind == kind
    {
        return Some(c);
    }
    let (method, native) = crate::builtins::methods::lookup_positional(o, &site.name, n)?;
    let c = CachedMethod {
        kind,
        method,
        native,
    };
    site.cache.set(Some(c));
    Some(c)
}
