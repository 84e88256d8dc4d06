"""How a formula is named to a reader: by its words, never by its id.

A changed phrase around a formula both sides keep (``Formula.anchor``) names that formula by
its own entry's wording, else as a readout says it, else by the frame both wordings keep
("hold … accountable"). The views (``render/``) and the findings of ``readoutdiff check``
(``check/``) name it the same way, so this module sits beside both and imports neither.
"""

from __future__ import annotations

import functools
import re
from array import array
from collections.abc import Iterable, Iterator, Mapping, Set, Sized
from itertools import accumulate, islice

from readoutdiff.formulas.lexicon.ids import builtin_entry, phrase_stems
from readoutdiff.model import Comparison, FormulaStatus
from readoutdiff.text.caseless import caseless, caseless_readout
from readoutdiff.text.joining import LINE_END, unbroken
from readoutdiff.text.wide import HAN_CHAR


def one_line(text: str) -> str:
    """Readout text on one line of a view: the line ends of a paragraph wrapped in its file
    (see :mod:`readoutdiff.ingest.wrapped`) shown as the spaces they stand for.

    >>> one_line("hold Russia\\naccountable"), one_line("core\xa0interests"), one_line("健\\n康发展")
    ('hold Russia accountable', 'core\xa0interests', '健康发展')
    """
    if "\n" not in text and "\r" not in text:
        return text
    return LINE_END.sub(" ", unbroken(text))  # a break inside Chinese text stands for nothing


def anchor_names(comparison: Comparison) -> dict[str, str]:
    """The words of each formula a changed phrase is around: its own entry's wording, or as
    a readout says it (:func:`said_as_each`, B first) when it has no entry of its own; a
    mined phrase as the changed wordings say it first ("economic cooperation", not B's first
    "Asia Pacific Economic Cooperation": fix8).
    The search through a huge readout is the costliest part of rendering it: a view that
    names formulas in several places (key changes, the formula list) asks once and passes
    the names on (``key_changes(comparison, names)``). Every name is looked up the one way
    :class:`AskedNames` looks up a name asked for (:meth:`AskedNames._resolve`), all at once,
    so that the two cannot name a formula two ways (rev4)."""
    return AskedNames(comparison).whole()


