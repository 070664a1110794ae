//! Peephole rewrites of lowered code: common expression shapes become fused nodes
//! the evaluator runs in one step (`i % 11`, `n - 1`, `n < 2` on a local and an int
//! constant). Runs once per function body, after lowering; semantics are unchanged
//! (every fused node falls back to the general operation for non-int operands).

use super::code::{CallArg, Elt, Expr, FPart, Instr, Target};
use crate::runtime::value::Value;
use crate::syntax::ast::CmpOp;

/// Rewrite every expression of `instrs` in place.
pub fn optimize(instrs: &mut [Instr]) {
    for i in instrs {
        instr(i);
    }
}

fn instr(i: &mut Instr) {
    match i {
        Instr::Expr(e) | Instr::Return(e) | Instr::JumpIfFalse(e, _) | Instr::JumpIfTrue(e, _) => {
            expr(e)
        }
        Instr::Assign(t, e) => {
            target(t);
            expr(e);
        }
        Instr::AugAssign {
            target: t,
            load,
            value,
            ..
        } => {
            target(t);
            if let Some(l) = load {
                expr(l);
            }
            expr(value);
        }
        Instr::Delete(t) | Instr::ForIter { target: t, .. } => target(t),
        Instr::Raise { exc, cause } => {
            exc.iter_mut().chain(cause.iter_mut()).for_each(expr);
        }
        Instr::ExceptMatch { typ, .. } => expr(typ),
        Instr::Assert { test, msg } => {
            expr(test);
            msg.iter_mut().for_each(expr);
        }
        Instr::Import { target: t, .. } => target(t),
        Instr::ImportFrom { names, .. } => names.iter_mut().for_each(|(_, t)| target(t)),
        Instr::Yield { value, .. } | Instr::AwaitCall { call: value, .. } => expr(value),
        Instr::ListAppend(_, e) | Instr::SetAdd(_, e) => expr(e),
        Instr::DictSet(_, k, v) => {
            expr(k);
            expr(v);
        }
        Instr::Jump(_)
        | Instr::Reraise
        | Instr::PushHandler(_)
        | Instr::PopHandler
        | Instr::PopExc
        | Instr::YieldFrom { .. }
        | Instr::Await { .. }
        | Instr::Clear(_) => {}
    }
}

fn target(t: &mut Target) {
    match t {
        Target::Attr(e, _) => expr(e),
        Target::Subscript(a, b) => {
            expr(a);
            expr(b);
        }
        Target::Unpack { items, .. } => items.iter_mut().for_each(target),
        Target::Local(_)
        | Target::Cell(_)
        | Target::Global(_)
        | Target::ClassName(_)
        | Target::Discard => {}
    }
}

fn args(a: &mut [CallArg]) {
    for a in a {
        match a {
            CallArg::Pos(e) | CallArg::Star(e) | CallArg::Kw(_, e) | CallArg::StarStar(e) => {
                expr(e)
            }
        }
    }
}

fn elts(es: &mut [Elt]) {
    for e in es {
        match e {
            Elt::One(e) | Elt::Star(e) => expr(e),
        }
    }
}

fn fparts(parts: &mut [FPart]) {
    for p in parts {
        if let FPart::Field { expr: e, spec, .. } = p {
            expr(e);
            if let Some(s) = spec {
                fparts(s);
            }
        }
    }
}

/// Rewrite the children of `e`, then `e` itself.
fn expr(e: &mut Expr) {
    match e {
        Expr::Const(_)
        | Expr::Local(_)
        | Expr::Cell(_)
        | Expr::Global(..)
        | Expr::Super { .. }
        | Expr::CurrentExc
        | Expr::ExitWithExc(_)
        | Expr::BinLocalInt(..)
        | Expr::BinIntLocal(..)
        | Expr::CmpLocalInt(..) => {}
        Expr::ClassName(_, fallback) => expr(fallback),
        Expr::Attr(o, _)
        | Expr::Unary(_, o)
        | Expr::Iter(o)
        | Expr::YieldFromIter(o)
        | Expr::Special(o, _, _)
        | Expr::FrameCall(_, o) => expr(o),
        Expr::Subscript(a, b) | Expr::And(a, b) | Expr::Or(a, b) => {
            expr(a);
            expr(b);
        }
        Expr::Slice(parts) => parts.iter_mut().flatten().for_each(expr),
        Expr::Call(f, a) => {
            expr(f);
            args(a);
        }
        Expr::CallMethod(o, _, a) => {
            expr(o);
            args(a);
        }
        Expr::Binary(_, a, b) => {
            expr(a);
            expr(b);
        }
        Expr::Compare(l, rest) => {
            expr(l);
            rest.iter_mut().for_each(|(_, r)| expr(r));
        }
        Expr::IfExp(parts) => parts.iter_mut().for_each(expr),
        Expr::Tuple(es) | Expr::List(es) | Expr::Set(es) => elts(es),
        Expr::Dict(pairs) => {
            for (k, v) in pairs {
                if let Some(k) = k {
                    expr(k);
                }
                expr(v);
            }
        }
        Expr::FString(parts) => fparts(parts),
        Expr::Function(mf) => {
            mf.defaults.iter_mut().for_each(expr);
            mf.kwdefaults.iter_mut().flatten().for_each(expr);
        }
        Expr::Class(mc) => {
            mc.body.defaults.iter_mut().for_each(expr);
            mc.body.kwdefaults.iter_mut().flatten().for_each(expr);
            args(&mut mc.bases);
        }
        Expr::Named(t, v) => {
            target(t);
            expr(v);
        }
    }
    fuse(e);
}

/// Replace `e` by a fused node when it has one of the recognised shapes.
fn fuse(e: &mut Expr) {
    let fused = match e {
        Expr::Binary(op, a, b) => match (&**a, &**b) {
            (Expr::Local(slot), Expr::Const(Value::Int(c))) => {
                Some(Expr::BinLocalInt(*op, *slot, *c))
            }
            (Expr::Const(Value::Int(c)), Expr::Local(slot)) => {
                Some(Expr::BinIntLocal(*op, *c, *slot))
            }
            _ => None,
        },
        Expr::Compare(l, rest) if rest.len() == 1 => match (&**l, &rest[0]) {
            (
                Expr::Local(slot),
                (
                    op @ (CmpOp::Lt
                    | CmpOp::LtE
                    | CmpOp::Gt
                    | CmpOp::GtE
                    | CmpOp::Eq
                    | CmpOp::NotEq),
                    Expr::Const(Value::Int(c)),
                ),
            ) => Some(Expr::CmpLocalInt(*op, *slot, *c)),
            _ => None,
        },
        _ => None,
    };
    if let Some(f) = fused {
        *e = f;
    }
}
