//! Rendering an uncaught exception as CPython does: the chain of causes/contexts, each
//! with "Traceback (most recent call last):" and one `File "...", line N, in name` entry
//! per frame plus its source line, ending in the `Type: message` line.

use super::Interp;
use crate::runtime::exc::Exc;
use crate::runtime::value::Value;

impl Interp {
    pub fn render_exception(&mut self, e: &Exc) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.render_chain(e, &mut out, &mut seen);
        out
    }

    fn render_chain(&mut self, e: &Exc, out: &mut String, seen: &mut Vec<usize>) {
        let addr = std::rc::Rc::as_ptr(&e.0) as usize;
        if seen.contains(&addr) || seen.len() > 100 {
            return;
        }
        seen.push(addr);
        let (cause, context, suppress) = {
            let d = e.0.exc();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        if let Some(Value::Instance(c)) = cause {
            self.render_chain(&Exc(c), out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let (Some(Value::Instance(c)), false) = (context, suppress) {
            self.render_chain(&Exc(c), out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        let tb = e.0.exc().traceback.clone();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in tb.iter().rev() {
                let code = &entry.code;
                let line = code.line_of(entry.span);
                let name = if &*code.name == "<module>" {
                    "<module>".to_string()
                } else {
                    code.name.to_string()
                };
                out.push_str(&format!(
                    "  File \"{}\", line {line}, in {name}\n",
                    code.source.path
                ));
                let text = code.source.line_text(line).trim();
                if !text.is_empty() {
                    out.push_str(&format!("    {text}\n"));
                }
            }
        }
        out.push_str(&self.exception_line(e));
        out.push('\n');
    }

    /// `Type: message` (or just `Type` when the message is empty).
    pub fn exception_line(&mut self, e: &Exc) -> String {
        let cls = e.class().clone();
        let name = if &*cls.module == "__main__" || &*cls.module == "builtins" {
            cls.qualname.to_string()
        } else {
            format!("{}.{}", cls.module, cls.qualname)
        };
        let msg = self
            .str(&e.value())
            .unwrap_or_else(|_| "<exception str() failed>".to_string());
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }
}
