//! Rendered-diagnostic tests: every `tests/data/syntax_errors/*.py` must fail to parse
//! and the last line of coropy's rendering must equal the `.expected` file, which holds
//! the last line CPython prints (`COROPY_BLESS=1` regenerates it by running `python3`,
//! never from coropy's own output).

use coropy::diag::render_syntax_error;
use coropy::syntax::parse_module;
use std::path::Path;
use std::process::Command;

const CPYTHON: &str = "import sys\nsrc = open(sys.argv[1], encoding='utf-8').read()\ntry:\n    compile(src, sys.argv[1], 'exec')\n    print('OK')\nexcept SyntaxError as e:\n    print(type(e).__name__ + ': ' + e.msg)\n";

fn cpython_last_line(path: &Path) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(CPYTHON)
        .arg(path)
        .output()
        .expect("python3 runs");
    String::from_utf8_lossy(&out.stdout).trim_end().to_string()
}

#[test]
fn syntax_errors_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/syntax_errors");
    let bless = std::env::var_os("COROPY_BLESS").is_some();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("data dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    let mut failures = Vec::new();
    for path in &paths {
        let expected_path = path.with_extension("expected");
        if bless {
            let line = cpython_last_line(path);
            std::fs::write(&expected_path, format!("{line}\n")).expect("write expected");
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("missing {}", expected_path.display()));
        let expected = expected.trim_end();
        let source = std::fs::read_to_string(path).expect("read source");
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let got = match parse_module(&source) {
            Ok(_) => "OK".to_string(),
            Err(errs) => {
                let text = render_syntax_error(&name, &source, &errs[0], false);
                text.lines().last().unwrap_or_default().to_string()
            }
        };
        if got != expected {
            failures.push(format!(
                "{name}:\n  expected: {expected}\n  got:      {got}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );
}
