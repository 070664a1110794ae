//! Call arguments and parameter lists (`arguments`, `params`, `lambda_params` in the
//! grammar), with CPython's ordering errors.

use super::{Ext, In, P, custom, mk};
use crate::syntax::ast::*;
use crate::syntax::token::Token;
use chumsky::input::Emitter;
use chumsky::prelude::*;

type Em<'t, 's> = Emitter<super::PErr<'t, 's>>;

/// One argument as written, remembering an unparenthesised generator expression.
struct ArgItem {
    arg: Arg,
    bare_genexp: bool,
    span: SimpleSpan,
}

/// arguments: arg (',' arg)* [','] ;
/// arg: '*' expression | '**' expression | NAME '=' expression | named_expression [for_if_clauses]
pub fn arguments<'t, 's: 't>(
    expression: P<'t, 's, Expr>,
    named_expression: P<'t, 's, Expr>,
    for_if_clauses: P<'t, 's, Vec<Comprehension>>,
    name: P<'t, 's, Ident>,
) -> P<'t, 's, Vec<Arg>> {
    let arg = choice((
        just(Token::Star)
            .ignore_then(expression.clone())
            .map(|x| (Arg::Star(x), false)),
        just(Token::DoubleStar)
            .ignore_then(expression.clone())
            .map(|x| (Arg::DoubleStar(x), false)),
        name.then_ignore(just(Token::Eq))
            .then(expression)
            .map(|(n, x)| (Arg::Keyword(n, x), false)),
        named_expression
            .then(for_if_clauses.or_not())
            .map_with(|(x, comps), e| match comps {
                None => (Arg::Positional(x), false),
                Some(generators) => (
                    Arg::Positional(mk(
                        ExprKind::GeneratorExp {
                            elt: Box::new(x),
                            generators,
                        },
                        e.span(),
                    )),
                    true,
                ),
            }),
    ))
    .map_with(|(arg, bare_genexp), e| ArgItem {
        arg,
        bare_genexp,
        span: e.span(),
    });
    arg.separated_by(just(Token::Comma))
        .allow_trailing()
        .at_least(1)
        .collect::<Vec<_>>()
        .validate(|items, _, emitter| call_args_check(items, emitter))
        .boxed()
}

/// CPython's checks on argument order; returns the arguments.
fn call_args_check<'t, 's>(items: Vec<ArgItem>, emitter: &mut Em<'t, 's>) -> Vec<Arg> {
    let n = items.len();
    let mut seen_keyword = false;
    let mut seen_dstar = false;
    let mut names: Vec<String> = Vec::new();
    for it in &items {
        if it.bare_genexp && n > 1 {
            emitter.emit(custom(
                it.span,
                "Generator expression must be parenthesized",
            ));
        }
        match &it.arg {
            Arg::Positional(_) if seen_dstar => emitter.emit(custom(
                it.span,
                "positional argument follows keyword argument unpacking",
            )),
            Arg::Positional(_) if seen_keyword => emitter.emit(custom(
                it.span,
                "positional argument follows keyword argument",
            )),
            Arg::Star(_) if seen_dstar => emitter.emit(custom(
                it.span,
                "iterable argument unpacking follows keyword argument unpacking",
            )),
            Arg::Keyword(k, _) => {
                seen_keyword = true;
                if names.contains(&k.name) {
                    emitter.emit(custom(
                        it.span,
                        format!("keyword argument repeated: {}", k.name),
                    ));
                }
                names.push(k.name.clone());
            }
            Arg::DoubleStar(_) => seen_dstar = true,
            _ => {}
        }
    }
    items.into_iter().map(|it| it.arg).collect()
}

enum ParamItem {
    Slash(SimpleSpan),
    Star(Option<Param>, SimpleSpan),
    DoubleStar(Param, SimpleSpan),
    Plain(Param, SimpleSpan),
}

/// params / lambda_params: ','-separated `NAME [':' annotation] ['=' default]`, `/`, `*`,
/// `*NAME`, `**NAME`. `annotation` is `None` for lambdas (no annotations).
pub fn lambda_params<'t, 's: 't>(
    expression: P<'t, 's, Expr>,
    annotation: Option<P<'t, 's, Expr>>,
) -> P<'t, 's, Params> {
    let name = super::expr::name();
    let ann = match annotation {
        Some(a) => just(Token::Colon).ignore_then(a).or_not().boxed(),
        None => empty().map(|_| None).boxed(),
    };
    let param = name.then(ann).map(|(name, annotation)| Param {
        name,
        default: None,
        annotation,
    });
    let item = choice((
        just(Token::Slash).map_with(|_, e| ParamItem::Slash(e.span())),
        just(Token::DoubleStar)
            .ignore_then(param.clone())
            .map_with(|p, e| ParamItem::DoubleStar(p, e.span())),
        just(Token::Star)
            .ignore_then(param.clone().or_not())
            .map_with(|p, e| ParamItem::Star(p, e.span())),
        param
            .then(just(Token::Eq).ignore_then(expression).or_not())
            .map_with(|(mut p, d), e| {
                p.default = d;
                ParamItem::Plain(p, e.span())
            }),
    ));
    item.separated_by(just(Token::Comma))
        .allow_trailing()
        .at_least(1)
        .collect::<Vec<_>>()
        .validate(|items, _, emitter| assemble_params(items, emitter))
        .boxed()
}

fn assemble_params<'t, 's>(items: Vec<ParamItem>, emitter: &mut Em<'t, 's>) -> Params {
    let mut p = Params::default();
    let mut seen_slash = false;
    let mut star: Option<SimpleSpan> = None;
    let mut bare_star: Option<SimpleSpan> = None;
    let mut seen_dstar = false;
    let mut seen_default = false;
    for it in items {
        if seen_dstar {
            let span = match &it {
                ParamItem::Slash(s)
                | ParamItem::Star(_, s)
                | ParamItem::DoubleStar(_, s)
                | ParamItem::Plain(_, s) => *s,
            };
            emitter.emit(custom(span, "arguments cannot follow var-keyword argument"));
            continue;
        }
        match it {
            ParamItem::Slash(span) => {
                if seen_slash {
                    emitter.emit(custom(span, "/ may appear only once"));
                } else if star.is_some() {
                    emitter.emit(custom(span, "/ must be ahead of *"));
                } else if p.args.is_empty() {
                    emitter.emit(custom(span, "at least one argument must precede /"));
                }
                seen_slash = true;
                p.posonly.append(&mut p.args);
            }
            ParamItem::Star(v, span) => {
                if star.is_some() {
                    emitter.emit(custom(span, "* argument may appear only once"));
                }
                star = Some(span);
                if v.is_none() {
                    bare_star = Some(span);
                }
                p.vararg = v;
            }
            ParamItem::DoubleStar(v, _) => {
                if let Some(s) = bare_star.take().filter(|_| p.kwonly.is_empty()) {
                    emitter.emit(custom(s, "named arguments must follow bare *"));
                }
                seen_dstar = true;
                p.kwarg = Some(v);
            }
            ParamItem::Plain(v, span) => {
                if star.is_some() {
                    p.kwonly.push(v);
                    bare_star = None;
                } else {
                    if v.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        emitter.emit(custom(
                            span,
                            "non-default argument follows default argument",
                        ));
                    }
                    p.args.push(v);
                }
            }
        }
    }
    if let Some(s) = bare_star.filter(|_| p.kwonly.is_empty()) {
        emitter.emit(custom(s, "named arguments must follow bare *"));
    }
    p
}

#[allow(dead_code)]
fn _types<'t, 's: 't>(_: &In<'t, 's>, _: &Ext<'t, 's>) {}
