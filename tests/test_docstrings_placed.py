"""Each docstring of a name stands right under the name it tells (rev4).

A module-level name is told by the string under it (as Sphinx and the editors read it). A
name put between another and its string left two strings in a row: the first told the new
name, the second (the old name's) told nothing, and the old name none: ``cli/flags.FLAGS``
under ``FLAGS_BY_NAME`` (u49), ``told._MODIFIER`` under ``_IN_NAMES`` (acc56),
``usage._EXTRA`` under ``_ONE_READOUT``. Read from the source of every module.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "readoutdiff"


def _string(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _strings_in_a_row(source: str) -> list[int]:
    """The lines of each string statement that follows another in a module or a class body."""
    tree = ast.parse(source)
    bodies = [tree.body] + [node.body for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    return [
        later.lineno
        for body in bodies
        for first, later in zip(body, body[1:], strict=False)
        if _string(first) and _string(later)
    ]


def test_no_docstring_is_left_under_another() -> None:
    found = {
        path.relative_to(PACKAGE).as_posix(): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := _strings_in_a_row(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_a_name_put_between_another_and_its_docstring_is_found() -> None:
    moved = 'A = 1\nB = 2\n"""Tells B."""\n"""Tells A."""\n'
    assert _strings_in_a_row(moved) == [4]
    assert _strings_in_a_row('A = 1\n"""Tells A."""\nB = 2\n"""Tells B."""\n') == []
