"""What a run imports: the decisions that keep start-up short hold (README, Development)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff.cache_dir import use as _use

ROOT = Path(__file__).resolve().parent.parent
PAIR = [str(ROOT / "samples" / n) for n in ("2021-06-28-xi-putin.txt", "2021-12-15-xi-putin.txt")]
PROBE = """
import sys
from readoutdiff.cli import main
for args in {runs!r}:
    try:
        main(args)
    except SystemExit:
        pass
print(sorted({{name.split(".")[0] for name in sys.modules}} & {{"rich", "tomllib", "zipfile"}}))
"""


def imported(*runs: list[str], env: dict[str, str] | None = None) -> str:
    code = PROBE.format(runs=list(runs))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, env=env
    )
    return done.stdout.splitlines()[-1]


def test_colour_and_the_series_progress_never_import_rich(tmp_path: Path) -> None:
    coloured = [*PAIR, "--color", "always", "-o", str(tmp_path / "a.txt")]
    series = ["series", str(ROOT / "tests" / "series_readouts"), "--json", str(tmp_path / "s.json")]
    assert "rich" not in imported(coloured, series)
    assert (tmp_path / "a.txt").read_text(encoding="utf-8").count("\x1b[") > 10


def test_a_run_with_the_lexicon_cached_parses_no_toml(tmp_path: Path) -> None:
    env = {**os.environ, "READOUTDIFF_CACHE_DIR": str(tmp_path / "cache")}
    html = [*PAIR, "-f", "html", "-o", str(tmp_path / "r.html")]
    assert imported(html, env=env) == "['tomllib']"  # the first run parses and keeps it
    assert imported(html, env=env) == "[]"


def test_the_cli_sets_the_cache_for_its_run_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from readoutdiff import cache_dir
    from readoutdiff.cli import main

    seen = []
    monkeypatch.setattr(cache_dir, "use", lambda root: seen.append(root) or _use(root))
    monkeypatch.setenv("READOUTDIFF_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(SystemExit) as done:
        main([*PAIR, "-o", str(tmp_path / "r.txt")])
    assert done.value.code == 0
    assert seen == [tmp_path / "cache", None]
    assert cache_dir.cache_root() is None  # a program that ran the CLI in-process keeps none


def test_command_signatures_need_no_eval() -> None:
    """typer reads every command's signature on each run; string annotations cost an eval each."""
    from readoutdiff.cli import app, check, diff, formulas, series

    commands = [diff.diff_command, formulas.formulas_command, app.help_command, app._root]
    commands += [check.check_command, series.series_command]
    for command in commands:
        annotations = command.__annotations__
        assert len(annotations) >= 2, command.__name__
        assert not [name for name, kind in annotations.items() if isinstance(kind, str)], command


