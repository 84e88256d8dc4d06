"""In Chinese and Russian readouts, a formula is reported at its clause.

A Chinese readout states its formulas as clauses ("深化各领域务实合作", "秉持睦邻友好精神"),
and the lexicon spells the short cores they share (务实合作, 睦邻友好); the background and
mining find phrases of a few words inside them. A clause here is the run of a sentence between
clause marks (:data:`zh.CLAUSE_MARKS`: ，；： and the sentence's end; never the enumeration
comma 、, which parts a list inside one clause). Each language says where its clauses end
(:class:`readoutdiff.languages.base.Clauses`, ``Language.clauses``): a Russian clause ends at
, ; : and the sentence's end, and starts after the word that opens it (а, но, что, который …:
:data:`readoutdiff.languages.ru.CLAUSE_OPENERS`); Russian keeps a kept formula in its words
(``Clauses.rewritten``), and Russian near-same clauses are the same words but for their endings.

A user's formula is left in the user's words, which say where it starts and ends.

- A formula both readouts keep, whose clauses differ by more than a fuzzy match of one wording
  allows (``Options.formula_fuzzy_threshold``) and by more than one word (:func:`near_same`),
  was rewritten: reporting the core *persisted* hides the change an analyst reads
  ("深化各领域务实合作" -> "扩大务实合作和人文交流"). Its entry becomes one *changed* entry per
  pair of its places (paired in reading order: a readout tells its story in a fixed order, the
  host's words, then the guest's), anchored to the formula, so every view still names it.
  Clauses in near-same words ("中英同为…" / "中英作为…") keep the formula *persisted*, and so
  do Chinese clauses in the same words under another frame (who speaks, 愿/要/同意: "愿发挥…作用"
  / "双方要发挥…作用", :func:`framed_same`), a Chinese formula said in one clause on each side
  whose clauses say one object under another lead, firmness said on both sides or neither
  (convention (c): "统筹推进…走廊建设" / "加快…走廊建设", :func:`readoutdiff.languages.zh.same_object`;
  a formula said in several clauses of a side is not read so: which clause answers which is
  not known), and a formula around which a change is reported already. A Chinese anniversary ("今年是中加建交55周年…") pairs with no clause: its own line,
  dropped or appeared (:func:`_anniversaries`).
- With ``grow`` (``Options.governing_words``, as an English formula one side dropped or put in
  is told with its governing words; off in a series and in ``check``, whose rows and rules are
  named by the formula), a formula only one side says, once, is reported in its clause
  ("一个中国原则" -> "沙方坚定支持一个中国原则"), unless that clause is reported already: then
  the formula keeps its own words (and gives way to the clause's entry afterwards,
  :mod:`readoutdiff.formulas.entries.giving_way`).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("中方愿同沙方深化各领域务实合作。沙方坚定支持一个中国原则。")
>>> b = from_text("双方要扩大务实合作和人文交流。")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas
...  if f.id.startswith(("practical-cooperation", "one-china-principle"))]
[('dropped', '沙方坚定支持一个中国原则', None), ('changed', '中方愿同沙方深化各领域务实合作', '双方要扩大务实合作和人文交流')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import cache
from operator import attrgetter

from rapidfuzz import fuzz

from readoutdiff.formulas.entries.giving_way import TRUST
from readoutdiff.formulas.lexicon.ids import kept_id
from readoutdiff.languages import language, match_fold, points, stem, words
from readoutdiff.languages.base import Clauses
from readoutdiff.languages.points import POINT_NUMBER
from readoutdiff.languages.zh import firm_on_one_side, parties_alike, same_object, speaker_framed
from readoutdiff.model import (
    CLAUSE,
    Formula,
    FormulaSource,
    FormulaStatus,
    Readout,
    Span,
)
from readoutdiff.model.places import sentence_at
from readoutdiff.records.replacing import replace
from readoutdiff.text.joining import stands_for_nothing, unbroken

_START = attrgetter("start")
_WORD = 2
"""Characters of the one word two near-same clauses may differ by: most Chinese words have two."""
_ONE_SIDED = (FormulaStatus.DROPPED, FormulaStatus.APPEARED)


def in_clauses(
    formulas: Sequence[Formula], a: Readout, b: Readout, threshold: float, *, grow: bool
) -> tuple[Formula, ...]:
    """Return ``formulas`` with each kept formula whose clauses were rewritten as those
    clauses' *changed* entries and, with ``grow``, each one-sided formula in its clause (see
    the module); ``threshold`` is the fuzzy ratio (0-100) at or above which two clauses are
    the same words."""
    anchored = {f.anchor for f in formulas if f.anchor is not None}
    rewritten = _rule(a).rewritten
    out: list[Formula] = []
    kept: list[tuple[Span, Span]] = []  # clause pairs read as one object kept (convention (c))
    for formula in formulas:
        if rewritten and formula.status is FormulaStatus.PERSISTED and _read(formula):
            changes = [] if formula.id in anchored else _clause_changes(formula, a, b, threshold)
            if changes is None:  # one object under another lead: the clause pair is kept
                kept.append((_said(a, formula.a_spans[0])[0], _said(b, formula.b_spans[0])[0]))
                changes = []
            # A series or a check names the formula's row by its own words: kept beside them.
            out += changes if grow and changes else [formula, *changes]
        else:
            out.append(formula)
    out = _clauses_once(_told_once(_kept_within(out, kept) if kept else out))
    if not grow:
        return tuple(out)
    taken = ({s for f in out for s in f.a_spans}, {s for f in out for s in f.b_spans})
    # The surest formula takes a clause first (see giving_way: a built-in formula never gives
    # way to a mined phrase, so a mined one grown first would give way to the core inside it).
    order = sorted(range(len(out)), key=lambda n: -TRUST[out[n].source])
    for n in order:
        if out[n].status in _ONE_SIDED and _read(out[n]):
            out[n] = _grown(out[n], (a, b), taken)
    return tuple(out)


def clause_edges(a: Readout, b: Readout) -> Clauses | None:
    """The clause edges by which the formulas of ``a`` and ``b`` are read, when both are in
    one language that has them (:attr:`readoutdiff.languages.base.Language.clauses`: Chinese,
    Russian); else None.

    >>> from readoutdiff.ingest import from_text
    >>> russian = from_text("Стороны обсудили вопросы двустороннего сотрудничества.")
    >>> english = from_text("The leaders discussed cooperation.")
    >>> clause_edges(russian, russian).marks == frozenset(",;:!?.…"), clause_edges(russian, english)
    (True, None)
    """
    return language(a.language).clauses if a.language == b.language else None


def _read(formula: Formula) -> bool:
    """Whether ``formula`` is read at its clause: not a change around another formula, and not
    a user's formula (a user's wording says where the formula starts and ends)."""
    return formula.anchor is None and formula.source is not FormulaSource.USER


def _clause_changes(
    formula: Formula, a: Readout, b: Readout, threshold: float
) -> list[Formula] | None:
    """No entry when some place of the kept ``formula`` on A and some on B keep their clause
    in near-same words (:func:`near_same`), None when its one clause a side says one object
    under another lead (:func:`readoutdiff.languages.zh.same_object`); else one *changed*
    entry for each pair of places, paired in reading order, a side's extra places left to the
    others' entries."""
    clauses_a = [_said(a, span) for span in sorted(formula.a_spans, key=_START)]
    clauses_b = [_said(b, span) for span in sorted(formula.b_spans, key=_START)]
    if a.language == "zh" and len(clauses_a) == len(clauses_b) == 1:
        (_, one_a), (_, one_b) = clauses_a[0], clauses_b[0]
        if firm_on_one_side(one_a, one_b):  # (c): firmness said once changes the line
            return [_changed(formula, 0, clauses_a[0], clauses_b[0])]
    near = _rule(a).near_chars
    if any(near_same(x, y, threshold, near) for _, x in clauses_a for _, y in clauses_b):
        return []
    if a.language == "zh" and any(
        framed_same(x, y, threshold) or parties_alike(x, y)
        for _, x in clauses_a
        for _, y in clauses_b
    ):
        return []
    # (c) reads one line against one line: a formula said in several clauses of a side is left
    # to its changed entries (read against every clause, a kept pair hid a changed one).
    if a.language == "zh" and len(clauses_a) == len(clauses_b) == 1:
        (_, one_a), (_, one_b) = clauses_a[0], clauses_b[0]
        if same_object(one_a, one_b):
            return None
    told: list[Formula] = []
    if a.language == "zh":
        clauses_a, clauses_b, told = _anniversaries(formula, clauses_a, clauses_b)
    pairs = zip(clauses_a, clauses_b, strict=False)  # a side's extra places: no pair
    changed = [_changed(formula, n, said_a, said_b) for n, (said_a, said_b) in enumerate(pairs)]
    return changed + told


