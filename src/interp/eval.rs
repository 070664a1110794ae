//! The recursive evaluator of await-free expression trees (assignment to targets is
//! in `assign.rs`).

use std::cell::RefCell;
use std::rc::Rc;

use super::frame::Frame;
use super::{Interp, PyResult};
use crate::compile::code::{Elt, Expr, FPart, GlobalName, MakeFunction};
use crate::runtime::dict::Dict;
use crate::runtime::exc::{Exc, name_error};
use crate::runtime::object::{Args, Function, attr_map};
use crate::runtime::set::SetData;
use crate::runtime::value::{Name, SliceObj, Value};
use crate::syntax::ast::CmpOp;

impl Interp {
    /// Evaluate an expression. Leaves (constants and locals) are handled inline here;
    /// everything else goes through the big `eval_node`, whose prologue is then only
    /// paid for inner nodes.
    #[inline(always)]
    pub fn eval(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match e {
            Expr::Const(v) => Ok(v.clone()),
            Expr::Local(i) => match &f.slots[*i as usize] {
                Some(v) => Ok(v.clone()),
                None => Err(unbound_local(&f.code.slot_names[*i as usize])),
            },
            _ => self.eval_node(f, e),
        }
    }

    /// `eval` that also decides int arithmetic on a local and a constant inline (call
    /// arguments such as `n - 1`, results such as `1 + x`): for the hottest sites only.
    #[inline(always)]
    pub fn eval_arith(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        if let Some(i) = arith_int(f, e) {
            return Ok(Value::Int(i));
        }
        match e {
            Expr::BinLocalInt(..) | Expr::BinIntLocal(..) => self.eval_node(f, e),
            _ => self.eval(f, e),
        }
    }

    /// Evaluate a condition to a bool; an int comparison never builds a `Value::Bool`.
    /// The comparison of a local int with a constant is decided inline; the rest goes
    /// through `eval_cond_slow`.
    #[inline(always)]
    pub fn eval_cond(&mut self, f: &mut Frame, e: &Expr) -> PyResult<bool> {
        if let Expr::CmpLocalInt(op, slot, c) = e
            && let Some(Value::Int(x)) = &f.slots[*slot as usize]
        {
            return Ok(int_cmp(*op, *x, *c));
        }
        self.eval_cond_slow(f, e)
    }

    #[inline(never)]
    fn eval_cond_slow(&mut self, f: &mut Frame, e: &Expr) -> PyResult<bool> {
        // `local op int cmp int` (as `i % 11 == 0`): no value is built.
        if let Expr::Compare(l, rest) = e
            && let [(cop, Expr::Const(Value::Int(k)))] = &rest[..]
            && let Expr::BinLocalInt(bop, slot, c) = &**l
            && let Some(Value::Int(x)) = &f.slots[*slot as usize]
            && let Some(v) = crate::interp::numeric::int_fast(*bop, *x, *c)
            && let Some(r) = int_cmp_checked(*cop, v, *k)
        {
            return Ok(r);
        }
        // `local in local`: both read in place, no clones.
        if let Expr::Compare(l, rest) = e
            && let [(op @ (CmpOp::In | CmpOp::NotIn), Expr::Local(j))] = &rest[..]
            && let Expr::Local(i) = &**l
            && let (Some(a), Some(b)) = (&f.slots[*i as usize], &f.slots[*j as usize])
            && let Some(r) = self.dict_contains_simple(*op, a, b)?
        {
            return Ok(r);
        }
        if let Expr::Compare(l, rest) = e
            && rest.len() == 1
        {
            let a = self.eval(f, l)?;
            let b = self.eval(f, &rest[0].1)?;
            if let (Value::Int(x), Value::Int(y)) = (&a, &b)
                && !matches!(rest[0].0, CmpOp::In | CmpOp::NotIn)
            {
                return Ok(int_cmp(rest[0].0, *x, *y));
            }
            if let Some(r) = self.dict_contains_simple(rest[0].0, &a, &b)? {
                return Ok(r);
            }
            let r = self.compare(rest[0].0, &a, &b)?;
            return match r {
                Value::Bool(b) => Ok(b),
                other => self.truthy(&other),
            };
        }
        let v = self.eval(f, e)?;
        match v {
            Value::Bool(b) => Ok(b),
            other => self.truthy(&other),
        }
    }

