"""A standing line whose object stays and whose stance on it changes.

What a readout says of a thing is a stance: support for it, commitment to it, welcoming it,
condemning it. When a passage the aligner found changed keeps the thing and changes the
stance ("underscored Canada's support for the UK's accession to …" → "welcomed the UK's
accession to …", "his commitment to Ukraine's sovereignty and territorial integrity" →
"steadfast support for Ukraine's sovereignty and territorial integrity"), the line changed,
whatever the lexicon knows. Here every two sentences of one changed aligned pair (one of each
readout) are read for a run of words both keep (their word diff, :func:`openings.runs`)
whose first phrase holds at least :data:`MIN_KEPT` content words, and right before it, on each side, a
word of stance that governs it: a noun of :data:`complement.HEADS` with its "to" or "for",
or a verb of :data:`VERBS`, with only stop words, names and the preposition between the two
(at most :data:`REACH` words back, within the phrase). The line changed when

- both sides have a stance, not the same word ("welcomed Italy's G7 Presidency next year" /
  "welcomed Canada's …": the thing changed, not the stance); a verb that only reports
  ("discussed", "reaffirmed") is none;
- the two wordings are not one formula in two inflections (one stance in two forms: "support
  for …" / "supported …"), and neither is a name, an office, a date, boilerplate or a cut
  (:func:`noise.why`).

Each wording runs from the stance word through the kept thing's first phrase (up to a
preposition, a clause word or punctuation): "support for the UK's accession" → "welcomed the
UK's accession". The entry is named by the kept thing's content words.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met in Ottawa.\\n\\nPrime Minister Trudeau underscored Canada's support for the UK's accession to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership.")
>>> b = from_text("They met in Ottawa.\\n\\nPrime Minister Trudeau welcomed the UK's accession to the Comprehensive and Progressive Agreement for Trans-Pacific Partnership, and looked forward to more.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', "support for the UK's accession", "welcomed the UK's accession")]
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.entries.complement import HEADS, OPENERS
from readoutdiff.formulas.linking.line_entries import Wording
from readoutdiff.formulas.linking.openings import Run, runs
from readoutdiff.formulas.matching.content_words import counts
from readoutdiff.formulas.mining import noise
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import PREPOSITIONS
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, same_formula, strip
from readoutdiff.text.shared_runs import BlockMemo

VERBS = frozenset("welcom support condemn commend prais applaud endors deplor oppos reject".split())
"""Verbs of stance, inflection stripped (:func:`wording.strip`): what was said of a thing."""
MIN_KEPT = 2
"""Content words of the kept run's first phrase ("support for Ukraine" / "assistance to
Ukraine": a name alone is not a thing a stance was taken on)."""
REACH = 4
"""Most words between the stance and the kept run, the stance included."""


def lines(
    a: View, b: View, together: Sequence[tuple[int, int]], blocks: BlockMemo | None = None
) -> list[Wording]:
    """Every kept thing whose stance changed, in the sentence pairs ``together`` (A sentence, B
    sentence: sentences of one changed aligned pair); ``blocks``: see :func:`openings.runs`."""
    out: list[Wording] = []
    # Whether each distinct sentence says a stance, read once: a sentence of a pair of many
    # stands in a pair with each of the other side's (its stems tuple is one text's: ids, all
    # alive during the call).
    stance: dict[int, bool] = {}
    for x, y in together:
        out += pair_lines(x, y, (a.words[x], b.words[y]), None, (stance, blocks))
    return out


def pair_lines(
    x: int, y: int, words: tuple[Words, Words], kept: Sequence[Run] | None,
    known: tuple[dict[int, bool], BlockMemo | None],
) -> list[Wording]:  # fmt: skip
    """The lines of :func:`lines` in sentence ``x`` of A and ``y`` of B (``words``), whose
    word diff keeps ``kept`` (:func:`openings.runs`; None: not made yet, made here from
    ``known``'s memo if both sentences say a stance; ``known`` also tells which sentences
    do, read once)."""
    (wa, wb), (stance, blocks) = words, known
    if not (_any_stance(wa, stance) and _any_stance(wb, stance)):
        return []  # most sentences say no stance: no diff needed
    out: list[Wording] = []
    for i, j, n in runs(wa.stems, wb.stems, blocks) if kept is None else kept:
        # The stance before the run first: a few words read back, where the kept phrase
        # is read forward, and most runs have none (at 500 KB, 98 of 174).
        sa = _stance(wa, i) if n else None
        if sa is None:
            continue
        sb = _stance(wb, j)
        if sb is None or strip(wa.stems[sa]) == strip(wb.stems[sb]):
            continue
        found = wording(words, (sa, i, n), (sb, j))
        if found is not None:
            out.append((x, y, *found))
    return out


def wording(
    words: tuple[Words, Words], at_a: tuple[int, int, int], at_b: tuple[int, int]
) -> tuple[tuple[int, int, int, int], tuple[str, ...]] | None:
    """The two wordings (A's first word, past A's last, B's first, past B's last) and the
    name of a line whose stances stand at ``at_a[0]`` in A and ``at_b[0]`` in B before the
    kept run of ``at_a[2]`` words from ``at_a[1]`` in A and ``at_b[1]`` in B, when its first
    phrase holds ``MIN_KEPT`` content words and the wordings are one line changed (see the
    module); else None."""
    (wa, wb), (sa, i, n), (sb, j) = words, at_a, at_b
    end = _phrase_end(wa, i, i + n)
    if sum(counts(s, wa.stop_words) for s in wa.stems[i:end]) < MIN_KEPT:
        return None
    ea, eb = end, j + (end - i)
    if noise.why(wa, sa, ea) or noise.why(wb, sb, eb):
        return None
    if same_formula(" ".join(wa.stems[sa:ea]), " ".join(wb.stems[sb:eb])):
        return None
    return (sa, ea, sb, eb), tuple(s for s in wa.stems[i:end] if counts(s, wa.stop_words))


def _any_stance(words: Words, known: dict[int, bool]) -> bool:
    """Some word of the sentence is a noun or verb of stance (``known``: the sentences read)."""
    found = known.get(id(words.stems))
    if found is None:
        stems = words.stems  # the two tests in C
        found = not HEADS.isdisjoint(stems) or not VERBS.isdisjoint(map(strip, stems))
        known[id(words.stems)] = found
    return found


def _stance(words: Words, first: int) -> int | None:
    """The word of stance that governs the run starting at ``first``, or None."""
    k = first - 1
    while k >= 0 and first - k <= REACH and not words.breaks[k + 1]:
        stem = words.stems[k]
        if stem in HEADS and words.stems[k + 1] in OPENERS:
            return k
        if not words.caps[k] and strip(stem) in VERBS:
            return k
        if not (stem in words.stop_words or words.caps[k]):
            return None  # another content word governs the run
        k -= 1
    return None


def _phrase_end(words: Words, first: int, last: int) -> int:
    """Past the last word of the first phrase of words [first, last): up to a preposition, a
    clause word or punctuation after a content word, stop words trimmed."""
    k, content = first, 0
    while k < last:
        if k > first and words.breaks[k]:
            break
        stem = words.stems[k]
        if content and (stem in PREPOSITIONS or stem in CLAUSE_WORDS):
            break
        content += counts(stem, words.stop_words)
        k += 1
    while k > first + 1 and words.stems[k - 1] in words.stop_words:
        k -= 1
    return k
