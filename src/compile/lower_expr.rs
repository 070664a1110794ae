//! Lowering of expressions and assignment targets. Inside generators and coroutines an
//! expression containing `await`/`yield` is split: everything evaluated before the
//! suspension is spilled to temporaries, the suspension becomes its own instruction,
//! and the rest reads the temporaries — so evaluation order is kept. The code objects
//! an expression creates (lambdas, comprehensions) are built in `lower_def.rs`.

use super::code::*;
use super::lower::FnBuilder;
use super::scope::ScopeKind;
use crate::runtime::value::{Name, Value};
use crate::syntax::ast::{self, Arg, DictItem, ExprKind, FStringPart};

/// Does evaluating `e` suspend (contain `await`/`yield` outside nested scopes)?
pub(super) fn suspends(e: &ast::Expr) -> bool {
    use ExprKind::*;
    match &e.kind {
        Await(_) | Yield(_) | YieldFrom(_) => true,
        Name(_) | Int(_) | BigInt(_) | Float(_) | Imaginary(_) | Str(_) | Bytes(_) | True
        | False | None | Ellipsis => false,
        Lambda { .. } => false,
        FString(parts) => fparts_suspend(parts),
        List(v) | Tuple(v) | Set(v) => v.iter().any(suspends),
        Dict(items) => items.iter().any(|i| match i {
            DictItem::Pair(k, v) => suspends(k) || suspends(v),
            DictItem::Spread(v) => suspends(v),
        }),
        Starred(v) => suspends(v),
        Attribute { value, .. } => suspends(value),
        Subscript { value, index } => suspends(value) || suspends(index),
        Slice { lower, upper, step } => [lower, upper, step]
            .into_iter()
            .flatten()
            .any(|x| suspends(x)),
        Call { func, args } => suspends(func) || args.iter().any(arg_suspends),
        Unary { operand, .. } => suspends(operand),
        Binary { left, right, .. } | BoolOp { left, right, .. } => {
            suspends(left) || suspends(right)
        }
        Compare { left, comparisons } => {
            suspends(left) || comparisons.iter().any(|(_, r)| suspends(r))
        }
        IfExp { test, body, orelse } => suspends(test) || suspends(body) || suspends(orelse),
        ListComp { generators, .. }
        | SetComp { generators, .. }
        | DictComp { generators, .. }
        | GeneratorExp { generators, .. } => {
            suspends(&generators[0].iter) || (comp_is_async(e) && !is_genexp(e))
        }
        Named { value, .. } => suspends(value),
    }
}

pub(super) fn is_genexp(e: &ast::Expr) -> bool {
    matches!(e.kind, ExprKind::GeneratorExp { .. })
}

fn arg_suspends(a: &Arg) -> bool {
    match a {
        Arg::Positional(e) | Arg::Star(e) | Arg::Keyword(_, e) | Arg::DoubleStar(e) => suspends(e),
    }
}

fn fparts_suspend(parts: &[FStringPart]) -> bool {
    parts.iter().any(|p| match p {
        FStringPart::Literal(_) => false,
        FStringPart::Field(f) => {
            suspends(&f.expr) || f.spec.as_ref().is_some_and(|s| fparts_suspend(s))
        }
    })
}

/// Does a comprehension contain `await` or `async for` in its own scope?
pub(super) fn comp_is_async(e: &ast::Expr) -> bool {
    use ExprKind::*;
    let (gens, parts): (&[ast::Comprehension], Vec<&ast::Expr>) = match &e.kind {
        ListComp { elt, generators }
        | SetComp { elt, generators }
        | GeneratorExp { elt, generators } => (generators, vec![elt]),
        DictComp {
            key,
            value,
            generators,
        } => (generators, vec![key, value]),
        _ => return false,
    };
    gens.iter()
        .enumerate()
        .any(|(i, g)| g.is_async || (i > 0 && suspends(&g.iter)) || g.ifs.iter().any(suspends))
        || parts.into_iter().any(suspends)
}

