"""The stages import no view (DESIGN.md, README's Development): a module of the engine or of
``check``/``series`` never imports ``render`` or ``cli`` when it runs, so what several of them
share (how a formula is named, what kind a change is) sits beside them, not in a view; and
``model/__init__.py`` imports no stage. Read from the source, imports inside functions included;
imports only a type checker follows (under ``if TYPE_CHECKING:``) are no arrow at run time."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "readoutdiff"
VIEWS = ("readoutdiff.render", "readoutdiff.cli")
TOP_VIEWS = ("__init__", "__main__", "api")
"""Modules directly in the package that may hand on the views (the package's face)."""


def _run_time_imports(path: Path) -> list[str]:
    """The ``readoutdiff`` modules the module at ``path`` imports when it runs."""
    tree = ast.parse(path.read_text("utf-8"))
    typed_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }
    package = ["readoutdiff", *path.parent.relative_to(PACKAGE).parts]
    found = []
    for node in ast.walk(tree):
        if id(node) in typed_only:
            continue
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            found.append(".".join([*base, *([node.module] if node.module else [])]))
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
    return sorted({name for name in found if name.startswith("readoutdiff")})


def _stage_modules() -> list[Path]:
    """Every module outside ``render/`` and ``cli/``, but the package's face."""
    return [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).parts[0] not in ("render", "cli")
        and not (path.parent == PACKAGE and path.stem in TOP_VIEWS)
    ]


def test_no_stage_imports_a_view() -> None:
    modules = _stage_modules()
    assert len(modules) >= 150  # the whole engine read, formulas/ and check/ among it
    back = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules
        for name in _run_time_imports(path)
        if name.startswith(VIEWS)
    ]
    assert back == []


STAGES = (
    "ingest", "languages", "align", "inline", "formulas", "compare", "series",
    "check", "render", "cli",
)  # fmt: skip
"""The pipeline's stages (DESIGN.md), as modules or sub-packages of ``readoutdiff``."""


def test_the_model_imports_no_stage() -> None:
    imported = _run_time_imports(PACKAGE / "model/__init__.py")
    assert imported  # it does import its helpers (record, joining)
    assert [name for name in imported if name.split(".")[1] in STAGES] == []
