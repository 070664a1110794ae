//! Method lookup for builtin types: `"a".upper`, `[].append`, `{}.get`, ...
//! One function per type maps a name to its native implementation.

use std::rc::Rc;

use super::{methods_dict, methods_list, methods_str};
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::type_error;
use crate::runtime::object::{Args, BuiltinType, Class, MethodImpl, PositionalMethodImpl};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// The native method `name` of a builtin value, if it has one.
pub fn lookup(obj: &Value, name: &str) -> Option<MethodImpl> {
    match obj {
        Value::Str(_) => methods_str::lookup(name),
        Value::List(_) => methods_list::list_lookup(name),
        Value::Tuple(_) => methods_list::tuple_lookup(name),
        Value::Dict(_) => methods_dict::dict_lookup(name),
        Value::Set(_) => methods_dict::set_lookup(name, true),
        Value::FrozenSet(_) => methods_dict::set_lookup(name, false),
        Value::DictView(_) => methods_dict::view_lookup(name),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int_lookup(name),
        Value::Float(_) => float_lookup(name),
        Value::Range(_) => methods_list::range_lookup(name),
        Value::Generator(_) => gen_lookup(name),
        Value::Iter(_) => iter_lookup(name),
        Value::Future(_) => crate::stdlib::asyncio::future_lookup(name),
        Value::Loop(_) => crate::stdlib::asyncio::loop_lookup(name),
        Value::Handle(_) => crate::stdlib::asyncio::handle_lookup(name),
        Value::Queue(_) => crate::aio::queue::queue_lookup(name),
        Value::Coroutine(_) => coro_lookup(name),
        Value::AsyncGen(_) => crate::interp::agen::agen_lookup(name),
        Value::AGenOp(_) => crate::interp::agen::op_lookup(name),
        Value::Namespace(_) | Value::AttrDict(_) => namespace_lookup(name),
        _ => None,
    }
}

/// The native method `name` of a builtin value with an entry point taking `n`
/// positional arguments as a slice, if it has one (the caller passes no keywords).
///
/// The flag tells whether the method is native through and through: it never runs
/// Python code (no iteration of arbitrary iterables, no `__hash__`/`__eq__`) and
/// never warns, so its caller need not record its call site. Of these tables only
/// `str.join` (iterates) and `dict.get` (hashes and compares keys) run Python code;
/// queue methods create coroutines and wake tasks.
pub fn lookup_positional(
    obj: &Value,
    name: &str,
    n: usize,
) -> Option<(PositionalMethodImpl, bool)> {
    match obj {
        Value::Str(_) => methods_str::positional(name, n).map(|m| (m, name != "join")),
        Value::List(_) => methods_list::list_positional(name, n).map(|m| (m, name == "append")),
        Value::Dict(_) => methods_dict::dict_positional(name, n).map(|m| (m, name != "get")),
        Value::Queue(_) => crate::aio::queue::queue_positional(name, n).map(|m| (m, false)),
        _ => None,
    }
}

/// `str.upper` accessed on the class: a function taking the receiver first.
pub fn unbound(cls: &Rc<Class>, name: &str) -> Option<Value> {
    let sample = match cls.builtin {
        BuiltinType::Str => Value::str(""),
        BuiltinType::List => Value::list(vec![]),
        BuiltinType::Dict => {
            if name == "fromkeys" {
                return Some(super::native("fromkeys", methods_dict::dict_fromkeys));
            }
            Value::dict(Default::default())
        }
        BuiltinType::Int => Value::Int(0),
        BuiltinType::Float => Value::Float(0.0),
        BuiltinType::Tuple => Value::tuple(vec![]),
        _ => return None,
    };
    lookup(&sample, name)?;
    Some(unbound_value(static_name(name)))
}

/// An unbound builtin method as a callable value.
fn unbound_value(name: &'static str) -> Value {
    Value::BuiltinMethod(Rc::new(crate::runtime::object::BuiltinMethod {
        recv: Value::str(name),
        name,
        func: call_unbound,
    }))
}

fn call_unbound(interp: &mut Interp, recv: &Value, mut args: Args) -> PyResult<Value> {
    let name = recv.as_str().unwrap_or_default().to_string();
    if args.pos.is_empty() {
        return Err(type_error(format!(
            "unbound method {name}() needs an argument"
        )));
    }
    let obj = args.pos.remove(0);
    interp.call_method(&obj, &name, args)
}

/// Method names as `&'static str` (for `BuiltinMethod::name`).
pub fn static_name(name: &str) -> &'static str {
    thread_local! {
        static NAMES: std::cell::RefCell<std::collections::HashSet<&'static str>> =
            std::cell::RefCell::new(std::collections::HashSet::new());
    }
    NAMES.with(|n| {
        let mut n = n.borrow_mut();
        if let Some(s) = n.get(name) {
            return *s;
        }
        let s: &'static str = Box::leak(name.to_string().into_boxed_str());
        n.insert(s);
        s
    })
}

/// `(17).__add__(3)`: one operand of a binary operator dunder; `NotImplemented` for a
/// non-number, like CPython's numeric slots.
fn num_dunder(
    interp: &mut Interp,
    op: BinOp,
    recv: &Value,
    args: Args,
    reflected: bool,
) -> PyResult<Value> {
    let [other] = <[Value; 1]>::try_from(args.pos)
        .map_err(|a| type_error(format!("expected 1 argument, got {}", a.len())))?;
    let is_num = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
        )
    };
    // An int dunder does not accept a float operand (int.__add__(1, 2.0) is NotImplemented).
    if !is_num(&other) || (!matches!(recv, Value::Float(_)) && matches!(other, Value::Float(_))) {
        return Ok(Value::NotImplemented);
    }
    if reflected {
        interp.binary(op, &other, recv)
    } else {
        interp.binary(op, recv, &other)
    }
}

/// `(3).__lt__(4)`: a comparison dunder of a number.
fn num_compare(interp: &mut Interp, op: CmpOp, recv: &Value, args: Args) -> PyResult<Value> {
    let [other] = <[Value; 1]>::try_from(args.pos)
        .map_err(|a| type_error(format!("expected 1 argument, got {}", a.len())))?;
    if !matches!(
        other,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    ) {
        return Ok(Value::NotImplemented);
    }
    interp.rich_compare(op, recv, &other)
}

/// Operator dunders shared by int and float.
fn number_dunder(name: &str) -> Option<MethodImpl> {
    macro_rules! bin {
        ($op:ident, $refl:expr) => {
            |i, recv, a| num_dunder(i, BinOp::$op, recv, a, $refl)
        };
    }
    macro_rules! cmp {
        ($op:ident) => {
            |i, recv, a| num_compare(i, CmpOp::$op, recv, a)
        };
    }
    Some(match name {
        "__add__" => bin!(Add, false),
        "__radd__" => bin!(Add, true),
        "__sub__" => bin!(Sub, false),
        "__rsub__" => bin!(Sub, true),
        "__mul__" => bin!(Mult, false),
        "__rmul__" => bin!(Mult, true),
        "__truediv__" => bin!(Div, false),
        "__rtruediv__" => bin!(Div, true),
        "__floordiv__" => bin!(FloorDiv, false),
        "__rfloordiv__" => bin!(FloorDiv, true),
        "__mod__" => bin!(Mod, false),
        "__rmod__" => bin!(Mod, true),
        "__pow__" => bin!(Pow, false),
        "__rpow__" => bin!(Pow, true),
        "__eq__" => cmp!(Eq),
        "__ne__" => cmp!(NotEq),
        "__lt__" => cmp!(Lt),
        "__le__" => cmp!(LtE),
        "__gt__" => cmp!(Gt),
        "__ge__" => cmp!(GtE),
        "__neg__" => |i, recv, _| i.unary(UnaryOp::Neg, recv),
        "__pos__" => |i, recv, _| i.unary(UnaryOp::Pos, recv),
        "__abs__" => |i, recv, _| super::numbers::abs(i, Args::new(vec![recv.clone()])),
        "__bool__" => |i, recv, _| Ok(Value::Bool(i.truthy(recv)?)),
        "__hash__" => |i, recv, _| Ok(Value::Int(i.hash(recv)? as i64)),
        "__round__" => |i, recv, a| {
            let mut pos = vec![recv.clone()];
            pos.extend(a.pos);
            super::numbers::round(i, Args::new(pos))
        },
        "__divmod__" => |i, recv, a| {
            let mut pos = vec![recv.clone()];
            pos.extend(a.pos);
            super::numbers::divmod(i, Args::new(pos))
        },
        _ => return None,
    })
}

/// Operator dunders of int only.
fn int_dunder(name: &str) -> Option<MethodImpl> {
    macro_rules! bin {
        ($op:ident, $refl:expr) => {
            |i, recv, a| num_dunder(i, BinOp::$op, recv, a, $refl)
        };
    }
    Some(match name {
        "__and__" => bin!(BitAnd, false),
        "__rand__" => bin!(BitAnd, true),
        "__or__" => bin!(BitOr, false),
        "__ror__" => bin!(BitOr, true),
        "__xor__" => bin!(BitXor, false),
        "__rxor__" => bin!(BitXor, true),
        "__lshift__" => bin!(LShift, false),
        "__rlshift__" => bin!(LShift, true),
        "__rshift__" => bin!(RShift, false),
        "__rrshift__" => bin!(RShift, true),
        "__invert__" => |i, recv, _| i.unary(UnaryOp::Invert, recv),
        "as_integer_ratio" => {
            |_, recv, _| Ok(Value::tuple(vec![super::int_value(recv), Value::Int(1)]))
        }
        _ => return number_dunder(name),
    })
}

fn int_lookup(name: &str) -> Option<MethodImpl> {
    Some(match name {
        "bit_length" => |_, recv, _| {
            let b = crate::interp::numeric::to_big(recv).expect("int");
            Ok(Value::Int(b.bits() as i64))
        },
        "bit_count" => |_, recv, _| {
            let b = crate::interp::numeric::to_big(recv).expect("int");
            let ones: u64 = b
                .magnitude()
                .to_u64_digits()
                .iter()
                .map(|d| d.count_ones() as u64)
                .sum();
            Ok(Value::Int(ones as i64))
        },
        "conjugate" | "__index__" | "__int__" => |_, recv, _| Ok(super::int_value(recv)),
        "__float__" => |_, recv, _| Ok(Value::Float(super::numbers::to_f64(recv)?)),
        "is_integer" => |_, _, _| Ok(Value::Bool(true)),
        _ => return int_dunder(name),
    })
}

fn float_lookup(name: &str) -> Option<MethodImpl> {
    Some(match name {
        "is_integer" => |_, recv, _| {
            let Value::Float(f) = recv else {
                unreachable!()
            };
            Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
        },
        "__int__" => |i, recv, _| super::numbers::int_new(i, Args::new(vec![recv.clone()])),
        "__float__" | "conjugate" => |_, recv, _| Ok(recv.clone()),
        "as_integer_ratio" => |_, recv, _| {
            let Value::Float(f) = recv else {
                unreachable!()
            };
            let (n, d) = float_ratio(*f)?;
            Ok(Value::tuple(vec![Value::bigint(n), Value::bigint(d)]))
        },
        "hex" => |_, _, _| Err(type_error("float.hex() is not supported by coropy")),
        _ => return number_dunder(name),
    })
}

fn float_ratio(f: f64) -> PyResult<(num_bigint::BigInt, num_bigint::BigInt)> {
    use num_bigint::BigInt;
    if f.is_infinite() {
        return Err(crate::runtime::exc::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if f.is_nan() {
        return Err(crate::runtime::exc::value_error(
            "cannot convert NaN to integer ratio",
        ));
    }
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & 0xfffffffffffff) << 1
    } else {
        (bits & 0xfffffffffffff) | 0x10000000000000
    };
    let mut n = BigInt::from(mant) * sign;
    let mut e = exp - 1075;
    let mut d = BigInt::from(1);
    if mant == 0 {
        return Ok((BigInt::from(0), d));
    }
    let tz = mant.trailing_zeros() as i64;
    let shift = tz.min(-e).max(0);
    n >>= shift as usize;
    e += shift;
    if e > 0 {
        n <<= e as usize;
    } else {
        d <<= (-e) as usize;
    }
    Ok((n, d))
}

fn gen_lookup(name: &str) -> Option<MethodImpl> {
    use crate::interp::gen_obj::{gen_next, gen_send, gen_throw};
    Some(match name {
        "send" => |i, recv, a| {
            let Value::Generator(g) = recv else {
                unreachable!()
            };
            let v = a.pos.into_iter().next().unwrap_or(Value::None);
            gen_send(i, g, v)
        },
        "throw" => |i, recv, a| {
            let Value::Generator(g) = recv else {
                unreachable!()
            };
            let v = a.pos.into_iter().next().unwrap_or(Value::None);
            gen_throw(i, g, v)
        },
        "close" => |i, recv, _| {
            let Value::Generator(g) = recv else {
                unreachable!()
            };
            i.gen_close(g)?;
            Ok(Value::None)
        },
        "__next__" => |i, recv, _| {
            let Value::Generator(g) = recv else {
                unreachable!()
            };
            match i.gen_resume(
                g,
                crate::interp::frame::Resume::Send(Value::None),
                "generator",
            )? {
                crate::interp::gen_obj::GenStep::Yield(v) => Ok(v),
                crate::interp::gen_obj::GenStep::Return(v) => {
                    Err(crate::runtime::exc::stop_iteration(v))
                }
            }
        },
        "__iter__" => |_, recv, _| Ok(recv.clone()),
        _ => {
            let _ = gen_next;
            return None;
        }
    })
}

