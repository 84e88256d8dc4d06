"""A short English wording that "of" or "for" governs is reported with the noun phrase that
governs it, as an analyst's hand list quotes it ("the implications of Russia's war on Ukraine
for Transatlantic security"); "the importance of", an adjective ("accountable for") and a noun
of support (whose object :mod:`complement` tells) govern nothing. Real readouts: the outside
set's tuning part, the evaluation set's dev pairs and the judged noise sample (never a
held-out or aside pair)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import compare, load

EVAL = Path(__file__).resolve().parent.parent / "eval"
Report = tuple[str, str | None, str | None]


def _reports(folder: str, a: str, b: str) -> list[Report]:
    result = compare(load(EVAL / folder / a), load(EVAL / folder / b))
    return [(f.status.value, f.a_text, f.b_text) for f in result.formulas]


def _wordings(reports: list[Report]) -> set[str]:
    return {w.casefold() for _, a, b in reports for w in (a, b) if w}


def test_a_kept_core_is_told_with_its_governing_phrase_on_both_sides() -> None:
    reports = _reports(
        "outside", "biden-stoltenberg__2022-06-02__wh.txt", "biden-stoltenberg__2023-06-13__wh.txt"
    )
    grown = "implications of Russia’s war on Ukraine for {} security"
    assert ("persisted", grown.format("Transatlantic"), grown.format("transatlantic")) in reports
    assert "transatlantic security" not in _wordings(reports)


def test_need_for_and_the_phrase_joined_by_and() -> None:
    reports = _reports(
        "formulas",
        "biden-pope-francis__2024-06-14__wh.txt",
        "biden-pope-francis__2024-12-19__wh.txt",
    )
    assert "urgent need for an immediate ceasefire" in _wordings(reports)


@pytest.mark.parametrize(
    ("folder", "a", "b", "kept"),
    [
        # "the importance of peace and prosperity in Northern Ireland": the dev lists quote it bare
        ("formulas", "blinken-truss__2022-05-03__state.txt", "blinken-truss__2022-06-02__state.txt",
         "peace and prosperity"),
        # "hold the Russian Federation and its enablers accountable for the unprovoked …"
        ("formulas", "blinken-aliyev__2022-04-05__state.txt",
         "blinken-aliyev__2022-05-11__state.txt", "unprovoked and unjustified war"),
        # "the urgency of broad support for a rules-based order": the noun of support's object
        ("noise", "blinken-kamilov__2021-07-01__state.txt",
         "blinken-kamilov__2022-03-10__state.txt", "rules-based order"),
    ],
)  # fmt: skip
def test_what_governs_no_report(folder: str, a: str, b: str, kept: str) -> None:
    assert kept in _wordings(_reports(folder, a, b))


def test_never_across_a_quote_and_never_through_the_importance_of() -> None:
    # "the realization of a “Free and Open Indo-Pacific”": the quoted name is reported alone
    quoted = _reports(
        "noise", "hayashi-payne__2021-12-11__mofa-jp.txt", "hayashi-payne__2022-02-12__mofa-jp.txt"
    )
    assert not any("realization" in w for w in _wordings(quoted))
    # "the importance of rights for women and girls in Afghanistan"
    rights = _reports(
        "noise", "blinken-marsudi__2021-08-03__state.txt", "blinken-marsudi__2022-05-15__state.txt"
    )
    assert ("appeared", None, "rights for women and girls") in rights


def test_a_kept_subject_said_to_be_something_else_is_changed() -> None:
    # "He underscored that an immediate ceasefire is essential to stabilize …" -> "… in Gaza"
    reports = _reports(
        "outside", "biden-netanyahu__2024-04-04__wh.txt", "biden-netanyahu__2024-04-28__wh.txt"
    )
    told = "immediate ceasefire is essential to stabilize and improve the humanitarian situation"
    assert ("changed", f"{told} and protect innocent civilians", "immediate ceasefire in Gaza") in (
        reports
    )


def test_the_first_member_of_a_list_of_examples_is_told_with_the_whole_list() -> None:
    # "… issues facing working people, such as forced labor, workplace discrimination, and heat
    # stress"
    reports = _reports(
        "formulas", "sullivan-amorim__2024-05-15__wh.txt", "sullivan-amorim__2024-07-18__wh.txt"
    )
    assert ("appeared", None, "forced labor, workplace discrimination, and heat stress") in reports
