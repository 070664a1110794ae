class A(:
