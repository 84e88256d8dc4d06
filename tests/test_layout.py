"""The package's folders stand in one order (README, Development: the tree from the bottom up):
a folder or top module imports only those before it in :data:`ORDER`, but for the data model,
which imports its two helpers and nothing of a stage. Read from the source, imports inside
functions and under ``TYPE_CHECKING`` included; a module may import its own folder."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "readoutdiff"
ORDER = (
    "errors", "lazy", "cache_dir", "model", "records", "text", "languages", "ingest", "align",
    "inline", "formulas", "compare", "series", "check", "render", "cli", "api", "__init__",
    "__main__",
)  # fmt: skip
"""The top modules and folders, each importing only those before it."""
MODEL_HELPERS = {"readoutdiff.records.record", "readoutdiff.text.joining"}
"""What ``model.py`` imports from after it: how its records are made, how a side is joined."""


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
            if theirs == mine or (mine == "model" and name in MODEL_HELPERS):
                continue
            if theirs not in ORDER or ORDER.index(theirs) > ORDER.index(mine):
                upward.append(f"{'/'.join(parts)} imports {name}")
    assert upward == []
