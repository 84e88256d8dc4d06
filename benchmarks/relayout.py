"""Move readoutdiff's loose modules into the folders DESIGN.md names, and rewrite every mention.

relayout: leave this file (its tables name the old places on purpose)

The twenty-fourth session put the helpers that sat at the package top into the subsystem that
owns them (README, Development): text helpers into ``text/``, the segmenter and the folding into
``languages/``, the record makers into ``records/``, the key changes and the naming of formulas
into ``formulas/keys/``. The twenty-fifth session (lay2) made the data model a package,
``model.py`` -> ``model/__init__.py`` (its imports unchanged), and moved into it what reads or
builds its records and knows no stage (the makers, the places of a span, the spacing of diff
runs), so that ``records/`` and ``text/``, which the model imports, import nothing of it. This
script does the moves and can do them again: on a tree where a branch still imports the old
places it moves what is left to move (``git mv``) and rewrites

- imports in Python files: ``from readoutdiff.fold import x``, ``import readoutdiff.fold as f``,
  ``from readoutdiff import align, joining`` (split by the new home of each name, the other
  names kept), ``from readoutdiff.render import key_overlaps``, relative imports (``from . import
  fold``, ``from ..render.key_record import quote``; made absolute where they change), and names
  that left a module (``from readoutdiff.render.labels import shorten``);
- dotted names anywhere in text: docstrings, strings (``"readoutdiff.segment"``, a ``mock``
  target, a ``module:function`` mark), escaped in a regular expression (``readoutdiff\\.wide``);
- paths: ``src/readoutdiff/places.py`` and, in backquotes or quotes, a package path
  (```render/key_changes.py```, ```wide.py```, ```model.py``` -> ```model/__init__.py```).

It never rewrites a file that says ``relayout: leave this file`` (this one, its test) nor the dated
log ``benchmarks/README.md``, whose old sessions name the places of their day. Running it twice
changes nothing the second time: no new name starts with an old one. Run it from the checkout::

    python benchmarks/relayout.py            # move, rewrite, sort the touched imports (ruff)
    python benchmarks/relayout.py --check    # say what it would change; exit 1 if anything
    python benchmarks/relayout.py --no-move  # rewrite only (the files were moved already)
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

PACKAGE = "readoutdiff"

MODULES = {
    # text helpers every stage shares, knowing no stage
    "readoutdiff.wide": "readoutdiff.text.wide",
    "readoutdiff.caseless": "readoutdiff.text.caseless",
    "readoutdiff.joining": "readoutdiff.text.joining",
    "readoutdiff.shared_runs": "readoutdiff.text.shared_runs",
    # what differs by language: folding, sentences, the words of a sentence
    "readoutdiff.fold": "readoutdiff.languages.folding",  # languages.fold is the function
    "readoutdiff.segment": "readoutdiff.languages.segment",
    "readoutdiff.wordshape": "readoutdiff.languages.wordshape",
    # how the data model's records are made
    "readoutdiff.record": "readoutdiff.records.record",
    # what reads or builds the data model's records and knows no stage (session 25, lay2): in
    # the model's own package, so that records/ and text/ import nothing of the model
    "readoutdiff.makers": "readoutdiff.model.makers",
    "readoutdiff.records.makers": "readoutdiff.model.makers",
    "readoutdiff.places": "readoutdiff.model.places",
    "readoutdiff.text.places": "readoutdiff.model.places",
    "readoutdiff.render.spacing": "readoutdiff.model.spacing",
    "readoutdiff.text.spacing": "readoutdiff.model.spacing",
    # formulas named to a reader, and the key changes ranked
    "readoutdiff.naming": "readoutdiff.formulas.keys.naming",
    "readoutdiff.change_names": "readoutdiff.formulas.keys.change_names",
    "readoutdiff.key_words": "readoutdiff.formulas.keys.key_words",
    "readoutdiff.render.key_changes": "readoutdiff.formulas.keys.key_changes",
    "readoutdiff.render.key_minor": "readoutdiff.formulas.keys.key_minor",
    "readoutdiff.render.key_overlaps": "readoutdiff.formulas.keys.key_overlaps",
    "readoutdiff.render.key_passages": "readoutdiff.formulas.keys.key_passages",
    "readoutdiff.render.key_record": "readoutdiff.formulas.keys.key_record",
    # readout files found on disk; the command line's regex cache
    "readoutdiff.readout_paths": "readoutdiff.ingest.readout_paths",
    "readoutdiff.regex_cache": "readoutdiff.cli.regex_cache",
}
"""Old module -> new module. No new name starts with an old one, so a second run finds nothing."""

BECAME_PACKAGES = ("readoutdiff.model",)
"""Modules that became a package of the same name (``model.py`` -> ``model/__init__.py``): its
imports stay as they were; paths to its file are rewritten, and it moves before the modules that
move into it."""

NAMES = {
    ("readoutdiff.render.labels", "shorten"): "readoutdiff.text.shorten",
}
"""A name that left its module (moved by hand, with its helpers) -> its new module."""

PACKAGES = {
    "readoutdiff.text": (
        '"""Text helpers every stage shares and that know no stage: text folded as a caseless regex\n'
        "compares it, sentences joined as every view shows them, runs two word sequences share,\n"
        "text shortened at a word, and the check that lets text without wide characters skip the\n"
        'costly patterns. Leaves: they import nothing outside text/ (the data model imports them)."""\n'
    ),
    "readoutdiff.records": (
        '"""How the data model\'s frozen records are made: ``@record``, the class a frozen, slotted,\n'
        "keyword-only dataclass makes, made cheaper. A leaf: it imports nothing of the package (the\n"
        'data model imports it; the makers that skip ``__init__`` are the model\'s own)."""\n'
    ),
    "readoutdiff.formulas.keys": (
        '"""Formulas told to a reader: a formula named by its words, what kind a change is, how two\n'
        "wordings differ word by word, and the key changes of a comparison ranked, each with both\n"
        'wordings quoted and its places. Every view and ``check`` read them; they import no view."""\n'
    ),
}
"""Packages the moves make, with the docstring of the ``__init__.py`` each gets when it lacks one."""

