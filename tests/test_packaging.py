"""Packaging: an SPDX licence with its file, and an sdist that carries what the tests read."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_license_is_an_spdx_expression_with_its_file() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"  # a string, not the deprecated table
    assert project["project"]["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")
    requires = project["build-system"]["requires"]
    assert any(
        re.fullmatch(r"setuptools>=(\d+)", r) and int(r.split(">=")[1]) >= 77 for r in requires
    )


def test_the_sdist_manifest_carries_every_path_the_tests_read() -> None:
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8").splitlines()
    grafted = {line.split()[1] for line in manifest if line.startswith("graft ")}
    included = {
        name for line in manifest if line.startswith("include ") for name in line.split()[1:]
    }
    read_by_tests = set()
    for test in (ROOT / "tests").rglob("*.py"):
        text = test.read_text(encoding="utf-8")
        read_by_tests |= set(re.findall(r'ROOT / "([\w.-]+)"', text))
    assert read_by_tests >= {"samples", "README.md", "action.yml", ".ci"}
    for name in read_by_tests - {"src", "pyproject.toml", "MANIFEST.in"}:  # setuptools adds these
        covered = (
            name in grafted
            or name in included
            or any(entry.startswith(f"{name}/") for entry in included)
        )
        assert covered, f"tests read {name} but MANIFEST.in does not ship it"
    assert {"tests", "samples", "reports", "action"} <= grafted


def test_the_wheel_carries_every_data_file_of_the_package() -> None:
    """Package data is listed by pattern: a file the patterns miss is left out of the wheel
    (data/SOURCES.md, the provenance of the built-in lexicon and background, was)."""
    from fnmatch import fnmatch

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["readoutdiff"]
    package = ROOT / "src" / "readoutdiff"
    data = [
        path.relative_to(package).as_posix()
        for path in package.rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts
    ]
    assert "data/SOURCES.md" in data
    missed = [name for name in data if not any(fnmatch(name, pattern) for pattern in patterns)]
    assert not missed, f"package files no package-data pattern ships: {missed}"
