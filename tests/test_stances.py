"""A line whose object stays and whose stance on it changes (formulas/linking/stances.py), on a real
pair of the evaluation set with default options, and on real readout sentences."""

from __future__ import annotations

from eval_pairs import fates as _default
from sentence_pairs import paired_lines

from readoutdiff.formulas.linking.stances import lines

# trudeau-sunak 2022-10-27 -> 2023-05-06, the two sentences.
A = (
    "Prime Minister Trudeau underscored Canada’s support for the UK’s accession to the "
    "Comprehensive and Progressive Agreement for Trans-Pacific Partnership."
)
B = (
    "Prime Minister Trudeau welcomed the UK’s accession to the Comprehensive and Progressive "
    "Agreement for Trans-Pacific Partnership, and looked forward to the conclusion of an "
    "ambitious bilateral free trade agreement."
)


def _lines(a: str, b: str) -> list[tuple[str, str]]:
    return paired_lines(lines, a, b)


def test_support_for_a_kept_thing_that_became_a_welcome_is_a_changed_line() -> None:
    assert ("changed", "support for the UK’s accession", "welcomed the UK’s accession") in _default(
        "trudeau-sunak__2022-10-27"
    )
    assert _lines(A, B) == [("support for the UK’s accession", "welcomed the UK’s accession")]


def test_the_change_mirrors_when_the_readouts_are_swapped() -> None:
    assert ("changed", "welcomed the UK’s accession", "support for the UK’s accession") in _default(
        "trudeau-sunak__2022-10-27", swap=True
    )


def test_a_verb_that_only_reports_is_no_stance() -> None:
    assert _lines(A.replace("underscored Canada’s support for", "discussed"), B) == []


def test_one_stance_in_two_forms_is_the_same_line() -> None:
    assert _lines(A.replace("underscored Canada’s support for", "supported"), A) == []


def test_a_stance_on_another_word_does_not_govern_the_kept_thing() -> None:
    assert _lines(A, B.replace("welcomed the UK’s", "welcomed progress on the UK’s")) == []


def test_a_kept_name_alone_is_no_thing_with_a_stance() -> None:
    # After blinken-cavusoglu: "strongly condemned Russia's …" / "support for Russia …".
    assert _lines(
        "The Secretary strongly condemned Russia, and they discussed the war.",
        "The Secretary voiced support for Russia, and they discussed the war.",
    ) == []  # fmt: skip
    assert _lines(
        "The Secretary strongly condemned Russia’s attacks, and they discussed the war.",
        "The Secretary voiced support for Russia’s attacks, and they discussed the war.",
    ) == [("condemned Russia’s attacks", "support for Russia’s attacks")]  # fmt: skip


def test_the_same_stance_on_a_kept_thing_is_no_change_of_stance() -> None:
    # White House readouts of Biden's virtual meetings with G7 leaders (2023-12-06, 2024-12-14),
    # not of the evaluation set: the holder changed, not the stance.
    a = (
        "President Biden thanked Prime Minister Kishida for his leadership of the G7 over the "
        "past year, and welcomed Italy’s G7 Presidency next year under Prime Minister Meloni."
    )
    b = (
        "President Biden thanked Prime Minister Meloni for her leadership of the G7 over the "
        "past year, welcomed Canada’s G7 Presidency next year under Prime Minister Trudeau, and "
        "encouraged the G7 to continue its vital work."
    )
    assert _lines(a, b) == []
    # Nor is another stance on it one: the presidency a country holds is an office (n13), and
    # an office is no formula, whatever is said of it.
    assert _lines(a.replace("welcomed", "supported"), b) == []