class AskedNames(Mapping[str, str]):
    """:func:`anchor_names` of ``comparison``, each formula's words looked up when it is first
    asked for. The key changes name the formulas of three to seven lines, not the 20-30 a
    500 KB readout's changed phrases are around: each name is looked up by the steps of
    :meth:`_resolve` (the wordings around it, B's text, A's, the Chinese clauses), each text
    folded once, when a name is first searched in it. Walking the whole mapping (``len``,
    ``iter``) looks up every name left at once and orders them as :func:`anchor_names` does.

    >>> from dataclasses import replace
    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.model import Formula
    >>> pair = compare(from_text("An unwavering commitment to Article 5."), from_text("We met."))
    >>> def f(id, anchor=None):
    ...     return Formula(status=FormulaStatus.CHANGED, a_text="a", b_text="b", id=id, anchor=anchor)
    >>> names = AskedNames(replace(pair, formulas=(f("x", "article-5-sacred"), f("y", "z"), f("w"))))
    >>> names["w"], names.get("article-5-sacred"), names.get("z"), names.get("x")
    ('a', 'commitment to Article 5', None, None)
    >>> dict(names)
    {'w': 'a', 'article-5-sacred': 'commitment to Article 5'}
    """

    def __init__(self, comparison: Comparison) -> None:
        self._comparison = comparison
        formulas = comparison.formulas
        self._own = {f.id: f.a_text or f.b_text or f.id for f in formulas if f.anchor is None}
        # each id looked up, at its place among them (the order of the formulas around it)
        wanted = (f.anchor for f in formulas if f.anchor and f.anchor not in self._own)
        self._wanted = {anchor: n for n, anchor in enumerate(dict.fromkeys(wanted))}
        self._asked: dict[str, str | None] = {}
        # the step of _resolve that found each name, and where: the order of the whole mapping
        self._found_by: dict[str, tuple[int, ...]] = {}
        self._texts = (comparison.b.text, comparison.a.text)
        self._folded: list[_Folded | None] = [None] * len(self._texts)
        self._whole: dict[str, str] | None = None

    def __getitem__(self, formula_id: str) -> str:
        if formula_id in self._own:
            return self._own[formula_id]
        if formula_id in self._wanted:
            self._resolve((formula_id,))
        said = self._asked.get(formula_id)
        if said is None:
            raise KeyError(formula_id)
        return said

    def __bool__(self) -> bool:
        return bool(self._own) or bool(self._wanted) and bool(self._everyone())

    def __iter__(self) -> Iterator[str]:
        return iter(self._everyone())

    def __len__(self) -> int:
        return len(self._everyone())

    def whole(self) -> dict[str, str]:
        """A new dict of every name: the formulas' own, then those found by the wordings
        around them, then in B's text, in A's, then in the Chinese clauses, each step in
        the formulas' order (:func:`anchor_names`' order)."""
        return dict(self._everyone())

    def _everyone(self) -> dict[str, str]:
        if self._whole is None:
            self._resolve(self._wanted)
            found = sorted((by, i) for i, by in self._found_by.items())
            self._whole = {**self._own, **{i: self._asked[i] or "" for _, i in found}}
        return self._whole

    def _resolve(self, formula_ids: Iterable[str]) -> None:
        """Look up each of ``formula_ids`` (ids of :attr:`_wanted`) not asked for yet, each step
        for those the steps before left: a mined phrase as the changed wordings around it say
        it, the first pair of them that holds it, B's first (fix8: "economic cooperation", not
        B's first "Asia Pacific Economic Cooperation"); else as B's text says it, else A's
        (:func:`said_as_each`'s search: one id or many, the same words every way,
        ``tests/test_said_as.py``); else the Chinese words of the first formula around it
        (:func:`said_inside`). One id asked for, or every one when the mapping is walked."""
        left = dict.fromkeys(i for i in formula_ids if i not in self._asked)
        if not left:
            return
        formulas = self._comparison.formulas
        for n, formula in enumerate(formulas):  # a mined phrase as the wordings around it say it
            anchor = formula.anchor
            if anchor in left and anchor not in self._found_by and phrase_stems(anchor):
                wordings = (formula.b_text or "", formula.a_text or "")
                self._found(anchor, said_as_each((anchor,), wordings).get(anchor), 0, n)
        patterns = {i: _patterns(i) for i in left if i not in self._found_by}
        keys = {part[:KEY] for wanted in patterns.values() for _, parts in wanted for part in parts}
        found: dict[str, str] = {}
        for number, text in enumerate(self._texts):  # B's text, then A's
            if len(found) == len(patterns):  # all said already: no other text is folded
                break
            index = self._folded[number] or _searched(patterns, text, keys, folded=True)
            if index is not None and index.keys is None:  # an index holds only these keys
                self._folded[number] = index
            for formula_id, words in _said_in(patterns, text, index, found).items():
                self._found(formula_id, words, 1, number, self._wanted[formula_id])
        for n, formula in enumerate(formulas):  # a Chinese clause holds the formula it is around
            anchor = formula.anchor
            if anchor in left and anchor not in self._found_by:
                said = said_inside(anchor, (formula.b_text or "", formula.a_text or ""))
                self._found(anchor, said, 2, n)
        for formula_id in left:
            self._asked.setdefault(formula_id, None)

    def _found(self, formula_id: str, said: str | None, *by: int) -> None:
        if said:
            self._asked[formula_id] = said
            self._found_by[formula_id] = by


