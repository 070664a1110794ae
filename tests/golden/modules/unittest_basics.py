# unittest: fixtures at class/test level, cleanups, assert methods and their messages,
# skips, expected failures, subtests, IsolatedAsyncioTestCase, main(verbosity=2).
import asyncio
import unittest


async def fetch(x):
    await asyncio.sleep(0.01)
    return x * 2


class TestSync(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")

    def setUp(self):
        self.items = [1, 2, 3]
        self.addCleanup(print, "cleanup", self._testMethodName)

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_equal(self):
        """Lists compare equal."""
        self.assertEqual(self.items, [1, 2, 3])
        self.assertIn(2, self.items)
        self.assertTrue(self.items)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None)
        self.assertIsInstance(self.items, list)
        self.assertCountEqual([3, 1, 2], self.items)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print("caught", type(cm.exception).__name__)
        self.assertRaises(KeyError, {}.__getitem__, "k")

    def test_fail(self):
        self.assertEqual(2, 3)

    def test_error(self):
        raise RuntimeError("boom")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)

    def test_messages(self):
        checks = [
            lambda: self.assertEqual(1, 2),
            lambda: self.assertEqual(1.5, 2, "custom"),
            lambda: self.assertTrue(0),
            lambda: self.assertIn(5, [1, 2]),
            lambda: self.assertIs([], None),
            lambda: self.assertSetEqual({1, 2}, {2, 3}),
            lambda: self.assertGreater(1, 2),
            lambda: self.assertAlmostEqual(1.0, 1.1),
            lambda: self.assertAlmostEqual(1.0, 1.5, delta=0.1),
            lambda: self.assertCountEqual([1, 1, 2], [1, 2, 2]),
            lambda: self.assertEqual(10 ** 100, 10 ** 100 + 1),
            lambda: self.assertRaises(ValueError, int, "5"),
            lambda: self.assertIsNotNone(None),
        ]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                print("AssertionError:", e)


class TestAsync(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.value = await fetch(1)
        print("asyncSetUp", self.value)

    async def asyncTearDown(self):
        print("asyncTearDown")

    async def test_fetch(self):
        self.assertEqual(await fetch(3), 6)
        results = await asyncio.gather(fetch(1), fetch(2))
        self.assertEqual(results, [2, 4])

    async def test_timeout(self):
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.sleep(1), 0.01)

    async def test_cleanup(self):
        async def acleanup():
            print("async cleanup")
        self.addAsyncCleanup(acleanup)
        self.assertTrue(asyncio.get_running_loop().is_running())

    def test_sync_in_async_case(self):
        self.assertEqual(self.value, 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
