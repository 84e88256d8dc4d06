"""Apply rules to one comparison: the rule kinds of ``readoutdiff check``.

:func:`check` is pure: a :class:`~readoutdiff.model.Comparison` and
:class:`~readoutdiff.check.rules.Rules` in, one :class:`~readoutdiff.check.outcome.Outcome`
per rule out. A watch or forbid rule names a formula by id (any of its wordings) or by wording
(matched on folded word stems against the formulas' wordings on each side,
then against the texts themselves, so a wording no lexicon knows still counts).
Formulas a watch or forbid rule speaks for are left out of the generic
``dropped`` and ``changed`` rules, so one change is reported once.
"""

from __future__ import annotations

from collections.abc import Collection, Container, Iterable, Mapping, Sequence

from readoutdiff.check.outcome import CheckResult, Finding, Outcome
from readoutdiff.check.rules import Kind, Rule, Rules
from readoutdiff.formulas.keys.change_names import Change, named
from readoutdiff.formulas.keys.key_minor import two_versions
from readoutdiff.formulas.keys.key_record import inner, point_text
from readoutdiff.formulas.keys.naming import anchor_fates, anchor_names, one_line
from readoutdiff.formulas.lexicon.ids import bare_id
from readoutdiff.formulas.matching import matcher
from readoutdiff.formulas.words.phrases import grouped_words, key
from readoutdiff.formulas.words.roles import STOP_WORDS
from readoutdiff.ingest import HTML_NOTE
from readoutdiff.languages import language
from readoutdiff.languages.folding import fold
from readoutdiff.model import (
    Comparison,
    Entry,
    Formula,
    FormulaSource,
    FormulaStatus,
    Lexicon,
    Readout,
    Span,
)
from readoutdiff.model.figures import said_similarity
from readoutdiff.model.places import Place, place, told
from readoutdiff.records.replacing import replace


def check(
    comparison: Comparison,
    rules: Rules,
    *,
    series: Sequence[Readout] | None = None,
    lexicon: Lexicon | None = None,
) -> CheckResult:
    """Apply ``rules`` to ``comparison`` (A is the old readout, B the new one).

    ``series``: the folder's other readouts, when the pair is a folder's newest two
    (``check DIR``). There a phrase mined from the pair alone is a formula whose drop the
    ``dropped`` rule reports only when the series says it again: see :func:`_recurs`.
    ``lexicon``: the lexicon of the comparison (the built-in one by default), whose wordings
    tell on which side of a changed line a rule's formula by id stands (:func:`_grown_into`).

    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.check.rules import parse
    >>> old = from_text("Both uphold true multilateralism. They respect core interests.", path="old.txt")
    >>> new = from_text("They respect core interests.", path="new.txt")
    >>> result = check(compare(old, new), parse('[[watch]]\\ntext = "true multilateralism"'))
    >>> result.failed, [(f.path, f.line, f.message) for o in result.outcomes for f in o.findings]
    (True, [('old.txt', 1, '“true multilateralism” was dropped (old line 1, sentence 1); it must persist')])
    """
    specific = [
        _specific(rule, comparison, *_wordings(rule, lexicon))
        for rule in rules.rules
        if _is_specific(rule)
    ]
    claimed = {id(formula) for _, formulas in specific for formula in formulas}
    names: dict[str, str] | None = None  # looked up once, by the first rule that names formulas
    outcomes = []
    for rule in rules.rules:
        if _is_specific(rule):
            outcomes.append(specific.pop(0)[0])
        elif rule.kind is Kind.SIMILARITY:
            outcomes.append(_similarity(rule, comparison))
        else:
            free = [f for f in comparison.formulas if id(f) not in claimed]
            names = anchor_names(comparison) if names is None else names
            outcomes.append(_generic(rule, comparison, free, names, series, _phrases(lexicon)))
    return CheckResult(
        old=comparison.a, new=comparison.b, similarity=comparison.similarity,
        outcomes=tuple(outcomes), rules_path=rules.path, comparison=comparison,
    )  # fmt: skip


def _is_specific(rule: Rule) -> bool:
    return rule.kind in (Kind.WATCH, Kind.FORBID)


