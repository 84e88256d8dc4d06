"""fix8 (issue 10 points 2-3): two wrong formula reports a new user met, on real readouts.

A link of ``linking/slots.py`` resting on a name and a stock word that qualifies another head
is not made (``mutation._name_and_stock_only``); one whose stock word is the formula's head
stays. A kept formula read off two objects of one verb (``unpaired/role_objects.py``) is not
named by one adjective, and a mined phrase is named as the changed wordings say it
(``keys/naming.anchor_names``)."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.formulas.keys.naming import AskedNames, anchor_names
from readoutdiff.ingest import load

ROOT = Path(__file__).resolve().parent.parent
SERIES = ROOT / "eval" / "series" / "blinken-kuleba"
FORMULAS = ROOT / "eval" / "formulas"


def _told(a: Path, b: Path) -> list[tuple[str, str, str | None, str | None]]:
    return [(f.status.value, f.id, f.a_text, f.b_text) for f in compare(load(a), load(b)).formulas]


def test_a_name_and_a_stock_word_link_no_rewording() -> None:
    # Kuleba 22 -> 30 Jul 2022: "further security assistance for Ukraine" was linked to
    # "Ukraine's ports without further delay" (shared: "Ukraine" and "further").
    told = _told(
        SERIES / "blinken-kuleba__2022-07-22__state.txt",
        SERIES / "blinken-kuleba__2022-07-30__state.txt",
    )
    assert not [t for t in told if t[3] and "without further delay" in t[3]]
    assert (
        "dropped",
        "security-assistance-ukraine",
        "security assistance for Ukraine",
        None,
    ) in told


def test_a_name_and_the_formulas_head_still_link() -> None:
    # Kishida 18 May -> 18 Aug 2023: "U.S." and the head "commitment" are shared.
    told = _told(
        FORMULAS / "biden-kishida__2023-05-18__wh.txt",
        FORMULAS / "biden-kishida__2023-08-18__wh.txt",
    )
    assert (
        "changed",
        "extended-deterrence/reworded",
        "U.S. extended deterrence commitment",
        "U.S. commitment to the defense of Japan",
    ) in told


def test_a_kept_formula_is_not_named_by_one_adjective() -> None:
    # Harris-Marcos 6 Sep -> 16 Nov 2023: the objects of "discussed" share "economic" (the
    # formula was named "Economic", as B's first words "Asia Pacific Economic Cooperation" say it).
    comparison = compare(
        load(FORMULAS / "harris-marcos__2023-09-06__wh.txt"),
        load(FORMULAS / "harris-marcos__2023-11-16__wh.txt"),
    )
    around = [f for f in comparison.formulas if f.id.endswith("/wording")]
    assert [(f.id, f.anchor) for f in around] == [
        ("mined:economic-cooperation/wording", "mined:economic-cooperation")
    ]
    assert anchor_names(comparison)["mined:economic-cooperation"] == "economic cooperation"


def test_the_json_key_changes_name_the_mined_phrase_as_the_text_view_does() -> None:
    # rev4: the key changes of the JSON (and of check's GitHub notes) look names up lazily
    # (naming.AskedNames, sp72), which skipped the wordings step fix8 gave anchor_names: the
    # JSON said "Economic Cooperation" (B's first), the text view "economic cooperation".
    comparison = compare(
        load(FORMULAS / "harris-marcos__2023-09-06__wh.txt"),
        load(FORMULAS / "harris-marcos__2023-11-16__wh.txt"),
    )
    names = anchor_names(comparison)
    lazy = [key.summary for key in key_changes(comparison)]
    assert lazy == [key.summary for key in key_changes(comparison, names)]
    assert any("around formula “economic cooperation”" in line for line in lazy)
    assert AskedNames(comparison)["mined:economic-cooperation"] == "economic cooperation"
    assert dict(AskedNames(comparison)) == names
