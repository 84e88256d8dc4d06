"""Speed-only changes in formula modules give what the plain code gave, on real readouts:
``wording.strip`` remembered (a pure function of the stem), ``nearby.placement``'s loops and
``tracking._absent`` reading only the sentences that are not ASCII, ``qualified_nouns`` reading
only the one-sided sentences near one of the other readout (``twins.Near.among``), ``named``
passing over the passages whose replacements would name nothing, ``stances``' test
of a sentence read once, the open sentences read once (``Comparing.opened``), ``between``'s
free words read only where a middle may stand and ``most_kept``'s pairs diffed only where a
line may stand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from readoutdiff.compare import compare
from readoutdiff.formulas import tracking
from readoutdiff.formulas.linking import nearby
from readoutdiff.formulas.linking.twins import Near
from readoutdiff.formulas.matching.matcher import grouped
from readoutdiff.formulas.words import wording
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.formulas.words.scripts import SCRIPTS, scripts_in
from readoutdiff.ingest import load
from readoutdiff.model import Readout, Status

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAIR = (SAMPLES / "2021-06-28-xi-putin.txt", SAMPLES / "2021-12-15-xi-putin.txt")


def test_remembered_strip_equals_the_plain_function_on_every_stem_of_real_readouts() -> None:
    stems = {s for path in PAIR for words in readout_words(load(path)) for s in words.stems}
    assert len(stems) > 300
    stripped = 0
    for stem in sorted(stems):
        assert wording.strip(stem) == wording.strip.__wrapped__(stem) == wording.strip(stem)
        stripped += wording.strip(stem) != stem
    assert stripped > 20  # some endings were taken off


def test_layout_holds_the_sentences_of_unchanged_pairs_and_the_partners_of_the_rest() -> None:
    a, b = (load(path) for path in PAIR)
    later = compare(a, b).alignments + compare(a, a).alignments[:20]  # unchanged pairs too
    pairs = [x for x in later if x.a and x.b]
    assert any(x.status is Status.UNCHANGED for x in pairs)
    assert any(x.status is Status.CHANGED for x in pairs)
    layout = nearby.placement(pairs)
    same_a = {s.index for x in pairs if x.status is Status.UNCHANGED for s in x.a}
    same_b = {s.index for x in pairs if x.status is Status.UNCHANGED for s in x.b}
    assert layout.same == (same_a, same_b)
    for x in pairs:
        if x.status is not Status.UNCHANGED:
            for s in x.a:
                assert set(layout.partners[0][s.index]) >= {t.index for t in x.b}


def test_the_nouns_of_sentences_one_readout_says_hold_every_one_sided_qualified_noun() -> None:
    """``qualified_nouns._one_sided`` reads only the sentences one readout says, near such a
    sentence of the other: what it keeps holds every qualified noun ``changes`` may pair (none
    the other readout says, near one the other readout alone says), on real pairs of the
    evaluation set, both ways."""
    from readoutdiff.formulas.linking import qualified_nouns
    from readoutdiff.formulas.succession.succession import View

    met = 0
    for a, b in _eval_pairs():
        shapes: dict[int, qualified_nouns.Shape] = {}
        memo: dict[str, object] = {}
        views = [
            View(readout=r, words=readout_words(r, memo), by_sentence={})  # type: ignore[arg-type]
            for r in (a, b)
        ]
        near = _near(a, b)
        groups = (grouped(views[0].words), grouped(views[1].words))
        kept = qualified_nouns._one_sided(views[0], views[1], (shapes, {}), groups, near)
        every = [qualified_nouns._found(v, {}) for v in views]
        said = [{(q[3], q[5]) for q in found} for found in every]
        one_sided = [
            [q for q in every[side] if (q[3], q[5]) not in said[1 - side]] for side in (0, 1)
        ]
        for x, y in ((x, y) for x in one_sided[0] for y in one_sided[1]):
            if near(x[0].sentence, y[0].sentence):
                assert x in kept[0] and y in kept[1]
                met += 1
    assert met > 5  # the pairs hold one-sided qualified nouns near each other to check


def test_near_among_finds_the_sentences_near_one_of_the_other_side_as_every_pair_does() -> None:
    """``twins.Near.among`` (windows and gaps, one a sentence) gives the sentences each pair
    asked of ``Near`` gives, on real pairs both ways, whatever sentences it is asked of."""
    checked = 0
    for a, b in _eval_pairs():
        near = _near(a, b)
        for xs, ys in (
            (range(len(a.sentences)), range(len(b.sentences))),
            (range(0, len(a.sentences), 3), range(1, len(b.sentences), 4)),
        ):
            pairs = [(x, y) for x in xs for y in ys if near(x, y)]
            assert near.among(xs, ys) == ({x for x, _ in pairs}, {y for _, y in pairs})
            checked += len(pairs)
    assert checked > 100


def _eval_pairs() -> list[tuple[Readout, Readout]]:
    eval_dir = SAMPLES.parent / "eval" / "formulas"
    names = ("biden-albanese__2022-05-24", "biden-albanese__2022-11-13", "biden-duda__2022-03-04")
    readouts = [load(eval_dir / f"{name}__wh.txt") for name in names] + [load(p) for p in PAIR]
    forth = list(zip(readouts, readouts[1:], strict=False))
    return [*forth, *((b, a) for a, b in forth)]


def _near(a: Readout, b: Readout) -> Near:
    """:class:`twins.Near` of the comparison of ``a`` and ``b``."""
    from readoutdiff.formulas.linking.comparing import Comparing

    pairs = [p for p in compare(a, b).alignments if p.a and p.b]
    return Near(Comparing(pairs).placement(), (len(a.sentences), len(b.sentences)))


ROOT = SAMPLES.parent
SCRIPTED = [
    ROOT / "tests/cases/cjk/a.txt",
    ROOT / "tests/cases/cyrillic/a.txt",
    ROOT / "tests/pages/xi-macron__hxjjw.clean.txt",
    ROOT / "tests/pages/lavrov-india__radio1.raw.txt",
    *PAIR,
]


def test_absent_scripts_read_from_the_sentences_that_are_not_ascii_are_those_of_all_words() -> None:
    """``tracking._absent`` reads only the sentences whose text is not ASCII: on readouts in
    Chinese, Russian and English (accents, curly quotes), it names the scripts the stems of
    every sentence name, and an ASCII sentence's stems are ASCII."""
    found = set()
    for path in SCRIPTED:
        readout = load(path)
        words = readout_words(readout)
        every = "".join("".join(w.stems) for w in words)
        assert tracking._absent((readout, words)) == SCRIPTS - scripts_in(every)
        for sentence, w in zip(readout.sentences, words, strict=True):
            assert not sentence.text.isascii() or "".join(w.stems).isascii()
        found |= SCRIPTS - tracking._absent((readout, words))
    assert found == SCRIPTS  # both scripts met: the test cannot pass on English alone


