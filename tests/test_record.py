"""Every ``@record`` class behaves as ``@dataclass(frozen=True, slots=True, kw_only=True)`` would
(and every ``@record_positional`` one as ``@dataclass(frozen=True, slots=True)``).

Each record class of the package gets a twin made by the real decorator from the same fields;
the real objects of a comparison of the samples (model and HTML view), rebuilt as twins, must
print, compare, hash, refuse assignment, pickle, copy and ``replace`` alike.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib
import inspect
import pickle
import pkgutil
from pathlib import Path
from typing import Any

import pytest

import readoutdiff
from readoutdiff import compare, load
from readoutdiff.records.record import record, record_positional
from readoutdiff.render.html_view import build_report

ROOT = Path(__file__).resolve().parent.parent
PAIR = [ROOT / "samples" / name for name in ("2021-06-28-xi-putin.txt", "2021-12-15-xi-putin.txt")]


def _records() -> list[type]:
    """Every class of the package made by @record (and not left to the real decorator)."""
    found = {}
    for info in pkgutil.walk_packages(readoutdiff.__path__, prefix="readoutdiff."):
        if info.name.endswith("__main__") or ".meaning" in info.name:
            continue
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value) and _is_record(value):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


def _is_record(cls: type) -> bool:
    return getattr(cls.__eq__, "__code__", None) is _sample_eq_code()


@record
class _Sample:
    """A record of this test."""

    a: int


def _sample_eq_code() -> Any:
    return _Sample.__eq__.__code__  # type: ignore[attr-defined]


RECORDS = _records()


def _twin(cls: type) -> type:
    """The class the real decorator makes from ``cls``'s fields (and its other attributes)."""
    namespace: dict[str, Any] = {
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,
        "__annotations__": dict(cls.__annotations__),
    }
    for name, value in vars(cls).items():
        if isinstance(value, property):
            namespace[name] = value
    for field in dataclasses.fields(cls):
        namespace[field.name] = dataclasses.field(
            default=field.default, init=field.init, repr=field.repr, hash=field.hash,
            compare=field.compare,
        )  # fmt: skip
    made = type(cls.__name__, (), namespace)
    kw_only = all(field.kw_only for field in dataclasses.fields(cls))  # record or record_positional
    return dataclasses.dataclass(frozen=True, slots=True, kw_only=kw_only)(made)


def test_the_package_has_many_records() -> None:
    names = {cls.__name__ for cls in RECORDS}
    assert {"Span", "Sentence", "Readout", "Alignment", "Options", "Comparison", "Row"} <= names
    assert len(RECORDS) >= 30


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: f"{cls.__module__}.{cls.__qualname__}")
def test_a_record_class_is_its_twins_equal(cls: type) -> None:
    twin = _twin(cls)
    assert inspect.signature(cls) == inspect.signature(twin)
    assert cls.__init__.__annotations__ == twin.__init__.__annotations__  # type: ignore[misc]
    keys = (
        "name",
        "type",
        "default",
        "default_factory",
        "init",
        "repr",
        "hash",
        "compare",
        "kw_only",
    )
    assert [[getattr(f, k) for k in keys] for f in dataclasses.fields(cls)] == [
        [getattr(f, k) for k in keys] for f in dataclasses.fields(twin)
    ]
    assert repr(cls.__dataclass_params__) == repr(twin.__dataclass_params__)  # type: ignore[attr-defined]
    assert cls.__match_args__ == twin.__match_args__  # type: ignore[attr-defined]
    assert cls.__slots__ == twin.__slots__  # type: ignore[attr-defined]
    assert not hasattr(cls, "__dict__") or "__weakref__" not in vars(cls)


def _instances(value: Any, seen: dict[int, Any]) -> None:
    """Collect every record instance reachable from ``value`` (tuples, lists, dicts, fields)."""
    if id(value) in seen:
        return
    if type(value) in RECORDS:
        seen[id(value)] = value
        for field in dataclasses.fields(value):
            _instances(getattr(value, field.name), seen)
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            _instances(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            _instances(item, seen)


def _as_twin(value: Any, twins: dict[type, type]) -> Any:
    """``value`` rebuilt with each record instance (deeply) made of its twin class."""
    if type(value) in twins:
        given = {f.name: _as_twin(getattr(value, f.name), twins) for f in dataclasses.fields(value)}
        return twins[type(value)](**given)
    if isinstance(value, tuple):
        return tuple(_as_twin(item, twins) for item in value)
    if isinstance(value, list):
        return [_as_twin(item, twins) for item in value]
    return value


def test_real_objects_behave_as_their_twins() -> None:
    comparison = compare(load(str(PAIR[0])), load(str(PAIR[1])))
    seen: dict[int, Any] = {}
    _instances(comparison, seen)
    _instances(build_report(comparison), seen)
    objects = list(seen.values())
    assert len({type(item) for item in objects}) >= 12
    twins = {cls: _twin(cls) for cls in {type(item) for item in objects}}
    made = [_as_twin(item, twins) for item in objects]
    for item, twin in zip(objects, made, strict=True):
        assert repr(item) == repr(twin)
        assert hash(item) == hash(twin)
        assert item == copy.copy(item) == pickle.loads(pickle.dumps(item))
        assert dataclasses.replace(item) == item and dataclasses.astuple(
            item
        ) == dataclasses.astuple(twin)
        first = dataclasses.fields(item)[0].name
        with pytest.raises(
            dataclasses.FrozenInstanceError, match=f"cannot assign to field '{first}'"
        ):
            setattr(item, first, None)
        with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot delete field '{first}'"):
            delattr(item, first)
        assert (item == 0) is (twin == 0) is False
    by_type: dict[type, list[int]] = {}
    for index, item in enumerate(objects):
        by_type.setdefault(type(item), []).append(index)
    for indexes in by_type.values():  # equality among instances of one class, both ways
        pairs = [(i, j) for i in indexes[:25] for j in indexes[:25]]
        assert [objects[i] == objects[j] for i, j in pairs] == [
            made[i] == made[j] for i, j in pairs
        ]


def test_what_a_record_cannot_be_gets_the_real_decorator() -> None:
    @record
    class WithFactory:
        """A field made by a factory."""

        items: tuple[int, ...] = dataclasses.field(default_factory=tuple)

    @record
    class Undocumented:
        a: int

    assert not _is_record(WithFactory)
    assert WithFactory() == WithFactory(items=())
    assert _is_record(Undocumented)  # with the real decorator's docstring, its own __init__'s
    assert Undocumented.__doc__ == "Undocumented(*, a: 'int')"
    assert Undocumented(a=1) == Undocumented(a=1)
    assert repr(Undocumented(a=1)).endswith(".Undocumented(a=1)")


def test_the_parameters_and_pickling_are_the_full_decorators() -> None:
    """Records are made without :mod:`dataclasses`; what it reads of them when asked (the
    parameters, made then) and their pickling pair are the full call's, for the three kinds."""
    from readoutdiff.align.groups import Pair
    from readoutdiff.records.record import record_by_identity

    @record_by_identity
    class Box:
        """Compared by identity."""

        size: int
        label: str = "x"

    for kind, kw_only, eq in ((record, True, True), (record_positional, False, True)):

        @kind
        class Two:
            """Two fields."""

            a: int
            b: str = "x"

        full: Any = dataclasses.dataclass(frozen=True, slots=True, kw_only=kw_only, eq=eq)(
            type("Two", (), {"__annotations__": {"a": "int", "b": "str"}, "b": "x"})
        )
        assert repr(Two.__dataclass_params__) == repr(full.__dataclass_params__)  # type: ignore[attr-defined]
        assert Two(a=1).__getstate__() == full(a=1).__getstate__() == [1, "x"]  # type: ignore[attr-defined]
        copied = Two(a=1)
        copied.__setstate__([2, "y"])  # type: ignore[attr-defined]
        assert copied == Two(a=2, b="y")
    twin: Any = dataclasses.dataclass(frozen=True, slots=True, kw_only=True, eq=False)(
        type("Box", (), {"__annotations__": {"size": "int", "label": "str"}, "label": "x"})
    )
    assert repr(Box.__dataclass_params__) == repr(twin.__dataclass_params__)  # type: ignore[attr-defined]
    box = Box(size=1)
    assert box != Box(size=1) and box == box and hash(box) == object.__hash__(box)
    assert "__eq__" not in vars(Box) and "__hash__" not in vars(Box)
    assert repr(box).endswith(".<locals>." + repr(twin(size=1)))
    assert pickle.loads(pickle.dumps(Pair(a=(1,), b=(2,), score=0.5))).score == 0.5
    assert Box.__slots__ == twin.__slots__ and dataclasses.replace(box, size=2).size == 2  # type: ignore[attr-defined]
    assert inspect.signature(Box) == inspect.signature(twin)


def test_an_undocumented_record_has_the_real_decorators_docstring() -> None:
    @record_positional
    class Undocumented:
        a: int
        b: str = "x"

    twin = _twin(Undocumented)
    twin_doc = dataclasses.dataclass(frozen=True, slots=True)(
        type("Undocumented", (), {"__annotations__": {"a": "int", "b": "str"}, "b": "x"})
    ).__doc__
    assert _is_record(Undocumented)
    assert Undocumented.__doc__ == twin_doc == "Undocumented(a: 'int', b: 'str' = 'x')"
    assert inspect.signature(Undocumented) == inspect.signature(twin)


def test_a_wrong_call_fails_as_the_twins_does() -> None:
    """The ``__init__`` made from shared code (its parameters renamed) refuses a call with the
    real decorator's words: a missing, an unknown, a positional argument."""
    from readoutdiff.model import Sentence, Span

    calls: list[tuple[type, tuple[Any, ...], dict[str, Any]]] = [
        (Span, (), {"start": 1, "end": 2}),
        (Span, (), {"start": 1, "end": 2, "line": 3, "column": 4}),
        (Span, (1, 2, 3), {}),
        (Sentence, (), {"index": 0, "text": "We met.", "folded": "we met."}),
    ]
    for cls, given, named in calls:
        with pytest.raises(TypeError) as ours:
            cls(*given, **named)
        with pytest.raises(TypeError) as theirs:
            _twin(cls)(*given, **named)
        assert str(ours.value).split("__init__()")[-1] == str(theirs.value).split("__init__()")[-1]
    span = Span(start=1, end=2, line=3)
    assert (span.start, span.end, span.line) == (1, 2, 3)
    assert Span.__init__.__code__.co_varnames == ("self", "start", "end", "line")


def test_the_written_inits_are_the_compiled_ones() -> None:
    """Each ``__init__`` code :func:`_template` reads from :mod:`readoutdiff.records.inits`
    (keyword-only, or made positional) is the code compiled from its source in the process:
    the same instructions, names, free variables and parameters; only where it was written
    (file, lines, columns) differs."""
    from readoutdiff.records import inits
    from readoutdiff.records.record import _template, compiled

    assert sorted(inits.MADE) == list(range(WRITTEN_MOST + 1))
    for count in inits.MADE:
        for kw_only in (True, False):
            ours, theirs = _template(count, kw_only), compiled(count, kw_only)
            for name in (
                "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
                "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
                "co_flags", "co_stacksize", "co_name", "co_exceptiontable",
            ):  # fmt: skip
                assert getattr(ours, name) == getattr(theirs, name), (count, kw_only, name)
    assert _template(WRITTEN_MOST + 1, True).co_kwonlyargcount == WRITTEN_MOST + 1  # compiled


INITS = ROOT / "src" / "readoutdiff" / "records" / "inits.py"
WRITTEN_MOST = 16
"""Most fields of a record whose ``__init__`` code :mod:`readoutdiff.records.inits` holds."""


def written() -> str:
    """The text of :mod:`readoutdiff.records.inits` before ``ruff format``."""
    head = INITS.read_text("utf-8").split("\n\n\n")[0]  # its docstring and imports
    functions = []
    for count in range(WRITTEN_MOST + 1):
        fields = ", ".join(f"field_{k}" for k in range(count))
        body = "\n".join(f"        _set_{k}(self, field_{k})" for k in range(count))
        functions.append(
            f"def _kw_{count}({', '.join(f'_set_{k}' for k in range(count))}):\n"
            f"    def __init__(self{', *, ' if count else ''}{fields}):\n"
            f"{body or '        pass'}\n\n    return __init__\n"
        )
    table = ", ".join(f"{count}: _kw_{count}" for count in range(WRITTEN_MOST + 1))
    return (
        head + "\n\n\n" + "\n\n".join(functions)
        + "\n\nMADE: dict[int, Callable[..., Any]] = {" + table + "}\n"
        + '"""Each function by its number of fields."""\n'
    )  # fmt: skip


if __name__ == "__main__":  # write src/readoutdiff/records/inits.py anew, then ruff format it
    INITS.write_text(written(), "utf-8")


def test_the_records_replace_is_dataclasses_replace() -> None:
    """``records.replacing.replace`` (which imports no ``dataclasses``) copies every record of a
    real comparison as ``dataclasses.replace`` does, with and without changes, refuses an unknown
    field alike, and hands any other kind of class to ``dataclasses.replace`` itself."""
    from readoutdiff.records.replacing import replace

    comparison = compare(load(str(PAIR[0])), load(str(PAIR[1])))
    seen: dict[int, Any] = {}
    _instances(comparison, seen)
    for item in seen.values():
        first = dataclasses.fields(item)[0].name
        for changes in ({}, {first: None}):
            ours, theirs = replace(item, **changes), dataclasses.replace(item, **changes)
            assert type(ours) is type(theirs) and repr(ours) == repr(theirs)
        with pytest.raises(TypeError, match="unexpected keyword argument 'not_a_field'"):
            replace(item, not_a_field=1)

    @dataclasses.dataclass
    class Odd:
        x: int
        y: int = dataclasses.field(init=False, default=0)

    assert replace(Odd(x=1), x=2) == Odd(x=2)
    with pytest.raises(ValueError, match="init=False"):
        replace(Odd(x=1), y=3)
    with pytest.raises(TypeError, match="dataclass instance"):
        replace(object())
