//! Lowering of statements to flat instructions: loops and conditionals become jumps,
//! and `finally`/`with` cleanup is emitted inline at every exit (`break`, `continue`,
//! `return`); `try`/`with` themselves (handlers, exception paths) are in `lower_try.rs`.

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

use super::BuiltinLookup;
use super::code::*;
use super::scope::{ScopeKind, Scopes, Sym};
use crate::runtime::object::Globals;
use crate::runtime::value::{Name, Value};
use crate::syntax::ast::{self, ExprKind, Span, Stmt, StmtKind};

/// Shared state of one module's compilation.
pub(super) struct Ctx<'a> {
    pub scopes: &'a Scopes,
    pub source: Rc<Source>,
    pub globals: &'a Globals,
    pub builtins: BuiltinLookup<'a>,
    /// `from __future__ import annotations`: annotations are kept as source text.
    pub future_annotations: bool,
}

/// What must happen when control leaves a block early.
pub(super) enum Block<'a> {
    Loop {
        continue_to: u32,
        breaks: Vec<usize>,
    },
    /// A `PushHandler` is active.
    Handler,
    /// A `finally` body to run on the way out.
    Finally(&'a [Stmt]),
    /// An exception is being handled (`except` body or `finally` on the exception
    /// path); the name bound by `except ... as name` is unbound on the way out.
    HandlingExc(Option<Target>),
    /// A `with` block: pop its handler and call `__exit__(None, None, None)`.
    With {
        exit: u32,
        is_async: bool,
        /// The `with` statement: its exit calls are reported at its line (as CPython).
        span: Span,
    },
}

/// Builds one `FuncCode`.
pub(super) struct FnBuilder<'a, 'c> {
    pub ctx: &'c Ctx<'a>,
    pub scope: usize,
    pub kind: CodeKind,
    pub qualname: String,
    pub instrs: Vec<Instr>,
    pub spans: Vec<Span>,
    pub span: Span,
    /// Where the code object starts (`co_firstlineno`): the `def`/`class` line, or the
    /// first decorator's.
    pub def_span: Span,
    pub slots: HashMap<String, u32>,
    pub slot_names: Vec<Name>,
    pub cells: HashMap<String, u32>,
    pub blocks: Vec<Block<'a>>,
}

pub(super) fn compile_module(
    module: &ast::Module,
    scopes: &Scopes,
    source: Rc<Source>,
    globals: &Globals,
    builtins: BuiltinLookup,
) -> Rc<FuncCode> {
    let ctx = Ctx {
        scopes,
        source,
        globals,
        builtins,
        future_annotations: has_future_annotations(&module.body),
    };
    let mut b = FnBuilder::new(&ctx, 0, CodeKind::Module, "<module>".into(), &[]);
    b.span = Span::new(0, 0);
    b.setup_annotations(&module.body);
    b.stmts(&module.body);
    b.emit(Instr::Return(Expr::Const(Value::None)));
    Rc::new(b.finish("<module>", ParamSpec::default(), None))
}

impl<'a, 'c> FnBuilder<'a, 'c> {
    pub fn new(
        ctx: &'c Ctx<'a>,
        scope: usize,
        kind: CodeKind,
        qualname: String,
        params: &[String],
    ) -> Self {
        let mut b = FnBuilder {
            ctx,
            scope,
            kind,
            qualname,
            instrs: Vec::new(),
            spans: Vec::new(),
            span: Span::default(),
            def_span: Span::default(),
            slots: HashMap::default(),
            slot_names: Vec::new(),
            cells: HashMap::default(),
            blocks: Vec::new(),
        };
        for p in params {
            b.new_slot(p);
        }
        let s = ctx.scopes.get(scope);
        for (i, n) in s.cellvars.iter().chain(s.freevars.iter()).enumerate() {
            b.cells.insert(n.clone(), i as u32);
        }
        if s.kind != ScopeKind::Class && s.kind != ScopeKind::Module {
            for n in &s.bound {
                if s.sym(n) == Sym::Local && !b.slots.contains_key(n) {
                    b.new_slot(n);
                }
            }
        }
        b
    }

