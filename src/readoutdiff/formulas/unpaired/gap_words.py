"""A telling word each readout says once, in one passage both sides rewrote, with another
word the two wordings around it share: one line reworded.

Two readouts of a series often rewrite a passage whole: the sentences between two aligned
pairs pair with nothing (:func:`nearby.gap`), and a line an analyst lists as *changed*
stands in one sentence on each side, said in other words that keep a word or two
("increasing humanitarian assistance" -> "increase the flow of life-saving humanitarian aid",
"uphold the UN's foundational principles" -> "upholding international principles and
norms"). The rules on shared frames and owners (:mod:`owned`, :mod:`framed`,
:mod:`gap_frames`) do not reach these: no frame or owner is kept. Measured on the dev pairs,
one shared word is not evidence: two wordings of one passage sharing one telling word are
mostly two lines on one subject ("shared values" / "democratic values", "critical food
supplies" / "global food security"): 3 right of 13 with a formula on one side, 4 of 24 with
none when the two sentences are each other's nearest. Here a word is one line's when it is

- **telling**: no stop word, no stock word of readouts (:data:`phrases.STOCK`: "support",
  "cooperation", "region"), no word that only places a line in time (:data:`roles.WHEN`:
  "next", "ongoing"; fat4), no name or number, four letters or more, inflection stripped;
- said **once in each readout**, in any form, a sentence said twice counted twice, and there
  in the one passage's unpaired sentences (a word said again elsewhere may be the line kept
  elsewhere). Read last, for the words whose two wordings share another word, by
  :func:`stem_index.stem_index`, each counted until it is said twice: a first version that
  counted every word of both readouts cost 133 M instructions at 500 KB a side;

and the two wordings around it share **another** content word (stock words count here:
"secure the release of hostages" / "secure a hostage deal"), or, when they share none, the
list members each wording runs on into share a telling word (:func:`_listed`: on over commas,
"and" and "or", to the next clause word or other punctuation; "need for a ceasefire, the
return of hostages" / "secure a ceasefire and the release of hostages", "combat climate
change, strengthen food systems and food security" / "address the global climate and food
security"): each wording then runs on to its last shared word. Each wording is the shortest
formula only its readout has that holds the word, else the words around it: the stretch
between punctuation, a dash and clause words (:data:`roles.CLAUSE_WORDS`: "and", "to",
"that", "including" ...) that holds it, at most ``BEFORE`` words before it and ``AFTER``
after, stop words at its ends left out. Neither wording is a name, an office, a date,
boilerplate or a cut (:func:`noise.why`), holds an amount or is said in the other readout,
and the two are not one formula. English readouts only. Run last in :func:`unpaired.link`,
on the formulas every other step left, on places no entry tells
(:func:`line_entries.entries`).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met in Tel Aviv.\\n\\nThey discussed efforts to achieve a prolonged pause in fighting and increasing humanitarian assistance.\\n\\nThey agreed to stay in touch.")
>>> b = from_text("They met in Tel Aviv.\\n\\nThe Vice President underscored the need to increase the flow of life-saving humanitarian aid to Palestinian civilians.\\n\\nThey agreed to stay in touch.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'increasing humanitarian assistance', 'increase the flow of life-saving humanitarian')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from readoutdiff.formulas.linking.comparing import Said
from readoutdiff.formulas.linking.line_entries import Busy, OneSided, Wording, entries
from readoutdiff.formulas.linking.stem_index import stem_index
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.mining import noise
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.unpaired.gap_frames import Passages
from readoutdiff.formulas.words.phrases import STOCK, Words, holds_amount, stem
from readoutdiff.formulas.words.roles import CLAUSE_WORDS, WHEN
from readoutdiff.formulas.words.wording import same_formula, strip
from readoutdiff.model import Formula

BEFORE = 3
"""Words of a wording before its telling word, at most."""
AFTER = 6
"""Words of a wording after its telling word, at most."""
_STOCK = frozenset(map(strip, STOCK))
_WHEN = frozenset(strip(stem(word)) for word in WHEN)
"""Time words stripped: no telling word (:data:`roles.WHEN`)."""

Place = tuple[int, int]
"""(sentence, word)."""
Places = dict[str, list[Place]]
"""Each telling word's key -> where a passage's sentences say it."""


def changes(
    a: View, b: View, runs: Passages, said: Said, one_sided: OneSided, busy: Busy,
    ids: Counter[str],
) -> tuple[list[Formula], set[str]]:  # fmt: skip
    """The changed entries of a telling word each readout says once, in one passage both
    sides rewrote, with another word both wordings share, and the ids of the one-sided
    formulas they tell (arguments as :func:`gap_frames.changes`)."""
    if a.readout.language != "en" or b.readout.language != "en":
        return [], set()
    lines: list[Wording] = []
    for xs, ys in runs:
        keys_a, keys_b = _keys(a, xs), _keys(b, ys)
        once = {k for k, places in keys_a.items() if len(places) == 1}
        once &= {k for k, places in keys_b.items() if len(places) == 1}
        if not once:
            continue
        held_a, held_b = _held(a, xs, one_sided[0]), _held(b, ys, one_sided[1])
        for key in sorted(once):
            (x, i), (y, j) = keys_a[key][0], keys_b[key][0]
            if _kept_at(a, x, i, one_sided[0]) & _kept_at(b, y, j, one_sided[1]):
                continue  # the word of a formula both readouts keep: that formula's, no line's
            at_a = _wording(a.readout.text, a.words[x], i, held_a.get(x, ()))
            at_b = _wording(b.readout.text, b.words[y], j, held_b.get(y, ()))
            if at_a is None or at_b is None:
                continue
            if _more_shared(a.words[x], at_a, b.words[y], at_b, key):
                lines.append((x, y, (*at_a, *at_b), (key,)))
                continue
            # One word shared in the wordings: mostly two lines on one subject, unless the
            # list each runs on into shares a telling word too.
            wider = _listed(
                (a.readout.text, a.words[x], at_a), (b.readout.text, b.words[y], at_b), key
            )
            if wider is not None:
                lines.append((x, y, wider, (key,)))
    if not lines:
        return [], set()
    # Said once in each whole readout, read last, for the few words left (each readout read
    # once for all of them).
    wanted = {key for *_, (key,) in lines}
    wanted = _said_once(a, wanted, [x for x, *_ in lines])
    wanted = _said_once(b, wanted, [y for _, y, *_ in lines]) if wanted else wanted
    found = [
        (x, y, (fa, la, fb, lb), name)
        for x, y, (fa, la, fb, lb), name in lines
        if name[0] in wanted and not _refused(a, b, (x, fa, la), (y, fb, lb), said)
    ]  # fmt: skip
    return entries(a, b, found, one_sided, busy, [], ids)


def _keys(view: View, sentences: Sequence[int]) -> Places:
    """Each telling word's key (its stem, inflection stripped) -> where ``sentences`` say it."""
    out: Places = {}
    for x in sentences:
        words = view.words[x]
        for k in range(len(words.stems)):
            key = _key(words, k)
            if key:
                out.setdefault(key, []).append((x, k))
    return out