def _wordings(rule: Rule, lexicon: Lexicon | None) -> tuple[tuple[str, ...], frozenset[str]]:
    """Every wording the lexicon gives the rule's id (none for a rule by text, a mined id or an
    id the lexicon lacks), and the ids holding a "/" that an entry's id may start with: the
    rule's own and the lexicon's (a lexicon file may give "gaza/release-of-hostages",
    :func:`_parts`)."""
    if rule.id is None:
        return (), frozenset()
    if rule.id.startswith("mined:"):
        return (), frozenset({rule.id})
    if lexicon is None:
        from readoutdiff.formulas.lexicon.lexicon import builtin

        lexicon = builtin()
    entry = lexicon.get(rule.id)
    slashed = frozenset({rule.id, *(each.id for each in lexicon.entries if "/" in each.id)})
    return (entry.wordings if entry is not None else ()), slashed


def _holds(wordings: tuple[str, ...], wording: str | None) -> bool:
    """Whether one of ``wordings`` stands inside ``wording`` (folded word stems)."""
    found = key(wording) if wording is not None else ()
    return any(_run_in(w, found) for w in (_core(key(each)) for each in wordings) if w)


def _grown_into(formulas: list[Formula], wordings: tuple[str, ...]) -> set[int]:
    """The changed entries under a rule's id whose new wording holds one of the formula's
    wordings and whose old wording holds none: a formula that appeared inside a line that
    changed, the line told once under the formula's id (branch dup6,
    ``told_once.halves_within``). The formula is new there: it stands on the new side only."""
    return {
        id(f)
        for f in formulas
        if f.status is FormulaStatus.CHANGED
        and _holds(wordings, f.b_text)
        and not _holds(wordings, f.a_text)
    }


def _specific(
    rule: Rule,
    comparison: Comparison,
    wordings: tuple[str, ...] = (),
    slashed: frozenset[str] = frozenset(),
) -> tuple[Outcome, list[Formula]]:
    formulas = [f for f in comparison.formulas if _names(rule, f.a_text) or _names(rule, f.b_text)]
    grown: set[int] = set()
    claimed = formulas
    if rule.id is not None:
        claimed = [f for f in comparison.formulas if _of(rule.id, f, slashed)]
        if any(bare_id(f.id) == rule.id for f in claimed):  # the formula's own entry
            # a /wording is around it
            claimed = [f for f in claimed if _kind(f.id, slashed) != "wording"]
        formulas = [_as_formula(f, rule.id, wordings, slashed) for f in claimed]
        grown = _grown_into(formulas, wordings)
    old = _spans(rule, [f for f in formulas if id(f) not in grown], comparison.a, side="a")
    new = _spans(rule, formulas, comparison.b, side="b", grown=grown, wordings=wordings)
    if rule.kind is Kind.FORBID:
        return _forbid(rule, comparison.b, new, formulas), claimed
    return _watch(rule, comparison, formulas, old, new, grown), claimed


_AROUND = ("context", "remainder")
"""Kinds of derived entries that hold the words around a formula, not the formula: its own
entry tells what became of it (README's `/context`, `/remainder`). So does a ``/wording``
beside the formula's own entry ("Wording around kept formula … changed"); alone, it is a
change inside the formula's own words ("Wording inside “hold … accountable” changed")."""


_POINT = "lone"
"""The kind of a Russian point told alone (``formulas.entries.lone_heads.ID``), whose id holds
the stem of its head verb, not a formula's id."""


