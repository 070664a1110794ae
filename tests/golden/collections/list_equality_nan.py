# differs from CPython: floats are plain values in coropy, so two separately made NaNs are identical (`is`) and compare equal inside containers
# Containers compare items by identity first, so a list holding the same nan equals itself.
nan = float("nan")
xs = [nan]
print(nan == nan, xs == xs, [nan] == [nan], [float("nan")] == [float("nan")])
print(nan in xs, float("nan") in xs, xs.count(nan))
print((1, nan) == (1, nan), {nan: 1}.get(nan))
