//! Assignment, deletion and loop targets: which expressions may be assigned to, with
//! CPython's messages ("cannot assign to function call", "cannot delete literal", ...).

use super::custom;
use crate::syntax::ast::*;
use chumsky::input::Emitter;

/// Where a target appears.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetCtx {
    /// `a = ...`; `hint` adds CPython's "Maybe you meant '=='" for a lone target.
    Assign {
        hint: bool,
    },
    AugAssign,
    Del,
    /// `for` loops, `with ... as`, comprehensions.
    Comprehension,
}

/// CPython's name for an expression kind in error messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Name(_) => "name",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::Binary { .. } | ExprKind::Unary { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::None => "None",
        ExprKind::True => "True",
        ExprKind::False => "False",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Named { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Imaginary(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_) => "literal",
    }
}

/// Kinds CPython parses at `bitwise_or` level, which get the "Maybe you meant '=='" hint.
fn hint_eligible(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::BoolOp { .. }
            | ExprKind::Unary {
                op: UnaryOp::Not,
                ..
            }
            | ExprKind::Compare { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Named { .. }
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
    )
}

/// The first problem with `e` as a target, if any: (span, message).
pub fn target_error(e: &Expr, ctx: TargetCtx) -> Option<(Span, String)> {
    match ctx {
        TargetCtx::AugAssign => match e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
            _ => Some((
                e.span,
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(e)
                ),
            )),
        },
        TargetCtx::Del => match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().find_map(|x| target_error(x, ctx))
            }
            _ => Some((e.span, format!("cannot delete {}", expr_name(e)))),
        },
        TargetCtx::Assign { .. } | TargetCtx::Comprehension => {
            if let ExprKind::Starred(_) = e.kind {
                return Some((
                    e.span,
                    "starred assignment target must be in a list or tuple".into(),
                ));
            }
            inner_assign_error(e, ctx)
        }
    }
}

fn inner_assign_error(e: &Expr, ctx: TargetCtx) -> Option<(Span, String)> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred(inner) => inner_assign_error(inner, ctx),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let starred: Vec<_> = items
                .iter()
                .filter(|x| matches!(x.kind, ExprKind::Starred(_)))
                .collect();
            if starred.len() > 1 {
                return Some((e.span, "multiple starred expressions in assignment".into()));
            }
            let inner = match ctx {
                TargetCtx::Assign { .. } => TargetCtx::Assign { hint: false },
                other => other,
            };
            items.iter().find_map(|x| inner_assign_error(x, inner))
        }
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) if matches!(ctx, TargetCtx::Assign { .. }) => {
            Some((e.span, "assignment to yield expression not possible".into()))
        }
        _ => {
            let name = expr_name(e);
            let hint = matches!(ctx, TargetCtx::Assign { hint: true }) && hint_eligible(e);
            let msg = if hint {
                format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {name}")
            };
            Some((e.span, msg))
        }
    }
}

/// Emits the first target problem of `e` as a parse error.
pub(crate) fn check_targets<'t, 's>(
    e: &Expr,
    ctx: TargetCtx,
    emitter: &mut Emitter<super::PErr<'t, 's>>,
) {
    if let Some((span, msg)) = target_error(e, ctx) {
        emitter.emit(custom(span.into_simple(), msg));
    }
}
