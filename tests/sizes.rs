//! Size bounds of the objects every waiting task holds (see README.md, "Memory per
//! waiting task"): growing one of them past its mimalloc size class costs every task.

use std::mem::size_of;

use coropy::aio::event_loop::Callback;
use coropy::aio::future::{FutureObj, TaskData};
use coropy::interp::coro::Awaiting;
use coropy::interp::frame::Frame;
use coropy::interp::gen_obj::GenObj;
use coropy::runtime::value::Value;

#[test]
fn per_task_object_sizes() {
    assert_eq!(size_of::<Value>(), 16);
    // + 16 bytes of Rc header: the 80-byte class (a task, and each plain future).
    assert!(
        size_of::<FutureObj>() <= 64,
        "FutureObj {}",
        size_of::<FutureObj>()
    );
    assert!(
        size_of::<TaskData>() <= 32,
        "TaskData {}",
        size_of::<TaskData>()
    );
    // + 24 bytes of Rc<RefCell> header: the 80-byte class (one per coroutine call).
    assert!(size_of::<GenObj>() <= 56, "GenObj {}", size_of::<GenObj>());
    // A coroutine's boxed frame: the 56-byte class.
    assert!(size_of::<Frame>() <= 56, "Frame {}", size_of::<Frame>());
    // One await-chain link, one ready-queue entry.
    assert!(
        size_of::<Awaiting>() <= 24,
        "Awaiting {}",
        size_of::<Awaiting>()
    );
    assert!(
        size_of::<Callback>() <= 24,
        "Callback {}",
        size_of::<Callback>()
    );
}