def _of(rule_id: str, formula: Formula, slashed: Collection[str] = ()) -> bool:
    """Whether ``formula`` is an entry of the formula ``rule_id`` names: its own id, or an id
    derived from it that tells one of its wordings changed (``<id>/reworded``, ``<id>/wording``,
    ``<id>/clause…``), or that a successor replaced it (``<id>>succ``, either side of the
    ``>``), numbered ``#N`` or not. Not the words around it (:data:`_AROUND`). An id holding a
    "/" among ``slashed`` is read whole (:func:`_parts`).

    >>> from readoutdiff.model import FormulaStatus
    >>> def f(id):
    ...     return Formula(status=FormulaStatus.CHANGED, a_text="a", b_text="b", id=id)
    >>> [_of("x", f(i)) for i in ("x", "x#2", "x/reworded#2", "x/clause-a", "x>y", "w>x", "x/context")]
    [True, True, True, True, True, True, False]
    >>> [_of("x", f(i)) for i in ("xy", "y/reworded", "mined:x", "x/remainder#2")]
    [False, False, False, False]
    >>> [_of("x/y", f(i), {"x/y"}) for i in ("x/y/reworded#2", "x/y>z", "x/y/context", "x/z")]
    [True, True, False, False]
    >>> _of("x", f("x/y/reworded"), {"x/y"})  # another formula's entry
    False

    A Russian lone point (``mined:выраз/lone``, :data:`_POINT`) is no formula's entry: its id
    names the stem of the verb that heads it, so ``mined:выраз`` does not claim every point
    opened by "выразил" (branch chk4; only its own id watches it).

    >>> [_of("mined:выраз", f(i)) for i in ("mined:выраз/lone", "mined:выраз")]
    [False, True]

    An entry told apart from others of its id by its wording's stems (``#…`` after its owner,
    :func:`~readoutdiff.formulas.lexicon.ids.distinct`) is one of them: a rule by the id judges
    every entry of it, as ``check`` did while they shared it; a rule by the marked id, that one.

    >>> [_of("mined:выраз/lone", f(i)) for i in ("mined:выраз#поддержк/lone", "mined:выраз")]
    [True, False]
    >>> [_of("mined:greeting", f(i)) for i in ("mined:greeting#sent-warm", "mined:greeting/x")]
    [True, True]
    >>> _of("mined:greeting#sent-warm", f("mined:greeting"))
    False
    """
    if formula.id == rule_id or bare_id(formula.id) == rule_id:
        return True
    parts = _parts(formula.id, slashed)
    if any(kind in (*_AROUND, _POINT) for _, kind in parts):
        return False
    return any(own == rule_id for own, _ in parts)


def _parts(formula_id: str, slashed: Collection[str] = ()) -> list[tuple[str, str]]:
    """The formula ids an entry's id is made of, each with the kind of entry derived from it
    (empty for the formula's own): ``x/clause-a#2`` → ``[("x", "clause-a")]``, ``x>y`` → ``[("x",
    ""), ("y", "")]``. A name starts with the longest id of ``slashed`` it starts with, else
    ends at its first "/" (a user's id "gaza/hostages" is no derived "gaza/…" when known).

    >>> _parts("x/reworded#2"), _parts("g/h/reworded", {"g/h"}), _parts("g/h>k", {"g/h"})
    ([('x', 'reworded')], [('g/h', 'reworded')], [('g/h', ''), ('k', '')])
    """
    parts = []
    for name in bare_id(formula_id).split(">"):
        known = [i for i in slashed if name == i or name.startswith(f"{i}/")]
        own = max(known, key=len) if known else name.partition("/")[0]
        parts.append((own, name[len(own) + 1 :].split("/")[0]))
    return parts


def _kind(formula_id: str, slashed: Collection[str] = ()) -> str:
    """The kind of a derived id (``x/clause-a#2`` → ``clause-a``), empty for any other id."""
    return next((kind for _, kind in _parts(formula_id, slashed) if kind), "")


def _as_formula(
    formula: Formula, rule_id: str, wordings: tuple[str, ...], slashed: Collection[str] = ()
) -> Formula:
    """An entry derived from the watched formula read as the formula's own: a changed line
    whose two sides both hold one of its wordings kept it (a Chinese clause rewritten around
    it, ``<id>/clause``): persisted there. A successor's entry (``<id>>succ``) is the formula
    replaced (changed, whatever words the two sides share: "战略伙伴关系" inside "全面战略伙伴关系")
    and the successor appeared. Any other entry reads by its status, a changed one whose new
    side alone holds a wording as the formula appearing (:func:`_grown_into`)."""
    if formula.id == rule_id or formula.status is not FormulaStatus.CHANGED:
        return formula
    parts = _parts(formula.id, slashed)
    if len(parts) > 1:  # a successor is none of the formula's wordings (README's check section)
        if rule_id == parts[0][0]:
            return formula
        return replace(formula, status=FormulaStatus.APPEARED, a_text=None, a_spans=())
    if _holds(wordings, formula.a_text) and _holds(wordings, formula.b_text):
        return replace(formula, status=FormulaStatus.PERSISTED)
    return formula


