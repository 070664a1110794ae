//! The `math` module.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::add_functions;
use crate::builtins::numbers::to_f64;
use crate::interp::numeric::to_big;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{Exc, type_error, value_error};
use crate::runtime::object::{Args, Globals};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

pub fn install(g: &Globals) {
    g.set("pi", Value::Float(std::f64::consts::PI));
    g.set("e", Value::Float(std::f64::consts::E));
    g.set("tau", Value::Float(std::f64::consts::TAU));
    g.set("inf", Value::Float(f64::INFINITY));
    g.set("nan", Value::Float(f64::NAN));
    add_functions(
        g,
        &[
            ("sqrt", sqrt),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("gcd", gcd),
            ("lcm", lcm),
            ("factorial", factorial),
            ("isclose", isclose),
            ("log", log),
            ("log2", |_, a| unary(a, "log2", f64::log2, true)),
            ("log10", |_, a| unary(a, "log10", f64::log10, true)),
            ("exp", |_, a| unary(a, "exp", f64::exp, false)),
            ("sin", |_, a| unary(a, "sin", f64::sin, false)),
            ("cos", |_, a| unary(a, "cos", f64::cos, false)),
            ("tan", |_, a| unary(a, "tan", f64::tan, false)),
            ("asin", |_, a| unary(a, "asin", f64::asin, false)),
            ("acos", |_, a| unary(a, "acos", f64::acos, false)),
            ("atan", |_, a| unary(a, "atan", f64::atan, false)),
            ("fabs", |_, a| unary(a, "fabs", f64::abs, false)),
            ("degrees", |_, a| {
                unary(a, "degrees", f64::to_degrees, false)
            }),
            ("radians", |_, a| {
                unary(a, "radians", f64::to_radians, false)
            }),
            ("atan2", |_, a| binary(a, "atan2", f64::atan2)),
            ("pow", |_, a| binary(a, "pow", f64::powf)),
            ("copysign", |_, a| binary(a, "copysign", f64::copysign)),
            ("fmod", fmod),
            ("hypot", hypot),
            ("isfinite", |_, a| pred(a, f64::is_finite)),
            ("isinf", |_, a| pred(a, f64::is_infinite)),
            ("isnan", |_, a| pred(a, f64::is_nan)),
            ("comb", comb),
            ("perm", perm),
            ("prod", prod),
            ("fsum", fsum),
            ("isqrt", isqrt),
            ("modf", modf),
            ("sinh", |_, a| unary(a, "sinh", f64::sinh, false)),
            ("cosh", |_, a| unary(a, "cosh", f64::cosh, false)),
            ("tanh", |_, a| unary(a, "tanh", f64::tanh, false)),
            ("asinh", |_, a| unary(a, "asinh", f64::asinh, false)),
            ("acosh", |_, a| unary(a, "acosh", f64::acosh, false)),
            ("atanh", |_, a| {
                let x = arg_f64(&a, 0)?;
                if x.abs() >= 1.0 {
                    return Err(domain());
                }
                Ok(Value::Float(x.atanh()))
            }),
            ("cbrt", |_, a| unary(a, "cbrt", f64::cbrt, false)),
            ("exp2", |_, a| unary(a, "exp2", f64::exp2, false)),
            ("expm1", |_, a| unary(a, "expm1", f64::exp_m1, false)),
            ("log1p", |_, a| {
                let x = arg_f64(&a, 0)?;
                if x <= -1.0 {
                    return Err(domain());
                }
                Ok(Value::Float(x.ln_1p()))
            }),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("dist", dist),
        ],
    );
}

fn arg_f64(a: &Args, i: usize) -> PyResult<f64> {
    let v = a
        .pos
        .get(i)
        .ok_or_else(|| type_error("math function missing an argument"))?;
    to_f64(v)
}

fn domain() -> Exc {
    value_error("math domain error")
}

fn unary(a: Args, _name: &str, f: fn(f64) -> f64, positive: bool) -> PyResult<Value> {
    let x = arg_f64(&a, 0)?;
    if positive && x <= 0.0 {
        return Err(domain());
    }
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(Exc::new("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

fn binary(a: Args, _name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let x = arg_f64(&a, 0)?;
    let y = arg_f64(&a, 1)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::Float(r))
}

fn pred(a: Args, f: fn(f64) -> bool) -> PyResult<Value> {
    Ok(Value::Bool(f(arg_f64(&a, 0)?)))
}

fn sqrt(_: &mut Interp, a: Args) -> PyResult<Value> {
    let x = arg_f64(&a, 0)?;
    if x < 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.sqrt()))
}

