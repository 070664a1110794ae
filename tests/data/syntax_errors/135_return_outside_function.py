def f():
  class A:
    return
