# startswith/endswith with strings, tuples and positions.
name = "report_2024.csv"
print(name.startswith("report"), name.endswith(".csv"), name.endswith(".txt"))
print(name.endswith((".txt", ".csv")), name.startswith(("a", "b")))
print(name.startswith("2024", 7), name.endswith("report", 0, 6))
print("".startswith(""), "abc".startswith(""))