SUFFIXES = {".py", ".pyi", ".md", ".rst", ".txt", ".toml", ".cfg", ".ini", ".yml", ".yaml"}
SKIP_DIRS = {".git", ".venv", "venv", "__pycache__", "build", "dist", "node_modules", "actual"}
SKIP_FILES = {"benchmarks/README.md"}
"""A dated log: its sessions name the places of their day."""
LEAVE = "relayout: leave this file"


def module_path(name: str) -> str:
    """``readoutdiff.text.wide`` -> ``src/readoutdiff/text/wide.py``."""
    return "src/" + name.replace(".", "/") + ".py"


def _dotted(name: str, escaped: bool = False) -> str:
    dot = r"\\\." if escaped else r"\."
    return dot.join(re.escape(part) for part in name.split("."))


def _text_rules() -> list[tuple[str, re.Pattern[str], str]]:
    """Dotted names, escaped dotted names and paths, the longest old name first; each with a
    literal it needs, so that a text without it is not searched (a regex that looks behind at
    every place of 1,400 files is slow)."""
    rules = []
    for (old, name), new in NAMES.items():
        for sep in (".", ":"):
            found = re.compile(rf"(?<![\w.]){_dotted(old)}{re.escape(sep)}{name}(?!\w)")
            rules.append((f"{old}{sep}{name}", found, f"{new}{sep}{name}"))
    for old, new in sorted(MODULES.items(), key=lambda item: -len(item[0])):
        rules.append((old, re.compile(rf"(?<![\w.]){_dotted(old)}(?!\w)"), new))
        escaped = old.replace(".", "\\.")
        found = re.compile(rf"(?<![\w.]){_dotted(old, True)}(?!\w)")
        rules.append((escaped, found, new.replace(".", "\\.")))
        old_rel, new_rel = (n.split(".", 1)[1].replace(".", "/") + ".py" for n in (old, new))
        found = re.compile(rf"(?<![\w.-]){PACKAGE}/{re.escape(old_rel)}")
        rules.append((f"{PACKAGE}/{old_rel}", found, f"{PACKAGE}/{new_rel}"))
        # a path inside the package, in backquotes or quotes: `render/key_changes.py`, `wide.py`
        found = re.compile(rf"(?<=[`'\"]){re.escape(old_rel)}(?=[`'\"])")
        rules.append((old_rel, found, new_rel))
    for name in BECAME_PACKAGES:
        old_rel = name.split(".", 1)[1].replace(".", "/") + ".py"
        new_rel = old_rel.removesuffix(".py") + "/__init__.py"
        found = re.compile(rf"(?<![\w.-]){PACKAGE}/{re.escape(old_rel)}")
        rules.append((f"{PACKAGE}/{old_rel}", found, f"{PACKAGE}/{new_rel}"))
        found = re.compile(rf"(?<=[`'\"]){re.escape(old_rel)}(?=[`'\"])")
        rules.append((old_rel, found, new_rel))
    return rules


TEXT_RULES = _text_rules()


