# The Python half of coropy's asyncio module. Futures, tasks and the event loop are
# native (src/aio); what CPython itself writes in Python on top of them lives here,
# with the same scheduling behaviour (loop turns, callback order, messages).

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got {!r}".format(main))
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        if debug is not None:
            loop.set_debug(debug)
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()


async def _shutdown_asyncgens(loop):
    closing_agens = loop._take_asyncgens()
    if not closing_agens:
        return
    results = await gather(
        *[ag.aclose() for ag in closing_agens],
        return_exceptions=True)
    for result, agen in zip(results, closing_agens):
        if isinstance(result, Exception):
            loop.call_exception_handler({
                'message': f'an error occurred during closing of '
                           f'asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen,
            })


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    should_close = True
    if not iscoroutine(coro_or_future):
        if hasattr(coro_or_future, '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
            should_close = False
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


class _GatheringFuture:
    pass


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    outer = _gather_native(coros_or_futures, return_exceptions)
    if outer is not None:
        return outer

    children = []
    nfuts = 0
    nfinished = 0
    done_futs = []
    loop = None
    outer = None

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1

        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return

        if not return_exceptions:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return

        if nfinished == nfuts:
            results = []
            for fut in children:
                if fut.cancelled():
                    res = CancelledError(
                        '' if fut._cancel_message is None else
                        fut._cancel_message)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)

            if outer._gather_cancel_requested:
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            nfuts += 1
            arg_to_fut[arg] = fut
            if fut.done():
                done_futs.append(fut)
            else:
                fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = loop.create_future()
    outer._set_gather_children(children)
    for fut in done_futs:
        _done_callback(fut)
    return outer


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')

    loop = get_running_loop()
    fs = list(fs)
    if any(iscoroutine(f) for f in fs):
        # Python 3.8-3.10 behaviour, kept on purpose (README: differences).
        _warn("The explicit passing of coroutine objects to asyncio.wait() is "
              "deprecated since Python 3.8, and scheduled for removal in "
              "Python 3.11.", 'DeprecationWarning', 3)
    unique = []
    for f in fs:
        f = ensure_future(f, loop=loop)
        if f not in unique:
            unique.append(f)
    return await _wait(unique, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
            return_when == FIRST_COMPLETED or
            return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _noop():
    pass


def _run_in_executor(loop, executor, func, *args):
    """loop.run_in_executor(): coropy has no threads, so the job runs here, to the
    end, on a timeline of its own: its blocking time.sleep()s advance the virtual
    clock, which is then wound back, and the future gets the outcome that much later,
    as from a worker thread started now (see README, Differences from CPython)."""
    fut = loop.create_future()
    start = loop.time()
    try:
        outcome = (True, func(*args))
    except BaseException as exc:
        outcome = (False, exc)
    elapsed = _executor_elapsed(start)
    if elapsed > 0:
        loop.call_later(elapsed, _set_executor_outcome, fut, outcome)
    else:
        loop.call_soon(_set_executor_outcome, fut, outcome)
    return fut


def _set_executor_outcome(fut, outcome):
    if fut.cancelled():
        return
    ok, value = outcome
    if ok:
        fut.set_result(value)
    else:
        fut.set_exception(value)


# The base of the locks and queues (CPython's asyncio/mixins.py): binds an object to
# the loop it first waits in.
__name__ = 'asyncio.mixins'


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()

        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


__name__ = 'asyncio'


# Names of the prelude files compiled on first use (src/stdlib/asyncio.rs), by file.
_LAZY = {}
for _name in ('Timeout', 'timeout', 'timeout_at'):
    _LAZY[_name] = 'asyncio_timeouts'
for _name in ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore',
              'Barrier', 'BrokenBarrierError'):
    _LAZY[_name] = 'asyncio_locks'
_LAZY['Runner'] = 'asyncio_runners'
for _name in ('to_thread', 'wait_for', 'TaskGroup', 'shield', 'as_completed',
              'wrap_future'):
    _LAZY[_name] = 'asyncio_tasks'
for _name in ('Queue', 'LifoQueue', 'PriorityQueue', 'QueueEmpty', 'QueueFull'):
    _LAZY[_name] = 'asyncio_queues'
del _name


def __getattr__(name):
    """Module attribute fallback (PEP 562): loads the file defining `name`."""
    source = _LAZY.pop(name, None)
    if source is None:
        raise AttributeError(f"module 'asyncio' has no attribute '{name}'")
    for other, file in list(_LAZY.items()):
        if file == source:
            del _LAZY[other]
    _load_prelude(source)
    return globals()[name]
