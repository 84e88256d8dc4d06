"""Rules read after the links that keep a formula said in two wordings one entry (acc17).

:func:`one_wording` makes a lexicon formula matched in two of its wordings *persisted* when one
side also says the other side's wording over the same words.
They run in :func:`readoutdiff.formulas.tracking._fates`, after the links.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readoutdiff.formulas.entries.entries import ById
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession import succession
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.spans import sentence_holding, word_span
from readoutdiff.formulas.words.wording import strip
from readoutdiff.languages.zh import parties_alike, tagged
from readoutdiff.model import REWORDED, Formula, FormulaStatus, Span
from readoutdiff.records.replacing import replace

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_CHANGED, _PERSISTED = FormulaStatus.CHANGED, FormulaStatus.PERSISTED


WORDING = "/wording"
"""The id tail of a change of a formula's wording (``succession.named``, ``kept_complement``)."""


def one_wording(
    formula: Formula, views: tuple[succession.View, succession.View], sides: tuple[ById, ById]
) -> Formula:
    """A formula said *changed* because each side's match is another of its wordings, where one
    side also says the other side's wording over some of the same words, *persisted* in that
    wording: "securing the release of all hostages" / "secure the release of all hostages held
    by Hamas", where the longest match took "release of all hostages held by Hamas" in B. The
    other side's words are the first side's by stripped stem (securing/secure); a wording that
    holds the other whole ("release …" / "immediate release …") is a grown one, left changed."""
    if formula.status is not _CHANGED or "/" in formula.id:
        return formula
    on_a, on_b = sides[0].get(formula.id, ()), sides[1].get(formula.id, ())
    if len(on_a) != 1 or len(on_b) != 1:
        return formula
    for mine, theirs, (own, other), side in (
        (on_a[0], on_b[0], views, "b"), (on_b[0], on_a[0], views[::-1], "a")
    ):  # fmt: skip
        said = _said_over(mine, own, theirs, other)
        if said is None:
            continue
        text, span = said
        kept = replace(formula, status=FormulaStatus.PERSISTED, variant=text != mine.text)
        if side == "a":
            return replace(kept, a_text=text, a_spans=(span,))
        return replace(kept, b_text=text, b_spans=(span,))
    return formula


def _said_over(
    mine: Occurrence, own_view: succession.View, theirs: Occurrence, view: succession.View
) -> tuple[str, Span] | None:
    """Where ``theirs``'s sentence says ``mine``'s wording over some of ``theirs``'s words but
    not within them, and not wholly holding them: (wording, span), else None."""
    own = [strip(s) for s in own_view.words[mine.sentence].stems[mine.first : mine.last]]
    words = view.words[theirs.sentence]
    stems = [strip(s) for s in words.stems]
    n = len(own)
    for k in range(max(0, theirs.first - n + 1), min(theirs.last, len(stems) - n + 1)):
        if stems[k : k + n] != own:
            continue
        if theirs.first <= k and k + n <= theirs.last:  # within theirs: a grown wording
            return None
        if k <= theirs.first and theirs.last <= k + n:  # holds theirs whole
            return None
        start, end = words.start(k), words.end(k + n - 1)
        text = view.readout.text
        return text[start:end], Span(start=start, end=end, line=theirs.span.line)
    return None


def reordered(
    formulas: Sequence[Formula], views: tuple[succession.View, succession.View]
) -> list[Formula]:
    """``formulas`` with each English change whose two wordings say the same content words
    in another order or spelling *persisted* (``variant``): "ironclad U.S. commitment to the
    defense of the ROK" / "U.S. ironclad commitment to the defense of the ROK". Issue 10 point 3:
    a function word, a word order, a British or American spelling ("defence"/"defense"), "U.S."
    / "United States" or a possessive ("China's" / "of China") is the same formula, not a
    change. Each wording first takes, from up to ``REACH`` words either side of it in its
    sentence (no punctuation crossed), the content words the other wording says and it lacks
    (the two were cut at different ends: "ironclad U.S. commitment to the defense" / "ironclad
    commitment to the defense of the ROK"); then the two must hold the same content words, as
    many times each, ``LEAST`` of them or more. Both sides are grown from the other's words as
    found, so the test is the same whichever readout is A."""
    if not formulas or views[0].readout.language != "en" or views[1].readout.language != "en":
        return list(formulas)
    taken = {f.id for f in formulas}
    out = []
    for f in formulas:
        kept = _reordered(f, views) if f.status is _CHANGED else None
        if kept is not None and (kept.id == f.id or kept.id not in taken):
            taken.add(kept.id)
            out.append(kept)
        else:
            out.append(f)
    return out


REACH = 3
"""Words either side of a wording read for the content words the other wording says."""

LEAST = 3
"""Content words two wordings must both say to be one formula in two orders."""


