"""The reports of ``readoutdiff check DIR --since REF``: one check per readout added or changed.

Each readout's check is written as ``check`` writes one pair (text, workflow commands, JUnit
test suite, Markdown summary), under a first line naming what ``--since`` found; the JSON is
``readoutdiff-checks/1``, whose ``checks`` are ``readoutdiff-check/1`` documents. A readout
with no predecessor, and a change that adds no readout, pass with a note (``nothing``).

Schema log:

* ``readoutdiff-checks/1``: first version: ``folder``, ``since`` (as given), ``commit`` (the
  commit it names, abbreviated; empty for ``HEAD`` with no commit yet), ``failed``, ``counts``
  (summed over the checks), ``checks`` (one ``readoutdiff-check/1`` document per readout, in
  the folder's order by date) and ``note`` (what was found, or that nothing was). Schema:
  ``readoutdiff/schema/readoutdiff-checks-1.schema.json``.
* ``readoutdiff-checks/1``, key added (ux16): ``added``, the readout files git found added or
  changed, as the first line names them (``checks`` holds fewer when a copy or another
  language's version of a call is checked once, as the readout or call it stands for). The
  schema says "later versions of /1 may add keys, never remove or rename them" (as DESIGN.md's
  JSON contract says of ``readoutdiff/1``), so the version is kept; the key is not required,
  so a document written before it still validates.
* ``readoutdiff-checks/1``, key added (ux20): ``not_checked``, with ``--series NAME`` only: the
  readouts added or changed of another series, left out (each ``path``, ``series`` and
  ``why``; empty when none).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from readoutdiff.check import CheckResult
from readoutdiff.check.rules import Severity
from readoutdiff.render import jsontext
from readoutdiff.render.check_formats import CheckFormat, render_check
from readoutdiff.render.check_github import passed
from readoutdiff.render.escape import shown_line, shown_path

SCHEMA = "readoutdiff-checks/1"
NOTHING = "nothing to check"
"""The name of the one test case of a change that adds or edits no readout."""


@dataclass(frozen=True)
class NotChecked:
    """The readouts ``check DIR --since REF --series NAME`` leaves out: added or changed since
    REF, of another series by file name (``paths``: each path and its series, None when its
    name says none). ux19 named them in a warning on standard error alone, so the report a CI
    job keeps passed, or said "nothing to check", with no word of them; each report names them
    (ux20): the JSON's ``not_checked`` (empty when none), JUnit skipped test cases, a line of the
    text and a paragraph of the summary, a GitHub notice on each file; the line of what was
    found says "no readout of series NAME in DIR" (rev33). ux22 moved their rendering here from
    cli/check.py, which patched the finished reports."""

    name: str
    since: str
    paths: tuple[tuple[str, str | None], ...] = ()

    def why(self, series: str | None) -> str:
        """Why one readout is left out, as a report says it.

        >>> NotChecked("rutte", "main").why(None)
        'added or changed since main, of no series by its file name, not of --series rutte'
        """
        of = f"of series {series}" if series else "of no series by its file name"
        return f"added or changed since {self.since}, {of}, not of --series {self.name}"

    def count(self) -> str:
        """How many, as "2 readouts"."""
        return f"{len(self.paths)} readout{'s' * (len(self.paths) != 1)}"

    def line(self) -> str:
        """The line of the text and GitHub reports naming them all (empty when none)."""
        if not self.paths:
            return ""
        named = ", ".join(f"{path} ({series or 'no series'})" for path, series in self.paths)
        return "readoutdiff check: " + shown_line(
            f"not checked: {self.count()} added or changed since {self.since} of another"
            f" series than --series {self.name}: {named}"
        ) + "\n"  # fmt: skip

    def notices(self) -> str:
        """A GitHub notice on each file left out, then :meth:`line`."""
        from readoutdiff.render.check_github import escape_data, escape_property

        return "".join(
            f"::notice file={escape_property(path)},title=readoutdiff check::"
            f"{escape_data('not checked: ' + self.why(series))}\n"
            for path, series in self.paths
        ) + self.line()  # fmt: skip

    def paragraph(self) -> str:
        """The job summary's paragraph naming them (empty when none)."""
        if not self.paths:
            return ""
        from readoutdiff.render.check_markdown import code

        named = ", ".join(f"{code(path)} ({series or 'no series'})" for path, series in self.paths)
        return (
            f"Not checked: {self.count()} added or changed since {code(self.since)} of another"
            f" series than {code('--series ' + self.name)}: {named}.\n"
        )

    def suite(self, root: ET.Element) -> None:
        """Add a JUnit test suite of one skipped test case per readout left out (none when
        none), counted in ``root``'s ``tests`` and ``skipped``."""
        if not self.paths:
            return
        count = str(len(self.paths))
        suite = ET.SubElement(root, "testsuite", {
            "name": f"readoutdiff check: not of --series {self.name}",
            "tests": count, "failures": "0", "errors": "0", "skipped": count,
        })  # fmt: skip
        for path, series in self.paths:
            case = ET.SubElement(
                suite, "testcase", {"name": path, "classname": "readoutdiff.check"}
            )
            ET.SubElement(case, "skipped", {"message": f"not checked: {self.why(series)}"})
        root.set("tests", str(int(root.get("tests", "0")) + len(self.paths)))
        root.set("skipped", count)

    def json(self) -> list[dict[str, str | None]]:
        """The JSON's ``not_checked``."""
        return [
            {"path": path, "series": series, "why": self.why(series)} for path, series in self.paths
        ]


