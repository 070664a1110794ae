//! `match` statements (PEP 634): the pattern grammar, and the desugaring of a match
//! into an `if`/`elif` chain. Each case's test matches the subject through hidden
//! builtins (`$match_seq`, `$match_map`, `$match_class`: `builtins/matching.rs`) whose
//! results are kept in hidden names (`$match0`, `$match1`, ... by nesting depth), and
//! binds its captures with assignment expressions; the case's guard follows with `and`.

use super::expr::Exprs;
use super::perr::starts;
use super::strings::string_atom;
use super::{P, custom, mk, sp};
use crate::syntax::ast::*;
use crate::syntax::token::Token;
use chumsky::prelude::*;

/// A parsed pattern.
#[derive(Clone)]
struct Pat {
    kind: PatKind,
    span: SimpleSpan,
}

#[derive(Clone)]
enum PatKind {
    Wildcard,
    Capture(Ident),
    /// A literal or dotted name, compared with `==`.
    Value(Expr),
    /// `None`, `True`, `False`: compared with `is`.
    Singleton(Expr),
    Sequence(Vec<Pat>),
    /// `*name` (`None`: `*_`) inside a sequence pattern.
    Star(Option<Ident>),
    Mapping {
        keys: Vec<Expr>,
        values: Vec<Pat>,
        rest: Option<Ident>,
    },
    Class {
        cls: Expr,
        args: Vec<Pat>,
        kwargs: Vec<(Ident, Pat)>,
    },
    As(Box<Pat>, Ident),
    Or(Vec<Pat>),
}

/// One `case` block.
struct Case {
    pattern: Pat,
    guard: Option<Expr>,
    body: Vec<Stmt>,
    span: SimpleSpan,
}

/// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT, desugared
/// (the subject's assignment to `$match0`, then the `if` chain).
pub fn match_stmt<'t, 's: 't>(
    ex: &Exprs<'t, 's>,
    block: P<'t, 's, Vec<Stmt>>,
    source: &'s str,
) -> P<'t, 's, Vec<Stmt>> {
    let pattern = pattern(ex, source);
    let maybe_star = maybe_star(ex.name.clone(), pattern);
    // patterns: open_sequence_pattern | pattern
    let patterns = maybe_star
        .clone()
        .then(
            just(Token::Comma)
                .ignore_then(maybe_star.or_not())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .map_with(|(first, rest), e| {
            if rest.is_empty() && !matches!(first.kind, PatKind::Star(_)) {
                return first;
            }
            let mut items = vec![first];
            items.extend(rest.into_iter().flatten());
            Pat {
                kind: PatKind::Sequence(items),
                span: e.span(),
            }
        });
    let case = select! { Token::Name("case") => () }
        .ignore_then(patterns)
        .then(
            just(Token::If)
                .ignore_then(ex.named_expression.clone())
                .or_not(),
        )
        .then_ignore(just(Token::Colon))
        .then(block)
        .map_with(|((pattern, guard), body), e| Case {
            pattern,
            guard,
            body,
            span: e.span(),
        });
    starts(|t| matches!(t, Token::Name("match")))
        .ignore_then(select! { Token::Name("match") => () })
        .ignore_then(ex.star_expressions.clone())
        .then_ignore(just(Token::Colon))
        .then_ignore(just(Token::Newline))
        .then_ignore(just(Token::Indent))
        .then(case.repeated().at_least(1).collect::<Vec<_>>())
        .then_ignore(just(Token::Dedent))
        .validate(|(subject, cases), e, emitter| {
            let mut errors = Vec::new();
            let stmts = desugar(subject, cases, e.span(), &mut errors);
            for (span, msg) in errors {
                emitter.emit(custom(span, msg));
            }
            stmts
        })
        .boxed()
}

/// maybe_star_pattern: '*' NAME | pattern (`*_` captures nothing)
fn maybe_star<'t, 's: 't>(name: P<'t, 's, Ident>, pattern: P<'t, 's, Pat>) -> P<'t, 's, Pat> {
    just(Token::Star)
        .ignore_then(name)
        .map_with(|n, e| Pat {
            kind: PatKind::Star((n.name != "_").then_some(n)),
            span: e.span(),
        })
        .or(pattern)
        .boxed()
}

