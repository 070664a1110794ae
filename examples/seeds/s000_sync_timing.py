# Seed 000 (Python 비동기 혼내주기 1편), synchronous version: three blocking 3 s tasks.
# The elapsed time is rounded to 0.1 s so the output is deterministic.
import time
import datetime

def task(seconds):
    time.sleep(seconds)

def main():
    start = time.time()
    task(3)
    task(3)
    task(3)
    print(round(time.time() - start, 1))

main()
