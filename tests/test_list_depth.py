"""benchmarks/list_depth.py: hand events per 1,000 characters of each pair, and the wordings two
lists of one shared readout judge apart; on the real pair files and on small pair files made of
real readouts."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import formula_eval
import list_depth

EVAL = formula_eval.EVAL_DIR


def test_depth_is_events_per_thousand_characters_without_whitespace() -> None:
    pair = formula_eval.load_pair(EVAL / "pairs" / "zhaoleji-rahmon__2025-09-03.toml")
    text = pair.a_path.read_text("utf-8") + pair.b_path.read_text("utf-8")
    size = len("".join(text.split()))
    assert math.isclose(list_depth.depth(pair), 1000 * len(pair.events) / size)


def test_groups_name_their_sparsest_tenth() -> None:
    groups = list_depth.grouped(list_depth.rows(["formulas"], "zh"))
    dev = groups[("formulas", "dev", "zh")]
    few = list_depth.sparsest(dev, 0.1)
    assert len(few) == math.ceil(0.1 * len(dev))
    assert max(r.depth for r in few) <= min(r.depth for r in dev if r not in few)
    # a Chinese list holds many more events per character than an English one (an ideograph is
    # a character, an English word several): depths are compared within a language only
    en = list_depth.grouped(list_depth.rows(["formulas"], "en"))[("formulas", "dev", "en")]
    assert min(r.depth for r in dev) > max(r.depth for r in en)


def test_consecutive_pairs_share_their_middle_readout() -> None:
    pairs = formula_eval.load_pairs()
    chain = {(p.name, q.name) for p, q in list_depth.consecutive(pairs)}
    assert ("xi-ramaphosa__2023-06-09", "xi-ramaphosa__2023-08-22") in chain
    assert ("biden-kishida__2023-08-18", "biden-kishida__2023-11-16") in chain
    assert all(p.b_path.name == q.a_path.name for p, q in list_depth.consecutive(pairs))


def test_the_two_lists_of_a_completed_readout_judge_its_lines_alike() -> None:
    # zn5's two examples: a line listed in one pair and not in the next pair sharing the readout
    found = list_depth.cross(
        [p for p in formula_eval.load_pairs() if p.series in ("xi-ramaphosa", "biden-kishida")]
    )
    words = {d.wording for d in found}
    assert "南非正在探索符合本国国情的现代化道路" not in words
    assert "a political solution and durable peace" not in words


def _pair(folder: Path, name: str, a: str, b: str, events: str, not_formulas: str = "") -> None:
    (folder / "pairs" / f"{name}.toml").write_text(
        f'a = "{a}"\nb = "{b}"\nheldout = false\nnot_formulas = [{not_formulas}]\n'
        f"events = [\n{events}\n]\n",
        encoding="utf-8",
    )


def test_a_line_one_list_leaves_out_or_judges_the_other_way(tmp_path: Path) -> None:
    (tmp_path / "pairs").mkdir()
    readouts = [
        f"biden-kishida__{day}__wh.txt" for day in ("2023-05-18", "2023-08-18", "2023-11-16")
    ]
    for name in readouts:
        shutil.copy(EVAL / name, tmp_path / name)
    _pair(tmp_path, "biden-kishida__2023-05-18", readouts[0], readouts[1],
          '  {status = "appeared", b = "for as long as it takes"},\n'
          '  {status = "appeared", b = "unlawful maritime claims"},')  # fmt: skip
    _pair(tmp_path, "biden-kishida__2023-08-18", readouts[1], readouts[2],
          '  {status = "dropped", a = "affirmed their resolve to continue supporting Ukraine"},',
          '"unlawful maritime claims", "Camp David"')  # fmt: skip
    found = list_depth.cross(formula_eval.load_pairs(tmp_path))
    seen = {(d.judged_by[-10:], d.wording, d.kind, d.verdict) for d in found}
    assert seen == {
        ("2023-05-18", "for as long as it takes", "formula", "left out"),
        ("2023-05-18", "unlawful maritime claims", "formula", "the other way"),
        ("2023-08-18", "affirmed their resolve to continue supporting Ukraine", "formula", "left out"),
        ("2023-08-18", "unlawful maritime claims", "not-formula", "the other way"),
        ("2023-08-18", "Camp David", "not-formula", "left out"),
    }  # fmt: skip
    assert all(d.readout == readouts[1] for d in found)


def test_a_line_cut_finer_in_one_list_is_judged_by_both() -> None:
    assert list_depth._judges("restore calm", "restore calm and de-escalate tensions")
    assert not list_depth._judges("restore calm", "de-escalate tensions")
