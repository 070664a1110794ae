if x:
    y = (1,
         2)

    # comment only
        # deeper comment
    z = [
  3]
else:
	pass