/// `globals()` methods: reads act on a snapshot dict, writes go to the namespace.
fn namespace_lookup(name: &str) -> Option<MethodImpl> {
    fn snapshot(i: &mut Interp, recv: &Value) -> PyResult<Value> {
        i.mapping_snapshot(recv)
    }
    Some(match name {
        "update" => |i, recv, a| {
            if let Some(m) = a.pos.first() {
                let d = i.new_dict();
                i.dict_update(&d, m)?;
                for (k, v) in i.iterate(&d)?.into_iter().map(|k| (k.clone(), k)) {
                    let val = i.getitem(&d, &v)?;
                    i.setitem(recv, k, val)?;
                }
            }
            for (k, v) in a.kw {
                i.setitem(recv, Value::str(&k), v)?;
            }
            Ok(Value::None)
        },
        "setdefault" => |i, recv, a| {
            let k = a.pos.first().cloned().unwrap_or(Value::None);
            if i.contains(recv, &k)? {
                return i.getitem(recv, &k);
            }
            let v = a.pos.get(1).cloned().unwrap_or(Value::None);
            i.setitem(recv, k, v.clone())?;
            Ok(v)
        },
        "pop" => |i, recv, a| {
            let k = a.pos.first().cloned().unwrap_or(Value::None);
            match i.getitem(recv, &k) {
                Ok(v) => {
                    i.delitem(recv, &k)?;
                    Ok(v)
                }
                Err(e) => a.pos.get(1).cloned().ok_or(e),
            }
        },
        "keys" => |i, recv, _| {
            let d = snapshot(i, recv)?;
            i.call_method(&d, "keys", Args::default())
        },
        "values" => |i, recv, _| {
            let d = snapshot(i, recv)?;
            i.call_method(&d, "values", Args::default())
        },
        "items" => |i, recv, _| {
            let d = snapshot(i, recv)?;
            i.call_method(&d, "items", Args::default())
        },
        "get" => |i, recv, a| {
            let d = snapshot(i, recv)?;
            i.call_method(&d, "get", a)
        },
        "copy" => |i, recv, _| snapshot(i, recv),
        _ => return None,
    })
}

fn coro_lookup(name: &str) -> Option<MethodImpl> {
    use crate::interp::frame::Resume;
    Some(match name {
        "send" => |i, recv, a| {
            let Value::Coroutine(c) = recv else {
                unreachable!()
            };
            let v = a.pos.into_iter().next().unwrap_or(Value::None);
            i.coro_send(c, Resume::Send(v))
        },
        "throw" => |i, recv, a| {
            let Value::Coroutine(c) = recv else {
                unreachable!()
            };
            let v = a.pos.into_iter().next().unwrap_or(Value::None);
            let e = i.make_exception(v)?;
            i.coro_send(c, Resume::Throw(e))
        },
        "close" => |i, recv, _| {
            let Value::Coroutine(c) = recv else {
                unreachable!()
            };
            i.gen_close(c)?;
            Ok(Value::None)
        },
        // The coroutine itself serves as the iterator `yield from` / `await` drive.
        "__await__" => |_, recv, _| {
            if let Value::Coroutine(c) = recv {
                c.borrow_mut().awaited = true;
            }
            Ok(recv.clone())
        },
        _ => return None,
    })
}

fn iter_lookup(name: &str) -> Option<MethodImpl> {
    Some(match name {
        "__next__" => |i, recv, _| match i.next(recv)? {
            Some(v) => Ok(v),
            None => Err(crate::runtime::exc::Exc::bare("StopIteration")),
        },
        "__iter__" => |_, recv, _| Ok(recv.clone()),
        _ => return None,
    })
}

/// A receiver of the wrong type for an unbound method call.
pub fn descriptor_error(name: &str, expected: &str, got: &Value) -> crate::runtime::exc::Exc {
    type_error(format!(
        "descriptor '{name}' requires a '{expected}' object but received a '{}'",
        type_name(got)
    ))
}
