try:
  pass
except:
