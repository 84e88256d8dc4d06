"""nz6 (issue 10, noise on unseen text): a formula's rewording is not looked for at the other end
of the other readout (``linking/slots._far_apart``), on real dev pairs.

Readouts tell their lines in much the same order, and a place sharing a formula's words more
than :data:`slots.FAR` of a readout away from where the formula stands is most often another
line of the same words: the formula is then told dropped or appeared, or linked later to its
nearer rewording."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas.linking import slots
from readoutdiff.ingest import load

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _told(a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    comparison = compare(load(FORMULAS / f"{a}.txt"), load(FORMULAS / f"{b}.txt"))
    return [(f.status.value, f.a_text, f.b_text) for f in comparison.formulas]


def test_a_line_a_quarter_in_is_not_linked_to_one_three_quarters_in() -> None:
    # Li Qiang and Scholz, June 2023 -> April 2024: Li's 深化对话合作 (a quarter into A) was
    # linked to the German side's 深化务实合作 (three quarters into B), a noise report; the
    # German side's own 深化互利合作 of 2023 is the line the hand list pairs with it.
    told = _told("liqiang-scholz__2023-06-20__cctv", "liqiang-scholz__2024-04-16__cctv")
    assert ("changed", "深化对话合作", "深化务实合作") not in told
    assert ("changed", "深化互利合作", "深化务实合作") in told


def test_a_closing_line_is_not_linked_to_an_opening_one() -> None:
    # Trudeau and Albanese, 24 May -> 30 June 2022: "stay in close touch" closes A, "continue
    # their close cooperation" on sanctions opens B; the hand list says dropped.
    told = _told("trudeau-albanese__2022-05-24__pm-gc-ca", "trudeau-albanese__2022-06-30__pm-gc-ca")
    assert ("changed", "stay in close touch", "continue their close cooperation") not in told
    assert ("dropped", "stay in close touch", None) in told


def test_either_way_round() -> None:
    told = _told("liqiang-scholz__2024-04-16__cctv", "liqiang-scholz__2023-06-20__cctv")
    assert ("changed", "深化务实合作", "深化对话合作") not in told
    assert ("changed", "深化务实合作", "深化互利合作") in told


def test_near_places_are_still_linked() -> None:
    # Blinken and Kuleba, 24 -> 27 May 2022: the hand's change, said in sentences the alignment
    # does not pair, stands at like places of the two readouts.
    assert 0 < slots.FAR < 1
    told = _told("blinken-kuleba__2022-05-24__state", "blinken-kuleba__2022-05-27__state")
    assert ("changed", "Russia’s unprovoked and unjustified war",
            "Russia’s brutal and unprovoked war") in told  # fmt: skip
