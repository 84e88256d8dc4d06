"""The JSON of ``readoutdiff check``, built by hand so the contract cannot drift.

Schema log:

* ``readoutdiff-check/1``: first version: ``old``/``new`` readouts, ``similarity``,
  ``failed``, ``counts``, ``rules`` (one per rule, each with its findings).
  Added since, compatibly: ``formulas`` and ``passages`` (counts by status) and each
  finding's ``new_line`` and ``formula`` (the id of the formula it is about, which the
  message no longer carries: it names the formula by its words), and ``new_extracted``
  (the new readout was read from an HTML page, so ``new_line`` counts lines of its extracted
  text, not of the page's source; ``--format github`` then annotates no line); each
  finding's ``column`` and ``new_column`` (1-based, on ``line`` and ``new_line``, when that
  line holds several sentences: a readout body of one line holds every finding; else null);
  ``compared`` (false) and ``note`` when nothing was compared (``check DIR`` on a folder of
  one readout: ``old`` and ``new`` are that readout, ``similarity`` 1, no rule ran, so
  ``rules`` is empty; branch fix2); ``notes``, the comparison's notes as
  ``readoutdiff A B --format json`` gives them (A the old readout, B the new; branch u71). Schema: ``readoutdiff/schema/readoutdiff-check-1.schema.json``.
"""

from __future__ import annotations

from typing import Any

from readoutdiff.check import CheckResult, Finding, Outcome
from readoutdiff.check.rules import Severity
from readoutdiff.ingest import HTML_NOTE
from readoutdiff.model import Readout
from readoutdiff.render import jsontext

SCHEMA = "readoutdiff-check/1"


def render_check_json(result: CheckResult) -> str:
    """Return the check result as ``readoutdiff-check/1`` JSON (one trailing newline).

    >>> import json
    >>> from readoutdiff.check import check
    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.check.rules import DEFAULT
    >>> one = from_text("They met.", path="a.txt")
    >>> data = json.loads(render_check_json(check(compare(one, one), DEFAULT)))
    >>> data["schema"], data["failed"], [rule["name"] for rule in data["rules"]]
    ('readoutdiff-check/1', False, ['no dropped formulas', 'no changed formulas'])
    """
    document: dict[str, Any] = {
        "schema": SCHEMA,
        "old": _readout(result.old),
        "new": _readout(result.new),
        "rules_file": result.rules_path,
        "similarity": result.similarity,
        "failed": result.failed,
        "counts": {severity.value: result.count(severity) for severity in Severity},
        "rules": [_outcome(outcome, HTML_NOTE in result.new.notes) for outcome in result.outcomes],
        "formulas": result.formula_counts(),
        "passages": result.passage_counts(),
    }
    if result.comparison is not None:  # the pair view's notes, its A the old readout (u71)
        document["notes"] = list(result.comparison.notes)
    if result.nothing:  # a folder of one readout: the file a CI step uploads says why
        document |= {"compared": False, "note": result.nothing}
    return jsontext.dumps(document, end="\n")


def _readout(readout: Readout) -> dict[str, Any]:
    return {
        "path": readout.path, "title": readout.title, "date": readout.date,
        "counterpart": readout.counterpart, "source": readout.source,
        "sha256": readout.sha256, "notes": list(readout.notes),
    }  # fmt: skip


def _outcome(outcome: Outcome, new_extracted: bool) -> dict[str, Any]:
    rule = outcome.rule
    return {
        "name": rule.name, "kind": rule.kind.value, "severity": rule.severity.value,
        "id": rule.id, "text": rule.text, "broken": outcome.broken, "summary": outcome.summary,
        "findings": [_finding(finding, new_extracted) for finding in outcome.findings],
    }  # fmt: skip


def _finding(finding: Finding, new_extracted: bool) -> dict[str, Any]:
    return {
        "severity": finding.severity.value, "message": finding.message, "path": finding.path,
        "line": finding.line, "extracted": finding.extracted, "new_line": finding.new_line,
        "new_extracted": new_extracted, "formula": finding.formula,
        "column": finding.column, "new_column": finding.new_column,
    }  # fmt: skip