def anchor_fates(comparison: Comparison) -> dict[str, FormulaStatus]:
    """The fate of each formula a changed phrase is around that has an entry of its own,
    persisted, dropped or appeared, by id: the phrase is around a kept, a dropped or a new
    formula then, as the formula list counts it. A formula not listed (a Chinese kept formula
    whose rewritten clause is its one entry, ``…/clause``), or whose own entry is changed, is
    not here (ux27: such a change was said to be around a "kept" formula while the header
    counted 0 persisted).

    >>> from dataclasses import replace
    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.model import Formula
    >>> def f(status, id, anchor=None):
    ...     return Formula(status=status, a_text="a", b_text="b", id=id, anchor=anchor)
    >>> same = compare(from_text("They met."), from_text("They met."))
    >>> anchor_fates(replace(same, formulas=(
    ...     f(FormulaStatus.CHANGED, "pause/wording", "pause"), f(FormulaStatus.DROPPED, "pause"),
    ...     f(FormulaStatus.DROPPED, "other"))))
    {'pause': <FormulaStatus.DROPPED: 'dropped'>}
    """
    anchors = {f.anchor for f in comparison.formulas if f.anchor}
    fates = (FormulaStatus.PERSISTED, FormulaStatus.DROPPED, FormulaStatus.APPEARED)
    return {f.id: f.status for f in comparison.formulas if f.id in anchors and f.status in fates}


def said_inside(formula_id: str, wordings: tuple[str, ...]) -> str | None:
    """The Chinese words of a formula (a built-in entry's Chinese wordings, the longest first;
    a mined phrase's characters) that one of ``wordings`` holds, as the first holding it says
    them: a Chinese readout's changed clause names the formula it holds. None otherwise.

    >>> said_inside("practical-cooperation", ("扩大务实合作和人文交流",))
    '务实合作'
    >>> said_inside("background:发-展-对-华-关-系", ("发展对华关系对沙特至关重要",))
    '发展对华关系'
    >>> said_inside("core-interests", ("core interests",)) is None
    True
    """
    characters = phrase_stems(formula_id)
    if characters is not None:
        spoken = ["".join(characters)] if all(map(HAN_CHAR().fullmatch, characters)) else []
    else:
        entry = builtin_entry(formula_id)
        said = (*entry.variants, *entry.zh) if entry else ()  # older entries: Chinese variants
        spoken = sorted((w for w in said if HAN_CHAR().search(w)), key=len, reverse=True)
    return next((w for text in wordings for w in spoken if w in text), None)


def said_as(formula_id: str, texts: tuple[str, ...]) -> str | None:
    """The words a formula known only by its id is said in, as the first of ``texts`` says
    them: a built-in formula's wording or variant, or a mined phrase's stems in order (a
    mined id is stems, "mined:security-assistanc"); None when no text says it.

    >>> said_as("article-5-sacred", ("unwavering commitment to Article 5 and to",))
    'commitment to Article 5'
    >>> said_as("mined:security-assistanc", ("our Security Assistance grew",))
    'Security Assistance'
    >>> said_as("no-such-formula", ("anything",)) is None
    True
    """
    return said_as_each((formula_id,), texts).get(formula_id)


