"""``@record``: the class ``@dataclass(frozen=True, slots=True, kw_only=True)`` makes, made
without :mod:`dataclasses`.

Python 3.11's dataclasses write six methods of every class as source and compile each in an
``exec`` of its own (about 4 M instructions a class), and importing the module pulls in
``inspect`` and ``ast`` (~40 M instructions of a run's start-up, sp46/sp47). :func:`record`
does the decorator's work itself: it reads the class's own annotated fields and defaults,
makes the slotted class (``__slots__``, ``__match_args__``), writes ``__init__`` (from code
compiled once per number of fields, its parameters renamed: a generic one would be slower, and
instances are made by the thousand; it sets each slot through its setter, :func:`setters`, the
one way round the frozen ``__setattr__`` that :mod:`readoutdiff.model.makers` uses too), and
gives the other five methods and the pickling pair as functions that read the field names
(``operator.attrgetter``: the same tuples the generated ones compare and hash).

What :mod:`dataclasses` itself reads, ``__dataclass_fields__`` and ``__dataclass_params__``, is
made the first time it is asked for (a descriptor that imports :mod:`dataclasses` then), so
``dataclasses.fields``, ``replace``, ``asdict`` and ``is_dataclass`` work as before for a user
who imports it. tests/test_record.py holds every record to a twin made by the real decorator:
signature, fields, parameters, repr, equality, hash, frozenness, pickling, ``replace``.

A class with no docstring gets the real decorator's (its name and ``__init__``'s signature). A
class that needs more than that (a ``dataclasses.field``, ``__post_init__``, a ``ClassVar``, a
base with fields, a method of its own among those six) gets the real decorator.

>>> @record
... class Point:
...     '''A point.'''
...     x: int
...     y: int = 0
>>> Point(x=1), Point(x=1) == Point(x=1, y=0), hash(Point(x=1)) == hash((1, 0))
(Point(x=1, y=0), True, True)
>>> Point(x=1).x = 2
Traceback (most recent call last):
...
dataclasses.FrozenInstanceError: cannot assign to field 'x'
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from operator import attrgetter
from reprlib import recursive_repr
from types import CellType, CodeType, FunctionType
from typing import Any, TypeVar, dataclass_transform

from readoutdiff.records.inits import MADE

_T = TypeVar("_T")
_OWN = frozenset({"__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"})
_SPECIAL = ("ClassVar", "InitVar", "KW_ONLY")
"""Annotations the real decorator reads as no plain field (it decides those classes)."""
_NO_DEFAULT: Any = object()


class Spec:
    """What :func:`record` read of a class: its fields in order, their annotations and
    defaults, and the decorator's parameters it stands for."""

    __slots__ = ("names", "types", "defaults", "kw_only", "eq")

    def __init__(
        self,
        names: tuple[str, ...],
        types: dict[str, Any],
        defaults: dict[str, Any],
        kw_only: bool,
        eq: bool,
    ) -> None:
        self.names, self.types, self.defaults = names, types, defaults
        self.kw_only, self.eq = kw_only, eq


SPECS: dict[type, Spec] = {}
"""Every class :func:`record` made, with what it read (``records.replacing`` reads the names)."""


@dataclass_transform(frozen_default=True, kw_only_default=True)
def record(cls: type[_T]) -> type[_T]:
    """Return ``cls`` as ``@dataclass(frozen=True, slots=True, kw_only=True)`` would."""
    return _made(cls, kw_only=True, eq=True)


@dataclass_transform(frozen_default=True)
def record_positional(cls: type[_T]) -> type[_T]:
    """Return ``cls`` as ``@dataclass(frozen=True, slots=True)`` would (fields by position too).

    >>> @record_positional
    ... class Pair:
    ...     "Two numbers."
    ...     a: int
    ...     b: int = 2
    >>> Pair(1), Pair(1) == Pair(a=1, b=2), Pair.__match_args__
    (Pair(a=1, b=2), True, ('a', 'b'))
    """
    return _made(cls, kw_only=False, eq=True)


@dataclass_transform(frozen_default=True, kw_only_default=True, eq_default=False)
def record_by_identity(cls: type[_T]) -> type[_T]:
    """Return ``cls`` as ``@dataclass(frozen=True, slots=True, kw_only=True, eq=False)`` would:
    compared and hashed as any object, by identity.

    >>> @record_by_identity
    ... class Box:
    ...     "A box."
    ...     size: int
    >>> Box(size=1), Box(size=1) == Box(size=1)
    (Box(size=1), False)
    """
    return _made(cls, kw_only=True, eq=False)


