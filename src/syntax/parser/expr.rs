//! Expression rules of `grammar/coropy.ebnf`: atoms, primaries, the operator ladder
//! (Pratt for the binary/unary arithmetic operators), comprehensions, lambdas, targets.

use super::args::{arguments, lambda_params};
use super::strings::string_atom;
use super::targets::{TargetCtx, check_targets};
use super::{Ext, In, P, custom, mk, sp};
use crate::syntax::ast::*;
use crate::syntax::token::Token;
use chumsky::pratt::{infix, left, prefix, right};
use chumsky::prelude::*;

/// The expression parsers built once per parse, shared by the statement rules.
#[derive(Clone)]
pub struct Exprs<'t, 's> {
    pub expression: P<'t, 's, Expr>,
    pub named_expression: P<'t, 's, Expr>,
    pub star_expressions: P<'t, 's, Expr>,
    pub star_targets: P<'t, 's, Expr>,
    pub star_target: P<'t, 's, Expr>,
    pub yield_expr: P<'t, 's, Expr>,
    pub name: P<'t, 's, Ident>,
    pub arguments: P<'t, 's, Vec<Arg>>,
}

/// `NAME`
pub fn name<'t, 's: 't>() -> P<'t, 's, Ident> {
    select! { Token::Name(n) = e => Ident { name: n.to_string(), span: sp(e.span()) } }
        .labelled("name")
        .boxed()
}

fn op<'t, 's: 't>(t: Token<'s>) -> impl Parser<'t, In<'t, 's>, Token<'s>, Ext<'t, 's>> + Clone {
    just(t)
}

/// Makes a tuple of `items` when a comma was seen, else the single item.
fn tuple_or_single(mut items: Vec<Expr>, comma: bool, span: SimpleSpan) -> Expr {
    if items.len() == 1 && !comma {
        items.pop().expect("one item")
    } else {
        mk(ExprKind::Tuple(items), span)
    }
}

fn binary<'t, 's: 't>(
    op: BinOp,
) -> impl for<'b> Fn(
    Expr,
    Token<'s>,
    Expr,
    &mut chumsky::input::MapExtra<'t, 'b, In<'t, 's>, Ext<'t, 's>>,
) -> Expr
+ Clone {
    move |l, _, r, e| binary_of()(l, op, r, e)
}

/// `binary` for an operator group parsed by `select!`: the operator comes with the
/// token.
fn binary_of<'t, 's: 't>() -> impl for<'b> Fn(
    Expr,
    BinOp,
    Expr,
    &mut chumsky::input::MapExtra<'t, 'b, In<'t, 's>, Ext<'t, 's>>,
) -> Expr
+ Clone {
    move |l, op, r, e| {
        mk(
            ExprKind::Binary {
                op,
                left: Box::new(l),
                right: Box::new(r),
            },
            e.span(),
        )
    }
}

/// A list of items separated by commas, returning whether any comma was seen.
fn comma_list<'t, 's: 't>(item: P<'t, 's, Expr>) -> P<'t, 's, (Vec<Expr>, bool)> {
    item.clone()
        .then(
            op(Token::Comma)
                .ignore_then(item.or_not())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .try_map(|(first, rest), span| {
            let comma = !rest.is_empty();
            let n = rest.len();
            let mut items = vec![first];
            for (i, it) in rest.into_iter().enumerate() {
                match it {
                    Some(x) => items.push(x),
                    None if i + 1 == n => {}
                    None => return Err(super::PErr::custom(span, "invalid syntax")),
                }
            }
            Ok((items, comma))
        })
        .boxed()
}

