"""Link a one-sided formula to what its aligned passage says in its place, from shared edge words.

A formula only one side has often starts (or ends) with words its aligned sentence says too,
and the two sentences go on differently from there: "Ukraine as it defends its sovereignty and
territorial integrity in the face of …" / "Ukraine as it defends itself against …", "global
leadership on the climate crisis" / "global leadership to address the pressing challenge of
climate change". The shared words are the formula's slot (its governing verb, its head noun),
and what follows them on the other side is the formula's rewording: one *changed* entry with
both wordings, naming the formula, not a formula dropped or appeared.

Where the formula's last words are the shared ones, a preposition must tie them to a head
before them on both sides ("commitment to supporting Ukraine" / "importance of supporting
Ukraine"): a topic said again in another role ("politicization of the COVID-19 pandemic" /
"trade grew despite the COVID-19 pandemic") is no rewording of the formula.

The shared run must be the passage's own, not a chance meeting of common words: it holds the
formula's first (or last) word, said alike on both sides and no stop word, runs on equal
stems on both sides, and holds at least two content words, one of them no capitalised name
("Ukraine and" / "Ukraine and", "the Indo-Pacific" / "the Indo-Pacific" say nothing of the
formula). The other side's
wording runs from the shared words over at most :data:`MOST` words to the phrase's edge:
punctuation, the sentence's end, a clause word, a joining word, a reporting verb (going
back), or a content word the formula's side says beyond the formula (there the passages meet
again); then its edge loses stop words and prepositions ("defends itself against Russia's" →
"defends itself"). It must add a content word the formula lacks.

Where no edge run is shared, two or more of the formula's uncapitalised content words said
close together on the other side, but not as a run of the formula's own words, are a list said
again with other members or its qualifiers put otherwise ("engagement on trade and investment"
/ "partnership in climate, investment, trade, and health"): the other wording is the list they
stand in and the head right after it (:func:`_scattered`; not in Chinese, whose words are no
words apart).

Runs on the finished list (:mod:`readoutdiff.formulas.tracking`): the one-sided entries as
reported, their wordings grown to what was said of them ("defends its sovereignty …"), and
only where the other wording stands on no other entry's words, but for an entry that runs
over the shared words on both sides (a neighbour's change told from the same place) and an
entry whose words there the other wording wholly holds (a formula said inside it).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They discussed aid to Ukraine as it defends its sovereignty and territorial integrity in the face of Russia's war.")
>>> b = from_text("They discussed new aid to Ukraine as it defends itself against Russia's war.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'defends its sovereignty and territorial integrity', 'defends itself')]
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.entries.widened import PARTNERSHIP
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words import cuts
from readoutdiff.formulas.words.phrases import Place, Words
from readoutdiff.formulas.words.roles import PREPOSITIONS, REPORTING
from readoutdiff.formulas.words.spans import line_of, overlaps, sentence_holding
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, strip
from readoutdiff.model import REWORDED, Alignment, Formula, FormulaStatus, Span
from readoutdiff.records.record import record_positional
from readoutdiff.records.replacing import replace

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_APPEARED, _DROPPED = FormulaStatus.APPEARED, FormulaStatus.DROPPED


MOST = 9
"""Most words the other side's wording takes beyond the shared ones."""
_JOINING = frozenset("and or but while as including".split())
"""Words that open the next phrase of a list or a clause: the other wording ends before them."""
_POSSESSIVE = ("'s", "\u2019s")


@record_positional
class _Passage:
    """The words of one aligned pair: the formula's side, the other side, their stripped stems."""

    mine: list[Place]
    theirs: list[Place]
    my_stems: list[str]
    their_stems: list[str]
    stops: frozenset[str]
    chinese: bool = False
    """Chinese: each word a character (see :func:`_lone_word`)."""