fn const_of(e: &ast::Expr) -> Option<Value> {
    Some(match &e.kind {
        ExprKind::Int(i) => Value::Int(*i),
        ExprKind::BigInt(b) => Value::bigint(b.clone()),
        ExprKind::Float(f) => Value::Float(*f),
        ExprKind::Str(s) => Value::str(s),
        ExprKind::True => Value::Bool(true),
        ExprKind::False => Value::Bool(false),
        ExprKind::None => Value::None,
        ExprKind::Ellipsis => Value::Ellipsis,
        _ => return None,
    })
}

impl<'a, 'c> FnBuilder<'a, 'c> {
    pub fn suspends(&self, e: &ast::Expr) -> bool {
        self.can_suspend() && suspends(e)
    }

    /// Lower an expression; suspensions inside it are emitted as instructions.
    pub fn expr(&mut self, e: &'a ast::Expr) -> Expr {
        if let Some(v) = const_of(e) {
            return Expr::Const(v);
        }
        let lift = self.suspends(e);
        // Lower children left to right; when a later sibling suspends, earlier ones are
        // spilled to temporaries so they are evaluated first.
        macro_rules! seq {
            ($($x:expr),* $(,)?) => {{
                let items: Vec<&'a ast::Expr> = vec![$($x),*];
                self.seq(lift, &items)
            }};
        }
        match &e.kind {
            ExprKind::Name(n) => self.name_expr(n),
            ExprKind::Imaginary(_) | ExprKind::Bytes(_) => {
                unreachable!("rejected by validation")
            }
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis => unreachable!("constants handled above"),
            ExprKind::FString(parts) => {
                let parts = self.fparts(parts, lift);
                Expr::FString(parts)
            }
            ExprKind::List(items) => Expr::List(self.elts(items, lift)),
            ExprKind::Tuple(items) => {
                if let Some(vals) = items.iter().map(const_of).collect::<Option<Vec<_>>>() {
                    return Expr::Const(Value::tuple(vals));
                }
                Expr::Tuple(self.elts(items, lift))
            }
            ExprKind::Set(items) => Expr::Set(self.elts(items, lift)),
            ExprKind::Dict(items) => {
                let flat: Vec<&'a ast::Expr> = items
                    .iter()
                    .flat_map(|i| match i {
                        DictItem::Pair(k, v) => vec![k, v],
                        DictItem::Spread(v) => vec![v],
                    })
                    .collect();
                let mut vals = self.seq(lift, &flat).into_iter();
                let pairs = items
                    .iter()
                    .map(|i| match i {
                        DictItem::Pair(..) => {
                            let k = vals.next().unwrap();
                            (Some(k), vals.next().unwrap())
                        }
                        DictItem::Spread(_) => (None, vals.next().unwrap()),
                    })
                    .collect();
                Expr::Dict(pairs)
            }
            ExprKind::Starred(_) => unreachable!("starred handled by its container"),
            ExprKind::Attribute { value, attr } => {
                let v = self.expr(value);
                Expr::Attr(Box::new(v), Name::from(attr.name.as_str()))
            }
            ExprKind::Subscript { value, index } => {
                let mut v = seq!(value, index).into_iter();
                Expr::Subscript(Box::new(v.next().unwrap()), Box::new(v.next().unwrap()))
            }
            ExprKind::Slice { lower, upper, step } => {
                let parts: Vec<&'a ast::Expr> = [lower, upper, step]
                    .into_iter()
                    .flatten()
                    .map(|b| &**b)
                    .collect();
                let mut vals = self.seq(lift, &parts).into_iter();
                let mut take =
                    |o: &Option<Box<ast::Expr>>| o.as_ref().map(|_| vals.next().unwrap());
                let l = take(lower);
                let u = take(upper);
                let s = take(step);
                Expr::Slice(Box::new([l, u, s]))
            }
            ExprKind::Call { func, args } => self.call(func, args, lift),
            ExprKind::Unary { op, operand } => {
                let v = self.expr(operand);
                Expr::Unary(*op, Box::new(v))
            }
            ExprKind::Binary { op, left, right } => {
                let mut v = seq!(left, right).into_iter();
                Expr::Binary(
                    *op,
                    Box::new(v.next().unwrap()),
                    Box::new(v.next().unwrap()),
                )
            }
            ExprKind::BoolOp { op, left, right } => {
                let and = *op == ast::BoolOp::And;
                if lift && suspends(right) {
                    let t = self.temp();
                    let l = self.expr(left);
                    self.emit(Instr::Assign(Target::Local(t), l));
                    let j = if and {
                        self.emit(Instr::JumpIfFalse(Expr::Local(t), 0))
                    } else {
                        self.emit(Instr::JumpIfTrue(Expr::Local(t), 0))
                    };
                    let r = self.expr(right);
                    self.emit(Instr::Assign(Target::Local(t), r));
                    self.patch(j);
                    return Expr::Local(t);
                }
                let l = self.expr(left);
                let r = self.expr(right);
                if and {
                    Expr::And(Box::new(l), Box::new(r))
                } else {
                    Expr::Or(Box::new(l), Box::new(r))
                }
            }
            ExprKind::Compare { left, comparisons } => {
                if lift && comparisons.iter().any(|(_, r)| suspends(r)) {
                    return self.lifted_compare(left, comparisons);
                }
                let l = self.expr(left);
                let rest = comparisons
                    .iter()
                    .map(|(op, r)| (*op, self.expr(r)))
                    .collect();
                Expr::Compare(Box::new(l), rest)
            }
            ExprKind::IfExp { test, body, orelse } => {
                if lift && (suspends(body) || suspends(orelse)) {
                    let t = self.temp();
                    let test = self.expr(test);
                    let jf = self.emit(Instr::JumpIfFalse(test, 0));
                    let b = self.expr(body);
                    self.emit(Instr::Assign(Target::Local(t), b));
                    let j = self.emit(Instr::Jump(0));
                    self.patch(jf);
                    let o = self.expr(orelse);
                    self.emit(Instr::Assign(Target::Local(t), o));
                    self.patch(j);
                    return Expr::Local(t);
                }
                let t = self.expr(test);
                let b = self.expr(body);
                let o = self.expr(orelse);
                Expr::IfExp(Box::new([t, b, o]))
            }
            ExprKind::Lambda { params, body } => {
                let scope = self.ctx.scopes.of_node(e);
                let qual = self.child_qualname("<lambda>");
                // `lambda: (yield x)` is a generator function.
                let kind = if self.ctx.scopes.get(scope).is_generator {
                    CodeKind::Generator
                } else {
                    CodeKind::Function
                };
                let mut fb = FnBuilder::new(
                    self.ctx,
                    scope,
                    kind,
                    qual,
                    &self.ctx.scopes.get(scope).params,
                );
                fb.span = e.span;
                fb.def_span = e.span;
                let v = fb.expr(body);
                fb.emit(Instr::Return(v));
                let spec = param_spec(params);
                let code = fb.finish("<lambda>", spec, None);
                Expr::Function(Box::new(self.make_function(code, params, None)))
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e),
            ExprKind::Await(v) => {
                let v = self.expr(v);
                let t = self.temp();
                if fusable_await_call(&v) {
                    self.emit(Instr::AwaitCall {
                        call: v,
                        dst: Some(t),
                    });
                    return Expr::Local(t);
                }
                self.emit(Instr::Assign(Target::Local(t), v));
                self.emit(Instr::Await {
                    src: t,
                    dst: Some(t),
                });
                Expr::Local(t)
            }
            ExprKind::Yield(v) => {
                let v = match v {
                    Some(v) => self.expr(v),
                    None => Expr::Const(Value::None),
                };
                let t = self.temp();
                self.emit(Instr::Yield {
                    value: v,
                    dst: Some(t),
                });
                Expr::Local(t)
            }
            ExprKind::YieldFrom(v) => {
                let v = self.expr(v);
                let t = self.temp();
                self.emit(Instr::Assign(
                    Target::Local(t),
                    Expr::YieldFromIter(Box::new(v)),
                ));
                self.emit(Instr::YieldFrom {
                    src: t,
                    dst: Some(t),
                });
                Expr::Local(t)
            }
            ExprKind::Named { target, value } => {
                let v = self.expr(value);
                let tg = self.name_target(&target.name);
                Expr::Named(Box::new(tg), Box::new(v))
            }
        }
    }

