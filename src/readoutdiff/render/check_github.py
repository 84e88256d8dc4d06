"""GitHub Actions workflow commands for ``readoutdiff check``: annotations on the readout lines.

Each finding becomes ``::error file=…,line=…,title=…::message`` (or ``::warning``),
escaped as the Actions runner expects: in the message ``%``, CR and LF become
``%25``, ``%0D`` and ``%0A``; in property values ``:`` and ``,`` are escaped too
(``%3A``, ``%2C``). Annotations sit on the new readout, the file a pull request
changes: a dropped formula on the line where its passage now stands. GitHub shows
only 10 annotations of each kind per step, so the 10 most severe errors and
warnings are annotated and the rest are listed as plain log lines; among dropped and
changed formulas, those the key changes tell come first, in their rank (a readout that
drops twenty formulas would otherwise hide the replaced wording a briefing leads with). A line of a
readout read from HTML counts lines of the extracted text, so such an annotation
names the file only.
"""

from __future__ import annotations

from readoutdiff.check import CheckResult, Finding, Outcome
from readoutdiff.check.apply import NOT_IN_EITHER
from readoutdiff.check.rules import Kind, Severity
from readoutdiff.check.since import repository_path
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.ingest import HTML_NOTE
from readoutdiff.model import CONTEXT, REWORDED, Readout
from readoutdiff.render.check_text import comparison_notes
from readoutdiff.render.escape import shown_line, shown_path, shown_text

LIMIT = 10
"""Annotations of each kind GitHub shows for one step."""

_RANK = {Kind.FORBID: 0, Kind.WATCH: 1, Kind.SIMILARITY: 2, Kind.DROPPED: 3, Kind.CHANGED: 3}
"""Most severe first: a broken named rule, then similarity, then any dropped or changed formula
(those two by the key changes' rank, :func:`_key_rank`, then in the rules' order: a rules file
lists dropped before changed, see :func:`readoutdiff.check.rules.parse`)."""