def went_on(
    formulas: Sequence[Formula], a: View, b: View, pairs: Sequence[Alignment],
    held: tuple[frozenset[int], frozenset[int]],
) -> list[Formula]:  # fmt: skip
    """Return ``formulas`` with each dropped or appeared one whose aligned passage (``pairs``:
    the reworded aligned pairs) goes on differently from its shared edge words told as a
    *changed* entry, where the other wording stands on no other entry's words. Two that
    would tell the same words both stay as they are, so swapping the readouts mirrors the
    result. ``held``: the sentences of A and of B that stand in an aligned pair (most
    one-sided entries stand in none, and no pair is looked up for them)."""
    told = list(formulas)
    found: dict[int, tuple[Span, bool, Alignment]] = {}
    holding: dict[bool, dict[int, Alignment]] = {}  # made when a one-sided entry asks
    for number, formula in enumerate(told):
        status = formula.status
        if status is not _DROPPED and status is not _APPEARED:
            continue
        on_a = status is FormulaStatus.DROPPED
        spans = formula.a_spans if on_a else formula.b_spans
        view, other = (a, b) if on_a else (b, a)
        words = sentence_holding(view.words, spans[0].start) if len(spans) == 1 else None
        if words is None or words.sentence not in held[0 if on_a else 1]:
            continue
        if on_a not in holding:
            holding[on_a] = _pairs_by_sentence(pairs, on_a)
        pair = holding[on_a].get(words.sentence)
        if pair is None:
            continue
        relationship = formula.topic == PARTNERSHIP
        placed = _placed(_words_of(words, spans[0]), pair, (view, other), on_a, relationship)
        if placed is not None:
            found[number] = (placed, on_a, pair)
    for number, (placed, on_a, pair) in found.items():
        own = formulas[number].a_spans if on_a else formulas[number].b_spans
        # An entry running over the shared words on both sides is a neighbour's, told from
        # the same place ("… to Ukraine as it defends" / "… as it defends itself"), and one
        # whose words there lie wholly inside the other wording is a formula that wording holds
        # ("… to address the pressing challenge of climate change"): neither claims the place.
        claims = [  # read off the list as it came, so no entry's fate hangs on the order
            f
            for n, f in enumerate(formulas)
            if n != number
            and overlaps(placed, f.b_spans if on_a else f.a_spans)
            and not overlaps(own[0], f.a_spans if on_a else f.b_spans)
            and not _inside(f.b_spans if on_a else f.a_spans, placed)
        ]
        rivals = [p for n, (p, side, _) in found.items() if n != number and side == on_a]
        if claims or overlaps(placed, rivals):
            continue
        told[number] = _entry(formulas[number], placed, (b if on_a else a), on_a, pair)
    return told


def _inside(spans: Sequence[Span], placed: Span) -> bool:
    """Every one of ``spans`` (at least one) lies within ``placed``."""
    return bool(spans) and all(placed.start <= s.start and s.end <= placed.end for s in spans)


def _words_of(words: Words, span: Span) -> tuple[int, int, int]:
    """(sentence, first word, word after the last) of the wording at ``span`` in ``words``."""
    first = next(k for k in range(len(words.stems)) if words.end(k) > span.start)
    last = next((k for k in range(first, len(words.stems)) if words.start(k) >= span.end), None)
    return words.sentence, first, len(words.stems) if last is None else last


def _pairs_by_sentence(pairs: Sequence[Alignment], on_a: bool) -> dict[int, Alignment]:
    """Each sentence of one side (A when ``on_a``) -> the reworded aligned pair holding it."""
    return {s.index: pair for pair in pairs for s in (pair.a if on_a else pair.b)}


