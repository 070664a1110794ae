try:
  pass
finally:
