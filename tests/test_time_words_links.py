"""A word that only places a line in time ("next", "ongoing", "recent": ``roles.WHEN``) is no
evidence that two wordings of unpaired sentences say one line (fat4): not as the telling word
of ``unpaired/gap_words.py``, not as one of the two words ``linking/standing.py``'s regions
share. Real pairs, both ways: one of the dev part (standing), two of the outside tuning part
(gap_words), each a wrong link at the base; a right link that shares a time word and two
other words stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import fates

from readoutdiff import compare, load

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"


def _outside(a: str, b: str, swap: bool) -> list[tuple[str, str | None, str | None]]:
    x, y = load(OUTSIDE / a), load(OUTSIDE / b)
    x, y = (y, x) if swap else (x, y)
    return [(f.status.value, f.a_text, f.b_text) for f in compare(x, y).formulas]


def _texts(found: list[tuple[str, str | None, str | None]]) -> set[str | None]:
    return {text for status, a, b in found if status == "changed" for text in (a, b)}


@pytest.mark.parametrize("swap", [False, True])
def test_next_steps_are_no_shared_line(swap: bool) -> None:
    # dev, Canadian PMO: "next steps to advance the Critical Minerals Action Plan" (dropped, by
    # the hand) / "engage constructively on the next steps": "next" and "steps" only shared.
    found = _texts(fates("carney-merz__2025-08-26", swap=swap))
    assert "engage constructively on the next steps" not in found


@pytest.mark.parametrize("swap", [False, True])
@pytest.mark.parametrize(
    ("a", "b", "wording"),
    [
        (  # 10 Downing Street: "next year" (a not-formula of the hand list) is all they share
            "johnson-martin__2020-06-30__gov-uk.txt",
            "johnson-martin__2020-11-27__gov-uk.txt",
            "UN Security Council next year",
        ),
        (  # White House: "welcomed ongoing UN-led efforts" (dropped, by the hand) / "ongoing
            # efforts" of another line
            "sullivan-mohammed-bin-salman__2023-07-27__wh.txt",
            "sullivan-mohammed-bin-salman__2023-12-13__wh.txt",
            "ongoing efforts",
        ),
    ],
    ids=["next-year", "ongoing"],
)
def test_a_time_word_tells_no_line_between_unpaired_sentences(
    a: str, b: str, wording: str, swap: bool
) -> None:
    assert not any(wording in (text or "") for text in _texts(_outside(a, b, swap)))


@pytest.mark.parametrize("swap", [False, True])
def test_a_line_sharing_other_words_besides_a_time_word_stays(swap: bool) -> None:
    # dev, White House: "ongoing progress in efforts to deepen bilateral …" / "progress on
    # deepening our bilateral relationship" share progress, deepen, bilateral.
    found = fates("sullivan-amorim__2023-08-21", swap=swap)
    pair = (
        "ongoing progress in efforts to deepen bilateral and regional cooperation",
        "progress on deepening our bilateral relationship",
    )
    assert ("changed", *(pair[::-1] if swap else pair)) in found