def test_named_skips_only_passages_whose_replacements_would_name_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``named._may_name`` passes over a reworded passage holding no formula but mined ones
    both sides keep and no lexicon frame's two ends on both sides: on real pairs, both ways,
    the formulas are those of naming every passage's replacements."""
    from eval_pairs import fates

    from readoutdiff.formulas.succession import named

    asked: list[bool] = []
    may_name = named._may_name

    def told(*args: Any) -> bool:
        asked.append(may_name(*args))
        return asked[-1]

    for pair in ("biden-kishida__2023-05-18", "biden-kishida__2023-11-16"):
        for swap in (False, True):
            monkeypatch.setattr(named, "_may_name", told)
            fast = fates(pair, swap=swap)
            monkeypatch.setattr(named, "_may_name", lambda *args: True)
            assert fast == fates(pair, swap=swap), pair
    assert True in asked and False in asked  # passages named and passed over


def test_the_stance_test_read_once_a_sentence_equals_the_plain_one() -> None:
    """``stances._any_stance`` reads each distinct sentence once, with two set tests in C: it
    gives what a plain step per word gave, on every sentence of the samples' pair."""
    from readoutdiff.formulas.entries.complement import HEADS
    from readoutdiff.formulas.linking import stances

    sentences = [words for path in PAIR for words in readout_words(load(path))]
    seen: dict[int, bool] = {}
    stanced = 0
    for words in sentences:
        plain = any(s in HEADS or wording.strip(s) in stances.VERBS for s in words.stems)
        assert stances._any_stance(words, seen) is plain
        assert stances._any_stance(words, seen) is plain  # read again from the memo
        stanced += plain
    assert 0 < stanced < len(sentences)  # some sentences say a stance, some none


