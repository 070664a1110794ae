//! Numeric builtins: `int()`, `float()`, `abs`, `round`, `divmod`, `pow`, `bin/oct/hex`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::fmt::parse_number::{float_error_message, int_error_message, parse_float, parse_int};
use crate::interp::numeric::{big_to_f64, to_big};
use crate::interp::repr::fmt_err;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{Exc, type_error, value_error};
use crate::runtime::object::Args;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;
use crate::syntax::ast::BinOp;

pub fn int_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let base = match (
        args.pos.get(1),
        args.kw.iter().find(|(k, _)| &**k == "base"),
    ) {
        (Some(b), _) | (None, Some((_, b))) => Some(match b {
            Value::Int(i) => *i,
            other => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(other)
                )));
            }
        }),
        _ => None,
    };
    let Some(v) = args.pos.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let Value::Str(s) = v else {
            return Err(type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        if let Some(msg) = crate::fmt::parse_number::check_int_base(base) {
            return Err(value_error(msg));
        }
        return parse_int(s.as_str(), base as u32)
            .map(Value::bigint)
            .map_err(|e| value_error(int_error_message(s.as_str(), base as u32, e)));
    }
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => crate::fmt::round::float_to_int(*f)
            .map(Value::bigint)
            .map_err(fmt_err),
        Value::Str(s) => parse_int(s.as_str(), 10)
            .map(Value::bigint)
            .map_err(|e| value_error(int_error_message(s.as_str(), 10, e))),
        Value::Instance(inst) => {
            for m in ["__int__", "__index__"] {
                if inst.class.lookup(m).is_some() {
                    return interp.call_method(v, m, Args::default());
                }
            }
            Err(int_type_error(v))
        }
        _ => Err(int_type_error(v)),
    }
}

fn int_type_error(v: &Value) -> Exc {
    type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(v)
    ))
}

pub fn float_new(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let Some(v) = args.pos.first() else {
        return Ok(Value::Float(0.0));
    };
    Ok(Value::Float(match v {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::BigInt(b) => big_to_f64(b)?,
        Value::Str(s) => {
            parse_float(s.as_str()).map_err(|_| value_error(float_error_message(s.as_str())))?
        }
        Value::Instance(inst) if inst.class.lookup("__float__").is_some() => {
            return interp.call_method(v, "__float__", Args::default());
        }
        other => {
            return Err(type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(other)
            )));
        }
    }))
}

pub fn abs(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = exactly_one(&args, "abs")?;
    abs1(interp, &v)
}

/// `abs(v)`.
pub fn abs1(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Instance(inst) if inst.class.lookup("__abs__").is_some() => {
            return interp.call_method(v, "__abs__", Args::default());
        }
        other => {
            return Err(type_error(format!(
                "bad operand type for abs(): '{}'",
                type_name(other)
            )));
        }
    })
}

pub fn round(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let v = args
        .pos
        .first()
        .cloned()
        .ok_or_else(|| type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = args
        .pos
        .get(1)
        .cloned()
        .or_else(|| {
            args.kw
                .iter()
                .find(|(k, _)| &**k == "ndigits")
                .map(|(_, v)| v.clone())
        })
        .filter(|v| !v.is_none());
    let nd = match nd {
        None => None,
        Some(Value::Int(i)) => Some(i),
        Some(Value::Bool(b)) => Some(b as i64),
        Some(other) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&other)
            )));
        }
    };
    match (&v, nd) {
        (Value::Float(f), None) => crate::fmt::round::round_float_to_int(*f)
            .map(Value::bigint)
            .map_err(fmt_err),
        (Value::Float(f), Some(n)) => crate::fmt::round::round_float(*f, n)
            .map(Value::Float)
            .map_err(fmt_err),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), None) => {
            Ok(crate::builtins::int_value(&v))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Some(n)) => {
            if n >= 0 {
                return Ok(crate::builtins::int_value(&v));
            }
            let b = to_big(&v).expect("int");
            Ok(Value::bigint(crate::fmt::round::round_int(&b, n)))
        }
        (Value::Instance(inst), _) if inst.class.lookup("__round__").is_some() => {
            let mut a = vec![];
            if let Some(n) = nd {
                a.push(Value::Int(n));
            }
            interp.call_method(&v, "__round__", Args::new(a))
        }
        _ => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(&v)
        ))),
    }
}

pub fn divmod(interp: &mut Interp, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "divmod expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
        let y = match b {
            Value::Float(f) => *f,
            Value::Int(i) => *i as f64,
            _ => 1.0,
        };
        if y == 0.0 && matches!(b, Value::Float(_) | Value::Int(_)) {
            return Err(Exc::new("ZeroDivisionError", "float divmod()"));
        }
    }
    let q = interp.binary(BinOp::FloorDiv, a, b)?;
    let r = interp.binary(BinOp::Mod, a, b)?;
    Ok(Value::tuple(vec![q, r]))
}

pub fn pow(interp: &mut Interp, args: Args) -> PyResult<Value> {
    match args.pos.as_slice() {
        [a, b] => interp.binary(BinOp::Pow, a, b),
        [a, b, m] => {
            let (Some(a), Some(b), Some(m)) = (to_big(a), to_big(b), to_big(m)) else {
                return Err(type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if m.is_zero() {
                return Err(value_error("pow() 3rd argument cannot be 0"));
            }
            let r = if b.is_negative() {
                let inv = mod_inverse(&a, &m)
                    .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
                inv.modpow(&(-b), &m.abs())
            } else {
                a.modpow(&b, &m.abs())
            };
            // Result takes the sign of the modulus (Python semantics).
            let r = if m.is_negative() && !r.is_zero() {
                r + &m
            } else {
                r
            };
            Ok(Value::bigint(r))
        }
        _ => Err(type_error(format!(
            "pow expected 2 or 3 arguments, got {}",
            args.pos.len()
        ))),
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let e = a.mod_floor(&m).extended_gcd(&m);
    if e.gcd != BigInt::from(1) {
        return None;
    }
    Some(e.x.mod_floor(&m))
}

fn radix(interp: &mut Interp, args: Args, name: &str, r: u32) -> PyResult<Value> {
    let v = exactly_one(&args, name)?;
    let b = match to_big(&v) {
        Some(b) => b,
        None => BigInt::from(interp.index_value(&v)?),
    };
    Ok(Value::string(crate::fmt::number::int_to_radix(&b, r)))
}

pub fn bin(i: &mut Interp, a: Args) -> PyResult<Value> {
    radix(i, a, "bin", 2)
}
pub fn oct(i: &mut Interp, a: Args) -> PyResult<Value> {
    radix(i, a, "oct", 8)
}
pub fn hex(i: &mut Interp, a: Args) -> PyResult<Value> {
    radix(i, a, "hex", 16)
}

pub fn exactly_one(args: &Args, name: &str) -> PyResult<Value> {
    if args.pos.len() != 1 || !args.kw.is_empty() {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.pos.len() + args.kw.len()
        )));
    }
    Ok(args.pos[0].clone())
}

/// A float from any real number value.
pub fn to_f64(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => big_to_f64(b),
        other => Err(type_error(format!(
            "must be real number, not {}",
            type_name(other)
        ))),
    }
}

/// An i64 from an int value (for sizes and indices).
pub fn to_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => b.to_i64(),
        _ => None,
    }
}
