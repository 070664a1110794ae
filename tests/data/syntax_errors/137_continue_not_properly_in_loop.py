while 1:
  class A:
    continue
