"""A Chinese core said after its own modifier at every place is cut from its noun phrase
(``formulas.entries.modified_cores_zh``), on the readouts of ``eval/noise`` (branch zh10's and
zh14's tuning pairs; their aside pairs are no test input)."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare
from readoutdiff.formulas.entries.modified_cores_zh import modified_core, modified_place
from readoutdiff.ingest import load
from readoutdiff.model import Span

_NOISE = Path(__file__).resolve().parent.parent / "eval" / "noise"


def _reports(a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    result = compare(load(_NOISE / a), load(_NOISE / b))
    return [(str(f.status), f.a_text, f.b_text) for f in result.formulas]


def _place(text: str, wording: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(wording, start + 1)
    return Span(start=start, end=start + len(wording), line=1)


def test_a_core_after_its_modifier_is_cut_after_its_verb_is_not() -> None:
    text = "维护双方共同利益。增进战略互信。推动两国关系高质量发展。务实合作的深度和广度。密切高层交往。"
    assert modified_place(_place(text, "共同利益"), text)  # whose: 双方
    assert modified_place(_place(text, "高质量发展"), text)  # of which relationship
    assert modified_place(_place(text, "务实合作"), text)  # before 的: it modifies a noun
    assert not modified_place(_place(text, "战略互信"), text)  # the verb's object
    assert not modified_place(_place(text, "高层交往"), text)  # 密切, a verb jieba tags ad


def test_every_place_must_be_cut_and_the_core_short() -> None:
    text = "推动全方位互利合作。推动互利合作。"
    places = [_place(text, "互利合作"), _place(text, "互利合作", 1)]
    assert not modified_place(places[1], text)  # after its verb at one place: left alone
    assert not modified_core(places, text, "互利合作")
    longer = "加强在全球治理中的代表性和发言权。"
    assert not modified_core([_place(longer, "代表性和发言权")], longer, "代表性和发言权")


def test_a_cut_core_leaves_its_clause_standing() -> None:
    # Xi–Japarov 2023 -> 2024: A says 核心利益 twice, after 彼此 ("明确有力支持彼此核心利益") and
    # after a list's 等 ("在台湾、涉疆、涉港等核心利益问题上"); B says none. The bare core was
    # reported dropped (judged noise, a cut); the clause that says it is reported instead.
    found = _reports("xi-japarov__2023-05-18__cctv.txt", "xi-japarov__2024-07-04__cctv.txt")
    assert ("dropped", "核心利益", None) not in found
    assert (
        "dropped",
        "吉方支持中方在台湾、涉疆、涉港等核心利益问题上的立场坚定不移",
        None,
    ) in found


def test_a_count_cut_from_what_it_counts_is_no_formula() -> None:
    # Xi–Mirziyoyev 2023-10 -> 2024-07: A's "以共建“一带一路”倡议提出10周年为契机" was reported
    # dropped from its number on (judged noise, a date).
    found = _reports("xi-mirziyoyev__2023-10-18__cctv.txt", "xi-mirziyoyev__2024-07-04__cctv.txt")
    assert not any(a and a.startswith("10周年") for _, a, _ in found)
