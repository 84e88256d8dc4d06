"""``matcher._exact_hits`` looks a wording up only where its anchor (``matcher.anchors``, its
rarest stem that is no stop word) stands: on real readouts it finds what trying every wording
at every word finds."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.formulas.lexicon import lexicon as lexicons
from readoutdiff.formulas.matching import fuzzy, matcher
from readoutdiff.formulas.matching.fuzzy import choose
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.formulas.words.roles import STOP_WORDS
from readoutdiff.ingest import load

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
READOUTS = [
    *sorted((ROOT / "samples").glob("*.txt")),
    EVAL / "biden-albanese__2022-11-13__wh.txt",
    EVAL / "blinken-stoltenberg__2022-04-06__state.txt",
    *sorted((ROOT / "tests" / "real_series" / "biden-zelenskyy").glob("*.txt")),
]


def _every_place(built: matcher.Matcher, stems: tuple[str, ...]) -> list[matcher.Hit]:
    """The exact hits as the rule states them: every wording tried at every word."""
    wordings = {(p, n) for found in built.exact.values() for p, n, _ in found}
    candidates = [
        (i, i + len(pattern), number, 100.0)
        for pattern, number in wordings
        for i in range(len(stems))
        if stems[i : i + len(pattern)] == pattern
    ]
    return choose(candidates, set(), key=lambda hit: (hit[0] - hit[1], hit[0], hit[2]))


def test_anchored_lookup_finds_every_exact_hit() -> None:
    built = matcher.build(lexicons.builtin().entries, threshold=90.0)
    distinct = {w.stems for path in READOUTS for w in readout_words(load(path))}
    found = 0
    for stems in sorted(distinct):
        hits = matcher._exact_hits(built, stems, set())
        assert hits == _every_place(built, stems)
        found += len(hits)
    assert found >= 50  # the readouts hold many lexicon wordings


def test_a_wording_of_content_words_is_anchored_on_one() -> None:
    built = matcher.build(lexicons.builtin().entries, threshold=90.0)
    anchored = 0
    for key, found in built.exact.items():
        for pattern, _, at in found:
            assert key == matcher.key_at(pattern, at)
            if any(stem not in STOP_WORDS for stem in pattern):
                assert pattern[at] not in STOP_WORDS
            anchored += at > 0
    # Wordings that open with "to", "in" or "for", or with a stem many wordings share, are
    # looked up by a later stem.
    assert anchored >= 50


def test_anchors_counted_in_the_texts_find_the_same_hits() -> None:
    """Anchored on the stem the fewest texts hold (``build``'s ``texts``, as the mined wordings
    are, branch sp59), the whole lexicon finds on real readouts what it finds anchored on the
    stem the fewest wordings hold, and the anchors move."""
    entries = lexicons.builtin().entries
    distinct = sorted({w.stems for path in READOUTS for w in readout_words(load(path))})
    by_wordings = matcher.build(entries, threshold=90.0)
    by_texts = matcher.build(entries, threshold=90.0, texts=distinct[::8])
    assert by_texts.anchors != by_wordings.anchors
    found = 0
    for stems in distinct:
        hits = matcher._hits(by_texts, stems, set())
        assert hits == matcher._hits(by_wordings, stems, set())
        found += len(hits)
    assert found >= 50


def test_mined_wordings_are_anchored_on_stems_rare_in_the_texts() -> None:
    """A mined wording of the 500 KB corpus pair: "economic" opens it and no other wording
    holds a stem of it, so counted among the wordings it is the anchor; the texts hold
    "energy" less often."""
    texts = [w.stems for path in READOUTS for w in readout_words(load(path))]
    counts = matcher.text_counts([("economic", "and", "energy", "security")], texts)
    assert counts["energy"] < counts["economic"]
    assert matcher.anchors([("economic", "and", "energy", "security")]) == [0]
    assert matcher.anchors([("economic", "and", "energy", "security")], counts) == [2]


def _two_passes(built: matcher.Matcher, stems: tuple[str, ...]) -> list[matcher.Hit]:
    """``matcher._hits`` as it was before branch sp75: the exact side and the fuzzy side each
    finding their own places in ``stems``."""
    covered: set[int] = set()
    hits = matcher._exact_hits(built, stems, covered)
    more = fuzzy.hits(built.fuzzy, stems, covered, built.threshold, built.rare)
    if not more:
        return hits
    if type(more) is fuzzy.Contested:
        lost = (
            hits.candidates + more.candidates if type(hits) is fuzzy.Contested else more.candidates
        )
        return fuzzy.Contested(hits + more, lost)
    hits += more
    return hits


def test_one_pass_for_both_kinds_finds_what_two_did() -> None:
    """One pass over a sentence's stems gives both kinds their places (``matcher.starts``): the
    exact side skips the fuzzy index's stems, the fuzzy side the anchors (no rare heads); the
    hits, the candidates kept with them and their order are the same as with a pass each."""
    built = matcher.build(lexicons.builtin().entries, threshold=90.0)
    distinct = {w.stems for path in READOUTS for w in readout_words(load(path))}
    fuzzy_found = contested = 0
    for stems in sorted(distinct):
        hits, before = matcher._hits(built, stems, set()), _two_passes(built, stems)
        assert hits == before
        assert type(hits) is type(before)
        if type(hits) is fuzzy.Contested:
            assert hits.candidates == before.candidates
            contested += 1
        fuzzy_found += any(hit[3] < 100 for hit in hits)
        every_word = range(len(stems))
        assert matcher._exact_hits(built, stems, set(), places=every_word) == (
            matcher._exact_hits(built, stems, set())
        )
    assert fuzzy_found >= 2 and contested >= 1  # both kinds and a choice among them are read
