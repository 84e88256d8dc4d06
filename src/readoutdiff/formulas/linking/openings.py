"""A standing line that keeps its opening words and says something else after them.

In a reworded passage a readout often keeps how a line opens, its governing words, and
changes what it governs: "their shared commitment to continue working together as close
partners" → "their shared commitment to continue supporting Ukraine", "Israelis and
Palestinians working to end the cycle of violence" → "… working to maintain calm". No
lexicon, mined or background formula need stand there. In a pair of one sentence a side
that the aligner found changed, the word diff gives a run both keep (the **opening**)
followed by words that differ (the **continuation**: one side may only drop words before
a word both keep, "providing assistance to Ukraine" / "providing Ukraine the support it
needs"). That is one line changed when:

- the opening, from the word after the last one that introduces a formula ("reaffirmed",
  "the two leaders") or a punctuation mark, stop words trimmed and neither a letter of an
  abbreviation ("U.S.") nor a verb of narration in the past tense before "to" ("agreed to
  continue …") first, holds at least ``MIN_OPENING`` content words (names count: "Israelis
  and Palestinians working");
- both continuations start with a content word right after the opening, or (the *linked*
  lines, :func:`linked_lines`) with two different words, a function word among them and
  neither one of :data:`LISTING` ("in the face of …" / "as it defends itself …"): a
  continuation opening on a preposition may be an adjunct added ("supporting Ukraine *for*
  as long as it takes" / "… *to* ensure"), so ``standing`` tells a linked line only when no
  formula told on one side stands in its continuations; each runs to the end of its
  clause: punctuation, a clause word, "in" or "at" before a name (a place: "the cycle of
  violence *in* Israel"), an "and" after two content words, or ``LONGEST`` content words;
- each holds lower-case content words, the two not the same set, and neither continuation's
  is mostly (``MOVED``) in the other sentence: a member moved within a list, not replaced
  ("providing Ukraine with … and imposing costs on Russia" / "imposing costs on Russia …
  and providing Ukraine with …");
- the two wordings are not one formula in two inflections, and neither is a name, an
  office, a date, boilerplate or a cut (:func:`noise.why`).

The entry runs over the opening and the continuation on each side; it is named by the
opening's content words.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met in Ankara.\\n\\nThey expressed their shared commitment to continue working together as close partners to deepen ties.")
>>> b = from_text("They met in Ankara.\\n\\nThey expressed their shared commitment to continue supporting Ukraine.")
>>> [(f.status.value, f.a_text, f.b_text, f.anchor) for f in compare(a, b).formulas]
[('changed', 'shared commitment to continue working together as close partners to deepen ties', 'shared commitment to continue supporting Ukraine', 'mined:shared-commitment-continue')]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from readoutdiff.formulas.matching.content_words import PRONOUNS, counts
from readoutdiff.formulas.mining import noise
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import INTRODUCING
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, same_formula, strip
from readoutdiff.text.shared_runs import BlockMemo, remembered_blocks

MIN_OPENING = 2
"""Content words of the kept opening (one let "efforts to" open lines that are not one)."""
LONGEST = 6
"""Most content words of a continuation."""
RUNS_ON = 2
"""Clause parts a continuation of names alone may run on over (:func:`run_on`)."""
MOVED = 0.6
"""Share of a continuation's words the other sentence holds above which it moved, not changed."""
_IGNORED = frozenset(map(strip, INTRODUCING | PRONOUNS))
_PLACES = frozenset(("in", "at"))
LISTING = frozenset("and or nor but including".split())
"""Words that open another member of a list or clause, not what the opening governs."""


Run = tuple[int, int, int]
"""Words both sentences keep: (where in A, where in B, how many)."""
Found = tuple[int, int, int, int, tuple[str, ...]]
"""A's wording [first, last), B's [first, last), and the opening's content words."""


def lines(wa: Words, wb: Words, kept: Sequence[Run] | None = None) -> list[Found]:
    """Every line of the two sentences (one aligned pair) that keeps its opening and changes
    what follows (see the module's text); ``kept``: their :func:`runs`, if known."""
    return both_lines(wa, wb, kept)[0]


