"""Public names of a package that import their module on first use.

A package that must import fast (``readoutdiff`` for ``--version``, ``readoutdiff.render``
for the one format a run writes) lists where each public name lives and lets this module
answer attribute lookups: nothing loads until a name is asked for, then it stays bound.
"""

from __future__ import annotations

from importlib import import_module

TYPE_CHECKING = False  # not typing's: ``import readoutdiff`` (so --version) loads neither it nor re
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any


def exports(
    package: str, homes: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Return a module ``__getattr__`` and ``__dir__`` that load each name from its home.

    >>> namespace: dict[str, Any] = {}
    >>> get, listing = exports("demo", {"dedent": "textwrap"}, namespace)
    >>> get("dedent")("  x")
    'x'
    >>> "dedent" in namespace, listing()
    (True, ['dedent'])
    """

    def get(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(home), name)
        namespace[name] = value
        return value

    def listing() -> list[str]:
        return sorted({*namespace, *homes})

    return get, listing
