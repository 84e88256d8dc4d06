"""Every module's doctests run: the examples in docstrings are real output (STYLE.md habit 11)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import readoutdiff

MODULES = sorted(
    info.name for info in pkgutil.walk_packages(readoutdiff.__path__, prefix="readoutdiff.")
    if not info.name.endswith("__main__")
)  # fmt: skip


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_the_examples_are_many() -> None:
    # Counted, not run again: test_doctests runs each of them.
    finder = doctest.DocTestFinder()
    examples = sum(
        len(test.examples)
        for name in MODULES
        for test in finder.find(importlib.import_module(name))
    )
    assert len(MODULES) >= 40 and examples >= 100
