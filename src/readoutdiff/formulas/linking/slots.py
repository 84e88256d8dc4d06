"""Find where a formula only one side has was reworded, anywhere in the other readout.

Named wording changes (:mod:`readoutdiff.formulas.succession.named`) only look inside aligned pairs. A
formula is often reworded in a passage that was rewritten around it, so the two sentences do
not pair: "the consequences of Russia's unprovoked and unjustified war against Ukraine" in A,
"in the face of Russia's brutal and unprovoked war" in a different sentence of B. Here every
formula only one side has looks for its **mutation** on the other side: a place that keeps at
least one of the formula's own content words and at least one more content word of the
clause around it, within a few words. The two wordings run from the first to the last shared
word (the formula itself always included on its side). They are one *changed* entry when
(:mod:`readoutdiff.formulas.linking.mutation` scores each place)

- they share at least ``MIN_SHARED`` content stems (inflection stripped), at least one of them
  the formula's own;
- the shared stems are at least ``MIN_SHARE`` of the content words of the longer wording;
- their content words differ (equal content is the same formula: a variant, not a change);
- the other side's wording is two words at least: one word ("commitment" of "their
  commitment to Ukraine's sovereignty …", "long" of "for as long as is necessary") quotes no
  formula, and grown later it would join two lines.
- a wording that opens on the noun governing it by "of" ("the strength of the alliance between
  the United States and the Philippines") is linked only to a wording that keeps the noun, or
  when the other readout says "<noun> of" nowhere else: B's "ironclad alliance commitment to the
  Philippines" shares the alliance and the names, but B's "welcomed the strength of the bilateral
  relationship" is where the line went.
- two Chinese wordings of one relationship name's core said of other parties or scopes
  (中埃命运共同体 / 中非命运共同体, 人类命运共同体 / 中老命运共同体) are two lines, not one
  reworded (branch fat2).

Where the other readout has many formulas of its own near the formula (more than ``CROWDED``
one-sided ones in its window), a chance share of common words is likely: the place must then
share a word that is neither a name nor a stock word of readouts ("continued close
cooperation" / "bolster U.S.-Philippines cooperation" share only "cooperation"). With few, a
place sharing only such words is most often the rewording ("remain in close contact" /
"continue their close coordination").

Each formula gets its best place; one place serves one formula, best first. A formula of the
other side that the place covers (only that side has it) is told by the same entry
("unprovoked and unjustified" dropped and "brutal and unprovoked war" appeared are one change).
When the place cuts into such a formula (it stops inside "further economic and diplomatic
measures to hold the Russian Federation … accountable" at "measures to hold", or takes
"Russia", the last word of the formula before it), the place is the formula that shares the
most content words with the formula whose place it is: the two wordings are the formulas'
own (a coordination of qualifiers with its noun), and the other formulas the place touched
stay free for their own changes.
Candidates from A and from B are ranked by one key that does not depend on which readout is
A, so swapping the readouts mirrors the result.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They discussed the consequences of Russia's unprovoked and unjustified war against Ukraine.\\n\\nThey spoke of grain.")
>>> b = from_text("They spoke of grain.\\n\\nThe ministers, meeting in Berlin in the face of Russia's brutal and unprovoked war, set out a plan for exports by sea.")
>>> [(f.status.value, f.id, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'brutal-premeditated/reworded', "Russia's unprovoked and unjustified war", "Russia's brutal and unprovoked war")]
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from readoutdiff.formulas.entries.clause_heads import says_head
from readoutdiff.formulas.linking import strangers
from readoutdiff.formulas.linking.comparing import Comparing
from readoutdiff.formulas.linking.mutation import closest, place
from readoutdiff.formulas.linking.nearby import Placement, window
from readoutdiff.formulas.linking.stem_index import Places, stem_index, wanted_stems
from readoutdiff.formulas.linking.wording_at import holds_amount_at, off_linking, text_at, words_at
from readoutdiff.formulas.matching.content_words import clause, content, counts, whole
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words import edges, word_swaps
from readoutdiff.formulas.words.phrases import Copies, Words, spent_on
from readoutdiff.formulas.words.roles import INTRODUCING
from readoutdiff.formulas.words.spans import overlaps
from readoutdiff.formulas.words.wording import strip
from readoutdiff.model import REWORDED, Formula, FormulaSource, FormulaStatus, Readout, Span
from readoutdiff.records.record import record_positional
from readoutdiff.records.replacing import replace

REACH = 4
"""Words of the clause around the formula that may share a word with the other side."""
COMMON = 40
"""A stem standing more often than this on the other side anchors nothing."""
CROWDED = 3
"""One-sided formulas of the other readout in a formula's window (:func:`nearby.window`) above
which a place must share a telling word: see the module's text."""


