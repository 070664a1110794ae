//! Context checks after parsing, with CPython's messages and order: first the
//! symbol-table checks (global/nonlocal declarations, duplicate arguments), then the
//! compiler's checks (`return`/`yield`/`await`/`break` placement, async constructs,
//! starred expressions).

use super::ast::*;
use super::{SyntaxError, SyntaxErrorKind};
use rustc_hash::FxHashMap as HashMap;

/// Knobs for contexts that relax the module-level rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Allow `await`, `async for`, `async with` and async comprehensions at module
    /// level (the REPL runs each entry as a coroutine).
    pub allow_top_level_await: bool,
}

/// Checks a module as a script: `validate_module_with(module, Options::default())`.
pub fn validate_module(module: &Module) -> Result<(), Vec<SyntaxError>> {
    validate_module_with(module, Options::default())
}

/// Checks a module; on failure the first error is the one CPython reports.
pub fn validate_module_with(module: &Module, options: Options) -> Result<(), Vec<SyntaxError>> {
    let mut sym = SymPass::default();
    sym.scopes.push(Scope::new(ScopeKind::Module, None));
    sym.stmts(&module.body);
    if sym.errors.is_empty() {
        sym.check_nonlocals();
    }
    if !sym.errors.is_empty() {
        return Err(sym.errors);
    }
    let mut comp = CompilePass {
        options,
        errors: Vec::new(),
    };
    let ctx = Ctx {
        func: Func::Module,
        in_loop: false,
        async_gen: false,
        comprehension: None,
    };
    comp.stmts(&module.body, ctx);
    if comp.errors.is_empty() {
        Ok(())
    } else {
        Err(comp.errors)
    }
}

fn error(msg: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        span,
    }
}

/// The direct sub-expressions of `e`, in source order.
fn sub_exprs(e: &Expr) -> Vec<&Expr> {
    let mut out = Vec::new();
    match &e.kind {
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => out.extend(v.iter()),
        ExprKind::Dict(items) => {
            for it in items {
                match it {
                    DictItem::Pair(k, v) => out.extend([k, v]),
                    DictItem::Spread(x) => out.push(x),
                }
            }
        }
        ExprKind::FString(parts) => fstring_exprs(parts, &mut out),
        ExprKind::Starred(x) | ExprKind::Await(x) | ExprKind::YieldFrom(x) => out.push(x),
        ExprKind::Yield(x) => out.extend(x.as_deref()),
        ExprKind::Attribute { value, .. } => out.push(value),
        ExprKind::Subscript { value, index } => out.extend([&**value, &**index]),
        ExprKind::Slice { lower, upper, step } => {
            out.extend(lower.as_deref());
            out.extend(upper.as_deref());
            out.extend(step.as_deref());
        }
        ExprKind::Call { func, args } => {
            out.push(func);
            out.extend(args.iter().map(arg_expr));
        }
        ExprKind::Unary { operand, .. } => out.push(operand),
        ExprKind::Binary { left, right, .. } | ExprKind::BoolOp { left, right, .. } => {
            out.extend([&**left, &**right])
        }
        ExprKind::Compare { left, comparisons } => {
            out.push(left);
            out.extend(comparisons.iter().map(|(_, x)| x));
        }
        ExprKind::IfExp { test, body, orelse } => out.extend([&**body, &**test, &**orelse]),
        ExprKind::Named { value, .. } => out.push(value),
        // Scopes of their own: callers handle these.
        ExprKind::Lambda { .. }
        | ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::GeneratorExp { .. } => {}
        _ => {}
    }
    out
}

fn fstring_exprs<'a>(parts: &'a [FStringPart], out: &mut Vec<&'a Expr>) {
    for p in parts {
        if let FStringPart::Field(f) = p {
            out.push(&f.expr);
            if let Some(spec) = &f.spec {
                fstring_exprs(spec, out);
            }
        }
    }
}

fn arg_expr(a: &Arg) -> &Expr {
    match a {
        Arg::Positional(x) | Arg::Star(x) | Arg::Keyword(_, x) | Arg::DoubleStar(x) => x,
    }
}

fn all_params(p: &Params) -> impl Iterator<Item = &Param> {
    p.posonly
        .iter()
        .chain(&p.args)
        .chain(&p.vararg)
        .chain(&p.kwonly)
        .chain(&p.kwarg)
}

