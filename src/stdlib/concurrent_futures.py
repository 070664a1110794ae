"""concurrent.futures for coropy: executors without threads.

coropy has no threads (see README), so `submit()` runs the function right away, to
its end, and returns a finished Future; `loop.run_in_executor(pool, ...)` accepts these
executors like the default one. `wait`, `as_completed` and the Future API work on the
finished futures as in CPython.
"""

from collections import namedtuple as _namedtuple

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    """The outcome of a submitted call."""

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def __repr__(self):
        if self._state == _FINISHED:
            if self._exception is not None:
                return '<Future at %#x state=finished raised %s>' % (
                    id(self), type(self._exception).__name__)
            return '<Future at %#x state=finished returned %s>' % (
                id(self), type(self._result).__name__)
        return '<Future at %#x state=%s>' % (id(self), self._state.lower())

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state != _CANCELLED:
            self._state = _CANCELLED
            self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def result(self, timeout=None):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._state == _FINISHED:
            if self._exception is not None:
                raise self._exception
            return self._result
        raise TimeoutError()

    def exception(self, timeout=None):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._state == _FINISHED:
            return self._exception
        raise TimeoutError()

    def add_done_callback(self, fn):
        if self.done():
            fn(self)
        else:
            self._done_callbacks.append(fn)

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in (_CANCELLED, _FINISHED):
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in (_CANCELLED, _FINISHED):
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._exception = exception
        self._state = _FINISHED
        self._invoke_callbacks()

    def _invoke_callbacks(self):
        callbacks, self._done_callbacks = self._done_callbacks, []
        for callback in callbacks:
            callback(self)


class Executor:
    """The executor protocol: submit, map, shutdown, and `with`."""

    _shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        f.set_running_or_notify_cancel()
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            f.set_exception(exc)
        else:
            f.set_result(result)
        return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            for f in fs:
                yield f.result()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers or 5
        if initializer is not None:
            initializer(*initargs)


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers or 1
        if initializer is not None:
            initializer(*initargs)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """(done, not_done) sets of the futures."""
    fs = set(fs)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)


DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done')


def as_completed(fs, timeout=None):
    """The futures as they finish (all submitted calls have finished already)."""
    fs = list(dict.fromkeys(fs))
    for f in fs:
        if f.done():
            yield f
    pending = [f for f in fs if not f.done()]
    if pending:
        raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(fs)))