Side = Mapping[str, Sequence[Occurrence]]
Busy = tuple[Sequence[Span], Sequence[Span]]
"""Spans of A and spans of B that other entries tell (each side's offsets are its own)."""


@record_positional
class _Candidate:
    score: float
    own: Occurrence
    own_on_a: bool
    own_span: tuple[int, int]
    """Sentence words [first, last) of the wording on the formula's side."""
    other_sentence: int
    other_span: tuple[int, int]


class Mutations:
    """The changed entries found, and ``consumed``: the ids of one-sided formulas whose fate a
    changed entry tells. A plain slotted class (a dataclass is ~0.4 ms of start-up to make)."""

    __slots__ = ("changed", "consumed")

    def __init__(self, changed: list[Formula], consumed: set[str]) -> None:
        self.changed = changed
        self.consumed = consumed


def find(
    a: View, b: View, only_a: Side, only_b: Side, comparing: Comparing,
    busy: Busy = ((), ()), groups: tuple[Sequence[Copies], Sequence[Copies]] | None = None,
) -> Mutations:  # fmt: skip
    """Return one changed entry per formula reworded near its place in the other readout
    (``busy``: the places of A and of B that other entries already tell; ``groups``: each
    side's words grouped by text, :meth:`ReadoutMemo.groups`, when made already)."""
    if not only_a and not only_b:
        return Mutations(changed=[], consumed=set())
    taken: dict[bool, list[_Place]] = {True: [], False: []}
    out = Mutations(changed=[], consumed=set())
    for c in _candidates(a, b, only_a, only_b, comparing.placement(), groups):
        if c.own.id in out.consumed:
            continue
        view, other = (a, b) if c.own_on_a else (b, a)
        placed = _placed(c, (view, other), only_b if c.own_on_a else only_a, taken)
        if placed is None:
            continue
        mine, theirs, held = placed
        # A wording whose words all stand in the other's lost a qualifier: that says the change.
        said = set(content(view.words[mine[0]], *mine[1:]))
        said_there = set(content(other.words[theirs[0]], *theirs[1:]))
        grow = not (said <= said_there or said_there <= said)
        # The wording held in the other's takes the words before it: "supply chain" alone
        # does not say what was said of it ("efforts to reinforce supply chain" / "the
        # resilient supply chains"); its right stays for the qualifier and complement.py.
        sub = said != said_there
        own_busy, other_busy = busy if c.own_on_a else busy[::-1]
        for lists in (True, False):  # a list the wording stops inside: through it if free
            own_text, own_span = text_at(view, mine, grow, sub and said <= said_there, lists)
            other_text, other_span = text_at(other, theirs, grow, sub and said_there <= said, lists)
            if not (overlaps(own_span, own_busy) or overlaps(other_span, other_busy)):
                break
        else:
            continue
        if not says_head(view.readout, c.own.span, other.readout, other_span):
            continue  # a Chinese rewording keeps some of the formula's own words
        if _parties_apart(view.readout, own_span, other.readout, other_span):
            continue  # 中埃命运共同体 / 中非命运共同体: one name said of other parties
        if holds_amount_at(other, theirs[0], other_span):
            continue  # news of the day ("a new $625 million … package"), no line reworded
        if len(words_at(other, theirs[0], other_span)) < _LEAST:
            continue  # one word of the other sentence ("long" of "for as long as …") names nothing
        if _parties_only(other, theirs[0], other_span):
            continue  # "Canada and France": the two parties' names say no formula's words
        if _governed_elsewhere((view, mine[0], own_span), (other, theirs[0], other_span)) or (
            _governed_elsewhere((other, theirs[0], other_span), (view, mine[0], own_span))
        ):
            continue  # "the strength of the alliance …" was said where "the strength of" is
        held += [
            o for o in _covered(view, mine, only_a if c.own_on_a else only_b) if o.id != c.own.id
        ]
        covered = {o.id for o in held}
        if covered & out.consumed:
            continue
        taken[c.own_on_a].append(mine)
        taken[not c.own_on_a].append(theirs)
        out.consumed |= {c.own.id, *covered}
        own_said = off_linking(view, mine[0], (own_text, own_span))  # the checks read the
        other_said = off_linking(other, theirs[0], (other_text, other_span))  # place as found
        entry = _entry(c, held, own_said, other_said)
        out.changed.append(_kept_in_other_form(entry))
    return out