fn float_to_int(x: f64) -> PyResult<Value> {
    crate::fmt::round::float_to_int(x)
        .map(Value::bigint)
        .map_err(crate::interp::repr::fmt_err)
}

fn rounding(interp: &mut Interp, a: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    match &v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Ok(crate::builtins::int_value(&v)),
        Value::Float(x) => float_to_int(f(*x)),
        Value::Instance(_) => interp.call_method(&v, &format!("__{name}__"), Args::default()),
        other => Err(type_error(format!(
            "must be real number, not {}",
            type_name(other)
        ))),
    }
}

fn floor(i: &mut Interp, a: Args) -> PyResult<Value> {
    rounding(i, a, "floor", f64::floor)
}
fn ceil(i: &mut Interp, a: Args) -> PyResult<Value> {
    rounding(i, a, "ceil", f64::ceil)
}
fn trunc(i: &mut Interp, a: Args) -> PyResult<Value> {
    rounding(i, a, "trunc", f64::trunc)
}

fn ints(a: &Args) -> PyResult<Vec<BigInt>> {
    a.pos
        .iter()
        .map(|v| {
            to_big(v).ok_or_else(|| {
                type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(v)
                ))
            })
        })
        .collect()
}

fn gcd(_: &mut Interp, a: Args) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for x in ints(&a)? {
        g = g.gcd(&x);
    }
    Ok(Value::bigint(g))
}

fn lcm(_: &mut Interp, a: Args) -> PyResult<Value> {
    let mut l = BigInt::one();
    for x in ints(&a)? {
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        l = l.lcm(&x);
    }
    Ok(Value::bigint(l.abs()))
}

