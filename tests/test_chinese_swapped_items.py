"""In a comparison of two Chinese readouts, a list said again with one item kept and another
swapped is one changed entry (formulas/entries/swapped_items.py): on dev pairs of eval/formulas
(CCTV evening-news readouts, sources in eval/formulas/SOURCES.md) and on made-up clauses."""

from __future__ import annotations

import pytest
from eval_pairs import cctv, one_changed_both_ways

from readoutdiff.formulas.entries.swapped_items import edge_items, items_swapped
from readoutdiff.formulas.origins import origins
from readoutdiff.ingest import from_text
from readoutdiff.model import Alignment, Formula, FormulaStatus, Span, Status


@pytest.mark.parametrize(
    ("series", "a_day", "b_day", "a_words", "b_words"),
    [
        # 多边主义 kept, 维护自由贸易 swapped for 联合国权威; both clauses unpaired, one gap
        ("xi-carney", "2025-10-31", "2026-01-16", "共同践行多边主义、维护自由贸易",
         "维护多边主义和联合国权威"),
        # 自由贸易 kept, 经济全球化 swapped for 多边主义
        ("xi-albanese", "2024-11-18", "2025-07-15", "中澳都是经济全球化和自由贸易的支持者、维护者",
         "维护多边主义和自由贸易"),
    ],
)  # fmt: skip
def test_a_list_with_one_item_swapped_is_one_changed_entry_both_ways(
    series: str, a_day: str, b_day: str, a_words: str, b_words: str
) -> None:
    """The hand lists pair each as one changed event; the tool left a dropped and an appeared
    list. Swapped readouts swap the wordings."""
    one_changed_both_ways(series, a_day, b_day, a_words, b_words)


def test_a_list_sharing_the_item_in_another_place_stays_one_sided() -> None:
    """B's 共同维护自由贸易和世界贸易组织规则 lists 自由贸易 too, in another place of the
    alignment: the hand list calls it appeared, and so does the tool."""
    comparison = cctv("xi-albanese", "2024-11-18", "2025-07-15")
    told = [
        (f.status, f.b_text)
        for f in comparison.formulas
        if f.b_text == "共同维护自由贸易和世界贸易组织规则"
    ]
    assert told == [(FormulaStatus.APPEARED, "共同维护自由贸易和世界贸易组织规则")]


def _one_sided(words: str, start: int, *, on_a: bool, name: str) -> Formula:
    span = (Span(start=start, end=start + len(words), line=1),)
    if on_a:
        return Formula(
            status=FormulaStatus.DROPPED, a_text=words, b_text=None, a_spans=span, id=name
        )
    return Formula(status=FormulaStatus.APPEARED, a_text=None, b_text=words, b_spans=span, id=name)


def _alignments(a_text: str, b_text: str, *, paired: bool) -> tuple[Alignment, ...]:
    a, b = from_text(a_text), from_text(b_text)
    if paired:
        return (Alignment(status=Status.CHANGED, a=a.sentences, b=b.sentences, score=0.5),)
    # A's sentence, then a kept pair, then B's: two gaps
    return (
        Alignment(status=Status.DROPPED, a=a.sentences[:1], b=(), score=0.0),
        Alignment(status=Status.UNCHANGED, a=a.sentences[1:2], b=b.sentences[:1], score=1.0),
        Alignment(status=Status.ADDED, a=(), b=b.sentences[1:2], score=0.0),
    )


LIST = "共同践行多边主义、维护自由贸易"


