"""``--history`` learns what recurs as a formula, not what recurs because its events or names
recur (hist5).

Real readouts of ``eval/formulas`` and ``eval/outside``: each pair with the other readouts of its
series as its history (as ``benchmarks/history_gain.py`` reads them), and the ids of the phrases
the history teaches.
"""

from __future__ import annotations

from pathlib import Path

from readoutdiff import load
from readoutdiff.history import with_history
from readoutdiff.model import Options

EVAL = Path(__file__).resolve().parent.parent / "eval"


def _learnt(folder: str, series: str, a_date: str, b_date: str) -> set[str]:
    """The ids of the phrases the pair of ``series`` (in ``eval/<folder>``) dated ``a_date`` →
    ``b_date`` learns from the rest of its series."""
    readouts = [load(path) for path in sorted((EVAL / folder).glob(f"{series}__*.txt"))]
    a = next(r for r in readouts if f"__{a_date}__" in str(r.path))
    b = next(r for r in readouts if f"__{b_date}__" in str(r.path))
    earlier = [r for r in readouts if r is not a and r is not b]
    options = with_history(Options(), earlier, [a, b])
    entries = options.lexicon.entries if options.lexicon else ()
    return {e.id for e in entries if e.id.startswith("recurring:")}


def test_a_dated_event_the_series_names_again_is_not_learnt() -> None:
    """sung-kim-noh-funakoshi: a call after each DPRK launch, each naming it by its date ("the
    DPRK’s March 24 ballistic missile launch", "February 26 and March 4 ballistic missile
    launches"). "ballistic missile launch" recurs because launches recur: the hand lists call
    the dated launch no formula, and learnt it read persisted there (noise). The standing line
    of the same calls is still learnt ("serious threat to regional stability")."""
    learnt = _learnt("formulas", "sung-kim-noh-funakoshi", "2022-03-04", "2022-03-14")
    assert "recurring:ballistic-missile-launch" not in learnt
    learnt = _learnt("formulas", "sung-kim-noh-funakoshi", "2022-02-26", "2022-03-04")
    assert "recurring:ballistic-missile-launch" not in learnt
    assert "recurring:serious-threat-to-regional-stability" in learnt


def test_a_name_with_its_particle_twice_is_not_learnt() -> None:
    """sullivan-al-thani (outside set): "Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani" in
    every readout; "bin" said twice counted as two words about the name, and the name was learnt
    (three noise reports on the tuning part)."""
    for dates in (("2022-12-22", "2024-01-16"), ("2024-01-30", "2024-03-05")):
        learnt = _learnt("outside", "sullivan-al-thani", *dates)
        assert not any("abdulrahman" in phrase for phrase in learnt)


def test_the_pieces_of_one_repeated_line_are_not_learnt_apart() -> None:
    """harris-marcos: "an armed attack on Philippine armed forces, public vessels, or aircraft in
    the Pacific … would invoke U.S. mutual defense commitments" is one line said again (the hand
    list's one changed event); its commas cut it into two phrases said in the very same
    sentences, which read apart a wrong drop and a noise change. Neither is learnt; a phrase of
    its own in those readouts still is (the "123" civil nuclear cooperation agreement)."""
    learnt = _learnt("formulas", "harris-marcos", "2022-11-21", "2023-05-02")
    assert "recurring:invoke-u-s-mutual-defense-commitment" not in learnt
    assert "recurring:armed-attack-on-philippine-armed-force" not in learnt
    assert "recurring:123-civil-nuclear-cooperation-agreement" in learnt


def test_no_mining_learns_nothing_from_a_history(tmp_path: Path) -> None:
    """``--no-mining`` mines no phrase, nor uses the background, whose phrases are mined ones;
    a history's phrases are mined ones too: biden-abdullah 2024-04-14 → 05-06 with 07-26 and
    08-05 as its history learns "unwavering U.S. support for Jordan" (B's appearance, right by
    the hand list), and with mining off it learns nothing, the note saying so, as the CLI does."""
    from readoutdiff.api import compare_files

    names = ("2024-04-14", "2024-05-06", "2024-07-26", "2024-08-05")
    a, b, *earlier = [EVAL / "formulas" / f"biden-abdullah__{day}__wh.txt" for day in names]
    for path in earlier:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    mined = compare_files(a, b, history=tmp_path)
    assert "recurring:unwavering-u-s-support-for-jordan" in {f.id for f in mined.formulas}
    plain = compare_files(a, b, history=tmp_path, mining=False)
    assert not any(f.id.startswith(("recurring:", "background:")) for f in plain.formulas)
    assert plain.formulas == compare_files(a, b, mining=False).formulas
    assert any("no phrase recurring there is tracked" in note for note in plain.notes)
