"""A line said again in an aligned pair with most of its telling words, one or two reworded.

When the aligner pairs two sentences that were rewritten around a line, the word diff of the
pair often runs the line into a long replaced run and names nothing, though the two readouts
say it with nearly the same words: "secure sustainable and affordable energy resources" →
"securing sustainable and affordable energy supplies", "traditional areas as civil nuclear
energy, aviation and aerospace" → "traditional areas like civilian nuclear energy, and
aerospace". Here the **telling words** of each sentence (content words, inflection stripped
and irregular pasts mapped; no word that only introduces or frames a formula, no verb of
asking, no pronoun, no figure, no "along" that joins a party as "and" does; the quantifiers
"all", "every", "any", "no" count) are compared in order (English readouts only), and a run
of them both sentences keep with a small edit is one line when:

- the kept words, joined over gaps of at most ``GAP`` telling and ``GAP_WORDS`` lower-case
  words on each side in one clause (no clause word between them, and no punctuation but
  before a list's "and"), hold at least ``MIN_KEPT`` words that say something (no aspect,
  quantifier or verb of narration), ``MIN_LOWER`` of them in lower case (names alone make no
  line);
- the edit is at most ``MOST_EDITED`` telling words, both sides together: the words in the
  gaps, one head noun swapped right after the last kept word ("energy *resources*" /
  "energy *supplies*", each the last content word of its phrase, neither shaped like an
  adjective or participle) and, when nothing else changed, one word swapped right before the
  first ("*increase* cooperation on …" / "*ongoing* cooperation on …"); a spelling of the
  other side's word ("civil" / "civilian", "like-minded" / "likeminded") and a word inside a
  formula both readouts keep (that formula's variant) are no edit;
- the line ends where its phrase ends on both sides, holds the same figures on both and does
  not count after one, and neither wording is a name, an office, a date, boilerplate or a cut
  (:func:`noise.why`).

The kept runs are read by an order-keeping diff of the telling words, once from each side
when the two disagree (two lines said in swapped order cross, and each diff pairs the run its
ties favour): a line stands when both diffs read one at its places, so either readout as A
finds the same lines.

It is *changed* when the edit holds a lower-case word that is no word of aspect ("continued" /
"ongoing", "together"), a quantifier, or a name joined by "and" or "or" to a member the line
keeps ("Sweden and Finland" / "Sweden"); else (inflection, aspect, names, stop words) it
*persisted*, a variant. The wording runs from the first kept or edited word to the last on each
side; a changed line that opens with a list member both say alike, itself a line
(``MIN_KEPT`` words), up to an "and", "or" or comma starts after it, and its wordings grow through
their clause (:func:`clauses.grown`: "multiple UN Security Council resolutions and a threat to
regional stability" / "… and present a serious threat to international peace and security"
is the change "threat to regional stability" / "present a serious threat to …"); :mod:`readoutdiff.formulas.linking.most_kept_entries` makes the entries.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met in London.\\n\\nThe leaders agreed to support Ukraine, address the challenges posed by China, and secure sustainable and affordable energy resources.")
>>> b = from_text("They met in London.\\n\\nThe leaders coordinated on global issues. They discussed the importance of securing sustainable and affordable energy supplies.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas if f.status.value == "changed"]
[('changed', 'secure sustainable and affordable energy resources', 'securing sustainable and affordable energy supplies')]
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from readoutdiff.formulas.linking.clauses import grown
from readoutdiff.formulas.linking.most_kept_edits import (
    JOINS,
    NAME,
    Block,
    Held,
    Told,
    bounds,
    edits,
    ends_phrase,
)
from readoutdiff.formulas.linking.word_readings import QUANTIFIERS, TOLD
from readoutdiff.formulas.mining import noise
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import ASPECT
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, held_firmly, strip
from readoutdiff.text.shared_runs import matching_blocks

MIN_KEPT = 3
"""Telling words both sentences keep in the line."""
MIN_LOWER = 2
"""Of them, in lower case."""
MOST_EDITED = 2
"""Telling words put in, taken out or swapped, both sides together."""
GAP = 2
"""Most telling words between two kept ones on one side."""
GAP_WORDS = 4
"""Most lower-case words of any kind between two kept ones on one side: a longer gap holds a
clause of its own ("Russia *accountable in the face of its* unprovoked … war"); names do not
count ("commitment *of the United States to* stand strong")."""
_MANNER = frozenset(("together", "closely"))
"""Adverbs that say how two sides do a thing, not what they do ("work together with" /
"work with", "work closely together" / "work together closely"): counted as aspect."""
_ASPECT = frozenset(map(strip, ASPECT | _MANNER))

Found = tuple[int, int, int, int, tuple[str, ...], bool]
"""A's wording [first, last), B's [first, last), the kept words that name the line, and
whether it changed (else it persisted, reworded only in inflection, aspect, names or stop
words)."""
Memo = dict[tuple[str, ...], tuple[Told, frozenset[str]]]
"""A sentence's stems -> its telling words and their stems as a set, read once per distinct
sentence of one comparison (a readout says many twice; :attr:`comparing.Comparing.told`)."""


def lines(
    wa: Words, wb: Words, held: tuple[Held, Held] = (frozenset(), frozenset()),
    memo: Memo | None = None,
) -> list[Found]:  # fmt: skip
    """Every line the two sentences of one aligned pair say with most telling words kept
    (see the module's text); ``held``: the words of each that a formula both readouts keep
    says (a word swapped there is that formula's variant, no edit of the line); ``memo``: the
    comparison's, see :data:`Memo`."""
    if not may_share(wa, wb, memo):
        return []
    (ta, set_a), (tb, set_b) = telling(wa, memo), telling(wb, memo)
    if not _may_say(wa, ta, set_a & set_b):
        return []  # a third of the pairs that share words: no diff read
    forward = matching_blocks(ta[1], tb[1])
    found = _read(wa, wb, ta, tb, forward, held)
    if not found or _only_pairing(forward, (ta[1], set_a), (tb[1], set_b)):
        return found  # none read: the lines kept below overlap one read here, so none either
    backward = [(i, j, n) for j, i, n in matching_blocks(tb[1], ta[1])]
    if backward == forward:
        return found
    # Two lines said in swapped order cross ("maritime law enforcement cooperation … Coast
    # Guard partnership" / "maritime law enforcement agencies … Coast Guard partnership and
    # maritime cooperation"): an order-keeping diff pairs the run its ties favour, the earlier
    # in A, so each way of comparing read another line. A line stands when the diff read from
    # the other side reads one at the same places too (members swapped within the line,
    # "government and people" / "people and government"); either readout as A, the same lines.
    other = _read(wa, wb, ta, tb, backward, held)
    kept = [f for f in found if any(map(partial(_overlap, f), other))]
    both = kept + [g for g in other if g not in kept and any(map(partial(_overlap, g), found))]
    return _one_per_place(both)


def _one_per_place(lines: list[Found]) -> list[Found]:
    """``lines`` less those another line at the same places precedes by its name: the two
    diffs can read one line by other kept words ("support … government" / "support …
    people"), and the one kept must not depend on which readout is A."""
    first: dict[tuple[int, int, int, int], int] = {}  # a place -> the index of its line
    for k, line in enumerate(lines):
        place = line[:4]
        if place not in first or line[4:] < lines[first[place]][4:]:
            first[place] = k  # by index, not identity: a compiled build boxes tuples afresh
    return [line for k, line in enumerate(lines) if first[line[:4]] == k]


def _may_say(words: Words, told: Told, shared: frozenset[str]) -> bool:
    """A's telling words of the ``shared`` stems are ``MIN_KEPT``, ``MIN_LOWER`` of them in
    lower case: the most any run of kept words can hold, so else no line stands (:func:`_line`
    counts them so) and neither diff need be read."""
    caps = words.caps
    lower = [not caps[k] for k, stem in zip(*told, strict=True) if stem in shared]
    return len(lower) >= MIN_KEPT and sum(lower) >= MIN_LOWER


def _only_pairing(
    blocks: list[Block], a: tuple[tuple[str, ...], frozenset[str]],
    b: tuple[tuple[str, ...], frozenset[str]],
) -> bool:  # fmt: skip
    """``blocks`` pair every telling word the two sentences share, each said once on each
    side: no other pairing is, and the diff from the other side reads the same (most pairs)."""
    shared = a[1] & b[1]
    return (
        sum(n for _, _, n in blocks) == len(shared)
        and sum(map(shared.__contains__, a[0])) == len(shared)
        and sum(map(shared.__contains__, b[0])) == len(shared)
    )


def _read(
    wa: Words, wb: Words, ta: Told, tb: Told, blocks: list[Block], held: tuple[Held, Held]
) -> list[Found]:  # fmt: skip
    """The lines the chains of one diff (``blocks``) keep."""
    out = []
    for chain in _chains(wa, wb, ta, tb, blocks):
        found = _line(wa, wb, ta, tb, chain, held)
        if found is not None:
            out.append(found)
    return out


def _overlap(x: Found, y: Found) -> bool:
    """Lines ``x`` and ``y`` share words on both sides."""
    return x[0] < y[1] and y[0] < x[1] and x[2] < y[3] and y[2] < x[3]


def telling(words: Words, memo: Memo | None = None) -> tuple[Told, frozenset[str]]:
    """Where the telling words of ``words`` stand and their stems without inflection, and those
    stems as a set; read once per distinct sentence with ``memo``."""
    if memo is None:
        return _telling(words.stems)
    found = memo.get(words.stems)
    if found is None:
        found = memo[words.stems] = _telling(words.stems)
    return found


def _telling(stems: tuple[str, ...]) -> tuple[Told, frozenset[str]]:
    places, plains = [], []
    for k, plain in enumerate(map(TOLD.__getitem__, stems)):
        if plain:
            places.append(k)
            plains.append(plain)
    return (tuple(places), tuple(plains)), frozenset(plains)


def may_share(wa: Words, wb: Words, memo: Memo | None = None) -> bool:
    """The cheap test first: the two sentences share ``MIN_KEPT`` telling words."""
    return len(telling(wa, memo)[1] & telling(wb, memo)[1]) >= MIN_KEPT


def _chains(
    wa: Words, wb: Words, ta: Told, tb: Told, blocks: list[Block]
) -> Iterator[list[Block]]:  # fmt: skip
    """Runs of telling words both keep (``blocks``, one diff of the telling stems), cut
    where a clause ends and joined over gaps of at most ``GAP`` telling words and
    ``GAP_WORDS`` lower-case words on each side in one clause."""
    chain: list[Block] = []
    for block in blocks:
        for piece in _cut(wa, wb, ta, tb, block):
            if chain:
                i, j, n = chain[-1]
                left_a, left_b = ta[0][i + n - 1], tb[0][j + n - 1]
                if (
                    piece[0] - i - n <= GAP and piece[1] - j - n <= GAP
                    and _lower(wa, left_a, ta[0][piece[0]]) <= GAP_WORDS
                    and _lower(wb, left_b, tb[0][piece[1]]) <= GAP_WORDS
                    and _one_clause(wa, left_a, ta[0][piece[0]])
                    and _one_clause(wb, left_b, tb[0][piece[1]])
                ):  # fmt: skip
                    chain.append(piece)
                    continue
                yield chain
            chain = [piece]
    if chain:
        yield chain


def _lower(words: Words, first: int, last: int) -> int:
    """How many lower-case words stand between words ``first`` and ``last``."""
    caps = words.caps[first + 1 : last]
    return len(caps) - sum(caps)  # summed in C, not a generator's step a word (branch sp98)


def _cut(wa: Words, wb: Words, ta: Told, tb: Told, block: Block) -> Iterator[Block]:
    """The kept run ``block`` cut where a clause ends between two of its words."""
    i, j, n = block
    start = 0
    for d in range(1, n):
        if not (
            _one_clause(wa, ta[0][i + d - 1], ta[0][i + d])
            and _one_clause(wb, tb[0][j + d - 1], tb[0][j + d])
        ):
            yield i + start, j + start, d - start
            start = d
    yield i + start, j + start, n - start


def _one_clause(words: Words, first: int, last: int) -> bool:
    """Words ``first`` and ``last`` stand in one clause: no clause word between them, and no
    punctuation but that of a list going on ("civil nuclear energy, aviation and aerospace")."""
    breaks = words.breaks
    if last == first + 1:  # most words a line keeps stand side by side
        return not breaks[last]
    if not CLAUSE_WORDS.isdisjoint(words.stems[first + 1 : last]):
        return False
    if not any(breaks[first + 1 : last + 1]):  # no mark between them (most): read in C
        return True
    cut = last  # the last mark: its list goes on when an "and" or "or" follows it
    while not breaks[cut]:
        cut -= 1
    return not JOINS.isdisjoint(words.stems[cut:last])


def _held_alike(wa: Words, wb: Words, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """The two wordings of a line say one stance held as firmly in other words
    (:func:`~readoutdiff.formulas.words.wording.held_firmly`: "the Administration's ironclad support for Israel's security"
    / "the Administration's unwavering support for Israel's security")."""
    held = held_firmly([(wa, k) for k in range(*a)])
    return held is not None and held == held_firmly([(wb, k) for k in range(*b)])


def _line(
    wa: Words, wb: Words, ta: Told, tb: Told, chain: list[Block], held: tuple[Held, Held]
) -> Found | None:  # fmt: skip
    """The line ``chain`` keeps, if it is one (see the module's text)."""
    # Each test below that finds no line ends the reading, so the cheap ones go first: fewer
    # kept words than a line holds (the words that say something are among them), then the
    # same words on both sides from the line's first word to its last (kept as said: most
    # chains of a long readout's reworded pairs that get this far), before the kept words are
    # read one by one and the edit is judged.
    if sum(n for _, _, n in chain) < MIN_KEPT:
        return None
    at = bounds(wa, wb, ta, tb, chain)
    (first_a, first_b), (last_a, last_b) = at[2], at[3]
    fa, la = ta[0][first_a], ta[0][last_a] + 1
    fb, lb = tb[0][first_b], tb[0][last_b] + 1
    if wa.stems[fa:la] == wb.stems[fb:lb]:
        return None
    places = [(ta[0][i + d], tb[0][j + d]) for i, j, n in chain for d in range(n)]
    said = [(k, m) for k, m in places if _says(wa, k) and _says(wb, m)]
    if len(said) < MIN_KEPT or sum(not (wa.caps[k] or wb.caps[m]) for k, m in said) < MIN_LOWER:
        return None
    edited = edits(wa, wb, ta, tb, chain, held, at)[0]
    if len(edited) > MOST_EDITED:
        return None
    # A name put in or taken out tells nothing of the line ("the Kremlin's war" / "the war"),
    # unless it is a member of a list the line keeps another member of ("Sweden and Finland").
    changed = any(kind != NAME and w not in _ASPECT for w, kind in edited)
    if changed and _held_alike(wa, wb, (fa, la), (fb, lb)):
        changed = False  # convention (p): "ironclad" / "unwavering support for …", one stance
    if changed:  # a list head both say alike is no part of the change
        cut_a, cut_b = _past_head(wa, wb, fa, la, fb, lb)
        if cut_a > fa:  # the member that changed, through its clause ("… threat to regional …")
            (fa, la), (fb, lb) = _grown(wa, cut_a, la), _grown(wb, cut_b, lb)
    if not (ends_phrase(wa, la - 1) and ends_phrase(wb, lb - 1)):
        return None  # cut inside a phrase: "the evacuation of American" of "American citizens"
    if _figures(wa, fa, la) != _figures(wb, fb, lb) or _counted(wa, fa) or _counted(wb, fb):
        return None  # figures of the day, not a standing line
    if noise.why(wa, fa, la) or noise.why(wb, fb, lb):
        return None
    # Named by the side whose words sort first, not by A's: the line's kept words are alike
    # only once inflection is stripped ("securing" / "secure"), and swapping the readouts
    # must give the same id (tests/test_formulas_symmetry.py). A word capitalised on either
    # side names no line ("China and France …" / "china the France …" named by "china" one
    # way only, sym3).
    named = [(k, m) for k, m in said if not (wa.caps[k] or wb.caps[m])]
    name = min(tuple(wa.stems[k] for k, _ in named), tuple(wb.stems[m] for _, m in named))
    return fa, la, fb, lb, name, changed


def _grown(words: Words, first: int, last: int) -> tuple[int, int]:
    """The member that changed, through its clause and the list it stops inside, and through
    the qualifiers an article opens that it stops on the first of ("helping Ukraine achieve a
    just| and lasting peace": the line is the whole phrase, not its first qualifier)."""
    return grown(words, first, last, True, qualifiers=True)


def _past_head(wa: Words, wb: Words, fa: int, la: int, fb: int, lb: int) -> tuple[int, int]:
    """Where the two wordings start once the words both open with alike, up to the last "and"
    or "or" (or comma) among them, are left out when they are a line of their own (``MIN_KEPT``
    words that say something, ``MIN_LOWER`` in lower case): a list's first member said alike on
    both sides is kept, not changed ("multiple UN Security Council resolutions and a threat" /
    "… and present a serious threat": the change is the member after the "and", which
    :func:`_line` then grows through its clause, "threat to regional stability" / "present a
    serious threat to international peace"; in "freedom of expression and freedom of the press" / "… and the press" the head is too short
    to be a line and the list is the change). Alike on both sides, so swapping the readouts
    mirrors it."""
    n, most = 0, min(la - fa, lb - fb) - 1  # one word at least is left on each side
    while n < most and wa.stems[fa + n] == wb.stems[fb + n]:
        n += 1
    cut, kept, lower = 0, 0, 0
    for d in range(1, n + 1):  # the head is the words [0, d) both say alike
        k, m = fa + d - 1, fb + d - 1  # read on both sides, as _line reads its kept words
        if TOLD[wa.stems[k]] and _says(wa, k) and _says(wb, m):
            kept += 1
            lower += not (wa.caps[k] or wb.caps[m])
        if kept < MIN_KEPT or lower < MIN_LOWER:
            continue
        if d < n and wa.stems[fa + d] in JOINS:
            cut = d + 1  # past the "and" both say
        elif wa.breaks[fa + d] and wb.breaks[fb + d]:
            cut = d  # past the comma both put after the head
    return fa + cut, fb + cut


def _says(words: Words, k: int) -> bool:
    """Kept word ``k`` says what the line is: no word of aspect, quantifier or narration."""
    stem = words.stems[k]
    return strip(stem) not in _ASPECT and stem not in QUANTIFIERS and not _narrating(words, k)


def _figures(words: Words, first: int, last: int) -> list[str]:
    return [s for s in words.stems[first:last] if any(map(str.isdigit, s))]


def _counted(words: Words, first: int) -> bool:
    """The wording starts right after a figure: on what it counts ("billion in …")."""
    return first > 0 and any(map(str.isdigit, words.stems[first - 1]))


def _narrating(words: Words, k: int) -> bool:
    """Word ``k`` is a verb of narration in the past tense before "to" ("agreed to …")."""
    return words.stems[k].endswith("ed") and words.stems[k + 1 : k + 2] == ("to",)
