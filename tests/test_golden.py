"""Golden reports: the real CLI on the two samples, in every format, compared byte for byte.

On a mismatch the real output is saved to ``tests/actual/<name>`` (ignored by git) and the test
fails with a unified diff. Accept a deliberate change with ``pytest tests/test_golden.py --update-golden``.
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
REPO = TESTS.parent
GOLDEN = TESTS / "golden"
ACTUAL = TESTS / "actual"
SAMPLES = ("samples/2021-06-28-xi-putin.txt", "samples/2021-12-15-xi-putin.txt")
DIFF_LINES = 60

REPORTS = [
    pytest.param("samples.txt", ["--color", "never"], id="text"),
    pytest.param("samples.json", ["--format", "json"], id="json"),
    pytest.param("samples.md", ["--format", "markdown"], id="markdown"),
]


def render(flags: list[str]) -> str:
    """Run the CLI from the repository root on the samples, by relative path, so paths are stable."""
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    process = subprocess.run(
        [sys.executable, "-m", "readoutdiff", *SAMPLES, *flags],
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    assert process.returncode == 0, process.stderr.decode("utf-8", "replace")
    return process.stdout.decode("utf-8")


@pytest.mark.parametrize(("name", "flags"), REPORTS)
def test_golden(name: str, flags: list[str], update_golden: bool) -> None:
    actual = render(flags)
    golden = GOLDEN / name
    if update_golden:
        golden.parent.mkdir(exist_ok=True)
        golden.write_bytes(actual.encode("utf-8"))
        return
    expected = golden.read_bytes().decode("utf-8") if golden.exists() else ""
    if actual == expected:
        return
    ACTUAL.mkdir(exist_ok=True)
    (ACTUAL / name).write_bytes(actual.encode("utf-8"))
    diff = list(
        difflib.unified_diff(
            expected.splitlines(),
            actual.splitlines(),
            f"tests/golden/{name}",
            f"tests/actual/{name}",
            lineterm="",
        )
    )
    shown = "\n".join(diff[:DIFF_LINES])
    more = f"\n… {len(diff) - DIFF_LINES} more diff lines" if len(diff) > DIFF_LINES else ""
    missing = "" if golden.exists() else f"{golden} does not exist yet. "
    pytest.fail(
        f"{missing}Output differs from tests/golden/{name}; the real output is in tests/actual/{name}.\n"
        f"If the change is intended, accept it with: pytest tests/test_golden.py --update-golden\n"
        f"{shown}{more}",
        pytrace=False,
    )


def test_same_bytes_whatever_the_hash_seed() -> None:
    """Same inputs, same bytes: no set or dict-order randomness leaks into the output."""
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        process = subprocess.run(
            [sys.executable, "-m", "readoutdiff", *SAMPLES, "--format", "json"],
            capture_output=True,
            cwd=REPO,
            env=env,
            timeout=60,
        )
        assert process.returncode == 0, process.stderr
        outputs.add(process.stdout)
    assert len(outputs) == 1


def test_same_bytes_whatever_the_locale_time_zone_and_folder(tmp_path: Path) -> None:
    """Nothing of the environment but the inputs reaches a written report: an ASCII C locale
    without UTF-8 mode, another time zone and another working folder give the JSON and HTML
    bytes of the default (det2; the report's file is written in UTF-8 whatever the locale)."""
    variants = [
        {},
        {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
        {"LC_ALL": "C.UTF-8", "TZ": "Asia/Tokyo", "PYTHONHASHSEED": "random"},
    ]
    for fmt in ("json", "html"):
        outputs = set()
        for number, variant in enumerate(variants):
            out = tmp_path / f"{number}.{fmt}"
            process = subprocess.run(
                [sys.executable, "-m", "readoutdiff", *(str(REPO / name) for name in SAMPLES)]
                + ["--format", fmt, "-o", str(out)],
                capture_output=True,
                cwd=tmp_path if number else REPO,
                env={**os.environ, **variant},
                timeout=60,
            )
            assert process.returncode == 0, process.stderr
            outputs.add(out.read_bytes())
        assert len(outputs) == 1, fmt
