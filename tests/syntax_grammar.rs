//! Every example under `grammar/examples/` parses and validates without error, and is
//! valid Python 3.11 too (checked with `python3` when it is installed).

use coropy::diag::render_syntax_error;
use coropy::syntax::parse_module;
use std::path::Path;
use std::process::Command;

#[test]
fn grammar_examples_parse() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("grammar/examples");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("grammar/examples") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        n += 1;
        let source = std::fs::read_to_string(&path).expect("read");
        let name = path.display().to_string();
        if let Err(errs) = parse_module(&source) {
            panic!("{}", render_syntax_error(&name, &source, &errs[0], false));
        }
        let py = Command::new("python3")
            .arg("-c")
            .arg("import sys; compile(open(sys.argv[1]).read(), sys.argv[1], 'exec')")
            .arg(&path)
            .status();
        if let Ok(status) = py {
            assert!(status.success(), "{name} is not valid Python 3.11");
        }
    }
    assert!(n >= 3, "expected grammar examples");
}
