//! Lowering of `try`/`except`/`finally` and `with`/`async with`: handlers pushed
//! around the body, the exception paths, and the `__exit__` calls on the way out.

use super::code::*;
use super::lower::{Block, FnBuilder};
use crate::runtime::value::{Name, Value};
use crate::syntax::ast::{self, Stmt};

impl<'a, 'c> FnBuilder<'a, 'c> {
    pub(super) fn call_exit_none(&mut self, exit: u32, is_async: bool) {
        let none = || CallArg::Pos(Expr::Const(Value::None));
        let call = Expr::Call(Box::new(Expr::Local(exit)), vec![none(), none(), none()]);
        if is_async {
            let t = self.temp();
            self.emit(Instr::Assign(Target::Local(t), call));
            self.emit(Instr::Await { src: t, dst: None });
        } else {
            self.emit(Instr::Expr(call));
        }
    }

    pub(super) fn try_stmt(&mut self, t: &'a ast::Try) {
        if t.finalbody.is_empty() {
            self.try_except(t);
            return;
        }
        self.blocks.push(Block::Finally(&t.finalbody));
        self.blocks.push(Block::Handler);
        let h = self.emit(Instr::PushHandler(0));
        if t.handlers.is_empty() {
            self.stmts(&t.body);
            self.stmts(&t.orelse);
        } else {
            self.try_except(t);
        }
        self.blocks.pop();
        self.emit(Instr::PopHandler);
        self.blocks.pop();
        // Normal exit: run the finally body.
        self.stmts(&t.finalbody);
        let j = self.emit(Instr::Jump(0));
        // Exception exit: run it with the exception being handled, then re-raise.
        self.patch(h);
        self.blocks.push(Block::HandlingExc(None));
        self.stmts(&t.finalbody);
        self.blocks.pop();
        self.emit(Instr::Reraise);
        self.patch(j);
    }

    fn try_except(&mut self, t: &'a ast::Try) {
        self.blocks.push(Block::Handler);
        let h = self.emit(Instr::PushHandler(0));
        self.stmts(&t.body);
        self.blocks.pop();
        self.emit(Instr::PopHandler);
        self.stmts(&t.orelse);
        let mut ends = vec![self.emit(Instr::Jump(0))];
        self.patch(h);
        let mut caught_all = false;
        for handler in &t.handlers {
            self.span = handler.span;
            let no_match = match &handler.typ {
                Some(typ) => {
                    let typ = self.expr(typ);
                    Some(self.emit(Instr::ExceptMatch { typ, no_match: 0 }))
                }
                None => {
                    caught_all = true;
                    None
                }
            };
            let name = handler.name.as_ref().map(|n| self.name_target(&n.name));
            if let Some(n) = &name {
                self.emit(Instr::Assign(n.clone(), Expr::CurrentExc));
            }
            self.blocks.push(Block::HandlingExc(name.clone()));
            self.stmts(&handler.body);
            self.blocks.pop();
            self.emit(Instr::PopExc);
            if let Some(n) = name {
                self.emit(Instr::Delete(n));
            }
            ends.push(self.emit(Instr::Jump(0)));
            if let Some(m) = no_match {
                self.patch(m);
            }
            if caught_all {
                break;
            }
        }
        if !caught_all {
            self.emit(Instr::Reraise);
        }
        for e in ends {
            self.patch(e);
        }
    }

    pub(super) fn with_stmt(
        &mut self,
        is_async: bool,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
    ) {
        let Some((first, rest)) = items.split_first() else {
            self.stmts(body);
            return;
        };
        let (enter, exit, what) = if is_async {
            ("__aenter__", "__aexit__", "asynchronous context manager")
        } else {
            ("__enter__", "__exit__", "context manager")
        };
        let mgr = self.temp();
        let exit_slot = self.temp();
        let v = self.expr(&first.context);
        self.emit(Instr::Assign(Target::Local(mgr), v));
        self.emit(Instr::Assign(
            Target::Local(exit_slot),
            Expr::Special(Box::new(Expr::Local(mgr)), Name::from(exit), what),
        ));
        let entered = Expr::Call(
            Box::new(Expr::Special(
                Box::new(Expr::Local(mgr)),
                Name::from(enter),
                what,
            )),
            vec![],
        );
        // `__enter__` runs (and is awaited) before the protected block starts: an
        // exception from it does not call `__exit__`.
        let entered_slot = self.temp();
        self.emit(Instr::Assign(Target::Local(entered_slot), entered));
        if is_async {
            self.emit(Instr::Await {
                src: entered_slot,
                dst: Some(entered_slot),
            });
        }
        self.emit(Instr::Clear(mgr));
        let h = self.emit(Instr::PushHandler(0));
        if let Some(t) = &first.target {
            let tg = self.target(t);
            self.emit(Instr::Assign(tg, Expr::Local(entered_slot)));
        }
        self.emit(Instr::Clear(entered_slot));
        let with_span = self.span;
        self.blocks.push(Block::With {
            exit: exit_slot,
            is_async,
            span: with_span,
        });
        self.with_stmt(is_async, rest, body);
        self.blocks.pop();
        self.span = with_span;
        self.emit(Instr::PopHandler);
        self.call_exit_none(exit_slot, is_async);
        let j = self.emit(Instr::Jump(0));
        // Exception path: __exit__(type, value, tb); a true result suppresses.
        self.patch(h);
        let exit_call = Expr::ExitWithExc(exit_slot);
        let test = if is_async {
            let t = self.temp();
            self.emit(Instr::Assign(Target::Local(t), exit_call));
            self.emit(Instr::Await {
                src: t,
                dst: Some(t),
            });
            Expr::Local(t)
        } else {
            exit_call
        };
        let suppress = self.emit(Instr::JumpIfTrue(test, 0));
        self.emit(Instr::Reraise);
        self.patch(suppress);
        self.emit(Instr::PopExc);
        self.patch(j);
    }
}
