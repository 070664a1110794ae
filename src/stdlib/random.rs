//! The `random` module: CPython 3.11's exact sequences for a given seed.
//!
//! The generator and the number-level algorithms live in `mt19937.rs`; this file holds
//! the native methods of `random.Random`. The class itself and the module-level
//! functions (bound methods of one hidden `_inst`, as in CPython) are defined by the
//! embedded Python source `random.py`.
//!
//! Each `Random` instance stores a handle (`_gen`) into a per-thread table of
//! generators; generators are not freed when their instance dies (a program creating
//! very many `Random()` objects leaks about 2.5 KB per instance).

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{One, Signed};

use super::add_functions;
use super::mt19937::{Mt, entropy_key};
use crate::builtins::numbers::to_f64;
use crate::interp::numeric::to_big;
use crate::interp::{Interp, PyResult};
use crate::runtime::exc::{Exc, index_error, type_error, value_error};
use crate::runtime::object::{Args, Globals};
use crate::runtime::types::type_name;
use crate::runtime::value::{Name, Value};
use crate::syntax::ast::BinOp;

/// The Python half of the module, run after the natives below are installed.
pub const SOURCE: &str = include_str!("random.py");

thread_local! {
    static GENERATORS: RefCell<Vec<Mt>> = const { RefCell::new(Vec::new()) };
}

pub fn install(g: &Globals) {
    add_functions(
        g,
        &[
            ("_seed", seed),
            ("_random", random),
            ("_getrandbits", getrandbits),
            ("_randbelow_n", randbelow),
            ("_randrange", randrange),
            ("_randint", randint),
            ("_uniform", uniform),
            ("_choice", choice),
            ("_shuffle", shuffle),
            ("_sample", sample),
            ("_choices", choices),
            ("_gauss", gauss),
            ("_normalvariate", normalvariate),
            ("_expovariate", expovariate),
            ("_triangular", triangular),
        ],
    );
}

/// The generator handle of a `Random` instance, creating an OS-seeded one if missing.
fn handle(slf: &Value) -> PyResult<usize> {
    let Value::Instance(inst) = slf else {
        return Err(type_error(format!(
            "descriptor requires a 'Random' object but received a '{}'",
            type_name(slf)
        )));
    };
    if let Some(Value::Int(h)) = inst.dict.borrow().get("_gen") {
        return Ok(*h as usize);
    }
    let h = GENERATORS.with(|g| {
        let mut g = g.borrow_mut();
        let mut mt = Mt::new();
        mt.init_by_array(&entropy_key());
        g.push(mt);
        g.len() - 1
    });
    inst.dict
        .borrow_mut()
        .insert(Name::from("_gen"), Value::Int(h as i64));
    Ok(h)
}

/// Run `f` on generator `h` (never call back into Python inside `f`).
fn with_mt<R>(h: usize, f: impl FnOnce(&mut Mt) -> R) -> R {
    GENERATORS.with(|g| f(&mut g.borrow_mut()[h]))
}

