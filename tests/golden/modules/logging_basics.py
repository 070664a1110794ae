# logging: levels, the logger hierarchy, basicConfig (format styles, force, stream),
# handlers, filters, formatters, exc_info, LoggerAdapter, disable, asyncio's logger.
import asyncio
import logging
import sys

logging.warning("no config %s", 1)  # stderr, through basicConfig()
logging.info("hidden")
log = logging.getLogger("app.db")
print(log, logging.getLogger(), logging.getLogger("app"))
print(log.parent.name, logging.getLogger("app").parent.name)
print(log.getEffectiveLevel(), logging.getLevelName(20), logging.getLevelName("INFO"), logging.getLevelName(5))
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log.debug("dbg %d", 3)
print(logging.root.handlers, logging.root.handlers[0].formatter._fmt)
logging.basicConfig(level="DEBUG", format="[{levelname:>8}] {name}: {message}", style="{", force=True, stream=sys.stdout)
log.debug("now %s", "visible")
log.info("dict %(a)s", {"a": 1})
class ShortFormatter(logging.Formatter):
    """Keeps a traceback's frame names and last line (its paths differ per machine)."""

    def formatException(self, ei):
        text = super().formatException(ei)
        frames = [l.split(", ")[-1] for l in text.splitlines() if l.startswith("  File")]
        return f"{frames} {text.splitlines()[-1]}"


logging.root.handlers[0].setFormatter(ShortFormatter("{levelname}|{message}", style="{"))


def fail():
    raise ValueError("bad value")


try:
    fail()
except ValueError:
    log.exception("failed")
log.error("with exc_info", exc_info=KeyError("k"))
print(logging.Formatter().format(logging.LogRecord("n", 20, "p", 1, "m %s", ("x",), None)))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s|%(levelno)d|%(message)s"))
h.addFilter(logging.Filter("svc"))
svc = logging.getLogger("svc.worker")
svc.addHandler(h)
svc.propagate = False
svc.warning("filtered in")
other = logging.getLogger("svcx")
other.addHandler(h)
other.propagate = False
other.warning("filtered out")
print(h, svc.hasHandlers())
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as e:
    print(e)
adapter = logging.LoggerAdapter(log, {"user": "kim"})
adapter.info("adapted")

async def worker(n):
    logging.info("worker %d start", n)
    await asyncio.sleep(0.01 * n)
    logging.info("worker %d end", n)

async def main():
    await asyncio.gather(*(worker(i) for i in range(3)))

asyncio.run(main())
logging.disable(logging.INFO)
logging.info("disabled")
logging.warning("still on")
