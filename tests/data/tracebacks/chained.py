class ConfigError(Exception):
    pass


def read(key):
    table = {"a": 1}
    return table[key]


def lookup(key):
    try:
        return read(key)
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e


try:
    lookup("b")
except ConfigError:
    x = 1 / 0  # while handling