/// pattern: as_pattern | or_pattern
fn pattern<'t, 's: 't>(ex: &Exprs<'t, 's>, source: &'s str) -> P<'t, 's, Pat> {
    recursive(|pattern| {
        let name = ex.name.clone();
        // name_or_attr: NAME ('.' NAME)*
        let dotted = name
            .clone()
            .separated_by(just(Token::Dot))
            .at_least(1)
            .collect::<Vec<Ident>>()
            .map(|parts| (parts.len(), dotted_expr(parts)))
            .boxed();
        let number = select! {
            Token::Int(t) => super::strings::int_literal(t),
            Token::Float(t) => ExprKind::Float(super::strings::float_literal(t)),
        }
        .map_with(|k, e| mk(k, e.span()));
        let signed_number = just(Token::Minus)
            .or_not()
            .then(number)
            .map_with(|(minus, n), e| match minus {
                None => n,
                Some(_) => mk(
                    ExprKind::Unary {
                        op: UnaryOp::Neg,
                        operand: Box::new(n),
                    },
                    e.span(),
                ),
            });
        let literal = choice((
            signed_number.map(PatKind::Value),
            string_atom(source).validate(|s, _, emitter| {
                if !matches!(s.kind, ExprKind::Str(_)) {
                    emitter.emit(custom(
                        s.span.into_simple(),
                        "patterns may only match literals and attribute lookups",
                    ));
                }
                PatKind::Value(s)
            }),
            select! {
                Token::None => ExprKind::None,
                Token::True => ExprKind::True,
                Token::False => ExprKind::False,
            }
            .map_with(|k, e| PatKind::Singleton(mk(k, e.span()))),
        ));
        // class_pattern: name_or_attr '(' [pattern_arguments ','?] ')'
        let keyword = name
            .clone()
            .then_ignore(just(Token::Eq))
            .then(pattern.clone())
            .map(|(n, p)| (Some(n), p));
        let positional = pattern.clone().map(|p| (None, p));
        let class_args = keyword
            .or(positional)
            .separated_by(just(Token::Comma))
            .allow_trailing()
            .collect::<Vec<(Option<Ident>, Pat)>>()
            .delimited_by(just(Token::LPar), just(Token::RPar));
        let class_pattern =
            dotted
                .clone()
                .then(class_args)
                .validate(|((_, cls), items), _, emitter| {
                    let mut args = Vec::new();
                    let mut kwargs = Vec::new();
                    for (kw, p) in items {
                        match kw {
                            Some(k) => kwargs.push((k, p)),
                            None if !kwargs.is_empty() => emitter.emit(custom(
                                p.span,
                                "positional patterns follow keyword patterns",
                            )),
                            None => args.push(p),
                        }
                    }
                    PatKind::Class { cls, args, kwargs }
                });
        // capture_pattern | wildcard_pattern | value_pattern (a dotted name)
        let name_pattern = dotted.map(|(parts, expr)| {
            if parts > 1 {
                return PatKind::Value(expr);
            }
            match expr.kind {
                ExprKind::Name(n) if n == "_" => PatKind::Wildcard,
                ExprKind::Name(n) => PatKind::Capture(Ident {
                    name: n,
                    span: expr.span,
                }),
                _ => unreachable!("one part is a name"),
            }
        });
        let items = maybe_star(name.clone(), pattern.clone().boxed())
            .separated_by(just(Token::Comma))
            .collect::<Vec<_>>()
            .then(just(Token::Comma).or_not())
            .boxed();
        // '[' items ']' is always a sequence; '(' p ')' a group, '(' p, ')' a sequence.
        let list = items
            .clone()
            .delimited_by(just(Token::LSqb), just(Token::RSqb))
            .map(|(items, _)| PatKind::Sequence(items));
        let group = items
            .delimited_by(just(Token::LPar), just(Token::RPar))
            .map(|(mut items, comma)| {
                if items.len() == 1 && comma.is_none() && !matches!(items[0].kind, PatKind::Star(_))
                {
                    return items.pop().expect("one item").kind;
                }
                PatKind::Sequence(items)
            });
        // mapping_pattern: '{' [items] ['**' NAME] '}'
        let key = choice((
            name.clone()
                .separated_by(just(Token::Dot))
                .at_least(2)
                .collect::<Vec<Ident>>()
                .map(dotted_expr),
            literal.clone().map(|k| match k {
                PatKind::Value(e) | PatKind::Singleton(e) => e,
                _ => unreachable!("literals are values"),
            }),
        ));
        let pair = key.then_ignore(just(Token::Colon)).then(pattern.clone());
        let rest = just(Token::DoubleStar).ignore_then(name.clone());
        let mapping = pair
            .separated_by(just(Token::Comma))
            .collect::<Vec<_>>()
            .then(just(Token::Comma).or_not().ignore_then(rest).or_not())
            .then_ignore(just(Token::Comma).or_not())
            .delimited_by(just(Token::LBrace), just(Token::RBrace))
            .map(|(pairs, rest)| {
                let (keys, values) = pairs.into_iter().unzip();
                PatKind::Mapping { keys, values, rest }
            });
        let closed = choice((literal, class_pattern, name_pattern, group, list, mapping))
            .map_with(|kind, e| Pat {
                kind,
                span: e.span(),
            })
            .boxed();
        // or_pattern: '|'.closed_pattern+ ; as_pattern: or_pattern 'as' NAME
        let or_pattern = closed
            .separated_by(just(Token::VBar))
            .at_least(1)
            .collect::<Vec<_>>()
            .map_with(|mut alts, e| {
                if alts.len() == 1 {
                    return alts.pop().expect("one alternative");
                }
                Pat {
                    kind: PatKind::Or(alts),
                    span: e.span(),
                }
            });
        or_pattern
            .then(just(Token::As).ignore_then(name).or_not())
            .validate(|(p, name), e, emitter| match name {
                None => p,
                Some(n) => {
                    if n.name == "_" {
                        emitter.emit(custom(n.span.into_simple(), "cannot use '_' as a target"));
                    }
                    Pat {
                        kind: PatKind::As(Box::new(p), n),
                        span: e.span(),
                    }
                }
            })
            .boxed()
    })
    .boxed()
}

