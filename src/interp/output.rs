//! Buffered standard output: flushed at exit, before stderr output and before
//! `input()`; a closed pipe silently discards further output. The buffer is
//! thread-local so that code without the interpreter at hand (finalizers printing
//! warnings) can flush it first.

use std::cell::RefCell;
use std::io::Write;

struct Buffer {
    buf: Vec<u8>,
    /// The reader went away (EPIPE): drop everything from now on.
    closed: bool,
    /// Capture instead of writing to the process's stdout (tests, embedding).
    capture: Option<Vec<u8>>,
}

thread_local! {
    static STDOUT: RefCell<Buffer> = const {
        RefCell::new(Buffer { buf: Vec::new(), closed: false, capture: None })
    };
}

/// Handle to this thread's buffered stdout.
pub struct Output;

impl Output {
    pub fn new() -> Output {
        Output
    }

    pub fn write_str(&mut self, s: &str) {
        let full = STDOUT.with(|b| {
            let mut b = b.borrow_mut();
            if let Some(c) = &mut b.capture {
                c.extend_from_slice(s.as_bytes());
                return false;
            }
            if b.closed {
                return false;
            }
            b.buf.extend_from_slice(s.as_bytes());
            b.buf.len() >= 8192
        });
        if full {
            flush();
        }
    }

    pub fn flush(&mut self) {
        flush();
    }

    /// Start capturing output instead of writing it.
    pub fn start_capture(&mut self) {
        STDOUT.with(|b| b.borrow_mut().capture = Some(Vec::new()));
    }

    /// Stop capturing; returns what was written.
    pub fn take_capture(&mut self) -> String {
        STDOUT.with(|b| {
            let bytes = b.borrow_mut().capture.take().unwrap_or_default();
            String::from_utf8_lossy(&bytes).into_owned()
        })
    }
}

impl Default for Output {
    fn default() -> Self {
        Output::new()
    }
}

/// Write out whatever is buffered.
pub fn flush() {
    STDOUT.with(|b| {
        let mut b = b.borrow_mut();
        if b.buf.is_empty() {
            return;
        }
        if b.closed {
            b.buf.clear();
            return;
        }
        let mut out = std::io::stdout().lock();
        let r = out.write_all(&b.buf).and_then(|_| out.flush());
        if r.is_err() {
            b.closed = true;
        }
        b.buf.clear();
    });
}
