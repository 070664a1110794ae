//! Statement rules of `grammar/coropy.ebnf`: simple statements, compound statements,
//! blocks, and the deliberate "not supported by coropy" errors.

use super::args::lambda_params;
use super::expr::{Exprs, exprs};
use super::perr::starts;
use super::targets::{TargetCtx, check_targets};
use super::{P, custom, sp};
use crate::syntax::ast::*;
use crate::syntax::token::Token;
use chumsky::prelude::*;

fn stmt(kind: StmtKind, span: SimpleSpan) -> Stmt {
    Stmt {
        kind,
        span: sp(span),
    }
}

fn aug_op(op: &str) -> BinOp {
    match op.trim_end_matches('=') {
        "+" => BinOp::Add,
        "-" => BinOp::Sub,
        "*" => BinOp::Mult,
        "@" => BinOp::MatMult,
        "/" => BinOp::Div,
        "//" => BinOp::FloorDiv,
        "%" => BinOp::Mod,
        "**" => BinOp::Pow,
        "<<" => BinOp::LShift,
        ">>" => BinOp::RShift,
        "&" => BinOp::BitAnd,
        "|" => BinOp::BitOr,
        _ => BinOp::BitXor,
    }
}

enum ExprTail<'s> {
    None,
    Ann(Expr, Option<Expr>),
    Aug(&'s str, Expr),
    Assign(Vec<Expr>),
}

/// file: statement* ENDMARKER
pub fn file<'t, 's: 't>(source: &'s str) -> P<'t, 's, Vec<Stmt>> {
    let ex = exprs(source);
    let mut block = Recursive::<chumsky::recursive::Indirect<_, Vec<Stmt>, _>>::declare();
    let block_b = block.clone().boxed();
    let simple_stmts = simple_stmts(&ex);
    let compound = compound_stmt(&ex, block_b.clone(), source);
    let statement = super::patterns::match_stmt(&ex, block_b, source)
        .or(compound.map(|s| vec![s]))
        .or(simple_stmts.clone())
        .boxed();
    let statements = statement
        .repeated()
        .at_least(1)
        .collect::<Vec<Vec<Stmt>>>()
        .map(|v| v.into_iter().flatten().collect::<Vec<_>>())
        .boxed();
    // block: NEWLINE INDENT statements DEDENT | simple_stmts
    block.define(
        just(Token::Newline)
            .ignore_then(just(Token::Indent))
            .ignore_then(statements.clone())
            .then_ignore(just(Token::Dedent))
            .or(simple_stmts),
    );
    statements
        .or_not()
        .map(Option::unwrap_or_default)
        .then_ignore(end())
        .boxed()
}

/// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
fn simple_stmts<'t, 's: 't>(ex: &Exprs<'t, 's>) -> P<'t, 's, Vec<Stmt>> {
    simple_stmt(ex)
        .separated_by(just(Token::Semi))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .then_ignore(just(Token::Newline))
        .boxed()
}

/// dotted_name: NAME ('.' NAME)*
fn dotted_name<'t, 's: 't>(ex: &Exprs<'t, 's>) -> P<'t, 's, DottedName> {
    ex.name
        .clone()
        .separated_by(just(Token::Dot))
        .at_least(1)
        .collect::<Vec<_>>()
        .map_with(|parts, e| DottedName {
            parts,
            span: sp(e.span()),
        })
        .boxed()
}

/// simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt |
/// 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt |
/// nonlocal_stmt | type_alias (unsupported)
fn simple_stmt<'t, 's: 't>(ex: &Exprs<'t, 's>) -> P<'t, 's, Stmt> {
    let rhs = ex
        .yield_expr
        .clone()
        .or(ex.star_expressions.clone())
        .boxed();
    // assignment / expression statement: star_expressions then an optional tail.
    let expr_stmt = rhs
        .clone()
        .then(choice((
            just(Token::Colon)
                .ignore_then(ex.expression.clone())
                .then(just(Token::Eq).ignore_then(rhs.clone()).or_not())
                .map(|(a, v)| ExprTail::Ann(a, v)),
            select! { Token::AugAssign(o) => o }
                .then(rhs.clone())
                .map(|(o, v)| ExprTail::Aug(o, v)),
            just(Token::Eq)
                .ignore_then(rhs.clone())
                .repeated()
                .at_least(1)
                .collect::<Vec<_>>()
                .map(ExprTail::Assign),
            empty().map(|_| ExprTail::None),
        )))
        .validate(|(first, tail), e, emitter| {
            let kind = match tail {
                ExprTail::None => StmtKind::Expr(first),
                ExprTail::Ann(annotation, value) => {
                    let msg = match first.kind {
                        ExprKind::Name(_)
                        | ExprKind::Attribute { .. }
                        | ExprKind::Subscript { .. } => None,
                        ExprKind::Tuple(_) => {
                            Some("only single target (not tuple) can be annotated")
                        }
                        ExprKind::List(_) => Some("only single target (not list) can be annotated"),
                        _ => Some("illegal target for annotation"),
                    };
                    if let Some(msg) = msg {
                        emitter.emit(custom(first.span.into_simple(), msg));
                    }
                    StmtKind::AnnAssign {
                        target: first,
                        annotation,
                        value,
                    }
                }
                ExprTail::Aug(op, value) => {
                    check_targets(&first, TargetCtx::AugAssign, emitter);
                    StmtKind::AugAssign {
                        target: first,
                        op: aug_op(op),
                        value,
                    }
                }
                ExprTail::Assign(mut rest) => {
                    let value = rest.pop().expect("at least one");
                    let mut targets = vec![first];
                    targets.extend(rest);
                    let hint = targets.len() == 1;
                    for t in &targets {
                        check_targets(t, TargetCtx::Assign { hint }, emitter);
                    }
                    StmtKind::Assign { targets, value }
                }
            };
            stmt(kind, e.span())
        })
        .boxed();

    let names = ex
        .name
        .clone()
        .separated_by(just(Token::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed();
    let dotted = dotted_name(ex);
    let dotted_as_name = dotted
        .clone()
        .then(just(Token::As).ignore_then(ex.name.clone()).or_not())
        .map_with(|(name, asname), e| Alias {
            name,
            asname,
            span: sp(e.span()),
        });
    let import_as_name = ex
        .name
        .clone()
        .then(just(Token::As).ignore_then(ex.name.clone()).or_not())
        .map_with(|(n, asname), e| Alias {
            name: DottedName {
                span: n.span,
                parts: vec![n],
            },
            asname,
            span: sp(e.span()),
        });
    let import_as_names = import_as_name
        .clone()
        .separated_by(just(Token::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed();
    // import_from: 'from' ('.' | '...')* dotted_name 'import' import_targets | 'from' ('.' | '...')+ 'import' import_targets
    let dots = choice((just(Token::Dot).to(1u32), just(Token::Ellipsis).to(3u32)))
        .repeated()
        .collect::<Vec<_>>()
        .map(|v| v.iter().sum::<u32>());
    let import_targets = choice((
        import_as_names
            .clone()
            .then_ignore(just(Token::Comma).or_not())
            .delimited_by(just(Token::LPar), just(Token::RPar)),
        just(Token::Star).validate(|_, e, emitter| {
            emitter.emit(custom(
                e.span(),
                "'from ... import *' is not supported by coropy",
            ));
            Vec::new()
        }),
        import_as_names,
    ));
    let import_from = just(Token::From)
        .ignore_then(dots)
        .then(dotted.or_not())
        .then_ignore(just(Token::Import))
        .then(import_targets)
        .try_map(|((level, module), names), span| {
            if level == 0 && module.is_none() {
                return Err(custom(span, "invalid syntax"));
            }
            Ok(StmtKind::ImportFrom {
                module,
                names,
                level,
            })
        });

    let type_alias = select! { Token::Name("type") => () }
        .then(ex.name.clone())
        .then(just(Token::Eq).or(just(Token::LSqb)))
        .then(none_of([Token::Newline, Token::Semi]).repeated())
        .validate(|_, e, emitter| {
            emitter.emit(custom(
                e.span(),
                "type alias statement is not supported by coropy",
            ));
            StmtKind::Pass
        });

    let keyword_stmt = choice((
        just(Token::Pass).to(StmtKind::Pass),
        just(Token::Break).to(StmtKind::Break),
        just(Token::Continue).to(StmtKind::Continue),
        just(Token::Return)
            .ignore_then(ex.star_expressions.clone().or_not())
            .map(StmtKind::Return),
        just(Token::Raise)
            .ignore_then(
                ex.expression
                    .clone()
                    .then(
                        just(Token::From)
                            .ignore_then(ex.expression.clone())
                            .or_not(),
                    )
                    .or_not(),
            )
            .map(|x| match x {
                Some((exc, cause)) => StmtKind::Raise {
                    exc: Some(exc),
                    cause,
                },
                None => StmtKind::Raise {
                    exc: None,
                    cause: None,
                },
            }),
        just(Token::Global)
            .ignore_then(names.clone())
            .map(StmtKind::Global),
        just(Token::Nonlocal)
            .ignore_then(names)
            .map(StmtKind::Nonlocal),
        just(Token::Del)
            .ignore_then(ex.star_targets.clone())
            .validate(|t, _, emitter| {
                check_targets(&t, TargetCtx::Del, emitter);
                match t.kind {
                    ExprKind::Tuple(items) => StmtKind::Del(items),
                    _ => StmtKind::Del(vec![t]),
                }
            }),
        just(Token::Assert)
            .ignore_then(ex.expression.clone())
            .then(
                just(Token::Comma)
                    .ignore_then(ex.expression.clone())
                    .or_not(),
            )
            .map(|(test, msg)| StmtKind::Assert { test, msg }),
        just(Token::Import)
            .ignore_then(
                dotted_as_name
                    .separated_by(just(Token::Comma))
                    .at_least(1)
                    .collect(),
            )
            .map(StmtKind::Import),
        import_from,
        type_alias,
    ))
    .map_with(|kind, e| stmt(kind, e.span()));
    starts(starts_keyword_stmt)
        .ignore_then(keyword_stmt)
        .or(expr_stmt)
        .boxed()
}

/// compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt |
/// while_stmt (`match_stmt`: see `patterns.rs`)
fn compound_stmt<'t, 's: 't>(
    ex: &Exprs<'t, 's>,
    block: P<'t, 's, Vec<Stmt>>,
    source: &'s str,
) -> P<'t, 's, Stmt> {
    // ':' — with CPython's "expected ':'" when the line ends instead.
    let colon = just(Token::Colon)
        .ignored()
        .or(just(Token::Newline).rewind().validate(|_, e, emitter| {
            emitter.emit(custom(e.span(), "expected ':'"));
        }))
        .boxed();
    // '&&:' in CPython's grammar: any other token is "expected ':'".
    let forced_colon = just(Token::Colon)
        .ignored()
        .or(any()
            .rewind()
            .try_map(|_, span| Err::<(), _>(custom(span, "expected ':'"))))
        .boxed();
    let else_block = just(Token::Else)
        .ignore_then(forced_colon.clone())
        .ignore_then(block.clone())
        .boxed();
    let is_async = just(Token::Async).or_not().map(|a| a.is_some()).boxed();

    // A condition followed by '=' gets CPython's "Maybe you meant '=='" message.
    let condition = ex
        .named_expression
        .clone()
        .then(
            just(Token::Eq)
                .map_with(|_, e| e.span())
                .then_ignore(ex.expression.clone())
                .or_not(),
        )
        .validate(|(test, eq): (Expr, Option<SimpleSpan>), _, emitter| {
            if eq.is_some() {
                let msg = if matches!(test.kind, ExprKind::Name(_)) {
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string()
                } else {
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        super::targets::expr_name(&test)
                    )
                };
                emitter.emit(custom(test.span.into_simple(), msg));
            }
            test
        })
        .boxed();

    // if_stmt: 'if' named_expression ':' block ('elif' named_expression ':' block)* [else_block]
    let elif = just(Token::Elif)
        .ignore_then(condition.clone())
        .then_ignore(colon.clone())
        .then(block.clone())
        .map_with(|(test, body), e| (test, body, e.span()));
    let if_stmt = just(Token::If)
        .ignore_then(condition.clone())
        .then_ignore(colon.clone())
        .then(block.clone())
        .then(elif.repeated().collect::<Vec<_>>())
        .then(else_block.clone().or_not())
        .map_with(|(((test, body), elifs), orelse), e| {
            let end = e.span().end;
            let mut orelse = orelse.unwrap_or_default();
            for (test, body, span) in elifs.into_iter().rev() {
                let span = SimpleSpan::from(span.start..end);
                orelse = vec![stmt(StmtKind::If { test, body, orelse }, span)];
            }
            StmtKind::If { test, body, orelse }
        });

    // while_stmt: 'while' named_expression ':' block [else_block]
    let while_stmt = just(Token::While)
        .ignore_then(condition.clone())
        .then_ignore(colon.clone())
        .then(block.clone())
        .then(else_block.clone().or_not())
        .map(|((test, body), orelse)| StmtKind::While {
            test,
            body,
            orelse: orelse.unwrap_or_default(),
        });

    // for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
    let for_stmt = is_async
        .clone()
        .then_ignore(just(Token::For))
        .then(ex.star_targets.clone())
        .then_ignore(just(Token::In))
        .then(ex.star_expressions.clone())
        .then_ignore(colon.clone())
        .then(block.clone())
        .then(else_block.clone().or_not())
        .validate(|((((is_async, target), iter), body), orelse), _, emitter| {
            check_targets(&target, TargetCtx::Comprehension, emitter);
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse: orelse.unwrap_or_default(),
            }
        });

    // with_stmt: ['async'] 'with' ( '(' with_item (',' with_item)* [','] ')' | with_item (',' with_item)* ) ':' block
    let with_item = ex
        .expression
        .clone()
        .then(just(Token::As).ignore_then(ex.star_target.clone()).or_not())
        .validate(|(context, target), _, emitter| {
            if let Some(t) = &target {
                check_targets(t, TargetCtx::Comprehension, emitter);
            }
            WithItem { context, target }
        })
        .boxed();
    let with_items = choice((
        with_item
            .clone()
            .separated_by(just(Token::Comma))
            .at_least(1)
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(Token::LPar), just(Token::RPar))
            .then_ignore(just(Token::Colon).rewind()),
        with_item
            .separated_by(just(Token::Comma))
            .at_least(1)
            .collect::<Vec<_>>(),
    ));
    let with_stmt = is_async
        .clone()
        .then_ignore(just(Token::With))
        .then(with_items)
        .then_ignore(colon.clone())
        .then(block.clone())
        .map(|((is_async, items), body)| StmtKind::With {
            is_async,
            items,
            body,
        });

    // try_stmt: 'try' ':' block (except_block+ [else_block] [finally_block] | finally_block)
    let except_block = just(Token::Except)
        .ignore_then(just(Token::Star).or_not())
        .then(
            ex.expression
                .clone()
                .then(just(Token::Comma).map_with(|_, e| e.span()).or_not())
                .then(just(Token::As).ignore_then(ex.name.clone()).or_not())
                .or_not(),
        )
        .then_ignore(colon.clone())
        .map_with(|x, e| (x, e.span()))
        .then(block.clone())
        .validate(|(((star, typ), header), body), e, emitter| {
            if star.is_some() {
                emitter.emit(custom(header, "'except*' is not supported by coropy"));
            }
            let (typ, name) = match typ {
                Some(((typ, comma), name)) => {
                    if let Some(c) = comma {
                        emitter.emit(custom(c, "multiple exception types must be parenthesized"));
                    }
                    (Some(typ), name)
                }
                None => (None, None),
            };
            let _ = e;
            ExceptHandler {
                typ,
                name,
                body,
                span: sp(header),
            }
        });
    let finally_block = just(Token::Finally)
        .ignore_then(forced_colon.clone())
        .ignore_then(block.clone());
    let try_stmt = just(Token::Try)
        .ignore_then(forced_colon.clone())
        .ignore_then(block.clone())
        .then(choice((
            except_block
                .repeated()
                .at_least(1)
                .collect::<Vec<_>>()
                .then(else_block.clone().or_not())
                .then(finally_block.clone().or_not())
                .map(|((h, e), f)| (h, e.unwrap_or_default(), f.unwrap_or_default())),
            finally_block.map(|f| (Vec::new(), Vec::new(), f)),
            choice((
                just(Token::Except),
                just(Token::Finally),
                just(Token::Error),
            ))
            .not()
            .validate(|_, e, emitter| {
                emitter.emit(custom(e.span(), "expected 'except' or 'finally' block"));
                (Vec::new(), Vec::new(), Vec::new())
            }),
        )))
        .map(|(body, (handlers, orelse, finalbody))| {
            StmtKind::Try(Box::new(Try {
                body,
                handlers,
                orelse,
                finalbody,
            }))
        });

    // function_def: decorators? ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
    let params = lambda_params(ex.expression.clone(), Some(ex.expression.clone()));
    let function_def = is_async
        .then_ignore(just(Token::Def))
        .then(ex.name.clone())
        .then(
            params
                .or_not()
                .delimited_by(just(Token::LPar), just(Token::RPar)),
        )
        .then(
            just(Token::Arrow)
                .map_with(|_, e| e.span())
                .then(ex.expression.clone().or_not())
                .validate(|(arrow, ann), _, emitter| {
                    if ann.is_none() {
                        emitter.emit(custom(arrow, "expected ':'"));
                    }
                    ann
                })
                .or_not()
                .map(Option::flatten),
        )
        .then_ignore(forced_colon)
        .then(block.clone())
        .map(
            |((((is_async, name), params), returns), body)| FunctionDef {
                is_async,
                name,
                params: params.unwrap_or_default(),
                returns,
                body,
                decorators: Vec::new(),
            },
        );
    // class_def: decorators? 'class' NAME ['(' [arguments] ')'] ':' block
    let class_def = just(Token::Class)
        .ignore_then(ex.name.clone())
        .then(
            ex.arguments
                .clone()
                .or_not()
                .delimited_by(just(Token::LPar), just(Token::RPar))
                .or_not(),
        )
        .then_ignore(colon.clone())
        .then(block.clone())
        .validate(move |x, _, emitter| {
            // `class A(x for x in y)`: a bare generator expression is no base list.
            for a in x.0.1.iter().flatten().flatten() {
                if let Arg::Positional(g) = a
                    && matches!(g.kind, ExprKind::GeneratorExp { .. })
                    && !source[g.span.range()].starts_with('(')
                {
                    emitter.emit(custom(g.span.into_simple(), "invalid syntax"));
                }
            }
            x
        })
        .map(|((name, bases), body)| ClassDef {
            name,
            bases: bases.flatten().unwrap_or_default(),
            body,
            decorators: Vec::new(),
        });
    // decorators: ('@' named_expression NEWLINE)+
    let decorators = just(Token::At)
        .ignore_then(ex.named_expression.clone())
        .then_ignore(just(Token::Newline))
        .repeated()
        .collect::<Vec<_>>();
    let definition = decorators
        .then(choice((
            function_def.map(|f| StmtKind::FunctionDef(Box::new(f))),
            class_def.map(|c| StmtKind::ClassDef(Box::new(c))),
        )))
        .map(|(decorators, mut kind)| {
            match &mut kind {
                StmtKind::FunctionDef(f) => f.decorators = decorators,
                StmtKind::ClassDef(c) => c.decorators = decorators,
                _ => {}
            }
            kind
        });

    starts(starts_compound_stmt)
        .ignore_then(choice((
            if_stmt, while_stmt, for_stmt, with_stmt, try_stmt, definition,
        )))
        .map_with(|kind, e| stmt(kind, e.span()))
        .boxed()
}

/// The tokens a keyword statement of `simple_stmt` starts with.
fn starts_keyword_stmt(t: &Token) -> bool {
    matches!(
        t,
        Token::Pass
            | Token::Break
            | Token::Continue
            | Token::Return
            | Token::Raise
            | Token::Global
            | Token::Nonlocal
            | Token::Del
            | Token::Assert
            | Token::Import
            | Token::From
            | Token::Name("type")
    )
}

/// The tokens a compound statement starts with.
fn starts_compound_stmt(t: &Token) -> bool {
    matches!(
        t,
        Token::If
            | Token::While
            | Token::For
            | Token::Async
            | Token::With
            | Token::Try
            | Token::At
            | Token::Def
            | Token::Class
    )
}