/// `a.b.c` as an attribute expression.
fn dotted_expr(parts: Vec<Ident>) -> Expr {
    let mut it = parts.into_iter();
    let first = it.next().expect("a dotted name has a part");
    let mut e = Expr {
        kind: ExprKind::Name(first.name),
        span: first.span,
    };
    for attr in it {
        let span = Span::new(e.span.start as usize, attr.span.end as usize);
        e = Expr {
            kind: ExprKind::Attribute {
                value: Box::new(e),
                attr,
            },
            span,
        };
    }
    e
}

/// The statements a match becomes: `$match0 = subject`, then one `if` per case.
fn desugar(
    subject: Expr,
    cases: Vec<Case>,
    span: SimpleSpan,
    errors: &mut Vec<(SimpleSpan, String)>,
) -> Vec<Stmt> {
    let n = cases.len();
    for (i, c) in cases.iter().enumerate() {
        check_names(&c.pattern, errors);
        if i + 1 < n
            && c.guard.is_none()
            && let Some(what) = irrefutable(&c.pattern)
        {
            errors.push((
                c.pattern.span,
                format!("{what} makes remaining patterns unreachable"),
            ));
        }
    }
    let subject_span = subject.span;
    let mut orelse = Vec::new();
    for c in cases.into_iter().rev() {
        let b = Build { span: c.span };
        let test = b.test(&c.pattern, b.temp(0), 1);
        let test = match (test, c.guard) {
            (Some(t), Some(g)) => b.and(t, g),
            (t, g) => t.or(g).unwrap_or_else(|| b.expr(ExprKind::True)),
        };
        orelse = vec![Stmt {
            kind: StmtKind::If {
                test,
                body: c.body,
                orelse,
            },
            span: sp(c.span),
        }];
    }
    let assign = Stmt {
        kind: StmtKind::Assign {
            targets: vec![Expr {
                kind: ExprKind::Name(temp_name(0)),
                span: subject_span,
            }],
            value: subject,
        },
        span: sp(span),
    };
    let mut out = vec![assign];
    out.extend(orelse);
    out
}

fn temp_name(depth: usize) -> String {
    format!("$match{depth}")
}

/// Builds the expressions of one case's test (all spanned by the case).
struct Build {
    span: SimpleSpan,
}

impl Build {
    fn expr(&self, kind: ExprKind) -> Expr {
        mk(kind, self.span)
    }

    fn temp(&self, depth: usize) -> Expr {
        self.expr(ExprKind::Name(temp_name(depth)))
    }

    fn and(&self, l: Expr, r: Expr) -> Expr {
        self.expr(ExprKind::BoolOp {
            op: BoolOp::And,
            left: Box::new(l),
            right: Box::new(r),
        })
    }

    fn compare(&self, l: Expr, op: CmpOp, r: Expr) -> Expr {
        self.expr(ExprKind::Compare {
            left: Box::new(l),
            comparisons: vec![(op, r)],
        })
    }

