//! Scope analysis: decides for every name in every scope whether it is a local slot,
//! a cell (captured by an inner function), a free variable, a global, or a class-body
//! name. Scopes are keyed by the address of their AST node.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use indexmap::IndexSet;

use crate::syntax::ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    /// A comprehension or generator expression (its own function scope).
    Comprehension,
}

/// How one name is accessed in one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sym {
    Local,
    /// A local captured by an inner scope: lives in a cell.
    Cell,
    /// A variable of an enclosing function, reached through the closure.
    Free,
    Global,
    /// Bound in a class body: the class namespace.
    ClassLocal,
    /// Read in a class body without being bound: namespace, then globals.
    ClassGlobal,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    pub params: Vec<String>,
    /// Names bound in this scope, in order of first binding.
    pub bound: IndexSet<String>,
    pub used: IndexSet<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    /// Uses zero-argument `super()` (needs the `__class__` cell).
    pub uses_super: bool,
    /// Results of analysis.
    pub symbols: HashMap<String, Sym>,
    /// Own cell variables, in order.
    pub cellvars: IndexSet<String>,
    /// Free variables, in order.
    pub freevars: IndexSet<String>,
    /// Class scopes: whether the `__class__` cell is needed.
    pub needs_class_cell: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            params: Vec::new(),
            bound: IndexSet::new(),
            used: IndexSet::new(),
            globals: HashSet::default(),
            nonlocals: HashSet::default(),
            children: Vec::new(),
            is_generator: false,
            uses_super: false,
            symbols: HashMap::default(),
            cellvars: IndexSet::new(),
            freevars: IndexSet::new(),
            needs_class_cell: false,
        }
    }
    pub fn sym(&self, name: &str) -> Sym {
        match self.symbols.get(name) {
            Some(s) => *s,
            None => match self.kind {
                ScopeKind::Class => Sym::ClassGlobal,
                _ => Sym::Global,
            },
        }
    }
}

/// All scopes of a module; index 0 is the module.
pub struct Scopes {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl Scopes {
    pub fn of_node<T>(&self, node: &T) -> usize {
        self.by_node[&(node as *const T as usize)]
    }
    pub fn get(&self, i: usize) -> &Scope {
        &self.scopes[i]
    }
}

pub fn analyze(module: &Module) -> Scopes {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, None)],
        by_node: HashMap::default(),
        cur: 0,
    };
    b.stmts(&module.body);
    let mut scopes = Scopes {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    resolve(&mut scopes.scopes, 0, &HashSet::default());
    scopes
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    cur: usize,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }
    fn bind(&mut self, name: &str) {
        self.scope().bound.insert(name.to_string());
    }
    fn use_name(&mut self, name: &str) {
        self.scope().used.insert(name.to_string());
    }
    fn enter<T>(&mut self, node: &T, kind: ScopeKind) -> usize {
        let i = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(self.cur)));
        self.scopes[self.cur].children.push(i);
        self.by_node.insert(node as *const T as usize, i);
        let prev = self.cur;
        self.cur = i;
        prev
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(v);
                    self.target(target);
                } else if !matches!(target.kind, ExprKind::Name(_)) {
                    self.expr(target);
                }
                if self.scopes[self.cur].kind != ScopeKind::Function {
                    self.expr(annotation);
                    if matches!(target.kind, ExprKind::Name(_)) {
                        // `__annotations__[name] = annotation` (module and class bodies).
                        self.use_name("__annotations__");
                        self.bind("__annotations__");
                    }
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter);
                self.target(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.params_defaults(&f.params);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.bind(&f.name.name);
                let prev = self.enter(&**f, ScopeKind::Function);
                self.params(&f.params);
                self.stmts(&f.body);
                self.cur = prev;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for a in &c.bases {
                    self.arg(a);
                }
                self.bind(&c.name.name);
                let prev = self.enter(&**c, ScopeKind::Class);
                self.stmts(&c.body);
                self.cur = prev;
            }
            StmtKind::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    if let Some(e) = &h.typ {
                        self.expr(e);
                    }
                    if let Some(n) = &h.name {
                        self.bind(&n.name);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.scope().globals.insert(n.name.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    self.scope().nonlocals.insert(n.name.clone());
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    match &a.asname {
                        Some(n) => self.bind(&n.name),
                        None => self.bind(&a.name.parts[0].name),
                    }
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    let n = a.asname.as_ref().unwrap_or(&a.name.parts[0]);
                    self.bind(&n.name);
                }
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context);
                    if let Some(t) = &it.target {
                        self.target(t);
                    }
                }
                self.stmts(body);
            }
        }
    }

    fn params_defaults(&mut self, p: &Params) {
        for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            if let Some(d) = &param.default {
                self.expr(d);
            }
            if let Some(a) = &param.annotation {
                self.expr(a);
            }
        }
    }

    fn params(&mut self, p: &Params) {
        let names: Vec<String> = p
            .posonly
            .iter()
            .chain(&p.args)
            .chain(&p.vararg)
            .chain(&p.kwonly)
            .chain(&p.kwarg)
            .map(|x| x.name.name.clone())
            .collect();
        for n in &names {
            self.bind(n);
        }
        self.scope().params = names;
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn arg(&mut self, a: &Arg) {
        match a {
            Arg::Positional(e) | Arg::Star(e) | Arg::Keyword(_, e) | Arg::DoubleStar(e) => {
                self.expr(e)
            }
        }
    }

    fn comprehension(&mut self, node: &Expr, generators: &[Comprehension], parts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter);
        let prev = self.enter(node, ScopeKind::Comprehension);
        self.scope().params = vec![".0".to_string()];
        self.bind(".0");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for p in parts {
            self.expr(p);
        }
        if matches!(node.kind, ExprKind::GeneratorExp { .. }) {
            self.scope().is_generator = true;
        }
        self.cur = prev;
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => {
                self.use_name(n);
                if n == "super" {
                    self.scope().uses_super = true;
                }
            }
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Imaginary(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis => {}
            ExprKind::FString(parts) => self.fparts(parts),
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                for i in items {
                    self.expr(i);
                }
            }
            ExprKind::Dict(items) => {
                for it in items {
                    match it {
                        DictItem::Pair(k, v) => {
                            self.expr(k);
                            self.expr(v);
                        }
                        DictItem::Spread(v) => self.expr(v),
                    }
                }
            }
            ExprKind::Starred(v) | ExprKind::Await(v) | ExprKind::YieldFrom(v) => {
                if matches!(e.kind, ExprKind::YieldFrom(_)) {
                    self.scope().is_generator = true;
                }
                self.expr(v)
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x);
                }
            }
            ExprKind::Call { func, args } => {
                self.expr(func);
                for a in args {
                    self.arg(a);
                }
            }
            ExprKind::Unary { operand, .. } => self.expr(operand),
            ExprKind::Binary { left, right, .. } | ExprKind::BoolOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::Compare { left, comparisons } => {
                self.expr(left);
                for (_, r) in comparisons {
                    self.expr(r);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Lambda { params, body } => {
                self.params_defaults(params);
                let prev = self.enter(e, ScopeKind::Function);
                self.params(params);
                self.expr(body);
                self.cur = prev;
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[elt]);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, &[key, value]),
            ExprKind::Yield(v) => {
                self.scope().is_generator = true;
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::Named { target, value } => {
                self.expr(value);
                // In a comprehension the target binds in the enclosing function scope.
                let mut s = self.cur;
                while self.scopes[s].kind == ScopeKind::Comprehension {
                    let parent = self.scopes[s].parent.expect("comprehension has a parent");
                    let outer_is_module = self.scopes[parent].kind == ScopeKind::Module;
                    if outer_is_module {
                        self.scopes[s].globals.insert(target.name.clone());
                    } else {
                        self.scopes[s].nonlocals.insert(target.name.clone());
                    }
                    s = parent;
                }
                self.scopes[s].bound.insert(target.name.clone());
                self.use_name(&target.name);
            }
        }
    }

    fn fparts(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Field(f) = p {
                self.expr(&f.expr);
                if let Some(spec) = &f.spec {
                    self.fparts(spec);
                }
            }
        }
    }
}