def escape_data(text: str) -> str:
    """Escape a workflow command's message.

    >>> escape_data("50% done\\r\\nnext")
    '50%25 done%0D%0Anext'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value.

    >>> escape_property("watch a, b: c")
    'watch a%2C b%3A c'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def passed(said: str, github: bool) -> str:
    """The line of a check that compared nothing (a folder's first readout, a change that adds
    no readout), after its ``::notice`` for GitHub.

    >>> print(passed("nothing to compare yet", github=True), end="")
    ::notice title=readoutdiff check::nothing to compare yet
    readoutdiff check: passed: nothing to compare yet
    """
    notice = f"::notice title=readoutdiff check::{escape_data(said)}\n" * github
    return f"{notice}readoutdiff check: passed: {said}\n"


def render_check_github(result: CheckResult) -> str:
    """Return the 10 most severe findings of each kind as annotations, the rest as log lines,
    then a plain summary line.

    >>> from readoutdiff.check import check
    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.check.rules import parse
    >>> old = from_text("They met. They respect core interests.", path="old.txt")
    >>> rules = parse('[[watch]]\\ntext = "core interests"')
    >>> print(render_check_github(check(compare(old, from_text("They met.", path="new.txt")), rules)), end="")
    ::error file=new.txt,line=1,title=readoutdiff%3A watch “core interests”::“core interests” was dropped (old line 1, sentence 2); it must persist
    readoutdiff check: failed: 1 error, 0 warnings (old.txt → new.txt)
    """
    keys = [key.formulas for key in key_changes(result.comparison)] if result.comparison else []
    ranked = sorted(
        (
            (_RANK[outcome.rule.kind], _key_rank(finding, keys), order, finding, outcome.rule.name)
            for order, outcome in enumerate(result.outcomes)
            for finding in outcome.findings
        ),
        key=lambda item: item[:3],
    )
    out: list[str] = []
    for severity in Severity:
        found = [(f, name) for *_, f, name in ranked if f.severity is severity]
        out += [_command(finding, name, result.new) for finding, name in found[:LIMIT]]
        if len(found) > LIMIT:
            out.append(
                f"readoutdiff check: {len(found) - LIMIT} more {severity.value}s "
                f"(GitHub shows {LIMIT} annotations of each kind):"
            )
            out += [_log_line(finding, severity) for finding, _ in found[LIMIT:]]
    out += [_nowhere(outcome, result) for outcome in result.outcomes if _checks_nothing(outcome)]
    notice = "::notice title=readoutdiff check::"
    out += [notice + escape_data(shown_text(note)) for note in comparison_notes(result)]
    errors, warnings = result.count(Severity.ERROR), result.count(Severity.WARNING)
    verdict = "failed" if result.failed else "passed"
    summary = (
        f"readoutdiff check: {verdict}: {errors} error{'s' * (errors != 1)}, "
        f"{warnings} warning{'s' * (warnings != 1)} "
        f"({shown_path(result.old.path)} → {shown_path(result.new.path)})"
    )
    out.append(shown_line(summary))  # a file name cannot start a line of its own
    return "\n".join(out) + "\n"


def _checks_nothing(outcome: Outcome) -> bool:
    """A watch rule whose formula neither readout says: it passes, and no annotation said so,
    where the text view lists it ("ok  watch “…”: not in either readout"); a misspelt text in a
    CI job's rules file passed every run unseen (u62's walk)."""
    return outcome.rule.kind is Kind.WATCH and outcome.summary.startswith(NOT_IN_EITHER)


def _nowhere(outcome: Outcome, result: CheckResult) -> str:
    """A notice on the new readout for a watch rule that checked nothing."""
    properties = [] if result.new.path == "-" else [f"file={_file(result.new.path)}"]
    properties.append(f"title={escape_property(shown_text('readoutdiff: ' + outcome.rule.name))}")
    message = (
        f"{NOT_IN_EITHER} ({shown_path(result.old.path)} → {shown_path(result.new.path)}):"
        " the rule checked nothing; check its text or id"
    )
    return f"::notice {','.join(properties)}::{escape_data(shown_text(message))}"


def _key_rank(finding: Finding, keys: list[tuple[str, ...]]) -> int:
    """The rank of the key change that tells the finding's formula (a change of governing words
    by the formula it governs), else one past the last: the news of the pair first."""
    if finding.formula is None:
        return len(keys)
    # a formula reworded in a passage that did not pair is ``<id>/reworded``, and its key change
    # names ``<id>``: before u55 no such finding took its key change's rank
    own = finding.formula.partition(CONTEXT)[0].removesuffix(REWORDED)
    return next(
        (rank for rank, ids in enumerate(keys) if finding.formula in ids or own in ids), len(keys)
    )


def _command(finding: Finding, rule_name: str, new: Readout) -> str:
    # standard input is no file of the repository: then a plain annotation, on no file
    properties = [] if new.path == "-" else [f"file={_file(new.path)}"]
    # the line is the new readout's (a drop's finding points into the old one, and its own
    # ``extracted`` says so of the old readout): no line when the new one was an HTML page
    if properties and finding.new_line is not None and HTML_NOTE not in new.notes:
        properties.append(f"line={finding.new_line}")
        if finding.new_column is not None:  # one-line bodies: the line alone holds every finding
            properties.append(f"col={finding.new_column}")
    properties.append(f"title={escape_property(shown_text('readoutdiff: ' + rule_name))}")
    message = escape_data(shown_text(finding.message))
    return f"::{finding.severity.value} {','.join(properties)}::{message}"


def _file(path: str) -> str:
    """An annotation's ``file`` property: the readout's path from its repository's root
    (:func:`~readoutdiff.check.since.repository_path`), escaped."""
    return escape_property(shown_text(repository_path(path)))


def _log_line(finding: Finding, severity: Severity) -> str:
    path = shown_path(finding.path)
    where = f"{path}:{finding.line}" if finding.line is not None else path
    return shown_line(f"  {where}: {severity.value}: {escape_data(finding.message)}")