def _placed(
    own: tuple[int, int, int], pair: Alignment, views: tuple[View, View], on_a: bool,
    relationship: bool = False,
) -> Span | None:  # fmt: skip
    """Where the other side of ``pair`` says ``own``'s place differently (see the module);
    a ``relationship`` may share its parties alone (:func:`_from_start`)."""
    view, other = views
    mine_s, theirs_s = (pair.a, pair.b) if on_a else (pair.b, pair.a)
    sentence, own_first, own_last = own
    said = view.words[sentence].stems
    edges = (said[own_first], said[own_last - 1])
    if not any(e in other.words[s.index].stems for s in theirs_s for e in edges):
        return None  # neither edge word said there as written: most entries stop here, cheaply
    mine = [(view.words[s.index], k) for s in mine_s for k in range(len(view.words[s.index].stems))]
    theirs = [
        (other.words[s.index], k) for s in theirs_s for k in range(len(other.words[s.index].stems))
    ]
    first = next(
        (i for i, (w, k) in enumerate(mine) if w.sentence == sentence and k == own_first), None
    )
    if first is None or not theirs:
        return None
    passage = _Passage(
        mine, theirs, [strip(w.stems[k]) for w, k in mine], [strip(w.stems[k]) for w, k in theirs],
        mine[0][0].stop_words, other.readout.language == "zh",
    )  # fmt: skip
    end = first + own_last - own_first
    run = _from_start(passage, first, end, relationship) or _from_end(passage, first, end)
    if run is None and other.readout.language != "zh":  # Chinese words are no words apart
        run = _scattered(passage, first, end, other.readout.text)
    if run is None:
        return None
    lo, hi = run
    (w0, k0), (w1, k1) = theirs[lo], theirs[hi - 1]
    k0, end = cuts.whole_run(w0, k0, w1, k1 + 1)  # never inside a name: "Affairs, held …"
    if end <= (k0 if w0 is w1 else 0):
        return None
    start, stop = w0.start(k0), w1.end(end - 1)
    if other.readout.text[start:stop].endswith(_POSSESSIVE):
        stop -= 2
    return Span(start=start, end=stop, line=line_of(other.readout, w0, start))


def _from_start(
    passage: _Passage, first: int, end: int, relationship: bool = False
) -> tuple[int, int] | None:
    """The other wording when the formula's first words are shared and the rest is not. A
    relationship told with its parties may share the parties alone, names as they are: "U.S.-Oman
    strategic partnership" / "U.S.-Oman bilateral relationship" is the relationship renamed."""
    mine, theirs = passage.my_stems, passage.their_stems
    if mine[first] in passage.stops:
        return None
    for q, stem in enumerate(theirs):
        if stem != mine[first]:
            continue
        n = _equal_run(mine, theirs, first, q, 1, end)
        parties = relationship and n >= 2 and _named(passage, first, n)
        if first + n >= end or not (parties or _strong(passage, first, q)):
            continue  # the whole formula said again, or a chance meeting of words
        beyond = set(mine[end:]) - set(mine[first:end])
        hi = _grow(passage, q + n - 1, 1, beyond) + 1
        if _lone_word(passage, n, (first + n, end), (q + n, hi)):
            continue
        if _adds(passage, (q + n, hi), (first, end)):
            return q, hi
    return None


def _from_end(passage: _Passage, first: int, end: int) -> tuple[int, int] | None:
    """The other wording when the formula's last words are shared and the rest is not."""
    mine, theirs = passage.my_stems, passage.their_stems
    last = end - 1
    if mine[last] in passage.stops:
        return None
    for q, stem in enumerate(theirs):
        if stem != mine[last]:
            continue
        n = _equal_run(mine, theirs, last, q, -1, first - 1)
        if last - n < first or not _strong(passage, last, q):
            continue
        if not _governed(passage, last - n + 1, q - n + 1):
            continue  # the topic said in another role: "despite the COVID-19 pandemic"
        before = set(mine[:first]) - set(mine[first:end])
        lo = _grow(passage, q - n + 1, -1, before)
        if _lone_word(passage, n, (first, end - n), (lo, q - n + 1)):
            continue
        if _adds(passage, (lo, q - n + 1), (first, end)):
            return lo, q + 1
    return None


