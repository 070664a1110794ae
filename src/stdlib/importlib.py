"""importlib for coropy: import_module only (modules are builtin or beside the script)."""


def import_module(name, package=None):
    """The module `name`, imported if it is not yet; relative names need `package`."""
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        level = len(name) - len(name.lstrip('.'))
        base = package.rsplit('.', level - 1)[0] if level > 1 else package
        name = base + '.' + name[level:]
    return __import__(name, fromlist=['_'])
