//! The expression nesting limit. Later stages (compile, eval, drop) recurse over
//! expressions, so the parser rejects trees deeper than `MAX_EXPR_DEPTH` and takes such
//! trees apart iteratively, so that not even dropping them can overflow the stack.

use crate::syntax::SyntaxError;
use crate::syntax::ast::*;

/// Deepest expression tree accepted: flat chains like `1+1+...+1` of a few thousand
/// terms compile in CPython; later stages recurse once per level, well within the
/// interpreter thread's stack at this depth.
pub const MAX_EXPR_DEPTH: usize = 3000;

/// Checks every expression of `body`; too-deep expressions are replaced by `None`.
pub fn check_module(body: &mut [Stmt]) -> Option<SyntaxError> {
    let mut roots = Vec::new();
    for s in body.iter_mut() {
        stmt_exprs(s, &mut roots);
    }
    let mut first = None;
    for r in roots {
        if let Some(e) = check_expr(r) {
            first = first.or(Some(e));
        }
    }
    first
}

/// Checks one expression; replaces it by `None` (dismantled iteratively) if too deep.
pub fn check_expr(root: &mut Expr) -> Option<SyntaxError> {
    let mut max = 0;
    let mut at = root.span;
    {
        let mut stack: Vec<(&mut Expr, usize)> = vec![(root, 1)];
        while let Some((e, d)) = stack.pop() {
            if d > max {
                max = d;
                at = e.span;
            }
            if d > MAX_EXPR_DEPTH {
                break;
            }
            for c in children(e) {
                stack.push((c, d + 1));
            }
        }
    }
    if max <= MAX_EXPR_DEPTH {
        return None;
    }
    let span = root.span;
    let deep = std::mem::replace(
        root,
        Expr {
            kind: ExprKind::None,
            span,
        },
    );
    dismantle(deep);
    Some(SyntaxError {
        kind: crate::syntax::SyntaxErrorKind::SyntaxError,
        msg: format!("expression too deeply nested (more than {MAX_EXPR_DEPTH} levels)"),
        span: at,
    })
}

/// Drops an expression tree without recursion.
fn dismantle(e: Expr) {
    let mut stack = vec![e];
    while let Some(mut e) = stack.pop() {
        for c in children(&mut e) {
            let span = c.span;
            stack.push(std::mem::replace(
                c,
                Expr {
                    kind: ExprKind::None,
                    span,
                },
            ));
        }
    }
}

fn params_exprs<'a>(p: &'a mut Params, out: &mut Vec<&'a mut Expr>) {
    let Params {
        posonly,
        args,
        vararg,
        kwonly,
        kwarg,
    } = p;
    for param in posonly
        .iter_mut()
        .chain(args.iter_mut())
        .chain(vararg.iter_mut())
        .chain(kwonly.iter_mut())
        .chain(kwarg.iter_mut())
    {
        out.extend(param.default.as_mut());
        out.extend(param.annotation.as_mut());
    }
}

fn fstring_exprs<'a>(parts: &'a mut [FStringPart], out: &mut Vec<&'a mut Expr>) {
    for p in parts {
        if let FStringPart::Field(f) = p {
            out.push(&mut f.expr);
            if let Some(spec) = &mut f.spec {
                fstring_exprs(spec, out);
            }
        }
    }
}

fn comp_exprs<'a>(gens: &'a mut [Comprehension], out: &mut Vec<&'a mut Expr>) {
    for g in gens {
        out.push(&mut g.target);
        out.push(&mut g.iter);
        out.extend(g.ifs.iter_mut());
    }
}

fn arg_expr(a: &mut Arg) -> &mut Expr {
    match a {
        Arg::Positional(x) | Arg::Star(x) | Arg::Keyword(_, x) | Arg::DoubleStar(x) => x,
    }
}