def _scattered(passage: _Passage, first: int, end: int, text: str) -> tuple[int, int] | None:
    """The other wording when two or more of the formula's uncapitalised content words stand
    there, uncapitalised, within :data:`MOST` words of each other, but not as a run of the formula's own words:
    a list said again with other members ("engagement on trade and investment" / "partnership
    in climate, investment, trade, and health"), its qualifiers put otherwise ("security,
    economic, and people-to-people ties" / "security and economic partnership"). The wording
    takes the whole list around them and the head noun right after it (:func:`_listed`)."""
    mine, theirs = passage.my_stems, passage.their_stems
    told = {mine[i] for i in range(first, end) if _uncapitalised(passage.mine[i], passage.stops)}
    if len(told) < 2:
        return None
    own = " ".join(mine[first:end])
    at = [
        q
        for q, stem in enumerate(theirs)
        if stem in told and _uncapitalised(passage.theirs[q], passage.stops)
    ]
    for n, lo in enumerate(at):
        hits = [
            q for q in at[n:] if q - lo <= MOST and passage.theirs[q][0] is passage.theirs[lo][0]
        ]
        if len({theirs[q] for q in hits}) < 2:
            continue
        hi = hits[-1] + 1
        if " ".join(theirs[lo:hi]) in own:
            continue  # the formula's own words in a run: the edge rules' ground
        lo, hi = _listed(passage, lo, hi, text)
        if _adds(passage, (lo, hi), (first, end)):
            return lo, hi
    return None


def _uncapitalised(place: Place, stops: frozenset[str]) -> bool:
    words, k = place
    return words.stems[k] not in stops and not words.caps[k]


_LIST_JOINS = frozenset(("and", "or"))


def _listed(passage: _Passage, lo: int, hi: int, text: str) -> tuple[int, int]:
    """``[lo, hi)`` grown over the list it stands in (members parted by commas, the last by
    "and" or "or") and then over at most two content words right after it (the list's head)."""
    theirs, stops = passage.theirs, passage.stops

    def gap(i: int) -> str:  # what stands between word i - 1 and word i of one sentence
        (w0, k0), (w1, k1) = theirs[i - 1], theirs[i]
        return text[w0.end(k0) : w1.start(k1)].strip() if w0 is w1 else "."

    def member(i: int) -> bool:
        return 0 <= i < len(theirs) and theirs[i][0].stems[theirs[i][1]] not in stops

    while lo > 0 and gap(lo) == "," and member(lo - 1):
        lo -= 1
    while hi < len(theirs):
        if gap(hi) == "," and member(hi):
            hi += 1
        elif (
            hi + 1 < len(theirs) and gap(hi) in ("", ",")
            and theirs[hi][0].stems[theirs[hi][1]] in _LIST_JOINS
            and gap(hi + 1) == "" and member(hi + 1)
        ):  # fmt: skip
            hi += 2
        else:
            break
    for _ in range(2):
        if hi < len(theirs) and gap(hi) == "" and _uncapitalised(theirs[hi], stops):
            hi += 1
    return lo, hi


def _named(passage: _Passage, first: int, n: int) -> bool:
    """The formula's first ``n`` words are capitalised names: a compound of parties."""
    return all(passage.mine[i][0].caps[passage.mine[i][1]] for i in range(first, first + n))


def _governed(passage: _Passage, i: int, q: int) -> bool:
    """A preposition ties the shared words at ``i`` (the formula's) and ``q`` (the other
    side's) to the head before them on both sides: "commitment *to* supporting Ukraine" /
    "importance *of* supporting Ukraine". The head changed; the shared words are its object."""
    return (
        i > 0
        and q > 0
        and passage.mine[i - 1][0].stems[passage.mine[i - 1][1]] in PREPOSITIONS
        and passage.theirs[q - 1][0].stems[passage.theirs[q - 1][1]] in PREPOSITIONS
    )