_IMPORT_LINE = re.compile(
    rf"^([ \t]*)from ({PACKAGE}(?:\.\w+)*) import (\w+(?: as \w+)?(?:, \w+(?: as \w+)?)*)[ \t]*$",
    re.M,
)
"""One ``from … import a, b`` on a line of its own, as code inside a string or a Markdown block has it."""


def _import_line(found: re.Match[str]) -> str:
    indent, module, names = found.groups()
    groups: dict[str, list[str]] = {}
    for written in names.split(", "):
        name, _, bound = written.partition(" as ")
        where, new_name = _home(module, name) or (module, name)
        bound = bound or (name if new_name != name else "")
        groups.setdefault(where, []).append(f"{new_name} as {bound}" if bound else new_name)
    return "\n".join(f"{indent}from {where} import {', '.join(n)}" for where, n in groups.items())


def rewrite_text(text: str) -> str:
    """Every dotted name and path of a moved module or name, in any text; and the imports of one
    line in code that only a text holds (a snippet in a string, a Markdown example)."""
    if "readoutdiff" not in text and ".py" not in text:
        return text  # a readout, a hand list: nothing to look for
    if "import" in text:
        text = _IMPORT_LINE.sub(_import_line, text)
    for literal, pattern, new in TEXT_RULES:
        if literal in text:
            text = pattern.sub(new, text)
    return text


def _package_of(path: Path, root: Path) -> list[str] | None:
    """The package a Python file under ``src/`` is in, for its relative imports."""
    try:
        parts = path.relative_to(root / "src").parts
    except ValueError:
        return None
    return list(parts[:-1])


def _resolved(node: ast.ImportFrom, package: list[str] | None) -> str | None:
    if not node.level:
        return node.module
    if package is None or node.level > len(package):
        return None
    base = package[: len(package) - node.level + 1]
    return ".".join([*base, *([node.module] if node.module else [])])


def _home(module: str, name: str) -> tuple[str, str] | None:
    """Where ``from module import name`` must import from now, and the name there."""
    if f"{module}.{name}" in MODULES:
        parent, _, leaf = MODULES[f"{module}.{name}"].rpartition(".")
        return parent, leaf
    if (module, name) in NAMES:
        return NAMES[(module, name)], name
    if module in MODULES:
        return MODULES[module], name
    return None


def _statement(module: str, names: list[str], indent: str) -> str:
    line = f"from {module} import {', '.join(names)}"
    if len(indent) + len(line) <= 100:
        return line
    inner = "".join(f"{indent}    {name},\n" for name in names)
    return f"from {module} import (\n{inner}{indent})"


def _import_from(
    node: ast.ImportFrom, package: list[str] | None, indent: str, absolute: bool = False
) -> str | None:
    """The statements that replace one ``from … import …``, or None when it stays.

    ``absolute``: the file is about to move, so a relative import is made absolute even when
    what it names stays where it is."""
    module = _resolved(node, package)
    if module is None or not module.startswith(PACKAGE):
        return None
    changed = absolute and node.level > 0
    written = module if changed else "." * node.level + (node.module or "")
    groups: dict[str, list[str]] = {}
    for alias in node.names:
        home = _home(module, alias.name)
        where, name = home if home else (written, alias.name)
        changed = changed or home is not None
        bound = alias.asname or (alias.name if name != alias.name else None)
        groups.setdefault(where, []).append(f"{name} as {bound}" if bound else name)
    if not changed:
        return None
    return f"\n{indent}".join(_statement(where, names, indent) for where, names in groups.items())


def _chars(line: str, byte_offset: int | None) -> int:
    """The characters of ``line`` before ``ast``'s offset, which counts UTF-8 bytes."""
    return len(line.encode()[: byte_offset or 0].decode(errors="ignore"))