def _reordered(f: Formula, views: tuple[succession.View, succession.View]) -> Formula | None:
    name = f.id.replace(REWORDED, "", 1)  # "mined:x/reworded#2" -> "mined:x#2"
    if len(f.a_spans) != 1 or len(f.b_spans) != 1 or "/" in name:
        return None  # a change of the words around a formula is told as such
    if not _near(f.a_text or "", views[1].readout.text, f.b_spans[0]) or not _near(
        f.b_text or "", views[0].readout.text, f.a_spans[0]
    ):
        return None
    place_a, place_b = (
        _place(view, spans[0]) for view, spans in zip(views, (f.a_spans, f.b_spans), strict=True)
    )
    if place_a is None or place_b is None:
        return None
    places = [place_a, place_b]
    contents = [_contents(words, first, last) for words, first, last in places]
    if sorted(contents[0]) == sorted(contents[1]) and len(contents[0]) >= LEAST:
        grown = places
    else:
        if not set(contents[0]) & set(contents[1]):
            return None
        grown = [
            _grown(place, own, other)
            for place, own, other in (
                (places[0], contents[0], contents[1]),
                (places[1], contents[1], contents[0]),
            )
        ]
        mine = [_contents(words, first, last) for words, first, last in grown]
        if sorted(mine[0]) != sorted(mine[1]) or len(mine[0]) < LEAST:
            return None
    (a_text, a_span), (b_text, b_span) = (
        _text(view, place) for view, place in zip(views, grown, strict=True)
    )
    return replace(
        f, status=FormulaStatus.PERSISTED, variant=a_text != b_text, id=name, anchor=None,
        a_text=a_text, b_text=b_text, a_spans=(a_span,), b_spans=(b_span,),
    )  # fmt: skip


def _near(wording: str, text: str, span: Span) -> bool:
    """Whether each word of ``wording`` of four letters or more is found by its first letters
    (all but its last, four at most: "defence" / "defense") in ``text`` within ``NEAR``
    characters of ``span``: the words the other side's wording can grow over. A change whose
    words are not there (most are) is passed over before its sentence is read; "united" and
    "states" are passed over, as "U.S." says them."""
    window = text[max(0, span.start - NEAR) : span.end + NEAR].lower()
    return all(
        word[: min(4, len(word) - 1)] in window
        for word in _LETTERS.findall(wording.lower())
        if len(word) >= 4 and word not in _US_WORDS
    )


NEAR = 120
"""Characters either side of a wording within which the other wording's words are sought
(:func:`_near`): ``REACH`` words and more."""

_LETTERS = re.compile(r"[a-z]+")
_US_WORDS = frozenset(("united", "states"))


def _place(view: succession.View, span: Span) -> tuple[Words, int, int] | None:
    words = sentence_holding(view.words, span.start)
    if words is None:
        return None
    inside = words.starting_in(span)
    if not inside or words.end(inside[-1]) > span.end:
        return None
    return words, inside[0], inside[-1] + 1


def _contents(words: Words, first: int, last: int) -> list[str]:
    """The content words of ``words[first:last]`` in one spelling: articles, prepositions and
    "and" left out (:data:`FUNCTION_WORDS`), "U.S." and "United States" one word, British
    spellings American."""
    stems, stop = words.stems, FUNCTION_WORDS
    out = []
    k = first
    while k < last:
        stem = stems[k]
        if stem in _US_PARTS and k + 1 < last and stems[k + 1] == _US_PARTS[stem]:
            out.append("us")
            k += 2
            continue
        if stem not in stop and stem.isalnum():
            out.append(_american(stem))
        k += 1
    return out


_US_PARTS = {"u": "s", "united": "state"}

FUNCTION_WORDS = frozenset(
    ("a", "an", "the", "s", "and", "of", "to", "for", "in", "on", "at", "by", "with", "from")
)
"""The words whose change inside a formula keeps it one formula (issue 10 point 3: "an article
or preposition changed inside a long formula"; "s" is a possessive's). A quantifier, a pronoun
or a negation ("all", "our", "not") is a word of the formula: "release of the remaining
detainees" / "release all remaining detainees" is a change (blinken-aliyev 2022-05-11)."""

