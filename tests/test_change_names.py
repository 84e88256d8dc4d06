"""The kind of each changed formula, named alike in every view (change_names.py).

Real White House and State Department readouts of the formula evaluation set (dev pairs)."""

from __future__ import annotations

import html
import json
from pathlib import Path

from readoutdiff import Comparison, compare, load
from readoutdiff.check import check
from readoutdiff.check.rules import DEFAULT
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.render.html import render_html
from readoutdiff.render.jsonout import render_json
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _pair(a: str, b: str) -> Comparison:
    return compare(load(EVAL / a), load(EVAL / b))


def _heads(comparison: Comparison) -> dict[str, str]:
    """Each changed formula's key change: its change kind -> its summary."""
    return {k.change: k.summary for k in key_changes(comparison) if k.change}


def test_a_formula_said_in_other_words_in_its_kept_passage_is_reworded_not_changed_wording() -> (
    None
):
    # "Russia's unprovoked and unjustified invasion" → "its unjustified and unprovoked attack":
    # the formula's own words, in the passage B kept; it read "Changed wording", a label that
    # did not say the formula itself changed (as "Formula reworded" did for another passage).
    keys = key_changes(_pair("biden-duda__2022-03-04__wh.txt", "biden-duda__2022-03-26__wh.txt"))
    war = next(k for k in keys if k.a_text == "Russia’s unprovoked and unjustified invasion")
    assert war.summary.startswith("Formula reworded: “Russia’s unprovoked and unjustified")
    assert war.change == "reworded" and war.kind == "formula-changed"


def test_a_successor_formula_reads_as_replaced() -> None:
    comparison = _pair("biden-abdullah__2024-07-26__wh.txt", "biden-abdullah__2024-08-05__wh.txt")
    assert _heads(comparison)["replaced"] == (
        "Formula replaced: “stable, prosperous, and integrated Middle East region” (A line 3,"
        " sentence 5) → “peace and security” (B line 3, sentence 3)."
    )
    # and a phrase governing a formula said on both sides names that formula; not "kept": its
    # own entry is changed (a qualifier added), as the formula list counts it (ux27)
    assert _heads(comparison)["around"].startswith(
        "Wording around formula “hostage release and ceasefire deal” changed: “updated King"
    )


def test_a_phrase_that_names_its_formula_on_one_side_only_is_that_formula_reworded() -> None:
    # B says "war against Ukraine", not "war of choice": no formula "kept" around the change.
    comparison = _pair(
        "blinken-truss__2022-04-01__state.txt", "blinken-truss__2022-05-03__state.txt"
    )
    assert _heads(comparison)["reworded"].startswith(
        "Formula “war of choice” reworded: “support President Putin’s war of choice on Ukraine”"
    )
    assert "kept formula" not in render_text(comparison)


def test_a_phrase_around_a_formula_only_a_says_is_around_a_dropped_formula_in_every_view() -> None:
    # A: "central to establishing a prolonged humanitarian pause in the fighting and ensure
    # additional life-saving humanitarian assistance reaches civilians"; B rewrote the passage
    # without the pause. The key changes said "around kept formula" and, one line below,
    # "Dropped formula" of the same pause. The line around it now tells the drop, once (u34:
    # the "Dropped formula" line after it said the pause again).
    comparison = _pair("biden-tamim__2024-01-26__wh.txt", "biden-tamim__2024-02-29__wh.txt")
    pause = "prolonged humanitarian pause in the fighting"
    summaries = [k.summary for k in key_changes(comparison)]
    assert f"Dropped formula “{pause}” (A line 3, sentence 3)." not in summaries
    around = next(s for s in summaries if "ensure additional life-saving" in s)
    assert around.startswith(f"Wording around dropped formula “{pause}” changed: “ensure")
    page = html.unescape(render_html(comparison))
    for view in (render_text(comparison), render_markdown(comparison), page):
        assert f"around dropped formula “{pause}”" in view
        assert "kept formula" not in view
    result = check(comparison, DEFAULT)
    said = [f.message for o in result.outcomes for f in o.findings]
    assert any(m.startswith(f"wording around dropped formula “{pause}”: “ensure") for m in said)


def test_every_view_says_the_same_label_and_json_names_its_kind() -> None:
    comparison = _pair("biden-abdullah__2024-07-26__wh.txt", "biden-abdullah__2024-08-05__wh.txt")
    document = json.loads(render_json(comparison))
    text, markdown = render_text(comparison), render_markdown(comparison)
    page = html.unescape(render_html(comparison))
    for key in document["key_changes"]:
        if key["kind"] in ("formula-changed", "qualifier-removed"):
            head = key["summary"].split(": “")[0]
            assert head in text and head in markdown and head in page
            assert key["change"] in ("replaced", "around", "reworded", "qualifier-removed")
            listed = f"{head[:1].lower()}{head[1:]}: “"
            assert listed in text.split("\nFormulas\n")[1] and listed in markdown
            assert f"{head[:1].lower()}{head[1:]}</small>" in page  # the HTML formula list's note
        else:
            assert key["change"] is None


def test_the_heads_benchmark_counts_a_pair_s_key_changes_by_their_labels() -> None:
    import sys

    sys.path.insert(0, str(EVAL.parent.parent / "benchmarks"))
    from key_change_heads import head

    keys = key_changes(
        _pair("biden-abdullah__2024-07-26__wh.txt", "biden-abdullah__2024-08-05__wh.txt")
    )
    assert [head(k.summary) for k in keys][:2] == [
        "Formula replaced",
        "Wording around formula “…” changed",
    ]


def test_check_says_a_replaced_formula_was_replaced_as_the_key_changes_do() -> None:
    comparison = _pair("biden-abdullah__2024-07-26__wh.txt", "biden-abdullah__2024-08-05__wh.txt")
    said = [f.message for o in check(comparison, DEFAULT).outcomes for f in o.findings]
    assert (
        "formula “stable, prosperous, and integrated Middle East region” was replaced by “peace"
        " and security” (new line 3, sentence 3)"
    ) in said
    assert sum(m.endswith("(new line 3, sentence 2)") and " changed to “" in m for m in said) == 2
