//! `Value`: every Python value coropy can hold, and the cheap operations on it.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

use compact_str::CompactString;
use num_bigint::BigInt;

use super::dict::Dict;
use super::object::{
    BoundMethod, BuiltinMethod, Class, Function, Globals, Instance, Module, NativeFn, Property,
};
use super::set::SetData;
use crate::aio::event_loop::{HandleRef, LoopRef};
use crate::aio::future::FutRef;
use crate::interp::agen::{AGenOpRef, AGenRef};
use crate::interp::coro::CoroRef;
use crate::interp::gen_obj::GenRef;
use crate::interp::iters::{DictPart, IterRef};

/// An interned-ish attribute / variable name.
pub type Name = Rc<str>;

/// A Python `str`: UTF-8 text with a cached "is ASCII" flag (so indexing ASCII text is
/// O(1)) and a cached hash. The text is a `CompactString`: up to 24 bytes live inline,
/// so a short str is one allocation (its `Rc`), not two.
pub struct PyStr {
    pub s: CompactString,
    ascii: bool,
    hash: Cell<u64>,
}

impl PyStr {
    pub fn new(s: impl Into<CompactString>) -> PyStr {
        let s: CompactString = s.into();
        let ascii = s.is_ascii();
        PyStr {
            s,
            ascii,
            hash: Cell::new(0),
        }
    }
    /// A str whose text is known to be ASCII (or not): skips the scan.
    pub fn with_ascii(s: impl Into<CompactString>, ascii: bool) -> PyStr {
        PyStr {
            s: s.into(),
            ascii,
            hash: Cell::new(0),
        }
    }
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Whether two strs have the same text: short texts (as dict keys usually are)
    /// are compared word-wise inline instead of through `memcmp`.
    #[inline]
    pub fn text_eq(&self, other: &PyStr) -> bool {
        bytes_eq(self.s.as_bytes(), other.s.as_bytes())
    }
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }
    /// Length in code points.
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.s.len()
        } else {
            self.s.chars().count()
        }
    }
    /// The `i`-th code point (0 ≤ i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.ascii {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }
    #[inline]
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        self.compute_hash()
    }
    /// FxHash over the bytes, a word at a time (str hashes are never shown: CPython's
    /// are randomised per process, and sets order only int, float and tuple keys as
    /// CPython does).
    #[inline(never)]
    fn compute_hash(&self) -> u64 {
        use std::hash::Hasher;
        let mut hasher = rustc_hash::FxHasher::default();
        hasher.write(self.s.as_bytes());
        let h = hasher.finish();
        let h = if h == 0 || h == u64::MAX { 1 } else { h };
        self.hash.set(h);
        h
    }
}

