//! A root coroutine's await chain storage: the links behind one pointer, allocated
//! with the first link (most coroutines are never the root of a chain, and a task
//! parked on an event has none), so that a coroutine object stays in mimalloc's
//! 80-byte class.

use super::coro::Awaiting;

/// The links of an await chain, innermost last. The box is kept once allocated: a
/// task awaits again and again. (Boxed on purpose: 8 bytes in the coroutine object
/// where a `Vec` takes 24.)
#[allow(clippy::box_collection)]
#[derive(Default)]
pub struct Chain(Option<Box<Vec<Awaiting>>>);

impl Chain {
    #[inline]
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |v| v.len())
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn last(&self) -> Option<&Awaiting> {
        self.0.as_ref().and_then(|v| v.last())
    }

    #[inline]
    pub fn pop(&mut self) -> Option<Awaiting> {
        self.0.as_mut().and_then(|v| v.pop())
    }

    #[inline(always)]
    pub fn push(&mut self, link: Awaiting) {
        match &mut self.0 {
            Some(v) => v.push(link),
            None => self.first(link),
        }
    }

    /// The first link: the box, and a vector with room for exactly one (most
    /// chains only ever hold one link: a task blocked on a future).
    #[cold]
    fn first(&mut self, link: Awaiting) {
        self.0 = Some(Box::new(vec![link]));
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Awaiting> {
        match &self.0 {
            Some(v) => v.iter(),
            None => [].iter(),
        }
    }

    /// The links, outermost first (the chain is left empty).
    pub fn take_all(&mut self) -> Vec<Awaiting> {
        self.0.take().map_or_else(Vec::new, |v| *v)
    }
}

impl Extend<Awaiting> for Chain {
    fn extend<I: IntoIterator<Item = Awaiting>>(&mut self, links: I) {
        let mut links = links.into_iter().peekable();
        if links.peek().is_some() {
            self.0.get_or_insert_with(Default::default).extend(links);
        }
    }
}
