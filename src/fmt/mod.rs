//! Text formatting of numbers and strings with CPython's exact rules (pure functions).
//!
//! Everything here works on plain Rust values (`f64`, `BigInt`, `&str`); the interpreter
//! resolves Python objects first and turns [`FmtError`] into the matching exception.
//!
//! | module | owns |
//! |---|---|
//! | [`float_repr`] | `repr(float)` and `PyOS_double_to_string` (modes `e f g r`, correctly rounded) |
//! | [`spec`] | the format-spec mini-language: [`spec::parse_spec`] → [`spec::FormatSpec`] |
//! | [`layout`] | digit grouping, sign/prefix/padding layout of numbers, `format(str, spec)` |
//! | [`number`] | `format(int, spec)`, `format(float, spec)`, `bin`/`oct`/`hex` |
//! | [`round`] | `round(float, n)` and `round(int, -n)` |
//! | [`percent`] | `%`-formatting: parse pieces, render one conversion, argument cursor |
//! | [`format_string`] | `str.format` template parsing: literals, fields, nested specs |
//! | [`parse_number`] | `int(str, base)` and `float(str)` parsing and their error messages |
//! | [`repr`] | `repr(str)` and `ascii(str)` |
//! | [`unicode_tables`] | generated tables: printable code points, Unicode decimal digits |

pub mod float_repr;
pub mod format_string;
pub mod layout;
pub mod number;
pub mod parse_number;
pub mod percent;
pub mod repr;
pub mod round;
pub mod spec;
pub mod unicode_tables;

/// A formatting failure, tagged with the Python exception class CPython raises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FmtError {
    /// `ValueError(message)`
    Value(String),
    /// `TypeError(message)`
    Type(String),
    /// `OverflowError(message)`
    Overflow(String),
}

impl FmtError {
    /// The exception message.
    pub fn message(&self) -> &str {
        match self {
            FmtError::Value(m) | FmtError::Type(m) | FmtError::Overflow(m) => m,
        }
    }

    /// The Python exception class name (`"ValueError"`, ...).
    pub fn class_name(&self) -> &'static str {
        match self {
            FmtError::Value(_) => "ValueError",
            FmtError::Type(_) => "TypeError",
            FmtError::Overflow(_) => "OverflowError",
        }
    }
}

pub(crate) fn value_error<T>(msg: impl Into<String>) -> Result<T, FmtError> {
    Err(FmtError::Value(msg.into()))
}