fn factorial(_: &mut Interp, a: Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    if let Value::Float(_) = v {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = ints(&a)?.into_iter().next().unwrap_or_default();
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| {
        Exc::new(
            "OverflowError",
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    let mut r = BigInt::one();
    for k in 2..=n {
        r *= k;
    }
    Ok(Value::bigint(r))
}

fn isclose(_: &mut Interp, a: Args) -> PyResult<Value> {
    let x = arg_f64(&a, 0)?;
    let y = arg_f64(&a, 1)?;
    let kw = |n: &str, d: f64| -> PyResult<f64> {
        match a.kw.iter().find(|(k, _)| &**k == n) {
            Some((_, v)) => to_f64(v),
            None => Ok(d),
        }
    };
    let rel = kw("rel_tol", 1e-9)?;
    let abs = kw("abs_tol", 0.0)?;
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (x - y).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

fn log(_: &mut Interp, a: Args) -> PyResult<Value> {
    let ln = |v: &Value| -> PyResult<f64> {
        if let Some(b) = to_big(v)
            && b.is_positive()
            && b.bits() > 1000
        {
            // ln of a huge int: scale down first.
            let shift = b.bits() - 60;
            let top = (b >> shift).to_f64().unwrap_or(1.0);
            return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
        }
        let x = to_f64(v)?;
        if x <= 0.0 {
            return Err(domain());
        }
        Ok(x.ln())
    };
    let x = ln(a
        .pos
        .first()
        .ok_or_else(|| type_error("log expected at least 1 argument, got 0"))?)?;
    match a.pos.get(1) {
        Some(b) => {
            let lb = ln(b)?;
            if lb == 0.0 {
                return Err(Exc::new("ZeroDivisionError", "float division by zero"));
            }
            Ok(Value::Float(x / lb))
        }
        None => Ok(Value::Float(x)),
    }
}

fn fmod(_: &mut Interp, a: Args) -> PyResult<Value> {
    let x = arg_f64(&a, 0)?;
    let y = arg_f64(&a, 1)?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    Ok(Value::Float(x % y))
}

fn hypot(_: &mut Interp, a: Args) -> PyResult<Value> {
    let mut s = 0.0f64;
    for i in 0..a.pos.len() {
        let x = arg_f64(&a, i)?;
        s = s.hypot(x);
    }
    Ok(Value::Float(s))
}

/// `frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= abs(m) < 1`.
fn frexp(_: &mut Interp, a: Args) -> PyResult<Value> {
    let x = arg_f64(&a, 0)?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let (mut m, mut shift) = (x, 0i64);
    if m.abs() < f64::MIN_POSITIVE {
        m *= 2f64.powi(54); // subnormal: normalise first
        shift = -54;
    }
    let bits = m.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let mant = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    Ok(Value::tuple(vec![
        Value::Float(mant),
        Value::Int(exp + shift),
    ]))
}

/// `ldexp(x, i)`: `x * 2**i`, scaled in steps so that no intermediate overflows early.
fn ldexp(_: &mut Interp, a: Args) -> PyResult<Value> {
    let x = arg_f64(&a, 0)?;
    let i = match a.pos.get(1) {
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        Some(Value::BigInt(b)) => {
            if b.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        }
        Some(_) => {
            return Err(type_error("Expected an int as second argument to ldexp."));
        }
        None => return Err(type_error("ldexp expected 2 arguments, got 1")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let mut r = x;
    let mut e = i.clamp(-2200, 2200);
    while e != 0 {
        let step = e.clamp(-1000, 1000);
        r *= 2f64.powi(step as i32);
        e -= step;
    }
    if r.is_infinite() {
        return Err(Exc::new("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

/// `dist(p, q)`: the Euclidean distance between two points of the same dimension.
fn dist(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let (Some(p), Some(q)) = (a.pos.first(), a.pos.get(1)) else {
        return Err(type_error(format!(
            "dist expected 2 arguments, got {}",
            a.pos.len()
        )));
    };
    let p = interp.iterate(p)?;
    let q = interp.iterate(q)?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut s = 0.0f64;
    for (x, y) in p.iter().zip(&q) {
        s = s.hypot(to_f64(x)? - to_f64(y)?);
    }
    Ok(Value::Float(s))
}

fn comb(_: &mut Interp, a: Args) -> PyResult<Value> {
    let v = ints(&a)?;
    let (n, k) = (v[0].clone(), v[1].clone());
    if n.is_negative() || k.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k
        .to_u64()
        .unwrap_or(0)
        .min((n.clone() - k).to_u64().unwrap_or(0));
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (n.clone() - i) / (i + 1);
    }
    Ok(Value::bigint(r))
}

fn perm(_: &mut Interp, a: Args) -> PyResult<Value> {
    let v = ints(&a)?;
    let n = v[0].clone();
    let k = v.get(1).cloned().unwrap_or_else(|| n.clone());
    if n.is_negative() || k.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut r = BigInt::one();
    for i in 0..k.to_u64().unwrap_or(0) {
        r *= n.clone() - i;
    }
    Ok(Value::bigint(r))
}

fn prod(interp: &mut Interp, a: Args) -> PyResult<Value> {
    let items = interp.iterate(a.pos.first().unwrap_or(&Value::None))?;
    let mut acc =
        a.kw.iter()
            .find(|(k, _)| &**k == "start")
            .map(|(_, v)| v.clone())
            .unwrap_or(Value::Int(1));
    for x in items {
        acc = interp.binary(crate::syntax::ast::BinOp::Mult, &acc, &x)?;
    }
    Ok(acc)
}

fn fsum(interp: &mut Interp, a: Args) -> PyResult<Value> {
    // Shewchuk's exact summation, as CPython.
    let items = interp.iterate(a.pos.first().unwrap_or(&Value::None))?;
    let mut partials: Vec<f64> = Vec::new();
    for v in items {
        let mut x = to_f64(&v)?;
        let mut i = 0;
        for k in 0..partials.len() {
            let mut y = partials[k];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    Ok(Value::Float(partials.iter().sum()))
}

fn isqrt(_: &mut Interp, a: Args) -> PyResult<Value> {
    let n = ints(&a)?.into_iter().next().unwrap_or_default();
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::bigint(n.sqrt()))
}

fn modf(_: &mut Interp, a: Args) -> PyResult<Value> {
    let x = arg_f64(&a, 0)?;
    Ok(Value::tuple(vec![
        Value::Float(x.fract()),
        Value::Float(x.trunc()),
    ]))
}
