"""``@record``: the class ``@dataclass(frozen=True, slots=True, kw_only=True)`` makes, made cheaper.

Python 3.11's dataclasses write six methods of every class as source (``__init__``,
``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``) and compile each in
an ``exec`` of its own: about 4 M instructions a class. A seed-pair run defines 47 of them, a
sixth of its start-up. :func:`record` lets the real decorator do the bookkeeping (fields,
slots, ``__match_args__``; ``dataclasses.fields``, ``replace`` and ``asdict`` work as before),
writes only ``__init__`` (from code compiled once per number of fields, its parameters renamed:
a generic one would be slower, and instances are made by the thousand; it sets each slot
through its setter, :func:`setters`, the one way
round the dataclass machinery that :mod:`readoutdiff.model.makers` uses too), and gives the other
five as functions that read the field names (``operator.attrgetter``: the same tuples the
generated ones compare and hash). The class carries the real decorator's
``__dataclass_params__`` (frozen, eq ...), taken from a model class made once. tests/test_record.py holds every record to a twin made by the real
decorator: signature, fields, repr, equality, hash, frozenness, pickling, ``replace``.

A class with no docstring gets the real decorator's (its name and ``__init__``'s signature). A
class that needs more than that (a ``default_factory``, ``__post_init__``, a method of its own
among those six) gets the real decorator.

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

import dataclasses
import inspect
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


_WRITTEN = ("init", "repr", "eq")
"""What the real decorator writes code for that a model never uses (parameters set after)."""


def _model(kw_only: bool) -> type:
    """A class as ``@dataclass(frozen=True, slots=True, kw_only=kw_only)`` makes it, for its
    parameters (``__dataclass_params__``) and the pickling of a frozen slot class.

    The decorator with ``init``, ``repr`` and ``eq`` on writes and compiles six methods (six
    ``exec``, ~0.3 ms of every run's start-up for the two models); made with them off it writes
    two (frozenness), and its parameters object then says on for the three, as the full call
    would (tests/test_record.py holds every record's to its twin's). Where that object has not
    those attributes to set (another Python), the model is the full decorator's.
    """

    def blank() -> type:
        class Model:
            """What the real decorator gives every record."""

        return Model

    lean: type = dataclasses.dataclass(
        init=False, repr=False, eq=False, frozen=True, slots=True, kw_only=kw_only
    )(blank())
    params = lean.__dataclass_params__  # type: ignore[attr-defined]
    try:
        for name in _WRITTEN:
            getattr(params, name)
            setattr(params, name, True)
    except (AttributeError, TypeError):
        full: type = dataclasses.dataclass(frozen=True, slots=True, kw_only=kw_only)(blank())
        return full
    return lean


_Model = _model(kw_only=True)
_PARAMS: dict[bool, Any] = {
    True: _Model.__dataclass_params__,  # type: ignore[attr-defined]
    False: _model(kw_only=False).__dataclass_params__,  # type: ignore[attr-defined]
}
_STATE = {
    name: vars(_Model)[name] for name in ("__getstate__", "__setstate__") if name in vars(_Model)
}


@dataclass_transform(frozen_default=True, kw_only_default=True)
def record(cls: type[_T]) -> type[_T]:
    """Return ``cls`` as ``@dataclass(frozen=True, slots=True, kw_only=True)`` would."""
    return _made(cls, kw_only=True)


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
    return _made(cls, kw_only=False)


def _made(cls: type[_T], *, kw_only: bool) -> type[_T]:
    own = vars(cls)
    given = [value for value in own.values() if isinstance(value, dataclasses.Field)]
    factory = any(field.default_factory is not dataclasses.MISSING for field in given)
    odd = not kw_only and _default_then_required(own)  # the real decorator says what is wrong
    if odd or factory or "__post_init__" in own or _OWN & own.keys():
        return dataclasses.dataclass(frozen=True, slots=True, kw_only=kw_only)(cls)
    documented = bool(own.get("__doc__"))
    if not documented:  # written below: the real decorator's first pass would write a wrong one
        cls.__doc__ = cls.__name__
    made = dataclasses.dataclass(init=False, repr=False, eq=False, slots=True, kw_only=kw_only)(cls)
    fields = dataclasses.fields(made)  # type: ignore[arg-type]
    names = {field.name for field in fields}
    compared = _key([field.name for field in fields if field.compare])
    hashed = _key([f.name for f in fields if f.hash or (f.hash is None and f.compare)])
    shown = [field.name for field in fields if field.repr]

    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(hashed(self))

    @recursive_repr()
    def __repr__(self: Any) -> str:
        parts = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{self.__class__.__qualname__}({parts})"

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self: Any, name: str) -> None:
        if name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        object.__delattr__(self, name)

    methods = [_init(made, fields, kw_only), __repr__, __eq__, __hash__, __setattr__, __delattr__]
    for method in methods:
        method.__qualname__ = f"{made.__qualname__}.{method.__name__}"
        setattr(made, method.__name__, method)
    for name, value in _STATE.items():
        setattr(made, name, value)
    made.__dataclass_params__ = _PARAMS[kw_only]  # type: ignore[attr-defined]
    if not documented:  # the real decorator's text: the name and the signature of __init__
        made.__doc__ = made.__name__ + _signature(made)
    return made


def _signature(cls: type) -> str:
    """``__init__``'s signature as the real decorator writes it into an undocumented class's
    ``__doc__`` (its first pass, ``init=False``, wrote one of the wrong ``__init__``)."""
    try:
        return str(inspect.signature(cls)).replace(" -> None", "")
    except (TypeError, ValueError):
        return ""


def _key(names: list[str]) -> Any:
    """A function returning the tuple of an instance's values of ``names`` (as dataclasses')."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda instance: (one(instance),)
    return lambda instance: ()


def _default_then_required(own: Any) -> bool:
    """A field with a default before one without (the class's own fields, in order)."""
    defaults = [
        name in own
        and not (
            isinstance(own[name], dataclasses.Field) and own[name].default is dataclasses.MISSING
        )
        for name in own.get("__annotations__", {})
    ]
    return any(defaults[i] and not defaults[i + 1] for i in range(len(defaults) - 1))


def _init(cls: type, fields: tuple[dataclasses.Field[Any], ...], kw_only: bool) -> Any:
    """``__init__`` as dataclasses write it for a frozen class (fields keyword-only or not),
    each field set through its slot's setter (:func:`setters`, as :mod:`readoutdiff.model.makers`
    sets them) rather than ``object.__setattr__`` looked up by name: a quarter cheaper.

    Its code is :func:`_template`'s for as many fields, with the fields' names for parameters:
    compiling a source of its own for every class cost ~0.6 M instructions each, over 20 M of
    a command's start-up. The defaults are the function's own (``__kwdefaults__``, or
    ``__defaults__`` of the last parameters), as ``inspect.signature`` reads them."""
    names = tuple(f.name for f in fields)
    code = _template(len(fields), kw_only).replace(co_varnames=("self", *names))
    to_set = {f"_set_{number}": setter for number, setter in enumerate(setters(cls, names))}
    module = sys.modules.get(cls.__module__)
    init = FunctionType(
        code,
        vars(module) if module is not None else {},
        "__init__",
        None,
        tuple(CellType(to_set[name]) for name in code.co_freevars),
    )
    defaults = {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}
    if kw_only:
        init.__kwdefaults__ = defaults or None
    elif defaults:  # the real decorator refuses a default before a field without one
        init.__defaults__ = tuple(defaults.values())
    init.__annotations__ = {**{f.name: f.type for f in fields}, "return": None}
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