    /// `a in b` / `a not in b` for a dict `b` and a str or int `a`, decided by one
    /// probe when no key's `__eq__` can run; `None` when it cannot be decided so.
    #[inline(always)]
    fn dict_contains_simple(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        if let (CmpOp::In | CmpOp::NotIn, Value::Dict(d), Value::Str(_) | Value::Int(_)) =
            (op, b, a)
        {
            let h = self.hash(a)?;
            if let Some(found) = d.borrow().find_simple(h, a) {
                return Ok(Some(found.is_some() == (op == CmpOp::In)));
            }
        }
        Ok(None)
    }

    #[inline(never)]
    fn eval_node(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match e {
            Expr::Const(v) => Ok(v.clone()),
            Expr::Local(i) => match &f.slots[*i as usize] {
                Some(v) => Ok(v.clone()),
                None => Err(unbound_local(&f.code.slot_names[*i as usize])),
            },
            Expr::Cell(i) => match &*f.cells()[*i as usize].borrow() {
                Some(v) => Ok(v.clone()),
                None => Err(unbound_cell(f, *i as usize)),
            },
            Expr::Global(i, g) => self.global(f, *i, g),
            Expr::Attr(obj, name) => {
                let o = self.eval(f, obj)?;
                self.getattr(&o, name)
            }
            Expr::Subscript(obj, index) => {
                let o = self.eval(f, obj)?;
                let i = self.eval(f, index)?;
                self.getitem(&o, &i)
            }
            Expr::Call(func, args) => {
                let fv = match &**func {
                    Expr::Global(i, g) => self.global(f, *i, g)?,
                    func => self.eval(f, func)?,
                };
                self.call_value(f, &fv, args)
            }
            Expr::CallMethod(obj, name, args) => self.call_method_expr(f, obj, name, args),
            Expr::Unary(op, operand) => {
                let v = self.eval(f, operand)?;
                self.unary(*op, &v)
            }
            Expr::BinLocalInt(op, slot, c) => {
                if let Some(Value::Int(x)) = &f.slots[*slot as usize]
                    && let Some(v) = crate::interp::numeric::int_fast(*op, *x, *c)
                {
                    return Ok(Value::Int(v));
                }
                let a = self.eval(f, &Expr::Local(*slot))?;
                self.binary(*op, &a, &Value::Int(*c))
            }
            Expr::BinIntLocal(op, c, slot) => {
                if let Some(Value::Int(x)) = &f.slots[*slot as usize]
                    && let Some(v) = crate::interp::numeric::int_fast(*op, *c, *x)
                {
                    return Ok(Value::Int(v));
                }
                let b = self.eval(f, &Expr::Local(*slot))?;
                self.binary(*op, &Value::Int(*c), &b)
            }
            Expr::CmpLocalInt(op, slot, c) => {
                if let Some(Value::Int(x)) = &f.slots[*slot as usize] {
                    return Ok(Value::Bool(int_cmp(*op, *x, *c)));
                }
                let a = self.eval(f, &Expr::Local(*slot))?;
                self.compare(*op, &a, &Value::Int(*c))
            }
            Expr::Binary(op, l, r) => {
                let a = self.eval(f, l)?;
                let b = self.eval(f, r)?;
                if let (Value::Int(x), Value::Int(y)) = (&a, &b)
                    && let Some(v) = crate::interp::numeric::int_fast(*op, *x, *y)
                {
                    return Ok(Value::Int(v));
                }
                self.binary(*op, &a, &b)
            }
            Expr::Compare(l, rest) if rest.len() == 1 => {
                let left = self.eval(f, l)?;
                let right = self.eval(f, &rest[0].1)?;
                self.compare(rest[0].0, &left, &right)
            }
            Expr::And(l, r) => {
                let a = self.eval(f, l)?;
                if !self.truthy(&a)? {
                    return Ok(a);
                }
                self.eval(f, r)
            }
            Expr::Or(l, r) => {
                let a = self.eval(f, l)?;
                if self.truthy(&a)? {
                    return Ok(a);
                }
                self.eval(f, r)
            }
            Expr::IfExp(parts) => {
                let t = self.eval(f, &parts[0])?;
                if self.truthy(&t)? {
                    self.eval(f, &parts[1])
                } else {
                    self.eval(f, &parts[2])
                }
            }
            Expr::Tuple(elts) => Ok(Value::tuple(self.eval_elts(f, elts)?)),
            _ => self.eval_rare(f, e),
        }
    }

