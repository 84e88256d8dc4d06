"""Numbered points of MOFA Japan readouts: a lone "1." opens its sentence, and no line is
linked across points that do not correspond (real readouts of eval/formulas and eval/outside)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.formulas.linking.nearby import placement
from readoutdiff.formulas.linking.numbered import crossing, points
from readoutdiff.ingest import load
from readoutdiff.languages.points import lone
from readoutdiff.model import Readout
from readoutdiff.render.html import render_html
from readoutdiff.render.jsonout import render_json
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text

ROOT = Path(__file__).resolve().parent.parent
FEB, MAR = "hayashi-blinken__2022-02-26__mofa-jp.txt", "hayashi-blinken__2022-03-24__mofa-jp.txt"
MARCH, APRIL = (
    "nakasone-miliband__2009-03-12__mofa-jp.txt",
    "nakasone-miliband__2009-04-28__mofa-jp.txt",
)


@cache
def readout(name: str) -> Readout:
    folder = "formulas" if name.startswith("hayashi") else "outside"
    return load(ROOT / "eval" / folder / name)


def test_a_point_number_opens_its_sentence() -> None:
    feb = readout(FEB)
    assert not any(lone(s.text) for s in feb.sentences)
    opened = [s.text[:41] for s in feb.sentences if s.text[:1].isdigit()]
    assert opened == [
        "1. The two ministers condemned the recent",
        "2. Minister Hayashi informed Secretary Bl",
        "3. The two ministers concurred that the c",
        "4. Furthermore, the two ministers reaffir",
    ]


def test_each_sentence_stands_in_its_point() -> None:
    # March's point 1 is two sentences; the title, date and opening stand in none.
    assert points(readout(FEB)) == (None, None, None, "1", "2", "3", "4")
    assert points(readout(MAR)) == (None, None, None, "1", "1", "2", "3", "4")


def test_points_correspond_by_number_or_by_the_aligner() -> None:
    feb, mar = readout(FEB), readout(MAR)
    pairs = [p for p in compare(feb, mar).alignments if p.a and p.b]
    crosses = crossing(feb, mar, placement(pairs))
    assert crosses(5, 3)  # February's point 3 (the rule of law) and March's 1 (North Korea)
    assert not crosses(5, 6)  # both point 3
    assert not crosses(6, 6)  # February's 4 said again as March's 3: the aligner paired them
    assert not crosses(0, 3)  # the title stands in no point


def test_no_line_is_linked_across_points() -> None:
    # Both wrong links the segmenter change brought (lonely.link.standing, then gap_frames):
    # point 3's "challenge to the international order …" is no rewording of point 1's "a clear
    # and serious challenge to the international community" (hand list: appeared).
    found = compare(readout(FEB), readout(MAR)).formulas
    assert not [
        f for f in found if f.a_text and f.a_text.startswith("challenge to the international")
    ]
    assert [f.a_text for f in found if f.status.value == "dropped"] == [
        "sovereignty and territorial integrity",
        "unilateral changes to the status quo",
        "rule of law",
        "Free and Open Indo-Pacific",
    ]


def test_no_line_is_linked_across_points_outside() -> None:
    found = compare(readout(MARCH), readout(APRIL)).formulas
    assert not [f for f in found if (f.a_text or "").startswith("wish to cooperate closely")]


def test_key_change_quotes_start_at_the_points_text() -> None:
    # Points 3 of February and 1 of March stand alone in their readouts: their key changes
    # quote the passage from "The two ministers …", not from the point's number, in every view.
    comparison = compare(readout(FEB), readout(MAR))
    keys = key_changes(comparison)
    quoted = [k.summary.partition(": “")[2][:18] for k in keys if "passage" in k.summary]
    assert "The two ministers " in quoted
    assert not any(q[:1].isdigit() for q in quoted)
    assert not any((k.a_text or k.b_text or "x")[:1].isdigit() for k in keys)
    views = (render_text(comparison), render_markdown(comparison), render_json(comparison))
    for view in (*views, render_html(comparison, stamp="")):
        assert "“3. The two" not in view and "“1. The two" not in view
        assert "“The two ministers concurred that the current development" in view


def test_points_correspond_as_the_set_of_every_pair_s_points_says() -> None:
    # crossing reads the aligner's marks of A's point asked of only (fix6), not every pair:
    # on both real MOFA pairs, both ways, each answer is the one the set of the points every
    # aligned pair joins gives.
    for first, second in ((FEB, MAR), (MAR, FEB), (MARCH, APRIL), (APRIL, MARCH)):
        a, b = readout(first), readout(second)
        pairs = [p for p in compare(a, b).alignments if p.a and p.b]
        of_a, of_b = points(a), points(b)
        joined = {(of_a[s.index], of_b[t.index]) for p in pairs for s in p.a for t in p.b}
        crosses = crossing(a, b, placement(pairs))
        for x, p in enumerate(of_a):
            for y, q in enumerate(of_b):
                expected = None not in (p, q) and p != q and (p, q) not in joined
                assert crosses(x, y) is expected, (first, x, y)
