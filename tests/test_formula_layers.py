"""The formula stage's sub-packages are layers (README, Development): a module imports its own
sub-package and those listed before it, never one after it nor the package's ``__init__``, so
no two sub-packages import each other. Read from the source, imports inside functions included."""

from __future__ import annotations

import ast
from pathlib import Path

FORMULAS = Path(__file__).resolve().parent.parent / "src" / "readoutdiff" / "formulas"
LAYERS = (
    "words", "matching", "lexicon", "mining", "succession", "entries", "linking", "unpaired", "keys",
)  # fmt: skip
"""The sub-packages in import order."""
TOP = ("origins", "tracking")
"""The modules directly in ``formulas/``, besides ``__init__.py``: they may import any layer."""


def _imported(path: Path) -> list[str]:
    """The names under ``readoutdiff.formulas.`` that the module at ``path`` imports."""
    package = ["readoutdiff", *path.parent.relative_to(FORMULAS.parent).parts]
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found += [module, *(f"{module}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
    return sorted({name for name in found if name.startswith("readoutdiff.formulas.")})


def test_every_module_of_the_stage_stands_in_a_layer_or_at_the_top() -> None:
    folders = sorted(p.name for p in FORMULAS.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert folders == sorted(LAYERS)
    assert sorted(p.stem for p in FORMULAS.glob("*.py")) == sorted(("__init__", *TOP))
    assert all((FORMULAS / layer / "__init__.py").is_file() for layer in LAYERS)


def test_no_module_of_a_layer_imports_a_later_layer() -> None:
    upward = []
    for rank, layer in enumerate(LAYERS):
        for path in sorted((FORMULAS / layer).glob("*.py")):
            for name in _imported(path):
                part = name.split(".")[2]
                if part not in LAYERS or LAYERS.index(part) > rank:
                    upward.append(f"{layer}/{path.name} imports {name}")
    assert upward == []


def test_the_top_modules_import_the_layers_only_by_their_modules() -> None:
    loose = [
        f"{module}.py imports {name}"
        for module in TOP
        for name in _imported(FORMULAS / f"{module}.py")
        if name.split(".")[2] not in (*LAYERS, *TOP)
    ]
    assert loose == []
