"""The second annotations of eval/agreement/ (agr1, thirty-eighth session: 8 Chinese and 4 Russian
dev pairs; agr2, thirty-ninth: 8 English dev pairs): they parse, quote the two readouts they name,
come from the seeded draws, and benchmarks/annotator_agreement.py runs on them."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

import annotator_agreement
import pytest
from formula_eval import EVAL_DIR, STATUSES, load_pair

ROOT = Path(__file__).resolve().parent.parent
SECOND = ROOT / "eval" / "agreement"
FILES = sorted(SECOND.glob("*.toml"))


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _draw(script: str = "draw.py") -> dict[str, list[str]]:
    spec = importlib.util.spec_from_file_location(script.removesuffix(".py"), SECOND / script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.draw()


def test_the_files_are_the_seeded_draws() -> None:
    drawn = _draw()
    assert [len(drawn["zh"]), len(drawn["ru"])] == [8, 4]
    english = _draw("draw_en.py")
    # agr2: two pairs from each publisher with ten or more English dev pairs
    assert sorted(english) == ["gov-uk", "pm-gc-ca", "state", "wh"]
    assert all(len(names) == 2 for names in english.values())
    english_names = [name for names in english.values() for name in names]
    assert sorted(p.stem for p in FILES) == sorted(drawn["zh"] + drawn["ru"] + english_names)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_second_list_parses_and_quotes_its_readouts(path: Path) -> None:
    second = load_pair(path, texts=EVAL_DIR)
    first = tomllib.loads((EVAL_DIR / "pairs" / path.name).read_text(encoding="utf-8"))
    assert (second.a_path.name, second.b_path.name) == (first["a"], first["b"])
    assert not second.heldout and second.events
    texts = {
        "a": _spaced(second.a_path.read_text(encoding="utf-8")),
        "b": _spaced(second.b_path.read_text(encoding="utf-8")),
    }
    for event in second.events:
        assert event.status in STATUSES
        for side in ("a", "b"):
            wording = getattr(event, side)
            assert (wording is not None) == (
                event.status != ("appeared" if side == "a" else "dropped")
            )
            if wording:
                assert _spaced(wording) in texts[side], (path.stem, wording)


def test_the_script_runs_on_them_with_intervals(capsys: pytest.CaptureFixture[str]) -> None:
    russian = [p for p in FILES if p.stem in _draw()["ru"]]
    args = []
    for path in russian:
        # no --texts: the second file's readouts are read where the first file's are
        args += [str(EVAL_DIR / "pairs" / path.name), str(path)]
    assert annotator_agreement.main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{len(russian)} pairs; events: first ")
    assert ", second 35; found by the other with their status: " in out
    assert "| figure (Wilson 95 %) |" in out
    assert "| events found by the other with their status (both lists) |" in out


def test_the_script_runs_on_the_english_pairs(capsys: pytest.CaptureFixture[str]) -> None:
    english = [p for names in _draw("draw_en.py").values() for p in names]
    args = []
    for name in english:
        args += [str(EVAL_DIR / "pairs" / f"{name}.toml"), str(SECOND / f"{name}.toml")]
    assert annotator_agreement.main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("8 pairs; events: first ")
    assert ", second 107; found by the other with their status: " in out


def test_wilson_interval_matches_the_figures_e55b_quoted() -> None:
    assert [round(100 * x) for x in annotator_agreement.wilson(140, 173)] == [74, 86]
    assert [round(100 * x) for x in annotator_agreement.wilson(17, 24)] == [51, 85]
    assert annotator_agreement.wilson(0, 0) == (0.0, 1.0)
