# Seed 004 (synchronous): three blocking tasks with random durations. Seeded so the
# output is deterministic; times are rounded to 0.1 s.
import time
import random 

random.seed(4)

def example_task(order_number, proceed_time):
    time.sleep(proceed_time)
    print(f"Done | proceed time of task_{order_number} is {proceed_time}")

def main():
    start = time.time()
    example_task(1, random.randint(1,5))
    example_task(2, random.randint(1,5))
    example_task(3, random.randint(1,5))
    end = time.time()
    print(f"All process is Done | proceed time is {round(end-start, 1)}")

if __name__ == "__main__":
    main()