/// The direct sub-expressions of `e`.
pub fn children(e: &mut Expr) -> Vec<&mut Expr> {
    let mut out = Vec::new();
    match &mut e.kind {
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => out.extend(v.iter_mut()),
        ExprKind::Dict(items) => {
            for it in items {
                match it {
                    DictItem::Pair(k, v) => {
                        out.push(k);
                        out.push(v);
                    }
                    DictItem::Spread(x) => out.push(x),
                }
            }
        }
        ExprKind::FString(parts) => fstring_exprs(parts, &mut out),
        ExprKind::Starred(x) | ExprKind::Await(x) | ExprKind::YieldFrom(x) => out.push(x),
        ExprKind::Yield(x) => out.extend(x.as_deref_mut()),
        ExprKind::Attribute { value, .. } => out.push(value),
        ExprKind::Subscript { value, index } => {
            out.push(value);
            out.push(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            out.extend(lower.as_deref_mut());
            out.extend(upper.as_deref_mut());
            out.extend(step.as_deref_mut());
        }
        ExprKind::Call { func, args } => {
            out.push(func);
            out.extend(args.iter_mut().map(arg_expr));
        }
        ExprKind::Unary { operand, .. } => out.push(operand),
        ExprKind::Binary { left, right, .. } | ExprKind::BoolOp { left, right, .. } => {
            out.push(left);
            out.push(right);
        }
        ExprKind::Compare { left, comparisons } => {
            out.push(left);
            out.extend(comparisons.iter_mut().map(|(_, x)| x));
        }
        ExprKind::IfExp { test, body, orelse } => {
            out.push(test);
            out.push(body);
            out.push(orelse);
        }
        ExprKind::Lambda { params, body } => {
            params_exprs(params, &mut out);
            out.push(body);
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            out.push(elt);
            comp_exprs(generators, &mut out);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push(key);
            out.push(value);
            comp_exprs(generators, &mut out);
        }
        ExprKind::Named { value, .. } => out.push(value),
        ExprKind::Name(_)
        | ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Imaginary(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_)
        | ExprKind::True
        | ExprKind::False
        | ExprKind::None
        | ExprKind::Ellipsis => {}
    }
    out
}

/// The expressions directly in `s` and, recursively, in its nested statements.
fn stmt_exprs<'a>(s: &'a mut Stmt, out: &mut Vec<&'a mut Expr>) {
    let mut bodies: Vec<&'a mut Vec<Stmt>> = Vec::new();
    match &mut s.kind {
        StmtKind::Expr(x) | StmtKind::Return(Some(x)) => out.push(x),
        StmtKind::Assign { targets, value } => {
            out.extend(targets.iter_mut());
            out.push(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            out.push(target);
            out.push(value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            out.push(target);
            out.push(annotation);
            out.extend(value.as_mut());
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            out.push(test);
            bodies.push(body);
            bodies.push(orelse);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            out.push(target);
            out.push(iter);
            bodies.push(body);
            bodies.push(orelse);
        }
        StmtKind::FunctionDef(f) => {
            let FunctionDef {
                params,
                returns,
                body,
                decorators,
                ..
            } = &mut **f;
            params_exprs(params, out);
            out.extend(returns.as_mut());
            out.extend(decorators.iter_mut());
            bodies.push(body);
        }
        StmtKind::ClassDef(c) => {
            let ClassDef {
                bases,
                body,
                decorators,
                ..
            } = &mut **c;
            out.extend(bases.iter_mut().map(arg_expr));
            out.extend(decorators.iter_mut());
            bodies.push(body);
        }
        StmtKind::Try(t) => {
            let Try {
                body,
                handlers,
                orelse,
                finalbody,
            } = &mut **t;
            bodies.push(body);
            for h in handlers {
                out.extend(h.typ.as_mut());
                bodies.push(&mut h.body);
            }
            bodies.push(orelse);
            bodies.push(finalbody);
        }
        StmtKind::Raise { exc, cause } => {
            out.extend(exc.as_mut());
            out.extend(cause.as_mut());
        }
        StmtKind::Assert { test, msg } => {
            out.push(test);
            out.extend(msg.as_mut());
        }
        StmtKind::Del(v) => out.extend(v.iter_mut()),
        StmtKind::With { items, body, .. } => {
            for it in items {
                out.push(&mut it.context);
                out.extend(it.target.as_mut());
            }
            bodies.push(body);
        }
        StmtKind::Return(None)
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Pass
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => {}
    }
    for b in bodies {
        for s in b.iter_mut() {
            stmt_exprs(s, out);
        }
    }
}
