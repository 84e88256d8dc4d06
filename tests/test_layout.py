"""The package's folders stand in one order (README, Development: the tree from the bottom up):
a folder or top module imports only those before it in :data:`ORDER`, with no exception, so no
arrow runs back up. The data model imports only leaves: :data:`MODEL_HELPERS`, which import
nothing of the package. Read from the source, imports inside functions and under
``TYPE_CHECKING`` included; a module may import its own folder."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "readoutdiff"
ORDER = (
    "errors", "lazy", "cache_dir", "records", "text", "model", "languages", "ingest", "align",
    "inline", "formulas", "compare", "history", "series", "check", "render", "cli", "api", "__init__",
    "__main__",
)  # fmt: skip
"""The top modules and folders, each importing only those before it."""
LEAVES = ("records", "text")
"""Folders below the data model: they import nothing of the package but their own folder."""
MODEL_HELPERS = {"readoutdiff.records.record", "readoutdiff.text.joining"}
"""All the data model (``model/__init__.py``) imports: how its records are made, how a side is
joined; both leaves."""


def _part(name: str) -> str:
    """The top module or folder a module name ``readoutdiff.x.y`` lies in."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "readoutdiff":  # its modules; a name of the face is no import
                found |= {f"readoutdiff.{a.name}" for a in node.names if a.name in ORDER}
            elif node.module.startswith("readoutdiff."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("readoutdiff.")}
    return found


def test_every_top_module_and_folder_has_its_place() -> None:
    here = {p.stem for p in PACKAGE.glob("*.py")} | {
        p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()
    }
    assert here == set(ORDER)


def test_each_imports_only_those_before_it() -> None:
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        mine = parts[0]
        for name in sorted(_imports(path)):
            theirs = _part(name)
            if theirs == mine:
                continue
            if theirs not in ORDER or ORDER.index(theirs) > ORDER.index(mine):
                upward.append(f"{'/'.join(parts)} imports {name}")
    assert upward == []


def test_the_model_imports_only_leaves_that_never_import_it() -> None:
    """The data model itself imports only its helpers, each of which imports nothing of the
    package but modules of its own folder that import nothing of it (``records.inits``, the
    written-out code of a record's ``__init__``); the model's other modules (makers, places,
    spacing) may import it, not it them."""
    assert _imports(PACKAGE / "model" / "__init__.py") == MODEL_HELPERS
    for name in MODEL_HELPERS:
        for own in _imports(PACKAGE.parent / (name.replace(".", "/") + ".py")):
            assert own.rsplit(".", 1)[0] == name.rsplit(".", 1)[0], (name, own)
            assert _imports(PACKAGE.parent / (own.replace(".", "/") + ".py")) == set(), own


def test_the_folders_below_the_model_import_only_themselves() -> None:
    outward = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for folder in LEAVES
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        for name in sorted(_imports(path))
        if _part(name) != folder
    ]
    assert outward == []


def test_every_source_path_the_code_names_is_there() -> None:
    """A cache key reads the source files that make what it holds (``"model/__init__.py"``); a
    path a move left behind would make the key ``None`` and turn that cache off without a word."""
    named = {
        (path.relative_to(PACKAGE), node.value)
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.fullmatch(r"[\w/]+\.py", node.value)
    }
    assert len(named) >= 10
    assert [f"{path} names {name}" for path, name in named if not (PACKAGE / name).is_file()] == []
