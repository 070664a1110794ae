# assert raises AssertionError with an optional message.
for value in [1, 0]:
    try:
        assert value, f"value was {value}"
        print("assert passed for", value)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
