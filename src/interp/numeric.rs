//! Arithmetic on the numeric tower: the i64 fast path, big ints and floats, with
//! CPython's results and errors (true division correctly rounded, float floor
//! division and modulo with the divisor's sign, OverflowError).

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Pow, Signed, ToPrimitive, Zero};

use super::PyResult;
use super::ops::unsupported;
use crate::runtime::exc::{Exc, overflow_error, zero_division};
use crate::runtime::value::Value;
use crate::syntax::ast::BinOp;

/// A number pulled out of a value for arithmetic.
pub(super) enum Num {
    Int(i64),
    Big(Rc<BigInt>),
    Float(f64),
}

pub(super) fn num(v: &Value) -> Option<Num> {
    Some(match v {
        Value::Int(i) => Num::Int(*i),
        Value::Bool(b) => Num::Int(*b as i64),
        Value::BigInt(b) => Num::Big(b.clone()),
        Value::Float(f) => Num::Float(*f),
        _ => return None,
    })
}

pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// Exact int → float, with CPython's OverflowError.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(overflow_error("int too large to convert to float"));
    }
    Ok(f)
}

pub(super) fn as_f64(n: &Num) -> PyResult<f64> {
    Ok(match n {
        Num::Int(i) => *i as f64,
        Num::Big(b) => big_to_f64(b)?,
        Num::Float(f) => *f,
    })
}

pub(super) fn big_of(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => (**b).clone(),
        Num::Float(_) => unreachable!("float is not an int"),
    }
}

/// Python's float modulo (sign of the divisor).
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

/// Python's float floor division.
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let floor = div.floor();
        if div - floor > 0.5 {
            floor + 1.0
        } else {
            floor
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

fn int_pow(base: &Num, exp: i64) -> PyResult<Value> {
    if exp < 0 {
        let b = as_f64(base)?;
        if b == 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(Value::Float(b.powi(exp.max(i32::MIN as i64) as i32)));
    }
    if let Num::Int(b) = base
        && let Ok(e) = u32::try_from(exp)
        && let Some(r) = b.checked_pow(e)
    {
        return Ok(Value::Int(r));
    }
    let e = u32::try_from(exp).map_err(|_| overflow_error("exponent too large"))?;
    Ok(Value::bigint(Pow::pow(big_of(base), e)))
}

pub(super) fn arith(op: BinOp, a: &Num, b: &Num) -> PyResult<Value> {
    use Num::*;
    // Fast i64 paths.
    if let (Int(x), Int(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mult => x.checked_mul(y),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(zero_division("integer division or modulo by zero"));
                }
                x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(zero_division("integer modulo by zero"));
                }
                x.checked_rem(y).map(|_| x.mod_floor(&y))
            }
            BinOp::Div => {
                if y == 0 {
                    return Err(zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Value::Float(x as f64 / y as f64));
                }
                return Ok(Value::Float(big_true_div(
                    &BigInt::from(x),
                    &BigInt::from(y),
                )?));
            }
            BinOp::Pow => return int_pow(a, y),
            BinOp::BitAnd => Some(x & y),
            BinOp::BitOr => Some(x | y),
            BinOp::BitXor => Some(x ^ y),
            BinOp::LShift => {
                if y < 0 {
                    return Err(Exc::new("ValueError", "negative shift count"));
                }
                if y < 63 && x.unsigned_abs() < (1u64 << (62 - y)) {
                    Some(x << y)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(Exc::new("ValueError", "negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 { -1 } else { 0 }
                } else {
                    x >> y
                })
            }
            BinOp::MatMult => return Err(unsupported(op, &Value::Int(x), &Value::Int(y))),
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    if matches!(a, Float(_)) || matches!(b, Float(_)) {
        let x = as_f64(a)?;
        let y = as_f64(b)?;
        return Ok(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(zero_division("float floor division by zero"));
                }
                float_floordiv(x, y)
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(zero_division("float modulo"));
                }
                float_mod(x, y)
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(zero_division("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && y.fract() != 0.0 {
                    return Err(Exc::new(
                        "ValueError",
                        "complex numbers are not supported by coropy",
                    ));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(Exc::new(
                        "OverflowError",
                        "(34, 'Numerical result out of range')",
                    ));
                }
                r
            }
            _ => {
                let (va, vb) = (num_value(a), num_value(b));
                return Err(unsupported(op, &va, &vb));
            }
        }));
    }
    // Big integers.
    let x = big_of(a);
    let y = big_of(b);
    Ok(match op {
        BinOp::Add => Value::bigint(x + y),
        BinOp::Sub => Value::bigint(x - y),
        BinOp::Mult => Value::bigint(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            Value::bigint(x.div_floor(&y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            Value::bigint(x.mod_floor(&y))
        }
        BinOp::Div => {
            if y.is_zero() {
                return Err(zero_division("division by zero"));
            }
            Value::Float(big_true_div(&x, &y)?)
        }
        BinOp::Pow => {
            let e = y
                .to_i64()
                .ok_or_else(|| overflow_error("exponent too large"))?;
            return int_pow(&Big(Rc::new(x)), e);
        }
        BinOp::BitAnd => Value::bigint(x & y),
        BinOp::BitOr => Value::bigint(x | y),
        BinOp::BitXor => Value::bigint(x ^ y),
        BinOp::LShift => {
            let s = y
                .to_usize()
                .ok_or_else(|| Exc::new("ValueError", "negative shift count"))?;
            Value::bigint(x << s)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(Exc::new("ValueError", "negative shift count"));
            }
            let s = y.to_usize().unwrap_or(usize::MAX);
            Value::bigint(x >> s)
        }
        BinOp::MatMult => return Err(unsupported(op, &num_value(a), &num_value(b))),
    })
}