/// `(elt parts, generators)` of a comprehension expression.
fn comprehension(e: &Expr) -> Option<(Vec<&Expr>, &[Comprehension])> {
    match &e.kind {
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => Some((vec![&**elt], generators)),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => Some((vec![&**key, &**value], generators)),
        _ => None,
    }
}

// ---------------------------------------------------------------- symbol table pass

const PARAM: u8 = 1;
const LOCAL: u8 = 2;
const USE: u8 = 4;
const ANNOT: u8 = 8;
const GLOBAL: u8 = 16;
const NONLOCAL: u8 = 32;

#[derive(Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    Module,
    Function,
    Class,
    Comprehension,
}

struct Scope {
    kind: ScopeKind,
    parent: Option<usize>,
    names: HashMap<String, u8>,
    nonlocals: Vec<Ident>,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            names: HashMap::default(),
            nonlocals: Vec::new(),
        }
    }
}

#[derive(Default)]
struct SymPass {
    scopes: Vec<Scope>,
    cur: usize,
    errors: Vec<SyntaxError>,
}

impl SymPass {
    fn flag(&mut self, name: &str, f: u8) {
        *self.scopes[self.cur]
            .names
            .entry(name.to_string())
            .or_default() |= f;
    }

    fn push_scope(&mut self, kind: ScopeKind) -> usize {
        let saved = self.cur;
        self.scopes.push(Scope::new(kind, Some(saved)));
        self.cur = self.scopes.len() - 1;
        saved
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn declare(&mut self, names: &[Ident], flag: u8, span: Span) {
        let what = if flag == GLOBAL { "global" } else { "nonlocal" };
        for n in names {
            let cur = self.scopes[self.cur]
                .names
                .get(&n.name)
                .copied()
                .unwrap_or(0);
            let msg = if cur & PARAM != 0 {
                Some(format!("name '{}' is parameter and {what}", n.name))
            } else if cur & USE != 0 {
                Some(format!(
                    "name '{}' is used prior to {what} declaration",
                    n.name
                ))
            } else if cur & ANNOT != 0 {
                Some(format!("annotated name '{}' can't be {what}", n.name))
            } else if cur & LOCAL != 0 {
                Some(format!(
                    "name '{}' is assigned to before {what} declaration",
                    n.name
                ))
            } else {
                None
            };
            if let Some(msg) = msg {
                self.errors.push(error(msg, span));
            }
            self.flag(&n.name, flag);
            if flag == NONLOCAL {
                self.scopes[self.cur].nonlocals.push(n.clone());
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|t| self.target(t));
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target);
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let ExprKind::Name(n) = &target.kind {
                    let cur = self.scopes[self.cur].names.get(n).copied().unwrap_or(0);
                    if cur & (GLOBAL | NONLOCAL) != 0 {
                        let what = if cur & GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        self.errors.push(error(
                            format!("annotated name '{n}' can't be {what}"),
                            target.span,
                        ));
                    }
                    self.flag(n, ANNOT | LOCAL);
                } else {
                    self.target(target);
                }
                self.expr(annotation);
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.target(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::FunctionDef(f) => {
                f.decorators.iter().for_each(|d| self.expr(d));
                self.param_defaults(&f.params, true);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.flag(&f.name.name, LOCAL);
                let saved = self.push_scope(ScopeKind::Function);
                self.params(&f.params);
                self.stmts(&f.body);
                self.cur = saved;
            }
            StmtKind::ClassDef(c) => {
                c.decorators.iter().for_each(|d| self.expr(d));
                c.bases.iter().for_each(|a| self.expr(arg_expr(a)));
                self.flag(&c.name.name, LOCAL);
                let saved = self.push_scope(ScopeKind::Class);
                self.stmts(&c.body);
                self.cur = saved;
            }
            StmtKind::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    if let Some(x) = &h.typ {
                        self.expr(x);
                    }
                    if let Some(n) = &h.name {
                        self.flag(&n.name, LOCAL);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                exc.iter().chain(cause).for_each(|x| self.expr(x));
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                msg.iter().for_each(|x| self.expr(x));
            }
            StmtKind::Return(x) => x.iter().for_each(|x| self.expr(x)),
            StmtKind::Del(v) => v.iter().for_each(|t| self.target(t)),
            StmtKind::Global(names) => self.declare(names, GLOBAL, s.span),
            StmtKind::Nonlocal(names) => {
                if self.scopes[self.cur].kind == ScopeKind::Module {
                    self.errors.push(error(
                        "nonlocal declaration not allowed at module level",
                        s.span,
                    ));
                } else {
                    self.declare(names, NONLOCAL, s.span);
                }
            }
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for a in aliases {
                    let name = a.asname.as_ref().or(a.name.parts.first());
                    if let Some(n) = name {
                        self.flag(&n.name, LOCAL);
                    }
                }
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context);
                    if let Some(t) = &it.target {
                        self.target(t);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        }
    }

    fn param_defaults(&mut self, p: &Params, annotations: bool) {
        for param in all_params(p) {
            if let Some(d) = &param.default {
                self.expr(d);
            }
            if let Some(a) = param.annotation.as_ref().filter(|_| annotations) {
                self.expr(a);
            }
        }
    }

    fn params(&mut self, p: &Params) {
        for param in all_params(p) {
            let n = &param.name.name;
            if self.scopes[self.cur]
                .names
                .get(n)
                .is_some_and(|f| f & PARAM != 0)
            {
                self.errors.push(error(
                    format!("duplicate argument '{n}' in function definition"),
                    param.name.span,
                ));
            }
            self.flag(n, PARAM);
        }
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.flag(n, LOCAL),
            ExprKind::Tuple(v) | ExprKind::List(v) => v.iter().for_each(|x| self.target(x)),
            ExprKind::Starred(x) => self.target(x),
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.flag(n, USE),
            ExprKind::Named { target, value } => {
                self.expr(value);
                // A walrus in a comprehension binds in the enclosing scope.
                let saved = self.cur;
                while self.scopes[self.cur].kind == ScopeKind::Comprehension {
                    self.cur = self.scopes[self.cur].parent.unwrap_or(0);
                }
                self.flag(&target.name, LOCAL);
                self.cur = saved;
            }
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params, false);
                let saved = self.push_scope(ScopeKind::Function);
                self.params(params);
                self.expr(body);
                self.cur = saved;
            }
            _ => {
                if let Some((elts, gens)) = comprehension(e) {
                    self.expr(&gens[0].iter);
                    let saved = self.push_scope(ScopeKind::Comprehension);
                    for (i, g) in gens.iter().enumerate() {
                        if i > 0 {
                            self.expr(&g.iter);
                        }
                        self.target(&g.target);
                        g.ifs.iter().for_each(|x| self.expr(x));
                    }
                    elts.into_iter().for_each(|x| self.expr(x));
                    self.cur = saved;
                    return;
                }
                for c in sub_exprs(e) {
                    self.expr(c);
                }
            }
        }
    }

    /// `nonlocal x` needs a binding of `x` in an enclosing function scope.
    fn check_nonlocals(&mut self) {
        for i in 0..self.scopes.len() {
            for n in self.scopes[i].nonlocals.clone() {
                let mut p = self.scopes[i].parent;
                let mut found = false;
                while let Some(j) = p {
                    let s = &self.scopes[j];
                    if s.kind == ScopeKind::Module {
                        break;
                    }
                    let f = s.names.get(&n.name).copied().unwrap_or(0);
                    if s.kind != ScopeKind::Class
                        && f & GLOBAL == 0
                        && f & (LOCAL | PARAM | NONLOCAL) != 0
                    {
                        found = true;
                        break;
                    }
                    p = s.parent;
                }
                if !found {
                    self.errors.push(error(
                        format!("no binding for nonlocal '{}' found", n.name),
                        n.span,
                    ));
                }
            }
        }
    }
}

