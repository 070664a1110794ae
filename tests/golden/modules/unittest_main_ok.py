# unittest.main() with the default verbosity on passing tests: dots on stderr, "OK",
# exit status 0; TestLoader/TestSuite/TextTestRunner used directly first.
import asyncio
import sys
import unittest


class Queue(unittest.IsolatedAsyncioTestCase):
    async def test_queue_roundtrip(self):
        q = asyncio.Queue()
        await q.put("a")
        self.assertEqual(await q.get(), "a")

    async def test_tasks(self):
        t = asyncio.create_task(asyncio.sleep(0.01, "done"))
        self.assertFalse(t.done())
        self.assertEqual(await t, "done")


class Plain(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("abc".upper(), "ABC")

    def test_split(self):
        self.assertEqual("a b".split(), ["a", "b"])
        with self.assertRaises(TypeError):
            "a b".split(2)


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Plain))
suite = loader.loadTestsFromTestCase(Plain)
print(suite.countTestCases(), [t.id() for t in suite])
result = unittest.TestResult()
suite.run(result)
print(result.wasSuccessful(), result.testsRun, result)
print(unittest.TestSuite([Plain("test_upper")]).countTestCases())
print(str(Plain("test_upper")), repr(Plain("test_split")))
unittest.main()
