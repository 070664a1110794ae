# Sorting records by several keys, ascending and descending.
people = [
    {"name": "kim", "dept": "eng", "age": 31},
    {"name": "lee", "dept": "ops", "age": 25},
    {"name": "park", "dept": "eng", "age": 25},
    {"name": "choi", "dept": "ops", "age": 40},
    {"name": "jung", "dept": "eng", "age": 31},
]
for p in sorted(people, key=lambda p: (p["dept"], -p["age"], p["name"])):
    print(f"{p['dept']} {p['age']:>3} {p['name']}")
by_age = sorted(people, key=lambda p: p["age"])
print([p["name"] for p in by_age])
by_name_then_stable = sorted(sorted(people, key=lambda p: p["name"]), key=lambda p: p["dept"], reverse=True)
print([p["name"] for p in by_name_then_stable])
groups = {}
for p in people:
    groups.setdefault(p["dept"], []).append(p["name"])
print(groups)
