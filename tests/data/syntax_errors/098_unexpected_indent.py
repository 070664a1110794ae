if True:
 pass
  x