_SPELLINGS = (
    ("isation", "ization"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("our", "or"),
    ("tre", "ter"),
    ("ence", "ense"),
    ("mme", "m"),
)


def _american(stem: str) -> str:
    """``stem`` in American spelling ("defence" -> "defense", "programme" -> "program"); both
    sides are read alike, so a word that only looks British folds the same way on both."""
    if len(stem) > 5:
        for british, american in _SPELLINGS:
            if stem.endswith(british):
                return stem[: -len(british)] + american
    return stem


def _grown(
    place: tuple[Words, int, int], own: list[str], other: list[str]
) -> tuple[Words, int, int]:
    """``place`` grown, word by word from each end, over up to ``REACH`` words to take in each
    content word ``other`` says more often than ``own`` (stop words between come along); no
    punctuation is crossed."""
    words, first, last = place
    missing = list(other)
    for word in own:
        if word in missing:
            missing.remove(word)
    if not missing:
        return place
    n = len(words.stems)
    for step in range(1, REACH + 1):  # rightwards
        k = last + step - 1
        if k >= n or words.breaks[k]:
            break
        found = _contents(words, last, k + 1)
        if any(w not in other for w in found):
            break
        if found and found[-1] in missing:
            for w in found:
                if w in missing:
                    missing.remove(w)
            last = k + 1
    for step in range(1, REACH + 1):  # leftwards
        k = first - step
        if k < 0 or words.breaks[k + 1]:
            break
        found = _contents(words, k, first)
        if any(w not in other for w in found):
            break
        if found and found[0] in missing:
            for w in found:
                if w in missing:
                    missing.remove(w)
            first = k
    return words, first, last


def _text(view: succession.View, place: tuple[Words, int, int]) -> tuple[str, Span]:
    words, first, last = place
    span = word_span(view.readout, words, first, last)
    return view.readout.text[span.start : span.end], span


def reordered_zh(formulas: Sequence[Formula]) -> list[Formula]:
    """``formulas`` with each Chinese change of a formula's own words whose two wordings are
    the same characters but for 的 and the 下 that closes a "在…下" frame *persisted*
    (``variant``): "在两国领导人战略引领下" / "遵循两国领导人的战略引领" (liqiang-lawrence-wong
    2025-06-23, the hand list's persisted) read "两国领导人战略引领下" / "两国领导人的战略引领".
    At least ``LEAST_ZH`` characters must remain: a short wording is too little to be sure."""
    out = []
    for f in formulas:
        name = f.id.replace(REWORDED, "", 1)
        if (
            f.status is FormulaStatus.CHANGED and "/" not in name and f.a_text and f.b_text
            and len(f.a_spans) == 1 and len(f.b_spans) == 1 and _one_formula_zh(f.a_text, f.b_text)
        ):  # fmt: skip
            f = replace(f, status=FormulaStatus.PERSISTED, variant=True, id=name, anchor=None)
        out.append(f)
    return out


def _one_formula_zh(a_text: str, b_text: str) -> bool:
    """Whether two Chinese wordings are one formula (:func:`reordered_zh`): the same characters
    but for 的 and a frame's 下, or but for a verb and its 的 that one side puts inside
    (:func:`_relative_inside`)."""
    said, other = _zh_key(a_text), _zh_key(b_text)
    if len(said) >= LEAST_ZH and parties_alike(said, other):
        return True
    if len(said) > len(other):
        return _relative_inside(a_text, other)
    return len(other) > len(said) and _relative_inside(b_text, said)


def _relative_inside(longer: str, shorter_key: str) -> bool:
    """Whether ``longer`` is ``shorter_key``'s formula with a relative verb and its 的 put inside
    it (zhs1, out9's wangyi-rubio): "两国元首达成的重要共识" / "两国元首重要共识", "中方提出的…倡议":
    the verb names who reached, proposed or signed the thing, the thing is the same (issue 10's
    spec: small wording differences are one formula; convention (c)). The verb is one word
    jieba tags ``v``, right before 的, after a word that may be its agent (not an adverb,
    verb, adjective, preposition or conjunction: "不断发展的", "健康有益的" qualify the thing, (c)'s
    change), with words of the formula on both sides of it (a verb at an edge opens or closes a
    clause of its own), and ``LEAST_ZH`` characters remain."""
    text = "".join(longer.split())
    if len(shorter_key) < LEAST_ZH or len(_zh_key(text)) - len(shorter_key) > _VERB_MOST:
        return False
    at = text.find("的", 1)
    while at > 0:
        before = text[:at]
        cut = tagged(before)
        word, tag = cut[-1]
        if tag == "v" and len(cut) > 1 and cut[-2][1][0] not in _NO_AGENT and at + 1 < len(text):
            rest = before[: -len(word)] + text[at + 1 :]
            if parties_alike(_zh_key(rest), shorter_key):
                return True
        at = text.find("的", at + 1)
    return False


_NO_AGENT = frozenset("dvapc")
"""First letters of jieba's tags of a word that is no agent of the verb after it."""

_VERB_MOST = 3
"""Characters a relative verb put inside a Chinese formula may have (:func:`_relative_inside`):
达成, 提出, 签署; a longer run is a clause of its own."""


LEAST_ZH = 6
"""Characters two Chinese wordings must both say (:func:`reordered_zh`)."""


def _zh_key(text: str) -> str:
    return "".join(text.split()).replace("的", "").removesuffix("下")