// ---------------------------------------------------------------- compiler pass

#[derive(Clone, Copy, PartialEq, Eq)]
enum Func {
    Module,
    Class,
    Sync,
    Async,
}

#[derive(Clone, Copy)]
struct Ctx {
    func: Func,
    in_loop: bool,
    /// An `async def` whose body contains `yield`.
    async_gen: bool,
    /// Inside the body of a comprehension of this kind ("list comprehension", ...),
    /// where `yield` is an error.
    comprehension: Option<&'static str>,
}

struct CompilePass {
    options: Options,
    errors: Vec<SyntaxError>,
}

/// True when `body` (not nested scopes) contains `yield`.
fn contains_yield(body: &[Stmt]) -> bool {
    fn expr(e: &Expr) -> bool {
        matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
            || sub_exprs(e).into_iter().any(expr)
    }
    body.iter().any(|s| match &s.kind {
        StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => false,
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            expr(test) || contains_yield(body) || contains_yield(orelse)
        }
        StmtKind::For {
            iter, body, orelse, ..
        } => expr(iter) || contains_yield(body) || contains_yield(orelse),
        StmtKind::Try(t) => {
            contains_yield(&t.body)
                || t.handlers.iter().any(|h| contains_yield(&h.body))
                || contains_yield(&t.orelse)
                || contains_yield(&t.finalbody)
        }
        StmtKind::With { items, body, .. } => {
            items.iter().any(|i| expr(&i.context)) || contains_yield(body)
        }
        StmtKind::Expr(e) | StmtKind::Return(Some(e)) => expr(e),
        StmtKind::Assign { value, .. } | StmtKind::AugAssign { value, .. } => expr(value),
        StmtKind::AnnAssign { value: Some(v), .. } => expr(v),
        _ => false,
    })
}