    /// Lower `items` in order; if `lift`, every item before the last suspending one is
    /// spilled to a temporary.
    pub(super) fn seq(&mut self, lift: bool, items: &[&'a ast::Expr]) -> Vec<Expr> {
        let last = if lift {
            items.iter().rposition(|e| suspends(e))
        } else {
            None
        };
        items
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let v = self.expr(e);
                match last {
                    Some(l) if i < l => self.spill(v),
                    _ => v,
                }
            })
            .collect()
    }

    fn spill(&mut self, v: Expr) -> Expr {
        if matches!(v, Expr::Const(_)) {
            return v;
        }
        let t = self.temp();
        self.emit(Instr::Assign(Target::Local(t), v));
        Expr::Local(t)
    }

    fn elts(&mut self, items: &'a [ast::Expr], lift: bool) -> Vec<Elt> {
        let inner: Vec<&'a ast::Expr> = items
            .iter()
            .map(|e| match &e.kind {
                ExprKind::Starred(v) => &**v,
                _ => e,
            })
            .collect();
        let vals = self.seq(lift, &inner);
        items
            .iter()
            .zip(vals)
            .map(|(e, v)| match e.kind {
                ExprKind::Starred(_) => Elt::Star(v),
                _ => Elt::One(v),
            })
            .collect()
    }

    fn fparts(&mut self, parts: &'a [FStringPart], lift: bool) -> Vec<FPart> {
        let mut out = Vec::new();
        for p in parts {
            match p {
                FStringPart::Literal(s) => out.push(FPart::Lit(Value::str(s))),
                FStringPart::Field(f) => {
                    let mut expr = self.expr(&f.expr);
                    if lift {
                        expr = self.spill(expr);
                    }
                    if let Some(text) = &f.debug_text {
                        out.push(FPart::Lit(Value::str(text)));
                    }
                    let spec = f.spec.as_ref().map(|s| self.fparts(s, lift));
                    out.push(FPart::Field {
                        expr,
                        conversion: f.conversion,
                        spec,
                    });
                }
            }
        }
        out
    }

    fn call(&mut self, func: &'a ast::Expr, args: &'a [Arg], lift: bool) -> Expr {
        // Zero-argument super() inside a method.
        if let ExprKind::Name(n) = &func.kind
            && n == "super"
            && args.is_empty()
            && let Some(&cell) = self.cells.get("__class__")
            && self.ctx.scopes.get(self.scope).kind == ScopeKind::Function
            && !self.ctx.scopes.get(self.scope).params.is_empty()
        {
            return Expr::Super {
                class_cell: cell,
                self_slot: 0,
            };
        }
        if let ExprKind::Name(n) = &func.kind
            && args.is_empty()
            && matches!(n.as_str(), "globals" | "locals" | "vars")
        {
            let which = if n == "globals" {
                FrameFn::Globals
            } else {
                FrameFn::Locals
            };
            let lookup = self.name_expr(n);
            return Expr::FrameCall(which, Box::new(lookup));
        }
        let arg_exprs: Vec<&'a ast::Expr> = args
            .iter()
            .map(|a| match a {
                Arg::Positional(e) | Arg::Star(e) | Arg::Keyword(_, e) | Arg::DoubleStar(e) => e,
            })
            .collect();
        let args_suspend = lift && arg_exprs.iter().any(|e| suspends(e));
        let make_args = |vals: Vec<Expr>| -> Vec<CallArg> {
            args.iter()
                .zip(vals)
                .map(|(a, v)| match a {
                    Arg::Positional(_) => CallArg::Pos(v),
                    Arg::Star(_) => CallArg::Star(v),
                    Arg::Keyword(k, _) => CallArg::Kw(Name::from(k.name.as_str()), v),
                    Arg::DoubleStar(_) => CallArg::StarStar(v),
                })
                .collect()
        };
        if let ExprKind::Attribute { value, attr } = &func.kind {
            let mut obj = self.expr(value);
            if args_suspend {
                obj = self.spill(obj);
            }
            let vals = self.seq(lift, &arg_exprs);
            let args = make_args(vals);
            let site = MethodSite::new(Name::from(attr.name.as_str()), &args);
            return Expr::CallMethod(Box::new(obj), Box::new(site), args);
        }
        let mut f = self.expr(func);
        if args_suspend {
            f = self.spill(f);
        }
        let vals = self.seq(lift, &arg_exprs);
        Expr::Call(Box::new(f), make_args(vals))
    }

    fn lifted_compare(&mut self, left: &'a ast::Expr, cmps: &'a [(ast::CmpOp, ast::Expr)]) -> Expr {
        let result = self.temp();
        let l = self.expr(left);
        let mut l = self.spill(l);
        let mut exits = Vec::new();
        for (i, (op, r)) in cmps.iter().enumerate() {
            let r = self.expr(r);
            let r = if i + 1 < cmps.len() { self.spill(r) } else { r };
            self.emit(Instr::Assign(
                Target::Local(result),
                Expr::Compare(Box::new(l), vec![(*op, r.clone())]),
            ));
            if i + 1 < cmps.len() {
                exits.push(self.emit(Instr::JumpIfFalse(Expr::Local(result), 0)));
            }
            l = r;
        }
        for j in exits {
            self.patch(j);
        }
        Expr::Local(result)
    }

    // ---- targets ----

    pub fn target(&mut self, t: &'a ast::Expr) -> Target {
        match &t.kind {
            ExprKind::Name(n) => self.name_target(n),
            ExprKind::Attribute { value, attr } => {
                let v = self.expr(value);
                Target::Attr(v, Name::from(attr.name.as_str()))
            }
            ExprKind::Subscript { value, index } => {
                let v = self.expr(value);
                let i = self.expr(index);
                Target::Subscript(v, i)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)));
                let items = items
                    .iter()
                    .map(|i| match &i.kind {
                        ExprKind::Starred(inner) => self.target(inner),
                        _ => self.target(i),
                    })
                    .collect();
                Target::Unpack { items, star }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => unreachable!("validated assignment target"),
        }
    }

    // ---- code objects ----
}

pub(super) fn param_spec(p: &ast::Params) -> ParamSpec {
    let n = |x: &ast::Param| Name::from(x.name.name.as_str());
    ParamSpec {
        posonly: p.posonly.len(),
        args: p.posonly.iter().chain(&p.args).map(n).collect(),
        vararg: p.vararg.as_ref().map(n),
        kwonly: p.kwonly.iter().map(n).collect(),
        kwarg: p.kwarg.as_ref().map(n),
    }
}

/// Whether `await v` becomes an `Instr::AwaitCall`: `v` is a call of a name, which can
/// be looked up again (no side effects) when the callee is not run inline, with
/// positional arguments only (`interp/await_call.rs` relies on it).
pub(super) fn fusable_await_call(v: &Expr) -> bool {
    matches!(v, Expr::Call(func, args)
        if matches!(**func, Expr::Global(..) | Expr::Local(_) | Expr::Cell(_))
            && args.iter().all(|a| matches!(a, CallArg::Pos(_))))
}