def linked_lines(
    wa: Words, wb: Words, kept: Sequence[Run] | None = None
) -> list[tuple[Found, tuple[int, int]]]:
    """The lines of :func:`lines` whose continuations open on two different words, one of them
    or both a function word ("cooperation *on* the DPRK" / "… *to* tackle the most pressing
    challenges", "stay in regular contact *until* all hostages …" / "… *over* the coming days"),
    each with where its two continuations start in A and in B: the object or adjunct after a
    kept opening swapped for another. One opening on a function word may also be an adjunct
    added ("supporting Ukraine *for* as long as it takes" / "… *to* ensure …"): the caller
    leaves a line whose continuation holds a formula told on one side alone. Neither may open
    another member of a list or clause (:data:`LISTING`)."""
    return both_lines(wa, wb, kept)[1]


def both_lines(
    wa: Words, wb: Words, kept: Sequence[Run] | None = None
) -> tuple[list[Found], list[tuple[Found, tuple[int, int]]]]:
    """The lines of :func:`lines` and of :func:`linked_lines`, in one walk of the kept runs."""
    plain: list[Found] = []
    linked: list[tuple[Found, tuple[int, int]]] = []
    for i1, i2, p1, q1 in _openings(runs(wa.stems, wb.stems) if kept is None else kept):
        # The tests of the two words after the opening first: they rule out half the openings
        # of a comparison before the opening is read.
        if wa.breaks[p1] or wb.breaks[q1]:
            continue
        x, y = wa.stems[p1], wb.stems[q1]
        relinked = not (counts(x, wa.stop_words) and counts(y, wb.stop_words))
        if relinked and (x == y or x in LISTING or y in LISTING):
            continue
        if i2 - i1 < MIN_OPENING:
            continue  # the opening is content words of the run: a shorter run holds too few
        lo = opening_start(wa, wb, (i1, q1 - (i2 - i1), i2 - i1))
        opening = tuple(
            s for s in wa.stems[lo:i2] if counts(s, wa.stop_words) and strip(s) not in _IGNORED
        )
        if len(opening) < MIN_OPENING:
            continue
        # Names alone open no line: "Saudi Arabia to address …" / "… to discuss …"; a word
        # capitalised on either side is a name's, whichever readout is A.
        shift = q1 - i2
        if all(
            wa.caps[k] or wb.caps[k + shift]
            for k in range(lo, i2)
            if counts(wa.stems[k], wa.stop_words)
        ):
            continue
        ea, eb = clause_end(wa, p1), clause_end(wb, q1)
        said_a, said_b = _said(wa, p1, ea), _said(wb, q1, eb)
        if not said_a:
            ea, said_a = run_on(wa, p1, ea)
        if not said_b:
            eb, said_b = run_on(wb, q1, eb)
        if not said_a or not said_b or said_a == said_b:
            continue
        if _moved(said_a, wb) or _moved(said_b, wa):
            continue
        lo_b = q1 - (i2 - lo)
        if noise.why(wa, lo, ea) or noise.why(wb, lo_b, eb):
            continue
        if same_formula(" ".join(wa.stems[lo:ea]), " ".join(wb.stems[lo_b:eb])):
            continue
        if relinked:
            linked.append(((lo, ea, lo_b, eb, opening), (p1, q1)))
        else:
            plain.append((lo, ea, lo_b, eb, opening))
    return plain, linked


def opening_start(wa: Words, wb: Words, run: Run) -> int:
    """Where in A the opening of the kept ``run`` starts: back to a punctuation mark (on either
    side: the two may punctuate the run apart, and a swap must read the same opening) or a
    word that introduces a formula, then past stop words, letters of an abbreviation ("U.S.")
    and a verb of narration in the past tense before "to" ("agreed to continue …")."""
    i1, shift, n = run[0], run[1] - run[0], run[2]
    i2 = i1 + n
    lo = i2
    while (
        lo > i1
        and not (
            (wa.breaks[lo] and not _abbreviated(wa, lo))
            or (wb.breaks[lo + shift] and not _abbreviated(wb, lo + shift))
        )
        and strip(wa.stems[lo - 1]) not in _IGNORED
    ):
        lo -= 1
    while lo < i2 and (
        not counts(wa.stems[lo], wa.stop_words)
        or len(wa.stems[lo]) == 1
        or (wa.stems[lo].endswith("ed") and _before_to(wa, wb, lo, shift))
        or _joining(wa.stems, lo)
    ):
        lo += 1
    return lo


def _abbreviated(words: Words, k: int) -> bool:
    """The mark before word ``k`` ends an abbreviation inside a name: a capital letter alone
    before a capitalised word ("U.S.-Japan-ROK", "U.S. Government"). Read on the side whose
    mark it is (rev11: side A's words were read for B's mark too, so a swap could move the
    opening's start)."""
    return len(words.stems[k - 1]) == 1 and words.caps[k - 1] and words.caps[k]