def _on_a(rule: Rule, formula: Formula) -> bool:
    return formula.a_text is not None and (rule.id is not None or _names(rule, formula.a_text))


def _names(rule: Rule, wording: str | None) -> bool:
    """Tell whether the rule's wording stands inside ``wording`` (folded word stems)."""
    if rule.text is None or wording is None:
        return False
    return _run_in(_core(key(rule.text)), key(wording))


def _run_in(wanted: tuple[str, ...], found: tuple[str, ...]) -> bool:
    """Whether the stems ``wanted`` stand in ``found`` one after another."""
    return any(found[i : i + len(wanted)] == wanted for i in range(len(found) - len(wanted) + 1))


def _core(stems: tuple[str, ...]) -> tuple[str, ...]:
    """Drop stop words at the edges ("a community ..." is "community ...")."""
    content = [i for i, stem in enumerate(stems) if stem not in STOP_WORDS]
    return stems[content[0] : content[-1] + 1] if content else stems


def _spans(
    rule: Rule,
    formulas: list[Formula],
    readout: Readout,
    *,
    side: str,
    grown: Container[int] = (),
    wordings: tuple[str, ...] = (),
) -> list[Span]:
    """Return where the rule's formula stands on one side (B's side of a change is its
    successor, but for a formula ``grown`` into a changed line, :func:`_grown_into`: there its
    own ``wordings`` inside the line, or the line where the text search finds none)."""
    if side == "a":
        spans = [s for f in formulas if _on_a(rule, f) for s in f.a_spans]
    else:
        by_id = rule.id is not None
        spans = [
            span
            for f in formulas
            if f.b_text is not None
            and (
                _names(rule, f.b_text)
                or by_id
                and (f.status is not FormulaStatus.CHANGED or id(f) in grown)
            )
            for span in (_within(f.b_spans, wordings, readout) if id(f) in grown else f.b_spans)
        ]
    if rule.text is not None and not spans:
        spans = _search(rule.text, readout)
    return sorted(set(spans), key=lambda span: span.start)


def _within(line: tuple[Span, ...], wordings: tuple[str, ...], readout: Readout) -> list[Span]:
    """Where one of ``wordings`` stands inside ``line`` (the text searched), else ``line``."""
    found = [
        s
        for w in wordings
        for s in _search(w, readout)
        if any(o.start <= s.start and s.end <= o.end for o in line)
    ]
    return found or list(line)


def _search(wording: str, readout: Readout) -> list[Span]:
    """Find ``wording`` in the text itself, for wordings no tracked formula carries."""
    search = matcher.build([Entry(id="rule", text=wording, fuzzy=False)])
    words, groups = grouped_words(readout)
    return [found.span for found in matcher.find(search, readout, words, groups=groups)]


NOT_IN_EITHER = "not in either readout"
"""A watch rule's summary when neither readout says its formula: it checks nothing there (a
misspelt text too), which ``--format github`` tells in a notice (u62)."""


def _watch(
    rule: Rule,
    comparison: Comparison,
    formulas: list[Formula],
    old: list[Span],
    new: list[Span],
    grown: Container[int] = (),
) -> Outcome:
    # a formula that appeared inside a line that changed under its id (``grown``) is no loss
    if rule.id is not None and (lost := _lost([f for f in formulas if id(f) not in grown])):
        return _lost_outcome(rule, comparison, lost)
    name = _quoted(rule, formulas)
    if not old or new:
        seen = "persisted" if old else "appeared" if new else NOT_IN_EITHER
        summary = f"{seen}{_lines(comparison, old, new)}"
        return Outcome(rule=rule, findings=(), summary=summary)
    replaced = [f for f in formulas if _on_a(rule, f) and f.b_text is not None and f.b_spans]
    if replaced:
        formula = replaced[0]
        message = (
            f"{name} changed to “{_said(formula.b_text or '')}” (new {_at(comparison.b, formula.b_spans[0])}; "
            f"was at old {_at(comparison.a, old[0])}); it must persist"
        )
        finding = _finding(rule, message, comparison.b, formula.b_spans[0], formula=formula.id)
    else:
        message = f"{_dropped(comparison, name, old[0])}; it must persist"
        dropped = next((f.id for f in formulas if _on_a(rule, f)), rule.id)
        place = _new_place(comparison, old[0])
        finding = _finding(rule, message, comparison.a, old[0], place, dropped)
    return Outcome(rule=rule, findings=(finding,), summary=message)