@pytest.mark.parametrize(
    ("a_text", "b_text", "appeared", "paired"),
    [
        # the other list in another place of the alignment
        ("双方要共同践行多边主义、维护自由贸易。双方同意。", "双方同意。双方要维护多边主义和联合国权威。",
         (("维护多边主义和联合国权威", 8),), False),
        # two lists of its place say 多边主义: neither is its one partner
        ("双方要共同践行多边主义、维护自由贸易。", "双方要维护多边主义和联合国权威，坚持多边主义和开放合作。",
         (("维护多边主义和联合国权威", 3), ("坚持多边主义和开放合作", 16)), True),
    ],
)  # fmt: skip
def test_a_list_without_one_partner_in_its_place_stays_one_sided(
    a_text: str, b_text: str, appeared: tuple[tuple[str, int], ...], paired: bool
) -> None:
    a, b = from_text(a_text), from_text(b_text)
    formulas = [_one_sided(LIST, 3, on_a=True, name="mined:x")] + [
        _one_sided(words, at, on_a=False, name=f"mined:y{k}")
        for k, (words, at) in enumerate(appeared)
    ]
    alignments = _alignments(a_text, b_text, paired=paired)
    assert items_swapped(formulas, a, b, alignments) == tuple(formulas)


def test_one_pair_is_joined_under_one_name_both_ways() -> None:
    a_text, b_text = "双方要共同践行多边主义、维护自由贸易。", "双方要维护多边主义和联合国权威。"
    a, b = from_text(a_text), from_text(b_text)
    drop = _one_sided("共同践行多边主义、维护自由贸易", 3, on_a=True, name="mined:y")
    appear = _one_sided("维护多边主义和联合国权威", 3, on_a=False, name="mined:x")
    (there,) = items_swapped([drop, appear], a, b, _alignments(a_text, b_text, paired=True))
    mirror_drop = _one_sided("维护多边主义和联合国权威", 3, on_a=True, name="mined:x")
    mirror_appear = _one_sided("共同践行多边主义、维护自由贸易", 3, on_a=False, name="mined:y")
    (back,) = items_swapped(
        [mirror_drop, mirror_appear], b, a, _alignments(b_text, a_text, paired=True)
    )
    assert (there.status, there.a_text, there.b_text) == (
        FormulaStatus.CHANGED,
        "共同践行多边主义、维护自由贸易",
        "维护多边主义和联合国权威",
    )
    assert (back.status, back.b_text, back.a_text) == (there.status, there.a_text, there.b_text)
    assert there.id == back.id == "mined:x/reworded"


@pytest.mark.parametrize(
    ("series", "a_day", "b_day", "a_words"),
    [
        ("xi-carney", "2025-10-31", "2026-01-16", "共同践行多边主义、维护自由贸易"),
        # 好朋友 kept, 好伙伴 swapped for 好兄弟 (xi-albanese's list was here until bg4's rebuilt
        # background: its changed entry is still one, both ways, but made by paired_by_head)
        ("xi-ghazouani", "2023-07-28", "2024-09-03", "中毛两国要继续做相互支持的好朋友、共谋发展的好伙伴"),
    ],
)  # fmt: skip
def test_the_joined_list_tells_one_story_both_ways(
    series: str, a_day: str, b_day: str, a_words: str
) -> None:
    """The changed entry is made from the entry it is named by (entries/joined.py with
    from_named), in one pair the dropped and in the swapped one the appeared: its id, source,
    topic and the steps that made it are the same whichever readout is A."""
    told = []
    for swap in (False, True):
        with origins() as of:
            comparison = cctv(series, a_day, b_day, swap=swap)
            (entry,) = [
                f for f in comparison.formulas
                if f.status is FormulaStatus.CHANGED and a_words == (f.b_text if swap else f.a_text)
            ]  # fmt: skip
            told.append((entry.id, entry.source, entry.topic, entry.confidence, of(entry)))
    assert told[0] == told[1]
    assert told[0][-1].endswith(">items_swapped")


def test_an_item_is_a_run_of_words_at_a_list_mark() -> None:
    assert "自由贸易" in edge_items("中澳都是经济全球化和自由贸易的支持者、维护者")
    assert edge_items("促进世界和平发展") == frozenset()  # 和 of 和平: no list
    assert edge_items("深化中德合作") == frozenset()
