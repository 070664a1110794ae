//! `%`-formatting (`fmt % args`) and `str.format`, driving the pure text functions of
//! `crate::fmt` with Python values.

use crate::fmt::format_string::{Accessor, AutoNumber, FieldRef, FormatPiece, parse_format_string};
use crate::fmt::percent::{
    NextArg, PercentArg, PercentArgs, PercentKind, PercentParser, PercentPiece, percent_char,
    render_percent, star_type_error,
};
use crate::interp::numeric::to_big;
use crate::interp::repr::fmt_err;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{index_error, value_error};
use crate::runtime::object::Args;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

/// `template.format(*args, **kwargs)` (or `format_map(mapping)`).
pub fn str_format(
    interp: &mut Interp,
    template: &str,
    args: &[Value],
    kwargs: &[(crate::runtime::value::Name, Value)],
    mapping: Option<Value>,
) -> PyResult<Value> {
    let pieces = parse_format_string(template).map_err(fmt_err)?;
    let mut auto = AutoNumber::default();
    let mut out = String::new();
    render_format(
        interp, &pieces, args, kwargs, &mapping, &mut auto, &mut out, 0,
    )?;
    Ok(Value::string(out))
}

#[allow(clippy::too_many_arguments)]
fn render_format(
    interp: &mut Interp,
    pieces: &[FormatPiece],
    args: &[Value],
    kwargs: &[(crate::runtime::value::Name, Value)],
    mapping: &Option<Value>,
    auto: &mut AutoNumber,
    out: &mut String,
    depth: usize,
) -> PyResult<()> {
    if depth > 2 {
        return Err(value_error("Max string recursion exceeded"));
    }
    for p in pieces {
        match p {
            FormatPiece::Literal(t) => out.push_str(t),
            FormatPiece::Field(field) => {
                let mut obj = match auto.resolve(&field.name.first).map_err(fmt_err)? {
                    FieldRef::Positional(i) => args.get(i).cloned().ok_or_else(|| {
                        index_error(format!(
                            "Replacement index {i} out of range for positional args tuple"
                        ))
                    })?,
                    FieldRef::Keyword(k) => match mapping {
                        Some(m) => interp.getitem(m, &Value::str(k))?,
                        None => kwargs
                            .iter()
                            .find(|(n, _)| &**n == k)
                            .map(|(_, v)| v.clone())
                            .ok_or_else(|| crate::runtime::exc::key_error(Value::str(k)))?,
                    },
                };
                for acc in &field.name.accessors {
                    obj = match acc {
                        Accessor::Attr(a) => interp.getattr(&obj, a)?,
                        Accessor::Index(i) => interp.getitem(&obj, &Value::Int(*i as i64))?,
                        Accessor::Key(k) => interp.getitem(&obj, &Value::str(k))?,
                    };
                }
                let obj = match field.conversion {
                    Some('r') => Value::string(interp.repr(&obj)?),
                    Some('s') => Value::string(interp.str(&obj)?),
                    Some('a') => Value::string(crate::interp::repr::ascii(&interp.repr(&obj)?)),
                    _ => obj,
                };
                let mut spec = String::new();
                render_format(
                    interp,
                    &field.spec,
                    args,
                    kwargs,
                    mapping,
                    auto,
                    &mut spec,
                    depth + 1,
                )?;
                out.push_str(&interp.format_value(&obj, &spec)?);
            }
        }
    }
    Ok(())
}

