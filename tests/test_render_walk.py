"""What a new user saw walking the views over real readouts (branch u36, twenty-eighth session).

Each test runs a view over a dev pair of the evaluation set and checks one place that read
wrong to an analyst before it was fixed.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from readoutdiff import compare, load
from readoutdiff.model import Comparison
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text

if TYPE_CHECKING:
    from readoutdiff.series import Series

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"
RAHMON = (
    "rahmon-lukashenko__2020-05-08__mfa-tj.txt",
    "rahmon-lukashenko__2021-08-30__centralasia-news.txt",
)


@pytest.fixture(scope="module")
def rahmon() -> Comparison:
    """A Tajik readout pasted with three spaces inside a sentence a formula is mined from."""
    a, b = RAHMON
    comparison = compare(load(FORMULAS / a), load(FORMULAS / b))
    assert any("   " in (f.a_text or "") for f in comparison.formulas)
    return comparison


def _quotes(view: str) -> list[str]:
    return re.findall(r"“([^”]*)”", view)


def test_formula_list_quotes_a_wording_with_one_space_as_the_key_changes_do(
    rahmon: Comparison,
) -> None:
    for view in (render_text(rahmon), render_text(rahmon, width=80), render_markdown(rahmon)):
        # at 80 columns a long formula is wrapped under its wording (u41): a line's end and
        # the next line's indent stand for one space
        formulas = re.sub(r"\n +", " ", view.split("Formulas", 1)[1])
        assert "подчеркнуто, что это соответствует коренным интересам" in formulas
        assert not [quote for quote in _quotes(formulas) if "  " in quote]


def test_an_unchanged_passage_folds_to_fit_a_narrow_terminal() -> None:
    """Folded to 96 columns, an unchanged passage took two lines of an 80-column terminal."""
    from readoutdiff.formulas.keys.key_record import columns

    a, b = "biden-kishida__2023-05-18__wh.txt", "biden-kishida__2023-08-18__wh.txt"
    comparison = compare(load(FORMULAS / a), load(FORMULAS / b))
    whole = [line for line in render_text(comparison).splitlines() if line.startswith("= ")]
    assert max(map(columns, whole)) > 80  # a pipe or a file keeps the 96-column fold
    for width in (80, 60):
        view = render_text(comparison, width=width).splitlines()
        folded = [line for line in view if line.startswith("= ")]
        assert len(folded) == len(whole)
        assert max(map(columns, folded)) <= width
        assert all(line.endswith("…") or line in whole for line in folded)
    assert [
        line for line in render_text(comparison, width=200).splitlines() if line[:2] == "= "
    ] == whole


def test_check_lists_each_rules_findings_in_reading_order() -> None:
    """A rule's findings came in the order formulas were found: line 5, sentence 2 before
    line 5, sentence 1 of the same readout, where an analyst reads a listing top down."""
    from readoutdiff.check import check
    from readoutdiff.check.rules import parse
    from readoutdiff.render.check_text import render_check_text

    a, b = "biden-kishida__2023-05-18__wh.txt", "biden-kishida__2023-08-18__wh.txt"
    view = render_check_text(check(compare(load(FORMULAS / a), load(FORMULAS / b)), parse("")))
    found = re.findall(r"^(\S+):(\d+): \w+: .*?(?:sentence (\d+)\))?$", view, re.M)
    assert len(found) >= 5 and {Path(path).name for path, _, _ in found} == {a, b}
    places = [
        (path != found[0][0], int(line), int(sentence or 0)) for path, line, sentence in found
    ]
    assert places == sorted(places)


@pytest.mark.parametrize("pair", ["xi-fico__2025-05-09", "xi-ramaphosa__2023-08-22"])
def test_a_short_chinese_name_in_quotes_is_never_broken_on_a_terminal(pair: str) -> None:
    """At 80 columns the key changes broke “一带一路” as “一带一 / 路” (and, of the dev pair
    xi-hun-manet, “携手应对风险挑战” before its last character)."""
    listed = tomllib.loads((FORMULAS / "pairs" / f"{pair}.toml").read_text(encoding="utf-8"))
    assert listed["heldout"] is False  # a dev pair
    comparison = compare(load(FORMULAS / listed["a"]), load(FORMULAS / listed["b"]))
    whole = render_text(comparison).split("\n\n", 2)[1]  # the key changes, one line each
    names = set(re.findall(r"[“‘][\u4e00-\u9fff]{1,8}[”’]", whole))
    # ‘…’ inside a key change's quote: ‘一带一路’ (xi-fico), ‘同志加兄弟’ (xi-ramaphosa, whose
    # clause around “一带一路” follows the drops since kc5 and left the block)
    assert any(name.startswith("‘") for name in names)
    for width in (80, 60):
        keys = render_text(comparison, width=width).split("\n\n", 2)[1]
        assert len(keys.splitlines()) > len(whole.splitlines())  # wrapped
        for name in names:
            assert keys.count(name) == whole.count(name), name


def test_series_says_what_its_context_changes_are() -> None:
    """A meeting's row said "(14 context changes)", a term the view explains nowhere."""
    from readoutdiff.render.series_text import render_series_text
    from readoutdiff.series import build_series

    listed = tomllib.loads((FORMULAS / "pairs" / "xi-fico__2025-05-09.toml").read_text("utf-8"))
    assert listed["heldout"] is False  # a dev pair
    series = build_series([load(FORMULAS / listed["a"]), load(FORMULAS / listed["b"])])
    # the second meeting's row (past the lines naming their folder and their one title, ux5)
    row = next(line for line in render_series_text(series).splitlines() if line[:6] == "   2  ")
    assert series.meetings[1].context_changes > 1
    assert row.endswith(
        f"({series.meetings[1].context_changes} wordings around kept formulas changed)"
    )
    assert "context change" not in render_series_text(series)