def _kept_within(out: list[Formula], kept: list[tuple[Span, Span]]) -> list[Formula]:
    """``out``, each change in it *persisted* (``variant``) when it lies within a clause pair
    read as one object kept (convention (c), :func:`_clause_changes`): what differs inside a
    line the analyst reads kept is its lead, its order or its 的, so a phrase of it reworded
    ("…问题上坚定相互支持" / "…问题上相互坚定支持", a background phrase inside the clauses of
    核心利益) is the line kept too, not a change the kept pair hides (branch left1). It takes
    its formula's id (:func:`~readoutdiff.formulas.lexicon.ids.kept_id`: "x/reworded#2" is
    "x", or "x#2" when another entry is "x"; branch fix2)."""
    said = [f.id for f in out]
    for n, formula in enumerate(out):
        if (
            formula.status is not FormulaStatus.CHANGED
            or not formula.a_spans
            or not formula.b_spans
        ):
            continue
        if any(
            _inside(formula.a_spans, clause_a) and _inside(formula.b_spans, clause_b)
            for clause_a, clause_b in kept
        ):
            said[n] = kept_id(formula.id, said[:n] + said[n + 1 :])
            out[n] = replace(
                formula, status=FormulaStatus.PERSISTED, variant=True, id=said[n], anchor=None
            )
    return out


