# Nested try blocks inside loops, with continue and break in handlers.
results = []
for item in ["1", "x", "3", "0", "stop", "5"]:
    try:
        try:
            n = int(item)
        except ValueError:
            if item == "stop":
                print("stopping")
                break
            print("skip", item)
            continue
        results.append(10 // n)
    except ZeroDivisionError as e:
        print("zero:", e)
    finally:
        print("done with", item)
print(results)
