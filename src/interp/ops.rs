//! Operators: sequence and set operators, rich comparison, and the dunder protocol
//! with reflected operands and `NotImplemented`; numbers go to `numeric.rs`.

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;

use super::numeric::{arith, int_fast, num, num_cmp};
use super::{Interp, PyResult};
use crate::runtime::exc::{Exc, overflow_error, type_error};
use crate::runtime::object::Args;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// `d.keys()` / `d.items()` (but not `d.values()`).
fn is_set_like_view(v: &Value) -> bool {
    matches!(v, Value::DictView(dv) if dv.1 != crate::interp::iters::DictPart::Values)
}

pub fn unsupported(op: BinOp, a: &Value, b: &Value) -> Exc {
    unsupported_as(op, a, b, false)
}

/// CPython's TypeError for `a op b` (or `a op= b` when `inplace`) with no method for
/// the pair: a sequence times a non-int has its own message.
fn unsupported_as(op: BinOp, a: &Value, b: &Value, inplace: bool) -> Exc {
    let is_seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_));
    let is_index = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_));
    if op == BinOp::Mult {
        let non_int = match (a, b) {
            (x, y) if is_seq(x) && !is_index(y) => Some(y),
            (x, y) if is_seq(y) && !is_index(x) => Some(x),
            _ => None,
        };
        if let Some(other) = non_int {
            return type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(other)
            ));
        }
    }
    let symbol = match (op, inplace) {
        (BinOp::Pow, false) => "** or pow()".to_string(),
        (_, false) => op.symbol().to_string(),
        (_, true) => format!("{}=", op.symbol()),
    };
    type_error(format!(
        "unsupported operand type(s) for {symbol}: '{}' and '{}'",
        type_name(a),
        type_name(b)
    ))
}

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

