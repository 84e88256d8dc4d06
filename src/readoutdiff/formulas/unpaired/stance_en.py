"""One stance said otherwise between sentences the aligner left unpaired (en3, English).

A readout's stock stances — a party's resolve ("his determination to reach an agreement as soon
as possible" / "his commitment to reaching a deal that respects the sovereignty of the UK"),
condolences ("offered his condolences for the recent abhorrent terrorist attacks" / "expressed
his deep condolences for the tragic loss of life"), the promise to keep in touch ("committed
to stay in regular contact" / "agreed to maintain regular consultations", "agreed to speak
soon" / "agreed to stay in close touch"), the promise to keep working together ("agreed to
continue coordinating closely" / "agreed to continue working together", "resolved to continue
working closely" / "resolved to cooperate closely"; branch chg10) — are often reworded so far that the two sentences
share too few words to be aligned, and no formula is found in either. The outside set's
tuning part, written before the tool ran, lists such pairs as *changed* events; the rules that
read an aligned pair never see them.

One *changed* entry is made of two such wordings when

- each stands in a sentence no aligned pair holds, and both in one gap: right after the same
  aligned pair on each side, or both before the first (:func:`one_gap`);
- a stance of :data:`FRAMES` is said once among that gap's sentences on each side (a stance
  said twice on a side is two things, not one reworded);
- the wordings differ, hold no number, and do not each name something the other does not
  ("his commitment to providing steadfast support to Ukraine" / "his commitment to ongoing
  close work with Norway …": capitalised words past the frame, :func:`names`);
- for a resolve, the two objects share a telling word (a resolve is to do one thing:
  :data:`FRAMES`);
- no entry told before stands on them, a one-sided entry (dropped on A, appeared on B) lying
  wholly inside a wording aside: that half ("stay in close touch" appeared) is the change's
  half, and the changed entry takes its place (:func:`told_after`).

Frames that measured badly are left out: "the importance of" / "the need for" open objects of
every topic (on the dev pairs, six entries of that frame: six wrong fates or noise), and so
does "looked forward to" ("… to speaking again soon" / "… to the work of the Australia-UK
Climate and Energy Partnership": three wrong fates on the outside tuning part, none right).
The promise to keep working together, "cooperation", is read like the promise to keep in touch:
a promise's verb and "to" (or "commitment to") before working, cooperating, coordinating or
collaborating closely or together, "remain closely aligned" or close coordination kept up; the
wording is those words alone, the object left out ("… to advance shared priorities": what the
two promise to work on is told by other lines). Without the promise's verb ("the importance of
working together", "continue their close coordination") it measured worse (chg10: one noise
report more on young dev, the outside tuning part's entry lost to a second mention). Measured in
benchmarks/README.md, "chg10": three right entries on young dev and the outside tuning part
(Canada's PMO, 10 Downing Street, the White House), none wrong; no entry on the noise readouts.
The parties' relationship named in other words is one more stance, "bond" (branch en4;
:mod:`~readoutdiff.formulas.unpaired.bonds_en` finds its mentions: "the U.S.-Nigeria
relationship" / "the value of the U.S.-Nigeria partnership"): in one gap as above, where of
several mentions on one side the one naming the other side's parties is taken
(:func:`_same_parties`). Two mentions of one wording
but their determiners, or of one phrase from the noun on, are one relationship said again;
two naming other parties are two relationships (:func:`bonds_en.same_parties
<readoutdiff.formulas.unpaired.bonds_en.same_parties>`). ``entries/relations_en.py``, which
runs later, takes the place of such an entry with its own wordings where it tells the line.

English pairs only, with mining on (the ids are mined ids). Measured in benchmarks/README.md,
"en3": five right entries on the outside tuning part, none wrong; no entry on the English dev
pairs, on the judged noise readouts (``score_noise.py``) or on the 186 mirror pairs
(``mirror_changes.py``). Its cost on the 500 KB corpus pair (``stage_parts.py``): 1.4 M
instructions (9.3 M before branch sp90): only the gaps with unpaired sentences on both sides
are read (:func:`across`), and each pattern only near the words it needs (:func:`_matches`).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met in London.\\n\\nThe Prime Minister stressed his determination "
...     "to reach an agreement as soon as possible.\\n\\nThey discussed Ukraine.")
>>> b = from_text("They met in London.\\n\\nHe underlined his commitment to reaching a deal "
...     "that respects the sovereignty of the UK.\\n\\nThey discussed Ukraine.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas if f.id.startswith("mined:resolve")]
[('changed', 'his determination to reach an agreement as soon as possible', 'his commitment to reaching a deal that respects the sovereignty of the UK')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from operator import itemgetter

from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.formulas.linking.comparing import Comparing
from readoutdiff.formulas.succession import told_last
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.succession.told_last import changed_entry
from readoutdiff.formulas.unpaired import bonds_en
from readoutdiff.formulas.unpaired.role_objects import _span, extent, telling
from readoutdiff.formulas.words.spans import any_overlap
from readoutdiff.model import Formula, FormulaStatus, Sentence, Span

_OWNER = r"(?:his|her|their|its|our|the [\w’'.-]+(?: [\w’'.-]+|)[’']s|[A-Z][\w.-]*[’']s)"
"""Whose stance: a possessive pronoun, or a possessive name ("the UK's", "Biden's")."""

FRAMES: dict[str, tuple[re.Pattern[str], bool, bool]] = {
    "resolve": (
        re.compile(
            r"\b" + _OWNER + r" (?:[a-z]+ |)"
            r"(?:commitment|determination|desire|resolve|readiness|willingness|intention) to\b"
        ),
        True,
        True,
    ),
    "condolences": (
        re.compile(
            r"\b(?:offered|expressed|conveyed|extended|sent) " + _OWNER
            + r" (?:[a-z]+ |)(?:condolences|sympathies|sympathy)\b"
        ),
        True,
        False,
    ),
    "contact": (
        re.compile(
            r"\b(?:agreed|committed|pledged|promised|resolved|vowed|decided) to "
            r"(?:(?:stay|remain|keep|be) in (?:[a-z]+ |)(?:touch|contact|communication)"
            r"|(?:speak|talk|meet) (?:again |)soon"
            r"|maintain (?:[a-z]+ |)(?:contact|consultations|communication|dialogue))\b"
        ),
        False,
        False,
    ),
    "cooperation": (
        re.compile(
            r"\b(?:(?:agreed|committed|pledged|promised|resolved|vowed|decided) to "
            r"(?:(?:continue|keep|further) (?:to |)|)"
            r"(?:(?:work|working|cooperate|cooperating|coordinate|coordinating|collaborate"
            r"|collaborating) (?:closely together|together closely|closely|together)"
            r"|closely (?:work|cooperate|coordinate|collaborate)(?: together|)"
            r"|remain closely aligned"
            r"|(?:maintain|deepen|strengthen) (?:their |our |)close (?:coordination|cooperation"
            r"|collaboration))"
            r"|commitment to (?:continued |)close (?:coordination|cooperation|collaboration))\b"
        ),
        False,
        False,
    ),
}  # fmt: skip
"""Each stance: its pattern; whether its wording runs on to the clause's end
(:func:`~readoutdiff.formulas.unpaired.role_objects.extent`: the object of a resolve or of
condolences) or is the pattern's words alone (the promise to keep in touch); and whether the
two objects must share a telling word (:func:`role_objects.telling`) to be one stance: a
resolve is to do something, and two resolves in one gap are most often two things ("their
ongoing commitment to hold Russia accountable …" / "their shared commitment to upholding the
rules-based international order": the dev pairs list neither), while condolences are for one
loss however it is told."""

_STEMS: dict[str, frozenset[str]] = {
    "resolve": frozenset((
        "commitment", "determination", "desire", "resolve", "readiness", "willingness", "intention"
    )),
    "condolences": frozenset(("condolence", "sympathy", "sympathie")),
    "contact": frozenset(("touch", "contact", "communication", "soon", "consultation", "dialogue")),
    "cooperation": frozenset(("together", "closely", "close")),
}  # fmt: skip
"""The stems (:attr:`Words.stems <readoutdiff.formulas.words.phrases.Words.stems>`) one of
:data:`FRAMES` needs: a frame is read only in a sentence that holds one (a set test in C)."""
_GATE = frozenset().union(*_STEMS.values(), bonds_en.STEMS)
_FIRST = itemgetter(0)
_NAME = re.compile(r"(?<![\w’'])[A-Z][\w.-]*")
_POSSESSIVE = re.compile(r"[’']s$")


def names(text: str) -> frozenset[str]:
    """The capitalised words of ``text``, a possessive ending taken off.

    >>> sorted(names("the need for Lebanon’s leaders to come together"))
    ['Lebanon']
    """
    return frozenset(_POSSESSIVE.sub("", m.group()).rstrip(".") for m in _NAME.finditer(text))


def across(
    anchors: Sequence[tuple[int, int]], held: tuple[frozenset[int], frozenset[int]],
    opened: tuple[Sequence[int], Sequence[int]],
) -> tuple[set[int], set[int]]:  # fmt: skip
    """The gaps of unpaired sentences (not in ``held``) of A and of B that stand across from a
    gap of the other side (:func:`one_gap`), each told by the sentence before it that an
    aligned pair holds, -1 before the first: only there can a stance be said on both sides.
    Read off ``opened`` (:meth:`Comparing.opened
    <readoutdiff.formulas.linking.comparing.Comparing.opened>`: the sentences not aligned
    without change, a few hundred of 3,300 at 500 KB, read once per comparison by the
    unpaired rules), never off every sentence or pair.

    >>> across([(0, 0), (2, 1), (5, 4)], (frozenset({0, 1, 2, 5}), frozenset({0, 1, 4})),
    ...     ((1, 3, 4), (2, 3, 5)))
    ({2}, {1})
    >>> across([], (frozenset(), frozenset({0})), ((0, 1), (1,)))  # B's first sentence paired
    (set(), set())
    """
    gaps: list[set[int]] = []
    for held_side, opened_side in zip(held, opened, strict=True):
        before: dict[int, int] = {}
        for index in opened_side:
            if index not in held_side:  # its gap: its unpaired neighbour's, or the one before
                before[index] = before.get(index - 1, index - 1)
        gaps.append(set(before.values()))
    gaps_a, gaps_b = gaps
    kept_a: set[int] = set()
    kept_b: set[int] = set()
    for x in gaps_a:
        if x < 0:
            if x in gaps_b:
                kept_a.add(x)
                kept_b.add(x)
            continue
        at = bisect_left(anchors, x, key=_FIRST)  # an int compared, not a tuple
        while at < len(anchors) and anchors[at][0] == x:
            if (y := anchors[at][1]) in gaps_b:
                kept_a.add(x)
                kept_b.add(y)
            at += 1
    return kept_a, kept_b


def _run(after: int, count: int, held: frozenset[int]) -> Iterator[int]:
    """The unpaired sentences right after sentence ``after`` (-1: from the first), in order."""
    index = after + 1
    while index < count and index not in held:
        yield index
        index += 1


def one_gap(before_a: int, before_b: int, anchors: Sequence[tuple[int, int]]) -> bool:
    """Whether an unpaired sentence of A after A's sentence ``before_a`` and one of B after
    B's ``before_b`` stand in one gap: both before any pair, or right after the same pair
    (:attr:`Placement.anchors <readoutdiff.formulas.linking.nearby.Placement.anchors>` hold its
    last sentences together)."""
    if before_a < 0 or before_b < 0:
        return before_a == before_b
    at = bisect_left(anchors, (before_a, before_b))
    return at < len(anchors) and anchors[at] == (before_a, before_b)


_ANCHORS: dict[str, tuple[re.Pattern[str], int]] = {
    "resolve": (
        re.compile(
            r" to\b(?:" + "|".join(f"(?<={noun} to)" for noun in (
                "commitment", "determination", "desire", "resolve", "readiness", "willingness",
                "intention",
            )) + ")"
        ),
        4,
    ),
    "condolences": (re.compile(r"(?:condolences|sympathies|sympathy)\b"), 5),
    "contact": (
        re.compile(
            r" to (?:" + "|".join(f"(?<={verb} to )" for verb in (
                "agreed", "committed", "pledged", "promised", "resolved", "vowed", "decided",
            )) + ")"
        ),
        0,
    ),
    "cooperation": (
        re.compile(
            r" to (?:" + "|".join(f"(?<={verb} to )" for verb in (
                "agreed", "committed", "pledged", "promised", "resolved", "vowed", "decided",
                "commitment",
            )) + ")"
        ),
        0,
    ),
}  # fmt: skip
"""Each stance's words that every match of its pattern in :data:`FRAMES` holds (the noun and
"to" of a resolve, the noun of condolences, the verb and "to" of a promise), and how many
spaces at most stand in a match before them: the owner's ("the UK Government's": two), the
one after it and one after an adjective; for condolences the verb's too; none before a
promise's verb. A pattern that opens with ``\b`` and an alternation is tried at every
character of a sentence (4.4 M instructions on 51 sentences of the 500 KB corpus pair); these
open with a literal (" to") or an alternation of rare words, which the regular expression
engine skips to in C, and the pattern is tried a few words before them only (branch sp90)."""


def _matches(name: str, text: str) -> list[re.Match[str]]:
    """The matches of ``name``'s pattern in ``text``: those of ``finditer``, the pattern tried
    only from a few words before each of its :data:`_ANCHORS` (no match starts earlier: a
    match holds at most that many spaces before them), and never twice over a stretch.

    >>> text = "He noted the UK Government's firm commitment to it and their desire to act."
    >>> [m.group() for m in _matches("resolve", text)]
    ["the UK Government's firm commitment to", 'their desire to']
    >>> spans = [m.span() for m in FRAMES["resolve"][0].finditer(text)]  # the same
    >>> [m.span() for m in _matches("resolve", text)] == spans
    True
    """
    pattern = FRAMES[name][0]
    anchor, spaces = _ANCHORS[name]
    found: list[re.Match[str]] = []
    pos = 0  # where the last match ended: finditer goes on from there
    for at in anchor.finditer(text):
        if at.end() <= pos:
            continue  # inside the last match
        lo = at.start()
        for _ in range(spaces + 1):  # back to the space before the farthest start
            lo = text.rfind(" ", 0, lo)
            if lo < 0:
                break
        m = pattern.search(text, max(lo + 1, pos))
        if m is None:
            break  # none starts further on: finditer would stop too
        found.append(m)
        pos = m.end()
    return found


def _said(sentence: Sentence, stems: Sequence[str]) -> list[tuple[str, int, int, int]]:
    """Each stance said in ``sentence`` (its ``stems``): its name, where its wording starts and
    ends, and where the frame's words end."""
    found = []
    for name, (_, runs_on, _) in FRAMES.items():
        if _STEMS[name].isdisjoint(stems):
            continue
        for m in _matches(name, sentence.text):
            end = extent(sentence.text, m.end())[1] if runs_on else m.end()
            found.append((name, m.start(), max(end, m.end()), m.end()))
    if not bonds_en.STEMS.isdisjoint(stems):
        found += [("bond", *at) for at in bonds_en.mentions(sentence.text)]
    return found