    /// A module global, else the builtin of that name.
    #[inline(always)]
    pub(super) fn global(&self, f: &Frame, i: u32, g: &GlobalName) -> PyResult<Value> {
        if let Some(v) = &f.globals.values.borrow()[i as usize] {
            return Ok(v.clone());
        }
        // Builtins are resolved when the code is compiled; names added to the
        // `builtins` module later are found here.
        g.builtin
            .clone()
            .or_else(|| self.builtins.get(&g.name))
            .ok_or_else(|| name_error(&g.name))
    }

    /// The rarely evaluated nodes, kept out of `eval_node`'s frame.
    #[inline(never)]
    fn eval_rare(&mut self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match e {
            Expr::ClassName(name, fallback) => {
                if let Some(ns) = f.class_ns()
                    && let Some(v) = ns.borrow().get(name)
                {
                    return Ok(v.clone());
                }
                self.eval(f, fallback)
            }
            Expr::Slice(parts) => {
                let mut get = |p: &Option<Expr>| match p {
                    Some(e) => self.eval(f, e),
                    None => Ok(Value::None),
                };
                let start = get(&parts[0])?;
                let stop = get(&parts[1])?;
                let step = get(&parts[2])?;
                Ok(Value::Slice(Rc::new(SliceObj { start, stop, step })))
            }
            Expr::Compare(l, rest) => {
                let mut left = self.eval(f, l)?;
                let last = rest.len() - 1;
                for (i, (op, r)) in rest.iter().enumerate() {
                    let right = self.eval(f, r)?;
                    let res = self.compare(*op, &left, &right)?;
                    if i == last {
                        return Ok(res);
                    }
                    if !self.truthy(&res)? {
                        return Ok(res);
                    }
                    left = right;
                }
                unreachable!("a comparison has at least one operator")
            }
            Expr::List(elts) => Ok(Value::list(self.eval_elts(f, elts)?)),
            Expr::Set(elts) => {
                let items = self.eval_elts(f, elts)?;
                let set = Value::Set(Rc::new(RefCell::new(SetData::new())));
                for v in items {
                    self.set_add(&set, v)?;
                }
                Ok(set)
            }
            Expr::Dict(pairs) => {
                let d = Value::dict(Dict::new());
                for (k, v) in pairs {
                    match k {
                        Some(k) => {
                            let k = self.eval(f, k)?;
                            let v = self.eval(f, v)?;
                            self.setitem(&d, k, v)?;
                        }
                        None => {
                            let m = self.eval(f, v)?;
                            self.dict_update(&d, &m)?;
                        }
                    }
                }
                Ok(d)
            }
            Expr::FString(parts) => {
                // Built in the interpreter's reused buffer, then copied once into the
                // str (inline when short): no allocation but the str's own.
                let mut out = std::mem::take(&mut self.fbuf);
                out.clear();
                let r = self.fstring(f, parts, &mut out);
                let v = r.map(|()| Value::str(&out));
                self.fbuf = out;
                v
            }
            Expr::Function(mf) => self.make_function(f, mf),
            Expr::Class(mc) => self.make_class(f, mc),
            Expr::Named(t, v) => {
                let v = self.eval(f, v)?;
                self.assign(f, t, v.clone())?;
                Ok(v)
            }
            Expr::Iter(v) => {
                let v = self.eval(f, v)?;
                self.iter(&v)
            }
            Expr::YieldFromIter(v) => match self.eval(f, v)? {
                c @ Value::Coroutine(_) => Ok(c),
                other => self.iter(&other),
            },
            Expr::Super {
                class_cell,
                self_slot,
            } => {
                let cls = f.cells()[*class_cell as usize].borrow().clone();
                let Some(Value::Class(cls)) = cls else {
                    return Err(crate::runtime::exc::runtime_error(
                        "super(): __class__ cell not found",
                    ));
                };
                let Some(obj) = f.slots.get(*self_slot as usize).cloned().flatten() else {
                    return Err(crate::runtime::exc::runtime_error("super(): no arguments"));
                };
                Ok(Value::Super(Rc::new((cls, obj))))
            }
            Expr::Special(obj, name, what) => {
                let o = self.eval(f, obj)?;
                self.special_method(&o, name, what)
            }
            Expr::FrameCall(which, lookup) => {
                let fv = self.eval(f, lookup)?;
                let builtin = matches!(&fv, Value::Native(n) if matches!(n.name, "globals" | "locals" | "vars"));
                if !builtin {
                    return self.call(&fv, Args::default());
                }
                match which {
                    crate::compile::code::FrameFn::Globals => {
                        Ok(Value::Namespace(f.globals.clone()))
                    }
                    crate::compile::code::FrameFn::Locals => self.frame_locals(f),
                }
            }
            Expr::CurrentExc => Ok(self
                .handled
                .last()
                .map(|e| e.value())
                .unwrap_or(Value::None)),
            Expr::ExitWithExc(slot) => {
                let exit = f.slots[*slot as usize].clone().expect("__exit__ slot");
                let e = self.handled.last().expect("inside a handler").clone();
                let args = vec![Value::Class(e.class().clone()), e.value(), Value::None];
                self.call(&exit, Args::new(args))
            }
            Expr::Const(_)
            | Expr::Local(_)
            | Expr::Cell(_)
            | Expr::Global(..)
            | Expr::Attr(..)
            | Expr::Subscript(..)
            | Expr::Call(..)
            | Expr::CallMethod(..)
            | Expr::Unary(..)
            | Expr::Binary(..)
            | Expr::And(..)
            | Expr::Or(..)
            | Expr::IfExp(..)
            | Expr::Tuple(..)
            | Expr::BinLocalInt(..)
            | Expr::BinIntLocal(..)
            | Expr::CmpLocalInt(..) => unreachable!("handled by eval_node"),
        }
    }