impl Interp {
    pub fn binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b)
            && let Some(v) = int_fast(op, *x, *y)
        {
            return Ok(Value::Int(v));
        }
        // bool's own &, |, ^ keep the result a bool.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Value::Bool(x & y)),
                BinOp::BitOr => return Ok(Value::Bool(x | y)),
                BinOp::BitXor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (num(a), num(b)) {
            return arith(op, &x, &y);
        }
        if let Some(v) = self.builtin_binary(op, a, b)? {
            return Ok(v);
        }
        self.dunder_binary(op, a, b)
    }

    /// `a op= b`: mutates lists/sets/dicts in place, or uses `__iop__`.
    pub fn inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b)
            && let Some(v) = int_fast(op, *x, *y)
        {
            return Ok(Value::Int(v));
        }
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                let items = self.iterate(b)?;
                l.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (BinOp::Mult, Value::List(l)) => {
                let n = match b {
                    Value::Int(n) => (*n).max(0) as usize,
                    Value::Bool(x) => *x as usize,
                    _ => return Err(unsupported(op, a, b)),
                };
                let items = l.borrow().clone();
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                *l.borrow_mut() = out;
                return Ok(a.clone());
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(_))
                if matches!(b, Value::Set(_) | Value::FrozenSet(_)) =>
            {
                let r = self.binary(op, a, b)?;
                if let (Value::Set(dst), Value::Set(src)) = (a, &r) {
                    let new = src.borrow().clone();
                    *dst.borrow_mut() = new;
                }
                return Ok(a.clone());
            }
            (BinOp::BitOr, Value::Dict(_)) if matches!(b, Value::Dict(_)) => {
                self.dict_update(a, b)?;
                return Ok(a.clone());
            }
            (_, Value::Instance(inst)) => {
                let (_, _, iname) = dunder(op);
                if let Some(m) = inst.class.lookup(iname) {
                    let r = self.call(&m, Args::new(vec![a.clone(), b.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        // The binary fallback's "no method" error (from wherever it was raised) names
        // the augmented operator.
        self.binary(op, a, b).map_err(|e| {
            let message = |x: &Exc| {
                x.args()
                    .first()
                    .and_then(|m| m.as_str().map(str::to_string))
            };
            if e.is_instance("TypeError") && message(&e) == message(&unsupported(op, a, b)) {
                unsupported_as(op, a, b, true)
            } else {
                e
            }
        })
    }

    fn builtin_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.s.len() + y.s.len());
                s.push_str(&x.s);
                s.push_str(&y.s);
                Value::string(s)
            }
            (BinOp::Add, Value::Str(_), other) if !matches!(other, Value::Instance(_)) => {
                return Err(type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    type_name(other)
                )));
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Value::list(v)
            }
            (BinOp::Add, Value::List(_), other) if !matches!(other, Value::Instance(_)) => {
                return Err(type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    type_name(other)
                )));
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Value::tuple(v)
            }
            (BinOp::Add, Value::Tuple(_), other) if !matches!(other, Value::Instance(_)) => {
                return Err(type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    type_name(other)
                )));
            }
            (
                BinOp::Mult,
                Value::Str(_) | Value::List(_) | Value::Tuple(_),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
            ) => self.repeat(a, b)?,
            (
                BinOp::Mult,
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
                Value::Str(_) | Value::List(_) | Value::Tuple(_),
            ) => self.repeat(b, a)?,
            (BinOp::Mod, Value::Str(fmt), args) => {
                Value::string(self.percent_format(fmt.as_str(), args)?)
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Value::Set(_) | Value::FrozenSet(_),
                Value::Set(_) | Value::FrozenSet(_),
            ) => self.set_op(op, a, b)?,
            // keys() and items() views are set-like: with any iterable they make a set.
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, x, y)
                if is_set_like_view(x) || is_set_like_view(y) =>
            {
                let (xs, ys) = (self.iterate(x)?, self.iterate(y)?);
                let xs = crate::builtins::make_set(self, xs)?;
                let ys = crate::builtins::make_set(self, ys)?;
                self.set_op(op, &xs, &ys)?
            }
            (BinOp::BitOr, Value::Dict(x), Value::Dict(_)) => {
                let d = Value::dict(x.borrow().clone());
                self.dict_update(&d, b)?;
                d
            }
            _ => return Ok(None),
        }))
    }

    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult<Value> {
        let n = match n {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => {
                return Err(overflow_error(
                    "cannot fit 'int' into an index-sized integer",
                ));
            }
        };
        let n = n.max(0) as usize;
        Ok(match seq {
            Value::Str(s) => {
                if s.s.len().saturating_mul(n) > (1 << 31) {
                    return Err(Exc::bare("MemoryError"));
                }
                Value::string(s.s.as_str().repeat(n))
            }
            Value::List(l) => {
                let items = l.borrow();
                if items.len().saturating_mul(n) > (1 << 28) {
                    return Err(Exc::bare("MemoryError"));
                }
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                Value::list(out)
            }
            Value::Tuple(t) => {
                let mut out = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    out.extend(t.iter().cloned());
                }
                Value::tuple(out)
            }
            _ => unreachable!(),
        })
    }

    fn dunder_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (name, rname, _) = dunder(op);
        if let Value::Instance(inst) = a
            && let Some(m) = inst.class.lookup(name)
        {
            let r = self.call(&m, Args::new(vec![a.clone(), b.clone()]))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Value::Instance(inst) = b
            && let Some(m) = inst.class.lookup(rname)
        {
            let r = self.call(&m, Args::new(vec![b.clone(), a.clone()]))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        // `int | None`: a `types.UnionType`, as in CPython.
        let is_type = |v: &Value| matches!(v, Value::Class(_) | Value::None);
        if op == BinOp::BitOr && is_type(a) && is_type(b) && !(a.is_none() && b.is_none()) {
            let types = self.import_module("types")?;
            let union = types.globals.get("UnionType").expect("types.UnionType");
            return self.call(
                &union,
                Args::new(vec![Value::tuple(vec![a.clone(), b.clone()])]),
            );
        }
        Err(unsupported(op, a, b))
    }

    pub fn unary(&mut self, op: UnaryOp, v: &Value) -> PyResult<Value> {
        match (op, v) {
            (UnaryOp::Not, _) => Ok(Value::Bool(!self.truthy(v)?)),
            (UnaryOp::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::bigint(-BigInt::from(*i)),
            }),
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::Neg, Value::BigInt(b)) => Ok(Value::bigint(-(**b).clone())),
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(v.clone()),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => Ok(Value::bigint(-(**b).clone() - 1)),
            (_, Value::Instance(inst)) => {
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    UnaryOp::Invert => "__invert__",
                    UnaryOp::Not => unreachable!(),
                };
                match inst.class.lookup(name) {
                    Some(m) => self.call(&m, Args::new(vec![v.clone()])),
                    None => Err(bad_unary(op, v)),
                }
            }
            _ => Err(bad_unary(op, v)),
        }
    }

    /// `<`, `<=`, `==`, `!=`, `>`, `>=` with CPython's fallbacks.
    pub fn rich_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::Bool(match op {
                CmpOp::Eq => x == y,
                CmpOp::NotEq => x != y,
                CmpOp::Lt => x < y,
                CmpOp::LtE => x <= y,
                CmpOp::Gt => x > y,
                CmpOp::GtE => x >= y,
                _ => unreachable!("identity and membership are not rich comparisons"),
            }));
        }
        if matches!(a, Value::Namespace(_) | Value::AttrDict(_))
            || matches!(b, Value::Namespace(_) | Value::AttrDict(_))
        {
            // `obj.__dict__` and `globals()` compare as the dicts they show.
            let (a, b) = (self.mapping_snapshot(a)?, self.mapping_snapshot(b)?);
            return self.rich_compare(op, &a, &b);
        }
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            // Sequence equality compares items with `==` only: unequal items need not
            // be orderable (`(int,) == (str,)`).
            let items = match (a, b) {
                (Value::List(x), Value::List(y)) => Some((x.borrow().clone(), y.borrow().clone())),
                (Value::Tuple(x), Value::Tuple(y)) => Some((x.to_vec(), y.to_vec())),
                _ => None,
            };
            if let Some((x, y)) = items {
                let mut equal = x.len() == y.len();
                if equal {
                    for (p, q) in x.iter().zip(y.iter()) {
                        if !(p.is(q) || self.eq(p, q)?) {
                            equal = false;
                            break;
                        }
                    }
                }
                return Ok(Value::Bool(equal == (op == CmpOp::Eq)));
            }
        }
        if let Some(ord) = self.builtin_order(a, b)? {
            return Ok(Value::Bool(match op {
                CmpOp::Eq => ord == Some(Ordering::Equal),
                CmpOp::NotEq => ord != Some(Ordering::Equal),
                CmpOp::Lt => ord == Some(Ordering::Less),
                CmpOp::LtE => matches!(ord, Some(Ordering::Less | Ordering::Equal)),
                CmpOp::Gt => ord == Some(Ordering::Greater),
                CmpOp::GtE => matches!(ord, Some(Ordering::Greater | Ordering::Equal)),
                _ => unreachable!(),
            }));
        }
        let (name, reflected) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            _ => unreachable!(),
        };
        // A subclass's reflected method goes first.
        let b_first = matches!((a, b), (Value::Instance(x), Value::Instance(y))
            if !Rc::ptr_eq(&x.class, &y.class) && y.class.is_subclass(&x.class));
        let order: [(&Value, &Value, &str); 2] = if b_first {
            [(b, a, reflected), (a, b, name)]
        } else {
            [(a, b, name), (b, a, reflected)]
        };
        for (x, y, m) in order {
            if let Value::Instance(inst) = x
                && let Some(f) = inst.class.lookup(m)
            {
                let r = self.call(&f, Args::new(vec![x.clone(), y.clone()]))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => {
                // Default __ne__ inverts __eq__.
                if let Value::Instance(inst) = a
                    && inst.class.lookup("__eq__").is_some()
                {
                    let r = self.call_method(a, "__eq__", Args::new(vec![b.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Value::Bool(!self.truthy(&r)?));
                    }
                }
                Ok(Value::Bool(!a.is(b)))
            }
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                type_name(a),
                type_name(b)
            ))),
        }
    }

    /// Ordering of two builtin values, `Ok(None)` when not builtin-comparable (so
    /// dunders are tried); `Ok(Some(None))` for unordered (NaN, unequal containers).
    fn builtin_order(&mut self, a: &Value, b: &Value) -> PyResult<Option<Option<Ordering>>> {
        use Value::*;
        if let (Some(x), Some(y)) = (num(a), num(b)) {
            return Ok(Some(num_cmp(&x, &y)));
        }
        Ok(Some(match (a, b) {
            (Str(x), Str(y)) => Some(x.s.cmp(&y.s)),
            (List(x), List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                return self.seq_order(&x, &y).map(Some);
            }
            (Tuple(x), Tuple(y)) => {
                let (x, y) = (x.clone(), y.clone());
                return self.seq_order(&x, &y).map(Some);
            }
            (None, None) => Some(Ordering::Equal),
            (Dict(_), Dict(_)) => {
                return Ok(Some(if self.dict_eq(a, b)? {
                    Some(Ordering::Equal)
                } else {
                    Option::None
                }));
            }
            (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => return self.set_order(a, b),
            (Range(x), Range(y)) => {
                let same = x.len() == y.len()
                    && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
                if same {
                    Some(Ordering::Equal)
                } else {
                    Option::None
                }
            }
            // Anything else has no order, not even with itself: `==` falls back to
            // identity and `<` is a TypeError (futures, coroutines, functions, ...).
            _ => return Ok(Option::None),
        }))
    }

    fn seq_order(&mut self, x: &[Value], y: &[Value]) -> PyResult<Option<Ordering>> {
        for (a, b) in x.iter().zip(y.iter()) {
            if a.is(b) || self.eq(a, b)? {
                continue;
            }
            let lt = self.rich_compare(CmpOp::Lt, a, b)?;
            if self.truthy(&lt)? {
                return Ok(Some(Ordering::Less));
            }
            let gt = self.rich_compare(CmpOp::Gt, a, b)?;
            if self.truthy(&gt)? {
                return Ok(Some(Ordering::Greater));
            }
            return Ok(None);
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    fn dict_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Value::Dict(x), Value::Dict(y)) = (a, b) else {
            return Ok(false);
        };
        if x.borrow().len() != y.borrow().len() {
            return Ok(false);
        }
        let entries: Vec<(Value, Value)> = x
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            let h = self.hash(&k)?;
            let y = y.clone();
            let other = self.table_get(&*y, h, &k)?;
            match other {
                Some(w) if v.is(&w) || self.eq(&v, &w)? => {}
                _ => return Ok(false),
            }
        }
        Ok(true)
    }
}

fn bad_unary(op: UnaryOp, v: &Value) -> Exc {
    let sym = match op {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        UnaryOp::Invert => "~",
        UnaryOp::Not => "not",
    };
    type_error(format!(
        "bad operand type for unary {sym}: '{}'",
        type_name(v)
    ))
}