    fn new_slot(&mut self, name: &str) -> u32 {
        let i = self.slot_names.len() as u32;
        self.slot_names.push(Name::from(name));
        self.slots.insert(name.to_string(), i);
        i
    }

    /// A fresh temporary slot.
    pub fn temp(&mut self) -> u32 {
        let i = self.slot_names.len() as u32;
        self.slot_names.push(Name::from(format!("${i}").as_str()));
        i
    }

    pub fn emit(&mut self, i: Instr) -> usize {
        self.instrs.push(i);
        self.spans.push(self.span);
        self.instrs.len() - 1
    }

    pub fn here(&self) -> u32 {
        self.instrs.len() as u32
    }

    /// Point the jump at `at` to the current position.
    pub fn patch(&mut self, at: usize) {
        let here = self.here();
        match &mut self.instrs[at] {
            Instr::Jump(t)
            | Instr::JumpIfFalse(_, t)
            | Instr::JumpIfTrue(_, t)
            | Instr::PushHandler(t)
            | Instr::ForIter { exit: t, .. }
            | Instr::ExceptMatch { no_match: t, .. } => *t = here,
            _ => unreachable!("patching a non-jump"),
        }
    }

    pub fn finish(mut self, name: &str, params: ParamSpec, docstring: Option<Value>) -> FuncCode {
        super::peephole::optimize(&mut self.instrs);
        let s = self.ctx.scopes.get(self.scope);
        let cell_names: Vec<Name> = s
            .cellvars
            .iter()
            .chain(s.freevars.iter())
            .map(|n| Name::from(n.as_str()))
            .collect();
        let cell_params = params
            .args
            .iter()
            .chain(&params.vararg)
            .chain(&params.kwonly)
            .chain(&params.kwarg)
            .enumerate()
            .filter_map(|(slot, n)| s.cellvars.get_index_of(&**n).map(|cell| (slot, cell)))
            .collect();
        let simple = matches!(self.kind, CodeKind::Function | CodeKind::Coroutine)
            && params.vararg.is_none()
            && params.kwonly.is_empty()
            && params.kwarg.is_none()
            && s.cellvars.is_empty()
            && s.freevars.is_empty();
        FuncCode {
            name: Name::from(name),
            qualname: Name::from(self.qualname.as_str()),
            kind: self.kind,
            source: self.ctx.source.clone(),
            span: self.def_span,
            params,
            nslots: self.slot_names.len(),
            slot_names: self.slot_names,
            cell_names,
            ncellvars: s.cellvars.len(),
            cell_params,
            instrs: self.instrs,
            spans: self.spans,
            simple,
            docstring,
        }
    }

    /// Is this code a generator or coroutine (so suspensions are lifted)?
    pub fn can_suspend(&self) -> bool {
        matches!(
            self.kind,
            CodeKind::Generator | CodeKind::Coroutine | CodeKind::AsyncGenerator | CodeKind::Module
        )
    }

    // ---- names ----

    pub fn name_target(&mut self, name: &str) -> Target {
        match self.ctx.scopes.get(self.scope).sym(name) {
            Sym::Local => Target::Local(self.local_slot(name)),
            Sym::Cell | Sym::Free => Target::Cell(self.cells[name]),
            Sym::Global => Target::Global(self.ctx.globals.slot(name)),
            Sym::ClassLocal | Sym::ClassGlobal => Target::ClassName(Name::from(name)),
        }
    }

    fn local_slot(&mut self, name: &str) -> u32 {
        match self.slots.get(name) {
            Some(&s) => s,
            None => self.new_slot(name),
        }
    }

    pub fn global_expr(&self, name: &str) -> Expr {
        Expr::Global(
            self.ctx.globals.slot(name),
            Box::new(GlobalName {
                name: Name::from(name),
                builtin: (self.ctx.builtins)(name),
            }),
        )
    }

    pub fn name_expr(&mut self, name: &str) -> Expr {
        match self.ctx.scopes.get(self.scope).sym(name) {
            Sym::Local => Expr::Local(self.local_slot(name)),
            Sym::Cell | Sym::Free => Expr::Cell(self.cells[name]),
            Sym::Global => self.global_expr(name),
            Sym::ClassLocal | Sym::ClassGlobal => {
                let fallback = match self.cells.get(name) {
                    Some(&c) => Expr::Cell(c),
                    None => self.global_expr(name),
                };
                Expr::ClassName(Name::from(name), Box::new(fallback))
            }
        }
    }