def found(
    results: Sequence[CheckResult], folder: str, since: str, commit: str,
    name: Callable[[str], str] = shown_path, added: Sequence[str] = (), series: str = "",
) -> str:  # fmt: skip
    """The line naming what ``--since`` found: the readouts added or changed (``added``, as
    git found them; the readouts checked when not given), and how many checks when that is
    another count (a copy added beside its original, or two versions of one call, are checked
    once: fx1 left the line naming the readouts checked, so a copy added was never named), or
    that there are none; ``name`` shows the folder, REF and each readout's path
    (:func:`found_markdown`); ``series``, shown as it is given, the series of ``--series NAME``
    (rev33: with none, "no readout of DIR" was read as of the whole folder).

    >>> found([], "readouts", "main", "1a2b3c4")
    'nothing to check: no readout of readouts added or changed since main (1a2b3c4)'
    >>> found([], "readouts", "HEAD", "")  # a repository with no commit yet
    'nothing to check: no readout of readouts added or changed since HEAD (no commit yet)'
    >>> found([], "readouts", "main", "1a2b3c4", series="rutte")
    'nothing to check: no readout of series rutte in readouts added or changed since main (1a2b3c4)'
    """
    shown = (lambda text: text) if name is shown_path else name
    where = f"since {shown(since)} ({commit or 'no commit yet'})"
    if not results:
        of = f"series {series} in {shown(folder)}" if series else shown(folder)
        return shown_line(f"nothing to check: no readout of {of} added or changed {where}")
    paths = list(added) or [result.new.path for result in results]
    names = ", ".join(map(name, paths))
    count = f"{len(paths)} readout{'s' * (len(paths) != 1)}"
    checks = "" if len(paths) == len(results) else (
        f"; {len(results)} check{'s' * (len(results) != 1)}: a copy of a readout, or another"
        " language's version of a call, is checked once, as the readout or call it stands for"
    )  # fmt: skip
    return shown_line(f"{count} of {shown(folder)} added or changed {where}: {names}{checks}")


def found_markdown(
    results: Sequence[CheckResult], folder: str, since: str, commit: str,
    added: Sequence[str] = (), series: str = "",
) -> str:  # fmt: skip
    """:func:`found` for the job summary: the folder, REF and file names as code spans, as the
    per-check summaries quote paths (rev19: a name holding ``*`` or ``[`` restyled the line).

    >>> found_markdown([], "read*outs", "main", "1a2b3c4")
    'nothing to check: no readout of `read*outs` added or changed since `main` (1a2b3c4)'
    """
    from readoutdiff.render.check_markdown import code

    shown = code(series) if series else ""
    return found(results, folder, since, commit, lambda text: code(shown_path(text)), added, shown)