impl CompilePass {
    fn err(&mut self, msg: impl Into<String>, span: Span) {
        self.errors.push(error(msg, span));
    }

    /// Whether `await`-like constructs are allowed here.
    fn async_ok(&self, ctx: Ctx) -> bool {
        ctx.func == Func::Async || (ctx.func == Func::Module && self.options.allow_top_level_await)
    }

    fn stmts(&mut self, body: &[Stmt], ctx: Ctx) {
        for s in body {
            self.stmt(s, ctx);
        }
    }

    fn no_star(&mut self, e: &Expr) {
        if matches!(e.kind, ExprKind::Starred(_)) {
            self.err("can't use starred expression here", e.span);
        }
    }

    fn stmt(&mut self, s: &Stmt, ctx: Ctx) {
        let loop_ctx = Ctx {
            in_loop: true,
            ..ctx
        };
        match &s.kind {
            StmtKind::Expr(e) => {
                self.no_star(e);
                self.expr(e, ctx);
            }
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|t| self.expr(t, ctx));
                self.no_star(value);
                self.expr(value, ctx);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target, ctx);
                self.no_star(value);
                self.expr(value, ctx);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                self.expr(target, ctx);
                self.expr(annotation, ctx);
                if let Some(v) = value {
                    self.no_star(v);
                    self.expr(v, ctx);
                }
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test, ctx);
                self.stmts(body, ctx);
                self.stmts(orelse, ctx);
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test, ctx);
                self.stmts(body, loop_ctx);
                self.stmts(orelse, ctx);
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async && !self.async_ok(ctx) {
                    self.err("'async for' outside async function", s.span);
                }
                self.expr(target, ctx);
                self.expr(iter, ctx);
                self.stmts(body, loop_ctx);
                self.stmts(orelse, ctx);
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async && !self.async_ok(ctx) {
                    self.err("'async with' outside async function", s.span);
                }
                for it in items {
                    self.expr(&it.context, ctx);
                    if let Some(t) = &it.target {
                        self.expr(t, ctx);
                    }
                }
                self.stmts(body, ctx);
            }
            StmtKind::Break if !ctx.in_loop => self.err("'break' outside loop", s.span),
            StmtKind::Continue if !ctx.in_loop => {
                self.err("'continue' not properly in loop", s.span)
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Return(value) => {
                if matches!(ctx.func, Func::Module | Func::Class) {
                    self.err("'return' outside function", s.span);
                } else if ctx.async_gen && value.is_some() {
                    self.err("'return' with value in async generator", s.span);
                }
                if let Some(v) = value {
                    self.no_star(v);
                    self.expr(v, ctx);
                }
            }
            StmtKind::FunctionDef(f) => {
                f.decorators.iter().for_each(|d| self.expr(d, ctx));
                for p in all_params(&f.params) {
                    p.default
                        .iter()
                        .chain(&p.annotation)
                        .for_each(|x| self.expr(x, ctx));
                }
                if let Some(r) = &f.returns {
                    self.expr(r, ctx);
                }
                let inner = Ctx {
                    func: if f.is_async { Func::Async } else { Func::Sync },
                    in_loop: false,
                    async_gen: f.is_async && contains_yield(&f.body),
                    comprehension: None,
                };
                self.stmts(&f.body, inner);
            }
            StmtKind::ClassDef(c) => {
                c.decorators.iter().for_each(|d| self.expr(d, ctx));
                c.bases.iter().for_each(|a| self.expr(arg_expr(a), ctx));
                let inner = Ctx {
                    func: Func::Class,
                    in_loop: false,
                    async_gen: false,
                    comprehension: None,
                };
                self.stmts(&c.body, inner);
            }
            StmtKind::Try(t) => {
                self.stmts(&t.body, ctx);
                for h in &t.handlers {
                    if let Some(x) = &h.typ {
                        self.expr(x, ctx);
                    }
                    self.stmts(&h.body, ctx);
                }
                self.stmts(&t.orelse, ctx);
                self.stmts(&t.finalbody, ctx);
            }
            StmtKind::Raise { exc, cause } => {
                exc.iter().chain(cause).for_each(|x| self.expr(x, ctx));
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test, ctx);
                msg.iter().for_each(|x| self.expr(x, ctx));
            }
            StmtKind::Del(v) => v.iter().for_each(|x| self.expr(x, ctx)),
            StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Import(_)
            | StmtKind::ImportFrom { .. } => {}
        }
    }

    fn expr(&mut self, e: &Expr, ctx: Ctx) {
        match &e.kind {
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) if ctx.comprehension.is_some() => {
                let kind = ctx.comprehension.unwrap_or_default();
                self.err(format!("'yield' inside {kind}"), e.span);
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_)
                if matches!(ctx.func, Func::Module | Func::Class) =>
            {
                self.err("'yield' outside function", e.span);
            }
            ExprKind::YieldFrom(_) if matches!(ctx.func, Func::Async) => {
                self.err("'yield from' inside async function", e.span);
            }
            ExprKind::Await(_) if !self.async_ok(ctx) => {
                let msg = if matches!(ctx.func, Func::Module | Func::Class) {
                    "'await' outside function"
                } else {
                    "'await' outside async function"
                };
                self.err(msg, e.span);
            }
            ExprKind::Bytes(_) => self.err("bytes literals are not supported by coropy", e.span),
            ExprKind::Imaginary(_) => {
                self.err("complex numbers are not supported by coropy", e.span)
            }
            ExprKind::Lambda { params, body } => {
                for p in all_params(params) {
                    p.default.iter().for_each(|x| self.expr(x, ctx));
                }
                let inner = Ctx {
                    func: Func::Sync,
                    in_loop: false,
                    async_gen: false,
                    comprehension: None,
                };
                self.expr(body, inner);
                return;
            }
            _ => {}
        }
        if let Some((elts, gens)) = comprehension(e) {
            let is_genexp = matches!(e.kind, ExprKind::GeneratorExp { .. });
            let has_async = gens.iter().any(|g| g.is_async);
            if has_async && !is_genexp && !self.async_ok(ctx) {
                self.err(
                    "asynchronous comprehension outside of an asynchronous function",
                    e.span,
                );
                return;
            }
            // A generator expression may hold `async for`/`await` anywhere.
            let mut inner = if is_genexp && has_async {
                Ctx {
                    func: Func::Async,
                    ..ctx
                }
            } else {
                ctx
            };
            inner.comprehension = Some(match e.kind {
                ExprKind::ListComp { .. } => "list comprehension",
                ExprKind::SetComp { .. } => "set comprehension",
                ExprKind::DictComp { .. } => "dict comprehension",
                _ => "generator expression",
            });
            for (i, g) in gens.iter().enumerate() {
                // The first iterable is evaluated in the enclosing scope.
                self.expr(&g.iter, if i == 0 { ctx } else { inner });
                self.expr(&g.target, inner);
                g.ifs.iter().for_each(|x| self.expr(x, inner));
            }
            elts.into_iter().for_each(|x| self.expr(x, inner));
            return;
        }
        for c in sub_exprs(e) {
            self.expr(c, ctx);
        }
    }
}