    /// CPython's SETUP_ANNOTATIONS: a module or class body holding an annotated name
    /// (outside nested functions and classes) starts with `__annotations__ = {}`.
    pub fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotations(body) {
            let tg = self.name_target("__annotations__");
            self.emit(Instr::Assign(tg, Expr::Dict(Vec::new())));
        }
    }

    // ---- statements ----

    pub fn stmts(&mut self, body: &'a [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        self.span = s.span;
        match &s.kind {
            StmtKind::Expr(e) => {
                if let ExprKind::Await(a) = &e.kind {
                    let v = self.expr(a);
                    if super::lower_expr::fusable_await_call(&v) {
                        self.emit(Instr::AwaitCall { call: v, dst: None });
                    } else {
                        self.emit(Instr::AwaitValue(v));
                    }
                } else {
                    let v = self.expr(e);
                    self.emit(Instr::Expr(v));
                }
            }
            StmtKind::Assign { targets, value } => {
                let needs_spill = targets.len() > 1 || targets.iter().any(|t| self.suspends(t));
                let v = self.expr(value);
                if needs_spill {
                    let t = self.temp();
                    self.emit(Instr::Assign(Target::Local(t), v));
                    for target in targets {
                        let tg = self.target(target);
                        self.emit(Instr::Assign(tg, Expr::Local(t)));
                    }
                    self.emit(Instr::Clear(t));
                } else {
                    let tg = self.target(&targets[0]);
                    self.emit(Instr::Assign(tg, v));
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                let load = match &target.kind {
                    ExprKind::Name(n) => Some(self.name_expr(n)),
                    _ => None,
                };
                let tg = self.target(target);
                let v = self.expr(value);
                self.emit(Instr::AugAssign {
                    target: tg,
                    load,
                    op: *op,
                    value: v,
                });
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(value) = value {
                    let v = self.expr(value);
                    let tg = self.target(target);
                    self.emit(Instr::Assign(tg, v));
                }
                // As CPython: module and class bodies evaluate the annotation and record
                // it for a plain name; functions evaluate nothing.
                if matches!(self.kind, CodeKind::Module | CodeKind::ClassBody) {
                    let ann = if self.ctx.future_annotations {
                        // PEP 563: the annotation's source text (CPython unparses the
                        // expression; coropy keeps it as written).
                        let sp = annotation.span;
                        let text = &self.ctx.source.text[sp.start as usize..sp.end as usize];
                        Expr::Const(Value::str(text))
                    } else {
                        self.expr(annotation)
                    };
                    if let ExprKind::Name(n) = &target.kind {
                        let dict = self.name_expr("__annotations__");
                        let key = Expr::Const(Value::str(n.as_str()));
                        self.emit(Instr::Assign(Target::Subscript(dict, key), ann));
                    } else {
                        self.emit(Instr::Expr(ann));
                    }
                }
            }
            StmtKind::If { test, body, orelse } => {
                let t = self.expr(test);
                let jf = self.emit(Instr::JumpIfFalse(t, 0));
                self.stmts(body);
                if orelse.is_empty() {
                    self.patch(jf);
                } else {
                    let j = self.emit(Instr::Jump(0));
                    self.patch(jf);
                    self.stmts(orelse);
                    self.patch(j);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let top = self.here();
                let t = self.expr(test);
                let jf = self.emit(Instr::JumpIfFalse(t, 0));
                let breaks = self.loop_body(top, body);
                self.patch(jf);
                self.stmts(orelse);
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => self.for_loop(*is_async, target, iter, body, orelse),
            StmtKind::Break => self.jump_out(true),
            StmtKind::Continue => self.jump_out(false),
            StmtKind::Pass => {}
            StmtKind::Return(v) => {
                let v = match v {
                    Some(v) => self.expr(v),
                    None => Expr::Const(Value::None),
                };
                if self.blocks.iter().any(|b| !matches!(b, Block::Loop { .. })) {
                    let t = self.temp();
                    self.emit(Instr::Assign(Target::Local(t), v));
                    self.unwind(0);
                    self.emit(Instr::Return(Expr::Local(t)));
                } else {
                    self.emit(Instr::Return(v));
                }
            }
            StmtKind::FunctionDef(f) => {
                let decorators: Vec<Expr> = f.decorators.iter().map(|d| self.expr(d)).collect();
                let mut value = self.function_def(f);
                for d in decorators.into_iter().rev() {
                    value = Expr::Call(Box::new(d), vec![CallArg::Pos(value)]);
                }
                self.span = s.span;
                let tg = self.name_target(&f.name.name);
                self.emit(Instr::Assign(tg, value));
            }
            StmtKind::ClassDef(c) => {
                let decorators: Vec<Expr> = c.decorators.iter().map(|d| self.expr(d)).collect();
                let mut value = self.class_def(c);
                for d in decorators.into_iter().rev() {
                    value = Expr::Call(Box::new(d), vec![CallArg::Pos(value)]);
                }
                self.span = s.span;
                let tg = self.name_target(&c.name.name);
                self.emit(Instr::Assign(tg, value));
            }
            StmtKind::Try(t) => self.try_stmt(t),
            StmtKind::Raise { exc, cause } => {
                let exc = exc.as_ref().map(|e| self.expr(e));
                let cause = cause.as_ref().map(|e| self.expr(e));
                self.emit(Instr::Raise { exc, cause });
            }
            StmtKind::Assert { test, msg } => {
                let test = self.expr(test);
                let msg = msg.as_ref().map(|m| self.expr(m));
                self.emit(Instr::Assert { test, msg });
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    let tg = self.target(t);
                    self.emit(Instr::Delete(tg));
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let (target, bind_leaf) = match &a.asname {
                        Some(n) => (self.name_target(&n.name), true),
                        None => (self.name_target(&a.name.parts[0].name), false),
                    };
                    self.emit(Instr::Import {
                        module: Name::from(a.name.dotted().as_str()),
                        target,
                        bind_leaf,
                    });
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let names = names
                    .iter()
                    .map(|a| {
                        let bound = a.asname.as_ref().unwrap_or(&a.name.parts[0]);
                        (
                            Name::from(a.name.parts[0].name.as_str()),
                            self.name_target(&bound.name),
                        )
                    })
                    .collect();
                let module = module.as_ref().map(|m| m.dotted()).unwrap_or_default();
                self.emit(Instr::ImportFrom {
                    module: Name::from(module.as_str()),
                    level: *level,
                    names,
                });
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => self.with_stmt(*is_async, items, body),
        }
    }

    /// `break` (`is_break`) or `continue`: run the cleanup of every block up to the
    /// innermost loop, then jump.
    fn jump_out(&mut self, is_break: bool) {
        let Some(loop_i) = self
            .blocks
            .iter()
            .rposition(|b| matches!(b, Block::Loop { .. }))
        else {
            unreachable!("validated: break/continue inside a loop")
        };
        self.unwind(loop_i + 1);
        match &self.blocks[loop_i] {
            Block::Loop { continue_to, .. } if !is_break => {
                let to = *continue_to;
                self.emit(Instr::Jump(to));
            }
            _ => {
                let j = self.emit(Instr::Jump(0));
                if let Block::Loop { breaks, .. } = &mut self.blocks[loop_i] {
                    breaks.push(j);
                }
            }
        }
    }

    /// Emit the cleanup of blocks `downto..` (innermost first), as a jump out of them.
    pub fn unwind(&mut self, downto: usize) {
        let mut i = self.blocks.len();
        while i > downto {
            i -= 1;
            match &self.blocks[i] {
                Block::Loop { .. } => {}
                Block::Handler => {
                    self.emit(Instr::PopHandler);
                }
                Block::HandlingExc(name) => {
                    let name = name.clone();
                    self.emit(Instr::PopExc);
                    if let Some(t) = name {
                        self.emit(Instr::Delete(t));
                    }
                }
                Block::With {
                    exit,
                    is_async,
                    span,
                } => {
                    let (exit, is_async, span) = (*exit, *is_async, *span);
                    let saved = std::mem::replace(&mut self.span, span);
                    self.emit(Instr::PopHandler);
                    self.call_exit_none(exit, is_async);
                    self.span = saved;
                }
                Block::Finally(body) => {
                    let body: &'a [Stmt] = body;
                    // The finally body runs in the context outside the try.
                    let saved = self.blocks.split_off(i);
                    let span = self.span;
                    self.stmts(body);
                    self.span = span;
                    self.blocks.extend(saved);
                }
            }
        }
    }

    /// A loop's body, with `continue` jumping to `top` and `break`s collected, then
    /// the jump back to `top`. Returns the `break` jumps to patch after the loop.
    fn loop_body(&mut self, top: u32, body: &'a [Stmt]) -> Vec<usize> {
        self.blocks.push(Block::Loop {
            continue_to: top,
            breaks: Vec::new(),
        });
        self.stmts(body);
        self.emit(Instr::Jump(top));
        let Some(Block::Loop { breaks, .. }) = self.blocks.pop() else {
            unreachable!("the loop block pushed above")
        };
        breaks
    }

    fn for_loop(
        &mut self,
        is_async: bool,
        target: &'a ast::Expr,
        iter: &'a ast::Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) {
        let it = self.temp();
        let iter_v = self.expr(iter);
        if is_async {
            self.emit(Instr::Assign(Target::Local(it), iter_of(iter_v, true)));
            // The async iterator is released as soon as the loop is left — by
            // exhaustion, `break` or an exception — as CPython pops it: an async
            // generator dropped there gets its `aclose()` scheduled at that moment.
            let guard = self.emit(Instr::PushHandler(0));
            self.blocks.push(Block::Handler);
            let top = self.here();
            let (h, t) = self.async_next(it);
            let tg = self.target(target);
            self.emit(Instr::Assign(tg, Expr::Local(t)));
            let breaks = self.loop_body(top, body);
            let to_else = self.async_stop(h);
            self.blocks.pop();
            self.patch(to_else);
            self.emit(Instr::PopHandler);
            self.emit(Instr::Clear(it));
            self.stmts(orelse);
            let done = self.emit(Instr::Jump(0));
            self.patch(guard);
            self.emit(Instr::Clear(it));
            self.emit(Instr::Reraise);
            for b in breaks {
                self.patch(b);
            }
            self.emit(Instr::PopHandler);
            self.emit(Instr::Clear(it));
            self.patch(done);
            return;
        }
        self.emit(Instr::Assign(
            Target::Local(it),
            Expr::Iter(Box::new(iter_v)),
        ));
        let top = self.here();
        let tg = self.target(target);
        let fi = self.emit(Instr::ForIter {
            iter: it,
            target: tg,
            exit: 0,
        });
        let breaks = self.loop_body(top, body);
        self.patch(fi);
        self.stmts(orelse);
        for b in breaks {
            self.patch(b);
        }
        // Release the iterator once the loop is left (by break or exhaustion).
        self.emit(Instr::Clear(it));
    }
}

/// Does `body` contain an annotated plain name, looking into compound statements but
/// not into nested functions or classes?
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { target, .. } => matches!(target.kind, ExprKind::Name(_)),
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try(t) => {
            has_annotations(&t.body)
                || t.handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
        }
        _ => false,
    })
}

/// Does the module start (after its docstring) with `from __future__ import
/// annotations`?
fn has_future_annotations(body: &[Stmt]) -> bool {
    let mut stmts = body.iter().peekable();
    if let Some(s) = stmts.peek()
        && let StmtKind::Expr(e) = &s.kind
        && matches!(e.kind, ExprKind::Str(_))
    {
        stmts.next();
    }
    for s in stmts {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m.dotted() == "__future__" => {
                if names.iter().any(|a| a.name.dotted() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// The iterator a `for` (or comprehension) loop takes from `v`: `iter(v)`, or
/// `v.__aiter__()` for an async loop.
pub(super) fn iter_of(v: Expr, is_async: bool) -> Expr {
    if is_async {
        Expr::Call(
            Box::new(Expr::Special(
                Box::new(v),
                Name::from("__aiter__"),
                "async for",
            )),
            vec![],
        )
    } else {
        Expr::Iter(Box::new(v))
    }
}
