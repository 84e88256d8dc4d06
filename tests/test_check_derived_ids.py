"""readoutdiff check: a watch rule by a lexicon id follows the entries whose ids derive from it
(branch chk3): ``<id>/reworded``, ``<id>/clause…``, a successor's ``<id>>succ``. Before, the
rule compared ids exactly and printed "not in either readout" for a formula the pair reworded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


# Through the command line (branch chk4)

ROOT = Path(__file__).resolve().parent.parent
RAMAPHOSA = tuple(
    str(ROOT / "eval" / "formulas" / f"biden-ramaphosa__{date}__wh.txt")
    for date in ("2021-06-13", "2022-04-08")
)
JAPAROV = tuple(
    str(ROOT / "eval" / "formulas" / name)
    for name in ("japarov-mirziyoyev__2022-07-04__vb-kg.txt", "japarov-mirziyoyev__2022-07-24__24-kg.txt")
)  # fmt: skip


def _cli(tmp_path: Path, rules: str, *paths: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "rules.toml").write_text(rules, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", "check", *paths, "--rules", str(tmp_path / "rules.toml")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def test_a_formula_reworded_where_neither_side_says_a_lexicon_wording_fires_with_both(
    tmp_path: Path,
) -> None:
    """chk3's 19 cases: only ``combat-climate-change/reworded`` stands, and neither “cooperate
    on climate goals” nor “addressing climate change” is a wording of the lexicon. A CI user
    watching the formula wants the rewording reported: the watch fails (exit 1) with both
    wordings and both places, either way round; a forbid by the id stays silent (the formula's
    own wording is not in the new readout) and says so."""
    rules = '[[watch]]\nid = "combat-climate-change"\n[[forbid]]\nid = "combat-climate-change"\n'
    for old, new in (RAMAPHOSA, tuple(reversed(RAMAPHOSA))):
        done = _cli(tmp_path, rules, old, new)
        assert done.returncode == 1
        said = {"old": "cooperate on climate goals", "new": "addressing climate change"}
        if old == RAMAPHOSA[1]:
            said = {"old": said["new"], "new": said["old"]}
        assert (
            f"  FAILED  watch combat-climate-change: “{said['old']}” changed to “{said['new']}”"
            " (new line 3, sentence 2; was at old line 3, sentence 2); it must persist"
        ) in done.stdout.splitlines()
        assert "  ok      forbid combat-climate-change: absent from the new readout" in done.stdout


def test_a_watch_by_a_mined_stem_claims_no_russian_lone_point(tmp_path: Path) -> None:
    """``mined:выраз/lone`` names two points headed by “выразил” (one dropped, one appeared),
    no formula ``mined:выраз``. A watch by ``mined:выраз`` claimed both through chk3's derived
    ids: it failed on “выразил уверенность …” and the ``dropped`` rule no longer reported that
    point. Now it watches nothing there and says so; the lone point's own id still claims both."""
    stem = _cli(tmp_path, '[dropped]\n[[watch]]\nid = "mined:выраз"\n', *JAPAROV)
    assert stem.returncode == 0
    assert "  ok      watch mined:выраз: not in either readout" in stem.stdout
    assert "“выразил уверенность в том, что итоги" in stem.stdout.split("\nrules:", 1)[0]
    own = _cli(tmp_path, '[dropped]\n[[watch]]\nid = "mined:выраз/lone"\n', *JAPAROV)
    assert own.returncode == 1
    assert "  FAILED  watch mined:выраз/lone: “выразил уверенность" in own.stdout