/// The common small-int cases, without overflow (`None`: take the general path).
#[inline(always)]
pub fn int_fast(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mult => x.checked_mul(y),
        BinOp::Mod if y > 0 && x >= 0 => Some(x % y),
        BinOp::FloorDiv if y > 0 && x >= 0 => Some(x / y),
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        _ => None,
    }
}

pub(super) fn num_value(n: &Num) -> Value {
    match n {
        Num::Int(i) => Value::Int(*i),
        Num::Big(b) => Value::BigInt(b.clone()),
        Num::Float(f) => Value::Float(*f),
    }
}

/// Correctly rounded int / int.
fn big_true_div(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_f64(), y.to_f64())
        && a.abs() < 9007199254740992.0
        && b.abs() < 9007199254740992.0
    {
        return Ok(a / b);
    }
    // Scale so the quotient has 64+ significant bits, then let float rounding finish.
    let shift = (y.bits() as i64 - x.bits() as i64 + 66).max(0) as usize;
    let q = (x << shift) / y;
    let f = q.to_f64().unwrap_or(f64::INFINITY) / 2f64.powi(shift as i32);
    if f.is_infinite() {
        return Err(overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(f)
}

pub(super) fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    use Num::*;
    match (a, b) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (Float(x), Float(y)) => x.partial_cmp(y),
        (Int(_) | Big(_), Float(y)) => int_float_cmp(&big_of(a), *y),
        (Float(x), Int(_) | Big(_)) => int_float_cmp(&big_of(b), *x).map(Ordering::reverse),
        _ => Some(big_of(a).cmp(&big_of(b))),
    }
}

/// Exact comparison of an integer with a float.
fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() >= 1.7e38 {
        num_bigint::BigInt::parse_bytes(format!("{fl:.0}").as_bytes(), 10).unwrap_or(fb)
    } else {
        fb
    };
    match i.cmp(&fb) {
        Ordering::Equal if f != fl => Some(Ordering::Less),
        o => Some(o),
    }
}
