//! Lowering of the code objects an expression or statement creates: functions and
//! their closures, classes, and comprehensions (each a nested `FuncCode`).

use std::rc::Rc;

use super::code::*;
use super::lower::FnBuilder;
use super::lower_expr::{comp_is_async, is_genexp, param_spec};
use super::scope::ScopeKind;
use crate::runtime::value::{Name, Value};
use crate::syntax::ast::{self, Arg, ExprKind};

impl<'a, 'c> FnBuilder<'a, 'c> {
    pub fn child_qualname(&self, name: &str) -> String {
        let s = self.ctx.scopes.get(self.scope);
        match s.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", self.qualname, name),
            _ => format!("{}.<locals>.{}", self.qualname, name),
        }
    }

    fn closure_of(&self, scope: usize) -> Vec<CellIndex> {
        self.ctx
            .scopes
            .get(scope)
            .freevars
            .iter()
            .map(|n| self.cells[n.as_str()])
            .collect()
    }

    pub(super) fn make_function(
        &mut self,
        code: FuncCode,
        params: &'a ast::Params,
        returns: Option<&'a ast::Expr>,
    ) -> MakeFunction {
        let scope_closure = {
            // The scope of this code is found through its cell names.
            code.cell_names[code.ncellvars..]
                .iter()
                .map(|n| self.cells[&**n])
                .collect()
        };
        let defaults = params
            .posonly
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_ref())
            .map(|d| self.expr(d))
            .collect();
        let kwdefaults = params
            .kwonly
            .iter()
            .map(|p| p.default.as_ref().map(|d| self.expr(d)))
            .collect();
        let annotated = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.vararg)
            .chain(&params.kwonly)
            .chain(&params.kwarg)
            .filter_map(|p| p.annotation.as_ref().map(|a| (p.name.name.as_str(), a)))
            .chain(returns.map(|r| ("return", r)));
        let mut annotations = Vec::new();
        for (name, ann) in annotated {
            let v = if self.ctx.future_annotations {
                let sp = ann.span;
                Expr::Const(Value::str(
                    &self.ctx.source.text[sp.start as usize..sp.end as usize],
                ))
            } else {
                self.expr(ann)
            };
            annotations.push((Name::from(name), v));
        }
        MakeFunction {
            code: Rc::new(code),
            defaults,
            kwdefaults,
            closure: scope_closure,
            annotations,
        }
    }

    pub fn function_def(&mut self, f: &'a ast::FunctionDef) -> Expr {
        let scope_i = self.ctx.scopes.of_node(f);
        let scope = self.ctx.scopes.get(scope_i);
        let kind = match (f.is_async, scope.is_generator) {
            (false, false) => CodeKind::Function,
            (false, true) => CodeKind::Generator,
            (true, false) => CodeKind::Coroutine,
            (true, true) => CodeKind::AsyncGenerator,
        };
        let qual = self.child_qualname(&f.name.name);
        let mut fb = FnBuilder::new(self.ctx, scope_i, kind, qual, &scope.params);
        fb.span = f.name.span;
        fb.def_span = f.decorators.first().map_or(f.name.span, |d| d.span);
        let docstring = docstring(&f.body);
        fb.stmts(&f.body);
        fb.emit(Instr::Return(Expr::Const(Value::None)));
        let code = fb.finish(&f.name.name, param_spec(&f.params), docstring);
        Expr::Function(Box::new(self.make_function(
            code,
            &f.params,
            f.returns.as_ref(),
        )))
    }

    pub fn class_def(&mut self, c: &'a ast::ClassDef) -> Expr {
        let scope_i = self.ctx.scopes.of_node(c);
        let qual = self.child_qualname(&c.name.name);
        let mut fb = FnBuilder::new(self.ctx, scope_i, CodeKind::ClassBody, qual.clone(), &[]);
        fb.span = c.name.span;
        fb.def_span = c.decorators.first().map_or(c.name.span, |d| d.span);
        let doc = docstring(&c.body);
        fb.setup_annotations(&c.body);
        if let Some(d) = &doc {
            fb.emit(Instr::Assign(
                Target::ClassName(Name::from("__doc__")),
                Expr::Const(d.clone()),
            ));
        }
        fb.stmts(&c.body);
        let class_cell = fb
            .cells
            .get("__class__")
            .copied()
            .filter(|_| self.ctx.scopes.get(scope_i).needs_class_cell);
        fb.emit(Instr::Return(Expr::Const(Value::None)));
        let code = fb.finish(&c.name.name, ParamSpec::default(), doc);
        let closure = self.closure_of(scope_i);
        let bases = c
            .bases
            .iter()
            .map(|a| match a {
                Arg::Positional(e) => CallArg::Pos(self.expr(e)),
                Arg::Star(e) => CallArg::Star(self.expr(e)),
                Arg::Keyword(k, e) => CallArg::Kw(Name::from(k.name.as_str()), self.expr(e)),
                Arg::DoubleStar(e) => CallArg::StarStar(self.expr(e)),
            })
            .collect();
        Expr::Class(Box::new(MakeClass {
            name: Name::from(c.name.name.as_str()),
            qualname: Name::from(qual.as_str()),
            body: MakeFunction {
                code: Rc::new(code),
                defaults: vec![],
                kwdefaults: vec![],
                closure,
                annotations: vec![],
            },
            bases,
            class_cell,
        }))
    }

    pub(super) fn comprehension(&mut self, e: &'a ast::Expr) -> Expr {
        let (generators, name) = match &e.kind {
            ExprKind::ListComp { generators, .. } => (generators, "<listcomp>"),
            ExprKind::SetComp { generators, .. } => (generators, "<setcomp>"),
            ExprKind::DictComp { generators, .. } => (generators, "<dictcomp>"),
            ExprKind::GeneratorExp { generators, .. } => (generators, "<genexpr>"),
            _ => unreachable!(),
        };
        let is_async = comp_is_async(e);
        let is_gen = is_genexp(e);
        let kind = match (is_gen, is_async) {
            (true, false) => CodeKind::Generator,
            (true, true) => CodeKind::AsyncGenerator,
            (false, false) => CodeKind::Function,
            (false, true) => CodeKind::Coroutine,
        };
        let scope_i = self.ctx.scopes.of_node(e);
        let qual = self.child_qualname(name);
        let mut fb = FnBuilder::new(self.ctx, scope_i, kind, qual, &[".0".to_string()]);
        fb.span = e.span;
        fb.def_span = e.span;
        let result = if is_gen { None } else { Some(fb.temp()) };
        if let Some(r) = result {
            let init = match &e.kind {
                ExprKind::ListComp { .. } => Expr::List(vec![]),
                ExprKind::SetComp { .. } => Expr::Set(vec![]),
                _ => Expr::Dict(vec![]),
            };
            fb.emit(Instr::Assign(Target::Local(r), init));
        }
        fb.comp_loops(e, generators, 0, result);
        let ret = match result {
            Some(r) => Expr::Local(r),
            None => Expr::Const(Value::None),
        };
        fb.emit(Instr::Return(ret));
        let params = ParamSpec {
            posonly: 1,
            args: vec![Name::from(".0")],
            ..ParamSpec::default()
        };
        let code = fb.finish(name, params, None);
        let closure = self.closure_of(scope_i);
        let first = self.expr(&generators[0].iter);
        let iter_arg = super::lower::iter_of(first, generators[0].is_async);
        let call = Expr::Call(
            Box::new(Expr::Function(Box::new(MakeFunction {
                code: Rc::new(code),
                defaults: vec![],
                kwdefaults: vec![],
                closure,
                annotations: vec![],
            }))),
            vec![CallArg::Pos(iter_arg)],
        );
        if is_async && !is_gen {
            let t = self.temp();
            self.emit(Instr::Assign(Target::Local(t), call));
            self.emit(Instr::Await {
                src: t,
                dst: Some(t),
            });
            Expr::Local(t)
        } else {
            call
        }
    }

    /// The nested loops of a comprehension body, generator `i` onwards.
    fn comp_loops(
        &mut self,
        e: &'a ast::Expr,
        gens: &'a [ast::Comprehension],
        i: usize,
        result: Option<u32>,
    ) {
        let Some(g) = gens.get(i) else {
            self.comp_element(e, result);
            return;
        };
        let it = if i == 0 {
            0
        } else {
            let t = self.temp();
            let v = self.expr(&g.iter);
            let v = super::lower::iter_of(v, g.is_async);
            self.emit(Instr::Assign(Target::Local(t), v));
            t
        };
        if g.is_async {
            self.async_comp_loop(e, gens, i, result, it);
            return;
        }
        let top = self.here();
        let tg = self.target(&g.target);
        let fi = self.emit(Instr::ForIter {
            iter: it,
            target: tg,
            exit: 0,
        });
        for cond in &g.ifs {
            let c = self.expr(cond);
            self.emit(Instr::JumpIfFalse(c, top));
        }
        self.comp_loops(e, gens, i + 1, result);
        self.emit(Instr::Jump(top));
        self.patch(fi);
    }

    fn async_comp_loop(
        &mut self,
        e: &'a ast::Expr,
        gens: &'a [ast::Comprehension],
        i: usize,
        result: Option<u32>,
        it: u32,
    ) {
        let g = &gens[i];
        let top = self.here();
        let (h, t) = self.async_next(it);
        let tg = self.target(&g.target);
        self.emit(Instr::Assign(tg, Expr::Local(t)));
        for cond in &g.ifs {
            let c = self.expr(cond);
            self.emit(Instr::JumpIfFalse(c, top));
        }
        self.comp_loops(e, gens, i + 1, result);
        self.emit(Instr::Jump(top));
        let out = self.async_stop(h);
        self.patch(out);
    }

    /// `await it.__anext__()` into a fresh temporary, inside a handler for
    /// StopAsyncIteration: returns (the handler's `PushHandler`, the temporary).
    pub fn async_next(&mut self, it: u32) -> (usize, u32) {
        let h = self.emit(Instr::PushHandler(0));
        let t = self.temp();
        let anext = Expr::Special(Box::new(Expr::Local(it)), Name::from("__anext__"), "");
        self.emit(Instr::Assign(
            Target::Local(t),
            Expr::Call(Box::new(anext), vec![]),
        ));
        self.emit(Instr::Await {
            src: t,
            dst: Some(t),
        });
        self.emit(Instr::PopHandler);
        (h, t)
    }

    /// The handler of `async_next`: StopAsyncIteration ends the loop (returns the jump
    /// to patch to the loop's exit), anything else propagates.
    pub fn async_stop(&mut self, h: usize) -> usize {
        self.patch(h);
        let stop = self.global_expr("StopAsyncIteration");
        let m = self.emit(Instr::ExceptMatch {
            typ: stop,
            no_match: 0,
        });
        self.emit(Instr::PopExc);
        let out = self.emit(Instr::Jump(0));
        self.patch(m);
        self.emit(Instr::Reraise);
        out
    }

    fn comp_element(&mut self, e: &'a ast::Expr, result: Option<u32>) {
        match (&e.kind, result) {
            (ExprKind::ListComp { elt, .. }, Some(r)) => {
                let v = self.expr(elt);
                self.emit(Instr::ListAppend(r, v));
            }
            (ExprKind::SetComp { elt, .. }, Some(r)) => {
                let v = self.expr(elt);
                self.emit(Instr::SetAdd(r, v));
            }
            (ExprKind::DictComp { key, value, .. }, Some(r)) => {
                let mut kv = self.seq(self.suspends(value), &[key, value]).into_iter();
                let k = kv.next().unwrap();
                self.emit(Instr::DictSet(r, k, kv.next().unwrap()));
            }
            (ExprKind::GeneratorExp { elt, .. }, None) => {
                let v = self.expr(elt);
                self.emit(Instr::Yield {
                    value: v,
                    dst: None,
                });
            }
            _ => unreachable!(),
        }
    }
}

fn docstring(body: &[ast::Stmt]) -> Option<Value> {
    match body.first().map(|s| &s.kind) {
        Some(ast::StmtKind::Expr(ast::Expr {
            kind: ExprKind::Str(s),
            ..
        })) => Some(Value::str(s)),
        _ => None,
    }
}
