# Seed 001: gather three coroutines with different sleeps and collect their results.
import time
import asyncio

async def async_func1():
    print('== async_func1 started ==')
    await asyncio.sleep(5)
    print('== async_func1 end ==')

    return 'async_func1'

async def async_func2():
    print('== async_func2 started ==')
    await asyncio.sleep(3)
    print('== async_func2 end ==')

    return 'async_func2'

async def async_func3():
    print('== async_func3 started ==')
    await asyncio.sleep(1)
    print('== async_func3 end ==')

    return 'async_func3'

async def root():
    start = time.time()
    futures = [async_func1(), async_func2(), async_func3()]
    res1, res2, res3 = await asyncio.gather(*futures)
    
    end = time.time()
    print('비동기 처리 시간 : {}'.format(round(end-start)))
    return {"res1":res1, "res2":res2, "res3":res3}


result = asyncio.run(root())
print(result)