def _lost(formulas: list[Formula]) -> list[Formula]:
    """The entries of a watched id the new readout does not keep: changed or dropped.

    Several entries of one comparison can share an id (Chinese and Russian mined cores,
    ``mined:greeting``, a lexicon's formula on two lines); a watch by id judges each, and one
    changed while another appeared or persisted still breaks it (rev14's xi-thongloun greetings).
    In the old readout's order, so the findings read the same whatever order the entries came in.
    """
    lost = [
        f for f in formulas
        if f.a_spans and (not f.b_spans or f.status is FormulaStatus.CHANGED)
    ]  # fmt: skip
    return sorted(lost, key=lambda f: (f.a_spans[0].start, f.a_spans[0].end, f.a_text or ""))


def _lost_outcome(rule: Rule, comparison: Comparison, lost: list[Formula]) -> Outcome:
    """One finding for each entry of the watched id changed or dropped, each naming its own
    old wording and line; the summary is the first, with how many more when there are more."""
    findings = []
    for formula in lost:
        name, was = f"“{_said(formula.a_text or '')}”", formula.a_spans[0]
        if formula.b_spans:
            now = formula.b_spans[0]
            message = (
                f"{name} changed to “{_said(formula.b_text or '')}” (new {_at(comparison.b, now)}; "
                f"was at old {_at(comparison.a, was)}); it must persist"
            )
            findings.append(_finding(rule, message, comparison.b, now, formula=formula.id))
        else:
            message = f"{_dropped(comparison, name, was)}; it must persist"
            place = _new_place(comparison, was)
            findings.append(_finding(rule, message, comparison.a, was, place, formula.id))
    summary = findings[0].message
    if len(findings) > 1:
        summary += f" (and {len(findings) - 1} more of {rule.id})"
    return Outcome(rule=rule, findings=tuple(findings), summary=summary)


def _forbid(rule: Rule, new_readout: Readout, new: list[Span], formulas: list[Formula]) -> Outcome:
    by_line = {span.line: span for span in reversed(new)}
    formula = next((f.id for f in formulas if f.b_text is not None), rule.id)
    findings = tuple(
        _finding(
            rule,
            f"“{inner(new_readout.text[s.start : s.end])}” appears (new {_at(new_readout, s)}); it must not",
            new_readout,
            s,
            formula=formula,
        )  # fmt: skip
        for _, s in sorted(by_line.items())
    )
    summary = findings[0].message if findings else "absent from the new readout"
    return Outcome(rule=rule, findings=findings, summary=summary)


def _similarity(rule: Rule, comparison: Comparison) -> Outcome:
    value = comparison.similarity
    if value >= rule.minimum:
        return Outcome(
            rule=rule, findings=(), summary=f"similarity {_at_least(value, rule.minimum)}"
        )
    message = f"similarity {said_similarity(value)} is below the minimum {rule.minimum:g}"
    finding = Finding(severity=rule.severity, message=message, path=comparison.b.path,
                      extracted=_extracted(comparison.b))  # fmt: skip
    return Outcome(rule=rule, findings=(finding,), summary=message)


def _at_least(value: float, minimum: float) -> str:
    """``value`` (at least ``minimum``) as every view says it (cut to two decimals:
    :func:`~readoutdiff.model.figures.said_similarity`), or to as many more as it takes to read
    at least the minimum: a pair at 0.4999 kept a minimum of 0.495 and is no "0.49". (Below a
    minimum, the cut figure always reads below it.)

    >>> _at_least(0.4999, 0.495), _at_least(0.62, 0.5), _at_least(0.59996, 0.5999)
    ('0.499', '0.62', '0.5999')
    """
    digits = 2
    while digits < 6 and float(said_similarity(value, digits)) < minimum:
        digits += 1
    return said_similarity(value, digits)