/// A `range` object.
#[derive(Clone, Copy, Debug)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        let RangeObj { start, stop, step } = *self;
        if step > 0 && start < stop {
            ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
        } else if step < 0 && start > stop {
            ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
        } else {
            0
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// A `slice` object.
#[derive(Clone)]
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// The variants owning no heap data come first, so that testing for them
/// (`interp::frame::owns_nothing`, on every slot write and frame teardown) is one
/// range check.
#[derive(Clone)]
pub enum Value {
    None,
    /// `NotImplemented`, returned by binary dunders.
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    List(Rc<RefCell<Vec<Value>>>),
    Tuple(Rc<Vec<Value>>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<SetData>>),
    FrozenSet(Rc<SetData>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<Function>),
    /// A builtin function (`len`, `math.sqrt`, ...).
    Native(Rc<NativeFn>),
    /// A method of a builtin type bound to its receiver (`"a".upper`).
    BuiltinMethod(Rc<BuiltinMethod>),
    /// A Python function bound to an instance.
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Property(Rc<Property>),
    /// `staticmethod(f)` / `classmethod(f)` wrappers stored in a class.
    StaticMethod(Rc<Value>),
    ClassMethod(Rc<Value>),
    /// A `super()` proxy: (the class to start after, the receiver).
    Super(Rc<(Rc<Class>, Value)>),
    Generator(GenRef),
    Coroutine(CoroRef),
    /// An asynchronous generator (`async def` with `yield`).
    AsyncGen(AGenRef),
    /// The awaitable of `agen.__anext__()`/`asend()`/`athrow()`/`aclose()`.
    AGenOp(AGenOpRef),
    /// Builtin iterators (list_iterator, enumerate, zip, map, ...).
    Iter(IterRef),
    /// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
    DictView(Rc<(Rc<RefCell<Dict>>, DictPart)>),
    /// An asyncio Future or Task.
    Future(FutRef),
    /// An asyncio event loop.
    Loop(LoopRef),
    /// A callback handle (`loop.call_soon`, `loop.call_later`).
    Handle(HandleRef),
    /// A native asyncio.Queue / LifoQueue / PriorityQueue.
    Queue(crate::aio::queue::QueueRef),
    /// An `asyncio.Event`'s waiter futures (its `_waiters`, a deque in CPython).
    EventWaiters(crate::aio::event::WaitersRef),
    /// The awaitable behind `asyncio.sleep(0)`: yields to the loop exactly once.
    YieldOnce,
    /// `globals()`: a module namespace seen as a dict (writes go through).
    Namespace(Rc<Globals>),
    /// `obj.__dict__`: an instance's attributes seen as a dict (writes go through).
    AttrDict(Rc<Instance>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    /// A str of ASCII text.
    pub fn ascii_str(s: impl Into<CompactString>) -> Value {
        Value::Str(Rc::new(PyStr::with_ascii(s, true)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }
    pub fn dict(d: Dict) -> Value {
        Value::Dict(Rc::new(RefCell::new(d)))
    }
    pub fn bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached in CPython; equal i64 values behave as identical.
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => Rc::ptr_eq(a, b),
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Str(a), Str(b)) => Rc::ptr_eq(a, b) || (a.s.len() <= 1 && a.s == b.s),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (Dict(a), Dict(b)) => Rc::ptr_eq(a, b),
            (Set(a), Set(b)) => Rc::ptr_eq(a, b),
            (FrozenSet(a), FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Range(a), Range(b)) => Rc::ptr_eq(a, b),
            (Slice(a), Slice(b)) => Rc::ptr_eq(a, b),
            (Function(a), Function(b)) => Rc::ptr_eq(a, b),
            (Native(a), Native(b)) => Rc::ptr_eq(a, b),
            (BuiltinMethod(a), BuiltinMethod(b)) => Rc::ptr_eq(a, b),
            (BoundMethod(a), BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Class(a), Class(b)) => Rc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Rc::ptr_eq(a, b),
            (Module(a), Module(b)) => Rc::ptr_eq(a, b),
            (Property(a), Property(b)) => Rc::ptr_eq(a, b),
            (StaticMethod(a), StaticMethod(b)) => Rc::ptr_eq(a, b),
            (ClassMethod(a), ClassMethod(b)) => Rc::ptr_eq(a, b),
            (Super(a), Super(b)) => Rc::ptr_eq(a, b),
            (Generator(a), Generator(b)) => Rc::ptr_eq(a, b),
            (Coroutine(a), Coroutine(b)) => Rc::ptr_eq(a, b),
            (AsyncGen(a), AsyncGen(b)) => Rc::ptr_eq(a, b),
            (AGenOp(a), AGenOp(b)) => Rc::ptr_eq(a, b),
            (Iter(a), Iter(b)) => Rc::ptr_eq(a, b),
            (DictView(a), DictView(b)) => Rc::ptr_eq(a, b),
            (Future(a), Future(b)) => Rc::ptr_eq(a, b),
            (Loop(a), Loop(b)) => Rc::ptr_eq(a, b),
            (Handle(a), Handle(b)) => Rc::ptr_eq(a, b),
            (Queue(a), Queue(b)) => Rc::ptr_eq(a, b),
            (YieldOnce, YieldOnce) => true,
            (Namespace(a), Namespace(b)) => Rc::ptr_eq(a, b),
            (AttrDict(a), AttrDict(b)) => Rc::ptr_eq(a, b),
            (EventWaiters(a), EventWaiters(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// A stable address for `id()` and default reprs.
    pub fn addr(&self) -> usize {
        use Value::*;
        match self {
            None => 0x1000,
            NotImplemented => 0x1010,
            Ellipsis => 0x1020,
            Bool(b) => 0x1030 + *b as usize * 16,
            Int(i) => 0x10_0000 + (*i as usize).wrapping_mul(32),
            Float(f) => f.to_bits() as usize,
            BigInt(r) => Rc::as_ptr(r) as usize,
            Str(r) => Rc::as_ptr(r) as usize,
            List(r) => Rc::as_ptr(r) as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as usize,
            Set(r) => Rc::as_ptr(r) as usize,
            FrozenSet(r) => Rc::as_ptr(r) as usize,
            Range(r) => Rc::as_ptr(r) as usize,
            Slice(r) => Rc::as_ptr(r) as usize,
            Function(r) => Rc::as_ptr(r) as usize,
            Native(r) => Rc::as_ptr(r) as usize,
            BuiltinMethod(r) => Rc::as_ptr(r) as usize,
            BoundMethod(r) => Rc::as_ptr(r) as usize,
            Class(r) => Rc::as_ptr(r) as usize,
            Instance(r) => Rc::as_ptr(r) as usize,
            Module(r) => Rc::as_ptr(r) as usize,
            Property(r) => Rc::as_ptr(r) as usize,
            StaticMethod(r) => Rc::as_ptr(r) as usize,
            ClassMethod(r) => Rc::as_ptr(r) as usize,
            Super(r) => Rc::as_ptr(r) as usize,
            Generator(r) => Rc::as_ptr(r) as usize,
            Coroutine(r) => Rc::as_ptr(r) as usize,
            AsyncGen(r) => Rc::as_ptr(r) as usize,
            AGenOp(r) => Rc::as_ptr(r) as usize,
            Iter(r) => Rc::as_ptr(r) as usize,
            DictView(r) => Rc::as_ptr(r) as usize,
            Future(r) => Rc::as_ptr(r) as usize,
            Loop(r) => Rc::as_ptr(r) as usize,
            Handle(r) => Rc::as_ptr(r) as usize,
            Queue(r) => Rc::as_ptr(r) as usize,
            EventWaiters(r) => Rc::as_ptr(r) as usize,
            YieldOnce => 0x1040,
            Namespace(r) => Rc::as_ptr(r) as usize,
            AttrDict(r) => Rc::as_ptr(r) as usize + 8,
        }
    }
}

/// `a == b` for byte strings, with lengths up to 16 compared as (overlapping) words.
#[inline]
pub fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word = |x: &[u8], i: usize| u64::from_le_bytes(x[i..i + 8].try_into().unwrap_or([0; 8]));
    let half = |x: &[u8], i: usize| u32::from_le_bytes(x[i..i + 4].try_into().unwrap_or([0; 4]));
    match n {
        0 => true,
        1..=3 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        4..=7 => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        _ => a == b,
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::BigInt(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            _ => write!(f, "<value at {:#x}>", self.addr()),
        }
    }
}