_MANKIND = "人类"
"""The scope of 人类命运共同体, said where a pair's short names say theirs (中老命运共同体)."""


def _scopes(readout: Readout, span: Span) -> dict[str, frozenset[str]]:
    """Each relationship name's core (``one_event_zh.NAME_CORES``) said in ``readout``'s
    wording at ``span``, with the two characters of its scope before it, read in the text even
    where the wording starts at the core: the parties' short names (``one_event_zh.after_pair``)
    or 人类."""
    # read here, not at import: every language's run imports slots, and an English or Russian
    # run loads no Chinese rule (test_language_rules_lazy)
    from readoutdiff.formulas.entries.one_event_zh import NAME_CORES, after_pair

    text = readout.text
    out: dict[str, frozenset[str]] = {}
    for core in NAME_CORES:
        at = text.find(core, span.start, span.end)
        if at < 0:
            continue
        two = text[max(0, at - 2) : at]
        if two == _MANKIND or after_pair(text, at):
            out[core] = frozenset(two)
    return out


def _parties_apart(own: Readout, own_span: Span, other: Readout, other_span: Span) -> bool:
    """Whether two Chinese wordings say one relationship name's core of other parties or
    scopes: 中埃命运共同体 / 中非命运共同体 (China and Egypt, China and Africa), 构建人类命运
    共同体 / 构建中老命运共同体. The hand lists give each its own line: a readout names the
    community of the pair, of the wider region and of mankind apart, and one of them dropped
    while another is said is no rewording. One pair's names in either order (中老 / 老中) are
    one scope.

    >>> from readoutdiff.ingest import from_text
    >>> a = from_text("携手构建中埃命运共同体。")
    >>> b = from_text("携手构建中非命运共同体。")
    >>> c = from_text("携手构建埃中命运共同体。")
    >>> whole = Span(start=0, end=11, line=1)
    >>> _parties_apart(a, whole, b, whole), _parties_apart(a, whole, c, whole)
    (True, False)
    """
    if own.language != "zh" or other.language != "zh":
        return False
    mine = _scopes(own, own_span)
    if not mine:
        return False
    theirs = _scopes(other, other_span)
    return any(core in theirs and theirs[core] != scope for core, scope in mine.items())


_LEAST = 2
"""Words a wording of the other readout needs: a single word quotes no formula."""

_GOVERNING = "of"

_AND = frozenset(("and", "и"))
"""Words that join two parties' names ("Canada and France", Russian "Россия и Китай")."""


