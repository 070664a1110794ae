# Seed 002: five blocking jobs in sequence (elapsed time rounded to 0.1 s).
import time

def job(number):
    print(f'Starting job {number}')
    time.sleep(1)
    print(f'Finishing job {number}')

start = time.time()
for i in range(5):
    job(i)
end = time.time()
print("전체 소요시간 : ", round(end - start, 1))
