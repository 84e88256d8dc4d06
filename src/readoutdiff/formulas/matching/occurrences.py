"""Where a formula's wording stands in a readout (:class:`Occurrence`), read off the text from
the hits :func:`~readoutdiff.formulas.matching.matcher.find` makes: a recurring sentence's occurrences
are read once, and its copies made from them (:data:`Made`); a wording that opens a quotation
takes its closing quote mark, and one that closes a quotation its opening mark; :func:`cut.kept` drops the wordings cut before a possessive or a
name the text defines; a wording whose last word runs on into a name is dropped (whatever its
source), and a mined or background phrase the sentence writes as a name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress

from readoutdiff.formulas.matching import cut
from readoutdiff.formulas.matching.fuzzy import Hit
from readoutdiff.formulas.words import name_shapes
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.spans import line_of
from readoutdiff.formulas.words.whole_words import han
from readoutdiff.model import Entry, FormulaSource, Readout, Span
from readoutdiff.model.makers import _BlankSpan
from readoutdiff.model.makers import span as new_span

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_MINED = FormulaSource.MINED


class Occurrence:
    """One place where a formula's wording stands in a readout.

    A class with slots rather than a frozen dataclass or a named tuple (build it with
    keywords): one is made for each formula in every sentence of both readouts, without a
    Python frame (:func:`_made`), and its fields are read some 45,000 times a comparison at
    500 KB, each a specialised read on Python 3.11 (a named tuple's never is). Two are equal
    when every field is.
    """

    __slots__ = (
        "id", "text", "span", "sentence", "first", "last", "source", "topic", "confidence",
        "score",
    )  # fmt: skip

    id: str
    text: str
    """The original wording, exactly ``readout.text[span.start:span.end]``."""
    span: Span
    sentence: int
    first: int
    """Index of the first word in its sentence."""
    last: int
    """Index after the last word in its sentence."""
    source: FormulaSource
    topic: str
    confidence: float
    score: float
    """100 for an exact match, the rapidfuzz ratio for a fuzzy one."""

    def __init__(
        self, id: str, text: str, span: Span, sentence: int, first: int, last: int,
        source: FormulaSource, topic: str, confidence: float, score: float,
    ) -> None:  # fmt: skip
        self.id, self.text, self.span, self.sentence = id, text, span, sentence
        self.first, self.last, self.source, self.topic = first, last, source, topic
        self.confidence, self.score = confidence, score

    def _fields(self) -> tuple[object, ...]:
        return (
            self.id, self.text, self.span, self.sentence, self.first, self.last, self.source,
            self.topic, self.confidence, self.score,
        )  # fmt: skip

    def __eq__(self, other: object) -> bool:
        """Equal when every field is, as the named tuple it was (sets of occurrences are
        taken in ``succession/replaced.py``, one is sought in a list by ``==``)."""
        if type(other) is not Occurrence:
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())  # the named tuple's: a set of them iterates as it did

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"Occurrence({fields})"

    def _replace(self, **changes: object) -> Occurrence:
        """A copy with ``changes`` (field name -> value), as a named tuple's ``_replace``."""
        return Occurrence(**{**{name: getattr(self, name) for name in self.__slots__}, **changes})


_Read = tuple[str, str, FormulaSource, str, float, int, int, int, int, float]
"""One occurrence relative to its sentence: id, wording, source, topic, confidence, start and
end in the sentence, first and end word, score."""
Made = dict[tuple[str, str, int], tuple[list[Hit], bool, list[_Read], bool]]
"""(sentence text, the character after it (a line end as a space), id of its hits list) ->
(that list, held so that the id stays its own; the sentence is on one line; its occurrences as
:data:`_Read`, less those :func:`cut.kept` drops in every copy; whether that answer holds in
every copy for all of them): what :func:`_occurrence` reads off the text is the same for every copy
of a sentence."""


def read_off(
    entries: Sequence[Entry], readout: Readout, copies: Iterable[Words], hits: list[Hit],
    made: Made,
) -> list[Occurrence]:  # fmt: skip
    """The occurrences of ``hits`` in each of ``copies`` (sentences holding one stems tuple);
    a recurring sentence's are read once.

    ``hits`` is the one list the hit memos of :func:`~readoutdiff.formulas.matching.matcher.find` keep
    for the sentence's words;
    ``made`` holds it, so its ``id`` names it.
    """
    text, sentences = readout.text, readout.sentences
    found: list[Occurrence] = []
    for words in copies:
        sentence = sentences[words.sentence]
        after = text[sentence.span.end : sentence.span.end + 1]  # a closing quote
        # A sentence that ends a paragraph in one copy and not in another reads the same: what
        # is read past its end (a closing quote, a possessive's space and letter, initials)
        # tells a space from a line end nowhere, so both copies share one reading (119 of 446
        # sentences read at 500 KB were such second readings).
        key = (sentence.text, " " if after == "\n" else after, id(hits))
        known = made.get(key)
        if known is None or known[0] is not hits:
            found += _first_reading(entries, readout, words, hits, made, key)
            continue
        _, one_line, read, local = known
        base, index = words.base, words.sentence
        copy = found if local else []
        # The span made as makers.span makes one (a blank of the class's slots given its
        # fields, then its class: a frozen record), the occurrence by :data:`_new`, without a
        # Python frame for either, nor for the loop: one of each is made for each formula in
        # every copy of a sentence (some 1,300 copies read at 500 KB).
        for formula_id, wording, source, topic, confidence, start, stop, first, last, score in read:
            span = _BlankSpan()
            span.start = base + start
            span.end = base + stop
            span.line = words.line if one_line else line_of(readout, words, base + start)
            span.__class__ = Span
            one = _new(Occurrence)
            one.id = formula_id
            one.text = wording
            one.span = span
            one.sentence = index
            one.first = first
            one.last = last
            one.source = source
            one.topic = topic
            one.confidence = confidence
            one.score = score
            copy.append(one)
        if not local:  # some copy reads the text around the sentence: told copy by copy
            found += [o for o in copy if cut.kept(text, o.span.start, o.span.end)]
    return found


def _first_reading(
    entries: Sequence[Entry], readout: Readout, words: Words, hits: list[Hit], made: Made,
    key: tuple[str, str, int],
) -> list[Occurrence]:  # fmt: skip
    """The occurrences of ``hits`` in the first copy of a sentence read, each read off the text;
    what every copy shares of them kept in ``made`` under ``key``."""
    text, sentence = readout.text, readout.sentences[words.sentence]
    found = [_occurrence(entries, readout, words, hit) for hit in hits]
    base, end = sentence.span.start, sentence.span.end
    one_line = "\n" not in sentence.text and "\r" not in sentence.text
    # Whether each is kept (cut.kept), told once for all copies where the sentence says it.
    if readout.language == "zh":  # a Chinese phrase cut from its noun phrase: in no copy
        found = [o for o in found if not _governed(text, o, base)]
    kept = [cut.kept(text, o.span.start, o.span.end) and not _named(words, o) for o in found]
    local = [cut.local(text, o.span.start, o.span.end, base, end) for o in found]
    made[key] = (hits, one_line, [
        (o.id, o.text, o.source, o.topic, o.confidence, o.span.start - base,
         o.span.end - base, o.first, o.last, o.score)
        for o, k, here in zip(found, kept, local, strict=True) if k or not here
    ], all(here for k, here in zip(kept, local, strict=True) if k or not here))  # fmt: skip
    return list(compress(found, kept))


def _named(words: Words, occurrence: Occurrence) -> bool:
    """A wording whose last word goes on into a name ("Just Energy Transition" of "the Just
    Energy Transition Partnership": the lexicon's "just energy transition" heads a programme's
    name there, its tail cut off), or a mined or background phrase the sentence writes as a
    name: every word that is no stop word capitalised, two or more ("through the Call to Action
    she launched": an initiative, not the phrase "call to action"). Only a lexicon makes a name
    a formula, and only the whole name."""
    if name_shapes.runs_on(words, occurrence.last):
        return True
    if occurrence.source is not _MINED:
        return False
    told = [
        words.caps[i]
        for i in range(occurrence.first, occurrence.last)
        if words.stems[i] not in words.stop_words
    ]
    return len(told) >= 2 and all(told)


def _governed(text: str, occurrence: Occurrence, sentence_start: int) -> bool:
    """A mined or background phrase of Chinese text (its first character Chinese) that starts
    inside a noun phrase "each" or "etc." opens (:func:`cut.governed_cut`): "领域合作取得更多成果"
    of "各领域合作取得更多成果". Only a lexicon's wording stands wherever it is written."""
    return (
        occurrence.source is FormulaSource.MINED
        and han(occurrence.text[0])
        and cut.governed_cut(text, occurrence.span.start, sentence_start)
    )


def _made(
    id: str, text: str, span: Span, sentence: int, first: int, last: int,
    source: FormulaSource, topic: str, confidence: float, score: float,
) -> Occurrence:  # fmt: skip
    """``Occurrence(...)`` with its fields by position, set one by one on a new one made
    without its ``__init__`` (:data:`_new`)."""
    made: Occurrence = _new(Occurrence)
    made.id = id
    made.text = text
    made.span = span
    made.sentence = sentence
    made.first = first
    made.last = last
    made.source = source
    made.topic = topic
    made.confidence = confidence
    made.score = score
    return made


_new = object.__new__
"""Makes an :class:`Occurrence` without the Python frame of ``__init__``: a plain class with
slots takes its fields by plain assignment, so no blank of its slots nor ``__class__``
assignment is needed (as a frozen :class:`~readoutdiff.model.Span` needs; some 460 instructions
less an occurrence, sp89)."""


_PAIRED = (
    ("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("\u201e", "\u201c"),
    ("\u300a", "\u300b"), ("\u300c", "\u300d"), ("\u300e", "\u300f"),
)  # fmt: skip
"""Quote marks that open and close apart: “…”, «…», „…“ (Russian, inside «…»), Chinese 《…》
(titles), 「…」 and 『…』 (inside 「…」)."""
_MARKS = frozenset('"' + "".join(mark for pair in _PAIRED for mark in pair))
OPENING_QUOTES = '"' + "".join(opening for opening, _ in _PAIRED)
"""The marks a wording :func:`_quoted` extended may start with."""


def _quoted(text: str, start: int, stop: int) -> tuple[int, int]:
    """Extend a wording that opens a quotation it does not close over the closing quote mark,
    and one that closes a quotation it did not open over the opening mark: the matcher reads
    words, so a wording starts and ends on one, and would show half a quotation.

    >>> text = 'under the guise of "democracy" and "human rights", they'
    >>> text[slice(*_quoted(text, 19, 48))]
    '"democracy" and "human rights"'
    >>> text = "双方同意推进共建“一带一路”倡议合作，反对退出《中导条约》。"
    >>> text[slice(*_quoted(text, 9, 16))], text[slice(*_quoted(text, 21, 28))]
    ('“一带一路”倡议', '退出《中导条约》')
    >>> text = "сопряжение «„Пояса и пути“ и ЕАЭС»; 『一带一路』倡议"
    >>> text[slice(*_quoted(text, 13, 33))], text[slice(*_quoted(text, 37, 44))]
    ('„Пояса и пути“ и ЕАЭС', '『一带一路』倡议')
    """
    inside = text[start:stop]
    # Nearly every wording holds no mark. Every mark but '"' is outside ASCII, and a slice
    # knows whether it is ASCII (a flag, no scan): such a wording is read by one search in C,
    # not character by character as a set's test reads a string.
    if inside.isascii() and '"' not in inside:
        return start, stop
    if _MARKS.isdisjoint(inside):
        return start, stop
    before, after = text[start - 1 : start] if start else "", text[stop : stop + 1]
    if inside.count('"') % 2:
        if after == '"':
            return start, stop + 1
        return (start - 1, stop) if before == '"' else (start, stop)
    for opening, closing in _PAIRED:
        opened, closed = inside.count(opening), inside.count(closing)
        if opened > closed and after == closing:
            return start, stop + 1
        if closed > opened and before == opening:
            return start - 1, stop
    return start, stop


def _occurrence(entries: Sequence[Entry], readout: Readout, words: Words, hit: Hit) -> Occurrence:
    first, end, number, score = hit
    entry = entries[number]
    base = words.base  # words.start(first), words.end(end - 1) without two method calls
    start, stop = _quoted(readout.text, base + words.offsets[first], base + words.stops[end - 1])
    # Made as read_off makes a copy's (no keyword parsing): one for each formula of every
    # distinct sentence, the fields in Occurrence's order.
    return _made(
        entry.id, readout.text[start:stop], new_span(start, stop, line_of(readout, words, start)),
        words.sentence, first, end, entry.source, entry.topic,
        round(entry.confidence * score / 100, 3), score,
    )  # fmt: skip