def _made(cls: type[_T], *, kw_only: bool, eq: bool) -> type[_T]:
    own = vars(cls)
    spec = _read(cls, kw_only, eq)
    if spec is None or "__post_init__" in own or _OWN & own.keys():
        import dataclasses

        return dataclasses.dataclass(frozen=True, slots=True, kw_only=kw_only, eq=eq)(cls)
    names = spec.names
    namespace = dict(own)
    for name in names:
        namespace.pop(name, None)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    namespace["__slots__"] = names
    if "__match_args__" not in own:
        namespace["__match_args__"] = () if kw_only else names
    namespace["__dataclass_fields__"] = _Lazy("__dataclass_fields__")
    namespace["__dataclass_params__"] = _Lazy("__dataclass_params__")
    if not own.get("__doc__"):  # the real decorator's text: the name and __init__'s signature
        namespace["__doc__"] = cls.__name__ + _signature(spec)
    field_names = set(names)
    qualname = cls.__qualname__

    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(compared(self))

    @recursive_repr()
    def __repr__(self: Any) -> str:
        parts = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({parts})"

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if name in field_names:
            from dataclasses import FrozenInstanceError

            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self: Any, name: str) -> None:
        if name in field_names:
            from dataclasses import FrozenInstanceError

            raise FrozenInstanceError(f"cannot delete field {name!r}")
        object.__delattr__(self, name)

    def __getstate__(self: Any) -> list[Any]:
        return [getattr(self, name) for name in names]

    def __setstate__(self: Any, state: list[Any]) -> None:
        for name, value in zip(names, state, strict=False):
            object.__setattr__(self, name, value)

    compared = _key(list(names))
    methods: list[Any] = [__repr__, __setattr__, __delattr__]
    if eq:
        methods += [__eq__, __hash__]
    methods += [__getstate__, __setstate__]
    # In the namespace the class is made of, not set on it after: each special method set on
    # a class updates its type slots again (only __init__, which needs the slots' setters, is).
    for method in methods:
        method.__qualname__ = f"{qualname}.{method.__name__}"
        namespace[method.__name__] = method
    meta: Any = type(cls)  # as the real decorator's slotted copy
    namespace["__qualname__"] = qualname  # read by type() (not kept in the namespace)
    made: Any = meta(cls.__name__, cls.__bases__, namespace)
    init = _init(made, spec)
    init.__qualname__ = f"{qualname}.__init__"
    made.__init__ = init
    vars(made)["__dataclass_fields__"].owner = made
    vars(made)["__dataclass_params__"].owner = made
    SPECS[made] = spec
    return made  # type: ignore[no-any-return]


def _read(cls: type, kw_only: bool, eq: bool) -> Spec | None:
    """The fields of ``cls`` as the real decorator would read them, or ``None`` where it must
    decide (a ``dataclasses.field``, a special annotation, a base with fields, an unhashable
    default, a default before a field without one where fields go by position)."""
    own = vars(cls)
    if any("__dataclass_fields__" in vars(base) for base in cls.__mro__[1:]):
        return None
    annotations: dict[str, Any] = dict(own.get("__annotations__", {}))
    dataclasses = sys.modules.get("dataclasses")  # no Field exists without it
    defaults: dict[str, Any] = {}
    for name, kind in annotations.items():
        if not isinstance(kind, str) or any(word in kind for word in _SPECIAL):
            return None
        if name in own:
            value = own[name]
            if dataclasses is not None and isinstance(value, dataclasses.Field):
                return None
            if value.__class__.__hash__ is None:  # the real decorator refuses it
                return None
            defaults[name] = value
        elif defaults and not kw_only:  # the real decorator says what is wrong
            return None
    return Spec(tuple(annotations), annotations, defaults, kw_only, eq)


class _Lazy:
    """``__dataclass_fields__`` or ``__dataclass_params__`` of a record, made (by the real
    decorator, on a plain class of the same fields) when first read, then set on the class."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.owner: type | None = None

    def __get__(self, instance: Any, owner: type) -> Any:
        made = self.owner if self.owner is not None else owner
        spec = SPECS[made]
        view = _view(made.__name__, made.__module__, spec)
        value = getattr(view, self.name)
        if self.name == "__dataclass_params__":
            value = _params(spec.kw_only, spec.eq)
        setattr(made, self.name, value)
        return value


def _view(name: str, module: str, spec: Spec) -> type:
    """A plain class of ``spec``'s fields made by the real decorator (its fields)."""
    import dataclasses

    namespace = {"__module__": module, "__annotations__": dict(spec.types), **spec.defaults}
    plain = type(name, (), {"__doc__": name, **namespace})
    made: type = dataclasses.dataclass(init=False, repr=False, eq=False, kw_only=spec.kw_only)(
        plain
    )
    return made


