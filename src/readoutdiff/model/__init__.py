"""The data model: frozen dataclasses that every stage reads and writes.

Each is made by :func:`readoutdiff.records.record.record`: the class
``@dataclass(frozen=True, slots=True, kw_only=True)`` makes, at a quarter of its start-up cost.

Offsets in a :class:`Span` always point into the decoded original text of a
readout (never into folded text), so every output can point into the user's
file.

This module imports only two leaves, :mod:`readoutdiff.records.record` and
:mod:`readoutdiff.text.joining`, and nothing of a stage. Beside it in the package stand what
reads or builds its records and knows no stage: :mod:`~readoutdiff.model.makers` (records by the
thousand without ``__init__``), :mod:`~readoutdiff.model.places` (where a span stands in its
readout) and :mod:`~readoutdiff.model.spacing` (diff runs that change only spacing shown equal).
"""

from __future__ import annotations

from enum import StrEnum

from readoutdiff.records.record import record
from readoutdiff.text.joining import joined


class Status(StrEnum):
    """What happened to one passage between readout A and readout B."""

    UNCHANGED = "unchanged"  #: same text after folding, case kept (a case change is a change)
    CHANGED = "changed"  #: aligned, with word-level differences
    DROPPED = "dropped"  #: only in A
    ADDED = "added"  #: only in B


class Op(StrEnum):
    """One word-level diff operation; the vocabulary of ``Alignment.ops``."""

    EQUAL = "equal"  #: text on both sides
    DELETE = "delete"  #: text only on A's side
    INSERT = "insert"  #: text only on B's side


class FormulaStatus(StrEnum):
    """The fate of a formula (fixed official phrasing) between A and B."""

    PERSISTED = "persisted"
    CHANGED = "changed"
    APPEARED = "appeared"
    DROPPED = "dropped"


class FormulaSource(StrEnum):
    """Where a formula came from."""

    BUILTIN = "builtin"
    USER = "user"
    MINED = "mined"


def source_rank(source: FormulaSource, topic: str) -> int:
    """How well a formula of ``source`` and ``topic`` names a place told twice: 0 a lexicon's
    formula (built in or the user's), then 1 a phrase recurring over a series, 2 one mined in
    a pair, 3 the background's. A series names a row by it, and one place told changed by two
    entries is told by the better (``told_once.one_place_one_change``).

    >>> [source_rank(FormulaSource.USER, "x"), source_rank(FormulaSource.MINED, "recurring"),
    ...  source_rank(FormulaSource.MINED, "mined"), source_rank(FormulaSource.MINED, "background")]
    [0, 1, 2, 3]
    """
    if source is not FormulaSource.MINED:
        return 0
    return {"recurring": 1, "background": 3}.get(topic, 2)


@record
class Span:
    """A range ``[start, end)`` of the decoded original text."""

    start: int
    end: int
    line: int
    """1-based line number of ``start``."""


@record
class Ignored:
    """A part of the file kept out of the comparison, and why."""

    span: Span
    text: str
    reason: str
    """Short label, e.g. ``"boilerplate"`` or ``"front matter"``."""


@record
class Sentence:
    """One sentence of a readout."""

    index: int
    """Position among the readout's sentences, from 0."""
    span: Span
    text: str
    """The original text, exactly ``readout.text[span.start:span.end]``."""
    folded: str
    """The text folded for matching (NFKC, lower case, plain quotes and dashes)."""


@record
class Readout:
    """One decoded readout, cut into sentences."""

    path: str
    text: str
    """The decoded original text; every span points into it."""
    sha256: str
    """Hex digest of the file's bytes as read."""
    title: str | None
    date: str | None
    """ISO date (``YYYY-MM-DD``) when the text, front matter or file name gives one."""
    sentences: tuple[Sentence, ...]
    ignored: tuple[Ignored, ...] = ()
    notes: tuple[str, ...] = ()
    """Things the reader should know about how the file was read."""
    counterpart: str | None = None
    """Who the leader met, from front matter (``counterpart:``)."""
    source: str | None = None
    """Where the readout was published: front matter ``source:`` (or ``url:``), or an HTML page's own address."""
    language: str = "en"
    """Language code found in the text (``en``, ``zh``, ``ru``; ``und`` when the tool cannot tell)."""


@record
class DiffOp:
    """One run of a word-level diff."""

    op: Op
    text: str


@record
class Alignment:
    """Sentences of A paired with sentences of B (either side may be empty).

    Splits and merges have two or more sentences on one side.
    """

    status: Status
    a: tuple[Sentence, ...]
    b: tuple[Sentence, ...]
    score: float
    """Similarity of the two sides in ``[0, 1]``; 0 for dropped and added."""
    moved: bool = False
    """True when the pair is off the longest in-order chain of pairs."""
    ops: tuple[DiffOp, ...] = ()

    @property
    def a_text(self) -> str:
        """A's side as one string: its sentences joined as :func:`readoutdiff.text.joining.joined` does."""
        return joined([sentence.text for sentence in self.a])

    @property
    def b_text(self) -> str:
        """B's side as one string: its sentences joined as :func:`readoutdiff.text.joining.joined` does."""
        return joined([sentence.text for sentence in self.b])


REWORDED = "/reworded"
"""Id suffix of a changed entry for a formula reworded in a passage that did not pair:
``<formula id>/reworded`` (see :mod:`readoutdiff.formulas.linking.slots`)."""
CONTEXT = "/context"
"""Id infix of a change of the words governing a kept formula: ``<formula id>/context``, then
``#2`` … for the next ones (see :mod:`readoutdiff.formulas.entries.entries`)."""
CLAUSE = "/clause"
"""Id suffix of a kept Chinese formula's rewritten clause: ``<formula id>/clause``, then ``#2``
… (see :mod:`readoutdiff.formulas.entries.clauses`)."""
GREETING = "mined:greeting"
"""Id of a greeting on an occasion in each readout, told as one entry
(:mod:`readoutdiff.formulas.entries.greetings`)."""
WISH = "mined:wish"
"""Id of a wish in each readout, told as one entry (the same module)."""
WISHED = "/wished"
"""Id suffix of the one lone wish of each Russian readout, told as one entry
(:mod:`readoutdiff.formulas.entries.wished_ru`)."""


