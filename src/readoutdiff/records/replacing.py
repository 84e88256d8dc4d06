"""``replace``: :func:`dataclasses.replace` for the package's records, without importing
:mod:`dataclasses` (which pulls in ``inspect`` and ``ast``: ~40 M instructions of a run's
start-up, sp46/sp47).

A record's fields are the entries of its ``__dataclass_fields__`` that are plain fields set by
``__init__`` (every record :func:`readoutdiff.records.record.record` makes has only those). For
such a class the copy is the class called with the object's values of those fields, the changes
over them: what :func:`dataclasses.replace` does. A class with any other kind of field (a
``ClassVar``, an ``InitVar``, a field outside ``__init__``), or an object that is no dataclass
instance, is handed to :func:`dataclasses.replace` itself (its checks and its errors).

>>> from readoutdiff.records.record import record
>>> @record
... class Point:
...     '''A point.'''
...     x: int
...     y: int = 0
>>> replace(Point(x=1), y=2)
Point(x=1, y=2)
"""

from __future__ import annotations

from typing import Any, TypeVar

from readoutdiff.records.record import SPECS

_T = TypeVar("_T")

_NAMES: dict[type, tuple[str, ...] | None] = {}
"""Each class's fields set by ``__init__``, or ``None`` where :mod:`dataclasses` decides."""


def replace(obj: _T, /, **changes: Any) -> _T:
    """A copy of the record ``obj`` with ``changes``, as ``dataclasses.replace(obj, **changes)``."""
    cls = obj.__class__
    try:
        names = _NAMES[cls]
    except KeyError:
        names = _NAMES[cls] = _plain_fields(cls)
    if names is None:
        import dataclasses

        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    for name in names:
        if name not in changes:
            changes[name] = getattr(obj, name)
    return cls(**changes)


def _plain_fields(cls: type) -> tuple[str, ...] | None:
    """The names of ``cls``'s fields, all plain and set by ``__init__``; else ``None``."""
    spec = SPECS.get(cls)
    if spec is not None:  # a record: its fields read without dataclasses
        return spec.names
    fields = vars(cls).get("__dataclass_fields__")
    if fields is None:
        fields = getattr(cls, "__dataclass_fields__", None)
    if not isinstance(fields, dict):
        return None
    names = []
    for name, field in fields.items():
        kind = getattr(getattr(field, "_field_type", None), "name", None)
        if kind != "_FIELD" or getattr(field, "init", False) is not True:
            return None
        names.append(name)
    return tuple(names)
