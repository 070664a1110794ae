//! The parser's error type: chumsky's `Rich` errors, built only when asked for. A
//! parse first runs in cheap mode, where a failed alternative records nothing (the
//! sets of expected tokens chumsky merges at every failed alternative dominate the cost
//! of parsing otherwise); only a source that fails is parsed again in detailed mode
//! for its messages. Custom errors (our own messages) are always kept.

use std::cell::Cell;

use chumsky::error::{Error, LabelError, Rich, RichPattern};
use chumsky::input::Input;
use chumsky::util::MaybeRef;

use super::Token;

thread_local! {
    static DETAILED: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with detailed errors on (`true`) or off on this thread.
pub(crate) fn with_detail<T>(detailed: bool, f: impl FnOnce() -> T) -> T {
    let old = DETAILED.with(|d| d.replace(detailed));
    let out = f();
    DETAILED.with(|d| d.set(old));
    out
}

pub(super) fn detailed() -> bool {
    DETAILED.with(Cell::get)
}

/// A parse error: `Cheap` in cheap mode (only "something failed here"), else `Rich`.
#[derive(Debug, Clone)]
pub(crate) enum PErr<'t, 's> {
    Cheap,
    /// Boxed: chumsky moves the error of the furthest failed alternative in and out
    /// of its state at every failed token match, so the cheap case stays 8 bytes.
    Rich(Box<Rich<'t, Token<'s>>>),
}

impl<'t, 's> PErr<'t, 's> {
    pub(crate) fn custom(span: chumsky::span::SimpleSpan, msg: impl Into<String>) -> Self {
        PErr::Rich(Box::new(Rich::custom(span, msg.into())))
    }

    /// The detailed error, if this is one.
    pub(crate) fn into_rich(self) -> Option<Rich<'t, Token<'s>>> {
        match self {
            PErr::Rich(r) => Some(*r),
            PErr::Cheap => None,
        }
    }
}

impl<'t, 's, I> Error<'t, I> for PErr<'t, 's>
where
    I: Input<'t, Token = Token<'s>, Span = chumsky::span::SimpleSpan>,
{
    #[inline]
    fn merge(self, other: Self) -> Self {
        match (self, other) {
            (PErr::Rich(a), PErr::Rich(b)) => {
                PErr::Rich(Box::new(<Rich<_> as Error<'t, I>>::merge(*a, *b)))
            }
            (PErr::Cheap, b) => b,
            (a, PErr::Cheap) => a,
        }
    }
}

impl<'t, 's, I, L> LabelError<'t, I, L> for PErr<'t, 's>
where
    I: Input<'t, Token = Token<'s>, Span = chumsky::span::SimpleSpan>,
    L: TryInto<RichPattern<'t, Token<'s>>>,
{
    #[inline]
    fn expected_found<E: IntoIterator<Item = L>>(
        expected: E,
        found: Option<MaybeRef<'t, Token<'s>>>,
        span: I::Span,
    ) -> Self {
        if detailed() {
            PErr::Rich(Box::new(<Rich<_> as LabelError<'t, I, L>>::expected_found(
                expected, found, span,
            )))
        } else {
            PErr::Cheap
        }
    }

    #[inline]
    fn merge_expected_found<E: IntoIterator<Item = L>>(
        self,
        expected: E,
        found: Option<MaybeRef<'t, Token<'s>>>,
        span: I::Span,
    ) -> Self {
        match self {
            PErr::Rich(r) => PErr::Rich(Box::new(
                <Rich<_> as LabelError<'t, I, L>>::merge_expected_found(*r, expected, found, span),
            )),
            PErr::Cheap => PErr::Cheap,
        }
    }

    #[inline]
    fn replace_expected_found<E: IntoIterator<Item = L>>(
        self,
        expected: E,
        found: Option<MaybeRef<'t, Token<'s>>>,
        span: I::Span,
    ) -> Self {
        match self {
            PErr::Rich(r) => PErr::Rich(Box::new(
                <Rich<_> as LabelError<'t, I, L>>::replace_expected_found(
                    *r, expected, found, span,
                ),
            )),
            PErr::Cheap if detailed() => PErr::Rich(Box::new(
                <Rich<_> as LabelError<'t, I, L>>::expected_found(expected, found, span),
            )),
            PErr::Cheap => PErr::Cheap,
        }
    }

    #[inline]
    fn label_with(&mut self, label: L) {
        if let PErr::Rich(r) = self {
            <Rich<_> as LabelError<'t, I, L>>::label_with(r, label);
        }
    }

    #[inline]
    fn in_context(&mut self, label: L, span: I::Span) {
        if let PErr::Rich(r) = self {
            <Rich<_> as LabelError<'t, I, L>>::in_context(r, label, span);
        }
    }
}

/// Lookahead for the cheap mode: passes (consuming nothing) when the next token can
/// start the alternative it guards, so a parse skips alternatives that would fail
/// anyway. Detailed mode always passes: a failing alternative's expected tokens are
/// part of the error message, which must not depend on the guards.
pub(crate) fn starts<'t, 's: 't>(
    first: fn(&Token<'s>) -> bool,
) -> impl chumsky::Parser<'t, super::In<'t, 's>, (), super::Ext<'t, 's>> + Clone {
    use chumsky::Parser;
    chumsky::primitive::any()
        .filter(move |t| first(t) || detailed())
        .rewind()
        .ignored()
}