def test_version_loads_neither_typer_nor_the_engine() -> None:
    probe = (
        "import sys\nfrom readoutdiff.cli.entry import main\n"
        "try:\n    main(['a.txt', '--version'])\nexcept SystemExit as done:\n    print(done.code)\n"
        "names = ('typer', 'readoutdiff', 'typing', 're', 'enum')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in names))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    from readoutdiff import __version__

    assert done.stdout.splitlines()[0] == f"readoutdiff {__version__}"
    assert done.stdout.splitlines()[1] == "0"
    assert done.stdout.splitlines()[2] == (
        "['readoutdiff', 'readoutdiff.cli', 'readoutdiff.cli.entry', 'readoutdiff.cli.version', "
        "'readoutdiff.lazy']"
    )


def test_a_run_writing_to_standard_output_imports_no_tempfile() -> None:
    probe = (
        "import sys\nfrom readoutdiff.cli import main\n"
        f"try:\n    main({[*PAIR, '-f', 'json']!r})\nexcept SystemExit:\n    pass\n"
        "print(sorted({'tempfile', 'random'} & set(sys.modules)))"
    )
    env = {**os.environ, "READOUTDIFF_CACHE_DIR": ""}  # no cache: nothing to write there
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    assert '"alignments"' in done.stdout
    assert done.stdout.splitlines()[-1] == "[]"  # only writing a file or a cache entry needs them


RANGES = r"""
import re, sys, traceback
compiled = []
plain_compile = re.compile
def recording(pattern, flags=0):
    caller = traceback.extract_stack(limit=2)[0].filename
    if isinstance(pattern, str) and "readoutdiff" in caller:
        compiled.append(pattern)
    return plain_compile(pattern, flags)
re.compile = recording
from readoutdiff.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(repr(compiled))
"""
_END = r"(\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\x[0-9a-fA-F]{2}|[^\\\]])"
_RANGE = re.compile(_END + "-" + _END)


def _code(end: str) -> int:
    return ord(end) if len(end) == 1 else int(end[2:], 16)


def _walked(pattern: str) -> int:
    """Code points re walks to compile the class ranges of ``pattern`` (negated ones too)."""
    return sum(_code(b) - _code(a) + 1 for a, b in _RANGE.findall(pattern))


def test_an_english_run_compiles_no_pattern_with_wide_class_ranges(tmp_path: Path) -> None:
    """re compiles a class range code point by code point: the CJK classes cost 3-10 ms each,
    [\\u0400-\\U0010ffff] 10 ms. An English run keeps them out (wide.py, negated classes)."""
    assert _walked("[\u3400-\u9fff]") == _walked(r"[\u3400-\u9fff]") == 0x9FFF - 0x3400 + 1
    args = [*PAIR, "-f", "html", "-o", str(tmp_path / "r.html")]
    done = subprocess.run(
        [sys.executable, "-c", RANGES, *args], capture_output=True, text=True, check=True
    )
    compiled = eval(done.stdout.splitlines()[-1])  # a list of strings, printed by repr
    assert len(compiled) > 40  # the junk rules, dates, segment, wide.py's own check...
    # Accepted: junk's bare Chinese name (?-i:[\u4e00-\u9fff]) walks 20 992 (2 ms: no case
    # folding), wide.py's check 11 800; the CJK class walks 39 472, Han 28 096, \u0400 up 1.1 M.
    assert [p for p in compiled if _walked(p) > 22_000] == []


def test_an_english_pair_loads_neither_the_cross_language_fates_nor_the_stock_words(
    tmp_path: Path,
) -> None:
    """Both are read only by the rare pairs that need them (across languages; two wordings
    sharing a single word), so a plain English run does not import them (README, Development)."""
    probe = (
        "import sys\nfrom readoutdiff.cli import main\ntry:\n"
        f"    main({[*PAIR, '-f', 'json', '-o', str(tmp_path / 'r.json')]!r})\n"
        "except SystemExit:\n    pass\n"
        "print(sorted(n for n in sys.modules if n.endswith(('.across', '.stock', '.slots'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.split() == ["['readoutdiff.formulas.linking.slots']"]
    assert '"formulas"' in (tmp_path / "r.json").read_text(encoding="utf-8")


JSON_PATH = r"""
import builtins, sys
written = []
plain_exec = builtins.exec
def counting(*args, **kwargs):
    if sys._getframe(1).f_code.co_filename.endswith("dataclasses.py"):
        written.append(sys._getframe(1).f_code.co_name)
    return plain_exec(*args, **kwargs)
builtins.exec = counting
from readoutdiff.cli.entry import main  # the command's own entry point
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(sorted(sys.modules))
print(len(written))
"""
OTHER_FORMATS_AND_COMMANDS = (
    "readoutdiff.cli.app", "readoutdiff.cli.completion", "readoutdiff.cli.help",
    "readoutdiff.cli.usage", "readoutdiff.cli.check", "readoutdiff.cli.series",
    "readoutdiff.cli.formulas", "readoutdiff.render.html", "readoutdiff.render.html_view",
    "readoutdiff.render.markdown", "readoutdiff.render.text", "readoutdiff.render.listing",
    "readoutdiff.series", "readoutdiff.check", "readoutdiff.align.meaning",
    "readoutdiff.ingest.htmltext", "readoutdiff.api",
)  # fmt: skip
LIBRARIES = (
    "typer", "click", "jinja2", "markupsafe", "rich", "shellingham", "opencc", "jieba",
    "snowballstemmer", "trafilatura", "lxml", "dateparser", "numpy", "playwright",
    "sentence_transformers",
)  # fmt: skip


def test_the_json_path_loads_no_other_format_command_or_optional_library(tmp_path: Path) -> None:
    """``readoutdiff A B -f json`` on plain-text readouts (the bench's whole-CLI run) imports
    only what it runs: no command-line framework, no template engine, no other renderer or
    command, no library of HTML pages, Chinese conversion or stemming; and no ``dataclasses``
    (nor the ``inspect`` and ``ast`` it pulls in: ~40 M instructions): records are made
    without it (sp48), so it writes no code at all."""
    loaded, written = _json_run(PAIR, tmp_path)
    assert "readoutdiff.render.jsonout" in loaded
    assert sorted(loaded & set(OTHER_FORMATS_AND_COMMANDS)) == []
    assert sorted({name.split(".")[0] for name in loaded} & set(LIBRARIES)) == []
    assert sorted(loaded & {"dataclasses", "inspect", "ast"}) == []
    assert written == 0


def _json_run(pair: list[str], tmp_path: Path) -> tuple[set[str], int]:
    """The modules a ``readoutdiff A B -f json`` run of ``pair`` loaded, and how many pieces
    of code ``dataclasses`` wrote in it (:data:`JSON_PATH`)."""
    env = {**os.environ, "READOUTDIFF_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", JSON_PATH, *pair, "-f", "json"],
        capture_output=True, text=True, check=True, cwd=ROOT, env=env,
    )  # fmt: skip
    *output, modules, written = done.stdout.splitlines()
    assert '"alignments"' in "\n".join(output)
    return set(eval(modules)), int(written)  # a list of strings, printed by repr


def test_a_pair_named_by_series_loads_no_check_stage(tmp_path: Path) -> None:
    """Two readouts whose file names say their series (``SERIES__DATE__…``, every evaluation
    pair): the two-series warning reads the names through ``ingest.readout_paths``, not the
    check stage's ``check.pair``, whose package brought ``check.apply``, its rules and
    outcomes into a plain ``readoutdiff A B -f json`` (branch cli15)."""
    pair = [str(EVAL / f"biden-abdullah__{day}__wh.txt") for day in ("2024-04-14", "2024-05-06")]
    loaded, _ = _json_run(pair, tmp_path)
    assert "readoutdiff.ingest.readout_paths" in loaded
    assert sorted(name for name in loaded if name.startswith("readoutdiff.check")) == []
    assert sorted(loaded & set(OTHER_FORMATS_AND_COMMANDS)) == []


NO_COMPILE = r"""
import builtins, sys
compiled = []
def watching(frame, event, called):
    if event == "c_call" and called is builtins.compile and "<frozen" not in frame.f_code.co_filename:
        compiled.append(frame.f_code.co_filename + ":" + str(frame.f_lineno))
sys.setprofile(watching)
from readoutdiff.cli.entry import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
sys.setprofile(None)
print(compiled)
"""


EVAL = ROOT / "eval" / "formulas"
OTHER_PAIRS = (
    ("lixi-ruto", ("2023-10-16__cctv", "2024-11-05__cctv")),
    ("putin-al-nahyan", ("2025-03-24__kremlin", "2025-05-01__kremlin")),
)
"""A Chinese and a Russian pair of the evaluation set: their rules import modules of their own."""


def test_the_json_path_compiles_no_python_source(tmp_path: Path) -> None:
    """``readoutdiff A B -f json`` calls no ``compile()``: a process's first one builds the
    ``ast`` module's types (~9 M instructions, cli10). ``typing.NamedTuple`` compiles each
    annotation it is given as a string, so the modules on this path that define one evaluate
    their annotations (no ``from __future__ import annotations``). Counted in a run with the
    cache filled by an earlier one (the first parses the lexicon's TOML, and ``tomllib``'s
    parser defines a named tuple of its own); the import system's compiling of a module
    without byte code is not counted."""
    env = {**os.environ, "READOUTDIFF_CACHE_DIR": str(tmp_path / "cache")}
    for pair in (PAIR, *([str(EVAL / f"{n}__{d}.txt") for d in ds] for n, ds in OTHER_PAIRS)):
        command = [sys.executable, "-c", NO_COMPILE, *pair, "-f", "json"]
        for _ in range(2):
            done = subprocess.run(
                command, capture_output=True, text=True, check=True, cwd=ROOT, env=env
            )
        assert '"alignments"' in done.stdout
        assert done.stdout.splitlines()[-1] == "[]"


def test_no_module_takes_replace_from_dataclasses() -> None:
    """Records are copied with ``records.replacing.replace``, which needs no ``dataclasses``
    (~40 M instructions of start-up with ``inspect`` and ``ast``): a step to a JSON path
    without them (sp47). ``records/`` itself and docstrings may still name it."""
    package = ROOT / "src" / "readoutdiff"
    taking = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        if path.parent.name != "records"
        and re.search(r"^\s*from dataclasses import .*\breplace\b", path.read_text("utf-8"), re.M)
    ]
    assert taking == []