def _equal_run(mine: list[str], theirs: list[str], i: int, q: int, step: int, stop: int) -> int:
    """How many equal stems from ``(i, q)`` on, stepping by ``step``, ``i`` short of ``stop``."""
    n = 0
    while i + n * step != stop and 0 <= q + n * step < len(theirs):
        if theirs[q + n * step] != mine[i + n * step]:
            break
        n += 1
    return n


def _strong(passage: _Passage, i: int, q: int) -> bool:
    """The equal run through ``(i, q)``, both ways, holds two content words, one uncapitalised."""
    mine, theirs = passage.my_stems, passage.their_stems
    while i > 0 and q > 0 and mine[i - 1] == theirs[q - 1]:
        i, q = i - 1, q - 1
    content = []
    while i < len(mine) and q < len(theirs) and mine[i] == theirs[q]:
        words, k = passage.mine[i]
        if words.stems[k] not in passage.stops:
            content.append(words.caps[k])
        i, q = i + 1, q + 1
    return len(content) >= 2 and not all(content)


LONE = 2
"""Chinese: a shared run of at most this many characters is one word (a verb, 重大, 世界)."""


def _lone_word(passage: _Passage, n: int, mine: tuple[int, int], theirs: tuple[int, int]) -> bool:
    """Chinese: the two wordings share their run of ``n`` characters, one word (:data:`LONE`),
    and not one character of the rest (``mine``, ``theirs``: index ranges of the rest on
    each side): two objects of one verb ("深化互联互通" / "深化经贸投资", "重大关切问题上相互支持"
    / "重大项目"), no rewording. The English test (two content words in the run) counts
    characters here."""
    if not passage.chinese or n > LONE:
        return False
    own = set(passage.my_stems[mine[0] : mine[1]])
    return own.isdisjoint(passage.their_stems[theirs[0] : theirs[1]])


def _grow(passage: _Passage, q: int, step: int, resumed: set[str]) -> int:
    """The farthest index the other wording takes from ``q`` stepping by ``step`` to its
    phrase's edge, less the stop words and prepositions there (see the module)."""
    theirs, stops = passage.theirs, passage.stops
    taken, i = q, q + step
    while 0 <= i < len(theirs) and abs(i - q) <= MOST:
        after = theirs[max(i, i - step)]  # the later of the two words: punctuation stands before it
        if after[0].breaks[after[1]] or theirs[i][0] is not theirs[i - step][0]:
            break
        stem = theirs[i][0].stems[theirs[i][1]]
        if stem in CLAUSE_WORDS or stem in _JOINING or (step < 0 and stem in REPORTING):
            break
        if stem not in stops and passage.their_stems[i] in resumed:
            break  # the formula's side says this word beyond the formula: the passages meet again
        taken, i = i, i + step
    while taken != q and theirs[taken][0].stems[theirs[taken][1]] in stops | PREPOSITIONS:
        taken -= step
    return taken


def _adds(passage: _Passage, extra: tuple[int, int], formula: tuple[int, int]) -> bool:
    """The other side's words ``extra`` hold a content word the formula lacks."""
    own = set(passage.my_stems[formula[0] : formula[1]])
    return any(
        passage.their_stems[i] not in own
        and passage.theirs[i][0].stems[passage.theirs[i][1]] not in passage.stops
        for i in range(*extra)
    )


def _entry(formula: Formula, placed: Span, other: View, on_a: bool, pair: Alignment) -> Formula:
    """``formula`` (dropped or appeared) told as reworded at ``placed`` on the other side."""
    said = other.readout.text[placed.start : placed.end]
    return replace(
        formula, status=FormulaStatus.CHANGED,
        a_text=formula.a_text if on_a else said, b_text=said if on_a else formula.b_text,
        a_spans=formula.a_spans if on_a else (placed,),
        b_spans=(placed,) if on_a else formula.b_spans,
        id=f"{formula.id}{REWORDED}", confidence=round(pair.score, 3),
        evidence_score=round(pair.score, 3), anchor=formula.anchor or formula.id,
    )  # fmt: skip
