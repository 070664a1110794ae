"""argparse for coropy: ArgumentParser with CPython's help, usage and error output.

A reduced port of CPython's Lib/argparse.py (which needs `re`): optionals and
positionals with nargs, type, choices, default, required, dest, metavar and the
store / store_const / store_true / store_false / append / append_const / extend /
count / help / version actions; argument groups, mutually exclusive groups, sub-commands,
parse_args / parse_known_args, and the help formatters (ArgumentDefaultsHelpFormatter,
RawDescriptionHelpFormatter, RawTextHelpFormatter).
"""

import os as _os
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'Namespace',
           'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'SUPPRESS', 'OPTIONAL', 'ZERO_OR_MORE', 'ONE_OR_MORE',
           'REMAINDER']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


class Namespace:
    """Attributes set by parse_args; `Namespace(a=1, b='x')`."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        parts = []
        star_args = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                parts.append('%s=%r' % (name, value))
            else:
                star_args[name] = value
        if star_args:
            parts.append('**%r' % star_args)
        return 'Namespace(%s)' % ', '.join(parts)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message
        super().__init__(self.__str__())

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    return None


def _fill(text, width, indent=''):
    """textwrap.fill with collapsed whitespace, as HelpFormatter._fill_text does."""
    words = text.split()
    lines = []
    line = ''
    for word in words:
        if line and len(indent) + len(line) + 1 + len(word) > width:
            lines.append(indent + line)
            line = word
        else:
            line = line + ' ' + word if line else word
    if line:
        lines.append(indent + line)
    return lines


# -- actions -----------------------------------------------------------------------

class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, **kw):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing '
                             'to store, actions such as store true or store const may be '
                             'more appropriate')
        super().__init__(option_strings, dest, nargs=nargs, **kw)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help)


class _AppendAction(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        items = list(getattr(namespace, self.dest, None) or [])
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = list(getattr(namespace, self.dest, None) or [])
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = list(getattr(namespace, self.dest, None) or [])
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if count is None else count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version if self.version is not None else parser.version
        text = version % {'prog': parser.prog}
        parser._print_message(text + '\n', _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__([], dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, nargs='A...', choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        if parser_name not in self._name_parser_map:
            args = {'parser_name': parser_name,
                    'choices': ', '.join(map(repr, self._name_parser_map))}
            raise ArgumentError(self, 'unknown parser %(parser_name)r (choices: '
                                '%(choices)s)' % args)
        subparser = self._name_parser_map[parser_name]
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(arg_strings)


_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction,
    'extend': _ExtendAction, 'count': _CountAction, 'help': _HelpAction,
    'version': _VersionAction, 'parsers': _SubParsersAction,
}


# -- help formatting ---------------------------------------------------------------

class HelpFormatter:
    """Formats usage and help the way CPython's default formatter does."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                columns = int(_os.environ['COLUMNS'])
            except (KeyError, ValueError):
                columns = 80
            width = columns - 2
        self._prog = prog
        self._width = width
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))

    def _fill_text(self, text, width, indent):
        return '\n'.join(_fill(text, width, indent))

    def _split_lines(self, text, width):
        return _fill(text, width) or ['']

    def _get_help_string(self, action):
        return action.help

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get_metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % get_metavar(1)
        if nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == 'A...':
            return '%s ...' % get_metavar(1)
        if nargs == SUPPRESS:
            return ''
        formats = ['%s'] * nargs
        return ' '.join(formats) % get_metavar(nargs)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = action.dest
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = action.dest.upper()
        args_string = self._format_args(action, default)
        return ', '.join('%s %s' % (o, args_string) for o in action.option_strings)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def format_usage_parts(self, actions, groups):
        """The usage text after 'usage: ' (wrapped like CPython's when too long)."""
        prog = self._prog
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        opt_parts = self._usage_parts(optionals, groups)
        pos_parts = self._usage_parts(positionals, groups)
        usage = ' '.join([s for s in [prog] + opt_parts + pos_parts if s])
        prefix = 'usage: '
        text_width = self._width
        if len(prefix) + len(usage) <= text_width:
            return usage

        def get_lines(parts, indent, prefix=None):
            lines = []
            line = []
            indent_length = len(indent)
            if prefix is not None:
                line_len = len(prefix) - 1
            else:
                line_len = indent_length - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = indent_length - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            parts = opt_parts + pos_parts
            lines = get_lines(parts, indent)
            if len(lines) > 1:
                lines = []
                lines.extend(get_lines(opt_parts, indent))
                lines.extend(get_lines(pos_parts, indent))
            lines = [prog] + lines
        return '\n'.join(lines)

    def _usage_parts(self, actions, groups):
        group_of = {}
        for group in groups:
            for action in group._group_actions:
                group_of[id(action)] = group
        parts = []
        done_groups = []
        for action in actions:
            if action.help is SUPPRESS:
                continue
            group = group_of.get(id(action))
            part = self._usage_part(action)
            if group is not None and len(group._group_actions) > 1:
                if group in done_groups:
                    continue
                done_groups.append(group)
                members = [self._usage_part(a, bare=True) for a in group._group_actions
                           if a.help is not SUPPRESS]
                joined = ' | '.join(members)
                parts.append('(%s)' % joined if group.required else '[%s]' % joined)
                continue
            parts.append(part)
        return parts

    def _usage_part(self, action, bare=False):
        if not action.option_strings:
            default = action.dest
            part = self._format_args(action, default)
            if bare and part[0] == '[' and part[-1] == ']':
                part = part[1:-1]
            return part
        option_string = action.option_strings[0]
        if action.nargs == 0:
            part = option_string
        else:
            part = '%s %s' % (option_string, self._format_args(action, action.dest.upper()))
        if not action.required and not bare:
            part = '[%s]' % part
        return part

    def format_action(self, action, max_length, indent=2):
        """The help lines of one action, its invocation padded to the help column."""
        help_position = min(max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        lines = []
        if not action.help:
            lines.append('%*s%s' % (indent, '', header))
        elif len(header) <= action_width:
            first = '%*s%-*s  ' % (indent, '', action_width, header)
            help_lines = self._split_lines(self._expand_help(action), help_width)
            lines.append(first + help_lines[0])
            lines.extend(' ' * help_position + line for line in help_lines[1:])
        else:
            lines.append('%*s%s' % (indent, '', header))
            help_lines = self._split_lines(self._expand_help(action), help_width)
            lines.extend(' ' * help_position + line for line in help_lines)
        if isinstance(action, _SubParsersAction):
            for sub in action._get_subactions():
                lines.extend(self.format_action(sub, max_length, indent + 2))
        return lines


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Also keeps help strings as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to each help string."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += ' (default: %(default)s)'
        return help


# -- groups and parser -------------------------------------------------------------

class _ActionsContainer:
    def _container_init(self, prefix_chars, argument_default, conflict_handler):
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        action_class = _ACTIONS.get(action_name, action_name)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        type_func = kwargs.get('type')
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        action = action_class(**kwargs)
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _register_action(self, action):
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                raise ArgumentError(action, 'conflicting option string: %s' % option_string)
        self._actions.append(action)
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        return action

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character '
                                 '%r' % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            dest_option_string = long_option_strings[0] if long_option_strings \
                else option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % option_string)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        self.title = title
        self.description = description
        self._container = container
        self._group_actions = []

    def __getattr__(self, name):
        # Shares the parser's tables (as CPython's groups do).
        if name in ('prefix_chars', 'argument_default', '_defaults', '_actions',
                    '_option_string_actions', '_has_negative_number_optionals',
                    '_mutually_exclusive_groups', '_action_groups'):
            return getattr(self._container, name)
        raise AttributeError(name)

    def _register_action(self, action):
        return self._container._register_action(action)

    def _add_action(self, action):
        self._container._register_action(action)
        self._group_actions.append(action)
        return action


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action