/// Decide every scope's symbols. `visible` holds the names bound by enclosing function
/// scopes. Returns the free variables this scope needs from its parents.
fn resolve(scopes: &mut [Scope], i: usize, visible: &HashSet<String>) -> HashSet<String> {
    let kind = scopes[i].kind;
    let mut symbols = HashMap::default();
    let mut frees: IndexSet<String> = IndexSet::new();
    {
        let s = &scopes[i];
        let names: Vec<&String> = s
            .bound
            .iter()
            .chain(s.used.iter())
            .chain(s.nonlocals.iter())
            .collect();
        for n in names {
            let sym = if kind == ScopeKind::Module || s.globals.contains(n) {
                Sym::Global
            } else if s.nonlocals.contains(n) {
                frees.insert(n.clone());
                Sym::Free
            } else if s.bound.contains(n) {
                if kind == ScopeKind::Class {
                    Sym::ClassLocal
                } else {
                    Sym::Local
                }
            } else if visible.contains(n) {
                frees.insert(n.clone());
                Sym::Free
            } else if kind == ScopeKind::Class {
                Sym::ClassGlobal
            } else {
                Sym::Global
            };
            symbols.insert(n.clone(), sym);
        }
    }
    // Zero-argument super() in a method refers to the class cell.
    if kind != ScopeKind::Module && kind != ScopeKind::Class && scopes[i].uses_super {
        let mut p = scopes[i].parent;
        let mut inside_class = false;
        while let Some(pi) = p {
            if scopes[pi].kind == ScopeKind::Class {
                inside_class = true;
                break;
            }
            p = scopes[pi].parent;
        }
        if inside_class {
            frees.insert("__class__".to_string());
            symbols.insert("__class__".to_string(), Sym::Free);
        }
    }
    let mut child_visible = visible.clone();
    match kind {
        ScopeKind::Function | ScopeKind::Comprehension => {
            for (n, s) in &symbols {
                if matches!(s, Sym::Local | Sym::Free) {
                    child_visible.insert(n.clone());
                }
            }
        }
        ScopeKind::Class => {
            child_visible.insert("__class__".to_string());
        }
        ScopeKind::Module => {}
    }
    let children = scopes[i].children.clone();
    let mut cellvars: IndexSet<String> = IndexSet::new();
    for c in children {
        for n in resolve(scopes, c, &child_visible) {
            match (kind, symbols.get(&n).copied()) {
                (ScopeKind::Function | ScopeKind::Comprehension, Some(Sym::Local | Sym::Cell)) => {
                    symbols.insert(n.clone(), Sym::Cell);
                    cellvars.insert(n);
                }
                (ScopeKind::Class, _) if n == "__class__" => {
                    scopes[i].needs_class_cell = true;
                    cellvars.insert(n);
                }
                _ => {
                    // Pass the variable through from further out.
                    frees.insert(n.clone());
                    symbols.entry(n).or_insert(Sym::Free);
                }
            }
        }
    }
    let s = &mut scopes[i];
    s.symbols = symbols;
    s.cellvars = cellvars;
    s.freevars = frees.clone();
    frees.into_iter().collect()
}