def _inside(spans: Sequence[Span], clause: Span) -> bool:
    return all(clause.start <= s.start and s.end <= clause.end for s in spans)


def _anniversaries(
    formula: Formula, clauses_a: list[tuple[Span, str]], clauses_b: list[tuple[Span, str]]
) -> tuple[list[tuple[Span, str]], list[tuple[Span, str]], list[Formula]]:
    """The clauses of each side left to pair, and one-sided entries: an anniversary told
    ("今年是中加建交55周年和建立战略伙伴关系20周年", :data:`ANNIVERSARY`) is a date, no rewording of
    the other side's clause, and the hand lists give it its own line, dropped or appeared; when
    one side says the formula only in anniversaries, the other side's clauses are one-sided too."""
    kept_a = [said for said in clauses_a if not ANNIVERSARY.search(said[1])]
    kept_b = [said for said in clauses_b if not ANNIVERSARY.search(said[1])]
    if len(kept_a) == len(clauses_a) and len(kept_b) == len(clauses_b):
        return clauses_a, clauses_b, []
    alone_a = [said for said in clauses_a if said not in kept_a or not kept_b]
    alone_b = [said for said in clauses_b if said not in kept_b or not kept_a]
    told = [_one_sided(formula, n, said, on_a=True) for n, said in enumerate(alone_a)]
    told += [_one_sided(formula, n, said, on_a=False) for n, said in enumerate(alone_b)]
    return kept_a if kept_b else [], kept_b if kept_a else [], told


def _told_once(out: list[Formula]) -> list[Formula]:
    """``out`` less each one-sided clause of :func:`_anniversaries` that a changed clause entry
    of another formula holds already (Scholz's 要坚持从长远和战略角度巩固中德全方位战略伙伴关系,
    the changed clause of 长远和战略角度 too): one clause, one line."""
    alone = [f for f in out if f.status in _ONE_SIDED and CLAUSE + "-" in f.id]
    if not alone:
        return out
    changed = [f for f in out if f.status is FormulaStatus.CHANGED]
    paired = ({s for f in changed for s in f.a_spans}, {s for f in changed for s in f.b_spans})
    return [
        f for f in out
        if f not in alone or not (paired[0] & set(f.a_spans) or paired[1] & set(f.b_spans))
    ]  # fmt: skip


def _clauses_once(out: list[Formula]) -> list[Formula]:
    """``out`` with each clause told changed once (branch dup2): a clause holding two formulas
    was read once per formula, over the same spans on both sides (xi-modi 2024-10-23's
    "为推动世界多极化、国际关系民主化作出贡献" → "携手推动世界多极化和国际关系民主化", for 世界多极化 and
    for 国际关系民主化), and a clause another entry of the source tells already (a reworded
    phrase, xi-hun-manet 2025-08-30's "落实好访问达成的重要共识") was read again. The clause's
    entry of the formula whose id sorts first stays (swapping the readouts keeps it), and none
    where an entry that is no clause tells those spans with that status and source (as
    :func:`~readoutdiff.formulas.entries.told_once.told_once` folds)."""
    clauses = [f for f in out if f.status is FormulaStatus.CHANGED and CLAUSE in f.id]
    if not clauses:
        return out
    places = {(f.a_spans, f.b_spans) for f in clauses}
    first: dict[tuple[tuple[Span, ...], tuple[Span, ...], FormulaSource], str] = {}
    for f in out:
        if f.status is FormulaStatus.CHANGED and (f.a_spans, f.b_spans) in places:
            key = (f.a_spans, f.b_spans, f.source)
            told = first.get(key)
            mine = f.id if CLAUSE in f.id else ""  # an entry of another kind comes first
            first[key] = mine if told is None else min(told, mine)
    return [
        f for f in out
        if CLAUSE not in f.id or f.status is not FormulaStatus.CHANGED
        or first[(f.a_spans, f.b_spans, f.source)] == f.id
    ]  # fmt: skip