def _phrases(lexicon: Lexicon | None) -> dict[str, str]:
    """The phrases recurring over a folder (``check DIR``) that ``lexicon`` tracks: id -> the
    words ``series`` names the phrase's row by."""
    if lexicon is None:
        return {}
    return {entry.id: entry.text for entry in lexicon.entries if entry.topic == _RECURRING}


_RECURRING = "recurring"
"""The topic of a phrase recurring over a folder's readouts
(:data:`readoutdiff.formulas.mining.recurrence.TOPIC`)."""


def _generic(
    rule: Rule, comparison: Comparison, formulas: Iterable[Formula], names: Mapping[str, str],
    series: Sequence[Readout] | None = None, phrases: Mapping[str, str] | None = None,
) -> Outcome:  # fmt: skip
    """``names``: :func:`~readoutdiff.formulas.keys.naming.anchor_names` of ``comparison``;
    ``series``: the folder's other readouts (:func:`check`); ``phrases``: the phrases
    recurring over the folder, by id (:func:`_phrases`)."""
    status = FormulaStatus.DROPPED if rule.kind is Kind.DROPPED else FormulaStatus.CHANGED
    findings = []
    once = 0  # mined phrases dropped that no older readout of the folder says
    fates = anchor_fates(comparison)
    for formula in formulas:
        if formula.status is not status or formula.source not in rule.sources:
            continue
        if status is FormulaStatus.DROPPED and formula.a_spans:
            if series is not None and not _recurs(formula, series):
                once += 1
                continue
            message = _dropped(comparison, _what(formula), formula.a_spans[0])
            place = _new_place(comparison, formula.a_spans[0])
            findings.append(
                _finding(rule, message, comparison.a, formula.a_spans[0], place, formula.id)
            )
        elif formula.b_spans:
            new = _at(comparison.b, formula.b_spans[0])
            replaced = named(formula, names, fates)[0] is Change.REPLACED  # as the key changes say
            verb = "was replaced by" if replaced else "changed to"
            changed = f"{verb} “{_said(formula.b_text or '')}” (new {new})"
            what = _changed_what(formula, names, fates)
            if not what.startswith("wording "):  # a clause told as the phrase it holds
                what = _around_phrase(formula, phrases or {}) or what
            message = f"{what} {changed}"
            findings.append(
                _finding(rule, message, comparison.b, formula.b_spans[0], formula=formula.id)
            )
    summary = f"{len(findings)} {rule.kind.value}" if findings else f"none {rule.kind.value}"
    if rule.kind is Kind.DROPPED and two_versions(comparison):  # ux8's words, kept rule too (ux10)
        summary = f"{len(findings) or 'nothing'} {_only_in_old(comparison)}"
    if once:  # "none dropped" alone would read as if the pair dropped nothing
        summary += f" ({_once(once)})"
    return Outcome(rule=rule, findings=tuple(findings), summary=summary)


def _once(count: int) -> str:
    """What a ``check DIR`` dropped rule left out: the mined phrases only the old readout says.

    >>> _once(1)
    'not counted: 1 mined phrase no older readout of the folder says'
    """
    phrases = "phrase" if count == 1 else "phrases"
    return f"not counted: {count} mined {phrases} no older readout of the folder says"


def _recurs(formula: Formula, series: Sequence[Readout]) -> bool:
    """Tell whether a dropped formula is one of the series: a lexicon's or the background's, or a
    phrase mined from the pair that another readout of the folder says too (issue 10: formulas
    are what recurs). A clause said once, about one event (condolences over one air crash), then
    not again, is that readout's news, not a dropped formula. A phrase recurring over the
    folder (topic ``recurring``) is one by how it was found, whatever words its wording in the
    pair holds around it: the Carney–Macron folder's "relationship between Canada and France",
    said at the first meeting and dropped by the newest after "the growing bilateral
    relationship between Canada and France", was left out as a phrase no older readout says,
    where ``series`` marks it dropped (u70).

    >>> from readoutdiff.ingest import from_text
    >>> mined = Formula(status=FormulaStatus.DROPPED, a_text="Blue River talks", b_text=None,
    ...                 id="mined:blue-river-talk", source=FormulaSource.MINED)
    >>> _recurs(mined, [from_text("They held the Blue River talks.")])
    True
    >>> _recurs(mined, [from_text("They held talks.")])
    False
    """
    if formula.source is not FormulaSource.MINED or formula.topic in ("background", "recurring"):
        return True
    return any(_search(formula.a_text or "", readout) for readout in series)


