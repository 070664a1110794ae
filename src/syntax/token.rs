//! Tokens: the logos token enum for Python source. Indentation, brackets and the
//! checks that need context live in `lexer.rs`; this file only says what a token is.

use logos::Logos;
use std::fmt;

/// Scans a string literal after its opening quote(s) (already matched by logos).
/// Returns `None` (a lexing error) when the literal is unterminated; the lexer wrapper
/// turns that into CPython's "unterminated string literal" message.
fn string_rest<'s>(lex: &mut logos::Lexer<'s, Token<'s>>) -> Option<&'s str> {
    let slice = lex.slice();
    let triple = slice.ends_with("'''") || slice.ends_with("\"\"\"");
    let quote = slice.as_bytes()[slice.len() - 1];
    let rest = lex.remainder().as_bytes();
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        if c == b'\\' {
            i += 2;
            continue;
        }
        if c == quote {
            if !triple {
                lex.bump(i + 1);
                return Some(lex.slice());
            }
            if rest.len() >= i + 3 && rest[i + 1] == quote && rest[i + 2] == quote {
                lex.bump(i + 3);
                return Some(lex.slice());
            }
        }
        if !triple && c == b'\n' {
            break;
        }
        i += 1;
    }
    None
}

/// One Python token. Payload tokens borrow their text from the source.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"\\\r?\n")]
pub enum Token<'s> {
    /// An identifier, including the soft keywords `match`, `case`, `type` and `_`.
    #[regex(r"[_\p{XID_Start}]\p{XID_Continue}*")]
    Name(&'s str),
    /// An integer literal as written (`0x_ff`, `1_000`).
    #[regex(r"[0-9](_?[0-9])*")]
    #[regex(r"0[xX](_?[0-9a-fA-F])+")]
    #[regex(r"0[oO](_?[0-7])+")]
    #[regex(r"0[bB](_?[01])+")]
    Int(&'s str),
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*")]
    Float(&'s str),
    #[regex(r"[0-9](_?[0-9])*[jJ]")]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]")]
    Imaginary(&'s str),
    /// A whole string literal with prefix and quotes, e.g. `rb'\d'` or `f"""{x}"""`.
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?('|"|'''|""")"#, string_rest)]
    Str(&'s str),

    #[token("\n")]
    #[token("\r\n")]
    #[regex(r"#[^\r\n]*", logos::skip, allow_greedy = true)]
    Newline,
    /// Produced by the indentation layer in `lexer.rs`.
    Indent,
    /// Produced by the indentation layer (zero-width span).
    Dedent,
    /// A lexing error: the lexer stops here; the message is in `lexer::Lexed::error`.
    Error,
    /// A character that starts no token (`$`, `?`): the parser reports "invalid syntax".
    Unknown(&'s str),

    // Keywords.
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    // Brackets.
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,

    // Operators and delimiters.
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token(":=")]
    ColonEq,
    #[token("=")]
    Eq,
    #[token("@")]
    At,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("|")]
    VBar,
    #[token("^")]
    Caret,
    #[token("&")]
    Amper,
    #[token("~")]
    Tilde,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEq,
    #[token(">=")]
    GreaterEq,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    /// `+=` and friends, as written.
    #[token("+=")]
    #[token("-=")]
    #[token("*=")]
    #[token("@=")]
    #[token("/=")]
    #[token("//=")]
    #[token("%=")]
    #[token("**=")]
    #[token("<<=")]
    #[token(">>=")]
    #[token("&=")]
    #[token("|=")]
    #[token("^=")]
    AugAssign(&'s str),
}

impl Token<'_> {
    /// The token as a short name for dumps and messages (`NAME 'x'`, `'('`, `INDENT`).
    pub fn describe(&self) -> String {
        match self {
            Token::Name(s) => format!("NAME {s}"),
            Token::Int(s) | Token::Float(s) | Token::Imaginary(s) => format!("NUMBER {s}"),
            Token::Str(s) => format!("STRING {s:?}"),
            Token::Newline => "NEWLINE".into(),
            Token::Indent => "INDENT".into(),
            Token::Dedent => "DEDENT".into(),
            Token::Error => "ERROR".into(),
            Token::Unknown(s) => format!("UNKNOWN {s:?}"),
            other if other.keyword().is_some() => format!("KEYWORD {other}"),
            other => format!("OP {other}"),
        }
    }

    /// Keywords, for "cannot assign to ..." style checks and `Display`.
    pub fn keyword(&self) -> Option<&'static str> {
        Some(match self {
            Token::False => "False",
            Token::None => "None",
            Token::True => "True",
            Token::And => "and",
            Token::As => "as",
            Token::Assert => "assert",
            Token::Async => "async",
            Token::Await => "await",
            Token::Break => "break",
            Token::Class => "class",
            Token::Continue => "continue",
            Token::Def => "def",
            Token::Del => "del",
            Token::Elif => "elif",
            Token::Else => "else",
            Token::Except => "except",
            Token::Finally => "finally",
            Token::For => "for",
            Token::From => "from",
            Token::Global => "global",
            Token::If => "if",
            Token::Import => "import",
            Token::In => "in",
            Token::Is => "is",
            Token::Lambda => "lambda",
            Token::Nonlocal => "nonlocal",
            Token::Not => "not",
            Token::Or => "or",
            Token::Pass => "pass",
            Token::Raise => "raise",
            Token::Return => "return",
            Token::Try => "try",
            Token::While => "while",
            Token::With => "with",
            Token::Yield => "yield",
            _ => return None,
        })
    }

    /// True for tokens that can start an expression (used for "forgot a comma?" hints).
    pub fn starts_expression(&self) -> bool {
        matches!(
            self,
            Token::Name(_)
                | Token::Int(_)
                | Token::Float(_)
                | Token::Imaginary(_)
                | Token::Str(_)
                | Token::True
                | Token::False
                | Token::None
                | Token::Ellipsis
                | Token::LPar
                | Token::LSqb
                | Token::LBrace
                | Token::Lambda
                | Token::Not
                | Token::Await
                | Token::Minus
                | Token::Plus
                | Token::Tilde
        )
    }
}

impl fmt::Display for Token<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(k) = self.keyword() {
            return f.write_str(k);
        }
        let s: &str = match self {
            Token::Name(s) | Token::Int(s) | Token::Float(s) | Token::Imaginary(s) => s,
            Token::Str(s) | Token::Unknown(s) => s,
            Token::Newline => "NEWLINE",
            Token::Indent => "INDENT",
            Token::Dedent => "DEDENT",
            Token::Error => "ERROR",
            Token::LPar => "(",
            Token::RPar => ")",
            Token::LSqb => "[",
            Token::RSqb => "]",
            Token::LBrace => "{",
            Token::RBrace => "}",
            Token::Colon => ":",
            Token::Comma => ",",
            Token::Semi => ";",
            Token::Dot => ".",
            Token::Ellipsis => "...",
            Token::Arrow => "->",
            Token::ColonEq => ":=",
            Token::Eq => "=",
            Token::At => "@",
            Token::Plus => "+",
            Token::Minus => "-",
            Token::Star => "*",
            Token::DoubleStar => "**",
            Token::Slash => "/",
            Token::DoubleSlash => "//",
            Token::Percent => "%",
            Token::VBar => "|",
            Token::Caret => "^",
            Token::Amper => "&",
            Token::Tilde => "~",
            Token::LShift => "<<",
            Token::RShift => ">>",
            Token::Less => "<",
            Token::Greater => ">",
            Token::LessEq => "<=",
            Token::GreaterEq => ">=",
            Token::EqEq => "==",
            Token::NotEq => "!=",
            Token::AugAssign(op) => op,
            _ => "?",
        };
        f.write_str(s)
    }
}
