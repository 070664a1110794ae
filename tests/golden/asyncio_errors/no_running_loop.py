# get_running_loop() at module level is an uncaught RuntimeError.
import asyncio

print("start")
asyncio.get_running_loop()