/// Builds every expression rule; see `grammar/coropy.ebnf` section "Expressions".
pub fn exprs<'t, 's: 't>(source: &'s str) -> Exprs<'t, 's> {
    let mut expression = Recursive::<chumsky::recursive::Indirect<In, Expr, Ext>>::declare();
    let mut bitwise_or = Recursive::<chumsky::recursive::Indirect<In, Expr, Ext>>::declare();
    let expression_b = expression.clone().boxed();
    let bitwise_or_b = bitwise_or.clone().boxed();
    let name = name();

    // named_expression: NAME ':=' expression | expression
    let named_expression = name
        .clone()
        .then_ignore(op(Token::ColonEq))
        .then(expression_b.clone())
        .map_with(|(target, value), e| {
            mk(
                ExprKind::Named {
                    target,
                    value: Box::new(value),
                },
                e.span(),
            )
        })
        .or(expression_b.clone())
        .boxed();

    // star_expression: '*' bitwise_or | expression
    let starred = op(Token::Star)
        .ignore_then(bitwise_or_b.clone())
        .map_with(|x, e| mk(ExprKind::Starred(Box::new(x)), e.span()))
        .boxed();
    let star_expression = starred.clone().or(expression_b.clone()).boxed();
    let star_named_expression = starred.clone().or(named_expression.clone()).boxed();

    // star_expressions: star_expression (',' star_expression)* [',']
    let star_expressions = comma_list(star_expression.clone())
        .map_with(|(items, comma), e| tuple_or_single(items, comma, e.span()))
        .boxed();

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    let yield_expr = op(Token::Yield)
        .ignore_then(choice((
            op(Token::From)
                .ignore_then(expression_b.clone())
                .map(|x| (true, Some(x))),
            star_expressions.clone().or_not().map(|x| (false, x)),
        )))
        .map_with(|(from, x), e| match (from, x) {
            (true, Some(x)) => mk(ExprKind::YieldFrom(Box::new(x)), e.span()),
            (_, x) => mk(ExprKind::Yield(x.map(Box::new)), e.span()),
        })
        .boxed();

    // star_targets: star_target (',' star_target)* [',']
    let star_target = starred.clone().or(bitwise_or_b.clone()).boxed();
    let star_targets = comma_list(star_target.clone())
        .map_with(|(items, comma), e| tuple_or_single(items, comma, e.span()))
        .boxed();

    // comparison: bitwise_or (compare_op bitwise_or)*
    // One token decides all but `not in` / `is not` (one dispatch, not ten tries).
    let compare_op = choice((
        select! {
            Token::EqEq => CmpOp::Eq,
            Token::NotEq => CmpOp::NotEq,
            Token::LessEq => CmpOp::LtE,
            Token::Less => CmpOp::Lt,
            Token::GreaterEq => CmpOp::GtE,
            Token::Greater => CmpOp::Gt,
            Token::In => CmpOp::In,
        },
        op(Token::Not).then(op(Token::In)).to(CmpOp::NotIn),
        op(Token::Is).then(op(Token::Not)).to(CmpOp::IsNot),
        op(Token::Is).to(CmpOp::Is),
    ))
    .labelled("comparison operator");
    let comparison = bitwise_or_b
        .clone()
        .then(
            compare_op
                .then(bitwise_or_b.clone())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .map_with(|(left, comparisons), e| {
            if comparisons.is_empty() {
                left
            } else {
                mk(
                    ExprKind::Compare {
                        left: Box::new(left),
                        comparisons,
                    },
                    e.span(),
                )
            }
        })
        .boxed();

    // inversion: 'not' inversion | comparison
    let inversion = recursive(|inversion| {
        op(Token::Not)
            .ignore_then(inversion)
            .map_with(|x, e| {
                mk(
                    ExprKind::Unary {
                        op: UnaryOp::Not,
                        operand: Box::new(x),
                    },
                    e.span(),
                )
            })
            .or(comparison)
    })
    .boxed();

    // conjunction: inversion ('and' inversion)* ; disjunction: conjunction ('or' conjunction)*
    let bool_chain = |inner: P<'t, 's, Expr>, tok: Token<'s>, bop: BoolOp| {
        inner
            .clone()
            .foldl_with(op(tok).ignore_then(inner).repeated(), move |l, r, e| {
                mk(
                    ExprKind::BoolOp {
                        op: bop,
                        left: Box::new(l),
                        right: Box::new(r),
                    },
                    e.span(),
                )
            })
            .boxed()
    };
    let conjunction = bool_chain(inversion, Token::And, BoolOp::And);
    let disjunction = bool_chain(conjunction, Token::Or, BoolOp::Or);

    // for_if_clause: ['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*
    let for_if_clause = op(Token::Async)
        .or_not()
        .then_ignore(op(Token::For))
        .then(star_targets.clone())
        .then_ignore(op(Token::In))
        .then(disjunction.clone())
        .then(
            op(Token::If)
                .ignore_then(disjunction.clone())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .validate(|(((is_async, target), iter), ifs), _, emitter| {
            check_targets(&target, TargetCtx::Comprehension, emitter);
            Comprehension {
                is_async: is_async.is_some(),
                target,
                iter,
                ifs,
            }
        });
    let for_if_clauses = for_if_clause
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed();

    let params = lambda_params(expression_b.clone(), None);
    let arguments = arguments(
        expression_b.clone(),
        named_expression.clone(),
        for_if_clauses.clone(),
        name.clone(),
    );

    // lambdef: 'lambda' [lambda_params] ':' expression
    let lambdef = op(Token::Lambda)
        .ignore_then(params.clone().or_not())
        .then_ignore(op(Token::Colon))
        .then(expression_b.clone())
        .map_with(|(params, body), e| {
            let params = Box::new(params.unwrap_or_default());
            mk(
                ExprKind::Lambda {
                    params,
                    body: Box::new(body),
                },
                e.span(),
            )
        })
        .boxed();

    let atom = atom(
        source,
        star_named_expression.clone(),
        named_expression.clone(),
        expression_b.clone(),
        bitwise_or_b.clone(),
        yield_expr.clone(),
        for_if_clauses.clone(),
    );

    // slice: [expression] ':' [expression] [':' [expression]] | star_named_expression
    let slice = star_named_expression
        .clone()
        .or_not()
        .then(
            op(Token::Colon)
                .ignore_then(expression_b.clone().or_not())
                .then(
                    op(Token::Colon)
                        .ignore_then(expression_b.clone().or_not())
                        .or_not(),
                )
                .or_not(),
        )
        .try_map(|(lower, rest), span| match (lower, rest) {
            (Some(x), None) => Ok(x),
            (None, None) => Err(super::PErr::custom(span, "invalid syntax")),
            (lower, Some((upper, step))) => Ok(mk(
                ExprKind::Slice {
                    lower: lower.map(Box::new),
                    upper: upper.map(Box::new),
                    step: step.flatten().map(Box::new),
                },
                span,
            )),
        })
        .boxed();
    // `a[*b]` indexes with a tuple, as `a[*b,]` does (PEP 646).
    let slices = comma_list(slice)
        .map_with(|(items, comma), e| {
            let starred = matches!(items.as_slice(), [x] if matches!(x.kind, ExprKind::Starred(_)));
            tuple_or_single(items, comma || starred, e.span())
        })
        .boxed();

    enum Trailer {
        Attr(Ident),
        Call(Vec<Arg>),
        Index(Expr),
    }
    // primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')*
    let trailer = choice((
        op(Token::Dot).ignore_then(name.clone()).map(Trailer::Attr),
        arguments
            .clone()
            .or_not()
            .delimited_by(op(Token::LPar), op(Token::RPar))
            .map(|a| Trailer::Call(a.unwrap_or_default())),
        slices
            .delimited_by(op(Token::LSqb), op(Token::RSqb))
            .map(Trailer::Index),
    ));
    let primary = atom
        .foldl_with(trailer.repeated(), |value, t, e| {
            let value = Box::new(value);
            let kind = match t {
                Trailer::Attr(attr) => ExprKind::Attribute { value, attr },
                Trailer::Call(args) => ExprKind::Call { func: value, args },
                Trailer::Index(index) => ExprKind::Subscript {
                    value,
                    index: Box::new(index),
                },
            };
            mk(kind, e.span())
        })
        .boxed();

    // await_primary: 'await' primary | primary
    let await_primary = op(Token::Await)
        .ignore_then(primary.clone())
        .map_with(|x, e| mk(ExprKind::Await(Box::new(x)), e.span()))
        .or(primary)
        .boxed();

    // bitwise_or .. power: the binary/unary arithmetic operators by precedence.
    bitwise_or.define(
        await_primary
            .pratt((
                infix(left(1), op(Token::VBar), binary(BinOp::BitOr)),
                infix(left(2), op(Token::Caret), binary(BinOp::BitXor)),
                infix(left(3), op(Token::Amper), binary(BinOp::BitAnd)),
                infix(
                    left(4),
                    select! { Token::LShift => BinOp::LShift, Token::RShift => BinOp::RShift },
                    binary_of(),
                ),
                infix(
                    left(5),
                    select! { Token::Plus => BinOp::Add, Token::Minus => BinOp::Sub },
                    binary_of(),
                ),
                infix(
                    left(6),
                    select! {
                        Token::Star => BinOp::Mult,
                        Token::Slash => BinOp::Div,
                        Token::DoubleSlash => BinOp::FloorDiv,
                        Token::Percent => BinOp::Mod,
                        Token::At => BinOp::MatMult,
                    },
                    binary_of(),
                ),
                prefix(
                    7,
                    select! {
                        Token::Minus => UnaryOp::Neg,
                        Token::Plus => UnaryOp::Pos,
                        Token::Tilde => UnaryOp::Invert,
                    },
                    |uop, x: Expr, e: &mut chumsky::input::MapExtra<'t, '_, In<'t, 's>, Ext<'t, 's>>| {
                        mk(
                            ExprKind::Unary {
                                op: uop,
                                operand: Box::new(x),
                            },
                            e.span(),
                        )
                    },
                ),
                infix(right(8), op(Token::DoubleStar), binary(BinOp::Pow)),
            ))
            .labelled("expression")
            .boxed(),
    );

    // expression: disjunction ['if' disjunction 'else' expression] | lambdef
    expression.define(
        lambdef
            .or(disjunction
                .clone()
                .then(
                    op(Token::If)
                        .ignore_then(disjunction)
                        .then(op(Token::Else).ignore_then(expression_b.clone()).or_not())
                        .or_not(),
                )
                .validate(|(body, rest), e, emitter| match rest {
                    None => body,
                    Some((test, orelse)) => {
                        let span = e.span();
                        let orelse = orelse.unwrap_or_else(|| {
                            emitter.emit(custom(span, "expected 'else' after 'if' expression"));
                            mk(ExprKind::None, span)
                        });
                        mk(
                            ExprKind::IfExp {
                                test: Box::new(test),
                                body: Box::new(body),
                                orelse: Box::new(orelse),
                            },
                            span,
                        )
                    }
                }))
            .boxed(),
    );

    Exprs {
        expression: expression.boxed(),
        named_expression,
        star_expressions,
        star_targets,
        star_target,
        yield_expr,
        name,
        arguments,
    }
}

enum BraceItem {
    Elem(Expr),
    Pair(Expr, Expr),
    Spread(Expr),
}

/// atom: NAME | 'True' | 'False' | 'None' | '...' | NUMBER | strings | tuple | group |
/// genexp | list | listcomp | dict | set | dictcomp | setcomp
#[allow(clippy::too_many_arguments)]
fn atom<'t, 's: 't>(
    source: &'s str,
    star_named_expression: P<'t, 's, Expr>,
    named_expression: P<'t, 's, Expr>,
    expression: P<'t, 's, Expr>,
    bitwise_or: P<'t, 's, Expr>,
    yield_expr: P<'t, 's, Expr>,
    for_if_clauses: P<'t, 's, Vec<Comprehension>>,
) -> P<'t, 's, Expr> {
    let literal = select! {
        Token::Name(n) => ExprKind::Name(n.to_string()),
        Token::True => ExprKind::True,
        Token::False => ExprKind::False,
        Token::None => ExprKind::None,
        Token::Ellipsis => ExprKind::Ellipsis,
        Token::Int(t) => super::strings::int_literal(t),
        Token::Float(t) => ExprKind::Float(super::strings::float_literal(t)),
        Token::Imaginary(t) => ExprKind::Imaginary(super::strings::float_literal(&t[..t.len() - 1])),
    }
    .map_with(|k, e| mk(k, e.span()));

    // Items of a bracketed display, or a comprehension after the first item.
    enum Tail<T> {
        Comp(Vec<Comprehension>),
        Items(Vec<T>, bool),
    }
    fn tail<'t, 's: 't, T: 't>(
        item: P<'t, 's, T>,
        comps: P<'t, 's, Vec<Comprehension>>,
    ) -> P<'t, 's, Tail<T>> {
        choice((
            comps.map(Tail::Comp),
            just(Token::Comma)
                .ignore_then(
                    item.separated_by(just(Token::Comma))
                        .allow_trailing()
                        .collect(),
                )
                .map(|v| Tail::Items(v, true)),
            empty().map(|_| Tail::Items(Vec::new(), false)),
        ))
        .boxed()
    }
    fn no_star_in_comp<'t, 's>(
        first: &Expr,
        span: SimpleSpan,
        emitter: &mut chumsky::input::Emitter<super::PErr<'t, 's>>,
    ) {
        if matches!(first.kind, ExprKind::Starred(_)) {
            emitter.emit(custom(
                span,
                "iterable unpacking cannot be used in comprehension",
            ));
        }
    }

    // group / tuple / genexp: '(' ... ')'
    let paren = choice((
        just(Token::RPar).map_with(|_, e| mk(ExprKind::Tuple(Vec::new()), e.span())),
        yield_expr.then_ignore(just(Token::RPar)),
        star_named_expression
            .clone()
            .then(tail(star_named_expression.clone(), for_if_clauses.clone()))
            .then_ignore(just(Token::RPar))
            .validate(move |(first, t), e, emitter| match t {
                Tail::Comp(generators) => {
                    no_star_in_comp(&first, e.span(), emitter);
                    mk(
                        ExprKind::GeneratorExp {
                            elt: Box::new(first),
                            generators,
                        },
                        e.span(),
                    )
                }
                Tail::Items(mut rest, comma) => {
                    if !comma {
                        if matches!(first.kind, ExprKind::Starred(_)) {
                            emitter.emit(custom(
                                first.span.into_simple(),
                                "cannot use starred expression here",
                            ));
                        }
                        return first;
                    }
                    rest.insert(0, first);
                    mk(ExprKind::Tuple(rest), e.span())
                }
            }),
    ))
    .map_with(|x, e| {
        // A parenthesised tuple/genexp spans its parentheses.
        let mut x = x;
        if matches!(x.kind, ExprKind::Tuple(_) | ExprKind::GeneratorExp { .. }) {
            x.span = sp(e.span());
        }
        x
    });
    let paren = just(Token::LPar)
        .ignore_then(paren)
        .map_with(|mut x: Expr, e| {
            if matches!(x.kind, ExprKind::Tuple(_) | ExprKind::GeneratorExp { .. }) {
                x.span = sp(e.span());
            }
            x
        });

    // list / listcomp: '[' ... ']'
    let list = star_named_expression
        .clone()
        .then(tail(star_named_expression.clone(), for_if_clauses.clone()))
        .or_not()
        .delimited_by(just(Token::LSqb), just(Token::RSqb))
        .validate(move |x, e, emitter| match x {
            None => mk(ExprKind::List(Vec::new()), e.span()),
            Some((first, Tail::Comp(generators))) => {
                no_star_in_comp(&first, e.span(), emitter);
                mk(
                    ExprKind::ListComp {
                        elt: Box::new(first),
                        generators,
                    },
                    e.span(),
                )
            }
            Some((first, Tail::Items(mut rest, _))) => {
                rest.insert(0, first);
                mk(ExprKind::List(rest), e.span())
            }
        });

    // dict / set / comprehensions: '{' ... '}'
    let brace_item = choice((
        just(Token::DoubleStar)
            .ignore_then(bitwise_or)
            .map(BraceItem::Spread),
        star_named_expression
            .clone()
            .then(just(Token::Colon).ignore_then(expression).or_not())
            .map(|(k, v)| match v {
                Some(v) => BraceItem::Pair(k, v),
                None => BraceItem::Elem(k),
            }),
    ))
    .boxed();
    let _ = named_expression;
    let brace = brace_item
        .clone()
        .then(tail(brace_item, for_if_clauses))
        .or_not()
        .delimited_by(just(Token::LBrace), just(Token::RBrace))
        .validate(|x, e, emitter| {
            let span = e.span();
            let Some((first, t)) = x else {
                return mk(ExprKind::Dict(Vec::new()), span);
            };
            match (first, t) {
                (BraceItem::Elem(elt), Tail::Comp(generators)) => {
                    no_star_in_comp(&elt, span, emitter);
                    mk(
                        ExprKind::SetComp {
                            elt: Box::new(elt),
                            generators,
                        },
                        span,
                    )
                }
                (BraceItem::Pair(key, value), Tail::Comp(generators)) => mk(
                    ExprKind::DictComp {
                        key: Box::new(key),
                        value: Box::new(value),
                        generators,
                    },
                    span,
                ),
                (BraceItem::Spread(_), Tail::Comp(_)) => {
                    emitter.emit(custom(
                        span,
                        "dict unpacking cannot be used in dict comprehension",
                    ));
                    mk(ExprKind::Dict(Vec::new()), span)
                }
                (first, Tail::Items(rest, _)) => {
                    let is_set = matches!(first, BraceItem::Elem(_));
                    let mut elems = Vec::new();
                    let mut items = Vec::new();
                    for it in std::iter::once(first).chain(rest) {
                        match (it, is_set) {
                            (BraceItem::Elem(x), true) => elems.push(x),
                            (BraceItem::Pair(k, v), false) => items.push(DictItem::Pair(k, v)),
                            (BraceItem::Spread(x), false) => items.push(DictItem::Spread(x)),
                            (
                                BraceItem::Elem(x) | BraceItem::Pair(x, _) | BraceItem::Spread(x),
                                _,
                            ) => {
                                emitter.emit(custom(x.span.into_simple(), "invalid syntax"));
                            }
                        }
                    }
                    if is_set {
                        mk(ExprKind::Set(elems), span)
                    } else {
                        mk(ExprKind::Dict(items), span)
                    }
                }
            }
        });

    choice((literal, string_atom(source), paren, list, brace))
        .labelled("expression")
        .boxed()
}

impl Span {
    /// The chumsky span for this AST span.
    pub fn into_simple(self) -> SimpleSpan {
        SimpleSpan::from(self.start as usize..self.end as usize)
    }
}
