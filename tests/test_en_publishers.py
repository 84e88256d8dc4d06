"""`benchmarks/en_publishers.py` gives the English figures by publisher (reg1): real pairs of
eval/formulas, judged as score_formulas.py judges them, and the `--publisher` choice the
diagnosis scripts share (fate_classes.py, halves.py's `dev_pairs`)."""

from __future__ import annotations

import en_publishers as ep
import fate_classes
import halves
import pytest
from formula_eval import load_pairs
from score_formulas import score


def _dev(name: str):
    return [p for p in load_pairs(split="dev") if p.name == name]


def test_a_publisher_is_the_last_part_of_the_readout_file_and_its_group() -> None:
    """starmer-meloni is the UK government's (gov-uk: "other"), blinken-faki the State
    Department's ("us")."""
    uk, state = _dev("starmer-meloni__2025-03-02"), load_pairs(split="dev")
    faki = [p for p in state if p.name == "blinken-faki__2022-02-08"]
    assert len(uk) == len(faki) == 1
    assert (ep.publisher(uk[0]), ep.publisher(uk[0], grouped=True)) == ("gov-uk", "other")
    assert (ep.publisher(faki[0]), ep.publisher(faki[0], grouped=True)) == ("state", "us")


def test_the_figures_of_a_publisher_are_the_scorers_counts() -> None:
    """One UK pair scored: its publisher's row holds its reports, noise, right fates and the
    changed events of its hand list, the same counts score_formulas.py's totals give."""
    results = score(_dev("starmer-meloni__2025-03-02"))
    (name, totals), *rest = ep.by_publisher(results).items()
    assert name == "gov-uk" and not rest
    counts = ep.figures(totals)
    assert counts["pairs"] == 1
    assert counts["reported"] == sum(totals.reported.values()) > 0
    assert counts["judged"] == counts["reported"] - counts["noise"]
    assert counts["changed"] == sum(e.status == "changed" for e in results[0].pair.events) == 2
    assert 0 <= counts["found"] <= counts["changed"]
    line = ep.table({"dev": {"gov-uk": counts}, "young": {}, "tuning": {}})[-1]
    assert line.startswith("| gov-uk | 1: ") and line.endswith("|  |  |")


def test_the_sources_count_every_report_by_its_formulas_source() -> None:
    """The UK pair's reports by source add up to its reports, and its hand events by status
    to its hand list; "lasting peace" is the built-in lexicon's and right."""
    results = score(_dev("starmer-meloni__2025-03-02"))
    counts = ep.sources(results)["gov-uk"]
    sources = ("builtin", "background", "mined", "user")
    assert sum(counts[s] for s in sources) == len(results[0].judged)
    assert counts["builtin"] >= counts["builtin right"] >= 1
    events = results[0].pair.events
    assert sum(
        counts[f"{s} events"] for s in ("persisted", "changed", "appeared", "dropped")
    ) == len(events)


def test_the_publisher_choice_keeps_that_publishers_pairs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--publisher gov-uk` keeps the UK pairs of the young dev split and nothing else; a
    name no pair has is refused as no pair matching."""
    args, pairs = halves.dev_pairs(["--young", "--publisher", "gov-uk"], "d", "l")
    assert args.publisher == "gov-uk" and pairs
    assert {ep.publisher(p) for p in pairs} == {"gov-uk"}
    _, others = halves.dev_pairs(["--young", "--lang", "en", "--publisher", "other"], "d", "l")
    assert set(pairs) <= set(others) and {ep.publisher(p, grouped=True) for p in others} == {
        "other"
    }
    with pytest.raises(SystemExit):
        fate_classes.main(["--publisher", "no-such-publisher"])
    assert "no pair matches" in capsys.readouterr().err
