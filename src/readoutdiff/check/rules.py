"""Rules for ``readoutdiff check``: what a new readout must keep, must not say, and how alike it must be.

A rules file is TOML::

    version = 1                      # optional

    [similarity]                     # the new readout must stay this alike (0 to 1)
    min = 0.3
    severity = "error"               # "error" (default here), "warning" or "off"

    [dropped]                        # any formula dropped (default: warning)
    severity = "error"
    sources = ["builtin", "user"]    # which formulas count (default: all, mined too)

    [changed]                        # any formula changed (default: warning)
    severity = "warning"

    [[watch]]                        # a formula that must persist
    id = "core-interests"            # by formula id (any wording) ...
    text = "core interests"          # ... or by wording (folded); give one of the two
    severity = "error"               # default "error"

    [[forbid]]                       # a formula that must never appear in the new readout
    text = "hegemonism"

Without a rules file, :data:`DEFAULT` applies: dropped and changed formulas are
warnings, nothing fails.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn

from readoutdiff.errors import LexiconError
from readoutdiff.formulas.lexicon.lexicon import read_settings, read_toml
from readoutdiff.model import FormulaSource
from readoutdiff.records.record import record

_TABLES = {"similarity": {"min", "severity"}, "dropped": {"severity", "sources"}}
_TABLES["changed"] = _TABLES["dropped"]
_LISTS = {"watch": {"id", "text", "severity", "name"}, "forbid": {"id", "text", "severity", "name"}}
_TOP = {"version", *_TABLES, *_LISTS}


class Severity(StrEnum):
    """How much a broken rule matters: an error fails the check (exit 1), a warning does not."""

    ERROR = "error"
    WARNING = "warning"


class Kind(StrEnum):
    """What a rule asks of the new readout."""

    WATCH = "watch"  #: a formula must persist (not dropped, not changed)
    FORBID = "forbid"  #: a formula must not appear in the new readout
    SIMILARITY = "similarity"  #: the readouts must be at least this alike
    DROPPED = "dropped"  #: no formula may be dropped
    CHANGED = "changed"  #: no formula may be changed


@record
class Rule:
    """One rule of a rules file."""

    kind: Kind
    severity: Severity
    id: str | None = None
    """For watch and forbid: the formula id."""
    text: str | None = None
    """For watch and forbid: the wording, matched on folded word stems."""
    minimum: float = 0.0
    """For similarity: the lowest similarity allowed."""
    sources: tuple[FormulaSource, ...] = tuple(FormulaSource)
    """For dropped and changed: which formulas count."""
    label: str = ""
    """A name the user gave the rule (``name = "..."``); empty for the default name."""

    @property
    def name(self) -> str:
        """A short name for reports, e.g. ``watch “core interests”``.

        >>> Rule(kind=Kind.WATCH, severity=Severity.ERROR, id="core-interests").name
        'watch core-interests'
        """
        if self.label:
            return self.label
        if self.kind is Kind.SIMILARITY:
            return f"similarity at least {self.minimum:g}"
        if self.kind in (Kind.DROPPED, Kind.CHANGED):
            return f"no {self.kind.value} formulas"
        return f"{self.kind.value} {self.id or f'“{self.text}”'}"


@record
class Rules:
    """The rules one check applies, in the order reported."""

    rules: tuple[Rule, ...]
    path: str | None = None


DEFAULT = Rules(
    rules=(
        Rule(kind=Kind.DROPPED, severity=Severity.WARNING),
        Rule(kind=Kind.CHANGED, severity=Severity.WARNING),
    )
)
"""The rules without a rules file: dropped and changed formulas are warnings."""


def load(path: str | Path) -> Rules:
    """Read the rules file at ``path``; raise :class:`LexiconError` with ``path:line`` if malformed.

    A file with no rule (empty, only comments or ``version = 1``) is refused too, as an empty
    lexicon is: it is the wrong file or one not yet written, and the check would run on the
    defaults without a word.
    """
    text = read_settings(path, "rules")
    rules = parse(text, path=str(path))
    if not set(read_toml(text, str(path))) - {"version"}:
        raise LexiconError(
            "has no rules: write [[watch]], [[forbid]], [similarity], [dropped] or [changed];"
            " without --rules the defaults apply (dropped and changed formulas are warnings)",
            path=str(path),
        )
    return rules


def parse(text: str, *, path: str = "<rules>") -> Rules:
    """Read rules TOML ``text``; unset ``[dropped]`` and ``[changed]`` keep their default warning.

    >>> [rule.name for rule in parse('[[watch]]\\ntext = "core interests"').rules]
    ['no dropped formulas', 'no changed formulas', 'watch “core interests”']
    >>> parse('[similarity]\\nmin = 2', path="r.toml")
    Traceback (most recent call last):
    ...
    readoutdiff.errors.LexiconError: r.toml:2: [similarity] min must be a number from 0 to 1
    """
    data = read_toml(text, path)
    where = _Where(text=text, path=path)
    for key in data:
        if key not in _TOP:
            if key in ("formula", "remove") and not set(data) & (_TOP - {"version"}):
                where.fail(
                    "is a lexicon (its [[formula]] tables), not a rules file: give it with"
                    " --lexicon FILE; rules are [[watch]], [[forbid]], [similarity], [dropped]"
                    " and [changed]", key,
                )  # fmt: skip
            where.fail(f"unknown key {key!r}; use {', '.join(sorted(_TOP))}", key)
    version = data.get("version", 1)
    if type(version) is not int or version != 1:  # a file of a later format must not be guessed at
        where.fail(
            f"version must be 1, the rules format this readoutdiff reads (not {version!r})",
            "version",
        )
    rules = [_generic(Kind(kind), data.get(kind), where) for kind in ("dropped", "changed")]
    if "similarity" in data:
        rules.append(_similarity(data["similarity"], where))
    for kind in ("watch", "forbid"):
        tables = data.get(kind, [])
        if not isinstance(tables, list):
            where.fail(f"{kind} must be an array of tables: write [[{kind}]]", kind)
        rules.extend(_formula_rule(Kind(kind), table, n, where) for n, table in enumerate(tables))
    return Rules(rules=tuple(rule for rule in rules if rule is not None), path=path)


@record
class _Where:
    """Finds the line of a key in the rules text, to name ``path:line`` in errors."""

    text: str
    path: str

    def fail(self, problem: str, key: str, table: str = "", number: int = 0) -> NoReturn:
        raise LexiconError(problem, path=self.path, line=self.line(key, table, number))

    def line(self, key: str, table: str = "", number: int = 0) -> int:
        lines = self.text.splitlines()
        start = self._table_start(lines, table, number) if table else 0
        for index in range(start, len(lines)):
            if index > start and table and lines[index].lstrip().startswith("["):
                break
            if re.match(rf"\s*\[*\s*{re.escape(key)}\s*(?:=|\])", lines[index]):
                return index + 1
        return start + 1

    @staticmethod
    def _table_start(lines: list[str], table: str, number: int) -> int:
        header = re.compile(rf"\s*\[\[?\s*{re.escape(table)}\s*\]")
        starts = [index for index, line in enumerate(lines) if header.match(line)]
        return starts[number] if number < len(starts) else 0


def _keys(value: Any, allowed: set[str], table: str, where: _Where, number: int = 0) -> None:
    if not isinstance(value, dict):
        where.fail(f"{table} must be a table: write [{table}]", table)
    for key in value:
        if key not in allowed:
            where.fail(
                f"[{table}] unknown key {key!r}; use {', '.join(sorted(allowed))}",
                key, table, number,
            )  # fmt: skip


def _severity(value: Any, default: str, table: str, where: _Where, number: int = 0) -> str:
    severity = value.get("severity", default)
    if severity not in ("error", "warning", "off"):
        where.fail(
            f'[{table}] severity must be "error", "warning" or "off"', "severity", table, number
        )
    return str(severity)


def _generic(kind: Kind, value: Any, where: _Where) -> Rule | None:
    table = kind.value
    value = {} if value is None else value
    _keys(value, _TABLES[table], table, where)
    severity = _severity(value, "warning", table, where)
    names = value.get("sources", [source.value for source in FormulaSource])
    known = {source.value for source in FormulaSource}
    if not isinstance(names, list) or not names or not all(name in known for name in names):
        where.fail(f"[{table}] sources must list some of: builtin, user, mined", "sources", table)
    if severity == "off":
        return None
    sources = tuple(source for source in FormulaSource if source.value in names)
    return Rule(kind=kind, severity=Severity(severity), sources=sources)


def _similarity(value: Any, where: _Where) -> Rule | None:
    _keys(value, _TABLES["similarity"], "similarity", where)
    minimum = value.get("min")
    if isinstance(minimum, bool) or not isinstance(minimum, int | float) or not 0 <= minimum <= 1:
        where.fail("[similarity] min must be a number from 0 to 1", "min", "similarity")
    severity = _severity(value, "error", "similarity", where)
    if severity == "off":
        return None
    return Rule(kind=Kind.SIMILARITY, severity=Severity(severity), minimum=float(minimum))


def _formula_rule(kind: Kind, value: Any, number: int, where: _Where) -> Rule | None:
    table = kind.value
    _keys(value, _LISTS[table], table, where, number)
    given = [key for key in ("id", "text") if key in value]
    if len(given) != 1:
        where.fail(f'[[{table}]] #{number + 1}: give id = "..." or text = "..." (one of them)',
                   given[-1] if given else table, table, number)  # fmt: skip
    field = given[0]
    if not isinstance(value[field], str) or not value[field].strip():
        where.fail(f"[[{table}]] #{number + 1}: {field} must be a non-empty string",
                   field, table, number)  # fmt: skip
    label = value.get("name", "")
    if not isinstance(label, str):
        where.fail(f"[[{table}]] #{number + 1}: name must be a string", "name", table, number)
    severity = _severity(value, "error", table, where, number)
    if severity == "off":
        return None
    wording = value[field].strip()
    return Rule(
        kind=kind, severity=Severity(severity), label=label.strip(),
        id=wording if field == "id" else None, text=wording if field == "text" else None,
    )  # fmt: skip