def _parties_only(view: View, sentence: int, span: Span) -> bool:
    """The words of ``view``'s sentence inside ``span`` are only names joined by "and" (the
    function words of the readout's language aside): "Canada and France", "the United States
    and the Philippines". The parties of a readout stand in nearly every line, so a formula's
    place there shares their names and nothing the formula says: carney-macron 2025-06-16 →
    11-22 linked "relationship between Canada and France" to the "Canada and France" opening
    another sentence ("Canada and France have a long shared history"), and the series told the
    phrase "reworded at 4 “Canada and France” → …" (u70, branch ser6). A capital that stands
    first in its sentence is a name only where the readout never writes the word in lower case
    ("Cooperation between China and Russia" is cooperation's)."""
    words = view.words[sentence]
    inside = words.starting_in(span)
    joined = False
    for i in inside:
        stem = words.stems[i]
        if stem in _AND:
            joined = joined or (i - 1 in inside and i + 1 in inside and words.caps[i + 1])
            continue
        if stem in words.stop_words or stem.isdigit():
            continue
        if not words.caps[i] or (i == 0 and _lower_case_elsewhere(view, stem)):
            return False
    return joined


def _lower_case_elsewhere(view: View, stem: str) -> bool:
    """``view``'s readout writes ``stem`` in lower case somewhere (a common word, capitalised
    only for opening its sentence)."""
    return any(
        stem == said.stems[k] and not said.caps[k]
        for said in view.words
        if stem in said.stems
        for k in range(len(said.stems))
    )


def _governed_elsewhere(wording: tuple[View, int, Span], other: tuple[View, int, Span]) -> bool:
    """``wording`` opens on the noun that governs it ("the *strength* of the alliance …", "the
    root *causes* of irregular migration"), ``other`` (the wording it would be linked to) lacks
    that noun, and the other readout says the noun with its "of" outside ``other``: what was
    said of the noun was reworded there ("welcomed the strength of the bilateral
    relationship"), and ``other`` only shares the complement's words."""
    view, sentence, span = wording
    words = view.words[sentence]
    inside = words.starting_in(span)
    first, last = inside.start, inside.stop
    if last - first < 2 or words.caps[first] or words.stems[first + 1] != _GOVERNING:
        return False
    noun = words.stems[first]
    if not counts(noun, words.stop_words) or noun in INTRODUCING:
        return False
    there, at, other_span = other
    theirs = there.words[at]
    held = theirs.starting_in(other_span)
    if noun in theirs.stems[held.start : held.stop]:
        return False
    for said in there.words:
        stems = said.stems
        if noun not in stems:  # the test in C: most sentences do not hold the noun
            continue
        for k in range(len(stems) - 1):
            if (
                stems[k] == noun
                and stems[k + 1] == _GOVERNING
                and not (said.sentence == at and other_span.start <= said.start(k) < other_span.end)
            ):
                return True
    return False


_Place = tuple[int, int, int]
"""A sentence and the words [first, last) of a wording in it."""


def _candidates(
    a: View, b: View, only_a: Side, only_b: Side, placed: Placement,
    groups: tuple[Sequence[Copies], Sequence[Copies]] | None = None,
) -> list[_Candidate]:  # fmt: skip
    """Return the best places of each one-sided formula in the other readout, best first
    (``groups``: see :func:`find`)."""
    # Each side's index serves only the other side's one-sided formulas, and only their words,
    # listed where they are looked for: the windows around the formulas' sentences.
    marks, mirrored = placed.anchors, placed.mirrored
    held_a, held_b = placed.held
    same_a, same_b = placed.same
    # Where the other side's one-sided formulas stand: how crowded a formula's window is.
    firsts_a = sorted(o[0].sentence for o in only_a.values())
    firsts_b = sorted(o[0].sentence for o in only_b.values())
    candidates: list[_Candidate] = []
    texts_a, texts_b = (None, None) if groups is None else groups
    for own_on_a, side, view, other, anchors, held, firsts, texts, same in (
        (True, only_a, a, b, marks, held_b, firsts_b, texts_b, same_b),
        (False, only_b, b, a, mirrored, held_a, firsts_a, texts_a, same_a),
    ):
        ids = sorted(side)
        near = [window(anchors, side[i][0].sentence, len(other.words), held=held) for i in ids]
        index = (
            stem_index(other, wanted_stems(side, view), near, COMMON, texts)
            if side
            else ({}, Counter())
        )
        for formula_id, around in zip(ids, near, strict=True):
            crowd = bisect_left(firsts, around[1]) - bisect_left(firsts, around[0])
            own = side[formula_id][0]
            candidates += _best(own, own_on_a, view, other, index, around, crowd > CROWDED, same)
    candidates.sort(key=lambda c: _rank(c, a, b))
    return candidates


