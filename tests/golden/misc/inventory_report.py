# A small inventory report combining classes, dicts and formatting.
class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    @property
    def value(self):
        return self.price * self.qty
items = [Item("widget", 2.5, 10), Item("gadget", 12.0, 3), Item("doohickey", 0.75, 40)]
print(f"{'item':<10} {'price':>7} {'qty':>4} {'value':>8}")
for it in sorted(items, key=lambda i: i.value, reverse=True):
    print(f"{it.name:<10} {it.price:>7.2f} {it.qty:>4} {it.value:>8.2f}")
total = sum(it.value for it in items)
print(f"{'TOTAL':<10} {'':>7} {sum(i.qty for i in items):>4} {total:>8.2f}")
cheap = [i.name for i in items if i.price < 5]
print("cheap:", ", ".join(cheap))
