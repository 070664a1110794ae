//! Diagnostics as users, tools and Rust hosts see them.
//!
//! - `tests/data/tracebacks/*.py` run through the `coropy` binary; stderr must equal the
//!   `.expected` file, which describes coropy's own rendering (the script's directory is
//!   written `<dir>`; `COROPY_BLESS=1` rewrites the files from coropy's output, so review
//!   the diff). Its last line must also equal the last line python3 prints, when python3
//!   is installed.
//! - `tests/data/tracebacks_cpython/*.py` must print exactly CPython's stderr: the
//!   `.expected` files are python3's output (regenerate with
//!   `python3 X.py 2>&1 >/dev/null | sed "s#$PWD#<dir>#g" > X.expected` in that
//!   directory), re-checked against python3 when it is installed.
//! - `--error-format json` prints miette's JSON report.
//! - The library API: `coropy::check` returns a `miette::Diagnostic` a host renders.

use std::path::{Path, PathBuf};
use std::process::Command;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tracebacks")
}

fn coropy_stderr(script: &Path, extra: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_coropy"))
        .args(extra)
        .arg(script)
        .output()
        .expect("coropy runs");
    assert_eq!(out.status.code(), Some(1), "{}", script.display());
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The absolute form of `dir` as it appears in coropy's output (written `<dir>` in
/// the expectations).
fn shown_dir(dir: &Path) -> String {
    std::path::absolute(dir)
        .expect("absolute")
        .display()
        .to_string()
}

/// The `.py` scripts in `dir`, sorted (at least one).
fn scripts_in(dir: &Path) -> Vec<PathBuf> {
    let mut scripts: Vec<_> = std::fs::read_dir(dir)
        .expect("data dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    scripts.sort();
    assert!(!scripts.is_empty());
    scripts
}

fn last_line(text: &str) -> &str {
    text.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("")
}

#[test]
fn tracebacks_render_as_expected() {
    let dir = data_dir();
    let shown = shown_dir(&dir);
    let bless = std::env::var_os("COROPY_BLESS").is_some();
    let scripts = scripts_in(&dir);
    let mut failures = Vec::new();
    for script in &scripts {
        let got = coropy_stderr(script, &[]).replace(&shown, "<dir>");
        let expected_path = script.with_extension("expected");
        if bless {
            std::fs::write(&expected_path, &got).expect("write expected");
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- got\n{got}",
                script.display()
            ));
        }
        if let Ok(py) = Command::new("python3").arg(script).output() {
            let py_err = String::from_utf8_lossy(&py.stderr);
            if last_line(&got) != last_line(&py_err) {
                failures.push(format!(
                    "{}: last line {:?}, python3's {:?}",
                    script.display(),
                    last_line(&got),
                    last_line(&py_err)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn tracebacks_match_cpython_exactly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tracebacks_cpython");
    let shown = shown_dir(&dir);
    let scripts = scripts_in(&dir);
    let mut failures = Vec::new();
    for script in &scripts {
        let expected = std::fs::read_to_string(script.with_extension("expected"))
            .expect("python3's stderr, stored");
        let got = coropy_stderr(script, &[]).replace(&shown, "<dir>");
        if got != expected {
            failures.push(format!(
                "{}:\n--- python3\n{expected}--- coropy\n{got}",
                script.display()
            ));
        }
        if let Ok(py) = Command::new("python3").arg(script).output() {
            let py_err = String::from_utf8_lossy(&py.stderr).replace(&shown, "<dir>");
            if py_err != expected {
                failures.push(format!(
                    "{}: the stored expectation drifted from python3's:\n{py_err}",
                    script.display()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn deep_recursion_collapses_like_cpython() {
    let text = coropy_stderr(&data_dir().join("recursion.py"), &[]);
    assert_eq!(text.matches(", in walk\n").count(), 3, "{text}");
    let repeated = text
        .lines()
        .find(|l| l.starts_with("  [Previous line repeated "))
        .expect("a repeat summary");
    assert!(repeated.ends_with(" more times]"), "{repeated}");
    assert_eq!(
        last_line(&text),
        "RecursionError: maximum recursion depth exceeded"
    );
}

#[test]
fn json_error_format_is_mietttes_report() {
    let text = coropy_stderr(&data_dir().join("two_deep.py"), &["--error-format", "json"]);
    assert_eq!(text.lines().count(), 1, "one JSON line: {text}");
    assert!(
        text.starts_with('{') && text.trim_end().ends_with('}'),
        "{text}"
    );
    assert!(text.contains(r#""code": "coropy::runtime""#), "{text}");
    assert!(
        text.contains("ValueError: invalid literal for int() with base 10: '2x'"),
        "{text}"
    );
    assert!(
        text.contains("two_deep.py"),
        "the innermost frame's file: {text}"
    );

    let dir = std::env::temp_dir().join(format!("coropy-diag-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("bad.py");
    std::fs::write(&script, "x = (1,\n").expect("write script");
    let text = coropy_stderr(&script, &["--error-format", "json"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(text.contains(r#""code": "coropy::syntax""#), "{text}");
    assert!(
        text.contains(r#""message": "SyntaxError: '(' was never closed""#),
        "{text}"
    );
    assert!(text.contains(r#""labels""#), "{text}");
}

#[test]
fn host_renders_a_syntax_error_with_miette() {
    let source = "def f(x):\n    return (x +\n\nprint(f(1))\n";
    assert!(coropy::check("ok.py", "print(1)\n").is_ok());
    let err = coropy::check("host.py", source).unwrap_err();
    let coropy::Error::Syntax {
        kind,
        line,
        ref message,
        ..
    } = err
    else {
        panic!("a syntax error: {err:?}");
    };
    assert_eq!(kind.class_name(), "SyntaxError");
    assert_eq!(line, 2);
    assert_eq!(message, "'(' was never closed");
    assert_eq!(err.to_string(), "SyntaxError: '(' was never closed");

    let mut out = String::new();
    miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
        .with_width(80)
        .render_report(&mut out, &err)
        .expect("render");
    assert!(out.contains("coropy::syntax"), "{out}");
    assert!(
        out.contains("[host.py:2:12]"),
        "file:line:column of the label: {out}"
    );
    assert!(out.contains("return (x +"), "the source line: {out}");
    assert!(out.contains("'(' was never closed"), "{out}");
}

#[test]
fn host_gets_runtime_errors_with_the_traceback() {
    let source = "def f():\n    return {}['k']\n\nf()\n";
    let err = coropy::run_source(
        "host.py",
        source,
        vec!["host.py".into()],
        &Default::default(),
    )
    .unwrap_err();
    let coropy::Error::Runtime {
        ref type_name,
        ref message,
        ref traceback,
        ..
    } = err
    else {
        panic!("a runtime error: {err:?}");
    };
    assert_eq!(type_name, "KeyError");
    assert_eq!(message, "'k'");
    assert!(traceback.starts_with("Traceback (most recent call last):\n"));
    assert!(traceback.contains("  File \"host.py\", line 2, in f\n    return {}['k']\n"));
    assert_eq!(last_line(traceback), "KeyError: 'k'");
    let status = coropy::run_source(
        "host.py",
        "import sys\nsys.exit(3)\n",
        vec![],
        &Default::default(),
    );
    assert_eq!(status.ok(), Some(3));
}