def stances(a: View, b: View, comparing: Comparing) -> list[Formula]:
    """The changed entries of a stance said otherwise in one gap (:func:`one_gap`) of
    sentences no aligned pair holds (``comparing``: where the aligner put the sentences), before
    any entry told is weighed."""
    placed = comparing.placement()
    counts = len(a.words), len(b.words)
    kept = across(placed.anchors, placed.held, comparing.opened(*counts))
    heard: list[dict[tuple[str, int], list[tuple[Sentence, int, int, int]]]] = []
    for view, gaps, held, count in zip((a, b), kept, placed.held, counts, strict=True):
        said: dict[tuple[str, int], list[tuple[Sentence, int, int, int]]] = {}
        sentences, words = view.readout.sentences, view.words
        for gap in gaps:
            for index in _run(gap, count, held):  # in reading order
                if _GATE.isdisjoint(stems := words[index].stems):
                    continue
                for name, start, end, frame_end in _said(sentences[index], stems):
                    said.setdefault((name, gap), []).append(
                        (sentences[index], start, end, frame_end)
                    )
        if not said:
            return []  # most readouts say no stance in an unpaired sentence
        heard.append(said)
    found = []
    for (name, before_a), in_a in sorted(heard[0].items()):
        for (other, before_b), in_b in sorted(heard[1].items()):
            if other != name or not one_gap(before_a, before_b, placed.anchors):
                continue
            if name == "bond" and (len(in_a) == 1) != (len(in_b) == 1):
                in_a, in_b = _same_parties(in_a, in_b)
            if len(in_a) != 1 or len(in_b) != 1:
                continue  # said twice on a side: not one stance reworded
            found += _entry(name, in_a[0], in_b[0])
    return found


