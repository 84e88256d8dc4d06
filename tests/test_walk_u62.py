"""Branch u62's walk: ``readoutdiff formulas FILE`` says what a background phrase is instead of
its id of stems, and ``readoutdiff check`` as a CI job meets it (a git repo of readouts)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff import compare
from readoutdiff.check import check, run
from readoutdiff.check.rules import DEFAULT, parse
from readoutdiff.check.rules import load as rules_load
from readoutdiff.check.since import repository_path
from readoutdiff.errors import LexiconError
from readoutdiff.formulas import find_formulas
from readoutdiff.ingest.reader import load
from readoutdiff.render.check_github import render_check_github
from readoutdiff.render.listing import render_listing_json, render_listing_text
from readoutdiff.render.series_text import render_series_text
from readoutdiff.series import build_series

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def test_the_formula_listing_names_a_background_phrase_by_its_kind_not_its_id() -> None:
    """Xi–Lula 2025-05-13: the listing showed “mined  background:建-交-50-周-年  “建交50周年””;
    it now says the phrase and its kind, a lexicon entry keeps its id (a rules file's ``id``),
    and the JSON keeps every id as it was."""
    readout = load(FORMULAS / "xi-lula__2025-05-13__cctv.txt")
    found = find_formulas(readout)
    for width in (None, 80):
        text = render_listing_text(readout, found, width=width)
        assert "  line 4, sentence 1  mined  “建交50周年” (phrase of many readouts)\n" in text
        assert "  line 5, sentence 1  builtin  core-interests  “核心利益”\n" in text
    narrow = render_listing_text(readout, found, width=40)
    assert (
        "  line 4, sentence 1  mined\n    “建交50周年” (phrase of many\n    readouts)\n" in narrow
    )
    assert "background:" not in narrow
    ids = [item["id"] for item in json.loads(render_listing_json(readout, found))["formulas"]]
    assert "background:建-交-50-周-年" in ids


def test_the_series_text_view_keeps_a_rewording_whole_when_it_fits_the_next_line() -> None:
    """Sherman–Sannino at 80 columns: "reworded at 4 → “accountable for its brutal and" ended
    one line and "unprovoked war”" began the next; the wording now moves whole."""
    files = sorted(FORMULAS.glob("sherman-sannino__*.txt"))
    text = render_series_text(build_series([load(path) for path in files]), width=80)
    lines = text.splitlines()
    at = lines.index("         “accountable for its brutal and unprovoked war”")
    assert lines[at - 1].endswith("· changed: reworded at 4 →")
    assert all(len(line) <= 80 for line in lines)
    # a wording longer than a line still breaks where it must (Biden–Tamim's rows)
    tamim = sorted(FORMULAS.glob("biden-tamim__*.txt"))
    assert all(
        len(line) <= 80
        for line in render_series_text(build_series([load(p) for p in tamim]), width=80).split("\n")
    )


def test_a_watch_rule_that_checked_nothing_is_a_notice_in_the_github_format() -> None:
    """Sunak–Rutte 2023-07-11 → 2023-12-07 with ``watch "stay in close tuch"`` (misspelt): the
    text view listed "ok  watch …: not in either readout", but ``--format github``, what a CI
    log shows, said nothing, so the rule passed every run unseen. It is a notice now (no
    failure); a watch the readouts do say gets none."""
    old, new = (FORMULAS / f"sunak-rutte__{d}__gov-uk.txt" for d in ("2023-07-11", "2023-12-07"))
    rules = parse(
        '[[watch]]\ntext = "stay in close tuch"\n\n[[watch]]\ntext = "illegal migration"\n'
    )
    result = check(compare(load(old), load(new)), rules)
    assert not result.failed
    notices = [line for line in render_check_github(result).splitlines() if "::notice" in line]
    assert notices == [
        f"::notice file={repository_path(str(new))},title=readoutdiff%3A watch “stay in close tuch”::not in either"
        f" readout ({old} → {new}): the rule checked nothing; check its text or id"
    ]


def test_check_asked_for_annotations_points_to_the_github_format() -> None:
    """``check DIR --annotations``, what a CI user types first, said "unknown option
    --annotations" and no more; it now names ``--format github``, exit status 2 as before."""
    folder = str(FORMULAS)
    for option in ("--annotations", "--github"):
        done = subprocess.run(
            [sys.executable, "-m", "readoutdiff", "check", folder, option],
            capture_output=True, text=True, encoding="utf-8",
        )  # fmt: skip
        assert (done.returncode, done.stdout) == (2, "")
        assert done.stderr == (
            f"readoutdiff: error: unknown option {option}; check writes GitHub Actions"
            " annotations with --format github; see readoutdiff check --help\n"
        )


def test_check_dir_reads_a_number_in_undated_file_names_as_a_number(tmp_path: Path) -> None:
    """The five Sunak–Rutte readouts (of eval/formulas) saved as readout-8.txt … readout-12.txt,
    no date in their text: ``check DIR`` ordered the names as text (readout-10 before
    readout-8) and compared 8 → 9 after 12 was added. Now the newest two are 11 → 12."""
    for number, path in enumerate(sorted(FORMULAS.glob("sunak-rutte__*.txt")), 8):
        title, rest = path.read_text(encoding="utf-8").split("\n", 1)
        # no date in the titles either ("…: 11 July 2023" dates a readout since u66)
        undated = f"{title.split(':')[0]}\n{rest}"
        (tmp_path / f"readout-{number}.txt").write_text(undated, encoding="utf-8")
    result = run([str(tmp_path)], DEFAULT)
    assert (Path(result.old.path).name, Path(result.new.path).name) == (
        "readout-11.txt",
        "readout-12.txt",
    )
    assert result.old.date is None and result.new.date is None  # ordered by name alone


def test_a_rule_by_a_phrase_id_is_told_to_name_the_phrase_by_its_words(tmp_path: Path) -> None:
    """``id = "background:建-交-50-周-年"`` (the id the listing showed before u62, Xi–Lula
    2025-05-13) was refused with "see readoutdiff formulas FILE for the ids", which no longer
    shows a phrase's id; the error now says to watch it by its text, which works."""
    old, new = (FORMULAS / f"xi-lula__{d}__cctv.txt" for d in ("2025-05-13", "2025-08-12"))
    by_id = tmp_path / "by-id.toml"
    by_id.write_text('[[watch]]\nid = "background:建-交-50-周-年"\n', encoding="utf-8")
    with pytest.raises(LexiconError) as refused:
        run([str(old), str(new)], rules_load(by_id))
    assert str(refused.value).endswith(
        "watch rule: no formula of the lexicon has the id 'background:建-交-50-周-年'; name a"
        ' phrase found in the readouts by its words: text = "…"'
    )
    result = run([str(old), str(new)], parse('[[watch]]\ntext = "建交50周年"\n'))
    assert result.failed  # the 2025-08-12 call does not say it
