"""Which step of the formula stage made each entry (a side table of
:func:`readoutdiff.formulas.origins.origins`; the model carries nothing), as the scorer
and benchmarks/fates_by_origin.py count it, on real dev pairs of three languages."""

from __future__ import annotations

import re

import fates_by_origin
import formula_eval
import pytest
import score_formulas

from readoutdiff import compare, load
from readoutdiff.formulas import tracking
from readoutdiff.formulas.entries import assessed_ru, clauses, entries, lone_heads, paired_points_ru
from readoutdiff.formulas.linking import lonely
from readoutdiff.formulas.origins import origins
from readoutdiff.render.jsonout import render_json

PAIRS = ("biden-scholz__2022-11-06", "xi-albanese__2024-11-18", "japarov-mirziyoyev__2022-07-04")
"""Dev pairs: English, Chinese (clause rules), Russian."""
STEPS = re.compile(r"[a-z_]+(\.[a-z_]+)*(>[a-z_]+(\.[a-z_]+)*)*")
"""A chain of step names: ``by_sides.fate>in_clauses.grown``, ``lonely.link.slots>whole_words``."""


def _pairs() -> list[formula_eval.Pair]:
    pairs = [p for p in formula_eval.load_pairs(split="dev") if p.name in PAIRS]
    assert len(pairs) == len(PAIRS)
    return pairs


def test_every_report_names_its_steps_and_is_the_same_report() -> None:
    for pair in _pairs():
        traced = score_formulas.run_tool(pair, steps=True)
        assert traced == score_formulas.run_tool(pair)  # the step is not compared
        assert traced and all(STEPS.fullmatch(e.step) for e in traced), pair.name
    zh = score_formulas.run_tool(next(p for p in _pairs() if p.name == PAIRS[1]), steps=True)
    assert any(">" in e.step for e in zh)  # an entry rewritten by a later step
    ru = score_formulas.run_tool(next(p for p in _pairs() if p.name == PAIRS[2]), steps=True)
    named = {e.step for e in ru}  # lone_heads' rules named apart: a lone point, a paired one
    assert {"lone_heads.lone", "lone_heads.paired"} <= named and "lone_heads" not in named


def test_origins_leave_the_comparison_and_its_output_alone() -> None:
    pair = next(p for p in _pairs() if p.name == PAIRS[1])
    a, b = load(pair.a_path), load(pair.b_path)
    plain = compare(a, b)
    with origins() as of:
        traced = compare(a, b)
        named = [of(f) for f in traced.formulas]
    assert all(named)
    assert traced.formulas == plain.formulas
    assert render_json(traced) == render_json(plain)
    assert not hasattr(traced.formulas[0], "origin")  # the model carries nothing
    patched = (
        tracking,
        clauses,
        entries,
        lone_heads,
        paired_points_ru,
        assessed_ru,
        lonely,
    )  # the modules whose names origins() sets
    before = {m: dict(vars(m)) for m in patched}
    with origins() as of:
        again = compare(a, b)
        assert [of(f) for f in again.formulas] == named  # each time the same steps
        assert not any(of(f) for f in traced.formulas)  # made in another context: no steps
    assert {m: dict(vars(m)) for m in patched} == before  # the steps are put back


def test_counts_add_up_to_the_scorer_figures(capsys: pytest.CaptureFixture[str]) -> None:
    results = fates_by_origin._steps(_pairs())
    totals = score_formulas.totals(results)
    for how in fates_by_origin.HOW:
        rows = fates_by_origin.counts(results, how)
        assert sum(row[0] for row in rows.values()) == sum(totals.reported.values())
        assert sum(row[3] for row in rows.values()) == totals.noise
        assert "?" not in rows
    assert fates_by_origin.main(["--pair", "xi-albanese__2024-11-18", "--examples", "2"]) == 0
    out = capsys.readouterr().out
    assert "### zh (1 dev pairs of formulas), by last step" in out and "| all |" in out


def test_oracle_map_names_the_steps(capsys: pytest.CaptureFixture[str]) -> None:
    """``--oracle``: the pair's hand-listed wordings as a lexicon, the reports still named."""
    assert fates_by_origin.main(["--pair", PAIRS[0], "--oracle"]) == 0
    out = capsys.readouterr().out
    assert "| by_sides.fate |" in out and "| all |" in out


