"""The series view tells its readouts' titles apart, and never tears a row's fact (branch u45).

Real readouts, dev pairs of the evaluation set only: sullivan-barzani (two titles alike for
their first 94 characters), sullivan-ano (five readouts), xi-tokayev, harris-herzog.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from readoutdiff import load
from readoutdiff.formulas.keys.key_record import columns, in_columns
from readoutdiff.render.series_html_view import build_page
from readoutdiff.render.series_json import render_series_json
from readoutdiff.render.series_text import render_series_text
from readoutdiff.render.series_titles import _tail_start, shared_opening, shown_titles
from readoutdiff.series import Series, build_series
from readoutdiff.text.wide import has_wide

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _series(name: str, dates: tuple[str, ...], chdir: pytest.MonkeyPatch) -> Series:
    chdir.chdir(FORMULAS)  # the files as a user names them, so that a meeting's line fits
    return build_series([load(f"{name}__{date}__wh.txt") for date in dates])


def test_titles_sharing_a_long_opening_are_shown_past_it_in_every_view(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Both titles cut at 72 columns read "Readout of National Security Advisor Jake Sullivan’s
    # Meeting…" (u44's walk): the meetings could not be told apart by their titles.
    series = _series("sullivan-barzani", ("2024-01-16", "2024-02-29"), monkeypatch)
    text = render_series_text(series)
    lines = text.splitlines()
    assert lines[1] == (
        "Every title opens “Readout of National Security Advisor Jake Sullivan’s Meeting with the"
        " Prime Minister of Iraq’s…”"
    )
    first = next(line for line in lines if line.startswith("   1  2024-01-16"))
    second = next(line for line in lines if line.startswith("   2  2024-02-29"))
    assert first.endswith("  “…Kurdistan Region, Masrour Barzani”")  # both dated by file name:
    # said once; no note after it: its one anchored entry is "Formula “longstanding
    # partnership” reworded", no wording around a kept formula (u63)
    assert second.endswith("  “…Kurdistan Regional Government (KRG) Masrour Barzani”")
    assert not second.endswith("(date from the file name)")
    assert "Every date is taken from the file name" in lines
    wrapped = render_series_text(series, width=80)
    assert all(columns(line) <= 80 for line in wrapped.splitlines())
    assert " ".join(wrapped.split()) == " ".join(text.split())
    # HTML: the pair's heading names both titles as the terminal shows them; the column's
    # tooltip keeps the whole title
    page = build_page(series, {2: "p.html"}, inline=False)
    assert page.pairs[0].a.endswith("· “…Kurdistan Region, Masrour Barzani”")
    assert page.pairs[0].b.endswith("· “…Kurdistan Regional Government (KRG) Masrour Barzani”")
    assert page.columns[1].title.endswith(
        "Meeting with the Prime Minister of Iraq’s Kurdistan Regional Government (KRG) Masrour"
        " Barzani (date 2024-02-29 taken from the file name)"
    )
    # JSON keeps every title whole
    meetings = json.loads(render_series_json(series))["meetings"]
    assert [m["title"] for m in meetings] == [m.title for m in series.meetings]
    assert meetings[0]["title"].startswith("Readout of National Security Advisor")


def test_titles_differing_near_their_start_or_not_at_all_are_shown_as_before() -> None:
    # harris-herzog: "Readout of Vice President Harris’s Call …" / "Readout of the Vice
    # President’s Call …": the shared "Readout of " is too short to be worth dropping
    herzog = [
        load(FORMULAS / f"harris-herzog__{d}__wh.txt").title
        for d in ("2023-11-07", "2023-12-03", "2024-01-08", "2024-02-16")
    ]
    assert shared_opening(herzog) == ""
    shown = shown_titles(herzog)  # cut at their end, as before, and still told apart
    assert shown == [in_columns(title, 72) for title in herzog]
    assert shown[0] == "Readout of Vice President Harris’s Call with President Isaac Herzog…"
    assert len(set(shown)) == 4
    # xi-tokayev: two of three titles the same, Chinese, short
    zh = build_series(
        [load(p) for p in sorted(FORMULAS.glob("xi-tokayev__202[56]-0[68]-*__cctv.txt"))]
    )
    assert [m.title for m in zh.meetings] == [
        "习近平同哈萨克斯坦总统会谈",
        "习近平会见哈萨克斯坦总统",
    ]
    assert "“习近平同哈萨克斯坦总统会谈”" in render_series_text(zh)
    assert "Every title opens" not in render_series_text(zh)


def test_sullivan_ano_titles_alike_but_for_an_apostrophe_keep_their_difference() -> None:
    titles = [
        load(FORMULAS / f"sullivan-ano__{d}__wh.txt").title
        for d in ("2023-01-17", "2023-10-23", "2024-04-01")
    ]
    assert shared_opening(titles) == "Readout of National Security Advisor "
    shown = shown_titles(titles)
    assert shown[0].startswith("…Jake Sullivan Call with")
    assert shown[1].startswith("…Jake Sullivan’s Call with")
    assert shown[1] == shown[2]  # the same title: nothing to tell apart


def test_a_row_s_facts_are_never_torn_at_80_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    # sullivan-ano's rows read "… mined phrase · seen 2–3 · dropped" at one line's end and
    # "at 4 · changed: …" at the next; xi-tokayev's "… · seen" and "1–2".
    series = _series(
        "sullivan-ano",
        ("2023-01-17", "2023-10-23", "2024-04-01", "2024-06-26", "2024-08-20"),
        monkeypatch,
    )
    lines = render_series_text(series, width=80).splitlines()
    assert all(columns(line) <= 80 for line in lines)
    # the rows, under the legend (the head's counts may end "… listed under dropped": u66)
    rows = lines[next(i for i, line in enumerate(lines) if line.startswith("Legend: ")) :]
    assert not [line for line in rows if line.endswith((" seen", " dropped", " at", " absent"))]
    row = next(i for i, line in enumerate(lines) if "“dangerous and unlawful actions”" in line)
    assert lines[row].endswith("mined phrase · seen 2–3 ·")
    # "dangerous and unlawful actions" -> "dangerous actions": what the pair's key changes call
    # it, not a wording around it the meeting's count would hold (ser3)
    assert lines[row + 1].strip() == "dropped at 4 · changed: qualifier removed"
    facts = [r.facts for g in build_page(series, {}, inline=False).groups for r in g.rows]
    assert "seen\u00a02–3 · dropped\u00a0at\u00a04" in facts  # the HTML heading cell too


def test_a_middle_cut_keeps_the_longest_end_of_40_columns_of_every_real_title() -> None:
    # The end kept by a cut in the middle is found in one walk back (fix6): on every title of
    # the dev pairs' readouts (English, Chinese with its 「」 and ，, Russian) it is the longest
    # end that ``columns`` measures at most 40 columns, as when each end was measured anew.
    titles = set()
    for pair in sorted((FORMULAS / "pairs").glob("*.toml")):
        data = tomllib.loads(pair.read_text("utf-8"))
        if not data["heldout"]:
            titles.update(load(FORMULAS / data[side]).title or "" for side in ("a", "b"))
    assert any(has_wide(title) for title in titles) and len(titles) > 200
    for title in titles:
        at = _tail_start(title)
        assert columns(title[at:]) <= 40 and (at == 0 or columns(title[at - 1 :]) > 40)
