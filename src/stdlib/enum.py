"""enum for coropy: a port of the parts of CPython 3.11's enum that programs use.

`Enum`, `IntEnum`, `StrEnum`, `ReprEnum`, `Flag`, `IntFlag`, `auto`, `unique`,
`EnumType` (alias `EnumMeta`) and the functional API `Enum('Name', 'A B')`, with
3.11's reprs, strs, formats and error messages. Members are made when the class is
created, by `EnumType.__new__`, from the class namespace in definition order.

coropy cannot subclass `int` or `str`: a builtin data type among an enum's bases
(`class Color(str, Enum)`, `IntEnum`, `StrEnum`, `IntFlag`) is replaced by a mixin
that gives the members the value's behaviour (comparison and hashing with plain
values, arithmetic, formatting, its methods), but `isinstance(member, int)` is False.
"""

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'FlagBoundary', 'STRICT',
    'CONFORM', 'EJECT', 'KEEP', 'global_enum', 'verify',
]

_builtin_property = property
_bin = bin
_FunctionType = type(lambda: None)

# Defined below; None while the module's own enums are being created.
Enum = Flag = None


def _is_descriptor(obj):
    """Functions, properties, class and static methods are not members."""
    if isinstance(obj, (_FunctionType, _builtin_property, classmethod, staticmethod)):
        return True
    return (
            hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (
            len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (
            len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name, )
    pat_len = len(pattern)
    return (
            len(name) > pat_len and name.startswith(pattern)
            and name[pat_len:pat_len+1] != '_'
            and (name[-1] != '_' or name[-2] != '_'))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _high_bit(value):
    return value.bit_length() - 1


def bin(num, max_bits=None):
    """Like the builtin bin(), but negative values are two's complement."""
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = _bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value, )


# enum.property: a property for enum members (here, the builtin property).
property = _builtin_property


class FlagBoundary:
    """How a Flag treats values outside its members' bits (3.11's FlagBoundary)."""

    def __init__(self, name):
        self._name_ = name
        self._value_ = name.lower()

    def __repr__(self):
        return '<FlagBoundary.%s: %r>' % (self._name_, self._value_)


STRICT = FlagBoundary('STRICT')
CONFORM = FlagBoundary('CONFORM')
EJECT = FlagBoundary('EJECT')
KEEP = FlagBoundary('KEEP')


class _DataMixin:
    """Members of an enum with a builtin data type behave like their value."""

    def __getattr__(self, name):
        if name.startswith('__') or name in ('_value_', '_name_'):
            raise AttributeError(
                    "%r object has no attribute %r" % (type(self).__name__, name))
        return getattr(self._value_, name)

    def __eq__(self, other):
        if isinstance(other, Enum):
            return self is other or (
                    other._member_type_ is self._member_type_
                    and self._value_ == other._value_)
        return self._value_ == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._value_)

    def __lt__(self, other):
        return self._value_ < _plain(other)

    def __le__(self, other):
        return self._value_ <= _plain(other)

    def __gt__(self, other):
        return self._value_ > _plain(other)

    def __ge__(self, other):
        return self._value_ >= _plain(other)

    def __add__(self, other):
        return self._value_ + _plain(other)

    def __radd__(self, other):
        return _plain(other) + self._value_

    def __mul__(self, other):
        return self._value_ * _plain(other)

    def __rmul__(self, other):
        return _plain(other) * self._value_

    def __mod__(self, other):
        return self._value_ % _plain(other)

    def __bool__(self):
        return bool(self._value_)


class _NumberMixin(_DataMixin):
    """Arithmetic of int and float members."""

    def __sub__(self, other):
        return self._value_ - _plain(other)

    def __rsub__(self, other):
        return _plain(other) - self._value_

    def __truediv__(self, other):
        return self._value_ / _plain(other)

    def __rtruediv__(self, other):
        return _plain(other) / self._value_

    def __floordiv__(self, other):
        return self._value_ // _plain(other)

    def __rfloordiv__(self, other):
        return _plain(other) // self._value_

    def __rmod__(self, other):
        return _plain(other) % self._value_

    def __pow__(self, other):
        return self._value_ ** _plain(other)

    def __rpow__(self, other):
        return _plain(other) ** self._value_

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return +self._value_

    def __abs__(self):
        return abs(self._value_)

    def __float__(self):
        return float(self._value_)

    def __round__(self, ndigits=None):
        return round(self._value_, ndigits)


class _IntMixin(_NumberMixin):
    _data_type_ = int

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __lshift__(self, other):
        return self._value_ << _plain(other)

    def __rshift__(self, other):
        return self._value_ >> _plain(other)

    def __and__(self, other):
        return self._value_ & _plain(other)

    def __rand__(self, other):
        return _plain(other) & self._value_

    def __or__(self, other):
        return self._value_ | _plain(other)

    def __ror__(self, other):
        return _plain(other) | self._value_

    def __xor__(self, other):
        return self._value_ ^ _plain(other)

    def __rxor__(self, other):
        return _plain(other) ^ self._value_

    def __invert__(self):
        return ~self._value_


class _FloatMixin(_NumberMixin):
    _data_type_ = float


class _StrMixin(_DataMixin):
    _data_type_ = str

    def __len__(self):
        return len(self._value_)

    def __iter__(self):
        return iter(self._value_)

    def __contains__(self, item):
        return _plain(item) in self._value_

    def __getitem__(self, key):
        return self._value_[key]


_MIXINS = {int: _IntMixin, float: _FloatMixin, str: _StrMixin}