Said = list[tuple[Sentence, int, int, int]]


def _same_parties(in_a: Said, in_b: Said) -> tuple[Said, Said]:
    """Of several mentions of the relationship on one side, those naming parties, and the same
    as the other side's one mention (the U.S.-Nigeria relationship and "the longstanding
    friendship between our two countries" on A, "the U.S.-Nigeria partnership" on B)."""
    one, many = (in_a, in_b) if len(in_a) == 1 else (in_b, in_a)
    sentence, start, end, _ = one[0]
    named = bonds_en.parties(sentence.text[start:end])
    same = [
        at for at in many
        if named and (theirs := bonds_en.parties(at[0].text[at[1] : at[2]]))
        and bonds_en.same_parties(named, theirs)
    ]  # fmt: skip
    return (one, same) if one is in_a else (same, one)


def _entry(
    name: str, at_a: tuple[Sentence, int, int, int], at_b: tuple[Sentence, int, int, int]
) -> list[Formula]:
    """The changed entry of one stance said in two sentences, or none (the tests of the
    module's list)."""
    (sa, a0, a1, fa), (sb, b0, b1, fb) = at_a, at_b
    ta, tb = sa.text[a0:a1], sb.text[b0:b1]
    if ta == tb or any(map(str.isdigit, ta + tb)):
        return []
    if (
        name in FRAMES
        and FRAMES[name][2]
        and telling(sa.text[fa:a1]).isdisjoint(telling(sb.text[fb:b1]))
    ):
        return []  # two resolves, to do two things
    named_a, named_b = names(sa.text[fa:a1]), names(sb.text[fb:b1])
    if name == "bond" and (
        (" " in sa.text[fa:a1] and sa.text[fa:a1] == sb.text[fb:b1])
        or bonds_en.undetermined(ta) == bonds_en.undetermined(tb)
    ):
        return []  # one relationship said again ("collaboration between … and Chile", "our
        # bilateral relationship" / "the bilateral relationship")
    if name == "bond":  # the parties' names stand before the noun too ("UK-Irish ties")
        named_a, named_b = bonds_en.parties(ta), bonds_en.parties(tb)
        if not bonds_en.same_parties(named_a, named_b):
            return []  # another party's relationship ("… between the UK and the EU")
    if named_a and named_b and named_a.isdisjoint(named_b):
        return []  # two topics ("… support to Ukraine" / "… close work with Norway …")
    spans = (_span(sa, a0, a1), _span(sb, b0, b1))
    return [changed_entry((ta, tb), spans, phrase_id("mined", [name]), 0.5)]


