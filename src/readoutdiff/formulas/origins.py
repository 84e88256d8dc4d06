"""Which steps of the formula stage made each entry :func:`~readoutdiff.formulas.tracking.track`
returns (:func:`origins`): read by the analysis of fates by rule (benchmarks/fates_by_origin.py,
fate_classes.py, score_formulas.py ``--verbose``/``--by-origin``), never by a comparison.
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from importlib import import_module
from types import FunctionType, ModuleType
from typing import Any

from readoutdiff.formulas import tracking
from readoutdiff.model import Formula


@contextmanager
def origins() -> Iterator[Callable[[Formula], str]]:
    """Within it, the steps that made each entry :func:`~readoutdiff.formulas.tracking.track`
    returns, then rewrote it (``by_sides.fate>one_wording>carried``), read by the function it
    yields: for the analysis of fates by rule (benchmarks/fates_by_origin.py, score_formulas.py
    ``--verbose``/``--json``).

    Each step :mod:`~readoutdiff.formulas.tracking` calls (a function of ``readoutdiff.formulas``,
    or one of a module it reads by name: ``lonely.link``, ``twins.link`` …) is called through a
    wrapper that names the entries it returns that none of its arguments held (by value): made or
    rewritten there. The names go to a side table by ``id`` (the entries themselves kept in a list
    of the same context, so no id is reused while it is open); a copy made by ``replace`` in a
    module of ``readoutdiff.formulas`` (imported by then) starts with the chain of what it copies.
    The rules inside a step that :data:`_INNER` lists are named apart
    (``by_sides.fate>in_clauses.grown``, not ``by_sides>in_clauses``; ``lonely.link.slots``,
    not ``lonely.link``). The model carries nothing, the pipeline's lines stay as they are, and
    a comparison outside this block pays nothing.

    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> a = from_text("We uphold true multilateralism. We oppose hegemonism and power politics.")
    >>> b = from_text("We uphold genuine multilateralism. Both back a multipolar world.")
    >>> with origins() as of:
    ...     told = compare(a, b).formulas
    ...     [of(f) for f in told]  # dropped, persisted, appeared; the one-sided with their verb
    ['by_sides.fate>by_sides.governed_by', 'by_sides.fate', 'by_sides.fate>by_sides.governed_by']
    >>> with origins() as of:
    ...     [of(f) for f in told]  # made outside: no steps
    ['', '', '']
    """
    import sys

    from readoutdiff.records.replacing import replace

    chains: dict[int, str] = {}
    kept: list[Formula] = []  # every entry with a chain, alive while the table is open
    names = vars(tracking)  # the pipeline's steps, read by name there
    saved = dict(names)
    elsewhere = _imported_where_used()  # a language's rules, across_languages: loaded now
    for name, loaded in list(sys.modules.items()):
        if name.startswith(_STEPS) and getattr(loaded, "replace", None) is replace:
            elsewhere[name] = (*elsewhere.get(name, ()), "replace")
    for module, rules in _INNER.items():  # a step's inner rules, named apart
        elsewhere[module] = (*elsewhere.get(module, ()), *rules)
    saved_elsewhere = {
        (m, n): _attribute(import_module(m), n) for m, ns in elsewhere.items() for n in ns
    }

    def traced(function: Callable[..., object], step: str) -> Callable[..., object]:
        def step_of(*args: object, **kwargs: object) -> object:
            out = function(*args, **kwargs)
            held = set(_formulas_in((*args, *kwargs.values())))
            for formula in _formulas_in((out,)):
                if formula not in held:
                    before = chains.get(id(formula))
                    if before is None:
                        kept.append(formula)
                    if not (before and before.rsplit(">", 1)[-1].startswith(f"{step}.")):
                        chains[id(formula)] = f"{before}>{step}" if before else step
                    held.add(formula)
            return out

        return step_of

    def copied(obj: object, /, **changes: object) -> object:
        new = replace(obj, **changes)
        if isinstance(obj, Formula) and (chain_ := chains.get(id(obj))):
            kept.append(new)  # type: ignore[arg-type]
            chains[id(new)] = chain_
        return new

    class Traced:
        """A module whose functions are read through ``traced`` (named ``module.function``)."""

        def __init__(self, module: ModuleType) -> None:
            self._module = module

        def __getattr__(self, name: str) -> object:
            value = getattr(self._module, name)
            if _is_step(value):
                return traced(value, f"{self._module.__name__.rsplit('.', 1)[-1]}.{name}")
            return value

    class Named:
        """A module whose functions are read through ``traced``, all named ``step``: the
        modules :func:`lonely.link` reads each of its rules off (``twins.link`` there is
        ``lonely.link.twins``, not the strong ``twins.link`` of ``tracking._linked``)."""

        def __init__(self, module: ModuleType, step: str) -> None:
            self._module, self._step = module, step

        def __getattr__(self, name: str) -> object:
            value = getattr(self._module, name)
            return traced(value, self._step) if _is_step(value) else value

    try:
        for key, value in saved.items():
            if isinstance(value, ModuleType) and value.__name__.startswith(_STEPS):
                names[key] = Traced(value)
            elif _is_step(value):
                names[key] = traced(value, value.__name__)
        for (module, name), function in saved_elsewhere.items():
            inner = _INNER.get(module, {}).get(name)
            if isinstance(function, ModuleType):  # a step's inner rules read off a module
                wrapped: object = Named(function, inner) if inner else Traced(function)
            else:
                wrapped = copied if function is replace else traced(function, inner or name)
            setattr(import_module(module), name, wrapped)
        yield lambda formula: chains.get(id(formula), "")
    finally:
        names.update(saved)
        for (module, name), function in saved_elsewhere.items():
            setattr(import_module(module), name, function)


_STEPS = "readoutdiff.formulas."
_INNER = {
    "readoutdiff.formulas.entries.entries": {  # by_sides: a fate, then rewritten by its sides
        "fate": "by_sides.fate",
        "qualified": "by_sides.qualified",
        "reheaded": "by_sides.reheaded",
        "governed_by": "by_sides.governed_by",
    },
    "readoutdiff.formulas.linking.lonely": {  # lonely.link: its rules, in their order
        "twins": "lonely.link.twins",
        "slots": "lonely.link.slots",
        "qualified_nouns": "lonely.link.qualified_nouns",
        "standing": "lonely.link.standing",
        "most_kept_entries": "lonely.link.most_kept",
        "linked": "lonely.link.replaced",  # an entry of two formulas alone in a replaced run
    },
    "readoutdiff.formulas.entries.lone_heads": {  # Russian points read by their opening verb
        "assessed": "lone_heads.assessed",  # the assessment of the relations, reworded
        "wished": "lone_heads.wished",  # a wish reworded, paired by whom it addresses
        "_one_sided": "lone_heads.lone",
    },
    "readoutdiff.formulas.entries.paired_points_ru": {  # the entry of two points paired
        "changed_at": "lone_heads.paired",  # two lone points of one head paired
    },
    "readoutdiff.formulas.entries.assessed_ru": {  # its entry is named as two points paired
        "changed_at": "lone_heads.paired",
    },
    "readoutdiff.formulas.entries.clauses": {
        "_changed": "in_clauses.changed",
        "_one_sided": "in_clauses.anniversary",
        "_grown": "in_clauses.grown",
    },
}
"""The rules inside a step, each named apart (``by_sides.fate>in_clauses.grown``): per module,
the function that makes a rule's entries (or the module a step reads its rule off, as
``lonely`` reads ``twins.link``) and the name it goes by. The step around them (``in_clauses``,
``by_sides``, ``lonely.link``) adds no name of its own to an entry one of its rules named."""


def _imported_where_used() -> dict[str, tuple[str, ...]]:
    """The steps :mod:`~readoutdiff.formulas.tracking` imports inside its functions, read from
    its source, by module: those of one language, imported by the first pair in it (an English
    run loads no Chinese rule, sp85), and :func:`across_languages`. Such an import reads the name
    off its module at each call, so a step is traced there; a module imported so
    (``genitive``) is set on its package."""
    found: dict[str, tuple[str, ...]] = {}
    for node in ast.walk(ast.parse(inspect.getsource(tracking))):
        if not isinstance(node, ast.FunctionDef):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith(_STEPS):
                module = inner.module or ""
                found[module] = (*found.get(module, ()), *(alias.name for alias in inner.names))
    for module, names in found.items():  # each loaded, as the pipeline's own are
        for name in names:
            _attribute(import_module(module), name)
    return {module: tuple(dict.fromkeys(names)) for module, names in found.items()}


def _attribute(module: ModuleType, name: str) -> Any:
    """``module.name`` (typed as ``getattr`` gives it), a sub-module imported first if it is one
    no one has imported yet."""
    if not hasattr(module, name):
        import_module(f"{module.__name__}.{name}")
    return getattr(module, name)


def _is_step(value: object) -> bool:
    """A function of a module of ``readoutdiff.formulas`` but :mod:`~readoutdiff.formulas.tracking`
    (its own are the pipeline)."""
    return (
        isinstance(value, FunctionType)
        and value.__module__.startswith(_STEPS)
        and value.__module__ != tracking.__name__
    )


def _formulas_in(values: Iterable[object], depth: int = 3) -> Iterator[Formula]:
    """The entries among ``values``: themselves, in lists or tuples, or as ``changed`` of a
    step's result, ``depth`` levels down."""
    for value in values:
        if isinstance(value, Formula):
            yield value
        elif depth and isinstance(value, list | tuple):
            yield from _formulas_in(value, depth - 1)
        elif depth and isinstance(changed := getattr(value, "changed", None), list | tuple):
            yield from _formulas_in(changed, depth - 1)
