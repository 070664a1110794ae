//! Buffered standard output: flushed at exit, before stderr output and before
//! `input()`; a closed pipe silently discards further output.

use std::io::Write;

pub struct Output {
    buf: Vec<u8>,
    /// The reader went away (EPIPE): drop everything from now on.
    closed: bool,
    /// Capture instead of writing to the process's stdout (tests, embedding).
    pub capture: Option<Vec<u8>>,
}

impl Output {
    pub fn new() -> Output {
        Output {
            buf: Vec::with_capacity(8192),
            closed: false,
            capture: None,
        }
    }

    pub fn write_str(&mut self, s: &str) {
        if let Some(c) = &mut self.capture {
            c.extend_from_slice(s.as_bytes());
            return;
        }
        if self.closed {
            return;
        }
        self.buf.extend_from_slice(s.as_bytes());
        if self.buf.len() >= 8192 {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if self.buf.is_empty() || self.closed {
            self.buf.clear();
            return;
        }
        let mut out = std::io::stdout().lock();
        let r = out.write_all(&self.buf).and_then(|_| out.flush());
        if r.is_err() {
            self.closed = true;
        }
        self.buf.clear();
    }
}

impl Default for Output {
    fn default() -> Self {
        Output::new()
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        self.flush();
    }
}