def _key(words: Words, k: int) -> str:
    """Word ``k``'s key when it may tell a line: no stop word, stock word, name or number."""
    stem = words.stems[k]
    if stem in words.stop_words or words.caps[k] or not stem.isalpha() or len(stem) < 4:
        return ""
    key = strip(stem)
    return "" if key in _STOCK or stem in STOCK or key in _WHEN else key


def _said_once(view: View, keys: set[str], sentences: Sequence[int]) -> set[str]:
    """The ``keys`` said once in the whole readout, in any form and a sentence said again
    counted again (:func:`stem_index.stem_index`, each counted until it is said twice)."""
    _, total = stem_index(view, keys, [(x, x + 1) for x in sentences], common=1)
    return {key for key in keys if total[key] == 1}


def _held(
    view: View, sentences: Sequence[int], one_sided: Mapping[str, Sequence[Occurrence]]
) -> dict[int, list[Occurrence]]:  # fmt: skip
    """The one-sided formulas said in each of ``sentences``."""
    return {
        x: [o for o in view.by_sentence.get(x, ()) if o.id in one_sided] for x in sentences
    }  # fmt: skip


def _kept_at(
    view: View, x: int, k: int, one_sided: Mapping[str, Sequence[Occurrence]]
) -> set[str]:  # fmt: skip
    """The ids of the formulas both readouts say (none of ``one_sided``) that hold word ``k``
    of sentence ``x``: "migration" of "root causes of migration", kept beside "address the …"
    / "an agenda that includes the …" (tests/test_formula_swaps.py)."""
    return {
        o.id for o in view.by_sentence.get(x, ()) if o.first <= k < o.last and o.id not in one_sided
    }  # fmt: skip


def _wording(text: str, words: Words, k: int, held: Sequence[Occurrence]) -> tuple[int, int] | None:
    """The words of the line that says word ``k``: the shortest one-sided formula that holds
    it, else the words around it (:func:`_around`)."""
    around = [o for o in held if o.first <= k < o.last]
    if around:
        o = min(around, key=lambda o: (o.last - o.first, o.first))
        return o.first, o.last
    return _around(text, words, k)


