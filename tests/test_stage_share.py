"""benchmarks/stage_share.py measures a first comparison of the corpus pair, as a user's run
makes it: the warm-up compares the samples' pair, never the pair measured (``--same-pair``
keeps the old way, for earlier figures)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

# The module, not the package's name for its function.
comparing_module = importlib.import_module("readoutdiff.compare")

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
A, B = EVAL / "biden-albanese__2022-11-13__wh.txt", EVAL / "biden-albanese__2023-03-13__wh.txt"


def _stage_share():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import stage_share
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return stage_share


@pytest.mark.parametrize("mode", ["samples", "same"])
def test_the_warm_up_compares_the_samples_not_the_pair_measured(
    mode: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stage_share = _stage_share()
    (tmp_path / "a.txt").write_bytes(A.read_bytes())
    (tmp_path / "b.txt").write_bytes(B.read_bytes())
    compared: list[tuple[str, str]] = []
    real = comparing_module.compare

    def recorded(a, b, **kwargs):  # type: ignore[no-untyped-def]
        compared.append((a.text, b.text))
        return real(a, b, **kwargs)

    monkeypatch.setattr(comparing_module, "compare", recorded)
    pair = stage_share._warmed_pair(str(tmp_path), mode)
    measured = (pair[0].text, pair[1].text)
    assert measured == (A.read_text(encoding="utf-8"), B.read_text(encoding="utf-8"))
    if mode == "samples":
        samples = stage_share.SAMPLES
        assert [a[:40] for a, _ in compared] == [
            (samples / "2021-06-28-xi-putin.txt").read_text(encoding="utf-8")[:40]
        ]
        assert measured not in compared
    else:
        assert compared == [measured]
