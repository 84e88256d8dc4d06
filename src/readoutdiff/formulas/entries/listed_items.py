"""In Chinese readouts, a formula one side says alone is paired with the one clause of the other
readout left silent when one of the two enumerates (items joined by 、, or one item closed by 等)
and the other says one of its items in the same frame.

A Chinese readout lists the fields, bodies or principles of a line and the next readout lists
others, or names one of them only: "巩固贸易、投资、能源等传统合作优势" becomes "巩固能源合作基石",
"坚持相互尊重、平等相待、求同存异" becomes "坚持平等相待、求同存异、互利合作", "培育人工智能、量子
技术等前沿领域合作增量" becomes "促进人工智能等前沿领域对话合作". The two clauses share an item and
the verb or the head the items are listed under; the lists tell the two apart from every other
clause of the readouts, so no rule that pairs by a shared run pairs them
(:mod:`readoutdiff.formulas.entries.clause_heads`), nor zh17's lists of fields, which pair two
lists of fields by the fields they name (:mod:`readoutdiff.formulas.entries.field_lists`).

A *dropped* or *appeared* entry (not the user's) becomes one *changed* entry with a clause of
the other readout, and two clauses no entry reports, one of each readout, become one new
*changed* entry (id :data:`LIST_ID`) when each is the other's one best, when

- the clause is *silent*: no entry has a span in it, and the other readout does not say it
  (:func:`readoutdiff.formulas.entries.closer_clause.silent_clauses`);
- one of the two is an enumeration and the other says one of its items (:func:`items`: the
  words between two 、, the word before the first, what stands between the last and 等, the word
  after the last; of :data:`ITEM` characters or more, no person's name), an item each readout
  says at most :data:`RARE` times (合作, 发展, 多边主义 said throughout tie no two clauses);
- and the two share the frame of the list (:func:`frame`): the verb right before the first
  item said in the other (巩固…, 坚持…, 寻求…), or the same word after 等 in both (等前沿领域,
  等多边…); or both enumerate and share two items;
- neither tells an anniversary, one event
  (:func:`readoutdiff.formulas.entries.one_event_zh.one_event`), the meeting's news or the
  documents signed (:data:`NEWS`: 会见, 参加, 见证, 签署 …; 文件, 文本);
- no other such clause shares as much (the characters of the items said), and no other entry
  offers that clause as much.

A one-sided entry's wordings are its own and the clause; its id is the formula's with
``/reworded``, anchored to it. Nothing hangs on reading order: swapping A and B swaps the
result. Measured on the Chinese dev pairs, zh10's and zh14's judged batches and CCTV's archive
(benchmarks/README.md, zh20): without the frame test or without :data:`RARE` the pairing makes
more noise and wrong fates than right entries.

>>> from readoutdiff.model import FormulaStatus, Span
>>> from readoutdiff.ingest import from_text
>>> a = from_text("双方要巩固贸易、投资、能源等传统合作优势。")
>>> b = from_text("托卡耶夫表示，哈方愿同中方巩固能源合作基石。")
>>> f = Formula(status=FormulaStatus.DROPPED, a_text="巩固贸易、投资、能源等传统合作优势",
...     b_text=None, a_spans=(Span(start=3, end=20, line=1),), id="mined:x")
>>> [(g.status.value, g.a_text, g.b_text) for g in items_paired([f], a, b)]
[('changed', '巩固贸易、投资、能源等传统合作优势', '哈方愿同中方巩固能源合作基石')]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache, partial

from readoutdiff.formulas.entries.clause_heads import Clause, clauses
from readoutdiff.formulas.entries.clauses import ANNIVERSARY
from readoutdiff.formulas.entries.closer_clause import silent_clauses
from readoutdiff.formulas.entries.field_lists import DOCUMENTS
from readoutdiff.formulas.entries.one_event_zh import one_event
from readoutdiff.formulas.entries.relationships import mutual_pairs, offered, one_sided, only_best
from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.formulas.words.spans import said_more
from readoutdiff.languages.zh import tagged
from readoutdiff.model import REWORDED, Formula, Readout

MARK = "、"
CLOSER = "等"
ITEM = 2
"""Characters of an item: 能源, 联合国; one character (中, 德) names a party, not an item."""
RARE = 2
"""Times an item is said in each readout at most: 合作, 发展, 多边主义 said across a readout
tie no two clauses."""


NEWS = ("会见", "参加", "出席", "见证", "签署")
"""Words of the meeting's news: who met whom, who attended (丁薛祥、王毅等参加会见), what was
signed. Lists of people and documents there are no lists of a line."""


def items_paired(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with each one-sided entry and the other readout's silent clause that
    says an item of its list in the same frame, or lists one of its words, made one *changed*
    entry (see the module)."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    if MARK not in a.text and MARK not in b.text and CLOSER not in a.text + b.text:
        return tuple(formulas)
    wanted = [(n, side) for n, formula in enumerate(formulas) if (side := _one_sided(formula)) >= 0]
    readouts, texts = (a, b), (a.text, b.text)
    said = [list(clauses(r)) for r in readouts]
    listed = frozenset().union(*(items(words) for side in said for _, words in side))
    if not listed:
        return tuple(formulas)
    pools = tuple(
        silent_clauses(
            formulas, r, [c for c in said[side] if any(i in c[1] for i in listed)],
            readouts[1 - side].text, side,
        )
        for side, r in enumerate(readouts)
    )  # fmt: skip
    closest = partial(_closest, texts=texts)
    out = offered(formulas, wanted, pools, closest)
    out.extend(mutual_pairs(out, pools, closest, LIST_ID))
    return tuple(out)


LIST_ID = phrase_id("mined", ("列",)) + REWORDED
"""The id of an entry made of two silent clauses: "mined:列/reworded"."""


def _one_sided(formula: Formula) -> int:
    """The side (0 A, 1 B) of a one-sided entry (not the user's) outside a date, an event or
    the meeting's news, -1 for any other entry."""
    return one_sided(formula, eligible)


@lru_cache(maxsize=2048)
def eligible(clause: str) -> bool:
    """Whether ``clause`` tells no anniversary, no one event and no news of the meeting."""
    return not (ANNIVERSARY.search(clause) or one_event(clause) or _news(clause))


def _news(wording: str) -> bool:
    """Whether ``wording`` tells the meeting's news or the documents signed (:data:`NEWS`)."""
    return any(word in wording for word in (*DOCUMENTS, *NEWS))


def _closest(
    wording: str, pool: Sequence[Clause], texts: tuple[str, str]
) -> tuple[int, Clause] | None:
    """The one clause of ``pool`` (no anniversary, no event, no news) sharing the most with
    ``wording`` by :func:`shared`, and that score; None when none shares or two share as
    much."""
    listing = bool(items(wording))
    scored = [
        (score, clause)
        for clause in pool
        if (listing or items(clause[1])) and (score := shared(wording, clause[1], texts))
        and eligible(clause[1])
    ]  # fmt: skip
    return only_best(scored)


def shared(one: str, other: str, texts: tuple[str, str] = ("", "")) -> int:
    """How much ``one`` and ``other`` share as a list and a wording of it: the characters of
    the items of either's list the other says, when they share the list's frame (see the
    module); 0 otherwise.

    >>> shared("巩固贸易、投资、能源等传统合作优势", "巩固能源合作基石")
    2
    >>> shared("坚持相互尊重、平等相待、求同存异", "坚持平等相待、求同存异、互利合作")
    10
    >>> shared("巩固贸易、投资、能源等传统合作优势", "推动能源转型")
    0
    """
    mine, theirs = items(one), items(other)
    if not mine and not theirs:
        return 0
    said = {item for item in mine if item in other} | {item for item in theirs if item in one}
    said = {item for item in said if not any(said_more(text, item, RARE) for text in texts)}
    if not said:
        return 0
    both = len(said) >= 2 and mine and theirs
    if not both and not _same_frame(one, other):
        return 0
    return sum(len(item) for item in said)


@lru_cache(maxsize=2048)
def items(clause: str) -> frozenset[str]:
    """The items ``clause`` enumerates (see the module): empty when it lists none.

    >>> sorted(items("进一步加强在联合国、上海合作组织等多边框架内协调和配合"))
    ['上海合作组织', '联合国']
    >>> sorted(items("促进人工智能等前沿领域对话合作"))
    ['人工智能']
    """
    if MARK not in clause and CLOSER not in clause:
        return frozenset()
    words = tagged(clause)
    found: set[str] = set()
    marks, closers = _marks(words)
    if not marks and not closers:
        return frozenset()
    first = (marks or closers)[0]
    if first:
        found.add(words[first - 1][0])
    for low, high in zip(marks, [*marks[1:], len(words)], strict=False):
        end = next((c for c in closers if low < c <= high), None)
        if end is not None:
            found.add("".join(word for word, _ in words[low + 1 : end]))
        elif high < len(words) and words[high][0] == MARK:
            found.add("".join(word for word, _ in words[low + 1 : high]))
        elif low + 1 < len(words):
            found.add(words[low + 1][0])
    names = {word for word, tag in words if tag.startswith("nr")}
    return frozenset(
        item for item in found if len(item) >= ITEM and MARK not in item and item not in names
    )


def _same_frame(one: str, other: str) -> bool:
    """Whether the verb before either's list (巩固, 坚持) is said in the other, or both say one
    word after 等 (等前沿领域, 等多边)."""
    mine, theirs = frame(one), frame(other)
    if any(verb in other for verb in mine[0]) or any(verb in one for verb in theirs[0]):
        return True
    return bool(mine[1] & theirs[1])


@lru_cache(maxsize=2048)
def frame(clause: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words a list of ``clause`` stands in: the verb before its first item, and the word
    after 等, of :data:`ITEM` characters or more.

    >>> frame("巩固贸易、投资、能源等传统合作优势")
    (frozenset({'巩固'}), frozenset({'传统'}))
    >>> frame("经贸合作基于平等尊重、互利共赢")
    (frozenset(), frozenset())
    """
    if MARK not in clause and CLOSER not in clause:
        return frozenset(), frozenset()
    words = tagged(clause)
    before: set[str] = set()
    after: set[str] = set()
    marks, closers = _marks(words)
    if marks or closers:
        first = (marks or closers)[0]
        if first >= 2 and words[first - 2][1] == "v":
            before.add(words[first - 2][0])
    if closers and closers[0] + 1 < len(words):
        after.add(words[closers[0] + 1][0])
    return (
        frozenset(word for word in before if len(word) >= ITEM),
        frozenset(word for word in after if len(word) >= ITEM),
    )


def _marks(words: Sequence[tuple[str, str]]) -> tuple[list[int], list[int]]:
    """The places of the enumeration commas (、) and of the closing particle 等 among the tagged
    ``words`` of a clause (:func:`items` and :func:`frame` read the list by them)."""
    marks = [n for n, (word, _) in enumerate(words) if word == MARK]
    closers = [n for n, (word, tag) in enumerate(words) if word == CLOSER and tag == "u"]
    return marks, closers