def _inside(span: Span, within: Span) -> bool:
    """``span`` lies wholly within ``within``."""
    return within.start <= span.start and span.end <= within.end


def told_after(told: list[Formula], a: View, b: View, comparing: Comparing) -> list[Formula]:
    """``told`` with the entries of :func:`stances` that stand on no words of another entry;
    a one-sided entry (dropped on A, appeared on B) wholly inside such an entry's wording is
    its half and gives it its place (:func:`told_last.last` numbers the ids)."""
    entries = stances(a, b, comparing)
    if not entries:
        return told
    dropped, appeared = FormulaStatus.DROPPED, FormulaStatus.APPEARED
    kept: list[Formula] = []
    claimed: set[int] = set()
    for entry in entries:
        (span_a,), (span_b,) = entry.a_spans, entry.b_spans
        inside, other = set(), False
        for f in told:
            if not (any_overlap(f.a_spans, [span_a]) or any_overlap(f.b_spans, [span_b])):
                continue
            half = f.status is dropped or f.status is appeared
            if (
                half
                and all(_inside(s, span_a) for s in f.a_spans)
                and all(_inside(s, span_b) for s in f.b_spans)
            ):
                inside.add(id(f))
            else:
                other = True  # another entry tells this place: it keeps it
                break
        if not other:
            claimed |= inside
            kept.append(entry)
    if not kept:
        return told
    return told_last.last([f for f in told if id(f) not in claimed], (), kept)
