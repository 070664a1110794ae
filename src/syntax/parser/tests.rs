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

fn first_error(src: &str) -> String {
    match crate::syntax::parse_module(src) {
        Ok(_) => "OK".into(),
        Err(e) => e[0].msg.clone(),
    }
}

#[test]
fn deep_nesting_never_overflows() {
    let parens = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    assert_eq!(first_error(&parens), "too many nested parentheses");
    let neg = format!("x = {}1{}\n", "-(".repeat(10_000), ")".repeat(10_000));
    assert_eq!(first_error(&neg), "too many nested parentheses");
    let subs = format!("x = {}0{}\n", "a[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(first_error(&subs), "too many nested parentheses");
    let deep = "expression too deeply nested (more than 3000 levels)";
    for unit in ["not ", "-", "~", "lambda: "] {
        let src = format!("x = {}1\n", unit.repeat(10_000));
        assert_eq!(first_error(&src), deep, "{unit}");
    }
    let chain = format!("x = {}1\n", "1 + ".repeat(10_000));
    assert_eq!(first_error(&chain), deep);
    let pow = format!("x = {}1\n", "2 ** ".repeat(10_000));
    assert_eq!(first_error(&pow), deep);
    let ifs = format!("x = {}0\n", "1 if c else ".repeat(10_000));
    assert_eq!(first_error(&ifs), deep);
    // A deep expression followed by a syntax error is torn down without overflow.
    let bad = format!("x = {}1 $\n", "not ".repeat(10_000));
    assert_eq!(first_error(&bad), "invalid syntax");
    let mut blocks = String::new();
    for i in 0..101 {
        blocks.push_str(&format!("{}if x:\n", " ".repeat(i)));
    }
    blocks.push_str(&format!("{}pass\n", " ".repeat(101)));
    assert_eq!(first_error(&blocks), "too many levels of indentation");
    // Within the limits everything parses.
    let ok = format!("x = {}1{}\n", "(".repeat(150), ")".repeat(150));
    assert_eq!(first_error(&ok), "OK");
}

#[test]
fn fstrings() {
    let m = parse("f'a{{b}}{x!r:>{w}} {y=} {z = :.2f}' 'tail'\n").unwrap();
    let StmtKind::Expr(Expr {
        kind: ExprKind::FString(parts),
        ..
    }) = &m.body[0].kind
    else {
        panic!("not an f-string");
    };
    assert_eq!(parts[0], FStringPart::Literal("a{b}".into()));
    let FStringPart::Field(f) = &parts[1] else {
        panic!()
    };
    assert_eq!(f.conversion, Some('r'));
    assert_eq!(sx(&f.expr), "x");
    assert_eq!(f.expr.span, Span::new(9, 10), "span points into the source");
    assert!(
        matches!(&f.spec.as_deref(), Some([FStringPart::Literal(s), FStringPart::Field(_)]) if s == ">")
    );
    let FStringPart::Field(y) = &parts[3] else {
        panic!()
    };
    assert_eq!(
        (y.debug_text.as_deref(), y.conversion),
        (Some("y="), Some('r'))
    );
    let FStringPart::Field(z) = &parts[5] else {
        panic!()
    };
    assert_eq!(
        (z.debug_text.as_deref(), z.conversion),
        (Some("z = "), None)
    );
    assert_eq!(parts.last(), Some(&FStringPart::Literal("tail".into())));
}

#[test]
fn statements_shapes() {
    let m = parse("if a:\n  pass\nelif b:\n  pass\nelse:\n  x = y = 1\n").unwrap();
    let StmtKind::If { orelse, .. } = &m.body[0].kind else {
        panic!()
    };
    let StmtKind::If { orelse: inner, .. } = &orelse[0].kind else {
        panic!("elif nests")
    };
    assert!(matches!(&inner[0].kind, StmtKind::Assign { targets, .. } if targets.len() == 2));
    let m = parse("from .. import (a, b as c,)\n").unwrap();
    assert!(
        matches!(&m.body[0].kind, StmtKind::ImportFrom { level: 2, names, module: None } if names.len() == 2)
    );
    let m = parse("def f(a, /, b=1, *c, d, **e): pass\n").unwrap();
    let StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!()
    };
    let p = &f.params;
    assert_eq!((p.posonly.len(), p.args.len(), p.kwonly.len()), (1, 1, 1));
    assert!(p.vararg.is_some() && p.kwarg.is_some());
    assert_eq!(expr("'a' 'b'\n"), "\"ab\"");
    assert_eq!(expr("match\n"), "match");
    // A match statement desugars to `$match0 = subject` and an if chain.
    let m = parse("match x:\n    case 1:\n        pass\n    case _:\n        pass\n").unwrap();
    assert!(
        matches!(&m.body[0].kind, StmtKind::Assign { targets, .. } if matches!(&targets[0].kind, ExprKind::Name(n) if n == "$match0"))
    );
    assert!(
        matches!(&m.body[1].kind, StmtKind::If { orelse, .. } if matches!(&orelse[0].kind, StmtKind::If { test: Expr { kind: ExprKind::True, .. }, .. }))
    );
    assert!(
        matches!(parse("b'\\xff' b'a'\n").unwrap().body[0].kind, StmtKind::Expr(Expr { kind: ExprKind::Bytes(ref b), .. }) if b == &[255, b'a'])
    );
}

#[test]
fn unsupported_syntax_is_reported() {
    assert_eq!(
        first_error("try:\n  pass\nexcept* E:\n  pass\n"),
        "'except*' is not supported by coropy"
    );
    assert_eq!(
        first_error("from m import *\n"),
        "'from ... import *' is not supported by coropy"
    );
    assert_eq!(
        first_error("type X = int\n"),
        "type alias statement is not supported by coropy"
    );
}

#[test]
fn top_level_await_option() {
    use crate::syntax::validate::{Options, validate_module_with};
    let m = parse("await f()\nasync for x in y: pass\n[x async for x in y]\n").unwrap();
    assert!(validate_module_with(&m, Options::default()).is_err());
    assert!(
        validate_module_with(
            &m,
            Options {
                allow_top_level_await: true
            }
        )
        .is_ok()
    );
}