def render_checks(
    results: Sequence[CheckResult], output_format: CheckFormat, *, folder: str, since: str,
    commit: str, added: Sequence[str] = (), not_checked: NotChecked | None = None,
) -> str:  # fmt: skip
    """Return every check of ``results`` in ``output_format``, after the line of :func:`found`
    (``added``: the readouts git found added or changed; ``not_checked``: with ``--series``,
    those of other series left out)."""
    series = not_checked.name if not_checked is not None else ""
    said = found(results, folder, since, commit, added=added, series=series)
    if output_format is CheckFormat.JSON:
        where = {"folder": folder, "since": since, "commit": commit}
        return _json(results, where, said, added, not_checked)
    if output_format is CheckFormat.JUNIT:
        from readoutdiff.render.check_junit import add_suite, written

        root = ET.Element("testsuites", {"name": "readoutdiff check"})
        counts = [add_suite(root, result) for result in results]
        if not results:  # one passed test case: a dashboard shows the job ran and why
            counts.append((1, 0))
            suite = ET.SubElement(root, "testsuite", {
                "name": f"readoutdiff check {shown_path(folder)} since {since}",
                "tests": "1", "failures": "0", "errors": "0", "skipped": "0",
            })  # fmt: skip
            case = ET.SubElement(
                suite, "testcase", {"name": NOTHING, "classname": "readoutdiff.check"}
            )
            ET.SubElement(case, "system-out").text = said
        tests, failures = (sum(column) for column in zip(*counts, strict=True))
        root.attrib.update({"tests": str(tests), "failures": str(failures), "errors": "0"})
        if not_checked is not None:
            not_checked.suite(root)
        return written(root)
    github = output_format is CheckFormat.GITHUB
    left = "" if not_checked is None else not_checked.notices() if github else not_checked.line()
    if github:  # the notices and the line first
        return left + _lines(results, said, output_format)
    text = _lines(results, said, output_format)
    head, _, rest = text.partition("\n")  # the line after the first
    return f"{head}\n{left}{rest}"


def _lines(results: Sequence[CheckResult], said: str, output_format: CheckFormat) -> str:
    """The text or GitHub report: the line of :func:`found`, then each check."""
    github = output_format is CheckFormat.GITHUB
    if not results:
        return passed(said, github)
    parts = [f"readoutdiff check: {said}\n"]
    for result in results:
        parts.append(
            passed(result.nothing, github)
            if result.nothing
            else render_check(result, output_format)
        )
    return ("" if github else "\n").join(parts)


def render_checks_markdown(
    results: Sequence[CheckResult], *, folder: str, since: str, commit: str,
    added: Sequence[str] = (), not_checked: NotChecked | None = None,
) -> str:  # fmt: skip
    """Return the job summary: what ``--since`` found (and, with ``--series``, a paragraph
    naming the readouts of other series left out), then each check's summary."""
    from readoutdiff.render.check_markdown import nothing_summary, prose, render_check_markdown

    series = not_checked.name if not_checked is not None else ""
    said = found_markdown(results, folder, since, commit, added, series)
    left = not_checked.paragraph() if not_checked is not None else ""
    if not results:
        return nothing_summary(said, NOTHING) + (f"\n{left}" if left else "")
    parts = [f"{said}.\n" + (f"\n{left}" if left else "")]
    for result in results:
        if result.nothing:
            parts.append(nothing_summary(prose(result.nothing)))
        else:
            parts.append(render_check_markdown(result))
    return "\n".join(parts)


def _json(
    results: Sequence[CheckResult], where: dict[str, str], said: str, added: Sequence[str],
    not_checked: NotChecked | None,
) -> str:  # fmt: skip
    """The ``readoutdiff-checks/1`` document; ``added``: the readouts git found added or
    changed (the readouts checked when not given, as :func:`found` names them)."""
    left = {} if not_checked is None else {"not_checked": not_checked.json()}
    document = {
        "schema": SCHEMA,
        **where,
        "added": list(added) or [result.new.path for result in results],
        **left,
        "failed": any(result.failed for result in results),
        "counts": {
            severity.value: sum(result.count(severity) for result in results)
            for severity in Severity
        },
        "checks": [json.loads(render_check(result, CheckFormat.JSON)) for result in results],
        "note": said,
    }
    return jsontext.dumps(document, end="\n")
