"""One place of the readouts, one entry (formulas/entries/told_once.py, branches dup1-dup3), on
real readouts of the evaluation set (eval/formulas/, dev pairs)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.entries.told_once import _overlapping, told_once
from readoutdiff.model import Comparison, FormulaStatus, Options

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _compare(a: str, b: str) -> Comparison:
    return compare(load(EVAL / a), load(EVAL / b))


def test_a_line_told_once_per_formula_it_holds_is_one_entry() -> None:
    # 世界多极化 and 国际关系民主化 stand in one line: its change was told once per formula
    pair = _compare("xi-modi__2024-10-23__cctv.txt", "xi-modi__2025-08-31__cctv.txt")
    line = "为推动世界多极化、国际关系民主化作出贡献"
    told = [f for f in pair.formulas if f.a_text == line]
    assert [(f.status, f.b_text) for f in told] == [
        (FormulaStatus.CHANGED, "携手推动世界多极化和国际关系民主化")
    ]
    assert told_once(pair.formulas) == pair.formulas  # the fold is the stage's last


def test_a_formula_inside_a_longer_entry_of_the_same_fate_stays_listed() -> None:
    # measured and not folded: the lexicon formula stays in the list (key changes tell the
    # place once; `check` finds the formula by its id)
    pair = _compare(
        "blinken-stoltenberg__2022-03-22__state.txt", "blinken-stoltenberg__2022-04-06__state.txt"
    )
    dropped = [f.a_text for f in pair.formulas if f.status is FormulaStatus.DROPPED]
    assert "steadfast commitment to Ukraine’s sovereignty and territorial integrity" in dropped
    assert "sovereignty and territorial integrity" in dropped


def test_a_kept_core_inside_a_changed_line_is_told_by_the_line() -> None:
    # the hand list gives the line one event, changed: its core, kept, was read twice
    pair = _compare("biden-sunak__2022-10-25__wh.txt", "biden-sunak__2022-11-16__wh.txt")
    told = {(f.status, f.a_text) for f in pair.formulas}
    assert (FormulaStatus.CHANGED, "secure sustainable and affordable energy resources") in told
    assert (FormulaStatus.PERSISTED, "sustainable and affordable energy") not in told


def test_a_kept_core_a_change_is_told_around_stays() -> None:
    # "Wording around kept formula … changed" names its core: the core stays beside it
    pair = _compare(
        "biden-von-der-leyen__2021-03-05__wh.txt", "biden-von-der-leyen__2021-10-04__wh.txt"
    )
    core = [f for f in pair.formulas if f.a_text == "climate crisis"]
    assert [f.status for f in core] == [FormulaStatus.PERSISTED]
    around = [f for f in pair.formulas if f.a_text == "tackle the climate crisis"]
    assert [(f.status, f.anchor) for f in around] == [(FormulaStatus.CHANGED, core[0].id)]


def test_a_series_keeps_the_core_of_a_changed_line() -> None:
    # without the governing words (a series, `check`) a formula's row is its own entry
    pair = compare(
        load(EVAL / "biden-sunak__2022-10-25__wh.txt"),
        load(EVAL / "biden-sunak__2022-11-16__wh.txt"),
        options=Options(governing_words=False),
    )
    assert (FormulaStatus.PERSISTED, "sustainable and affordable energy") in {
        (f.status, f.a_text) for f in pair.formulas
    }


def test_two_extents_of_one_line_are_one_entry() -> None:
    # the second extent starts inside the first on both sides: one line, told once, with both
    # wordings inside its own (the hand list gives it one event, changed)
    pair = _compare("biden-sisi__2023-10-29__wh.txt", "biden-sisi__2023-11-22__wh.txt")
    told = {(f.status, f.a_text, f.b_text) for f in pair.formulas}
    whole = (
        FormulaStatus.CHANGED,
        "continuing efforts to secure the release of hostages",
        "efforts to reach a deal for the release of hostages held by Hamas",
    )
    assert whole in told
    assert not any(f.a_text == "secure the release of hostages" for f in pair.formulas)
    joined = next(f for f in pair.formulas if (f.status, f.a_text, f.b_text) == whole)
    assert [pair.b.text[s.start : s.end] for s in joined.b_spans] == [whole[2]]
    # a series (no governing words: series/build.py) keeps both rows; `check OLD NEW` joins
    apart = compare(
        load(EVAL / "biden-sisi__2023-10-29__wh.txt"),
        load(EVAL / "biden-sisi__2023-11-22__wh.txt"),
        options=Options(governing_words=False),
    )
    assert any(f.a_text == "secure the release of hostages" for f in apart.formulas)


def test_two_extents_sharing_one_word_or_touching_stay_apart() -> None:
    # two things said: the hand lists give each its own event
    pair = _compare(
        "blinken-kuleba__2022-05-27__state.txt", "blinken-kuleba__2022-06-15__state.txt"
    )
    changed = {f.a_text for f in pair.formulas if f.status is FormulaStatus.CHANGED}
    assert {
        "U.S. security assistance to Ukraine as it defends",
        "defends its sovereignty and territorial integrity",
    } <= changed
    pair = _compare("biden-zelenskyy__2022-08-25__wh.txt", "biden-zelenskyy__2022-10-04__wh.txt")
    appeared = {f.b_text for f in pair.formulas if f.status is FormulaStatus.APPEARED}
    assert {"as it defends itself from Russian aggression", "for as long as it takes"} <= appeared


def test_swapping_the_readouts_joins_the_same_line() -> None:
    a, b = (
        "starmer-frederiksen__2025-01-20__gov-uk.txt",
        "starmer-frederiksen__2025-02-04__gov-uk.txt",
    )
    line = (
        "steadfast commitment to supporting Ukraine for as long as it takes",
        "importance of supporting Ukraine’s forces for the long term",
    )
    there = {(f.a_text, f.b_text) for f in _compare(a, b).formulas}
    back = {(f.b_text, f.a_text) for f in _compare(b, a).formulas}
    assert line in there and line in back


def test_a_joined_line_keeps_the_id_a_check_rule_names(tmp_path: Path) -> None:
    """A lexicon's formula joined into a mined entry's line gives the line its id, so a check
    rule naming it finds it (branch rev14): "secure the release of hostages" → "release of
    hostages held by Hamas" (release-of-hostages) joined into the mined line took the mined
    id, and ``watch id = "release-of-hostages"`` passed as "not in either readout", where it
    failed before dup3 ("it must persist"). Two formulas of the lexicon are not joined: one
    id would be gone."""
    a, b = EVAL / "biden-sisi__2023-10-29__wh.txt", EVAL / "biden-sisi__2023-11-22__wh.txt"
    pair = _compare(a.name, b.name)
    [joined] = [f for f in pair.formulas if f.a_text and "secure the release" in f.a_text]
    assert (joined.id, joined.a_text) == (
        "release-of-hostages",
        "continuing efforts to secure the release of hostages",
    )
    rules = tmp_path / "rules.toml"
    rules.write_text('[[watch]]\nid = "release-of-hostages"\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "check", str(a), str(b), "--rules", str(rules)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 1 and "FAILED  watch release-of-hostages" in done.stdout
    assert "it must persist" in done.stdout


def test_words_shared_by_two_chinese_extents_are_counted_as_words() -> None:
    # xi-carney 2025-10-31 -> 2026-01-16 (dev): A's "共同践行多边主义、维护自由贸易" and "践行多边主义",
    # two changed entries of one line, share three words (践行, 多边, 主义); read as runs of
    # letters they were one "word", so no two Chinese extents sharing a clause could be one line
    # (B says the two apart, "维护多边主义和联合国权威" and "践行真正的多边主义": they stay two
    # entries). Until branch bg3 this was xi-orban 2023-10-17's (outside set) "愿同中方一道加强经贸
    # 投资、互联互通等领域合作" and "互联互通等领域合作", whose background phrase (加强经贸投资) the
    # Chinese background rebuilt without batch 80's counterparts no longer holds
    pair = _compare("xi-carney__2025-10-31__cctv.txt", "xi-carney__2026-01-16__cctv.txt")
    first, second = (
        next(f for f in pair.formulas if f.a_text == said)
        for said in ("共同践行多边主义、维护自由贸易", "践行多边主义")
    )
    assert first.status is second.status is FormulaStatus.CHANGED
    assert _overlapping(pair.a.text, first.a_spans[0], second.a_spans[0])
    assert not _overlapping(pair.b.text, first.b_spans[0], second.b_spans[0])
    assert first in pair.formulas and second in pair.formulas


def test_a_joined_line_keeps_the_id_of_a_users_formula_with_a_slash(tmp_path: Path) -> None:
    """rev14's case with the formula in the user's lexicon under an id holding "/", which a
    lexicon file may give ("lower case letters, digits and - . / _"): the join read every id
    with a "/" as a derived one ("x/reworded") and gave the line the mined entry's id, so
    ``watch id = "gaza/release-of-hostages"`` passed as "not in either readout"."""
    a, b = EVAL / "biden-sisi__2023-10-29__wh.txt", EVAL / "biden-sisi__2023-11-22__wh.txt"
    lexicon, rules = tmp_path / "lexicon.toml", tmp_path / "rules.toml"
    lexicon.write_text(
        '[[formula]]\nid = "gaza/release-of-hostages"\ntext = "secure the release of hostages"\n'
        'variants = ["release of hostages held by Hamas"]\n',
        encoding="utf-8",
    )
    rules.write_text('[[watch]]\nid = "gaza/release-of-hostages"\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "check", str(a), str(b), "--rules", str(rules),
         "--lexicon", str(lexicon), "--no-builtin-lexicon"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert "not in either readout" not in done.stdout
    assert done.returncode == 1 and "FAILED  watch gaza/release-of-hostages" in done.stdout