def said_as_each(
    formula_ids: Iterable[str], texts: tuple[str, ...], *, folded: bool | None = None,
    indexed: bool | None = None,
) -> dict[str, str]:  # fmt: skip
    """:func:`said_as` of each id that some text says, without a case-insensitive regex scan of
    each whole text per id (quadratic in a readout's size, as ids grow with it): a pattern is
    tried only where its words occur in the text with case variants folded (:func:`caseless`).
    Folding a text costs about as much as two or three case-insensitive searches of it that
    find nothing (500 KB of real readout sentences: 4.5 ms against 1.5-30 ms a search), so up
    to :data:`FEW` ids each pattern searches the whole text, as before, and more ids search
    the folded text. With many ids on a long text (:data:`INDEXED_FROM` ids times characters),
    a pattern's words are looked up in an index of the words of each text (made once, linear
    in the text, but some 30 ms for 500 KB). ``folded`` and ``indexed`` force either way (an
    index implies folding). The same matches every way: ``tests/test_said_as.py``.

    >>> said_as_each(["mined:security-assistanc", "mined:no-such"], ("our SECURITY assistance",))
    {'mined:security-assistanc': 'SECURITY assistance'}
    """
    patterns = {formula_id: _patterns(formula_id) for formula_id in formula_ids}
    keys = {part[:KEY] for wanted in patterns.values() for _, parts in wanted for part in parts}
    found: dict[str, str] = {}
    for text in texts:
        if len(found) == len(patterns):  # all said already: no other text is folded
            break
        index = _searched(patterns, text, keys, folded=folded, indexed=indexed)
        _said_in(patterns, text, index, found)
    return found


_Patterns = Mapping[str, list[tuple[re.Pattern[str], tuple[str, ...]]]]


def _searched(
    patterns: _Patterns, text: str, keys: Set[str], *, folded: bool | None,
    indexed: bool | None = None,
) -> _Folded | None:  # fmt: skip
    """How :func:`said_as_each` searches ``text`` for ``patterns``: by an index of its words
    (``keys``), in its folded text, or (None) by a search of the whole text per pattern."""
    if _indexed_for(patterns, text, indexed):
        return _Folded(text, keys)
    if len(patterns) > FEW if folded is None else folded:
        return _Folded(text, None)
    return None


def _said_in(
    patterns: _Patterns, text: str, index: _Folded | None, found: dict[str, str]
) -> dict[str, str]:
    """Each id of ``patterns`` not in ``found`` that ``text`` says, as its first pattern said
    says it (searched in ``index`` when there is one), put in ``found`` and returned."""
    new: dict[str, str] = {}
    for formula_id, wanted in patterns.items():
        if formula_id in found:
            continue
        for pattern, parts in wanted:
            match = index.first(pattern, parts) if index else pattern.search(text)
            if match:
                found[formula_id] = new[formula_id] = " ".join(glued(match).split())
                break
    return new


_GLUED_BEFORE = re.compile(r"(?:\w[\w.]*-)+\Z")
_GLUED_AFTER = re.compile(r"(?:-\w+)+")


def glued(match: re.Match[str]) -> str:
    """The words ``match`` found, with a name a hyphen glues to either end: a mined phrase's
    stems found inside "UK-Türkiye relationship" name it whole, not “Türkiye relationship”, a
    name its readouts never say. Only names (capitalised, or figures) are glued on: the stem
    "election" found in "re-election" stays “election”.

    >>> glued(re.search("Türkiye relationship", "the UK-Türkiye relationship grew"))
    'UK-Türkiye relationship'
    >>> glued(re.search("led security", "U.S.-led security"))
    'U.S.-led security'
    >>> glued(re.search("Japan", "the Japan-China-ROK summit"))
    'Japan-China-ROK'
    >>> glued(re.search("election", "his re-election")), glued(re.search("security", "security-related"))
    ('election', 'security')
    """
    text, start, end = match.string, match.start(), match.end()
    before = _GLUED_BEFORE.search(text, max(0, start - 60), start)
    after = _GLUED_AFTER.match(text, end)
    start = before.start() if before and _named(before.group()) else start
    return text[start : after.end() if after and _named(after.group()) else end]


def _named(glued: str) -> bool:
    """Whether every word of ``glued`` ("UK-", "-China-ROK") is a name: capitalised or figures."""
    return all(word[0].isupper() or word[0].isdigit() for word in glued.split("-") if word)


def _indexed_for(patterns: Sized, text: str, indexed: bool | None) -> bool:
    """Whether :func:`said_as_each` looks the patterns up in an index of ``text``'s words."""
    return len(patterns) * len(text) >= INDEXED_FROM if indexed is None else indexed