def test_the_open_sentences_are_read_once_for_standing_and_unpaired() -> None:
    """``Comparing.opened`` holds every sentence not aligned without change, in order, and
    ``standing._near`` over their windows, read once (``Comparing.windowed``, sp69), gives
    what reading every sentence's window gave."""
    from readoutdiff.formulas.linking import standing
    from readoutdiff.formulas.linking.comparing import Comparing
    from readoutdiff.formulas.linking.nearby import window
    from readoutdiff.formulas.linking.twins import WITHIN

    a, b = (load(path) for path in PAIR)
    pairs = [x for x in compare(a, b).alignments if x.a and x.b]
    comparing = Comparing(pairs)
    na, nb = len(a.sentences), len(b.sentences)
    layout = comparing.placement()
    (same_a, same_b), (of_a, _) = layout.same, layout.partners
    opened = comparing.opened(na, nb)
    assert opened == (
        tuple(x for x in range(na) if x not in same_a),
        tuple(y for y in range(nb) if y not in same_b),
    )
    assert comparing.opened(na, nb) is opened  # read once
    plain: set[tuple[int, int]] = set()
    for x in opened[0]:
        lo, hi = window(layout.anchors, x, nb, WITHIN)
        plain.update((x, y) for y in range(lo, hi) if y not in same_b)
    for y in opened[1]:
        lo, hi = window(layout.mirrored, y, na, WITHIN)
        plain.update((x, y) for x in range(lo, hi) if x not in same_a)
    windowed = comparing.windowed(na, nb, WITHIN)
    assert comparing.windowed(na, nb, WITHIN) is windowed  # read once
    assert windowed == {x: {y for x2, y in plain if x2 == x} for x in opened[0]}
    near = standing._near(layout, windowed)
    assert near == sorted((x, y) for x, y in plain if y not in of_a.get(x, ()))
    assert near  # the samples' pair has sentences near each other


def test_the_free_run_read_at_a_place_is_the_whole_sentences_reading_capped() -> None:
    """``between._free`` reads only the ``MIDDLE`` words after a place, where it read the
    whole sentence once: at every place of every sentence of the samples' pair (one past the
    end too), what it gives is the plain run of free words, capped at ``MIDDLE``."""
    from readoutdiff.formulas.linking import between

    capped = 0
    for path in PAIR:
        for words in readout_words(load(path)):
            n = len(words.stems)
            run = [0] * (n + 1)
            for k in range(n - 1, -1, -1):
                stem, cap, brk = words.stems[k], words.caps[k], words.breaks[k]
                barred = brk or cap or stem in between._BARRED or any(map(str.isdigit, stem))
                run[k] = 0 if barred else run[k + 1] + 1
            for k in range(n + 1):
                assert between._free(words, k) == min(between.MIDDLE, run[k])
                capped += run[k] > between.MIDDLE
    assert capped  # some runs are longer than a middle may be


def test_most_kept_reads_no_diff_only_where_no_line_could_stand(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``most_kept.lines`` diffs no pair whose A side holds too few telling words of the stems
    the two share (``_may_say``): every sentence pair of the samples that shares telling words
    gives the same lines with the bound as without it, and the bound skips some."""
    from readoutdiff.formulas.linking import most_kept

    a, b = (readout_words(load(path)) for path in PAIR)
    pairs = [(x, y) for x in a for y in b if most_kept.may_share(x, y)]
    skipped = sum(
        not most_kept._may_say(x, most_kept.telling(x)[0], most_kept.telling(x)[1] & shared)
        for x, y in pairs
        for shared in [most_kept.telling(y)[1]]
    )
    bounded = [most_kept.lines(x, y) for x, y in pairs]
    monkeypatch.setattr(most_kept, "_may_say", lambda *_: True)
    assert [most_kept.lines(x, y) for x, y in pairs] == bounded
    assert len(pairs) > 50 and skipped > 10 and sum(map(bool, bounded)) >= 3
