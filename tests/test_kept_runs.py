"""The one walk over the changed pairs' kept runs (formulas/linking/standing.py, ``_kept_runs``)
finds what the four rules it serves find alone, on real pairs of the evaluation set and the
samples: the swaps between two kept runs (``between.in_diff``, which skips two runs that
stand more than ``MIDDLE`` words apart before reading their words), the kept openings with
another continuation (``openings.lines``, and ``openings.linked_lines``: after another
function word), the nouns of commitment or support with another
object (``governed.lines``) and the stances before a kept run (``stances.lines``, which reads
the stance before the kept phrase)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from eval_pairs import fates

from readoutdiff.compare import compare
from readoutdiff.formulas.linking import between, governed, openings, stances, standing
from readoutdiff.formulas.linking.line_entries import Wording
from readoutdiff.formulas.linking.openings import Run
from readoutdiff.formulas.linking.word_readings import END
from readoutdiff.formulas.matching.content_words import counts
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.wording import strip
from readoutdiff.ingest import load

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAIRS = (
    "biden-erdogan__2023-05-29",
    "biden-lopez-obrador__2022-10-18",
    "trudeau-sunak__2022-10-27",
    "sullivan-landerholm__2023-05-08",
)


def _walks(monkeypatch: pytest.MonkeyPatch, run: Any) -> list[tuple[Any, ...]]:
    """The arguments and lines of every walk ``run`` makes."""
    seen: list[tuple[Any, ...]] = []
    walk = standing._kept_runs

    def kept_runs(*args: Any) -> tuple[list[Wording], ...]:
        found = walk(*args)
        seen.append((*args, found))
        return found

    monkeypatch.setattr(standing, "_kept_runs", kept_runs)
    run()
    return seen


def _in_diff_read_whole(wa: Words, wb: Words, kept: Sequence[Run]) -> list[between.Swap]:
    """``between.in_diff`` as it read every two runs' ends before telling their distance."""
    out = []
    for (i, k, n), (j, m, size) in zip(kept, kept[1:], strict=False):
        left = next((p for p in range(i + n - 1, i - 1, -1) if END[wa.stems[p]]), None)
        right = next((p for p in range(j, j + size) if END[wa.stems[p]]), None)
        if left is None or right is None:
            continue
        swap = (left, right, k + left - i, m + right - j)
        if (
            1 < right - left <= between.MIDDLE + 1
            and 1 < swap[3] - swap[2] <= between.MIDDLE + 1
            and between._fits(wa, wb, swap)
        ):
            out.append(swap)
    return out


def _stances_phrase_first(
    x: int, y: int, wa: Words, wb: Words, kept: Sequence[Run]
) -> list[Wording]:
    """The lines ``stances.pair_lines`` finds, read as it read them: the kept phrase counted
    before the stances were sought."""
    out = []
    for i, j, n in kept:
        end = stances._phrase_end(wa, i, i + n)
        if sum(counts(s, wa.stop_words) for s in wa.stems[i:end]) < stances.MIN_KEPT:
            continue
        sa, sb = stances._stance(wa, i), stances._stance(wb, j)
        if sa is None or sb is None or strip(wa.stems[sa]) == strip(wb.stems[sb]):
            continue
        found = stances.wording((wa, wb), (sa, i, n), (sb, j))
        if found is not None:
            out.append((x, y, *found))
    return out


def _check(seen: list[tuple[Any, ...]]) -> int:
    """Assert each walk found what each rule finds alone; return how many pairs were read."""
    read = 0
    for a, b, together, diffed, blocks, (swapped, opened, objects, stanced, relinked) in seen:
        assert isinstance(diffed, Mapping)
        alone_swapped, alone_opened, alone_linked = [], [], []
        for (x, y), kept in diffed.items():
            wa, wb = a.words[x], b.words[y]
            assert between.in_diff(wa, wb, kept) == _in_diff_read_whole(wa, wb, kept)
            alone_swapped += between.lines_in_diff(x, y, wa, wb, kept)
            alone_opened += [(x, y, tuple(f[:4]), f[4]) for f in openings.lines(wa, wb, kept)]
            alone_linked += [
                ((x, y, tuple(f[:4]), f[4]), *starts)
                for f, starts in openings.linked_lines(wa, wb, kept)
            ]
        assert swapped == alone_swapped
        assert opened == alone_opened
        assert relinked == alone_linked
        assert objects == governed.lines(a, b, together)
        assert stanced == stances.lines(a, b, together, blocks)
        for x, y in together:
            wa, wb = a.words[x], b.words[y]
            kept = openings.runs(wa.stems, wb.stems, blocks)
            # Every run read when both sentences say a stance; none read otherwise.
            said = stances._any_stance(wa, {}) and stances._any_stance(wb, {})
            found = _stances_phrase_first(x, y, wa, wb, kept) if said else []
            assert stances.pair_lines(x, y, (wa, wb), kept, ({}, blocks)) == found
            assert stances.pair_lines(x, y, (wa, wb), None, ({}, blocks)) == found
            read += 1
    return read


@pytest.mark.parametrize("pair", PAIRS)
def test_the_walk_finds_what_each_rule_finds_alone_on_real_pairs(
    monkeypatch: pytest.MonkeyPatch, pair: str
) -> None:
    seen = _walks(monkeypatch, lambda: fates(pair))
    assert seen
    assert _check(seen) > 0
    if pair.startswith("sullivan-landerholm"):  # a linked line is read in the walk
        assert any(found[4] for *_, found in seen)


def test_the_walk_finds_what_each_rule_finds_alone_on_the_samples(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = (load(SAMPLES / f"2021-{d}-xi-putin.txt") for d in ("06-28", "12-15"))
    seen = _walks(monkeypatch, lambda: (compare(a, b), compare(b, a)))
    assert len(seen) == 2
    assert _check(seen) > 0


def test_the_walk_tells_a_noun_of_commitment_with_another_object(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # biden-lopez-obrador 2022-10-18: "commitment to North American economic cooperation" /
    # "commitment to the United States-Mexico-Canada Agreement" (tests/test_governed.py), now
    # read in the walk with the other three rules.
    seen = _walks(monkeypatch, lambda: fates("biden-lopez-obrador__2022-10-18"))
    quoted = []
    for a, b, _, _, _, (_, _, objects, _, _) in seen:
        for x, y, (fa, la, fb, lb), name in objects:
            wa, wb = a.words[x], b.words[y]
            quoted.append((name, a.readout.text[wa.start(fa) : wa.end(la - 1)],
                           b.readout.text[wb.start(fb) : wb.end(lb - 1)]))  # fmt: skip
    assert (
        ("commitment",),
        "commitment to North American economic cooperation",
        "commitment to the United States-Mexico-Canada Agreement",
    ) in quoted
