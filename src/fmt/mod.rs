//! Text formatting of numbers and strings with CPython's exact rules (pure functions).