@cache
def _params(kw_only: bool, eq: bool) -> Any:
    """The real decorator's parameters object for a record (one for each kind, shared)."""
    import dataclasses

    model: Any = dataclasses.dataclass(frozen=True, slots=True, kw_only=kw_only, eq=eq)(
        type("Model", (), {"__doc__": "What the real decorator gives a record."})
    )
    return model.__dataclass_params__


def _signature(spec: Spec) -> str:
    """``__init__``'s signature as ``inspect.signature`` writes it, as the real decorator puts
    it into an undocumented class's ``__doc__`` (annotations are strings here: their repr)."""
    parts = []
    for name in spec.names:
        default = spec.defaults.get(name, _NO_DEFAULT)
        shown = f"{name}: {spec.types[name]!r}"
        parts.append(shown if default is _NO_DEFAULT else f"{shown} = {default!r}")
    if spec.kw_only and parts:
        parts.insert(0, "*")
    return f"({', '.join(parts)})"


def _key(names: list[str]) -> Any:
    """A function returning the tuple of an instance's values of ``names`` (as dataclasses')."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda instance: (one(instance),)
    return lambda instance: ()


def _init(cls: type, spec: Spec) -> Any:
    """``__init__`` as dataclasses write it for a frozen class (fields keyword-only or not),
    each field set through its slot's setter (:func:`setters`, as :mod:`readoutdiff.model.makers`
    sets them) rather than ``object.__setattr__`` looked up by name: a quarter cheaper.

    Its code is :func:`_template`'s for as many fields, with the fields' names for parameters:
    compiling a source of its own for every class cost ~0.6 M instructions each, over 20 M of
    a command's start-up. The defaults are the function's own (``__kwdefaults__``, or
    ``__defaults__`` of the last parameters), as ``inspect.signature`` reads them."""
    names, kw_only = spec.names, spec.kw_only
    code = _template(len(names), kw_only).replace(co_varnames=("self", *names))
    to_set = {f"_set_{number}": setter for number, setter in enumerate(setters(cls, names))}
    module = sys.modules.get(cls.__module__)
    init = FunctionType(
        code,
        vars(module) if module is not None else {},
        "__init__",
        None,
        tuple(CellType(to_set[name]) for name in code.co_freevars),
    )
    defaults = spec.defaults
    if kw_only:
        init.__kwdefaults__ = dict(defaults) or None
    elif defaults:  # the real decorator refuses a default before a field without one
        init.__defaults__ = tuple(defaults.values())
    init.__annotations__ = {**spec.types, "return": None}
    return init


@cache
def _template(count: int, kw_only: bool) -> CodeType:
    """The code of an ``__init__`` of ``count`` fields (keyword-only or not), each set by its
    setter (a free variable ``_set_<n>``); its parameters are renamed for each class. Up to 16
    fields, written out in :mod:`readoutdiff.records.inits` (read from its byte-code): the
    keyword-only code, whose instructions are those of the positional one too."""
    written = MADE.get(count)
    if written is None:
        return compiled(count, kw_only)
    made: CodeType = written(*range(count)).__code__
    return made if kw_only else made.replace(co_argcount=count + 1, co_kwonlyargcount=0)


def template_source(count: int, kw_only: bool) -> str:
    """The source of a function returning :func:`_template`'s ``__init__`` of ``count`` fields
    (its setters the function's parameters)."""
    parameters = ", ".join(f"field_{number}" for number in range(count))
    listed = f"{'*, ' * kw_only}{parameters}" if count else ""
    body = [f"  _set_{number}(self, field_{number})" for number in range(count)]
    return (
        f"def __create_fn__({', '.join(f'_set_{number}' for number in range(count))}):\n"
        f" def __init__(self{', ' if listed else ''}{listed}):\n"
        + ("\n".join(body) or "  pass")
        + "\n return __init__"
    )


def compiled(count: int, kw_only: bool) -> CodeType:
    """:func:`_template`'s code compiled from :func:`template_source` (~0.1 ms)."""
    namespace: dict[str, Any] = {}
    exec(template_source(count, kw_only), {}, namespace)
    made: CodeType = namespace["__create_fn__"](*range(count)).__code__
    return made


def setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of ``cls``'s fields ``names``, in that order: what its ``__init__``
    sets, without parsing keyword arguments (the makers of :mod:`readoutdiff.model.makers` and
    ``align.groups.new_pair`` call them directly)."""
    return tuple(vars(cls)[name].__set__ for name in names)