def _placed(
    c: _Candidate, views: tuple[View, View], one_sided: Side, taken: Mapping[bool, list[_Place]]
) -> tuple[_Place, _Place, list[Occurrence]] | None:
    """Return the places of ``c``'s wording and the other side's, with the ``one_sided`` formulas
    the latter holds; None for strangers, a place taken, or names telling them apart."""
    view, other = views
    mine: _Place = (c.own.sentence, *c.own_span)
    theirs: _Place = (c.other_sentence, *c.other_span)
    # One-sided formulas inside either wording are told by this entry too ("war against
    # Ukraine" inside "Russia's unprovoked and unjustified war against Ukraine").
    held = _covered(other, theirs, one_sided)
    apart = strangers.apart(c.own, (view, other), mine, theirs, held)
    if apart is None:
        return None
    theirs, held = apart
    cut = any(o.first < theirs[1] or theirs[2] < o.last for o in held)
    target = closest(c.own, view.words, other.words, held) if cut else None
    if target is not None:  # a formula of the other side's own stands there: the two
        mine = (c.own.sentence, *whole(view.words[c.own.sentence], c.own))  # wordings
        theirs = (target.sentence, target.first, target.last)
        held = [o for o in held if target.first <= o.first and o.last <= target.last]
    if edges.qualified(view.words[mine[0]], mine[1], other.words[theirs[0]], theirs[1]):
        mine, theirs = (mine[0], mine[1] - 1, mine[2]), (theirs[0], theirs[1] - 1, theirs[2])
    if _clash(mine, taken[c.own_on_a]) or _clash(theirs, taken[not c.own_on_a]):
        return None
    if edges.named_apart(view.words[mine[0]], mine[1:], other.words[theirs[0]], theirs[1:]):
        return None
    return mine, theirs, held


def _entry(
    c: _Candidate, held: Sequence[Occurrence], own: tuple[str, Span], other: tuple[str, Span]
) -> Formula:
    """Return the changed entry of ``c`` (``own``, ``other``: each side's text and span)."""
    # A lexicon formula names the entry before a mined or background one; then by id,
    # so that swapping the readouts names the same one.
    owner = min([c.own, *held], key=lambda o: (o.source is FormulaSource.MINED, o.id)).id
    (a_text, a_span), (b_text, b_span) = (own, other) if c.own_on_a else (other, own)
    return Formula(
        status=FormulaStatus.CHANGED, a_text=a_text, b_text=b_text, a_spans=(a_span,),
        b_spans=(b_span,), id=f"{owner}{REWORDED}", source=c.own.source, topic=c.own.topic,
        confidence=round(c.score, 3), evidence_score=round(c.score, 3), anchor=owner,
    )  # fmt: skip