impl Interp {
    /// `fmt % args`
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        let is_mapping = matches!(
            args,
            Value::Dict(_) | Value::AttrDict(_) | Value::Namespace(_)
        ) || matches!(args, Value::Instance(i) if i.class.lookup("__getitem__").is_some());
        let mut cursor = match args {
            Value::Tuple(t) => PercentArgs::tuple(t.len()),
            _ => PercentArgs::single(is_mapping),
        };
        let items: Vec<Value> = match args {
            Value::Tuple(t) => t.to_vec(),
            _ => vec![],
        };
        let mut current = args.clone();
        let mut out = String::new();
        for piece in PercentParser::new(fmt) {
            let spec = match piece.map_err(fmt_err)? {
                PercentPiece::Literal(t) => {
                    out.push_str(&t);
                    continue;
                }
                PercentPiece::Spec(spec) => spec,
            };
            if let Some(key) = &spec.key {
                cursor.key_used().map_err(fmt_err)?;
                current = self.getitem(args, &Value::str(key))?;
            }
            let fetch = |cursor: &mut PercentArgs| -> PyResult<Value> {
                Ok(match cursor.take().map_err(fmt_err)? {
                    NextArg::Item(i) => items[i].clone(),
                    NextArg::Current => current.clone(),
                })
            };
            let star = |cursor: &mut PercentArgs,
                        c: &Option<crate::fmt::percent::Count>|
             -> PyResult<Option<i64>> {
                if matches!(c, Some(crate::fmt::percent::Count::Star)) {
                    let v = fetch(cursor)?;
                    return match v {
                        Value::Int(i) => Ok(Some(i)),
                        Value::Bool(b) => Ok(Some(b as i64)),
                        _ => Err(fmt_err(star_type_error())),
                    };
                }
                Ok(None)
            };
            let width = star(&mut cursor, &spec.width)?;
            let prec = star(&mut cursor, &spec.precision)?;
            let v = match cursor.take().map_err(fmt_err)? {
                NextArg::Item(i) => items[i].clone(),
                NextArg::Current => current.clone(),
            };
            let kind = spec.kind().map_err(fmt_err)?;
            let text;
            let big;
            let arg = match kind {
                PercentKind::Str => {
                    text = self.str(&v)?;
                    PercentArg::Str(&text)
                }
                PercentKind::Repr => {
                    text = self.repr(&v)?;
                    PercentArg::Str(&text)
                }
                PercentKind::Ascii => {
                    text = crate::interp::repr::ascii(&self.repr(&v)?);
                    PercentArg::Str(&text)
                }
                PercentKind::Decimal => {
                    big = match &v {
                        Value::Float(f) => crate::fmt::round::float_to_int(*f).map_err(fmt_err)?,
                        _ => match to_big(&v) {
                            Some(b) => b,
                            None => match self.number_dunder(&v, "__int__")? {
                                Some(r) => to_big(&r).unwrap_or_default(),
                                None => return Err(fmt_err(spec.type_error(&type_name(&v)))),
                            },
                        },
                    };
                    PercentArg::Int(&big)
                }
                PercentKind::Integer => {
                    big = match to_big(&v) {
                        Some(b) => b,
                        None => match self.number_dunder(&v, "__index__")? {
                            Some(r) => to_big(&r).unwrap_or_default(),
                            None => return Err(fmt_err(spec.type_error(&type_name(&v)))),
                        },
                    };
                    PercentArg::Int(&big)
                }
                PercentKind::Float => PercentArg::Float(match &v {
                    Value::Float(f) => *f,
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                        super::numbers::to_f64(&v)?
                    }
                    _ => match self.number_dunder(&v, "__float__")? {
                        Some(r) => super::numbers::to_f64(&r)?,
                        None => return Err(fmt_err(spec.type_error(&type_name(&v)))),
                    },
                }),
                PercentKind::Char => PercentArg::Char(match &v {
                    Value::Str(x) if x.char_len() == 1 => x.char_at(0).unwrap(),
                    _ => match to_big(&v) {
                        Some(b) => percent_char(&b).map_err(fmt_err)?,
                        None => return Err(fmt_err(spec.type_error(&type_name(&v)))),
                    },
                }),
            };
            out.push_str(&render_percent(&spec, width, prec, arg).map_err(fmt_err)?);
        }
        cursor.finish().map_err(fmt_err)?;
        Ok(out)
    }

    /// `v.name()` for an instance whose class defines the numeric conversion `name`
    /// (`__int__`, `__index__`, `__float__`), else None.
    fn number_dunder(&mut self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        match v {
            Value::Instance(inst) if inst.class.lookup(name).is_some() => {
                self.call_method(v, name, Args::default()).map(Some)
            }
            _ => Ok(None),
        }
    }
}
