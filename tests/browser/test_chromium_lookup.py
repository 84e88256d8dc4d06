"""The browser tests find Chromium through READOUTDIFF_CHROMIUM or the PATH, not a fixed path."""

from __future__ import annotations

from pathlib import Path

import pytest
from chromium import find_chromium


def _program(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / name
    program.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    program.chmod(0o755)
    return program


def test_found_on_the_path_under_any_usual_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("READOUTDIFF_CHROMIUM", raising=False)
    browser = _program(tmp_path / "bin", "chromium-browser")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert find_chromium() == str(browser)
    chromium = _program(tmp_path / "bin", "chromium")
    assert find_chromium() == str(chromium)  # the first name wins


def test_the_environment_variable_wins_and_is_not_second_guessed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _program(tmp_path / "bin", "chromium")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    chosen = _program(tmp_path / "opt" / "chrome", "chrome")
    monkeypatch.setenv("READOUTDIFF_CHROMIUM", str(chosen))
    assert find_chromium() == str(chosen)
    monkeypatch.setenv("READOUTDIFF_CHROMIUM", str(tmp_path / "missing"))
    assert find_chromium() is None


def test_nothing_found_gives_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("READOUTDIFF_CHROMIUM", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_chromium() is None