def _dev_series(name: str) -> tuple[dict[str, Any], Series, Comparison]:
    """The dev pair ``name`` (its hand list), as a series of its two readouts, and the pair's
    comparison the series made."""
    from readoutdiff.series import build_series

    listed = tomllib.loads((FORMULAS / "pairs" / f"{name}.toml").read_text("utf-8"))
    assert listed["heldout"] is False  # a dev pair
    seen: list[Comparison] = []
    series = build_series(
        [load(FORMULAS / listed["a"]), load(FORMULAS / listed["b"])], on_comparison=seen.append
    )
    (pair,) = seen
    return listed, series, pair


def test_series_counts_only_wordings_around_kept_formulas() -> None:
    """biden-sisi's second meeting said "(3 wordings around kept formulas changed)" where its
    pair lists three formulas reworded and no wording around one: every entry with an anchor
    was counted. Now only those its key changes call "Wording around kept formula … changed"."""
    from readoutdiff.formulas.keys.change_names import Change, named
    from readoutdiff.formulas.keys.naming import anchor_fates, anchor_names
    from readoutdiff.render.series_text import render_series_text

    listed, series, pair = _dev_series("biden-sisi__2023-10-29")
    anchored = [f for f in pair.formulas if f.anchor is not None]
    names, fates = anchor_names(pair), anchor_fates(pair)
    kinds = [named(f, names, fates)[0] for f in anchored]
    assert len(anchored) >= 3 and Change.AROUND not in kinds  # reworded, not around
    assert series.meetings[1].context_changes == 0
    assert "wording" not in render_series_text(series).split("\n\n")[0]
    told = render_text(compare(load(FORMULAS / listed["a"]), load(FORMULAS / listed["b"])))
    assert "Wording around kept formula" not in told and "Formula reworded" in told


def test_a_passage_quoted_for_a_reworded_formula_says_more_than_the_formula() -> None:
    """biden-sisi's reworded "continuing efforts to secure the release of hostages" went with a
    passage B drops, quoted from the wording's own start, as the wording ended it: "said in a
    passage B drops: “…continuing efforts to secure the release of hostages.”", the same words
    twice in one line. The quote now starts as many words before the wording as fit."""
    from readoutdiff.formulas.keys.key_changes import key_changes

    comparison = _dev("biden-sisi__2023-10-29")
    wording = "continuing efforts to secure the release of hostages"
    (line,) = [k.summary for k in key_changes(comparison) if k.a_text == wording]
    quoted = line.partition("said in a passage B drops: “")[2]
    assert quoted.startswith("…") and quoted.endswith(f" {wording}.”")
    assert len(quoted) > len(wording) + 40  # what the President briefed on before it
    assert quoted in render_text(comparison) and quoted in render_markdown(comparison)