    /// `locals()`: a snapshot of the frame's bound variables.
    fn frame_locals(&mut self, f: &Frame) -> PyResult<Value> {
        use crate::compile::code::CodeKind;
        match f.code.kind {
            CodeKind::Module => return Ok(Value::Namespace(f.globals.clone())),
            CodeKind::ClassBody => {
                let d = self.new_dict();
                let ns = f.class_ns().map(|n| n.borrow().clone()).unwrap_or_default();
                for (k, v) in ns {
                    self.setitem(&d, Value::str(&k), v)?;
                }
                return Ok(d);
            }
            _ => {}
        }
        let d = self.new_dict();
        let code = f.code.clone();
        for (i, name) in code.slot_names.iter().enumerate() {
            if name.starts_with('$') || name.starts_with('.') {
                continue;
            }
            if let Some(v) = &f.slots[i] {
                self.setitem(&d, Value::str(name), v.clone())?;
            }
        }
        for (i, name) in code.cell_names.iter().enumerate() {
            if let Some(v) = f.cells().get(i).and_then(|c| c.borrow().clone()) {
                self.setitem(&d, Value::str(name), v)?;
            }
        }
        Ok(d)
    }

    fn eval_elts(&mut self, f: &mut Frame, elts: &[Elt]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(elts.len());
        for e in elts {
            match e {
                Elt::One(e) => {
                    let v = self.eval(f, e)?;
                    out.push(v);
                }
                Elt::Star(e) => {
                    let v = self.eval(f, e)?;
                    out.extend(self.iterate(&v)?);
                }
            }
        }
        Ok(out)
    }

    fn fstring(&mut self, f: &mut Frame, parts: &[FPart], out: &mut String) -> PyResult<()> {
        for p in parts {
            match p {
                FPart::Lit(v) => out.push_str(v.as_str().unwrap_or_default()),
                FPart::Field {
                    expr,
                    conversion,
                    spec,
                } => {
                    // `{i % n}` of an int local is computed inline (`eval_arith`).
                    let mut v = self.eval_arith(f, expr)?;
                    // `{x}` of a str or an int: its text, written in place.
                    if conversion.is_none() && spec.is_none() {
                        v = match v {
                            Value::Str(s) => {
                                out.push_str(s.as_str());
                                continue;
                            }
                            Value::Int(i) => {
                                out.push_str(itoa::Buffer::new().format(i));
                                continue;
                            }
                            other => other,
                        };
                    }
                    match conversion {
                        Some('r') => v = Value::string(self.repr(&v)?),
                        Some('s') => v = Value::string(self.str(&v)?),
                        Some('a') => v = Value::string(super::repr::ascii(&self.repr(&v)?)),
                        _ => {}
                    }
                    let spec_s = match spec {
                        Some(s) => {
                            let mut sp = String::new();
                            self.fstring(f, s, &mut sp)?;
                            sp
                        }
                        None => String::new(),
                    };
                    let s = self.format_value(&v, &spec_s)?;
                    out.push_str(&s);
                }
            }
        }
        Ok(())
    }