def courtesy(formula_id: str) -> bool:
    """Whether the entry of ``formula_id`` is a courtesy line of each readout told as one: a
    greeting, or a wish (:data:`GREETING`, :data:`WISH`, :data:`WISHED`), told apart from
    another of its comparison by a ``#…`` mark or not (``mined:greeting#congratulated-ruto``).

    >>> courtesy("mined:greeting"), courtesy("mined:greeting#congratulated-ruto"), courtesy("x")
    (True, True, False)
    """
    return formula_id.split("#")[0] in (GREETING, WISH) or formula_id.endswith(WISHED)


@record
class Formula:
    """One formula and its fate between A and B."""

    status: FormulaStatus
    a_text: str | None
    """Wording on A's side (None where absent)."""
    b_text: str | None
    a_spans: tuple[Span, ...] = ()
    b_spans: tuple[Span, ...] = ()
    variant: bool = False
    """For persisted formulas: the wording differs between the sides."""
    id: str = ""
    source: FormulaSource = FormulaSource.MINED
    confidence: float = 1.0
    topic: str = ""
    evidence_score: float | None = None
    """For changed formulas: score of the aligned pair that links the wordings."""
    anchor: str | None = None
    """For a changed phrase around a formula both sides keep: that formula's id."""


@record
class Entry:
    """One formula of a lexicon (read by :mod:`readoutdiff.formulas.lexicon.lexicon`)."""

    id: str
    text: str
    """Canonical wording."""
    variants: tuple[str, ...] = ()
    """Other wordings (usually English; older files also list Chinese ones here)."""
    zh: tuple[str, ...] = ()
    """Official Chinese wordings (Simplified), under the same id."""
    ru: tuple[str, ...] = ()
    """Official Russian wordings, under the same id."""
    topic: str = ""
    successors: tuple[str, ...] = ()
    """Ids of formulas that replace this one (a successor link, not a variant)."""
    fuzzy: bool = True
    """Match wordings within the fuzzy threshold, not only exact ones."""
    source: FormulaSource = FormulaSource.BUILTIN
    confidence: float = 1.0
    seen_in: str = ""
    """One public document the wording was seen in (URL or title and date)."""
    zh_seen_in: str = ""
    ru_seen_in: str = ""

    @property
    def wordings(self) -> tuple[str, ...]:
        """Every wording to match: the canonical one, the variants, then Chinese and Russian.

        >>> Entry(id="x", text="core interests", variants=("vital interests",), zh=("核心利益",)).wordings
        ('core interests', 'vital interests', '核心利益')
        """
        return (self.text, *self.variants, *self.zh, *self.ru)


@record
class Lexicon:
    """Formulas by id, in a stable order."""

    entries: tuple[Entry, ...] = ()
    removed: tuple[str, ...] = ()
    """Ids this lexicon removes from those merged before it."""

    def get(self, formula_id: str) -> Entry | None:
        """Return the entry with ``formula_id``, or None."""
        return next((entry for entry in self.entries if entry.id == formula_id), None)


@record
class Options:
    """Every tunable of a comparison; vary it with :func:`dataclasses.replace`."""

    min_score: float = 0.35
    """Lowest similarity for two sentences to be paired."""
    unchanged_score: float = 1.0
    """Pairs whose folded texts are equal score this."""
    group_gain: float = 0.02
    """How much a split or merge must raise the score to be preferred to a single pair."""
    max_group: int = 4
    """Most sentences on one side of a split or merge."""
    candidates: int = 12
    """Most candidate A sentences scored for each B sentence."""
    rare_keys: int = 8
    """How many of a sentence's rarest words and word pairs look up candidates."""
    neighbourhood: int = 2
    """How far from already-aligned neighbours to look for extra candidates."""
    diff_max_chars: int = 200_000
    """Longest pair side the word diff takes on; longer ones are shown whole and noted."""
    formulas: bool = True
    """Track formulas (fixed phrasings) as well as passages."""
    lexicon: Lexicon | None = None
    """Formulas to look for; None means the built-in lexicon (see :mod:`readoutdiff.formulas.lexicon.lexicon`)."""
    formula_fuzzy_threshold: float = 90.0
    """Lowest rapidfuzz ratio (0-100) for a near-miss wording to count as a formula."""
    mine_formulas: bool = True
    """Also report fixed-looking phrases found in the readouts themselves (source ``mined``)."""
    background: bool = True
    """Also look for the background of phrases recurring across many real readouts (topic
    ``background``, :mod:`readoutdiff.formulas.lexicon.background`); only while ``mine_formulas``."""
    meaning: bool = False
    """Pair sentences by meaning too (sentence embeddings); always on when the languages differ."""
    governing_words: bool = True
    """Report a short formula one side dropped or put in with the word that governs it
    ("tackle the climate crisis"), and a relationship with its parties ("U.S.-Oman strategic
    partnership"); off in a series, whose rows are named by the formula."""


@record
class Comparison:
    """Everything known about one pair of readouts."""

    a: Readout
    b: Readout
    alignments: tuple[Alignment, ...]
    """In B's reading order, dropped passages where they stood in A."""
    formulas: tuple[Formula, ...] = ()
    similarity: float = 0.0
    notes: tuple[str, ...] = ()
    """Limits reached or other facts the reader should see."""