def _dev(pair: str) -> Comparison:
    listed = tomllib.loads((FORMULAS / "pairs" / f"{pair}.toml").read_text(encoding="utf-8"))
    assert listed["heldout"] is False  # a dev pair
    return compare(load(FORMULAS / listed["a"]), load(FORMULAS / listed["b"]))


def test_a_moved_passage_says_what_it_followed_in_a() -> None:
    """(u37) A moved passage read "moved" (the HTML "moved from A 13.1") without saying what
    moved: it moved relative to its neighbours, so the views name the passage it followed in
    A. u37's own example (hayashi-blinken 2022-02-26, a lone point number "4." that moved) is
    gone since fix4 (thirtieth session) reads a lone number as the opening of its point; this
    dev pair moves a sentence inside its paragraph (sung-kim-noh-funakoshi 2022-02-26)."""
    from readoutdiff.render.html_rows import build_rows

    comparison = _dev("sung-kim-noh-funakoshi__2022-02-26")
    head = "A 9.3 → B 9.2  changed, moved (in A after A 9.2)"
    assert head in render_text(comparison)
    assert "changed, moved (in A after A 9.2)" in render_markdown(comparison)
    labels = [row.moved_label for row in build_rows(comparison, ()) if row.moved_label]
    assert "moved, in A after A\u00a09.2" in labels


def test_a_quote_inside_a_key_change_quote_takes_the_other_style() -> None:
    """(u37) xi-bin-salman 2022-12-08: “双方要落实好共建“一带一路”倡议…” read as two quotes;
    inside a key change's quote a readout's “…” is now ‘…’, on every view (the JSON's own
    wording, ``a``, keeps the readout's marks)."""
    from readoutdiff.formulas.keys.key_changes import key_changes

    comparison = _dev("xi-bin-salman__2022-12-08")
    keys = key_changes(comparison)
    told = [k for k in keys if "倡议和沙特" in k.summary]
    assert told and "“双方要落实好共建‘一带一路’倡议和沙特‘2030愿景’对接" in told[0].summary
    assert told[0].a_text == "“一带一路”倡议"
    assert "‘一带一路’" in render_text(comparison, width=80)
    for key in keys:  # every quote the summary opens, it closes
        assert key.summary.count("“") == key.summary.count("”"), key.summary


def test_a_dropped_formula_that_is_its_passage_is_named_so() -> None:
    """(u37) wangyi-baerbock 2022-02-26: "Dropped formula (A line 8, sentence 4), with its
    whole passage: “…”" named no formula; the formula is the whole sentence."""
    from readoutdiff.formulas.keys.key_changes import key_changes

    summaries = [k.summary for k in key_changes(_dev("wangyi-baerbock__2022-02-26"))]
    assert (
        "Dropped formula, a whole passage (A line 8, sentence 4): "
        "“中方将继续为寻求和平、实现和平发挥建设性作用。”"
    ) in summaries


def test_a_cut_quote_ends_where_a_phrase_does() -> None:
    """(u37) biden-duda 2022-03-04: a cut passage ended “…to reassure eastern…”, a qualifier
    whose noun was cut off; it now ends after the phrase before it, at a word's end. (u42) The
    key change names the formula "maintain security and stability" said at the passage's end,
    so it quotes the clause that holds it, not the passage's head."""
    from readoutdiff.formulas.keys.key_changes import key_changes
    from readoutdiff.formulas.keys.key_record import quote

    comparison = _dev("biden-duda__2022-03-04")
    summaries = [k.summary for k in key_changes(comparison)]
    passage = next(a.a_text for a in comparison.alignments if "9,000 U.S. forces" in a.a_text)
    assert quote(passage).endswith("deployed there in recent weeks, to reassure…")
    told = [s for s in summaries if "maintain security and stability in Europe" in s]
    assert told and told[0].endswith("to maintain security and stability in Europe.”")
    assert not [s for s in summaries if "eastern…" in s]