    fn make_function(&mut self, f: &mut Frame, mf: &MakeFunction) -> PyResult<Value> {
        let mut defaults = Vec::with_capacity(mf.defaults.len());
        for d in &mf.defaults {
            defaults.push(self.eval(f, d)?);
        }
        let mut kwdefaults = Vec::with_capacity(mf.kwdefaults.len());
        for d in &mf.kwdefaults {
            kwdefaults.push(match d {
                Some(e) => Some(self.eval(f, e)?),
                None => None,
            });
        }
        let mut attrs = attr_map();
        if !mf.annotations.is_empty() {
            let d = self.new_dict();
            for (name, e) in &mf.annotations {
                let v = self.eval(f, e)?;
                self.setitem(&d, Value::str(name), v)?;
            }
            attrs.insert(Name::from("__annotations__"), d);
        }
        let closure = mf
            .closure
            .iter()
            .map(|&c| f.cells()[c as usize].clone())
            .collect();
        Ok(Value::Function(Rc::new(Function {
            name: mf.code.name.clone(),
            qualname: mf.code.qualname.clone(),
            code: mf.code.clone(),
            defaults,
            kwdefaults,
            closure,
            globals: f.globals.clone(),
            attrs: RefCell::new(attrs),
        })))
    }

    /// `in` / `not in` and the other comparison operators.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        Ok(match op {
            CmpOp::Is => Value::Bool(a.is(b)),
            CmpOp::IsNot => Value::Bool(!a.is(b)),
            CmpOp::In => Value::Bool(self.contains(b, a)?),
            CmpOp::NotIn => Value::Bool(!self.contains(b, a)?),
            _ => self.rich_compare(op, a, b)?,
        })
    }
}

/// The value of a constant or of a bound local, read in place (its evaluation can
/// have no effect); `None` for any other expression.
pub(super) fn bound_leaf<'a>(f: &'a Frame, e: &'a Expr) -> Option<&'a Value> {
    match e {
        Expr::Const(v) => Some(v),
        Expr::Local(i) => f.slots[*i as usize].as_ref(),
        _ => None,
    }
}

pub fn unbound_local(name: &str) -> Exc {
    Exc::new(
        "UnboundLocalError",
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

pub(super) fn unbound_cell(f: &Frame, i: usize) -> Exc {
    let name = &f.code.cell_names[i];
    if i < f.code.ncellvars {
        unbound_local(name)
    } else {
        Exc::new(
            "NameError",
            format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
        )
    }
}

/// An int comparison (`is`/`is not` compare small ints by value, as CPython's cache).
/// `int_cmp` for the operators that order ints (`None` for `in`/`not in`).
#[inline(always)]
fn int_cmp_checked(op: CmpOp, x: i64, y: i64) -> Option<bool> {
    (!matches!(op, CmpOp::In | CmpOp::NotIn)).then(|| int_cmp(op, x, y))
}

#[inline(always)]
fn int_cmp(op: CmpOp, x: i64, y: i64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq | CmpOp::Is => x == y,
        CmpOp::NotEq | CmpOp::IsNot => x != y,
        CmpOp::In | CmpOp::NotIn => unreachable!("not an ordering"),
    }
}

/// The value of `local op int` / `int op local` when the local is an int and the
/// result fits one, decided inline; `None` for anything else (`eval_arith`). Callers
/// storing the result build the `Value::Int` in place.
#[inline(always)]
pub fn arith_int(f: &Frame, e: &Expr) -> Option<i64> {
    match e {
        Expr::BinLocalInt(op, slot, c) => match &f.slots[*slot as usize] {
            Some(Value::Int(x)) => crate::interp::numeric::int_fast(*op, *x, *c),
            _ => None,
        },
        Expr::BinIntLocal(op, c, slot) => match &f.slots[*slot as usize] {
            Some(Value::Int(x)) => crate::interp::numeric::int_fast(*op, *c, *x),
            _ => None,
        },
        _ => None,
    }
}
