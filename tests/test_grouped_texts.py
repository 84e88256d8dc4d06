"""The linking steps that read each side's distinct texts off its words grouped by text
(``ReadoutMemo.groups``, branch sp91) find what reading every sentence found: ``stem_index``'s
counts (``slots``) and ``qualified_nouns``' one-sided nouns, on real readouts and pairs of the
evaluation set, each also with every sentence said twice (a text's copies read off its group),
both ways; and ``compare()`` gives the same entries whether ``lonely.link`` is handed the groups
or makes them."""

from __future__ import annotations

from itertools import compress
from operator import not_
from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas import tracking
from readoutdiff.formulas.linking import lonely, qualified_nouns, twins
from readoutdiff.formulas.linking.comparing import Comparing
from readoutdiff.formulas.linking.qualified_shapes import Found, read
from readoutdiff.formulas.linking.stem_index import stem_index
from readoutdiff.formulas.linking.twins import Near
from readoutdiff.formulas.matching.content_words import counts
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import grouped_words
from readoutdiff.formulas.words.wording import strip
from readoutdiff.ingest import from_text
from readoutdiff.model import Readout

ROOT = Path(__file__).resolve().parent.parent
NAMES = ("biden-albanese__2022-05-24", "biden-albanese__2022-11-13", "biden-duda__2022-03-04")
TEXTS = [
    *((ROOT / "eval" / "formulas" / f"{name}__wh.txt") for name in NAMES),
    ROOT / "samples" / "2021-06-28-xi-putin.txt",
    ROOT / "samples" / "2021-12-15-xi-putin.txt",
]


def _readouts(twice: bool) -> list[Readout]:
    """The readouts of ``TEXTS``; with ``twice``, each text written twice (its copies)."""
    texts = [path.read_text(encoding="utf-8") for path in TEXTS]
    return [from_text(text + "\n\n" + text if twice else text) for text in texts]


def test_every_sentence_is_numbered_by_its_place_in_its_readouts_words() -> None:
    """What reading texts off groups rests on: a copy's ``sentence`` is its place in the words,
    and every copy of a group holds the group's stems tuple itself."""
    for readout in _readouts(True):
        words, groups = grouped_words(readout)
        assert [w.sentence for w in words] == list(range(len(words)))
        assert sum(len(copies) for _, copies in groups) == len(words)
        assert len(groups) < len(words)  # each text said twice
        for stems, copies in groups:
            assert all(w.stems is stems for w in copies)


