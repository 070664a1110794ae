//! Parser unit tests: an s-expression printer for precedence and shape checks.

use super::parse;
use crate::syntax::ast::*;

fn sx(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Int(i) => i.to_string(),
        ExprKind::Float(f) => format!("{f:?}"),
        ExprKind::Str(s) => format!("{s:?}"),
        ExprKind::Unary { op, operand } => format!("({op:?} {})", sx(operand)),
        ExprKind::Binary { op, left, right } => {
            format!("({} {} {})", op.symbol(), sx(left), sx(right))
        }
        ExprKind::BoolOp { op, left, right } => format!("({op:?} {} {})", sx(left), sx(right)),
        ExprKind::Compare { left, comparisons } => {
            let mut s = format!("(cmp {}", sx(left));
            for (op, x) in comparisons {
                s.push_str(&format!(" {} {}", op.symbol(), sx(x)));
            }
            s + ")"
        }
        ExprKind::Await(x) => format!("(await {})", sx(x)),
        ExprKind::Call { func, args } => format!("(call {} {})", sx(func), args.len()),
        ExprKind::Attribute { value, attr } => format!("(. {} {})", sx(value), attr.name),
        ExprKind::Subscript { value, index } => format!("([] {} {})", sx(value), sx(index)),
        ExprKind::Tuple(v) => format!("(tuple {})", v.iter().map(sx).collect::<Vec<_>>().join(" ")),
        ExprKind::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", sx(test), sx(body), sx(orelse))
        }
        other => format!("{other:?}"),
    }
}

fn expr(src: &str) -> String {
    let m = parse(src).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    match &m.body[0].kind {
        StmtKind::Expr(e) => sx(e),
        other => format!("{other:?}"),
    }
}

#[test]
fn precedence() {
    assert_eq!(expr("-2**2\n"), "(Neg (** 2 2))");
    assert_eq!(expr("2**-1\n"), "(** 2 (Neg 1))");
    assert_eq!(expr("a**b**c\n"), "(** a (** b c))");
    assert_eq!(expr("1+2*3-4\n"), "(- (+ 1 (* 2 3)) 4)");
    assert_eq!(expr("a | b ^ c & d << e\n"), "(| a (^ b (& c (<< d e))))");
    assert_eq!(
        expr("not a == b and c or d\n"),
        "(Or (And (Not (cmp a == b)) c) d)"
    );
    assert_eq!(
        expr("a < b <= c is not d not in e\n"),
        "(cmp a < b <= c is not d not in e)"
    );
    assert_eq!(expr("await x ** 2\n"), "(** (await x) 2)");
    assert_eq!(expr("a.b(c)[d]\n"), "([] (call (. a b) 1) d)");
    assert_eq!(expr("x if y else z\n"), "(if y x z)");
    assert_eq!(expr("1, 2\n"), "(tuple 1 2)");
}
