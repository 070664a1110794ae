//! The executable form of Python code: flat statement-level instructions whose operands
//! are await-free expression trees with every name resolved to a slot.

use std::cell::Cell;
use std::rc::Rc;

use crate::runtime::object::PositionalMethodImpl;
use crate::runtime::value::{Name, Value};
use crate::syntax::ast::{BinOp, CmpOp, Span, UnaryOp};

/// A source file, kept for tracebacks.
pub struct Source {
    pub path: Rc<str>,
    pub text: Rc<str>,
    /// Byte offset of each line start.
    line_starts: Vec<u32>,
}

impl Source {
    pub fn new(path: &str, text: &str) -> Source {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        Source {
            path: path.into(),
            text: text.into(),
            line_starts,
        }
    }
    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: u32) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: usize) -> &str {
        let start = self.line_starts[line - 1] as usize;
        let end = self
            .line_starts
            .get(line)
            .map(|&e| e as usize)
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    ClassBody,
    Function,
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// Parameters: positional ones occupy slots `0..args.len()`, then `*args`, then
/// keyword-only ones, then `**kwargs`.
#[derive(Clone, Debug, Default)]
pub struct ParamSpec {
    pub posonly: usize,
    pub args: Vec<Name>,
    pub vararg: Option<Name>,
    pub kwonly: Vec<Name>,
    pub kwarg: Option<Name>,
}

impl ParamSpec {
    pub fn nparams(&self) -> usize {
        self.args.len()
            + self.vararg.is_some() as usize
            + self.kwonly.len()
            + self.kwarg.is_some() as usize
    }
}

pub struct FuncCode {
    pub name: Name,
    pub qualname: Name,
    pub kind: CodeKind,
    pub source: Rc<Source>,
    /// The span of the definition header (or the module's start).
    pub span: Span,
    pub params: ParamSpec,
    pub nslots: usize,
    /// Names of slots (locals and temporaries `$n`) for error messages.
    pub slot_names: Vec<Name>,
    /// Cells: first this scope's own cell variables, then free variables (copied from
    /// the function's closure).
    pub cell_names: Vec<Name>,
    pub ncellvars: usize,
    /// Parameters that live in cells: (parameter slot, cell index).
    pub cell_params: Vec<(usize, usize)>,
    pub instrs: Vec<Instr>,
    /// Span of each instruction, for tracebacks.
    pub spans: Vec<Span>,
    pub docstring: Option<Value>,
    /// A plain function or coroutine function with only positional parameters and no
    /// cells: calls with exactly that many positional arguments fill the slots
    /// directly.
    pub simple: bool,
}

impl std::fmt::Debug for FuncCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<code {}>", self.qualname)
    }
}

impl FuncCode {
    pub fn line_of(&self, span: Span) -> usize {
        self.source.line_of(span.start)
    }
}

/// Where a value is stored.
#[derive(Clone, Debug)]
pub enum Target {
    Local(u32),
    Cell(u32),
    Global(u32),
    /// A name in a class body's namespace.
    ClassName(Name),
    Attr(Expr, Name),
    Subscript(Expr, Expr),
    /// `a, *b, c = ...`: `star` is the index of the starred target.
    Unpack {
        items: Vec<Target>,
        star: Option<usize>,
    },
    /// Evaluate and drop (`with x:` without `as`).
    Discard,
}

#[derive(Clone, Debug)]
pub enum Instr {
    Expr(Expr),
    Assign(Target, Expr),
    /// `target op= value`; the target's container and key are evaluated once. For a
    /// name target, `load` reads its current value.
    AugAssign {
        target: Target,
        load: Option<Expr>,
        op: BinOp,
        value: Expr,
    },
    Delete(Target),
    Jump(u32),
    JumpIfFalse(Expr, u32),
    JumpIfTrue(Expr, u32),
    /// Advance the iterator in slot `iter`; assign to `target` or jump to `exit` when
    /// exhausted.
    ForIter {
        iter: u32,
        target: Target,
        exit: u32,
    },
    Return(Expr),
    /// `raise exc [from cause]`; `exc` None is a bare `raise`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    /// Re-raise the exception being handled (end of an unmatched `except` chain or of a
    /// `finally` reached by an exception).
    Reraise,
    /// Enter a protected region whose exceptions jump to the target.
    PushHandler(u32),
    PopHandler,
    /// Test the exception being handled against a class (or tuple of classes).
    ExceptMatch {
        typ: Expr,
        no_match: u32,
    },
    /// Leave an exception handler (the exception is no longer being handled).
    PopExc,
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `import a.b.c [as x]`: binds `a` (or `a.b.c` when `bind_leaf`).
    Import {
        module: Name,
        target: Target,
        bind_leaf: bool,
    },
    /// `from module import a as x, ...`
    ImportFrom {
        module: Name,
        level: u32,
        names: Vec<(Name, Target)>,
    },
    /// Suspend the generator with `value`; the value sent in is stored in `dst`.
    Yield {
        value: Expr,
        dst: Option<u32>,
    },
    /// Delegate to a sub-iterator (`yield from`), or await an awaitable (`await`):
    /// the iterator/awaitable is held in slot `src` until exhausted; its result is
    /// stored in `dst`.
    YieldFrom {
        src: u32,
        dst: Option<u32>,
    },
    Await {
        src: u32,
        dst: Option<u32>,
    },
    /// `await f(args)` (`call` is an `Expr::Call` of a name): a `simple` Python coroutine
    /// function called with its positional arguments runs inline, as a plain call,
    /// and becomes a coroutine only if it suspends; anything else is called and then
    /// awaited as `Await` does.
    AwaitCall {
        call: Expr,
        dst: Option<u32>,
    },
    /// An `await` statement: await the value of an await-free expression, discarding
    /// the result (no temporary slot held while the frame is suspended).
    AwaitValue(Expr),
    /// Unbind a temporary slot (releases its value).
    Clear(u32),
    /// Comprehension results: append to the list / add to the set / set a key of the
    /// dict held in a slot.
    ListAppend(u32, Expr),
    SetAdd(u32, Expr),
    DictSet(u32, Expr, Expr),
}

