//! The loop's exception handling: the context dict CPython passes around, the user's
//! handler (`loop.set_exception_handler`) and `default_exception_handler`'s stderr log.

use super::event_loop::LoopRef;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::Exc;
use crate::runtime::object::Args;
use crate::runtime::value::Value;

impl Interp {
    /// Report `message` (with an exception and extra context keys) through the loop's
    /// exception handler, as `loop.call_exception_handler({...})` does.
    pub fn call_exception_handler(
        &mut self,
        lp: &LoopRef,
        message: &str,
        exc: Option<Exc>,
        extra: Option<(&str, Value)>,
    ) -> PyResult<()> {
        let ctx = self.new_dict();
        self.setitem(&ctx, Value::str("message"), Value::str(message))?;
        if let Some(e) = &exc {
            self.setitem(&ctx, Value::str("exception"), e.value())?;
        }
        if let Some((k, v)) = extra {
            self.setitem(&ctx, Value::str(k), v)?;
        }
        self.handle_exception_context(lp, ctx)
    }

    /// `loop.call_exception_handler(context)`: the user's handler if one is set, else
    /// the default. An exception raised by the user's handler is logged by the default
    /// handler ("Unhandled error in exception handler"), as CPython does.
    pub fn handle_exception_context(&mut self, lp: &LoopRef, ctx: Value) -> PyResult<()> {
        let handler = lp.state.borrow().exception_handler.clone();
        let Some(h) = handler else {
            return self.default_exception_handler(&ctx);
        };
        match self.call(&h, Args::new(vec![Value::Loop(lp.clone()), ctx.clone()])) {
            Ok(_) => Ok(()),
            Err(e) if e.is_instance("SystemExit") || e.is_instance("KeyboardInterrupt") => Err(e),
            Err(e) => {
                let outer = self.new_dict();
                self.setitem(
                    &outer,
                    Value::str("message"),
                    Value::str("Unhandled error in exception handler"),
                )?;
                self.setitem(&outer, Value::str("exception"), e.value())?;
                self.setitem(&outer, Value::str("context"), ctx)?;
                self.default_exception_handler(&outer)
            }
        }
    }

    /// `loop.default_exception_handler(context)`: the message, then every other key but
    /// `exception` in sorted order as `key: repr(value)`, then the exception's
    /// traceback, on stderr (CPython logs the same lines through `logging`).
    pub fn default_exception_handler(&mut self, ctx: &Value) -> PyResult<()> {
        let message = match self.context_get(ctx, "message")? {
            Some(m) if self.truthy(&m)? => self.str(&m)?,
            _ => "Unhandled exception in event loop".to_string(),
        };
        let exception = self.context_get(ctx, "exception")?;
        let keys = match ctx {
            Value::Dict(d) => d.borrow().keys(),
            _ => Vec::new(),
        };
        let keys = crate::builtins::sort::sort_values(self, keys, None, false)?;
        let mut text = message;
        text.push('\n');
        for key in keys {
            let name = self.str(&key)?;
            if name == "message" || name == "exception" {
                continue;
            }
            let value = self.getitem(ctx, &key)?;
            let value = self.repr(&value)?;
            text.push_str(&format!("{name}: {value}\n"));
        }
        if let Some(Value::Instance(e)) = exception
            && e.class.is_exception()
        {
            text.push_str(&self.render_exception(&Exc(e)));
        }
        self.out.flush();
        eprint!("{text}");
        Ok(())
    }

    /// `context.get(key)` for the context dict.
    fn context_get(&mut self, ctx: &Value, key: &str) -> PyResult<Option<Value>> {
        match self.getitem(ctx, &Value::str(key)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance("KeyError") => Ok(None),
            Err(e) => Err(e),
        }
    }
}