def test_stem_counts_read_off_the_groups_equal_those_read_off_every_sentence() -> None:
    checked = 0
    for readout in (*_readouts(False), *_readouts(True)):
        words, groups = grouped_words(readout)
        view = View(readout=readout, words=words, by_sentence={})
        wanted = {strip(s) for w in words[::3] for s in w.stems if counts(s)}
        n = len(words)
        for windows in ([(0, n)], [(n // 4, n // 4 + 3)], []):
            for common in (None, 1, 3):
                plain = stem_index(view, wanted, windows, common)
                assert stem_index(view, wanted, windows, common, groups) == plain
                checked += sum(plain[1].values())
    assert checked > 1000


def test_each_name_asked_of_subjects_is_one_of_them_as_reading_every_sentence_tells() -> None:
    """``twins.Subjects`` (each name asked counted until it is told, off the groups or off
    every sentence; sp99) answers as ``twins.subjects`` (every name of every sentence counted)
    for every word of both readouts, each readout with the next, both ways; with every
    sentence said twice, and with a readout against itself (its subjects said in every
    sentence pair)."""
    found = 0
    for twice in (False, True):
        readouts = _readouts(twice)
        for a, b in [*zip(readouts, readouts[1:], strict=False), (readouts[0], readouts[0])]:
            (wa, ga), (wb, gb) = grouped_words(a), grouped_words(b)
            va = View(readout=a, words=wa, by_sentence={})
            vb = View(readout=b, words=wb, by_sentence={})
            names = {s for w in (*wa, *wb) for s in w.stems} | {"", "nobody"}
            for x, y, groups in ((va, vb, (ga, gb)), (vb, va, (gb, ga))):
                plain = twins.subjects(x, y)
                for asked in (twins.Subjects(x, y, groups), twins.Subjects(x, y)):
                    assert {name for name in names if name in asked} == plain
                found += len(plain)
    assert found > 3


def test_a_name_in_exactly_half_the_sentences_is_no_subject_and_one_more_makes_it_one() -> None:
    half = "We met Kyiv. They spoke. Both met Kyiv. Kyiv rests."  # the last: first word only
    more = half + " Aid reached Kyiv. Talks went on."  # three of six sentences: still half
    most = more + " Aid reached Kyiv."  # four of seven
    for text, subject in ((half, False), (more, False), (most, True)):
        readout = from_text(text)
        words, groups = grouped_words(readout)
        view = View(readout=readout, words=words, by_sentence={})
        assert ("kyiv" in twins.subjects(view, view)) is subject
        assert ("kyiv" in twins.Subjects(view, view, (groups, groups))) is subject
        assert ("kyiv" in twins.Subjects(view, view)) is subject


def _one_sided_by_sentence(
    a: View, b: View, near: Near, memos: tuple[dict[int, qualified_nouns.Shape], ...]
) -> tuple[Found, Found]:
    """``qualified_nouns._one_sided`` as it read every sentence's stems tuple (before sp91)."""
    of_a, of_b = [id(w.stems) for w in a.words], [id(w.stems) for w in b.words]
    in_b, in_a = set(of_b), set(of_a)
    if in_a <= in_b or in_b <= in_a:
        return [], []
    xs = list(compress(range(len(of_a)), map(not_, map(in_b.__contains__, of_a))))
    ys = list(compress(range(len(of_b)), map(not_, map(in_a.__contains__, of_b))))
    near_a, near_b = near.among(xs, ys)
    shapes = (memos[0], memos[1])
    found_a = read(a.words, of_a, {of_a[x] for x in near_a}, shapes)
    found_b = read(b.words, of_b, {of_b[y] for y in near_b}, shapes)
    said_a, said_b = {(q[3], q[5]) for q in found_a}, {(q[3], q[5]) for q in found_b}
    return (
        [q for q in found_a if (q[3], q[5]) not in said_b],
        [q for q in found_b if (q[3], q[5]) not in said_a],
    )


def test_one_sided_nouns_read_off_the_groups_equal_those_read_sentence_by_sentence() -> None:
    found = 0
    for twice in (False, True):
        readouts = _readouts(twice)
        for a, b in zip(readouts, readouts[1:], strict=False):
            for x, y in ((a, b), (b, a)):
                shapes: dict[str, object] = {}  # one memo: a text both say is one stems tuple
                (wx, gx), (wy, gy) = grouped_words(x, shapes), grouped_words(y, shapes)  # type: ignore[arg-type]
                vx = View(readout=x, words=wx, by_sentence={})
                vy = View(readout=y, words=wy, by_sentence={})
                pairs = [p for p in compare(x, y).alignments if p.a and p.b]
                near = Near(Comparing(pairs).placement(), (len(wx), len(wy)))
                plain = _one_sided_by_sentence(vx, vy, near, ({}, {}))
                assert qualified_nouns._one_sided(vx, vy, ({}, {}), (gx, gy), near) == plain
                found += len(plain[0]) + len(plain[1])
    assert found > 10


def test_compare_gives_the_same_entries_whether_lonely_link_has_the_groups_or_not() -> None:
    readouts = _readouts(True)
    pairs = list(zip(readouts, readouts[1:], strict=False))
    handed = [compare(a, b).formulas for a, b in pairs]
    link = lonely.link

    def without_groups(*args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.pop("groups", None)
        return link(*args, **kwargs)

    tracking.lonely.link = without_groups  # type: ignore[assignment]
    try:
        made = [compare(a, b).formulas for a, b in pairs]
    finally:
        tracking.lonely.link = link  # type: ignore[assignment]
    assert made == handed
    assert sum(map(len, handed)) > 20