def _plain(value):
    """The value of a member of an enum with a data type, else the value itself."""
    if isinstance(value, _DataMixin):
        return value._value_
    return value


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        bases = tuple(_MIXINS.get(b, b) for b in bases)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.pop('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key in ignore:
            classdict.pop(key, None)
        classdict.pop('_order_', None)
        generate = classdict.get('_generate_next_value_')
        if generate is None and first_enum is not None:
            generate = first_enum._generate_next_value_
        elif isinstance(generate, staticmethod):
            generate = generate.__func__
        member_names = []
        member_values = []
        for key, value in list(classdict.items()):
            if (
                    _is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(key, 1, len(member_names), member_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                auto_values = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = generate(
                                    key, 1, len(member_names), member_values[:])
                        v = v.value
                    auto_values.append(v)
                value = tuple(auto_values)
            member_names.append(key)
            member_values.append(value)
            del classdict[key]
        invalid = {'mro', ''} & set(member_names)
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % (
                    ','.join(repr(n) for n in invalid), ))
        # A __new__ of the class makes its members (and its subclasses'); the
        # class's own __new__ is Enum's, which looks members up.
        new = classdict.pop('__new__', None) if Enum is not None else None
        if new is not None:
            if isinstance(new, staticmethod):
                new = new.__func__
            use_args = True
        elif first_enum is not None:
            new = first_enum._new_member_
            use_args = first_enum._use_args_
        else:
            new = object.__new__
            use_args = False
        classdict['_new_member_'] = staticmethod(new)
        classdict['_use_args_'] = use_args
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        classdict['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        classdict['_flag_mask_'] = 0
        classdict['_singles_mask_'] = 0
        classdict['_all_bits_'] = 0
        classdict['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        for name, value in zip(member_names, member_values):
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            # A data type's operators must not replace Flag's.
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
            single_bits = multi_bits = 0
            for member in enum_class._member_map_.values():
                value = member._value_
                if _is_single_bit(value):
                    single_bits |= value
                else:
                    multi_bits |= value
            flag_mask = single_bits | multi_bits
            type.__setattr__(enum_class, '_flag_mask_', flag_mask)
            type.__setattr__(enum_class, '_singles_mask_', single_bits)
            all_bits = 2 ** (flag_mask.bit_length()) - 1 if flag_mask else 0
            type.__setattr__(enum_class, '_all_bits_', all_bits)
            # Members not defined in increasing value order combine in definition
            # order.
            member_list = [m._value_ for m in enum_class]
            if member_list != sorted(member_list):
                type.__setattr__(
                        enum_class, '_iter_member_', enum_class._iter_member_by_def_)
        return enum_class

    def _add_member_(enum_class, member_name, value):
        """Make the member `member_name` of `value` (CPython's _proto_member)."""
        args = value if isinstance(value, tuple) else (value, )
        if enum_class._member_type_ is tuple:
            args = (args, )
        if enum_class._use_args_:
            enum_member = enum_class._new_member_(enum_class, *args)
        else:
            enum_member = enum_class._new_member_(enum_class)
        if '_value_' not in enum_member.__dict__:
            if enum_class._member_type_ is object:
                enum_member._value_ = value
            else:
                enum_member._value_ = enum_class._member_type_(*args)
        value = enum_member._value_
        enum_member._name_ = member_name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)
        for name, canonical_member in enum_class._member_map_.items():
            if canonical_member._value_ == value:
                enum_member = canonical_member
                break
        else:
            if Flag is None or not issubclass(enum_class, Flag) or _is_single_bit(value):
                enum_class._member_names_.append(member_name)
        type.__setattr__(enum_class, member_name, enum_member)
        enum_class._member_map_[member_name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    def __bool__(cls):
        return True

    def __call__(
            cls, value, names=None, *, module=None, qualname=None, type=None,
            start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(
                value, names, module=module, qualname=qualname, type=type,
                start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in getattr(cls, '_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)

    def _create_(
            cls, class_name, names, *, module=None, qualname=None, type=None,
            start=1, boundary=None):
        """The functional API: `Enum('Animal', 'ANT BEE')`."""
        metacls = cls.__class__
        bases = (cls, ) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module or '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(
                            "<enum %r> cannot extend %r"
                            % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                    "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        for chain in bases:
            if issubclass(chain, _DataMixin):
                return chain._data_type_, first_enum
        return first_enum._member_type_, first_enum


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % cls)
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        elif (
                Flag is not None and issubclass(cls, Flag)
                and cls._boundary_ is EJECT and isinstance(result, int)):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        elif exc is None:
            exc = TypeError(
                    'error in %s._missing_: returned %r instead of None or a valid member'
                    % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_, )

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for cls in type(self).__mro__:
            for name, obj in cls.__dict__.items():
                if name[0] != '_' and isinstance(obj, (_FunctionType, _builtin_property)):
                    names.append(name)
        return sorted(set(names))

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""

    def __str__(self):
        if self._member_type_ is object:
            return Enum.__str__(self)
        return str(self._value_)

    def __format__(self, format_spec):
        if self._member_type_ is object:
            return Enum.__format__(self, format_spec)
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0], ))
        member = object.__new__(cls)
        member._value_ = str(*values)
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum, boundary=STRICT):
    """Support for flags."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit+1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(val)

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(
                cls._iter_member_by_value_(value),
                key=lambda m: m._sort_order_)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(
                        "%r invalid value %r\n    given %s\n  allowed %s" % (
                            cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits+1, 2**(value.bit_length())) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError(
                    '%s(%r) -->  unknown values %r [%s]'
                    % (cls.__name__, value, unknown, bin(unknown)))
        pseudo_member = object.__new__(cls)
        pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for n, pm in cls._member_map_.items():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined_value |= pm._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return _bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        other = self._operand(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is None:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
                ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    """Export the members of `cls` to its module (here, the enum unchanged)."""
    return cls


def verify(*checks):
    """The `verify` decorator (checks are not run by coropy)."""
    def decorator(enumeration):
        return enumeration
    return decorator
