# differs from CPython: complex numbers are not supported by coropy (an imaginary literal is a SyntaxError at the literal)
z = 1 + 2j