class ArgumentParser(_ActionsContainer):
    """A command-line parser: `add_argument(...)`, then `parse_args()`."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=(), formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        self._container_init(prefix_chars, argument_default, conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else 'coropy'
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if isinstance(action, _HelpAction):
                    continue
                self._add_action(action)
            self._defaults.update(parent._defaults)

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_subparsers(self, title=None, description=None, prog=None, dest=SUPPRESS,
                       required=False, help=None, metavar=None, parser_class=None):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        if title or description:
            self._subparsers = self.add_argument_group(title or 'subcommands', description)
        else:
            self._subparsers = self._positionals
        if prog is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            formatter._prog = self.prog
            prog = formatter.format_usage_parts(positionals, [])
        action = _SubParsersAction([], prog, parser_class or type(self), dest=dest,
                                   required=required, help=help, metavar=metavar)
        self._subparsers._add_action(action)
        return action

    # -- parsing ------------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        try:
            namespace, args = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _looks_negative(self, s):
        try:
            float(s)
            return s.startswith('-')
        except ValueError:
            return False

    def _is_option(self, arg):
        if not arg or arg[0] not in self.prefix_chars or arg == '-':
            return False
        if arg in self._option_string_actions:
            return True
        if self._looks_negative(arg) and not self._has_negative_options():
            return False
        if ' ' in arg:
            return False
        return True

    def _has_negative_options(self):
        return any(self._looks_negative(o) for o in self._option_string_actions)

    def _match_option(self, arg):
        """(action, option string, explicit value) for an option argument."""
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if '=' in arg:
            option_string, explicit = arg.split('=', 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit
        chars = self.prefix_chars
        if arg[1:2] in chars:
            if self.allow_abbrev:
                option_prefix, _, explicit = arg.partition('=')
                explicit = explicit if '=' in arg else None
                matches = [o for o in self._option_string_actions
                           if o.startswith(option_prefix) and o[1:2] in chars]
                if len(matches) > 1:
                    options = ', '.join(matches)
                    self.error('ambiguous option: %s could match %s' % (option_prefix, options))
                if len(matches) == 1:
                    return self._option_string_actions[matches[0]], matches[0], explicit
        else:
            short = arg[:2]
            if short in self._option_string_actions:
                return self._option_string_actions[short], short, arg[2:]
        return None, arg, None

    def _parse_known_args(self, arg_strings, namespace):
        seen_actions = []
        seen_non_default_actions = []
        extras = []
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            for i, action in enumerate(group._group_actions):
                others = group._group_actions[:i] + group._group_actions[i + 1:]
                conflicts.setdefault(id(action), []).extend(others)

        # Classify the strings as CPython does: 'O' an option, 'A' an argument, '-'
        # the first '--' (everything after it is an argument).
        option_tuples = {}
        pattern = []
        i = 0
        while i < len(arg_strings):
            arg = arg_strings[i]
            if arg == '--':
                pattern.append('-')
                pattern.extend('A' * (len(arg_strings) - i - 1))
                break
            if self._is_option(arg):
                option_tuples[i] = self._match_option(arg)
                pattern.append('O')
            else:
                pattern.append('A')
            i += 1

        def take_action(action, values, option_string=None):
            seen_actions.append(action)
            argument_values = self._get_values(action, values)
            if argument_values is not action.default:
                seen_non_default_actions.append(action)
                for other in conflicts.get(id(action), []):
                    if other in seen_non_default_actions:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _get_action_name(other))
            if argument_values is not SUPPRESS:
                action(self, namespace, argument_values, option_string)

        def consume_optional(start_index):
            action, option_string, explicit = option_tuples[start_index]
            while True:
                if action is None:
                    extras.append(arg_strings[start_index])
                    return start_index + 1
                if explicit is not None:
                    if action.nargs == 0 and option_string[1:2] not in self.prefix_chars \
                            and explicit != '':
                        # Combined short flags: -vx
                        take_action(action, [], option_string)
                        option_string = self.prefix_chars[0] + explicit[0]
                        rest = explicit[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit = rest
                            continue
                        raise ArgumentError(action, 'ignored explicit argument %r'
                                            % (option_string[1:] + (rest or '')))
                    if self._arg_count_ok(action, 1):
                        take_action(action, [explicit], option_string)
                        return start_index + 1
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                following = 0
                k = start_index + 1
                while k < len(pattern) and pattern[k] == 'A':
                    following += 1
                    k += 1
                count = self._optional_count(action, following)
                stop = start_index + 1 + count
                take_action(action, arg_strings[start_index + 1:stop], option_string)
                return stop

        positionals = [a for a in self._actions if not a.option_strings]

        def consume_positionals(start_index):
            counts = self._match_positionals(positionals, pattern[start_index:])
            for action, count in zip(positionals, counts):
                args = arg_strings[start_index:start_index + count]
                start_index += count
                take_action(action, args)
            del positionals[:len(counts)]
            return start_index

        option_indices = sorted(option_tuples)
        start_index = 0
        max_option_index = option_indices[-1] if option_indices else -1
        while start_index <= max_option_index:
            next_option_index = min(k for k in option_indices if k >= start_index)
            if start_index != next_option_index:
                end = consume_positionals(start_index)
                if end > start_index:
                    start_index = end
                    continue
                start_index = end
            if start_index not in option_tuples:
                extras.extend(arg_strings[start_index:next_option_index])
                start_index = next_option_index
            start_index = consume_optional(start_index)
        stop_index = consume_positionals(start_index)
        extras.extend(arg_strings[stop_index:])

        required = [a for a in self._actions if a.required and a not in seen_actions]
        if required:
            names = [_get_action_name(a) for a in required]
            self.error('the following arguments are required: %s' % ', '.join(names))
        for action in self._actions:
            if action not in seen_actions and isinstance(action.default, str) and \
                    hasattr(namespace, action.dest) and \
                    action.default is getattr(namespace, action.dest):
                setattr(namespace, action.dest, self._get_value(action, action.default))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default_actions
                                          for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _arg_count_ok(self, action, count):
        nargs = action.nargs
        if nargs is None:
            return count == 1
        if nargs == OPTIONAL:
            return count <= 1
        if nargs in (ZERO_OR_MORE, REMAINDER):
            return True
        if nargs in (ONE_OR_MORE, 'A...'):
            return count >= 1
        return count == nargs

    def _optional_count(self, action, following):
        """How many of the `following` arguments an option takes (or its error)."""
        nargs = action.nargs
        if nargs is None:
            if following < 1:
                raise ArgumentError(action, 'expected one argument')
            return 1
        if nargs == OPTIONAL:
            return min(following, 1)
        if nargs in (ZERO_OR_MORE, REMAINDER):
            return following
        if nargs in (ONE_OR_MORE, 'A...'):
            if following < 1:
                raise ArgumentError(action, 'expected at least one argument')
            return following
        if following < nargs:
            raise ArgumentError(action, 'expected %s argument%s'
                                % (nargs, '' if nargs == 1 else 's'))
        return nargs

    def _match_positionals(self, actions, pattern):
        """CPython's _match_arguments_partial: the argument counts of the longest
        prefix of `actions` that the arguments before the next option satisfy, each
        action as greedy as the ones after it allow. A sub-command takes everything
        after it, options included."""
        run = 0
        while run < len(pattern) and pattern[run] != 'O':
            run += 1
        for n in range(len(actions), 0, -1):
            prefix = actions[:n]
            mins = [self._positional_min(a) for a in prefix]
            takes_all = prefix[-1].nargs in ('A...', REMAINDER)
            available = pattern[:run].count('A')
            if takes_all:
                available = len(pattern) - pattern.count('-')
            if sum(mins) > available:
                continue
            counts = []
            left = available
            for k, action in enumerate(prefix):
                rest_min = sum(mins[k + 1:])
                maximum = self._positional_max(action, available)
                take = max(mins[k], min(maximum, left - rest_min))
                counts.append(take)
                left -= take
            # Counts of arguments to counts of strings: a '--' goes with the action
            # it borders (its `-*`), and _get_values drops it.
            limit = len(pattern) if takes_all else run
            pos = 0
            strings = []
            for take in counts:
                start = pos
                while pos < limit and (take or pattern[pos] == '-'):
                    if pattern[pos] != '-':
                        take -= 1
                    pos += 1
                strings.append(pos - start)
            return strings
        return []

    def _positional_min(self, action):
        nargs = action.nargs
        if nargs in (OPTIONAL, ZERO_OR_MORE, REMAINDER):
            return 0
        if nargs in (None, ONE_OR_MORE, 'A...'):
            return 1
        return nargs

    def _positional_max(self, action, everything):
        nargs = action.nargs
        if nargs in (None, OPTIONAL):
            return 1
        if nargs in (ZERO_OR_MORE, ONE_OR_MORE, REMAINDER, 'A...'):
            return everything
        return nargs

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in ('A...', REMAINDER) and '--' in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove('--')
        if nargs == 'A...':
            self._check_value(action, arg_strings[0])
            return arg_strings
        if nargs == REMAINDER:
            return arg_strings
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else []
            self._check_value_list(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        values = [self._get_value(action, v) for v in arg_strings]
        for v in values:
            self._check_value(action, v)
        return values

    def _check_value_list(self, action, value):
        if isinstance(value, list):
            for v in value:
                self._check_value(action, v)

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(type_func, '__name__', repr(type_func))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, choices))

    # -- help and errors ----------------------------------------------------------

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        if self.usage is not None:
            return 'usage: %s\n' % (self.usage % {'prog': self.prog})
        return 'usage: %s\n' % formatter.format_usage_parts(self._actions,
                                                           self._mutually_exclusive_groups)

    def format_help(self):
        formatter = self._get_formatter()
        out = [self.format_usage()]
        width = formatter._width
        if self.description:
            out.append('\n' + formatter._fill_text(self.description, width, '') + '\n')
        visible = [a for a in self._actions if a.help is not SUPPRESS]
        lengths = [len(formatter._format_action_invocation(a)) + 2 for a in visible]
        for a in visible:
            if isinstance(a, _SubParsersAction):
                lengths.extend(len(formatter._format_action_invocation(s)) + 4
                               for s in a._get_subactions())
        max_length = max(lengths) if lengths else 0
        for group in self._action_groups:
            actions = [a for a in group._group_actions if a.help is not SUPPRESS]
            if not actions and not group.description:
                continue
            section = ['\n%s:' % group.title if group.title else '']
            if group.description:
                section.append(formatter._fill_text(group.description, width, '  '))
                if actions:
                    section.append('')
            for action in actions:
                section.extend(formatter.format_action(action, max_length))
            out.append('\n'.join(section) + '\n')
        if self.epilog:
            out.append('\n' + formatter._fill_text(self.epilog, width, '') + '\n')
        return ''.join(out)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            if file is None or file is _sys.stdout:
                print(message, end='')
            else:
                print(message, end='', file=_sys.stderr)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