def _around_phrase(formula: Formula, phrases: Mapping[str, str]) -> str | None:
    """A phrase recurring over the folder whose own words both wordings of its change hold
    (``phrases``: :func:`_phrases`), told as the wording around it changed, as ``series``
    tells its row ("wording around it") and as a kept lexicon formula is told; None for any
    other formula. A Chinese change is read by its clauses: xi-hun-manet's folder said
    "recurring phrase “同柬方深化‘钻石六边’合作” changed to “充实‘钻石六边’合作内涵”", a clause
    named as the phrase, where ``series`` names the row "钻石六边’合作" and says the words
    around it changed (u70, branch ser6)."""
    own = phrases.get(formula.anchor or formula.id)  # "x/clause": the clause around x
    if own is None:
        return None
    a, b = fold(formula.a_text or ""), fold(formula.b_text or "")
    if not (fold(own) in a and fold(own) in b) or fold(own) in (a, b):
        return None
    return f"wording around recurring phrase “{_said(own)}”: “{_said(formula.a_text or '')}”"


def _changed_what(
    formula: Formula, names: Mapping[str, str], fates: Mapping[str, FormulaStatus]
) -> str:
    """Name what changed: the formula, or the wording around a formula that both sides keep.

    An entry of words governing a formula (``good-neighbor-treaty/context``) holds those words,
    not the formula: it is told around the formula's own wording, as the key changes tell it
    (``names``: :func:`~readoutdiff.formulas.keys.naming.anchor_names`; ``fates``: those one side only
    says, :func:`~readoutdiff.formulas.keys.naming.anchor_fates`), or inside the frame both wordings
    keep, in the words of :mod:`readoutdiff.formulas.keys.change_names`.
    """
    change, head = named(formula, names, fates)
    wording = _said(formula.a_text or "")
    if change is Change.REWORDED and head.startswith("Formula “"):  # said in A's words or B's only
        return f"formula {head.removeprefix('Formula ').removesuffix(' reworded')}: “{wording}”"
    if change not in (Change.AROUND, Change.INSIDE):
        return _what(formula)
    where = head.removeprefix("Wording ").removesuffix(" changed")  # the key changes' words
    return f"wording {where}: “{wording}”"


def _said(wording: str) -> str:
    """A formula's wording as a finding quotes it: on one line, from the text of the numbered
    point it opens ("一要夯实政治互信" is quoted “要夯实政治互信”, :func:`point_text`), the
    readout's own double quotes single (:func:`inner`)."""
    return inner(point_text(one_line(wording)))


def _what(formula: Formula) -> str:
    """A formula as a finding names it: by its wording, never its id (the JSON's ``formula``
    keeps that), and a phrase found in the readouts as such.

    >>> from readoutdiff.model import FormulaStatus, FormulaSource
    >>> _what(Formula(status=FormulaStatus.DROPPED, a_text="core interests", b_text=None,
    ...               id="core-interests", source=FormulaSource.BUILTIN))
    'formula “core interests”'
    >>> _what(Formula(status=FormulaStatus.DROPPED, a_text="Blue River talks", b_text=None,
    ...               id="mined:blue-river-talk", source=FormulaSource.MINED))
    'mined phrase “Blue River talks”'

    A phrase recurring over a folder's readouts (``check DIR``) is named as ``series`` names it.
    """
    if formula.source is not FormulaSource.MINED:
        kind = "formula"
    else:
        kind = "recurring phrase" if formula.topic == "recurring" else "mined phrase"
    return f"{kind} “{_said(formula.a_text or '')}”"


