"""In a comparison of two Chinese readouts, an enumeration (items joined by 、, or one closed by
等) and a clause of the other readout saying one of its items in the same frame are one changed
entry (formulas/entries/listed_items.py), on dev pairs of eval/formulas (CCTV evening-news
readouts, sources in eval/formulas/SOURCES.md) and on made-up clauses."""

from __future__ import annotations

import pytest
from eval_pairs import dropped, one_changed_both_ways

from readoutdiff.formulas.entries.listed_items import items, items_paired, shared
from readoutdiff.ingest import from_text
from readoutdiff.model import FormulaStatus


@pytest.mark.parametrize(
    ("series", "a_day", "b_day", "a_words", "b_words"),
    [
        ("xi-tokayev", "2025-06-16", "2025-08-30", "巩固贸易、投资、能源等传统合作优势", "巩固能源合作基石"),
        ("xi-merz", "2025-05-23", "2026-02-25", "培育人工智能、量子技术等前沿领域合作增量",
         "促进人工智能等前沿领域对话合作"),
        ("xi-modi", "2024-10-23", "2025-08-31", "寻求公平合理的解决方案",
         "寻求公平合理、双方都能接受的边界问题解决方案"),
        ("xi-lukashenko", "2025-06-04", "2025-08-31", "中国和白俄罗斯是真朋友、好伙伴",
         "白俄罗斯是中国全天候的伙伴、永远可靠的朋友"),
    ],
)  # fmt: skip
def test_a_list_and_its_item_said_again_are_one_changed_entry_both_ways(
    series: str, a_day: str, b_day: str, a_words: str, b_words: str
) -> None:
    """The hand lists pair each as one changed event; the tool said nothing of the two or one
    side dropped or appeared. Swapped readouts swap the wordings."""
    one_changed_both_ways(series, a_day, b_day, a_words, b_words)


@pytest.mark.parametrize(
    ("a_words", "b_text"),
    [
        ("巩固贸易、投资、能源等传统合作优势", "双方要推动能源转型。"),  # no frame shared
        ("蔡奇、王毅等参加会见", "王毅参加会见。"),  # the meeting's news, names
        ("推动建立更加平等、公正、合理的国际秩序", "经贸合作基于平等尊重、互利共赢。"),  # no verb before
        ("加强合作、深化合作、拓展合作", "加强合作。双方要深化合作。要拓展合作。"),  # said throughout
    ],
)  # fmt: skip
def test_no_entry_without_an_item_in_the_same_frame(a_words: str, b_text: str) -> None:
    a, b = from_text(a_words + "。"), from_text(b_text)
    out = items_paired([dropped(a_words)], a, b)
    assert [f.status for f in out] == [FormulaStatus.DROPPED]


def test_items_and_share() -> None:
    assert items("坚持相互尊重、平等相待、求同存异") == {"相互尊重", "平等相待", "求同存异"}
    assert items("推动两国关系发展") == frozenset()
    assert shared("加强在联合国等多边框架内协调和合作", "维护多边主义和联合国权威") == 0


def test_other_languages_pass_through() -> None:
    a, b = from_text("We uphold free trade, investment and energy."), from_text("Energy matters.")
    formulas = [dropped("free trade, investment and energy")]
    assert items_paired(formulas, a, b) == tuple(formulas)


def test_said_more_is_the_count_of_sayings_past_the_bound() -> None:
    """``said_more(text, piece, n)`` is ``text.count(piece) > n`` (sp102: the three Chinese rules
    find up to the sayings past their bound instead of counting a whole readout): on every Chinese
    eval text's words and clauses as pieces, bounds 0 to 3, and on drawn strings of few letters
    (overlapping sayings: "aaaa" holds "aa" twice, as count reads it) and the empty piece."""
    import random
    import re
    from pathlib import Path

    from readoutdiff.formulas.words.spans import said_more

    folder = Path(__file__).resolve().parent.parent / "eval" / "formulas"
    texts = [
        text
        for path in sorted(folder.glob("*.txt"))[::4]
        if len(re.findall(r"[\u4e00-\u9fff]", text := path.read_text(encoding="utf-8"))) > 200
    ]
    assert len(texts) >= 15
    rng = random.Random(102)
    for text in texts:
        pieces = sorted(set(re.findall(r"[\u4e00-\u9fff]{2,4}", text)))
        pieces = rng.sample(pieces, min(60, len(pieces))) + re.split(r"[，。、；]", text)[:10]
        for piece in pieces + ["", "合作", "发展", "。"]:
            for times in range(4):
                assert said_more(text, piece, times) == (text.count(piece) > times), (piece, times)
    for _ in range(5_000):
        text = "".join(rng.choices("ab合作", k=rng.randint(0, 12)))
        piece = "".join(rng.choices("ab合作", k=rng.randint(0, 3)))
        times = rng.randint(0, 4)
        assert said_more(text, piece, times) == (text.count(piece) > times), (text, piece, times)


def test_said_once_of_the_english_tails_is_the_count_of_one() -> None:
    """kept_tails_en's ``_once`` (one of the forms said once in all), asked of
    :func:`~readoutdiff.formulas.words.spans.said_more`, is ``sum(map(text.count, forms)) == 1``
    on English eval texts with their own phrases as forms, and on drawn strings."""
    import random
    from pathlib import Path

    from readoutdiff.formulas.entries.kept_tails_en import _forms, _once

    folder = Path(__file__).resolve().parent.parent / "eval" / "formulas"
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*__wh.txt"))[::10]]
    assert len(texts) >= 10
    draw = random.Random(46)
    for text in texts:
        words = text.split()
        for _ in range(40):
            at = draw.randrange(max(1, len(words) - 3))
            forms = _forms(" ".join(words[at : at + draw.randint(1, 3)]).lower())
            assert _once(text, forms) == (sum(map(text.count, forms)) == 1), forms
    for _ in range(2000):
        text = "".join(draw.choice("aAb ") for _ in range(draw.randint(0, 12)))
        forms = _forms("".join(draw.choice("ab") for _ in range(draw.randint(1, 2))))
        assert _once(text, forms) == (sum(map(text.count, forms)) == 1), (text, forms)