/// A call argument.
#[derive(Clone, Debug)]
pub enum CallArg {
    Pos(Expr),
    Star(Expr),
    Kw(Name, Expr),
    StarStar(Expr),
}

/// An element of a list/tuple/set display.
#[derive(Clone, Debug)]
pub enum Elt {
    One(Expr),
    Star(Expr),
}

#[derive(Clone, Debug)]
pub enum FPart {
    Lit(Value),
    Field {
        expr: Expr,
        conversion: Option<char>,
        spec: Option<Vec<FPart>>,
    },
}

/// How a closure captures one cell of the defining scope.
pub type CellIndex = u32;

#[derive(Clone, Debug)]
pub struct MakeFunction {
    pub code: Rc<FuncCode>,
    pub defaults: Vec<Expr>,
    /// Defaults of keyword-only parameters, aligned with the code's `kwonly`.
    pub kwdefaults: Vec<Option<Expr>>,
    /// Cells of the defining frame that become the function's closure.
    pub closure: Vec<CellIndex>,
    /// Parameter and return annotations (`__annotations__`), evaluated at definition.
    pub annotations: Vec<(Name, Expr)>,
}

#[derive(Clone, Debug)]
pub struct MakeClass {
    pub name: Name,
    pub qualname: Name,
    pub body: MakeFunction,
    pub bases: Vec<CallArg>,
    /// The cell of the class body holding `__class__` (for zero-argument `super()`).
    pub class_cell: Option<u32>,
}

#[derive(Clone, Debug)]
pub enum Expr {
    Const(Value),
    Local(u32),
    Cell(u32),
    /// A module global; when unbound, `builtin` (if any) is used, else NameError.
    Global(u32, Box<GlobalName>),
    /// A name in a class body: the class namespace, then globals/builtins.
    ClassName(Name, Box<Expr>),
    Attr(Box<Expr>, Name),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Box<[Option<Expr>; 3]>),
    Call(Box<Expr>, Vec<CallArg>),
    /// `obj.name(args)` without creating a bound method.
    CallMethod(Box<Expr>, Box<MethodSite>, Vec<CallArg>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    IfExp(Box<[Expr; 3]>),
    Tuple(Vec<Elt>),
    List(Vec<Elt>),
    Set(Vec<Elt>),
    /// Pairs; a `None` key means `**value`.
    Dict(Vec<(Option<Expr>, Expr)>),
    FString(Vec<FPart>),
    Function(Box<MakeFunction>),
    Class(Box<MakeClass>),
    /// `target := value`
    Named(Box<Target>, Box<Expr>),
    /// `iter(value)`, used by `for` loops and comprehensions.
    Iter(Box<Expr>),
    /// The sub-iterator of `yield from value`: coroutines are delegated to as they are.
    YieldFromIter(Box<Expr>),
    /// Zero-argument `super()`: the `__class__` cell and the first argument's slot.
    Super {
        class_cell: u32,
        self_slot: u32,
    },
    /// `type(obj).name` bound to `obj`, for the `with` protocol; `what` names the
    /// protocol in the TypeError when missing.
    Special(Box<Expr>, Name, &'static str),
    /// The exception being handled (inside `except`/`finally` code).
    CurrentExc,
    /// `globals()`, `locals()` or `vars()` with no arguments: they need the calling
    /// frame. The name is still looked up, in case it was rebound.
    FrameCall(FrameFn, Box<Expr>),
    /// Call `exit(type(exc), exc, tb)` with the exception being handled.
    ExitWithExc(u32),
    /// `local op int-constant` (made by the peephole pass).
    BinLocalInt(BinOp, u32, i64),
    /// `int-constant op local` (peephole pass; `1 + await f()` reads a temporary).
    BinIntLocal(BinOp, i64, u32),
    /// `local cmp int-constant` for `<`, `<=`, `>`, `>=`, `==`, `!=` (peephole pass).
    CmpLocalInt(CmpOp, u32, i64),
}

/// The method name of an `obj.name(args)` site, with the site's cache of the builtin
/// method it last resolved to (the receiver's kind decides it, see
/// `interp/eval_call.rs`).
#[derive(Clone, Debug)]
pub struct MethodSite {
    pub name: Name,
    /// At most three arguments, all positional: a builtin method's slice entry point
    /// can take them.
    pub positional: bool,
    pub cache: Cell<Option<CachedMethod>>,
}

impl MethodSite {
    pub fn new(name: Name, args: &[CallArg]) -> MethodSite {
        MethodSite {
            name,
            positional: args.len() <= 3 && args.iter().all(|a| matches!(a, CallArg::Pos(_))),
            cache: Cell::new(None),
        }
    }
}

/// A builtin method resolved at a call site, for receivers of one `Value` variant.
#[derive(Clone, Copy, Debug)]
pub struct CachedMethod {
    pub kind: std::mem::Discriminant<Value>,
    pub method: PositionalMethodImpl,
    /// Never runs Python code (no call site needs recording).
    pub native: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameFn {
    Globals,
    Locals,
}

#[derive(Clone, Debug)]
pub struct GlobalName {
    pub name: Name,
    pub builtin: Option<Value>,
}
