"""rev31 (forty-fourth session): a new user's walk through the README and the command line.

What the walk found and this file keeps fixed (every test runs the command as a subprocess on
real files: the samples, the README's own rules example, the built-in lexicon, eval readouts):

1. The README's rules example given as ``--lexicon`` (or to ``formulas``) was told
   ``rules.toml:1: unknown top-level key 'changed'``: the key picked alphabetically, not the
   file's first, at line 1 whatever its line (a ``[changed]`` table header was not found), and
   no word that the file is a ``check`` rules file. A lexicon given to ``check --rules`` was told
   ``unknown key 'formula'``. Each is now told for what it is, at the line of its first table.
2. A lexicon that is not UTF-8 named its line but not the byte and column a readout's error
   names (``byte 0xe9 at column 10``).
3. ``readoutdiff formulas FILE --no-builtin-lexicon`` with no ``--lexicon`` said "no formula of
   the lexicon in it" of a run that had no lexicon; it says so now, as ``series`` does.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FIRST = ROOT / "samples" / "2021-06-28-xi-putin.txt"
SECOND = ROOT / "samples" / "2021-12-15-xi-putin.txt"
BUILTIN = ROOT / "src" / "readoutdiff" / "data" / "formulas.toml"
KREMLIN = ROOT / "eval" / "noise" / "putin-al-thani__2025-03-21__kremlin.txt"
CCTV = sorted((ROOT / "eval" / "noise").glob("xi-vucic__*__cctv.txt"))[:2]


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *map(str, args)],
        capture_output=True, text=True, timeout=120, cwd=cwd, env=env,
    )  # fmt: skip


def readme_rules(tmp_path: Path) -> Path:
    """The rules file the README shows under "A rules file:", written out as a user copies it."""
    text = README.read_text(encoding="utf-8")
    block = re.search(r"A rules file:\n\n```toml\n(.*?)```", text, re.S)
    assert block is not None
    path = tmp_path / "rules.toml"
    path.write_text(block.group(1), encoding="utf-8")
    return path


def one_error(process: subprocess.CompletedProcess[str]) -> str:
    assert process.returncode == 2, process.stderr
    assert process.stdout == ""
    lines = process.stderr.splitlines()
    assert len(lines) == 1, process.stderr
    return lines[0]


def test_the_readmes_rules_example_checks_the_samples_as_given(tmp_path: Path) -> None:
    """The example runs as written: its [dropped] severity "error" fails the samples' pair."""
    process = run("check", FIRST, SECOND, "--rules", readme_rules(tmp_path))
    assert process.returncode == 1, process.stderr
    assert ": error: formula “new type of international relations” was dropped" in process.stdout


@pytest.mark.parametrize("command", [("diff", FIRST, SECOND), ("formulas", FIRST)])
def test_a_rules_file_given_as_a_lexicon_is_told_for_what_it_is(
    tmp_path: Path, command: tuple[str | Path, ...]
) -> None:
    rules = readme_rules(tmp_path)
    first_table = next(
        number
        for number, line in enumerate(rules.read_text(encoding="utf-8").splitlines(), 1)
        if line.startswith("[")
    )
    assert first_table > 1  # the example opens with `version = 1`
    line = one_error(run(*command, "--lexicon", rules))
    assert line == (
        f"readoutdiff: error: {rules}:{first_table}: is a rules file (for readoutdiff check"
        " --rules FILE), not a lexicon: a lexicon holds [[formula]] tables"
    )


def test_a_lexicon_given_as_rules_is_told_for_what_it_is(tmp_path: Path) -> None:
    """The built-in lexicon copied as a user's start, then given to the wrong option."""
    mine = tmp_path / "mine.toml"
    mine.write_bytes(BUILTIN.read_bytes())
    first_table = next(
        number
        for number, line in enumerate(mine.read_text(encoding="utf-8").splitlines(), 1)
        if line.startswith("[[formula]]")
    )
    line = one_error(run("check", FIRST, SECOND, "--rules", mine))
    assert line.startswith(
        f"readoutdiff: error: {mine}:{first_table}: is a lexicon (its [[formula]] tables), not a"
        " rules file: give it with --lexicon FILE; rules are [[watch]]"
    )


def test_a_rules_file_with_a_stray_key_is_still_told_its_first_unknown_key(
    tmp_path: Path,
) -> None:
    """Not every file with a table of rules is a rules file: one mixing in a lexicon's
    [[formula]] is a malformed lexicon, told by its first key out of place and that key's line."""
    rules = readme_rules(tmp_path).read_text(encoding="utf-8")
    mixed = tmp_path / "mixed.toml"
    mixed.write_text('[[formula]]\nid = "x"\ntext = "core interests"\n\n' + rules, "utf-8")
    watch = 4 + next(
        number for number, line in enumerate(rules.splitlines(), 1) if line.startswith("[[watch]]")
    )
    line = one_error(run(FIRST, SECOND, "--lexicon", mixed))
    assert line == (
        f"readoutdiff: error: {mixed}:{watch}: unknown top-level key 'watch'; use [[formula]]"
        " tables and 'remove'"
    )


@pytest.mark.parametrize("option", ["--lexicon", "--rules"])
def test_a_lexicon_or_rules_file_in_latin_1_names_the_byte_and_column(
    tmp_path: Path, option: str
) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_bytes('[[formula]]\nid = "x"\ntext = "café diplomacy"\n'.encode("latin-1"))
    command = ("check", FIRST, SECOND) if option == "--rules" else (FIRST, SECOND)
    line = one_error(run(*command, option, mine))
    assert line == (
        f"readoutdiff: error: {mine}:3: is not valid UTF-8 (byte 0xe9 at column 12) but reads as"
        " Windows-1252 or Latin-1 (Western European); re-save it as UTF-8"
    )


def test_formulas_with_no_lexicon_says_none_was_in_use() -> None:
    process = run("formulas", KREMLIN, "--no-builtin-lexicon", "--no-mining")
    assert process.returncode == 0, process.stderr
    assert process.stdout == (
        f"{KREMLIN}: 0 formulas\n"
        "  no lexicon in use (--no-builtin-lexicon and no --lexicon) and no phrase mined"
        " (--no-mining)\n"
    )
    mined = run("formulas", KREMLIN, "--no-builtin-lexicon")
    assert mined.returncode == 0, mined.stderr
    if mined.stdout.startswith(f"{KREMLIN}: 0 formulas"):
        assert "no lexicon in use (--no-builtin-lexicon and no --lexicon), and no phrase" in (
            mined.stdout
        )
    with_builtin = run("formulas", KREMLIN, "--no-mining")
    assert "no lexicon in use" not in with_builtin.stdout


@pytest.mark.parametrize("output_format", ["text", "json", "markdown", "html"])
def test_a_chinese_pair_gives_the_same_bytes_twice(tmp_path: Path, output_format: str) -> None:
    """Output deterministic on real Chinese readouts, in every format of the pair view."""
    outputs = []
    for number in (1, 2):
        out = tmp_path / f"{number}.out"
        process = run(*CCTV, "-f", output_format, "-o", out)
        assert process.returncode == 0, process.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0]