def test_per_pair_examples_only_on_dev() -> None:
    with pytest.raises(SystemExit):
        fates_by_origin.main(["--split", "heldout", "--examples", "1"])


def test_scorer_shows_the_steps(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert score_formulas.main(["--pair", PAIRS[0], "--verbose"]) == 0
    assert "  [by_sides.fate]" in capsys.readouterr().out
    assert score_formulas.main(["--pair", PAIRS[0], "--json", "--by-origin"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) == {"dev", "all", "by_origin", "by_step"}
    assert sum(row[0] for row in figures["by_step"].values()) == sum(
        row[0] for row in figures["by_origin"].values()
    )


def test_the_rules_inside_in_clauses_are_named_apart_and_mirror() -> None:
    """xi-albanese 2024-11-18 → 2025-07-15 (dev): an anniversary told on its own line, a kept
    formula's clauses rewritten, a one-sided formula grown to its clause; each report carries the
    inner rule's name (``in_clauses.…``), never the bare step, and the swapped comparison names
    each mirrored report alike."""
    pair = next(p for p in _pairs() if p.name == PAIRS[1])
    a, b = load(pair.a_path), load(pair.b_path)
    with origins() as of:
        ab = {(f.status.value, f.a_text, f.b_text): of(f) for f in compare(a, b).formulas}
        ba = {(f.status.value, f.b_text, f.a_text): of(f) for f in compare(b, a).formulas}
    anniversary = (
        "dropped",
        "很高兴在澳中全面战略伙伴关系建立十周年之际再次同习近平主席会面",
        None,
    )
    assert ab[anniversary] == "by_sides.fate>in_clauses.anniversary"
    assert ab[("dropped", "两国各层级保持密切沟通交往", None)] == "by_sides.fate>in_clauses.grown"
    changed = (
        "changed",
        "推动建设更加成熟稳定、更加富有成果的中澳全面战略伙伴关系",
        "中澳全面战略伙伴关系已经开启第二个10年",
    )
    assert ab[changed] == "by_sides.fate>in_clauses.changed"
    assert not any(chain.endswith(">in_clauses") for chain in ab.values())
    mirror = {"dropped": "appeared", "appeared": "dropped"}
    assert {(mirror.get(s, s), x, y): c for (s, x, y), c in ba.items()} == ab


def test_the_rules_inside_lonely_link_and_by_sides_are_named_apart_and_mirror() -> None:
    """biden-sisi 2023-11-22 → 2024-01-26 (dev): a line said again with most of its words
    (``lonely.link.most_kept``), two lines reworded across passages (``lonely.link.standing``),
    a formula's rewording placed in the other readout's words (``lonely.link.slots``), a
    qualifier added to a kept formula (``by_sides.qualified`` after ``by_sides.fate``) and a
    plain fate; never the bare ``lonely.link`` or ``by_sides``, and the swapped comparison
    names each mirrored report alike."""
    pair = next(
        p for p in formula_eval.load_pairs(split="dev") if p.name == "biden-sisi__2023-11-22"
    )
    a, b = load(pair.a_path), load(pair.b_path)
    with origins() as of:
        ab = {(f.status.value, f.a_text, f.b_text): of(f) for f in compare(a, b).formulas}
        ba = {(f.status.value, f.b_text, f.a_text): of(f) for f in compare(b, a).formulas}
    assert (
        ab[
            (
                "changed",
                "humanitarian assistance to Palestinians in Gaza",
                "humanitarian assistance into and throughout Gaza",
            )
        ]
        == "lonely.link.most_kept"
    )
    assert ab[("changed", "Egypt’s essential role", "Egypt’s important role")] == (
        "lonely.link.standing"
    )
    assert ab[("changed", "remain in close contact", "continue their close coordination")] == (
        "lonely.link.slots"
    )
    assert ab[("changed", "humanitarian pause", "humanitarian pause in the fighting")] == (
        "by_sides.fate>by_sides.qualified"
    )
    kept = (
        "persisted",
        "establishment of a Palestinian state",
        "to include the establishment of a Palestinian state",
    )
    assert ab[kept] == "by_sides.fate"
    assert not any(
        step in ("lonely.link", "by_sides") for chain in ab.values() for step in chain.split(">")
    )
    mirror = {"dropped": "appeared", "appeared": "dropped"}
    assert {(mirror.get(s, s), x, y): c for (s, x, y), c in ba.items()} == ab