    /// `(name := value) is name`: binds, and is always true.
    fn bind(&self, name: &Ident, value: Expr) -> Expr {
        let named = self.expr(ExprKind::Named {
            target: name.clone(),
            value: Box::new(value),
        });
        self.compare(
            named,
            CmpOp::Is,
            self.expr(ExprKind::Name(name.name.clone())),
        )
    }

    fn item(&self, of: &Expr, i: usize) -> Expr {
        self.expr(ExprKind::Subscript {
            value: Box::new(of.clone()),
            index: Box::new(self.expr(ExprKind::Int(i as i64))),
        })
    }

    /// `($matchN := $helper(args)) is not None`: the helper's sub-values, or no match.
    fn helper(&self, helper: &str, args: Vec<Expr>, depth: usize) -> Expr {
        let call = self.expr(ExprKind::Call {
            func: Box::new(self.expr(ExprKind::Name(helper.to_string()))),
            args: args.into_iter().map(Arg::Positional).collect(),
        });
        let named = self.expr(ExprKind::Named {
            target: Ident {
                name: temp_name(depth),
                span: sp(self.span),
            },
            value: Box::new(call),
        });
        self.compare(named, CmpOp::IsNot, self.expr(ExprKind::None))
    }

    /// A structural pattern: `helper(args)` gives the sub-values (kept in
    /// `$match{depth}`), matched in order by `subs`, then bound to `rest` if given.
    fn structured<'p>(
        &self,
        helper: &str,
        args: Vec<Expr>,
        depth: usize,
        subs: impl IntoIterator<Item = &'p Pat>,
        rest: Option<&Ident>,
    ) -> Option<Expr> {
        let head = self.helper(helper, args, depth);
        let sub = self.temp(depth);
        let mut n = 0;
        let mut tests = vec![Some(head)];
        for (i, p) in subs.into_iter().enumerate() {
            tests.push(self.test(p, self.item(&sub, i), depth + 1));
            n = i + 1;
        }
        tests.push(rest.map(|r| self.bind(r, self.item(&sub, n))));
        self.all(tests)
    }

    fn all(&self, tests: impl IntoIterator<Item = Option<Expr>>) -> Option<Expr> {
        tests.into_iter().flatten().reduce(|l, r| self.and(l, r))
    }

    /// The test matching `p` against `subject`, sub-values kept in `$match{depth}`
    /// and deeper; `None` when it always matches (and binds nothing).
    fn test(&self, p: &Pat, subject: Expr, depth: usize) -> Option<Expr> {
        match &p.kind {
            PatKind::Wildcard | PatKind::Star(None) => None,
            PatKind::Capture(n) | PatKind::Star(Some(n)) => Some(self.bind(n, subject)),
            PatKind::Value(v) => Some(self.compare(subject, CmpOp::Eq, v.clone())),
            PatKind::Singleton(v) => Some(self.compare(subject, CmpOp::Is, v.clone())),
            PatKind::As(inner, n) => {
                let t = self.test(inner, subject.clone(), depth);
                self.all([t, Some(self.bind(n, subject))])
            }
            PatKind::Or(alts) => {
                let tests: Vec<Expr> = alts
                    .iter()
                    .map(|a| {
                        self.test(a, subject.clone(), depth)
                            .unwrap_or_else(|| self.expr(ExprKind::True))
                    })
                    .collect();
                tests.into_iter().reduce(|l, r| {
                    self.expr(ExprKind::BoolOp {
                        op: BoolOp::Or,
                        left: Box::new(l),
                        right: Box::new(r),
                    })
                })
            }
            PatKind::Sequence(items) => {
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind, PatKind::Star(_)))
                    .map_or(-1, |i| i as i64);
                let args = vec![
                    subject,
                    self.expr(ExprKind::Int(items.len() as i64)),
                    self.expr(ExprKind::Int(star)),
                ];
                self.structured("$match_seq", args, depth, items, None)
            }
            PatKind::Mapping { keys, values, rest } => {
                let args = vec![
                    subject,
                    self.expr(ExprKind::Tuple(keys.clone())),
                    self.expr(if rest.is_some() {
                        ExprKind::True
                    } else {
                        ExprKind::False
                    }),
                ];
                self.structured("$match_map", args, depth, values, rest.as_ref())
            }
            PatKind::Class { cls, args, kwargs } => {
                let names = kwargs
                    .iter()
                    .map(|(k, _)| self.expr(ExprKind::Str(k.name.clone())))
                    .collect();
                let call_args = vec![
                    subject,
                    cls.clone(),
                    self.expr(ExprKind::Int(args.len() as i64)),
                    self.expr(ExprKind::Tuple(names)),
                ];
                let subs = args.iter().chain(kwargs.iter().map(|(_, p)| p));
                self.structured("$match_class", call_args, depth, subs, None)
            }
        }
    }
}

