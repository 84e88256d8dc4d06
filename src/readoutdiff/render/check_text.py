"""The terminal view of ``readoutdiff check``: one line per finding, then one per rule."""

from __future__ import annotations

import re

from readoutdiff.check import CheckResult, Finding
from readoutdiff.check.rules import Severity
from readoutdiff.model import Readout
from readoutdiff.model.figures import said_similarity
from readoutdiff.render.escape import shown_line, shown_path
from readoutdiff.render.labels import dated


def render_check_text(result: CheckResult) -> str:
    """Return the findings as ``path:line: severity: message`` lines (each rule's in the order
    of their lines), the rules and a verdict.

    >>> from readoutdiff.check import check
    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.check.rules import parse
    >>> old = from_text("They respect core interests.", path="old.txt")
    >>> rules = parse('[[watch]]\\ntext = "core interests"')
    >>> print(render_check_text(check(compare(old, from_text("They met.", path="new.txt")), rules)), end="")
    readoutdiff check: old.txt → new.txt (similarity 0.00)
    old.txt:1: error: “core interests” was dropped; it must persist
    <BLANKLINE>
    rules:
      ok      no dropped formulas: none dropped
      ok      no changed formulas: none changed
      FAILED  watch “core interests”: “core interests” was dropped (old line 1); it must persist
    failed: 1 error, 0 warnings
    """
    out = [f"readoutdiff check: {_name(result.old)} → {_name(result.new)} "
           f"(similarity {said_similarity(result.similarity)})"]  # fmt: skip
    out.extend(f"note: {shown_path(readout.path)}: {note}" for readout in (result.old, result.new)
               for note in dated(readout.date, readout.notes)[1])  # fmt: skip
    out.extend(f"note: {note}" for note in comparison_notes(result))
    out.extend(
        _line(finding, result.old, result.new)
        for outcome in result.outcomes
        for finding in in_reading_order(outcome.findings)
    )
    out += ["", "rules:"]
    for outcome in result.outcomes:
        error = outcome.rule.severity is Severity.ERROR
        mark = "ok" if not outcome.broken else "FAILED" if error else "warning"
        out.append(f"  {mark:<7} {outcome.rule.name}: {outcome.summary}")
    errors, warnings = result.count(Severity.ERROR), result.count(Severity.WARNING)
    verdict = "failed" if result.failed else "passed"
    out.append(f"{verdict}: {errors} error{'s' * (errors != 1)}, "
               f"{warnings} warning{'s' * (warnings != 1)}")  # fmt: skip
    return "\n".join(shown_line(line) for line in out) + "\n"


_FINDING = re.compile(r"\S.*?: (?:error|warning): ")
"""A finding's head, ``path:line: severity: `` (the path may hold spaces)."""
_RULE = re.compile(r"  (?:ok|FAILED|warning) +")
"""A rule's line under "rules:", its mark in a column of its own."""
_PLACE = re.compile(r"\(?(?:(?:old|new) line \d+(?:, sentence \d+)?|sentence \d+)\)?")
"""A place a finding's message says, as ``check.apply`` writes it: ``(sentence 6)``, ``(old line
5, sentence 2)``, and a change's two, ``(new line 9, sentence 1; was at old line 7, sentence
3)``: each kept whole on a terminal (ux26: at 80 columns "(sentence" ended a line and "6)"
stood alone under it; rev36: a change's "was at old" ended one and "line 7, sentence 3);"
began the next)."""


