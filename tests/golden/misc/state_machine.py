# A simple traffic-light and a turnstile state machine driven by events.
transitions = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
}
state = "locked"
for event in ["push", "coin", "coin", "push", "push", "kick"]:
    new = transitions.get((state, event))
    if new is None:
        print(f"{state}: ignoring unknown event {event!r}")
        continue
    print(f"{state} --{event}--> {new}")
    state = new
class Light:
    order = ["green", "yellow", "red"]
    def __init__(self):
        self.index = 0
    def tick(self):
        self.index = (self.index + 1) % len(self.order)
        return self.order[self.index]
light = Light()
print([light.tick() for _ in range(5)])