def _kept_in_other_form(entry: Formula) -> Formula:
    """``entry`` as a kept formula when its two wordings say the same content words in other
    forms or order ("supply chain resilience" / "resilient supply chains": the dev lists call
    such a pair persisted); a word swapped for another ("ironclad" / "unwavering") still
    makes it changed."""
    if not word_swaps.other_forms(entry.a_text or "", entry.b_text or ""):
        return entry
    kept_id = entry.id.replace(REWORDED, "", 1)  # as most_kept_entries names a line kept
    return replace(
        entry, status=FormulaStatus.PERSISTED, variant=True, id=kept_id, anchor=None,
        evidence_score=None,
    )  # fmt: skip


def _best(
    own: Occurrence, own_on_a: bool, view: View, other: View,
    index: tuple[Places, Counter[str]], near: tuple[int, int], crowded: bool = False,
    same: AbstractSet[int] = frozenset(),
) -> list[_Candidate]:  # fmt: skip
    """The best place on the other side where ``own`` was reworded (none, or one; ``index``:
    :func:`stem_index` of the other side, listed in ``near`` at least; ``crowded``: see
    :data:`CROWDED`). ``same``: the other side's sentences aligned without change, which hold
    no place: every wording there the formula's readout says word for word too, so none is
    what the formula became (inv1: a paragraph written on both sides gave a dropped Chinese
    formula its "rewording" there, and the drop went unreported)."""
    words = view.words[own.sentence]
    core = set(content(words, own.first, own.last))
    lo, hi = clause(words, own.first, own.last, REACH)
    around: dict[str, list[int]] = defaultdict(list)
    for k in range(lo, hi):
        if counts(words.stems[k], words.stop_words):
            around[strip(words.stems[k])].append(k)
    best: _Candidate | None = None
    best_key = (0.0, False)
    texts = (view.readout.text, other.readout.text)
    for stem in sorted(core):
        if index[1][stem] > COMMON:
            continue
        places = index[0].get(stem, ())
        for sentence, p in places:
            if not near[0] <= sentence < near[1] or sentence in same:
                continue
            found = place(
                own, words, around, core, other.words[sentence], p, texts, telling=crowded
            )
            if found is None:
                continue
            score, own_span, other_span = found
            if spent_on(other.words[sentence], *other_span):
                continue  # a sum and its object: the next best place may be the rewording
            c = _Candidate(score, own, own_on_a, own_span, sentence, other_span)
            key = (score, _keeps_head(words, own, other.words[sentence], other_span))
            if best is None or (*key, -sentence, -other_span[0]) > (
                *best_key,
                -best.other_sentence,
                -best.other_span[0],
            ):
                best, best_key = c, key
    return [] if best is None else [best]


def _keeps_head(words: Words, own: Occurrence, theirs: Words, span: tuple[int, int]) -> bool:
    """Whether the place ``span`` of ``theirs`` says the formula's head, its last word: of
    two places that share as many words, the one keeping the head noun is the line an analyst
    reads reworded ("ironclad alliance commitment to the Philippines" / "defense commitment
    to the Philippines", not "the strength of the alliance between the United States and the
    Philippines")."""
    head = words.stems[own.last - 1]
    return head in theirs.stems[span[0] : span[1]]


def _rank(c: _Candidate, a: View, b: View) -> tuple[float, int, int, str]:
    """Best first; the same order whichever readout is A."""
    own = c.own.span.start
    other_view = b if c.own_on_a else a
    other = other_view.words[c.other_sentence].start(c.other_span[0])
    a_at, b_at = (own, other) if c.own_on_a else (other, own)
    return (-c.score, a_at + b_at, min(a_at, b_at), c.own.id)


def _clash(place: tuple[int, int, int], taken: Sequence[tuple[int, int, int]]) -> bool:
    sentence, first, last = place
    return any(s == sentence and f < last and first < e for s, f, e in taken)


def _covered(view: View, place: tuple[int, int, int], one_sided: Side) -> list[Occurrence]:
    """The one-sided formulas of ``view`` standing in the words of ``place``."""
    sentence, first, last = place
    return [
        o
        for o in view.by_sentence.get(sentence, ())
        if o.id in one_sided and o.first < last and first < o.last
    ]
