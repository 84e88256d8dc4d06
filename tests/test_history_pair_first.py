"""``--history`` never takes the place of a report the pair makes alone (hist3).

Real readouts of ``eval/formulas``: each pair compared alone and with the other readouts of its
series as its history (as ``benchmarks/history_gain.py`` does). A phrase the history teaches is
not learnt where it would stand over the pair's own report, or take the words of its change.
"""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.history import with_history
from readoutdiff.model import Comparison, FormulaStatus, Options

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _both(series: str, a_date: str, b_date: str) -> tuple[Comparison, Comparison, set[str]]:
    """The pair of ``series`` dated ``a_date`` → ``b_date`` alone and with the rest of its
    series as history, and the ids of the phrases learnt."""
    readouts = [load(path) for path in sorted(EVAL.glob(f"{series}__*.txt"))]
    a = next(r for r in readouts if f"__{a_date}__" in str(r.path))
    b = next(r for r in readouts if f"__{b_date}__" in str(r.path))
    earlier = [r for r in readouts if r is not a and r is not b]
    options = with_history(Options(), earlier, [a, b])
    entries = options.lexicon.entries if options.lexicon else ()  # none learnt: as given
    learnt = {e.id for e in entries if e.id.startswith("recurring:")}
    return compare(a, b), compare(a, b, options=options), learnt


def _changed(comparison: Comparison) -> set[tuple[str | None, str | None]]:
    return {(f.a_text, f.b_text) for f in comparison.formulas if f.status is FormulaStatus.CHANGED}


def _change_kept(series: str, dates: tuple[str, str], change: tuple[str, str]) -> set[str]:
    """Assert that the pair of ``series`` at ``dates`` reads ``change`` alone and with its
    history; return the ids of the phrases the history teaches it."""
    alone, history, learnt = _both(series, *dates)
    assert change in _changed(alone)
    assert change in _changed(history)
    return learnt


def test_a_history_phrase_said_on_both_sides_does_not_hide_the_pairs_change() -> None:
    """carney-trump 2025-05-06 → 06-16 (Prime Minister of Canada's readouts, dev): the history
    teaches "new economic and security relationship", which both readouts say inside the line
    the pair reads changed (Canada's "openness to building a new economic and security
    relationship with the United States" → "key issues raised in negotiations on a new economic
    and security relationship between Canada" and the U.S.); learnt, it reads *persisted* there
    and the change is gone. Its other pairs, where nothing of the pair stands there, still
    learn it. (biden-abdullah's "unwavering U.S. support for Jordan" was the example until the
    fifty-second session: without "allies and partners" in the background, bg2, the pair
    reads no change there and the phrase is learnt.)"""
    change = (
        "openness to building a new economic and security relationship with the United States"
        " – based",
        "raised in negotiations on a new economic and security relationship between Canada",
    )
    learnt = _change_kept("carney-trump", ("2025-05-06", "2025-06-16"), change)
    assert "recurring:new-economic-and-security-relationship" not in learnt
    _, earlier_pair, learnt_there = _both("carney-trump", "2025-04-29", "2025-05-06")
    assert "recurring:new-economic-and-security-relationship" in learnt_there
    assert any(f.id.startswith("recurring:") for f in earlier_pair.formulas)


def test_a_history_phrase_in_the_sentence_of_a_change_does_not_take_its_words() -> None:
    """harris-marcos 2023-09-06 → 11-16: B's sentence of "ironclad alliance commitment" →
    "defense commitment" ends "would invoke U.S. mutual defense commitments", a phrase the
    history teaches; learnt, it took the words the change is read from and A's wording read
    dropped. The phrases said elsewhere ("123" civil nuclear cooperation agreement) are
    learnt still."""
    change = (
        "United States’ ironclad alliance commitment to the Philippines",
        "United States’ defense commitment to the Philippines",
    )
    learnt = _change_kept("harris-marcos", ("2023-09-06", "2023-11-16"), change)
    assert "recurring:invoke-u-s-mutual-defense-commitment" not in learnt
    assert "recurring:123-civil-nuclear-cooperation-agreement" in learnt


def test_a_history_phrase_cut_across_the_pairs_change_is_not_learnt() -> None:
    """blinken-cavusoglu 2022-02-28 → 03-16: "thanked Turkey for its strong" (the history's
    phrase, cut before "support") runs into A's wording of the pair's change, "strong support
    in defense of Ukraine and its sovereignty and territorial integrity" → "commitment to
    Ukraine’s sovereignty and territorial integrity"; learnt, it made a change of its own
    (noise in the hand list) and the pair's was lost. Every report of the pair alone is made
    with the history too."""
    alone, history, learnt = _both("blinken-cavusoglu", "2022-02-28", "2022-03-16")
    assert not any("thanked-turkey" in phrase for phrase in learnt)
    made = {(f.status, f.a_text, f.b_text) for f in history.formulas}
    assert all((f.status, f.a_text, f.b_text) in made for f in alone.formulas)


def test_a_history_phrase_that_opens_on_its_frame_is_not_learnt() -> None:
    """harris-marcos 2023-09-06 → 11-16: the history says "importance of respect for human
    rights" twice, and B "underscored the importance of respect for human rights"; learnt
    whole, the frame ("importance of") was tracked with the line, an appearance the hand list
    calls noise. The line after the frame is learnt in its place and B's report is it.
    harris-herzog 2023-11-07 → 12-03: "emphasized the importance of protecting civilians"
    opens on its reporting verb: not learnt (a drop the hand list calls noise)."""
    _, history, learnt = _both("harris-marcos", "2023-09-06", "2023-11-16")
    assert "recurring:importance-of-respect-for-human-right" not in learnt
    assert "recurring:respect-for-human-right" in learnt
    said = {(f.status, f.b_text) for f in history.formulas if f.id.startswith("recurring:")}
    assert (FormulaStatus.APPEARED, "respect for human rights") in said
    _, _, learnt = _both("harris-herzog", "2023-11-07", "2023-12-03")
    assert not any(phrase.startswith("recurring:emphasized-") for phrase in learnt)