FEW = 3
"""Up to this many ids, :func:`said_as_each` searches each whole text per pattern; more search
the folded text (benchmarks/README.md, q25: at 500 KB 13-23 ids took 37-87 ms by plain
searches, 10-16 ms folded)."""
INDEXED_FROM = 100 << 20
"""Ids times a text's characters from which :func:`said_as_each` indexes the text's words:
100 ids of a 1 MB text, 6 of a 16 MB one (real pairs of 500 KB name 12-23)."""


def _patterns(formula_id: str) -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    """Each pattern a formula is said in, with the literal words it is searched by: a mined
    phrase's stems, each 1-3 words after the one before; a wording's words (its runs of word
    characters), each right after the one before, when the wording opens with one (searched
    by the rarest of them, not by a first word such as "the"), else its first word."""
    stems = phrase_stems(formula_id)
    if stems is not None:
        parts = [part if len(part) <= 3 else part[:-1] for part in stems]
        escaped = r"\w*(?:\W+\w+){0,2}?\W+".join(map(re.escape, parts))
        wanted = [(r"\b" + escaped + r"\w*", parts)]
    else:
        entry = builtin_entry(formula_id)
        wordings = (entry.text, *entry.variants) if entry else ()
        wanted = [
            (
                r"\b" + re.escape(w).replace(r"\ ", r"\s+") + r"\b",
                _WORD.findall(w) if _WORD.match(w) else [w.split(" ")[0]],
            )
            for w in wordings
        ]
    return [
        (re.compile(pattern, re.IGNORECASE), tuple(map(caseless, parts)))
        for pattern, parts in wanted
    ]


class _Folded:
    """One text, with :func:`caseless` of it and its reverse (to step back over words), and an
    index of its word starts by their first :data:`KEY` characters folded, for the ``keys``
    the patterns search by (built on first use; ``None``: no index, the folded text searched)."""

    def __init__(self, text: str, keys: Set[str] | None) -> None:
        self.keys = keys
        self.text = text
        # the characters that are not ASCII, picked in C (a readout has a few kinds of them)
        self.folded, others = caseless_readout(text)
        self.reverse = text[::-1]
        # a character a regex takes for a letter yet not a word character ("\u0345" is "ι")
        # would let a stem start inside a word: words are not counted in such a text
        self.words_hold = others is None or not any(  # (a cased ASCII character is a letter)
            c.lower() != c.upper() and not _WORD.fullmatch(c) for c in others
        )
        self._starts: dict[str, array[int]] | None = None

    def first(self, pattern: re.Pattern[str], parts: tuple[str, ...]) -> re.Match[str] | None:
        """``pattern.search(text)``, tried only where ``parts[0]`` starts a word in the folded
        text and, for a mined phrase or a wording of several words, ``parts[rare]`` (the stem
        that fewest words start with, or without an index the longest) starts a word at most
        three words per stem later; a match opens with ``parts[0]``'s characters, each equal
        to its own under :func:`caseless`, and each stem starts a word (after ``\\b`` or
        ``\\W+``). With the word-start index a pattern costs its stem's occurrences, not a
        search through the whole text."""
        if not parts[0]:
            return pattern.search(self.text)
        if not self.words_hold or not all(map(_WORD.fullmatch, parts)):
            return self._from(pattern, parts[0], 0, len(self.text))
        rare = min(range(len(parts)), key=lambda n: self._rank(parts[n]))
        if rare == 0:
            for at in self._word_starts(parts[0]):
                match = pattern.match(self.text, at)
                if match:
                    return match
            return None
        back, tried = _words_back(3 * rare), 0
        for end in self._word_starts(parts[rare]):  # a start 1..3 words per stem before it
            behind = back.match(self.reverse, len(self.text) - end)
            start = max(tried, len(self.text) - behind.end() if behind else end)
            match = self._from(pattern, parts[0], start, end)
            if match:
                return match
            tried = max(tried, end)
        return None

    def _rank(self, stem: str) -> int:
        """How rare ``stem`` is, rarest lowest: how many words start with its first :data:`KEY`
        characters; without an index, minus its length (a long stem is usually rare)."""
        if self.keys is None:
            return -len(stem)
        if len(stem) < KEY:  # not indexed: as many as there could be
            return len(self.text)
        if self._starts is None:
            self._starts = _indexed(self.text, self.folded, self.keys)
        return len(self._starts.get(stem[:KEY], ()))

    def _word_starts(self, stem: str) -> Iterator[int]:
        """Each place, in order, where a word starts with ``stem`` (folded, all word characters)."""
        if len(stem) < KEY or self.keys is None:  # every place it occurs (\b or \W checked)
            at = self.folded.find(stem)
            while at >= 0:
                yield at
                at = self.folded.find(stem, at + 1)
            return
        if self._starts is None:
            self._starts = _indexed(self.text, self.folded, self.keys)
        folded = self.folded
        for at in self._starts.get(stem[:KEY], ()):
            if folded.startswith(stem, at):
                yield at

    def _from(
        self, pattern: re.Pattern[str], prefix: str, start: int, end: int
    ) -> re.Match[str] | None:
        """The first match of ``pattern`` at an occurrence of ``prefix`` starting in
        ``start:end`` (which may run past ``end``: "EFF" of "efforts" before its "FORT")."""
        stop = end + len(prefix) - 1
        at = self.folded.find(prefix, start, stop)
        while at >= 0:
            match = pattern.match(self.text, at)
            if match:
                return match
            at = self.folded.find(prefix, at + 1, stop)
        return None