def _more_shared(
    wa: Words, at_a: tuple[int, int], wb: Words, at_b: tuple[int, int], key: str
) -> bool:  # fmt: skip
    """The two wordings share a content word besides ``key``, stock words too ("increasing
    humanitarian assistance" / "increase the flow of life-saving humanitarian aid")."""
    mine = {strip(s) for s in wa.stems[at_a[0] : at_a[1]] if s not in wa.stop_words}
    theirs = {strip(s) for s in wb.stems[at_b[0] : at_b[1]] if s not in wb.stop_words}
    return bool((mine & theirs) - {key})


def _listed(
    at_a: tuple[str, Words, tuple[int, int]], at_b: tuple[str, Words, tuple[int, int]], key: str
) -> tuple[int, int, int, int] | None:  # fmt: skip
    """The two wordings run on into the list members after them (:func:`_members`) when
    those runs share a telling word besides ``key`` (:func:`_key`: no stock word or name),
    each up to its last shared word ("need for a ceasefire, the return of hostages" /
    "secure a ceasefire and the release of hostages"); None when they share none (each
    ``at``: the readout's text, the sentence's words, the wording's first and past-last word)."""
    (text_a, wa, (fa, la)), (text_b, wb, (fb, lb)) = at_a, at_b
    mine, theirs = (
        _telling(wa, fa, _members(text_a, wa, la)),
        _telling(wb, fb, _members(text_b, wb, lb)),
    )
    both = (mine.keys() & theirs.keys()) - {key}
    if not both:
        return None
    return fa, max(la, *(mine[k] + 1 for k in both)), fb, max(lb, *(theirs[k] + 1 for k in both))


LISTING = frozenset(("and", "or"))
"""The clause words that join list members (:func:`_members` runs on over them)."""


def _members(text: str, words: Words, last: int) -> int:
    """Past the list members said after a wording that ends before word ``last``: on over
    commas, "and" and "or", ``AFTER`` words at most, up to another clause word
    (:data:`roles.CLAUSE_WORDS`: "to", "that" …) or other punctuation; stop words and a
    joining word at its end left out."""
    stems, count = words.stems, len(words.stems)
    end = last
    while end < min(count, last + AFTER):
        if stems[end] in CLAUSE_WORDS and stems[end] not in LISTING:
            break
        if _cut(text, words, end) and text[words.end(end - 1) : words.start(end)].strip() != ",":
            break
        end += 1
    while end > last and (stems[end - 1] in words.stop_words or stems[end - 1] in LISTING):
        end -= 1
    return end


def _telling(words: Words, first: int, last: int) -> dict[str, int]:
    """Each telling word's key (:func:`_key`) said in words ``first`` to ``last`` -> where it is
    last said there."""
    return {key: k for k in range(first, last) if (key := _key(words, k))}


def _around(text: str, words: Words, k: int) -> tuple[int, int] | None:
    """The words around word ``k`` inside its stretch between punctuation (a dash too) and
    clause words, at most ``BEFORE`` before it and ``AFTER`` after, stop words at the ends
    left out; None for the word alone (``text``: the readout's)."""
    stems, count = words.stems, len(words.stems)
    first, last = k, k + 1
    while first > max(0, k - BEFORE) and not _cut(text, words, first):
        if stems[first - 1] in CLAUSE_WORDS:
            break
        first -= 1
    while last < min(count, k + 1 + AFTER) and not _cut(text, words, last):
        if stems[last] in CLAUSE_WORDS:
            break
        last += 1
    while first < k and stems[first] in words.stop_words:
        first += 1
    while last > k + 1 and stems[last - 1] in words.stop_words:
        last -= 1
    return (first, last) if last - first > 1 else None


def _cut(text: str, words: Words, m: int) -> bool:
    """A stretch of words ends before word ``m``: punctuation, or a dash between spaces ("the
    UN's foundational principles – particularly …"), stands before it."""
    if words.breaks[m]:
        return True
    between = text[words.end(m - 1) : words.start(m)]
    return "\u2013" in between or "\u2014" in between or " - " in between


def _refused(a: View, b: View, at_a: Place3, at_b: Place3, said: Said) -> bool:
    """Whether the two wordings say no line reworded: a name, an office, a date, boilerplate
    or a cut, an amount, one formula, or a wording the other readout says."""
    (x, fa, la), (y, fb, lb) = at_a, at_b
    wa, wb = a.words[x], b.words[y]
    for words, first, last in ((wa, fa, la), (wb, fb, lb)):
        if noise.why(words, first, last) or holds_amount(words, first, last):
            return True
    text_a = a.readout.text[wa.start(fa) : wa.end(la - 1)]
    text_b = b.readout.text[wb.start(fb) : wb.end(lb - 1)]
    if same_formula(text_a, text_b):
        return True
    return said(text_a, b.readout.text) or said(text_b, a.readout.text)


Place3 = tuple[int, int, int]
"""(sentence, first word, word past the last)."""