def _one_sided(formula: Formula, n: int, said: tuple[Span, str], *, on_a: bool) -> Formula:
    """The ``n``-th (from 0) clause around ``formula`` that one side says alone."""
    span, text = said
    side = "a" if on_a else "b"
    return replace(
        formula, status=FormulaStatus.DROPPED if on_a else FormulaStatus.APPEARED,
        variant=False, a_text=text if on_a else None, b_text=None if on_a else text,
        a_spans=(span,) if on_a else (), b_spans=() if on_a else (span,), anchor=formula.id,
        id=f"{formula.id}{CLAUSE}-{side}" + (f"#{n + 1}" if n else ""),
    )  # fmt: skip


def _changed(
    formula: Formula, n: int, said_a: tuple[Span, str], said_b: tuple[Span, str]
) -> Formula:
    """The ``n``-th (from 0) changed clause around ``formula``."""
    (span_a, text_a), (span_b, text_b) = said_a, said_b
    return replace(
        formula, status=FormulaStatus.CHANGED, variant=False, a_text=text_a, b_text=text_b,
        a_spans=(span_a,), b_spans=(span_b,), anchor=formula.id,
        id=formula.id + CLAUSE + (f"#{n + 1}" if n else ""),
    )  # fmt: skip


def _grown(
    formula: Formula, readouts: tuple[Readout, Readout], taken: tuple[set[Span], set[Span]]
) -> Formula:
    """A one-sided ``formula`` said once in the clause of its place, unless another entry
    reports that clause already (``taken``, each side's spans, grows by the clauses given). A
    formula said in several places keeps its words: one wording tells them all (one entry per
    place's clause found three more events of the dev pairs, and four more noise reports)."""
    on_a = bool(formula.a_spans)
    side = 0 if on_a else 1
    spans = formula.a_spans or formula.b_spans
    if len(spans) != 1:
        return formula
    span, text = _said(readouts[side], spans[0])
    if span in taken[side]:
        return formula
    taken[side].add(span)
    if on_a:
        return replace(formula, a_text=text, a_spans=(span,))
    return replace(formula, b_text=text, b_spans=(span,))


def near_same(x: str, y: str, threshold: float, near_chars: int = _WORD) -> bool:
    """Two clauses are the same words: equal, as alike as a fuzzy match of one wording needs
    (``threshold``), and either apart in one place by at most one word of ``near_chars``
    characters, replaced, put in or left out ("得到更大发展" / "实现更大发展", "中英同为" /
    "中英作为"), or, with ``near_chars`` 0, the same words but for their endings ("стратегического
    партнёрства" / "стратегическое партнёрство").

    >>> near_same("推动中沙全面战略伙伴关系得到更大发展", "推动中沙全面战略伙伴关系实现更大发展", 90)
    True
    >>> near_same("沙方高度重视发展对华关系", "中方高度重视发展对沙关系", 90)
    False
    >>> near_same("развитие стратегического партнёрства", "развития стратегическое партнёрство", 90, 0)
    True
    """
    if x == y or fuzz.ratio(x, y) >= threshold:
        return True
    if not near_chars:
        return _stems(x) == _stems(y)
    opcodes = SequenceMatcher(None, x, y, autojunk=False).get_opcodes()
    runs = [(a_end - a_start, b_end - b_start) for op, a_start, a_end, b_start, b_end in opcodes
            if op != "equal"]  # fmt: skip
    return len(runs) == 1 and max(runs[0]) <= near_chars


@cache
def _frame() -> re.Pattern[str]:
    """A Chinese clause's frame: who speaks (双方, 中方, 柬方 …), a modal or agreeing verb (要, 愿,
    同意 …), the party it acts with (同中方); each may be missing. Compiled on first use: its
    Han ranges are costly to compile, and an English run never asks (tests/test_startup_imports.py).
    """
    return re.compile(
        r"(?P<subject>双方|两国|中国|[\u4e00-\u9fff]方)?"
        r"(?P<modal>(?:都|也|还|将|一致|)(?:同意|要|应该|应当|应|愿意|愿))?"
        r"(?P<partner>同[\u4e00-\u9fff]方)?"
    )


