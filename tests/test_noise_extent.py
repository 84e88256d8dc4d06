"""`benchmarks/noise_extent.py` puts a noise report in the class of how its wordings stand to
the hand list's, on a real dev pair's hand list."""

from __future__ import annotations

from collections import Counter

import formula_eval
import noise_extent
import pytest
from formula_eval import EVAL_DIR, Event, judge, load_pair, load_pairs, split_of

PAIR = load_pair(EVAL_DIR / "pairs" / "harris-marcos__2022-11-21.toml")
"""Its hand list drops "the urgency of the climate crisis" and changes "standing up for
international rules and norms" -> "upholding international rules and norms, including in the
South China Sea"."""


def test_a_core_the_hand_quotes_in_its_phrase() -> None:
    report = Event("dropped", "climate crisis", None)
    assert noise_extent.classify(PAIR, report, None) == "core inside a hand wording"


def test_a_report_grown_past_the_hand_wording() -> None:
    # Blinken-Bhutto Zardari 18 May 2022: the hand list drops "Afghan stability", two words.
    pair = load_pair(EVAL_DIR / "pairs" / "blinken-bhutto-zardari__2022-05-18.toml")
    report = Event("dropped", "stressed Afghan stability and the security of the region", None)
    assert noise_extent.classify(pair, report, None) == "hand wording inside the report"
    # Three words of the hand's inside a report match it: no noise to class.
    report = Event("dropped", "They discussed the urgency of the climate crisis at length", None)
    assert judge(PAIR, [report]).judged[0].noise is False


def test_a_change_whose_one_side_is_the_hand_s() -> None:
    report = Event("changed", "standing up for international rules and norms", "a new sea lane")
    assert noise_extent.classify(PAIR, report, None) == "one side of a changed report matches"


def test_a_line_the_hand_list_leaves_out_and_a_name() -> None:
    report = Event("appeared", None, "a momentous new era")
    assert noise_extent.classify(PAIR, report, None) == "no event near"
    assert noise_extent.classify(PAIR, report, "Vice President") == "not a formula (hand list)"


def test_by_split_counts_each_pair_in_its_split_s_column() -> None:
    # carney-meloni's one dev pair is alone in its series; harris-marcos has three dev pairs.
    pairs = load_pairs(EVAL_DIR)
    dev_series = Counter(p.series for p in pairs if split_of(p) == "dev")
    alone = load_pair(EVAL_DIR / "pairs" / "carney-meloni__2025-05-17.toml")
    assert noise_extent.group_of(alone, dev_series, outside=False) == "dev alone"
    assert noise_extent.group_of(PAIR, dev_series, outside=False) == "dev 2+"
    heldout = next(p for p in pairs if split_of(p) == "heldout")
    assert noise_extent.group_of(heldout, dev_series, outside=False) == "heldout"
    assert noise_extent.group_of(heldout, dev_series, outside=True) == "aside"
    assert noise_extent.group_of(alone, dev_series, outside=True) == "tuning"


def test_by_split_lists_no_report() -> None:
    with pytest.raises(SystemExit) as stop:
        noise_extent.main(["--by-split", "--list"])
    assert stop.value.code == 2


def test_alone_keeps_the_dev_pairs_alone_in_their_series() -> None:
    alone = [p.name for p in noise_extent.listed("formulas", "en", alone=True)]
    every = [p.name for p in noise_extent.listed("formulas", "en")]
    assert "carney-meloni__2025-05-17" in alone
    assert PAIR.name in every and PAIR.name not in alone
    assert all(split_of(p) == "dev" for p in noise_extent.listed("formulas", "zh", alone=True))
    # The outside set's tuning pairs are each of their own series: --alone leaves them all.
    outside = noise_extent.listed("outside", "en")
    assert outside == noise_extent.listed("outside", "en", alone=True)


def test_lines_judges_a_short_core_by_its_clause(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # carney-meloni 2025-05-17 (dev, alone in its series): the tool keeps "lasting peace", the
    # hand list changes the two lines it stands in; by its clause it is that event, not noise.
    pair = load_pair(EVAL_DIR / "pairs" / "carney-meloni__2025-05-17.toml")
    monkeypatch.setattr(noise_extent, "listed", lambda *args: [pair])
    noise_extent.main(["--list", "--alone", "--core-only"])
    core = capsys.readouterr().out
    noise_extent.main(["--list", "--alone"])
    lines = capsys.readouterr().out
    assert "'lasting peace'" in core and "'lasting peace'" not in lines
    # a list item: no clause of its own until nz10; told with its list now, by which it is the
    # hand list's appeared line, not noise, and the core alone is noise still
    assert "'transnational repression'" in core and "'transnational repression'" not in lines
    assert lines.startswith("| class (formulas, dev, dev alone, en) |")
    assert core.startswith("| class (formulas, dev, dev alone, core only, en) |")
    assert formula_eval.LINES is True  # the headline, restored after the run


def test_series_shape_tests_read_real_wordings() -> None:
    # zn5: wordings the tool reported on the outside tuning part: xi-aliyev 2024-07-03, a builtin
    # core's two clauses that share nothing besides it; xi-thongloun 2022-11-30, a clause opening
    # on a connective; and on dev, xi-bin-salman 2022-12-08, two clauses sharing 扩大 too.
    tests = noise_extent.SHAPE_TESTS
    aliyev = Event(
        "changed", "在共建“一带一路”框架内", "推动共建“一带一路”走深走实", "builtin/clause"
    )
    assert noise_extent._rests_share(aliyev.a or "", aliyev.b or "") == 0
    assert tests["changed, clauses share nothing but the linked run"](aliyev)
    kept = Event(
        "changed", "扩大双方人员往来和人文交流", "扩大务实合作和人文交流", "builtin/clause"
    )
    assert noise_extent._rests_share(kept.a or "", kept.b or "") == 2  # 扩, 大
    assert not tests["changed, clauses share nothing but the linked run"](kept)
    lone = Event("dropped", "不仅为两国人民带来巨大福祉", None, "background")
    assert tests["one-sided, opens on a clause connective (zh)"](lone)
    assert tests["one-sided, background phrase grown to its clause"](lone)
    assert noise_extent._shape(lone) == "one-sided" and noise_extent._origin(lone) == "background"
    assert noise_extent._origin(aliyev) == "builtin" and noise_extent._shape(aliyev) == "changed"


def test_series_and_by_split_are_counts_apart(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        noise_extent.main(["--series", "--list"])
    assert stop.value.code == 2