KEY = 3
"""How many folded characters of a word start key the index (shorter stems search the text)."""


def _indexed(text: str, folded: str, keys: Set[str]) -> dict[str, array[int]]:
    """The start of each word of ``text`` whose first :data:`KEY` characters in ``folded`` are
    one of ``keys``, in order, under them. Cut in C (a split keeping the separators, their
    lengths summed), a piece of :data:`CHUNK` characters at a time so that the pieces of a huge
    text are never all held at once, and grouped in one pass: linear in the text."""
    index: dict[str, array[int]] = {}
    at, size = 0, len(text)
    while at < size:
        cut = _SEPARATOR.search(text, min(at + CHUNK, size))  # a chunk ends between words
        end = cut.start() if cut else size
        pieces = _SEPARATORS.split(text[at:end] if at or end < size else text)  # word, sep, ...
        starts = accumulate(map(len, pieces), initial=at)
        for piece, start in zip(pieces[::2], islice(starts, 0, None, 2), strict=False):
            if len(piece) >= KEY:
                key = folded[start : start + KEY]
                if key in keys:
                    found = index.get(key)
                    if found is None:
                        index[key] = array("q", (start,))
                    else:
                        found.append(start)
        at = end
    return index


CHUNK = 1 << 20
"""Characters of a text split at a time by :func:`_indexed`."""
_SEPARATOR = re.compile(r"\W")
_SEPARATORS = re.compile(r"(\W+)")


_WORD = re.compile(r"\w+")


@functools.cache
def _words_back(count: int) -> re.Pattern[str]:
    """Up to ``count`` words of a reversed text, from a position on."""
    return re.compile(rf"(?:\W*\w+){{1,{count}}}")


def frame(a: str, b: str) -> str | None:
    """The words both wordings open and close with, the slot between elided: "hold … accountable"
    for "hold the Russian Federation and Belarus accountable" / "hold President Putin and his
    regime accountable"; None unless both ends are kept."""
    x, y = a.split(), b.split()
    if len(x) < 3 or len(y) < 3 or x[0].lower() != y[0].lower() or x[-1].lower() != y[-1].lower():
        return None
    return f"{x[0]} … {x[-1]}"