def test_a_formula_in_quotes_is_not_broken_in_chinese_key_changes() -> None:
    """(u37) xi-bin-salman 2022-12-08 at 80 columns: “中沙关\\n系处于历史最好时期” and
    “沙方期待同中方加\\n大相互支持” were broken: a quote of up to sixteen Chinese characters is
    now one unit of the wrap. (The first is no longer a key change since zh14 removed the
    relationship rule that told it changed: the pair now reports it appeared, not a key change.)"""
    comparison = _dev("xi-bin-salman__2022-12-08")
    keys = render_text(comparison, width=80).split("\n\n", 2)[1]
    for name in (
        "“沙方期待同中方加大相互支持”",
        "“加强发展战略对接”",  # kc5: a drop's, where the clause “深化各领域务实合作” was
    ):
        assert name in keys, name
    from readoutdiff.formulas.keys.key_record import columns

    assert all(columns(line) <= 80 for line in keys.splitlines())


def test_a_formula_listing_writes_a_quote_inside_a_wording_in_the_other_style() -> None:
    """(u38) ``readoutdiff formulas`` on xi-bin-salman 2022-12-08 (a dev readout) listed
    ““一带一路”倡议”; the readout's marks inside the listing's quote are ‘…’."""
    from readoutdiff.formulas import find_formulas
    from readoutdiff.render.listing import render_listing_text

    readout = load(FORMULAS / "xi-bin-salman__2022-12-08__cctv.txt")
    listing = render_listing_text(readout, find_formulas(readout))
    assert "belt-and-road  “‘一带一路’倡议”" in listing
    assert "““" not in listing and "””" not in listing


def test_a_russian_cut_quote_does_not_end_on_an_adjective_in_oi_or_ei() -> None:
    """(u38) dev Kremlin and Akorda readouts: cut quotes ended “выразили удовлетворение
    позитивной…”, “…представительной спортивной…”, “…успехов в ответственной…”, adjectives
    in "-ой" whose nouns were cut off ("-ой" is a noun's ending too: "стороной в" stays). Since
    ux14 (forty-second session) a name of at most eight words that fits is named whole."""
    from readoutdiff.formulas.keys.key_changes import key_changes

    said = {
        pair: " ".join(k.summary for k in key_changes(_dev(pair)))
        for pair in ("putin-mirziyoyev__2025-02-21", "tokayev-aliyev__2022-12-24")
    }
    whole = "“выразили удовлетворение позитивной динамикой двустороннего сотрудничества”"
    assert whole in said["putin-mirziyoyev__2025-02-21"]
    # (u42) the formula the line names is quoted whole, from the clause that holds it
    tokayev = said["tokayev-aliyev__2022-12-24"]
    assert "Всемирные игры кочевников представительной спортивной делегации.”" in tokayev
    assert not [s for s in said.values() if "ной…" in s or "ской…" in s]


def test_series_counts_no_kept_entry_as_a_wording_changed() -> None:
    """biden-yoon's second meeting said "(1 wording around a kept formula changed)" where its
    pair keeps "cooperation on a broad range of priority issues" (persisted, its anchor its
    own id: "increase …" / "ongoing …") and its key changes tell no wording around a formula:
    only a *changed* entry is such a wording."""
    from readoutdiff.formulas.keys.key_changes import key_changes
    from readoutdiff.model import FormulaStatus
    from readoutdiff.render.series_text import render_series_text

    _, series, pair = _dev_series("biden-yoon__2022-05-21")
    kept = [f for f in pair.formulas if f.anchor is not None]
    assert [f.status for f in kept] == [FormulaStatus.PERSISTED]
    assert not any(k.summary.startswith("Wording around") for k in key_changes(pair))
    assert series.meetings[1].context_changes == 0
    assert "wording" not in render_series_text(series).split("\n\n")[0]
