//! `import`: builtin modules from `stdlib`, and the user's own `.py` modules found
//! beside the main script (executed once, cached by name).

use std::rc::Rc;

use super::frame::Frame;
use super::{Interp, PyResult};
use crate::compile::code::Source;
use crate::runtime::exc::Exc;
use crate::runtime::object::{Globals, Module};
use crate::runtime::value::{Name, Value};

impl Interp {
    /// `import a.b [as x]`: the value bound by the statement.
    pub fn import(&mut self, dotted: &str, bind_leaf: bool) -> PyResult<Value> {
        let m = self.import_module(dotted)?;
        if bind_leaf || !dotted.contains('.') {
            return Ok(Value::Module(m));
        }
        let top = dotted.split('.').next().unwrap_or(dotted);
        Ok(Value::Module(self.import_module(top)?))
    }

    pub fn import_module(&mut self, name: &str) -> PyResult<Rc<Module>> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        // A submodule's package is imported first and gets the submodule as an
        // attribute (`import unittest.mock` makes `unittest.mock` reachable).
        let parent = match name.rsplit_once('.') {
            Some((package, leaf)) if crate::stdlib::is_builtin_module(name) => {
                Some((self.import_module(package)?, leaf))
            }
            _ => None,
        };
        if let Some(m) = crate::stdlib::make_module(self, name) {
            let m = Rc::new(m);
            self.modules.insert(Name::from(name), m.clone());
            if let Some((package, leaf)) = parent {
                package.globals.set(leaf, Value::Module(m.clone()));
            }
            return Ok(m);
        }
        if !name.contains('.') {
            let path = self.script_dir.join(format!("{name}.py"));
            if let Ok(text) = std::fs::read_to_string(&path) {
                let path_s = path.to_string_lossy().to_string();
                return self.exec_user_module(name, &path_s, &text);
            }
        }
        let e = Exc::new("ModuleNotFoundError", format!("No module named '{name}'"));
        e.0.dict
            .borrow_mut()
            .insert(Name::from("name"), Value::str(name));
        Err(e)
    }

    fn exec_user_module(&mut self, name: &str, path: &str, text: &str) -> PyResult<Rc<Module>> {
        let globals = Rc::new(Globals::new());
        globals.set("__name__", Value::str(name));
        globals.set("__file__", Value::str(path));
        let module = Rc::new(Module {
            name: Name::from(name),
            globals: globals.clone(),
        });
        self.modules.insert(Name::from(name), module.clone());
        if let Err(e) = self.exec_source(path, text, &globals) {
            self.modules.remove(name);
            return Err(e);
        }
        Ok(module)
    }

    /// Parse, compile and run module source `text` (called `path` in errors and
    /// tracebacks) in the namespace `globals`. A syntax error becomes a SyntaxError.
    pub fn exec_source(&mut self, path: &str, text: &str, globals: &Rc<Globals>) -> PyResult<()> {
        let ast = crate::syntax::parse_module(text).map_err(|errs| {
            let e = &errs[0];
            let src = Source::new(path, text);
            let line = src.line_of(e.span.start);
            let exc = Exc::new(e.kind.class_name(), e.msg.clone());
            exc.0
                .dict
                .borrow_mut()
                .insert(Name::from("filename"), Value::str(path));
            exc.0
                .dict
                .borrow_mut()
                .insert(Name::from("lineno"), Value::Int(line as i64));
            exc
        })?;
        self.exec_ast(path, text, &ast, globals)
    }

    /// Compile and run the parsed module `ast` of source `text` (called `path` in
    /// tracebacks) in the namespace `globals`.
    pub fn exec_ast(
        &mut self,
        path: &str,
        text: &str,
        ast: &crate::syntax::ast::Module,
        globals: &Rc<Globals>,
    ) -> PyResult<()> {
        let source = Rc::new(Source::new(path, text));
        let code = self.compile(ast, source, globals);
        let mut frame = Frame::new(self, code, globals.clone());
        self.run_to_return(&mut frame).map(|_| ())
    }

    /// Compile a parsed module against `globals` and this interpreter's builtins.
    pub fn compile(
        &mut self,
        ast: &crate::syntax::ast::Module,
        source: Rc<Source>,
        globals: &Globals,
    ) -> Rc<crate::compile::code::FuncCode> {
        let builtins = self.builtins.clone();
        let lookup = move |n: &str| builtins.get(n);
        crate::compile::compile_module(ast, source, globals, &lookup)
    }

    /// `from module import name`
    pub fn import_from(&mut self, m: &Rc<Module>, name: &str) -> PyResult<Value> {
        if let Some(v) = m.globals.get(name) {
            return Ok(v);
        }
        // PEP 562: the module's `__getattr__`; its AttributeError becomes the ImportError.
        if let Some(ga) = m.globals.get("__getattr__") {
            match self.call(
                &ga,
                crate::runtime::object::Args::new(vec![Value::str(name)]),
            ) {
                Ok(v) => return Ok(v),
                Err(e) if !e.is_instance("AttributeError") => return Err(e),
                Err(_) => {}
            }
        }
        // A submodule of a builtin package (`from os import path`).
        let dotted = format!("{}.{name}", m.name);
        if let Ok(sub) = self.import_module(&dotted) {
            return Ok(Value::Module(sub));
        }
        let location = match m.globals.get("__file__") {
            Some(Value::Str(p)) => p.as_str().to_string(),
            _ => "unknown location".to_string(),
        };
        Err(Exc::new(
            "ImportError",
            format!("cannot import name '{name}' from '{}' ({location})", m.name),
        ))
    }
}
