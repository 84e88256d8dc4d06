"""The README cannot drift from the CLI's --help or from .ci/run."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = ((), ("diff",), ("formulas",), ("check",), ("series",))


def _help(*command: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *command, "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _options(help_text: str) -> set[str]:
    return set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", help_text.split("Options:", 1)[1]))


def test_every_option_in_help_is_documented_in_the_readme() -> None:
    options = set().union(*(_options(_help(*command)) for command in COMMANDS))
    assert {"--format", "--exit-code", "--color"} <= options
    missing = sorted(
        option for option in options if f"`{option}" not in README and f" {option}" not in README
    )
    assert not missing, f"options in --help but not in README.md: {missing}"


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    test_command = [line for line in ci_lines if "pytest" in line and not line.startswith("#")]
    assert len(test_command) == 1
    assert f"\n{test_command[0]}\n" in README


def test_quick_start_commands_name_the_samples() -> None:
    for sample in ("samples/2021-06-28-xi-putin.txt", "samples/2021-12-15-xi-putin.txt"):
        assert (ROOT / sample).is_file()
        assert f"readoutdiff {sample}" in README or f" {sample}" in README
