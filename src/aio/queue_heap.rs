//! The heap behind `asyncio.PriorityQueue`: heapq's sift-down, sift-up and pop over
//! the queue's items (compared with `<` through the interpreter), and putting the heap
//! back into the queue after a comparison's code may have changed it.

use std::collections::VecDeque;

use super::queue::QueueRef;
use crate::interp::{Interp, PyResult};
use crate::runtime::value::Value;
use crate::syntax::ast::CmpOp;

impl Interp {
    /// heapq's `_siftdown` (the C version: swaps, so the list stays a permutation
    /// when a comparison raises).
    pub(super) fn siftdown(
        &mut self,
        heap: &mut [Value],
        start: usize,
        mut pos: usize,
    ) -> PyResult<()> {
        while pos > start {
            let parent = (pos - 1) >> 1;
            if !self.truth_cmp(CmpOp::Lt, &heap[pos], &heap[parent])? {
                break;
            }
            heap.swap(pos, parent);
            pos = parent;
        }
        Ok(())
    }

    /// heapq's `_siftup`.
    fn siftup(&mut self, heap: &mut [Value], mut pos: usize) -> PyResult<()> {
        let end = heap.len();
        let start = pos;
        let limit = end >> 1;
        while pos < limit {
            let mut child = 2 * pos + 1;
            if child + 1 < end && !self.truth_cmp(CmpOp::Lt, &heap[child], &heap[child + 1])? {
                child += 1;
            }
            heap.swap(child, pos);
            pos = child;
        }
        self.siftdown(heap, start, pos)
    }

    /// `heapq.heappop` on a non-empty heap.
    pub(super) fn heappop(&mut self, heap: &mut Vec<Value>) -> PyResult<Value> {
        let last = heap.pop().expect("a non-empty heap");
        if heap.is_empty() {
            return Ok(last);
        }
        let ret = std::mem::replace(&mut heap[0], last);
        self.siftup(heap, 0)?;
        Ok(ret)
    }
}

/// Put a heap taken out of the queue back (items a comparison's code added to the
/// queue meanwhile go after it).
pub(super) fn restore_heap(q: &QueueRef, heap: Vec<Value>) {
    let mut st = q.st.borrow_mut();
    let added = std::mem::replace(&mut st.items, VecDeque::from(heap));
    st.items.extend(added);
}