/// Bind a method call's arguments: `self` first, then `names` (the first `npos` may be
/// given positionally, the rest only by keyword; the first `required` are required).
fn bind(
    args: Args,
    fname: &str,
    names: &[&str],
    npos: usize,
    required: usize,
) -> PyResult<(Value, Vec<Option<Value>>)> {
    let mut pos = args.pos.into_iter();
    let slf = pos
        .next()
        .ok_or_else(|| type_error(format!("Random.{fname}() needs an argument")))?;
    let pos: Vec<Value> = pos.collect();
    if pos.len() > npos {
        let takes = if required == npos {
            format!("{}", npos + 1)
        } else {
            format!("from {} to {}", required + 1, npos + 1)
        };
        let s = if npos == 0 { "" } else { "s" };
        return Err(type_error(format!(
            "Random.{fname}() takes {takes} positional argument{s} but {} were given",
            pos.len() + 1
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.into_iter().enumerate() {
        out[i] = Some(v);
    }
    for (k, v) in args.kw {
        let Some(i) = names.iter().position(|n| **n == *k) else {
            return Err(type_error(format!(
                "Random.{fname}() got an unexpected keyword argument '{k}'"
            )));
        };
        if out[i].is_some() {
            return Err(type_error(format!(
                "Random.{fname}() got multiple values for argument '{k}'"
            )));
        }
        out[i] = Some(v);
    }
    let missing: Vec<String> = names[..required]
        .iter()
        .zip(&out)
        .filter(|(_, v)| v.is_none())
        .map(|(n, _)| format!("'{n}'"))
        .collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            n => format!("{} and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(type_error(format!(
            "Random.{fname}() missing {} required positional argument{s}: {list}",
            missing.len()
        )));
    }
    Ok((slf, out))
}

fn float_arg(v: &Option<Value>, default: f64) -> PyResult<f64> {
    v.as_ref().map_or(Ok(default), to_f64)
}

fn seed(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (slf, p) = bind(args, "seed", &["a", "version"], 2, 0)?;
    let h = handle(&slf)?;
    let a = p[0].clone().unwrap_or(Value::None);
    let version = match &p[1] {
        Some(v) => interp.index_value(v)?,
        None => 2,
    };
    match &a {
        Value::None => with_mt(h, |mt| mt.init_by_array(&entropy_key())),
        Value::Str(s) if version == 1 => with_mt(h, |mt| mt.seed_str_v1(s.as_str())),
        Value::Str(s) if version == 2 => with_mt(h, |mt| mt.seed_str(s.as_str())),
        Value::Float(x) => {
            let n = BigInt::from(crate::interp::protocols::float_hash(*x));
            with_mt(h, |mt| mt.seed_int(&n));
        }
        Value::Str(s) => {
            let n = BigInt::from(crate::interp::protocols::str_hash(s.as_str()));
            with_mt(h, |mt| mt.seed_int(&n));
        }
        other => match to_big(other) {
            Some(n) => with_mt(h, |mt| mt.seed_int(&n)),
            None => {
                return Err(type_error(
                    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
                ));
            }
        },
    }
    Ok(Value::None)
}

fn random(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (slf, _) = bind(args, "random", &[], 0, 0)?;
    let h = handle(&slf)?;
    Ok(Value::Float(with_mt(h, Mt::random)))
}

fn getrandbits(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (slf, p) = bind(args, "getrandbits", &["k"], 1, 1)?;
    let h = handle(&slf)?;
    let k = interp.index_value(p[0].as_ref().expect("required"))?;
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    if k < 64 {
        return Ok(Value::Int(with_mt(h, |mt| mt.bits_u64(k as u32)) as i64));
    }
    let r = with_mt(h, |mt| mt.getrandbits(k as u64));
    Ok(Value::bigint(BigInt::from(r)))
}

/// `_randbelow(n)` for a positive int value.
fn randbelow_value(h: usize, n: &BigInt) -> Value {
    match u64::try_from(n) {
        Ok(small) => Value::bigint(BigInt::from(with_mt(h, |mt| mt.randbelow(small)))),
        Err(_) => Value::bigint(BigInt::from(with_mt(h, |mt| {
            mt.randbelow_big(n.magnitude())
        }))),
    }
}

fn randbelow(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (slf, p) = bind(args, "_randbelow", &["n"], 1, 1)?;
    let h = handle(&slf)?;
    let n = p[0].as_ref().and_then(to_big).unwrap_or_default();
    if !n.is_positive() {
        return Ok(Value::Int(0));
    }
    Ok(randbelow_value(h, &n))
}

/// `_index(v)`, falling back to an integral float as CPython 3.11 still does (with a
/// DeprecationWarning, which coropy does not print).
fn int_arg(interp: &mut Interp, v: &Value, what: &str) -> PyResult<BigInt> {
    if let Some(b) = to_big(v) {
        return Ok(b);
    }
    if let Value::Float(x) = v {
        if x.fract() == 0.0 && x.is_finite() {
            return crate::fmt::round::float_to_int(*x).map_err(crate::interp::repr::fmt_err);
        }
        if x.is_finite() {
            return Err(value_error(format!("non-integer {what} for randrange()")));
        }
    }
    Ok(BigInt::from(interp.index_value(v)?))
}

fn randrange_values(
    interp: &mut Interp,
    h: usize,
    start: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
) -> PyResult<Value> {
    if let (Value::Int(a), Some(Value::Int(b)), None | Some(Value::Int(1))) = (start, stop, step)
        && let Some(r) = with_mt(h, |mt| mt.randrange_i64(*a, *b))
    {
        return Ok(Value::Int(r));
    }
    let istart = int_arg(interp, start, "arg 1")?;
    let Some(stop) = stop else {
        if step.is_some_and(|s| !matches!(s, Value::Int(1))) {
            return Err(type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return Ok(randbelow_value(h, &istart));
        }
        return Err(value_error("empty range for randrange()"));
    };
    let istop = int_arg(interp, stop, "stop")?;
    let istep = match step {
        Some(s) => int_arg(interp, s, "step")?,
        None => BigInt::one(),
    };
    with_mt(h, |mt| mt.randrange(&istart, &istop, &istep))
        .map(Value::bigint)
        .map_err(value_error)
}

fn randrange(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (slf, p) = bind(args, "randrange", &["start", "stop", "step"], 3, 1)?;
    let h = handle(&slf)?;
    let stop = p[1].as_ref().filter(|v| !v.is_none());
    randrange_values(
        interp,
        h,
        p[0].as_ref().expect("required"),
        stop,
        p[2].as_ref(),
    )
}

fn randint(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (slf, p) = bind(args, "randint", &["a", "b"], 2, 2)?;
    let h = handle(&slf)?;
    let (a, b) = (p[0].as_ref().expect("a"), p[1].as_ref().expect("b"));
    let stop = match b {
        Value::Int(i) if *i < i64::MAX => Value::Int(i + 1),
        other => interp.binary(BinOp::Add, other, &Value::Int(1))?,
    };
    randrange_values(interp, h, a, Some(&stop), None)
}

fn uniform(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (slf, p) = bind(args, "uniform", &["a", "b"], 2, 2)?;
    let h = handle(&slf)?;
    let (a, b) = (float_arg(&p[0], 0.0)?, float_arg(&p[1], 0.0)?);
    Ok(Value::Float(a + (b - a) * with_mt(h, Mt::random)))
}

fn choice(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (slf, p) = bind(args, "choice", &["seq"], 1, 1)?;
    let h = handle(&slf)?;
    let seq = p[0].as_ref().expect("seq");
    let n = interp.len(seq)?;
    if n == 0 {
        return Err(index_error("Cannot choose from an empty sequence"));
    }
    let i = with_mt(h, |mt| mt.randbelow(n as u64));
    interp.getitem(seq, &Value::Int(i as i64))
}

fn shuffle(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (slf, p) = bind(args, "shuffle", &["x"], 1, 1)?;
    let h = handle(&slf)?;
    let x = p[0].as_ref().expect("x");
    let n = interp.len(x)?;
    let swaps = with_mt(h, |mt| mt.shuffle_swaps(n));
    if let Value::List(l) = x {
        let mut l = l.borrow_mut();
        for (i, j) in swaps {
            l.swap(i, j);
        }
        return Ok(Value::None);
    }
    for (i, j) in swaps {
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
        let b = interp.getitem(x, &vj)?;
        let a = interp.getitem(x, &vi)?;
        interp.setitem(x, vi, b)?;
        interp.setitem(x, vj, a)?;
    }
    Ok(Value::None)
}

/// `population[i]` for each index.
fn pick(interp: &mut Interp, population: &Value, idx: &[usize]) -> PyResult<Value> {
    let items = match population {
        Value::List(l) => {
            let l = l.borrow();
            idx.iter().map(|&i| l[i].clone()).collect()
        }
        Value::Tuple(t) => idx.iter().map(|&i| t[i].clone()).collect(),
        _ => {
            let mut out = Vec::with_capacity(idx.len());
            for &i in idx {
                out.push(interp.getitem(population, &Value::Int(i as i64))?);
            }
            out
        }
    };
    Ok(Value::list(items))
}

/// Running totals of `values` with Python `+`.
fn accumulate(interp: &mut Interp, values: Vec<Value>) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::with_capacity(values.len());
    for v in values {
        let next = match out.last() {
            Some(prev) => interp.binary(BinOp::Add, prev, &v)?,
            None => v,
        };
        out.push(next);
    }
    Ok(out)
}

fn sample(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (slf, p) = bind(args, "sample", &["population", "k", "counts"], 2, 2)?;
    let h = handle(&slf)?;
    let population = p[0].as_ref().expect("population");
    if !matches!(
        population,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_)
    ) {
        return Err(type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = interp.len(population)?;
    let k = interp.index_value(p[1].as_ref().expect("k"))?;
    if let Some(counts) = p[2].as_ref().filter(|c| !c.is_none()) {
        let counts = interp.iterate(counts)?;
        let mut cum = accumulate(interp, counts)?;
        if cum.len() != n {
            return Err(value_error(
                "The number of counts does not match the population",
            ));
        }
        let total = cum.pop().unwrap_or(Value::Int(0));
        let Some(total) = to_big(&total).filter(|_| !matches!(total, Value::Bool(_))) else {
            return Err(type_error("Counts must be integers"));
        };
        if !total.is_positive() {
            return Err(value_error("Total of counts must be greater than zero"));
        }
        let total = usize::try_from(&total).map_err(|_| {
            Exc::new(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )
        })?;
        if k < 0 || k as usize > total {
            return Err(value_error("Sample larger than population or is negative"));
        }
        let cum: Vec<f64> = cum.iter().map(to_f64).collect::<PyResult<_>>()?;
        let selections = with_mt(h, |mt| mt.sample_indices(total, k as usize));
        let idx: Vec<usize> = selections
            .iter()
            .map(|&s| super::mt19937::bisect_right(&cum, s as f64, cum.len()))
            .collect();
        return pick(interp, population, &idx);
    }
    if k < 0 || k as usize > n {
        return Err(value_error("Sample larger than population or is negative"));
    }
    let idx = with_mt(h, |mt| mt.sample_indices(n, k as usize));
    pick(interp, population, &idx)
}

fn choices(interp: &mut Interp, args: Args) -> PyResult<Value> {
    let (slf, p) = bind(
        args,
        "choices",
        &["population", "weights", "cum_weights", "k"],
        2,
        1,
    )?;
    let h = handle(&slf)?;
    let population = p[0].as_ref().expect("population");
    let k = match &p[3] {
        Some(k) => interp.index_value(k)?.max(0) as usize,
        None => 1,
    };
    let n = interp.len(population)?;
    let weights = p[1].as_ref().filter(|w| !w.is_none());
    let cum = match (weights, p[2].as_ref().filter(|w| !w.is_none())) {
        (None, None) => {
            let idx = with_mt(h, |mt| mt.choices_indices(n, k));
            return pick(interp, population, &idx);
        }
        (Some(_), Some(_)) => {
            return Err(type_error(
                "Cannot specify both weights and cumulative weights",
            ));
        }
        (Some(Value::Int(k)), None) => {
            return Err(type_error(format!(
                "The number of choices must be a keyword argument: k={k}"
            )));
        }
        (Some(w), None) => {
            let w = interp.iterate(w)?;
            accumulate(interp, w)?
        }
        (None, Some(c)) => interp.iterate(c)?,
    };
    if cum.len() != n {
        return Err(value_error(
            "The number of weights does not match the population",
        ));
    }
    let Some(last) = cum.last() else {
        return Err(index_error("list index out of range"));
    };
    let total = to_f64(last)? + 0.0;
    if total <= 0.0 {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let cum: Vec<f64> = cum.iter().map(to_f64).collect::<PyResult<_>>()?;
    let idx = with_mt(h, |mt| mt.choices_weighted(&cum, k));
    pick(interp, population, &idx)
}

fn gauss(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (slf, p) = bind(args, "gauss", &["mu", "sigma"], 2, 0)?;
    let h = handle(&slf)?;
    let (mu, sigma) = (float_arg(&p[0], 0.0)?, float_arg(&p[1], 1.0)?);
    Ok(Value::Float(with_mt(h, |mt| mt.gauss(mu, sigma))))
}

fn normalvariate(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (slf, p) = bind(args, "normalvariate", &["mu", "sigma"], 2, 0)?;
    let h = handle(&slf)?;
    let (mu, sigma) = (float_arg(&p[0], 0.0)?, float_arg(&p[1], 1.0)?);
    Ok(Value::Float(with_mt(h, |mt| mt.normalvariate(mu, sigma))))
}

fn expovariate(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (slf, p) = bind(args, "expovariate", &["lambd"], 1, 0)?;
    let h = handle(&slf)?;
    let lambd = float_arg(&p[0], 1.0)?;
    let u = with_mt(h, Mt::random);
    if lambd == 0.0 {
        return Err(Exc::new("ZeroDivisionError", "float division by zero"));
    }
    Ok(Value::Float(-(1.0 - u).ln() / lambd))
}

fn triangular(_: &mut Interp, args: Args) -> PyResult<Value> {
    let (slf, p) = bind(args, "triangular", &["low", "high", "mode"], 3, 0)?;
    let h = handle(&slf)?;
    let (mut low, mut high) = (float_arg(&p[0], 0.0)?, float_arg(&p[1], 1.0)?);
    let mut u = with_mt(h, Mt::random);
    let mut c = match p[2].as_ref().filter(|m| !m.is_none()) {
        None => 0.5,
        Some(mode) => {
            if high - low == 0.0 {
                return Ok(p[0].clone().unwrap_or(Value::Float(0.0)));
            }
            (to_f64(mode)? - low) / (high - low)
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
}
