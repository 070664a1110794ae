//! `repr()`, `str()` and `format()` of values (with recursion guards for containers),
//! on top of the pure text functions in `fmt`.

use super::{Interp, PyResult};
use crate::fmt::FmtError;
use crate::fmt::float_repr::float_repr;
use crate::fmt::spec::parse_spec;
use crate::runtime::exc::{Exc, type_error};
use crate::runtime::object::{Args, Class};
use crate::runtime::types::{class_of, type_name};
use crate::runtime::value::Value;

fn py_bool(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

pub fn fmt_err(e: FmtError) -> Exc {
    Exc::new(e.class_name(), e.message())
}

pub fn ascii(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if (c as u32) < 0x100 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else if (c as u32) < 0x10000 {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    out
}

impl Interp {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => {
                let s = b.to_string();
                let digits = s.len() - s.starts_with('-') as usize;
                if digits > crate::fmt::parse_number::INT_MAX_STR_DIGITS {
                    return Err(crate::runtime::exc::value_error(format!(
                        "Exceeds the limit ({} digits) for integer string conversion; \
                         use sys.set_int_max_str_digits() to increase the limit",
                        crate::fmt::parse_number::INT_MAX_STR_DIGITS
                    )));
                }
                s
            }
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => crate::fmt::repr::repr_str(s.as_str()),
            Value::List(l) => {
                let items = l.borrow().clone();
                return self.guarded(v, "[...]", |me| me.seq_repr("[", &items, "]"));
            }
            Value::Tuple(t) => {
                if t.len() == 1 {
                    let t = t.clone();
                    return self.guarded(v, "(...)", |me| Ok(format!("({},)", me.repr(&t[0])?)));
                }
                let t = t.clone();
                return self.guarded(v, "(...)", |me| me.seq_repr("(", &t, ")"));
            }
            Value::Dict(d) => {
                let entries: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                return self.guarded(v, "{...}", |me| {
                    let mut parts = Vec::with_capacity(entries.len());
                    for (k, val) in &entries {
                        parts.push(format!("{}: {}", me.repr(k)?, me.repr(val)?));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                });
            }
            Value::Set(s) => {
                let items: Vec<Value> = s.borrow().iter().cloned().collect();
                if items.is_empty() {
                    return Ok("set()".into());
                }
                return self.guarded(v, "{...}", |me| me.seq_repr("{", &items, "}"));
            }
            Value::FrozenSet(s) => {
                let items: Vec<Value> = s.iter().cloned().collect();
                if items.is_empty() {
                    return Ok("frozenset()".into());
                }
                let inner = self.seq_repr("{", &items, "}")?;
                format!("frozenset({inner})")
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr(&s.start)?,
                self.repr(&s.stop)?,
                self.repr(&s.step)?
            ),
            Value::Function(f) => format!("<function {} at {:#x}>", f.qualname, v.addr()),
            Value::Native(n) => format!("<built-in function {}>", n.name),
            Value::BuiltinMethod(m) => format!(
                "<built-in method {} of {} object at {:#x}>",
                m.name,
                type_name(&m.recv),
                m.recv.addr()
            ),
            Value::BoundMethod(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.to_string(),
                    Value::Native(n) => n.name.to_string(),
                    other => self.repr(other)?,
                };
                format!(
                    "<bound method {} of {}>",
                    fname,
                    self.repr(&m.self_.clone())?
                )
            }
            Value::Class(c) => match super::metaclass::meta_method(v, "__repr__") {
                Some(m) => return self.call_str_dunder(&m, v, "__repr__"),
                None => class_repr(c),
            },
            Value::Module(m) => {
                if crate::stdlib::is_builtin_module(&m.name) {
                    format!("<module '{}' (built-in)>", m.name)
                } else {
                    format!("<module '{}'>", m.name)
                }
            }
            Value::Property(_) => format!("<property object at {:#x}>", v.addr()),
            Value::StaticMethod(_) => format!("<staticmethod object at {:#x}>", v.addr()),
            Value::ClassMethod(_) => format!("<classmethod object at {:#x}>", v.addr()),
            Value::Super(s) => format!(
                "<super: <class '{}'>, <{} object>>",
                s.0.name,
                type_name(&s.1)
            ),
            Value::Generator(g) => super::gen_obj::gen_repr(g, v.addr()),
            Value::Coroutine(c) => super::coro::coro_repr(c, v.addr()),
            Value::AsyncGen(g) => super::agen::agen_repr(g, v.addr()),
            Value::AGenOp(op) => super::agen::op_repr(op, v.addr()),
            Value::Iter(it) => format!("<{} object at {:#x}>", it.borrow().class().name, v.addr()),
            Value::Future(f) => return self.future_repr(f),
            Value::Queue(q) => return self.queue_repr(q),
            Value::EventWaiters(w) => {
                let futs: Vec<_> = w.borrow().iter().cloned().collect();
                let mut parts = Vec::with_capacity(futs.len());
                for f in &futs {
                    parts.push(match crate::aio::event::parked_waiter_repr(f) {
                        Some(r) => r.to_string(),
                        None => self.future_repr(f)?,
                    });
                }
                format!("deque([{}])", parts.join(", "))
            }
            Value::Loop(l) => {
                let st = l.state.borrow();
                format!(
                    "<_UnixSelectorEventLoop running={} closed={} debug={}>",
                    py_bool(st.running),
                    py_bool(st.closed),
                    py_bool(st.debug)
                )
            }
            Value::Handle(h) => {
                let kind = if h.when.is_some() {
                    "TimerHandle"
                } else {
                    "Handle"
                };
                if h.cancelled.get() {
                    format!("<{kind} cancelled>")
                } else {
                    match h.when {
                        Some(w) => format!("<{kind} when={}>", float_repr(w)),
                        None => format!("<{kind}>"),
                    }
                }
            }
            Value::YieldOnce => "<yield once>".into(),
            Value::Namespace(_) | Value::AttrDict(_) => {
                let d = self.mapping_snapshot(v)?;
                return self.repr(&d);
            }
            Value::DictView(dv) => {
                let name = crate::runtime::types::type_name(v);
                let items = self.iterate(v)?;
                let _ = dv;
                let inner = self.seq_repr("[", &items, "]")?;
                format!("{name}({inner})")
            }
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__repr__")
                    && !matches!(m, Value::Native(_))
                {
                    return self.call_str_dunder(&m, v, "__repr__");
                }
                if inst.exc.is_some() {
                    return self.exc_repr(v);
                }
                let cls = &inst.class;
                format!(
                    "<{}.{} object at {:#x}>",
                    cls.module,
                    cls.qualname,
                    v.addr()
                )
            }
        })
    }

    fn call_str_dunder(&mut self, m: &Value, v: &Value, name: &str) -> PyResult<String> {
        match self.call(m, Args::new(vec![v.clone()]))? {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(type_error(format!(
                "{name} returned non-string (type {})",
                type_name(&other)
            ))),
        }
    }

    fn exc_repr(&mut self, v: &Value) -> PyResult<String> {
        let Value::Instance(inst) = v else {
            unreachable!()
        };
        let args = inst.exc().args.clone();
        let name = inst.class.name.clone();
        if args.len() == 1 {
            return Ok(format!("{}({})", name, self.repr(&args[0])?));
        }
        let inner = self.seq_repr("(", &args, ")")?;
        Ok(format!("{name}{inner}"))
    }

    /// Run `f` unless `v` is already being repr'd (then return `placeholder`).
    fn guarded(
        &mut self,
        v: &Value,
        placeholder: &str,
        f: impl FnOnce(&mut Self) -> PyResult<String>,
    ) -> PyResult<String> {
        let addr = v.addr();
        if self.repr_stack.contains(&addr) {
            return Ok(placeholder.to_string());
        }
        if self.repr_stack.len() > 500 {
            return Err(Exc::new(
                "RecursionError",
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_stack.push(addr);
        let r = f(self);
        self.repr_stack.pop();
        r
    }

    fn seq_repr(&mut self, open: &str, items: &[Value], close: &str) -> PyResult<String> {
        let mut s = String::from(open);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&self.repr(item)?);
        }
        s.push_str(close);
        Ok(s)
    }

    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Class(_) if let Some(m) = super::metaclass::meta_method(v, "__str__") => {
                self.call_str_dunder(&m, v, "__str__")
            }
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Queue(q) => self.queue_str(q),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__str__")
                    && !matches!(m, Value::Native(_))
                {
                    return self.call_str_dunder(&m, v, "__str__");
                }
                if inst.exc.is_some() {
                    let args = inst.exc().args.clone();
                    let group = crate::runtime::types::types().exc("BaseExceptionGroup");
                    if inst.class.is_subclass(&group) && args.len() == 2 {
                        let n = self.len(&args[1])?;
                        let msg = self.str(&args[0])?;
                        let plural = if n == 1 { "" } else { "s" };
                        return Ok(format!("{msg} ({n} sub-exception{plural})"));
                    }
                    if inst
                        .class
                        .is_subclass(&crate::runtime::types::types().exc("KeyError"))
                        && args.len() == 1
                    {
                        return self.repr(&args[0]);
                    }
                    return match args.len() {
                        0 => Ok(String::new()),
                        1 => self.str(&args[0]),
                        _ => self.seq_repr("(", &args, ")"),
                    };
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `format(v, spec)`
    pub fn format_value(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Str(s) if spec.is_empty() => Ok(s.as_str().to_string()),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                if spec.is_empty() {
                    return self.str(v);
                }
                let tn = type_name(v);
                let sp = parse_spec(spec, &tn).map_err(fmt_err)?;
                // bool inherits int.__format__: only an empty spec gives 'True'.
                let b = super::numeric::to_big(v).expect("an int");
                crate::fmt::number::format_int(&b, &sp, &tn).map_err(fmt_err)
            }
            Value::Float(f) => {
                if spec.is_empty() {
                    return Ok(float_repr(*f));
                }
                let sp = parse_spec(spec, "float").map_err(fmt_err)?;
                crate::fmt::number::format_float(*f, &sp, "float").map_err(fmt_err)
            }
            Value::Str(s) => {
                let sp = parse_spec(spec, "str").map_err(fmt_err)?;
                crate::fmt::layout::format_str(s.as_str(), &sp, "str").map_err(fmt_err)
            }
            Value::Instance(inst) if inst.class.lookup("__format__").is_some() => {
                let m = inst.class.lookup("__format__").unwrap();
                match self.call(&m, Args::new(vec![v.clone(), Value::str(spec)]))? {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => Err(type_error(format!(
                        "__format__ must return a str, not {}",
                        type_name(&other)
                    ))),
                }
            }
            _ => {
                if spec.is_empty() {
                    self.str(v)
                } else {
                    Err(type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        class_of(v).name
                    )))
                }
            }
        }
    }
}

/// A class's own repr: `<class 'module.Name'>`.
pub fn class_repr(c: &Class) -> String {
    if c.is_builtin {
        format!("<class '{}'>", c.name)
    } else {
        format!("<class '{}.{}'>", c.module, c.qualname)
    }
}