/// Why a pattern always matches (CPython's wording), if it does.
fn irrefutable(p: &Pat) -> Option<String> {
    match &p.kind {
        PatKind::Wildcard => Some("wildcard".to_string()),
        PatKind::Capture(n) => Some(format!("name capture '{}'", n.name)),
        PatKind::As(inner, _) => irrefutable(inner),
        PatKind::Or(alts) => alts.iter().find_map(irrefutable),
        _ => None,
    }
}

/// CPython's checks of the names a pattern binds: each once, the same in every
/// alternative of an or-pattern, at most one star per sequence.
fn check_names(p: &Pat, errors: &mut Vec<(SimpleSpan, String)>) {
    let mut names = Vec::new();
    bound_names(p, &mut names, errors);
}

fn bound_names(p: &Pat, names: &mut Vec<String>, errors: &mut Vec<(SimpleSpan, String)>) {
    fn bind(n: &Ident, names: &mut Vec<String>, errors: &mut Vec<(SimpleSpan, String)>) {
        if names.contains(&n.name) {
            errors.push((
                n.span.into_simple(),
                format!("multiple assignments to name '{}' in pattern", n.name),
            ));
        } else {
            names.push(n.name.clone());
        }
    }
    match &p.kind {
        PatKind::Wildcard | PatKind::Value(_) | PatKind::Singleton(_) | PatKind::Star(None) => {}
        PatKind::Capture(n) | PatKind::Star(Some(n)) => bind(n, names, errors),
        PatKind::As(inner, n) => {
            bound_names(inner, names, errors);
            bind(n, names, errors);
        }
        PatKind::Sequence(items) => {
            let stars = items
                .iter()
                .filter(|i| matches!(i.kind, PatKind::Star(_)))
                .count();
            if stars > 1 {
                errors.push((p.span, "multiple starred names in sequence pattern".into()));
            }
            items.iter().for_each(|i| bound_names(i, names, errors));
        }
        PatKind::Mapping { keys, values, rest } => {
            let mut seen = Vec::new();
            for k in keys {
                if let Some(r) = literal_repr(k) {
                    if seen.contains(&r) {
                        errors.push((
                            k.span.into_simple(),
                            format!("mapping pattern checks duplicate key ({r})"),
                        ));
                    }
                    seen.push(r);
                }
            }
            values.iter().for_each(|v| bound_names(v, names, errors));
            if let Some(r) = rest {
                bind(r, names, errors);
            }
        }
        PatKind::Class { args, kwargs, .. } => {
            args.iter()
                .chain(kwargs.iter().map(|(_, p)| p))
                .for_each(|a| bound_names(a, names, errors));
        }
        PatKind::Or(alts) => {
            let mut first: Option<Vec<String>> = None;
            for (i, a) in alts.iter().enumerate() {
                if i + 1 < alts.len()
                    && let Some(what) = irrefutable(a)
                {
                    errors.push((
                        a.span,
                        format!("{what} makes remaining patterns unreachable"),
                    ));
                }
                let mut own = Vec::new();
                bound_names(a, &mut own, errors);
                own.sort();
                match &first {
                    None => first = Some(own),
                    Some(f) if *f != own => {
                        errors.push((p.span, "alternative patterns bind different names".into()));
                        return;
                    }
                    Some(_) => {}
                }
            }
            for n in first.unwrap_or_default() {
                if names.contains(&n) {
                    errors.push((
                        p.span,
                        format!("multiple assignments to name '{n}' in pattern"),
                    ));
                } else {
                    names.push(n);
                }
            }
        }
    }
}

/// The repr of a literal mapping-pattern key (value-pattern keys are checked when
/// matching, by `$match_map`).
fn literal_repr(e: &Expr) -> Option<String> {
    Some(match &e.kind {
        ExprKind::Str(s) if s.contains('\'') && !s.contains('"') => format!("\"{s}\""),
        ExprKind::Str(s) => format!("'{}'", s.replace('\'', "\\'")),
        ExprKind::Int(i) => i.to_string(),
        ExprKind::None => "None".into(),
        ExprKind::True => "True".into(),
        ExprKind::False => "False".into(),
        ExprKind::Unary { operand, .. } => format!("-{}", literal_repr(operand)?),
        _ => return None,
    })
}