def _joining(stems: Sequence[str], k: int) -> bool:
    """Word ``k`` is the "well" of "as well as", which joins another member to a list and
    opens no line ("…, as well as its right to defend its people …")."""
    return stems[k] == "well" and stems[k - 1 : k] == ("as",) and stems[k + 1 : k + 2] == ("as",)


def _before_to(wa: Words, wb: Words, k: int, shift: int) -> bool:
    """Word ``k`` of A is followed by "to" on either side."""
    return "to" in (*wa.stems[k + 1 : k + 2], *wb.stems[k + shift + 1 : k + shift + 2])


def runs(x: Sequence[str], y: Sequence[str], memo: BlockMemo | None = None) -> list[Run]:
    """The runs of words ``x`` and ``y`` both keep, in order, then ``(len(x), len(y), 0)``:
    the word diff, computed in one order whichever side is A (so a swap mirrors it), once per
    ``memo`` (mining diffed every reworded pair in that order already)."""
    if tuple(x) <= tuple(y):
        blocks = remembered_blocks(x, y, memo)
    else:
        blocks = [(i, j, n) for j, i, n in remembered_blocks(y, x, memo)]
    return [*((i, j, n) for i, j, n in blocks if n), (len(x), len(y), 0)]


def _openings(kept: Sequence[Run]) -> Iterator[tuple[int, int, int, int]]:
    """(start and end of a kept run in A, where the words after it start in A and in B), for
    each kept run the sides differ after (before the end of both sentences)."""
    for (i, j, n), (next_i, next_j, _) in zip(kept, kept[1:], strict=False):
        if (i + n < next_i or j + n < next_j) and i + n < kept[-1][0] and j + n < kept[-1][1]:
            yield i, i + n, i + n, j + n


def clause_end(words: Words, first: int) -> int:
    """Where the continuation from ``first`` ends (see the module's text), stop words trimmed."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    k, content = first, 0
    while k < len(stems) and (k == first or not breaks[k]) and stems[k] not in CLAUSE_WORDS:
        if k > first and stems[k] in _PLACES and k + 1 < len(stems) and caps[k + 1]:
            break
        if k > first and stems[k] == "and" and content >= 2:
            break
        content += counts(stems[k], words.stop_words)
        if content > LONGEST:
            break
        k += 1
    while k > first + 1 and stems[k - 1] in words.stop_words:
        k -= 1
    return k


def run_on(words: Words, first: int, last: int) -> tuple[int, frozenset[str]]:
    """A continuation [first, last) of names alone that a punctuation mark ends ("cooperation
    *on the DPRK*, as well as in addressing many shared priorities", "defend its people
    *against Hamas*, Palestinian Islamic Jihad, and other terrorist groups") runs on over
    the mark to the end of the next clause part, at most :data:`RUNS_ON` times, until it
    holds a lower-case content word: what the names stand in is the line. Returns its end
    and its lower-case content words (none: the end given)."""
    end = last
    for _ in range(RUNS_ON):
        if end >= len(words.stems) or not words.breaks[end] or words.stems[end] in CLAUSE_WORDS:
            break
        start, end = end, clause_end(words, end)
        if _said(words, first, end):
            end = _whole_names(words, start, end)
            return end, _said(words, first, end)
    return last, frozenset()


def _whole_names(words: Words, start: int, end: int) -> int:
    """``end`` moved back out of a name it cuts ("… shared priorities in the *Indo*-Pacific
    region": the most content words stop inside it) and past the stop words before it."""
    stems, caps = words.stems, words.caps
    cut = end
    while cut > start + 1 and cut < len(stems) and caps[cut - 1] and caps[cut]:
        cut -= 1
    if cut == end:
        return end
    while cut > start + 1 and (caps[cut - 1] or stems[cut - 1] in words.stop_words):
        cut -= 1
    return cut if _said(words, start, cut) else end


def _said(words: Words, first: int, last: int) -> frozenset[str]:
    """Lower-case content words of [first, last), inflection stripped."""
    stops = words.stop_words
    return frozenset(
        bare
        for s, cap in zip(words.stems[first:last], words.caps[first:last], strict=True)
        if not cap and counts(s, stops) and (bare := strip(s)) not in _IGNORED
    )


def _moved(said: frozenset[str], other: Words) -> bool:
    held = set(map(strip, other.stems))  # in C: ``strip`` is a cache's wrapper
    return len(said & held) >= MOVED * len(said)