def wrap_check_text(text: str, width: int | None) -> str:
    """``text``, the check's terminal view (one check or several: ``--since``, ``--series
    all``), each line broken to ``width`` columns as the pair view breaks its lines: a finding
    (``path:line: severity: message``) goes on under 4 spaces, its head kept whole on the first
    line when it fits, so the place a terminal or an editor reads stays one word; a rule under
    its name's column (10), a note under 6, any other line under 2. A path longer than the
    width stays whole: torn, it could not be copied. None (a file, a pipe, a pager) keeps
    every line whole, to grep (ux24).

    >>> text = "new.txt:7: warning: formula “global food security crisis” changed to “global food insecurity” (sentence 4)\\n"
    >>> print(wrap_check_text(text, 50), end="")
    new.txt:7: warning: formula “global food security
        crisis” changed to “global food insecurity”
        (sentence 4)
    >>> print(wrap_check_text("  ok      no dropped formulas: none dropped\\n", 30), end="")
      ok      no dropped formulas:
              none dropped
    """
    if width is None:
        return text
    from readoutdiff.render.text import wrapped  # a terminal's view alone needs it

    out: list[str] = []
    for line in text.split("\n"):
        head = _FINDING.match(line)
        rule = _RULE.match(line)
        if head is not None:
            out += wrapped(line, width, 4, kept=(head[0].rstrip(), *_PLACE.findall(line)))
        elif rule is not None:
            kept = (rule[0].strip(), *_PLACE.findall(line))
            out += wrapped(line, width, len(rule[0]), kept=kept)
        else:
            out += wrapped(line, width, 6 if line.startswith("note: ") else 2)
    return "\n".join(out)


_SIDE = re.compile(r"(?<![\w'’-])([AB])(?![\w'’-])")
"""A side named as the pair view names it ("A is in English", "at A line 5")."""


def comparison_notes(result: CheckResult) -> list[str]:
    """The comparison's notes, the pair view's ``note:`` lines (the two readouts in two
    languages, one day's readouts that share little, a passage too long to diff), with its
    sides named as ``check`` names them, OLD and NEW (u71: ``check`` said none of them, so a
    check of the two sides' readouts of one call, or of a readout and its translation, read as
    a revision).

    >>> from readoutdiff.check import check
    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.check.rules import DEFAULT
    >>> old, new = from_text("Leaders met in Rome."), from_text("Лидеры встретились в Риме.")
    >>> comparison_notes(check(compare(old, new), DEFAULT))[0]
    'OLD is in English, NEW in Russian: passages paired by meaning'
    """
    if result.comparison is None:
        return []
    return [_SIDE.sub(lambda side: "OLD" if side[1] == "A" else "NEW", note)
            for note in result.comparison.notes]  # fmt: skip


_SENTENCE = re.compile(r"sentence (\d+)\)")


def in_reading_order(findings: tuple[Finding, ...]) -> list[Finding]:
    """A rule's findings in reading order, as a compiler lists its messages: file by file (in
    the order the rule first names them), then by line and the message's sentence ("(sentence
    3)"). The Markdown summary lists each rule's findings so too (u55)."""
    files: dict[object, int] = {}
    for finding in findings:
        files.setdefault(finding.path, len(files))

    def place(finding: Finding) -> tuple[int, int, int]:
        sentence = _SENTENCE.search(finding.message)
        return files[finding.path], finding.line or 0, int(sentence[1]) if sentence else 0

    return sorted(findings, key=place)


def _name(readout: Readout) -> str:
    """A readout's path and date; a date taken from the file name says so there, as the pair
    view says it, not again in a note below ("(2023-07-11)" then "note: …: date 2023-07-11
    taken from the file name" at every readout of a folder named by date)."""
    path = shown_path(readout.path)
    date = dated(readout.date, readout.notes)[0]
    return f"{path} ({date})" if date else path


_SAID_LINE = re.compile(r" \((old|new) line (\d+)(\)|, )")
"""A message's place in a readout: ``(old line 5)``, ``(new line 7, sentence 2)``."""


def _line(finding: Finding, old: Readout, new: Readout) -> str:
    """``path:line: severity: message``; on a readout's own line, the message's "old line N" or
    "new line N" is that line said twice and is left out ("(old line 5, sentence 2)" →
    "(sentence 2)"; a changed or forbidden formula on the new readout's line 7 as well)."""
    path = shown_path(finding.path)
    where = path if finding.line is None else f"{path}:{finding.line}"
    extracted = " (line of the text extracted from the HTML page)" if finding.extracted else ""
    message = finding.message
    side = "old" if finding.path == old.path else "new" if finding.path == new.path else ""
    if finding.line is not None and side:

        def unsaid(match: re.Match[str]) -> str:
            if match[1] != side or int(match[2]) != finding.line:
                return match[0]
            return "" if match[3] == ")" else " ("

        message = _SAID_LINE.sub(unsaid, message)
    return f"{where}: {finding.severity.value}: {message}{extracted}"