ANNIVERSARY = re.compile(r"周年")
"""A Chinese clause that tells an anniversary ("今年是中加建交55周年和建立战略伙伴关系20周年")."""
_SAME_PARTY = {"中国": "中方", "两国": "双方"}


def framed_same(x: str, y: str, threshold: float) -> bool:
    """Two Chinese clauses are the same words in different frames: each less its frame
    (:func:`_frame`) near-same (:func:`near_same`) past the word that opens them, the frames
    differing, and neither naming
    another speaker or partner than the other ("愿发挥…作用" / "双方要发挥…作用", "同意从战略高度…" /
    "双方要从战略高度…"). A clause with no frame to take off stays as it is; a speaker swapped is
    a change ("沙方高度重视…" / "中方高度重视…").

    >>> framed_same("愿发挥中柬政府间协调委员会作用", "双方要发挥中柬政府间协调委员会作用", 90)
    True
    >>> framed_same("沙方高度重视发展对华关系", "中方高度重视发展对沙关系", 90)
    False
    >>> framed_same("中方支持巴方加强反恐能力建设", "帮助巴方加强反恐能力建设", 90)
    False
    """
    frame = _frame()
    fx, fy = frame.match(x), frame.match(y)
    assert fx is not None and fy is not None  # every part is optional
    if not (fx.end() or fy.end()) or fx.end() == len(x) or fy.end() == len(y):
        return False
    for part in ("subject", "partner"):
        one, other = fx[part], fy[part]
        if one and other and _SAME_PARTY.get(one, one) != _SAME_PARTY.get(other, other):
            return False
    rest_x, rest_y = x[fx.end() :], y[fy.end() :]
    # the word after the frame is the act: swapped there ("支持巴方…" / "帮助巴方…"), a change
    return rest_x[:_WORD] == rest_y[:_WORD] and near_same(rest_x, rest_y, threshold, _WORD)


def _stems(text: str) -> list[str]:
    """The matching keys of the words of ``text`` (Cyrillic: Snowball stems)."""
    return [stem(word) for word in words(match_fold(text))]


def _said(readout: Readout, span: Span) -> tuple[Span, str]:
    """The clause holding ``span`` and its words, a line end inside wrapped Chinese text read
    as nothing (:func:`readoutdiff.text.joining.unbroken`)."""
    clause = clause_of(readout, span)
    return clause, unbroken(readout.text[clause.start : clause.end])


def _rule(readout: Readout) -> Clauses:
    """The clause edges of ``readout``'s language (asked only of a language that has them)."""
    rule = language(readout.language).clauses
    assert rule is not None, readout.language
    return rule


@cache
def openers_pattern(openers: frozenset[str]) -> re.Pattern[str]:
    """A pattern of the whole words (or words in a row) ``openers`` names, ё read as е."""
    spelled = [re.escape(w).replace("е", "[её]").replace(r"\ ", r"\s+") for w in openers]
    alternatives = "|".join(sorted(spelled, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _opened(
    text: str, clause: tuple[int, int], span: Span, openers: frozenset[str]
) -> tuple[int, int]:
    """``clause`` (start, end) cut after the last word before ``span`` that opens a clause,
    and before the first one after it (:attr:`Clauses.openers`)."""
    start, end = clause
    if not openers:
        return start, end
    pattern = openers_pattern(openers)
    for match in pattern.finditer(text, start, span.start):
        start = match.end()
    after = pattern.search(text, span.end, end)
    return start, after.start() if after else end


_WORDS = re.compile(r"\w+(?:-\w+)*")


def _headed(text: str, clause: tuple[int, int], span: Span, heads: str) -> tuple[int, int]:
    """``clause`` (start, end) ended before the first point head after ``span``
    (:attr:`Clauses.heads`): two clauses with no mark between them, an adverbial lead and the
    point ("В контексте предстоящего празднования 80-летия Победы … | подчёркнуто особое
    значение этой даты …", branch ru12). Its start stays: a head's shape before the formula is
    as often a noun ("всех граждан России с 80-летием Победы"). Each word is matched whole
    against the heads' own pattern (compiled once, as the point rules compile it)."""
    start, end = clause
    head = re.compile(heads)
    for word in _WORDS.finditer(text, span.end, end):
        if head.fullmatch(word.group()):
            return start, word.start()
    return start, end


@cache
def _second(predicate: str) -> re.Pattern[str]:
    """The conjunction "и" and a lower-case word of the shape ``predicate``, whole (group 1:
    the verb)."""
    return re.compile(rf"(?<![\w-])и\s+({predicate})(?![\w-])")


def _number(verb: str) -> str:
    """The past tense's ending that agrees with its subject: "л", "ла" or "ли" ("подтвердил",
    "договорились" -> "ли")."""
    verb = verb.removesuffix("ся").removesuffix("сь")
    return verb[verb.rindex("л") :]


def _predicates(text: str, clause: tuple[int, int], span: Span, predicate: str) -> tuple[int, int]:
    """``clause`` (start, end) cut at a second predicate of its subject: "и" and a finite verb
    (``predicate``, :attr:`Clauses.predicate`) after a verb of the same shape and ending in the
    clause ("Президент Узбекистана выразил благодарность за поздравления и теплые пожелания |
    и подтвердил готовность к продолжению расширения взаимовыгодного сотрудничества", branch
    ru25). Before ``span`` the clause starts at the last such verb; after it, it ends before the
    first such "и". A noun after "и" that looks like a past tense ("и модели") is let through
    only where the clause has no verb of its ending before it."""
    start, end = clause
    second, verb = _second(predicate), re.compile(predicate)

    def agrees(at: int, word: str) -> bool:
        ending = _number(word)
        return any(
            verb.fullmatch(w.group().lower()) and _number(w.group().lower()) == ending
            for w in _WORDS.finditer(text, start, at)
        )

    cut = start
    for match in second.finditer(text, start, span.start):
        if agrees(match.start(), match.group(1)):
            cut = match.start(1)
    start = cut
    for match in second.finditer(text, span.end, end):
        if agrees(match.start(), match.group(1)):
            return start, match.start()
    return start, end


def ends_clause(text: str, at: int, marks: frozenset[str]) -> bool:
    """Whether ``text[at]`` ends a clause: one of ``marks``, but not a line end that wrapping
    put between two wide characters ("务实合作始终是\n中德关系"), nor a comma or full stop
    between two digits ("1,5 процента"), nor a full stop between two letters (an outlet's
    name: "передает NUR.KZ со ссылкой на Акорду", "Kun.uz"; branch ru14)."""
    if text[at] not in marks:
        return False
    if text[at] in ",." and text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit():
        return False
    if text[at] == "." and text[at - 1 : at].isalpha() and text[at + 1 : at + 2].isalpha():
        return False
    return text[at] not in "\r\n" or not stands_for_nothing(text, at)


def clause_of(readout: Readout, span: Span) -> Span:
    """The clause holding ``span``: grown to the clause marks around it, never past its
    sentence, with no space at either edge, and from past the number of the point it opens
    (:data:`readoutdiff.languages.points.POINT_NUMBER`: "以多元化人文交流夯实中哈友好根基" of
    "四要以多元化人文交流夯实中哈友好根基").

    >>> from readoutdiff.ingest import from_text
    >>> r = from_text("习近平指出，中方愿同沙方深化各领域务实合作，推动关系发展。")
    >>> c = clause_of(r, Span(start=15, end=19, line=1))
    >>> r.text[c.start : c.end]
    '中方愿同沙方深化各领域务实合作'
    """
    sentence = sentence_at(readout, span.start).span
    text, start, end, rule = readout.text, span.start, span.end, _rule(readout)
    low, high = min(sentence.start, start), max(sentence.end, end)
    while start > low and not ends_clause(text, start - 1, rule.marks):
        start -= 1
    while end < high and not ends_clause(text, end, rule.marks):
        end += 1
    start, end = _opened(text, (start, end), span, rule.openers)
    if rule.predicate:
        start, end = _predicates(text, (start, end), span, rule.predicate)
    if rule.heads:
        start, end = _headed(text, (start, end), span, rule.heads)
    while start < span.start and text[start].isspace():
        start += 1
    number = POINT_NUMBER.match(text, start, span.start)  # "二要以…": a point's number is layout
    if number is not None:
        start = number.end()
    # "中巴双方一要坚持…": the parties before a point's number are every point's
    start = points.inside(text, start, span.start)
    if readout.language == "zh" and start < span.start:  # "他稱…": who says it is no formula's
        framed = speaker_framed(text[start:end])
        if start + framed <= span.start:
            start += framed
    while end > span.end and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end, line=span.line)
