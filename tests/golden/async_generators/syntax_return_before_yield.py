# The return check covers the whole body: a yield after the return still makes it an
# async generator
async def agen(x):
    if x:
        return x
    await something()
    yield x


print("never printed")
