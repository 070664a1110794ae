x = 1ee5