def _finding(
    rule: Rule,
    message: str,
    readout: Readout,
    span: Span,
    new_place: Place | None = None,
    formula: str | None = None,
) -> Finding:
    """A finding at ``span`` of ``readout``; ``new_place`` defaults to the span's own place;
    ``formula`` is the id of the formula it is about (for the JSON, not the message)."""
    at = place(readout, span)
    new_at = new_place or at
    return Finding(severity=rule.severity, message=message, path=readout.path, line=span.line,
                   extracted=_extracted(readout), new_line=new_at.line, formula=formula or None,
                   column=_column(at), new_column=_column(new_at))  # fmt: skip


def _column(at: Place) -> int | None:
    """The column of a place on a line of several sentences; None where the line finds it."""
    return None if at.sentence is None else at.column


def _new_place(comparison: Comparison, old: Span) -> Place:
    """Where in the new readout the old passage holding ``old`` now stands; for a passage the
    new readout dropped, where it stood: the passage after it in the new readout (the one
    that replaced it, or the next kept), else the last before it; else the new readout's start.

    A pull request's annotation of a dropped formula sat on the new readout's first line (its
    title) when the formula's whole passage was dropped: far from where a reviewer reads the
    change, and on a line no change of the file may touch (GitHub shows an annotation in the
    diff on a changed line only; one without a line only among the checks: ux18).

    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> a = from_text("Talks.\\n\\nThey upheld core interests.\\n\\nThey discussed trade.")
    >>> b = from_text("Talks.\\n\\nThey discussed trade.")
    >>> _new_place(compare(a, b), a.sentences[1].span).line
    3
    """
    alignments = comparison.alignments
    held = next(
        (n for n, alignment in enumerate(alignments)
         if any(s.span.start <= old.start < s.span.end for s in alignment.a)),
        None,
    )  # fmt: skip
    if held is not None and alignments[held].b:
        return place(comparison.b, alignments[held].b[0].span)
    if held is not None:
        after = (each.b[0] for each in alignments[held + 1 :] if each.b and not each.moved)
        before = (each.b[-1] for each in reversed(alignments[:held]) if each.b and not each.moved)
        stood = next(after, None) or next(before, None)
        if stood is not None:
            return place(comparison.b, stood.span)
    first = comparison.b.sentences
    return place(comparison.b, first[0].span) if first else Place(line=1, column=1, sentence=None)


def _dropped(comparison: Comparison, name: str, span: Span) -> str:
    """A finding's words for ``name`` (a formula or a watched wording) that the new readout
    lacks, said in the old one at ``span``: "formula “X” was dropped (old line 9)"; but when the
    two readouts are two languages' versions of one call (dated at most a day apart, or undated:
    :func:`~readoutdiff.formulas.keys.key_minor.one_version`, as the key changes say it), nothing
    was dropped: "only in old, the Chinese version: formula “X” (old line 9)".

    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> c = compare(from_text("We defend core interests. Trade grew."), from_text("贸易增长了。"))
    >>> said = next(f for f in c.formulas if f.a_spans)
    >>> _dropped(c, "formula “core interests”", said.a_spans[0])
    'only in old, the English version: formula “core interests” (old line 1, sentence 1)'
    """
    if two_versions(comparison):
        return f"{_only_in_old(comparison)}: {name} (old {_at(comparison.a, span)})"
    return f"{name} was dropped (old {_at(comparison.a, span)})"


def _only_in_old(comparison: Comparison) -> str:
    """``only in old, the Chinese version``: the old readout's language named (branch ux8)."""
    return f"only in old, the {language(comparison.a.language).name} version"


def _at(readout: Readout, span: Span) -> str:
    """``line 3, sentence 4`` (on a line of several sentences), or ``line 7``."""
    return told(place(readout, span))


def _extracted(readout: Readout) -> bool:
    return HTML_NOTE in readout.notes


def _quoted(rule: Rule, formulas: list[Formula]) -> str:
    if rule.text is not None:
        return f"“{rule.text}”"
    wording = next((f.a_text for f in formulas if f.a_text), None)
    return f"“{_said(wording)}”" if wording else str(rule.id)


def _lines(comparison: Comparison, old: list[Span], new: list[Span]) -> str:
    sides = (("old", comparison.a, old), ("new", comparison.b, new))
    parts = [f"{side} {_at(readout, spans[0])}" for side, readout, spans in sides if spans]
    return f" ({', '.join(parts)})" if parts else ""
