# Helper: an asyncio object's repr without its address, e.g. "<asyncio.locks.Lock [locked]>".
def show(obj):
    r = repr(obj)
    return r[:r.index(" object at ")] + r[r.index(" ["):]
