//! Collecting an uncaught exception's chain of causes/contexts and each traceback entry
//! as plain data; `crate::diag` renders it as CPython does.

use super::Interp;
use crate::diag::{self, Chain, ChainLink, ExceptionBlock, TbFrame};
use crate::runtime::exc::Exc;
use crate::runtime::object::TbEntry;
use crate::runtime::value::Value;

impl Interp {
    pub fn render_exception(&mut self, e: &Exc) -> String {
        diag::render_exception(&self.exception_chain(e))
    }

    /// The chain ending in `e`, in print order (innermost cause first), each with how it
    /// relates to the one before it.
    pub fn exception_chain(&mut self, e: &Exc) -> Chain {
        let mut chain = Vec::new();
        let mut seen = Vec::new();
        self.collect_chain(e, &mut chain, &mut seen);
        chain
    }

    fn collect_chain(&mut self, e: &Exc, chain: &mut Chain, seen: &mut Vec<usize>) {
        let addr = std::rc::Rc::as_ptr(&e.0) as usize;
        if seen.contains(&addr) || seen.len() > 100 {
            return;
        }
        seen.push(addr);
        let (cause, context, suppress) = {
            let d = e.0.exc();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        let mut link = None;
        if let Some(Value::Instance(c)) = cause {
            self.collect_chain(&Exc(c), chain, seen);
            link = Some(ChainLink::Cause);
        } else if let (Some(Value::Instance(c)), false) = (context, suppress) {
            self.collect_chain(&Exc(c), chain, seen);
            link = Some(ChainLink::Context);
        }
        let frames = e.0.exc().traceback.iter().rev().map(tb_frame).collect();
        let mut summary = self.exception_line(e);
        self.append_notes(e, &mut summary);
        let group = self
            .group_members(e)
            .iter()
            .map(|m| {
                let mut member = Vec::new();
                self.collect_chain(m, &mut member, seen);
                member
            })
            .collect();
        chain.push((
            link,
            ExceptionBlock {
                frames,
                summary,
                group,
            },
        ));
    }

    /// The members of an exception group (none for another exception).
    fn group_members(&mut self, e: &Exc) -> Vec<Exc> {
        if !e
            .class()
            .is_subclass(&crate::runtime::types::types().exc("BaseExceptionGroup"))
        {
            return Vec::new();
        }
        let Ok(members) = self.getattr(&e.value(), "exceptions") else {
            return Vec::new();
        };
        let items = self.iterate(&members).unwrap_or_default();
        items
            .into_iter()
            .filter_map(|m| match m {
                Value::Instance(i) if i.exc.is_some() => Some(Exc(i)),
                _ => None,
            })
            .collect()
    }

    /// `__notes__` under the `Type: message` line, one per line, as CPython prints
    /// them (a `__notes__` that is not a list or tuple is shown with repr).
    fn append_notes(&mut self, e: &Exc, summary: &mut String) {
        let notes = e.0.dict.borrow().get("__notes__").cloned();
        let Some(notes) = notes else {
            return;
        };
        let items = match &notes {
            Value::List(_) | Value::Tuple(_) => self.iterate(&notes).unwrap_or_default(),
            other => {
                let shown = self
                    .repr(other)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
                summary.push('\n');
                summary.push_str(&shown);
                return;
            }
        };
        for note in items {
            let text = self
                .str(&note)
                .unwrap_or_else(|_| "<note str() failed>".to_string());
            summary.push('\n');
            summary.push_str(&text);
        }
    }

    /// `Type: message` (or just `Type` when the message is empty).
    pub fn exception_line(&mut self, e: &Exc) -> String {
        let (name, msg) = self.exception_parts(e);
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }

    /// The exception's type name as CPython prints it (`module.Qualname` outside
    /// `builtins`/`__main__`) and `str()` of it.
    pub fn exception_parts(&mut self, e: &Exc) -> (String, String) {
        let cls = e.class().clone();
        // `__module__` as the class says now (a module may reassign it, as json does).
        let module = match cls.dict.borrow().get("__module__") {
            Some(Value::Str(m)) => m.as_str().to_string(),
            _ => cls.module.to_string(),
        };
        let name = if module == "__main__" || module == "builtins" {
            cls.qualname.to_string()
        } else {
            format!("{module}.{}", cls.qualname)
        };
        let msg = self
            .str(&e.value())
            .unwrap_or_else(|_| "<exception str() failed>".to_string());
        (name, msg)
    }
}

/// The plain data of one traceback entry: the line where the statement starts and its
/// columns on that line.
fn tb_frame(entry: &TbEntry) -> TbFrame {
    let code = &entry.code;
    let source = &code.source;
    let line = source.line_of(entry.span.start);
    let text = source.line_text(line);
    let line_start = text.as_ptr() as usize - source.text.as_ptr() as usize;
    let start = (entry.span.start as usize).saturating_sub(line_start);
    let end = (entry.span.end as usize).saturating_sub(line_start);
    TbFrame {
        path: source.path.to_string(),
        line,
        name: code.name.to_string(),
        text: text.to_string(),
        start_col: start.min(text.len()),
        end_col: (end <= text.len()).then_some(end),
    }
}
