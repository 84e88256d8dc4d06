"""readoutdiff check: a watch rule by a lexicon id follows the entries whose ids derive from it
(branch chk3): ``<id>/reworded``, ``<id>/clause…``, a successor's ``<id>>succ``. Before, the
rule compared ids exactly and printed "not in either readout" for a formula the pair reworded."""

from __future__ import annotations

from readoutdiff import compare, load
from readoutdiff.check import check
from readoutdiff.check.rules import Kind, parse

KISHIDA = (
    "eval/formulas/biden-kishida__2023-05-18__wh.txt",
    "eval/formulas/biden-kishida__2023-08-18__wh.txt",
)
ALBANESE = (
    "eval/formulas/liqiang-albanese__2023-11-07__cctv.txt",
    "eval/formulas/liqiang-albanese__2024-06-17__cctv.txt",
)
ABDULLAH = ("eval/formulas/biden-abdullah__2024-07-26__wh.txt", "eval/formulas/biden-abdullah__2024-08-05__wh.txt")  # fmt: skip


def watch(old: str, new: str, formula_id: str, extra: str = ""):
    comparison = compare(load(old), load(new))
    result = check(comparison, parse(f'[[watch]]\nid = "{formula_id}"\n{extra}'))
    outcome = next(o for o in result.outcomes if o.rule.kind is Kind.WATCH)
    return comparison, result, outcome


def test_a_reworded_formula_breaks_the_watch_and_appears_swapped() -> None:
    """“U.S. extended deterrence commitment” → “U.S. commitment to the defense of Japan”, one
    ``extended-deterrence/reworded`` entry: the watch fails (it was "not in either readout");
    swapped, the formula's wording only the new side holds: it appeared, the watch passes."""
    comparison, result, outcome = watch(*KISHIDA, "extended-deterrence", "[changed]\n")
    ids = [f.id for f in comparison.formulas if f.id.startswith("extended-deterrence")]
    assert ids == ["extended-deterrence/reworded"]
    assert len(outcome.findings) == 1
    assert outcome.summary.startswith(
        "“U.S. extended deterrence commitment” changed to “U.S. commitment to the defense of Japan”"
    )
    assert outcome.findings[0].formula == "extended-deterrence/reworded"
    # the rule speaks for the entry: the generic [changed] rule does not report it again
    generic = next(o for o in result.outcomes if o.rule.kind is Kind.CHANGED)
    assert all(f.formula != "extended-deterrence/reworded" for f in generic.findings)

    _, _, swapped = watch(*reversed(KISHIDA), "extended-deterrence")
    assert not swapped.findings and swapped.summary.startswith("appeared (new line 3")


def test_a_formula_kept_in_a_rewritten_chinese_clause_persists_both_ways() -> None:
    """``mutual-respect/clause``: both clauses hold 相互尊重, the clause around it rewritten."""
    for pair in (ALBANESE, tuple(reversed(ALBANESE))):
        comparison, _, outcome = watch(*pair, "mutual-respect")
        assert "mutual-respect" not in {f.id for f in comparison.formulas}
        assert not outcome.findings
        assert outcome.summary == "persisted (old line 4, sentence 2, new line 4, sentence 2)"


def test_a_formula_a_successor_replaced_breaks_the_watch() -> None:
    """``integrated-middle-east>peace-and-security``: README's rule by id does not follow a
    successor. Swapped, the entry is ``peace-and-security>integrated-middle-east``: the watched
    formula is the successor there, and appeared."""
    comparison, _, outcome = watch(*ABDULLAH, "integrated-middle-east")
    assert "integrated-middle-east>peace-and-security" in {f.id for f in comparison.formulas}
    assert outcome.summary.startswith(
        "“stable, prosperous, and integrated Middle East region” changed to “peace and security”"
    )
    _, _, swapped = watch(*reversed(ABDULLAH), "integrated-middle-east")
    assert not swapped.findings and swapped.summary.startswith("appeared (new line 3")
    _, _, successor = watch(*ABDULLAH, "peace-and-security")
    assert not successor.findings and successor.summary.startswith("appeared")


KULEBA = ("eval/formulas/biden-kuleba__2022-02-22__wh.txt", "eval/formulas/biden-kuleba__2022-03-26__wh.txt")  # fmt: skip


def test_a_user_id_holding_a_slash_follows_its_derived_entries(tmp_path) -> None:
    """A lexicon file may give an id holding a "/" ("lower case letters, digits and - . / _");
    chk3 cut a derived id at its first "/", so ``us/aggression/reworded`` was read as derived
    from ``us`` and a watch on ``us/aggression`` passed as "not in either readout", where the
    same formula under ``us-aggression`` failed (rev19). A rule on ``us`` does not take the
    other formula's entries."""
    from readoutdiff.formulas.lexicon.lexicon import load as load_lexicon
    from readoutdiff.model import Lexicon, Options

    def run(formula_id: str, rule_id: str) -> tuple[list[str], list[str]]:
        lexicon_file = tmp_path / "lexicon.toml"
        lexicon_file.write_text(
            f'[[formula]]\nid = "{formula_id}"\ntext = "Russian aggression against Ukraine"\n'
            'variants = ["Russia\'s aggression against Ukraine"]\n',
            encoding="utf-8",
        )
        lexicon = load_lexicon(lexicon_file)
        assert isinstance(lexicon, Lexicon)
        comparison = compare(*map(load, KULEBA), options=Options(lexicon=lexicon))
        rule = parse(f'[[watch]]\nid = "{rule_id}"\n')
        outcomes = check(comparison, rule, lexicon=lexicon).outcomes
        outcome = next(o for o in outcomes if o.rule.kind is Kind.WATCH)
        return [f.id for f in comparison.formulas if "aggression" in f.id], [
            f.formula for f in outcome.findings
        ]

    assert run("us-aggression", "us-aggression") == (["us-aggression/reworded"], ["us-aggression/reworded"])  # fmt: skip
    assert run("us/aggression", "us/aggression") == (["us/aggression/reworded"], ["us/aggression/reworded"])  # fmt: skip
    assert run("us/aggression", "us")[1] == []
