"""The library API the README documents: compare_files, the lazy package and the renderers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import readoutdiff
from readoutdiff import Options, ReadoutError, compare, compare_files, load
from readoutdiff.errors import InputError
from readoutdiff.render import render_html, render_json, render_markdown, render_text

ROOT = Path(__file__).resolve().parent.parent
A = ROOT / "samples" / "2021-06-28-xi-putin.txt"
B = ROOT / "samples" / "2021-12-15-xi-putin.txt"


def test_compare_files_equals_compare_of_loaded_readouts() -> None:
    via_files = compare_files(A, B, mining=False, min_score=0.4)
    direct = compare(load(A), load(B), options=Options(mine_formulas=False, min_score=0.4))
    assert render_json(via_files) == render_json(direct)


def test_compare_files_options_change_the_result(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text(
        '[[formula]]\nid = "video-meeting"\ntext = "video meeting"\n', encoding="utf-8"
    )
    ids = {f.id for f in compare_files(A, B, lexicon=[lexicon], builtin_lexicon=False).formulas}
    assert "video-meeting" in ids
    lexicon_only = compare_files(A, B, lexicon=[lexicon], builtin_lexicon=False, mining=False)
    assert {f.id for f in lexicon_only.formulas} == {"video-meeting"}


def test_compare_files_rejects_unknown_options_and_bad_files(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="min_scor"):
        compare_files(A, B, min_scor=0.5)
    with pytest.raises(ReadoutError, match="no such file"):
        compare_files(tmp_path / "missing.txt", B)


def test_renderers_import_from_render_and_return_text() -> None:
    comparison = compare_files(A, B)
    for render in (render_text, render_json, render_markdown, render_html):
        out = render(comparison)
        assert isinstance(out, str) and "Putin" in out
    with pytest.raises(AttributeError):
        _ = readoutdiff.render.render_pdf  # type: ignore[attr-defined]


def test_importing_the_compare_module_keeps_the_compare_function() -> None:
    import readoutdiff.compare as module  # noqa: F401  (loads the submodule of the same name)

    assert callable(readoutdiff.compare) and readoutdiff.compare.__name__ == "compare"
    assert sorted(readoutdiff.__all__) == sorted(set(readoutdiff.__all__) & set(dir(readoutdiff)))


def test_version_and_help_load_no_engine_module() -> None:
    """`--version` and `--help` must stay quick: no stage of the comparison is imported."""
    engine = [
        "align",
        "compare",
        "ingest",
        "inline",
        "languages",
        "formulas",
        "series",
        "check",
        "model",
    ]
    probe = (
        "import sys\n"
        "from readoutdiff.cli import main\n"
        "for args in (['--version'], ['--help'], ['diff', '--help'], ['a', 'b', '--version']):\n"
        "    try:\n"
        "        main(args)\n"
        "    except SystemExit as exit:\n"
        "        assert exit.code == 0, (args, exit.code)\n"
        "loaded = [m for m in sys.modules if m.startswith('readoutdiff.')]\n"
        "print(' '.join(sorted(loaded)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    loaded = result.stdout.splitlines()[-1].split()
    assert "readoutdiff.cli" in loaded
    for stage in engine:
        assert f"readoutdiff.{stage}" not in loaded, (stage, loaded)
    assert not [name for name in loaded if name.startswith("readoutdiff.formulas")]


EVAL = ROOT / "eval" / "formulas"
"""Real dev readouts (biden-zelenskyy pairs are ``heldout = false``)."""


def _zelenskyy(date: str) -> Path:
    return EVAL / f"biden-zelenskyy__{date}__wh.txt"


def _sullivan_ano(date: str) -> Path:
    return EVAL / f"sullivan-ano__{date}__wh.txt"


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "readoutdiff", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", cwd=ROOT)


def test_compare_files_history_gives_the_formulas_of_the_cli_history_run(tmp_path: Path) -> None:
    """Three earlier calls in a history folder (with A again, which counts once), then the pair
    (sullivan-ano, which learns "friendship between our nations"): ``compare_files(history=...)``
    reports the formulas ``--history DIR -f json`` does."""
    history = tmp_path / "history"
    history.mkdir()
    a, b = _sullivan_ano("2024-06-26"), _sullivan_ano("2024-08-20")
    for path in (*map(_sullivan_ano, ("2023-01-17", "2023-10-23", "2024-04-01")), a):
        (history / path.name).write_bytes(path.read_bytes())
    (history / "notes.json").write_text("{}", encoding="utf-8")  # no readout: passed over
    run = _cli(a, b, "--history", history, "-f", "json")
    assert run.returncode == 0, run.stderr
    learned = compare_files(a, b, history=[history])
    assert json.loads(render_json(learned))["formulas"] == json.loads(run.stdout)["formulas"]
    ids = {f.id for f in learned.formulas}
    assert any(i.startswith("recurring:") for i in ids)
    assert ids != {f.id for f in compare_files(a, b).formulas}
    assert render_json(compare_files(a, b, history=str(history))) == render_json(learned)
    assert render_json(compare_files(a, b, history=None)) == render_json(compare_files(a, b))


def test_compare_files_refuses_a_malformed_history_as_the_cli_does(tmp_path: Path) -> None:
    """The CLI's checks, shared: each case is the InputError the CLI prints as its one line."""
    a, b = _zelenskyy("2022-10-10"), _zelenskyy("2022-12-11")
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "sub" / "2022-08-25.txt").write_bytes(_zelenskyy("2022-08-25").read_bytes())
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "2022-05-24.txt").write_bytes(b"ok \xff\xfe\xfd not utf-8")
    for folder in (tmp_path / "missing", a, empty, broken, Path("-")):
        with pytest.raises(InputError) as raised:
            compare_files(a, b, history=[folder])
        run = _cli(a, b, "--history", folder)
        assert run.returncode == 2 and run.stdout == ""
        (line,) = run.stderr.splitlines()
        assert line == f"readoutdiff: error: {raised.value}".replace("history=", "--history")