def rewrite_python(text: str, package: list[str] | None, absolute: bool = False) -> str:
    """The imports of a moved module or name rewritten, then every dotted name and path."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return rewrite_text(
            text
        )  # a file that does not parse (a conflict left in it) gets text rules
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    edits = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.end_lineno is None:
            continue
        first = lines[node.lineno - 1]
        indent = first[: len(first) - len(first.lstrip())]
        if first[: node.col_offset].strip():
            indent = None  # after a ';' or a colon on one line: keep one line
        new = _import_from(node, package, indent if indent is not None else "", absolute)
        if new is None:
            continue
        if indent is None:
            new = new.replace("\n", "; ")
        start = starts[node.lineno - 1] + _chars(first, node.col_offset)
        end = starts[node.end_lineno - 1] + _chars(lines[node.end_lineno - 1], node.end_col_offset)
        edits.append((start, end, new))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return rewrite_text(text)


def files(root: Path) -> Iterator[Path]:
    """The text files of the checkout that may name a module."""
    for folder, folders, names in os.walk(root):
        folders[:] = sorted(
            f for f in folders if f not in SKIP_DIRS and not f.endswith(".egg-info")
        )
        for name in sorted(names):
            path = Path(folder, name)
            if path.suffix in SUFFIXES and path.relative_to(root).as_posix() not in SKIP_FILES:
                yield path


def rewrite(path: Path, root: Path, moving_from: list[str] | None = None) -> str | None:
    """The new text of ``path``, or None when it stays as it is."""
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        return None
    if LEAVE in text:
        return None
    if path.suffix in (".py", ".pyi"):
        package = moving_from if moving_from is not None else _package_of(path, root)
        new = rewrite_python(text, package, absolute=moving_from is not None)
    else:
        new = rewrite_text(text)
    return None if new == text else new


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True)


def move(root: Path, check: bool, moved: list[Path]) -> list[str]:
    """``git mv`` every module still at its old place (added to ``moved``), the modules that
    became packages first; make the new packages' ``__init__.py``."""
    said = []
    moves = [(name, module_path(name), module_path(name)[:-3] + "/__init__.py", name)
             for name in BECAME_PACKAGES]  # fmt: skip
    moves += [(old, module_path(old), module_path(new), new) for old, new in MODULES.items()]
    for old, old_file, new_file, new in moves:
        old_path, new_path = root / old_file, root / new_file
        if not old_path.exists():
            continue
        if new_path.exists():
            said.append(f"both {old_file} and {new_file} exist: merge them by hand")
            continue
        said.append(f"move {old_file} -> {new_file}")
        if check:
            continue
        # its relative imports are read from where it stood, before it moves
        text = rewrite(old_path, root, moving_from=old.split(".")[:-1])
        if text is not None:
            old_path.write_text(text, "utf-8")
        for package in PACKAGES:
            init = root / module_path(package).replace(".py", "/__init__.py")
            if new.startswith(package + ".") and not init.exists():
                init.parent.mkdir(parents=True, exist_ok=True)
                init.write_text(PACKAGES[package], "utf-8")
                _git(root, "add", str(init.relative_to(root)))
        new_path.parent.mkdir(parents=True, exist_ok=True)
        _git(root, "mv", old_file, new_file)
        moved.append(new_path)
    return said


def _sort_imports(root: Path, changed: list[Path]) -> None:
    """Sort the touched imports and format those files as the project does, when ruff is there."""
    ruff = root / ".venv" / "bin" / "ruff"
    command = str(ruff) if ruff.exists() else shutil.which("ruff")
    python = [str(path) for path in changed if path.suffix in (".py", ".pyi")]
    if command is None or not python:
        return
    subprocess.run([command, "check", "-q", "--select", "I001", "--fix", *python], cwd=root)
    subprocess.run([command, "format", "-q", *python], cwd=root)


def _keep_only(package: str) -> None:
    """Forget the moves into other packages: one subsystem's step, committed on its own."""
    global TEXT_RULES, BECAME_PACKAGES
    BECAME_PACKAGES = tuple(name for name in BECAME_PACKAGES if name == package)
    for table in (MODULES, NAMES):
        for key in [key for key, new in table.items() if not new.startswith(package + ".")]:
            del table[key]  # type: ignore[attr-defined]
    TEXT_RULES = _text_rules()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the checkout (default: .)")
    parser.add_argument("--check", action="store_true", help="say what would change; exit 1 if any")
    parser.add_argument("--no-move", action="store_true", help="rewrite only; move no file")
    parser.add_argument(
        "--no-ruff", action="store_true", help="do not sort or format touched files"
    )
    parser.add_argument("paths", nargs="*", type=Path, help="only these files (default: all)")
    parser.add_argument("--only", metavar="PACKAGE", help="only the moves into PACKAGE (a step)")
    args = parser.parse_args(argv)
    if args.only:
        _keep_only(args.only)
    root = args.root.resolve()
    changed: list[Path] = []
    said = [] if args.no_move else move(root, args.check, changed)
    for path in [p.resolve() for p in args.paths] or list(files(root)):
        new = rewrite(path, root)
        if new is None:
            continue
        changed += [] if path in changed else [path]
        said.append(f"rewrite {path.relative_to(root)}")
        if not args.check:
            path.write_text(new, "utf-8")
    if changed and not args.check and not args.no_ruff:
        _sort_imports(root, changed)
    print("\n".join(said) if said else "nothing to move or rewrite")
    return 1 if args.check and said else 0


if __name__ == "__main__":
    sys.exit(main())
