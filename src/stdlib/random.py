"""Random variable generators: CPython 3.11's Mersenne Twister sequences.

The methods of Random are natives (src/stdlib/random.rs); the module-level functions
are bound methods of one hidden instance, as in CPython."""


class Random:
    """Random number generator base class used by bound module functions."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)

    seed = _seed
    random = _random
    getrandbits = _getrandbits
    _randbelow = _randbelow_n
    randrange = _randrange
    randint = _randint
    uniform = _uniform
    choice = _choice
    shuffle = _shuffle
    sample = _sample
    choices = _choices
    gauss = _gauss
    normalvariate = _normalvariate
    expovariate = _expovariate
    triangular = _triangular


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
expovariate = _inst.expovariate
gauss = _inst.gauss
getrandbits = _inst.getrandbits
