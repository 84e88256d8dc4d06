"""``readoutdiff check``: the command-line end of :mod:`readoutdiff.check` (registered by ``app.py``).

It parses arguments, calls :func:`readoutdiff.check.run`, writes the chosen
format and exits 1 when a rule with severity error is broken.
"""

# No "from __future__ import annotations" here: typer reads the command signatures on every
# run, and each annotation kept as a string costs an eval (7 ms a run for the four commands).

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from readoutdiff.cli.options import (
    LexiconOption,
    MaxSizeOption,
    NoBackgroundOption,
    NoBuiltinOption,
    NoMiningOption,
    OutputOption,
)
from readoutdiff.cli.output import refuse_unwritable, write_stdout
from readoutdiff.cli.series import ALL, series_option
from readoutdiff.cli.shared import (
    append_file,
    note_date_order,
    refuse_dash,
    refuse_shared_outputs,
    refuse_writing_inputs,
    run_options,
    say_terminal_waits,
    tell,
    to_stdout,
    warn,
    warn_copy,
    warn_named_otherwise,
    warn_our_reports,
    warn_pair_series,
    warn_same_file,
    write_file,
)
from readoutdiff.errors import ExitCode
from readoutdiff.records.replacing import replace
from readoutdiff.render.check_formats import CheckFormat

if TYPE_CHECKING:
    from collections.abc import Callable

    from readoutdiff.check.outcome import CheckResult
    from readoutdiff.check.rules import Rules
    from readoutdiff.ingest.readout_paths import Skipped
    from readoutdiff.model import Options, Readout


_Paths = Annotated[
    list[str],
    typer.Argument(
        metavar="OLD NEW | DIR",
        help="Two readouts (old, new), or a folder: only its newest readout, against the one before"
        " (with --since REF: each readout added or changed since REF).",
    ),
]
_RulesFile = Annotated[
    Path | None,
    typer.Option(
        "--rules",
        metavar="FILE",
        help="Rules (TOML); default: warn on dropped and changed formulas.",
    ),
]
_Format = Annotated[
    CheckFormat,
    typer.Option(
        "--format",
        "-f",
        metavar="[text|json|github|junit]",
        help="text, json, github (workflow commands) or junit.",
    ),
]
_JunitFile = Annotated[
    Path | None,
    typer.Option("--junit", metavar="FILE", help="Also write JUnit XML to FILE.", readable=False),
]
_JsonFile = Annotated[
    Path | None,
    typer.Option(
        "--json",
        metavar="FILE",
        help="Also write readoutdiff-check/1 JSON to FILE (readoutdiff-checks/1 with --since).",
        readable=False,
    ),
]
_SummaryFile = Annotated[
    Path | None,
    typer.Option(
        "--summary",
        metavar="FILE",
        help="Append a Markdown summary to FILE (e.g. $GITHUB_STEP_SUMMARY).",
        readable=False,  # an output: typer's default read check refused a write-only file
    ),
]
_Since = Annotated[
    str | None,
    typer.Option(
        "--since",
        metavar="REF",
        help="With DIR: check every readout of the folder added or changed since the git commit"
        " REF (a commit, branch or tag: a pull request's base), each against the one before it"
        " by date (in its own series when the file names say several), instead of the newest"
        ' pair. "Since REF" means since the merge base of REF'
        " and HEAD (as git diff REF...HEAD) up to the files as they are. In CI, fetch the"
        " history (actions/checkout: fetch-depth: 0).",
    ),
]


_SeriesName = Annotated[
    str | None,
    series_option(
        "With DIR whose file names say several series (SERIES__YYYY-MM-DD__...), as"
        " readoutdiff series reads them: check series NAME's newest pair (with the series"
        " naming one of its participants; a participant's name alone picks its series) or"
        " all: each series' newest pair in turn, exit 1 when one fails, -o/--json/--junit"
        " FILE written once a series as FILE with the series' name before its suffix"
        " (--summary appended to). A series of one readout has nothing to compare yet and"
        " passes. Without it, the newest readout's series. With --since REF: only series"
        " NAME's readouts added or changed (not all); those of other series are named as not"
        " checked in each report (JSON not_checked, JUnit skipped)."
    ),
]


def check_command(
    paths: _Paths,
    rules_file: _RulesFile = None,
    output_format: _Format = CheckFormat.TEXT,
    output: OutputOption = None,
    junit: _JunitFile = None,
    json_file: _JsonFile = None,
    summary: _SummaryFile = None,
    since: _Since = None,
    series_name: _SeriesName = None,
    max_size: MaxSizeOption = 16,
    lexicon: LexiconOption = None,
    no_builtin_lexicon: NoBuiltinOption = False,
    no_mining: NoMiningOption = False,
    no_background: NoBackgroundOption = False,
) -> None:
    """Check the new readout against rules (exit 1 when an error rule is broken).

    A folder is checked as a CI job meets it when a readout is added: its newest readout
    against the one before, and only that pair (each older pair was the newest once); its
    older readouts tell which mined phrases recur. Every readout of a folder, each against
    the one before: readoutdiff series DIR. With --since REF (a commit, branch or tag: a pull
    request's base), each readout of the folder that git says was added or changed since the
    merge base of REF and HEAD is checked against the one before it by date. A folder of
    several series by file name is read as the newest readout's series; a newest readout that
    is the first of its series has nothing to compare yet and passes, as with --since;
    --series NAME checks another series of the folder, --series all each in turn.

    Two language versions of one call (dated at most a day apart) are one meeting, as in
    readoutdiff series: the folder's check reads the one in its majority language and names
    the other in a note.
    """
    from readoutdiff.check import rules
    from readoutdiff.check.pair import refuse_missing_folder

    output = to_stdout(output)
    given = {"--junit": junit, "--json": json_file, "--summary": summary}
    refuse_dash(given, "the chosen --format")
    refuse_shared_outputs({"-o": output, **given})
    refuse_unwritable((output, junit, json_file, summary))
    refuse_missing_folder(paths)  # before the rules file, which may lie in that folder
    chosen = rules.load(rules_file) if rules_file is not None else rules.DEFAULT
    options = run_options(lexicon, no_builtin_lexicon, no_mining, no_background)
    outputs = [output, junit, json_file, summary]
    if since is not None and series_name == ALL:
        from readoutdiff.errors import ReadoutError

        raise ReadoutError(
            "--since checks each readout added in its own series by file name already: leave"
            " --series all out, or give --series NAME to check the readouts added to one series"
        )
    if since is not None:
        failed = _since(
            paths, since, chosen, options, output_format, outputs, max_size * 1024**2, series_name
        )
        if failed:
            raise typer.Exit(ExitCode.DIFFERENT)
        return
    if series_name is not None:
        _refuse_series_misuse(paths, series_name, output_format, output)
    folder = _Folder(paths, chosen, options, max_size * 1024 * 1024)
    if _only_one_readout(paths, folder, chosen, options, output_format, outputs):
        return
    if series_name is not None and folder.loaded is not None:
        if _each_series(paths, series_name, folder, chosen, options, output_format, outputs):
            raise typer.Exit(ExitCode.DIFFERENT)
        return
    if _check_pair(paths, folder, folder.loaded, chosen, options, output_format, outputs):
        raise typer.Exit(ExitCode.DIFFERENT)


def _check_pair(
    paths: list[str], folder: "_Folder", loaded: "list[Readout] | None", chosen: "Rules",
    options: "Options", output_format: CheckFormat, outputs: list[Path | None],
) -> bool:  # fmt: skip
    """Check ``OLD NEW``, or the newest pair of the folder's readouts ``loaded`` (all of them,
    or one series' under ``--series``); write the reports; return whether the check failed."""
    from readoutdiff.check import run
    from readoutdiff.render.check_formats import render_check

    output, junit, json_file, summary = outputs
    if len(paths) == 2 and "-" in paths:
        say_terminal_waits()  # the check's library reads it
    result = run(paths, chosen, options=options, max_bytes=folder.max_bytes, loaded=loaded)
    _refuse_writing_readouts(paths, result, outputs, folder.files)
    if result.nothing:  # the newest readout is the first of its series: as --since says (ux16)
        from readoutdiff.render.escape import shown_line

        result = replace(result, nothing=shown_line(result.nothing))
        _nothing_compared(result, output_format, outputs, folder.skipped)
        return False
    if len(paths) == 2:
        warn_same_file(paths[0], paths[1], old="OLD", new="the newer readout as NEW")
        warn_copy(result.old, result.new, old="OLD", new="the newer readout as NEW")  # fix8
        note_date_order(result.old, result.new, old="OLD", new="NEW")  # `check NEW OLD` (fix4)
        warn_pair_series(result.old, result.new, old="OLD", new="NEW")  # two meetings (ux20)
    else:  # a folder's newest pair: of one series by name, else asked of the texts (ux23)
        warn_pair_series(result.old, result.new, old=result.old.path, new=result.new.path)
    if folder.files:
        warn_our_reports(folder.skipped)  # as `series DIR` does
    rendered = render_check(result, output_format)
    if output is not None:
        write_file(output, rendered)
        warn_named_otherwise(output, output_format.value, tuple(CheckFormat))  # once written
    _write_other_formats(result, junit, json_file, summary)
    if output is None:
        write_stdout(_on_screen(rendered, output_format))
    return result.failed


def _refuse_series_misuse(
    paths: list[str], name: str, output_format: CheckFormat, output: Path | None
) -> None:
    """Refuse ``--series`` where it means nothing, each in one line (exit 2): with ``OLD NEW``
    (two files say their series), with ``--since`` (which checks each readout added in its own
    series already; checked first, where --since is read), and ``--series all`` writing JSON
    or JUnit to standard output (one document a series: they would run together)."""
    from readoutdiff.errors import ReadoutError

    if len(paths) != 1 or not Path(paths[0]).is_dir():
        raise ReadoutError(
            f"--series {name} reads one series of a folder: readoutdiff check DIR --series NAME|all"
        )
    if name == "all" and output is None and output_format in (CheckFormat.JSON, CheckFormat.JUNIT):
        raise ReadoutError(
            f"--series all writes one {output_format.value} report a series: give -o FILE,"
            " written once a series as FILE with the series' name before its suffix"
        )


def _each_series(
    paths: list[str], name: str, folder: "_Folder", chosen: "Rules", options: "Options",
    output_format: CheckFormat, outputs: list[Path | None],
) -> bool:  # fmt: skip
    """``check DIR --series NAME|all``: the newest pair of series NAME, or of each series in
    turn, read from the file names as ``readoutdiff series --series`` reads them
    (:func:`readoutdiff.cli.series.named_series`: the same names, errors and warnings), each
    under a line naming it with ``all``; a series of one readout has nothing to compare yet
    (it passes, as a folder's first readout does). ``-o``, ``--json`` and ``--junit`` are
    written once a series under ``all``, named as ``series --series all`` names its files;
    ``--summary`` is appended to. Return whether a check failed. ux17 gave ``series`` the
    option; ``check DIR`` read the newest readout's series only (ux18)."""
    from readoutdiff.check.pair import first_readout
    from readoutdiff.cli.series import named_file, named_series, series_heading
    from readoutdiff.render.escape import shown_line
    from readoutdiff.series.build import once

    assert folder.loaded is not None  # a folder of two readouts or more
    groups = named_series(folder.loaded, name, None, firsts=True)
    failed = False
    for number, (said, readouts) in enumerate(groups):
        if said is not None:
            heading = series_heading(readouts, number, len(groups))
            write_stdout(("\n" if number else "") + _on_screen(heading, output_format))
        mine = [
            output
            if said is None or output is None
            else named_file(output, said, tuple(folder.files))
            for output in outputs[:3]
        ]
        kept = once(readouts)
        if number:  # a report readoutdiff wrote in the folder is named once, not a series
            folder.skipped = []
        if len(kept) > 1:
            failed |= _check_pair(
                paths, folder, readouts, chosen, options, output_format, [*mine, outputs[3]]
            )
            continue
        from readoutdiff.check.pair import and_, series_named

        names = and_(sorted({series_named(readout.path) or "" for readout in readouts}))
        result = first_readout(f"{names} in {paths[0]}", kept[0], chosen)
        result = replace(result, nothing=shown_line(str(result.nothing)))
        _refuse_writing_readouts(paths, result, [*mine, outputs[3]], folder.files)
        _nothing_compared(result, output_format, [*mine, outputs[3]], [])
    return failed


class _Folder:
    """``check DIR``'s folder, listed once and its readouts read once (branch fix4: the listing,
    which reads every file's head, was made four times, and a folder whose files all had one
    size was read twice, to look for copies and then to compare): its readout ``files``, the
    files ``skipped``, and the readouts ``loaded`` by date when there are two or more (None
    otherwise, and for ``OLD NEW``). A copy of a readout among them is named on standard error,
    as ``series DIR`` names it, unless the folder holds one meeting only (its note names them)."""

    def __init__(self, paths: list[str], chosen: "Rules", options: "Options", max_bytes: int):
        self.files: list[str] = []
        self.skipped: list[Skipped] = []
        self.loaded: list[Readout] | None = None
        self.max_bytes = max_bytes
        if len(paths) != 1 or not Path(paths[0]).is_dir():
            return
        from readoutdiff.check.pair import folder_readouts, listing, refuse_unknown_ids

        self.files, self.skipped = listing(paths[0])
        if len(self.files) < 2:
            return
        refuse_unknown_ids(chosen, options)  # a bad rules file is found before any readout
        self.loaded = folder_readouts(self.files, max_bytes)
        _warn_copies(self.loaded)
        _warn_undated(self.loaded)

    def one_meeting(self) -> "tuple[Readout, list[Readout]] | None":
        """The one readout of a folder whose files all hold it (the same bytes and date: copies,
        read once, :func:`~readoutdiff.series.build.once`), and its copies; else None. One
        meeting saved twice is a first readout, as ``check DIR --since`` reads it (rev18: it
        stopped the run with exit status 2, where the readout alone passed)."""
        from readoutdiff.series.build import once

        if self.loaded is None:
            return None
        kept = once(self.loaded)
        if len(kept) != 1:
            return None
        return kept[0], [readout for readout in self.loaded if readout is not kept[0]]


def _warn_copies(readouts: "list[Readout]") -> None:
    """Name a copy of a readout among a folder's ``readouts`` on standard error, as ``series
    DIR`` names it (``check DIR`` and ``check DIR --since``), unless the folder holds one
    meeting only: the first readout's note names its copies then."""
    from readoutdiff.series.build import copies_said, once

    warn(copies_said(readouts, "the check") if len(once(readouts)) > 1 else "")


def _warn_undated(readouts: "list[Readout]", folder: "list[Readout] | None" = None) -> None:
    """Name on standard error each readout whose file name's date was refused, and why, as
    ``series DIR`` does (``check DIR``, and ``check DIR --since`` for the readouts it compares,
    of the ``folder`` read; fix5), or that has no date at all among dated readouts (ux15):
    such a readout is ordered as undated, first."""
    from readoutdiff.series.build import undated_said

    warn(undated_said(readouts, "the check", folder))


def _only_one_readout(
    paths: list[str],
    folder: _Folder,
    chosen: "Rules",
    options: "Options",
    output_format: CheckFormat,
    outputs: list[Path | None],
) -> bool:
    """``check DIR`` on a folder of one readout: the first readout committed to a folder that a
    CI job or the pre-commit hook checks. There is nothing to compare yet, and nothing wrong:
    say so and pass (exit 0), where it stopped the commit or failed the job with exit 2 (u62's
    walk). The rules file and its ids are read all the same, so a bad one is found now.
    ``outputs`` (``-o``, ``--junit``, ``--json``, ``--summary``) are written all the same, each
    saying nothing was compared (a JUnit file of one passed test case "nothing to compare
    yet", JSON with ``compared: false`` and the note): a CI step that always uploads the
    JUnit file found none (branch fix2). The warnings a folder of two or more readouts gives
    are given too: a report readoutdiff wrote in the folder, passed over, and an ``-o`` file
    named for another format (branch rev14)."""
    if not folder.files:
        return False
    from readoutdiff.check import CheckResult
    from readoutdiff.check.pair import refuse_unknown_ids
    from readoutdiff.ingest import load
    from readoutdiff.render.escape import shown_line

    files = folder.files
    alone = folder.one_meeting()
    if len(files) != 1 and alone is None:
        return False
    refuse_unknown_ids(chosen, options)
    refuse_writing_inputs([*paths, *files], outputs, "a readout of the folder")
    readout, copies = alone or (load(files[0], max_bytes=folder.max_bytes), [])
    named = ", ".join(copy.path for copy in copies)
    also = f", and a copy of it: {named}" if len(copies) == 1 else (
        f", and {len(copies)} copies of it: {named}" if copies else ""
    )  # fmt: skip
    said = shown_line(
        f"nothing to compare yet: {paths[0]} holds one readout ({readout.path}{also}); a check"
        " compares the newest readout with the one before, from the second readout on"
    )
    result = CheckResult(
        old=readout, new=readout, similarity=1.0, outcomes=(), rules_path=chosen.path,
        nothing=said,
    )  # fmt: skip
    _nothing_compared(result, output_format, outputs, folder.skipped)
    return True


def _nothing_compared(
    result: "CheckResult",
    output_format: CheckFormat,
    outputs: list[Path | None],
    skipped: "list[Skipped]",
) -> None:
    """Write a check that compared nothing (``result.nothing`` says why: a folder of one
    readout, or whose newest readout is the first of its series) as it passes: the line of
    text (a ``::notice`` too with github), else the report chosen with the line on standard
    error; and every report asked for (:func:`_only_one_readout`)."""
    from readoutdiff.render.check_formats import render_check
    from readoutdiff.render.check_github import passed
    from readoutdiff.render.check_markdown import nothing_summary, prose

    said = result.nothing
    if output_format in (CheckFormat.TEXT, CheckFormat.GITHUB):
        shown = passed(said, output_format is CheckFormat.GITHUB)
    else:  # the report says it; standard error too, as no line of text says it
        shown = render_check(result, output_format)
        tell("note", said)
    warn_our_reports(skipped)  # as a folder of two or more does (rev14)
    _write_reports(
        outputs, output_format, shown, lambda chosen: render_check(result, chosen),
        nothing_summary(prose(said)),
    )  # fmt: skip


def _since(
    paths: list[str],
    since: str,
    chosen: "Rules",
    options: "Options",
    output_format: CheckFormat,
    outputs: list[Path | None],
    max_bytes: int,
    series_name: str | None = None,
) -> bool:
    """``check DIR --since REF``: check each readout of the folder added or changed since REF
    (git's word), against the one before it by date; return whether a check failed. A pull
    request that adds a readout dated before the folder's newest is checked on that readout,
    where ``check DIR`` checks the newest pair (u62's walk). ``--series NAME`` (ux19) keeps
    the readouts added or changed of series NAME by file name (each still checked against the
    one before it in its own series); ux18 refused the two together."""
    from readoutdiff.check.pair import folder_readouts, listing, refuse_unknown_ids
    from readoutdiff.check.since import (
        changed_readouts,
        merged_since,
        not_in_submodules,
        not_searched,
        run_since,
    )
    from readoutdiff.errors import ReadoutError
    from readoutdiff.render.check_since import render_checks, render_checks_markdown
    from readoutdiff.render.escape import shown_line

    if len(paths) != 1 or not Path(paths[0]).is_dir():
        raise ReadoutError("--since takes a folder: readoutdiff check DIR --since REF")
    folder = paths[0]
    files, skipped = listing(folder)  # once: a listing reads every file's head (fix4)
    changed, commit, below, submodules, merged = changed_readouts(folder, since, files)
    others: list[str] = []
    if series_name is not None:  # by the file names alone: nothing is read to choose them
        from readoutdiff.cli.series import series_files

        chosen_files = set(series_files(files, series_name))
        others = [path for path in changed if path not in chosen_files]
        changed = [path for path in changed if path in chosen_files]
        shown_here = outputs[0] is None and output_format in (CheckFormat.TEXT, CheckFormat.GITHUB)
        if others and not shown_here:  # a text report on the terminal names them (NotChecked)
            some = f"{len(others)} readout{'s' * (len(others) != 1)}"
            warn(
                f"--series {series_name}: {some} added or changed since {since} of another"
                f" series, not checked: {', '.join(others)}"
            )
    refuse_writing_inputs([*paths, *files], outputs, "a readout of the folder")
    loaded = None
    if changed:  # else the folder is not read (rev19); a copy is named as `check DIR` names it
        refuse_unknown_ids(chosen, options)  # a bad rules file is found before any readout
        loaded = folder_readouts(files, max_bytes)
        _warn_copies(loaded)
    checks = run_since(
        folder, changed, chosen, options=options, max_bytes=max_bytes, files=files, loaded=loaded
    )
    results = [  # a first readout's note names files: spelled out as `check DIR`'s is
        replace(result, nothing=shown_line(result.nothing)) if result.nothing else result
        for result in checks
    ]
    warn_our_reports(skipped)  # as `check DIR` does
    compared = {r.path: r for result in checks for r in (result.old, result.new)}  # each once
    _warn_undated(list(compared.values()), loaded)  # a name refused, as `check DIR`
    if below:  # not checked: the run must not pass as though they were (rev16)
        warn(not_searched(folder, below))
    if merged:  # REF may lag the base: the base's own readouts are checked too (chk4)
        named = (
            commit if len(since) > len(commit) and not since.strip("0123456789abcdef") else since
        )
        warn(merged_since(named, merged))
    if submodules:  # another repository's readouts: named, as those of a subfolder are (chk4)
        warn(not_in_submodules(folder, since, submodules))
    where = {"folder": folder, "since": since, "commit": commit}
    left = None
    if series_name is not None:  # each report names them (ux20), as render/ writes it (ux22)
        from readoutdiff.check.pair import series_named
        from readoutdiff.render.check_since import NotChecked

        kept = tuple((path, series_named(path)) for path in others)
        left = NotChecked(series_name, since, kept)

    def rendered(chosen: CheckFormat) -> str:
        return render_checks(results, chosen, **where, added=changed, not_checked=left)

    summary = (
        render_checks_markdown(results, **where, added=changed, not_checked=left)
        if outputs[3] is not None
        else ""
    )
    _write_reports(outputs, output_format, rendered(output_format), rendered, summary)
    return any(result.failed for result in results)


def _write_reports(
    outputs: list[Path | None],
    output_format: CheckFormat,
    shown: str,
    render: "Callable[[CheckFormat], str]",
    summary_text: str,
) -> None:
    """Write ``shown`` (the chosen format) to ``-o`` or standard output, and the ``--junit``,
    ``--json`` and ``--summary`` files asked for (``render`` makes a format) of a check that is
    not one pair: a folder's first readout, or ``--since``'s checks."""
    output, junit, json_file, summary = outputs
    if output is not None:
        write_file(output, shown)
        warn_named_otherwise(output, output_format.value, tuple(CheckFormat))  # once written
    else:
        write_stdout(_on_screen(shown, output_format))
    if junit is not None:
        write_file(junit, render(CheckFormat.JUNIT))
    if json_file is not None:
        write_file(json_file, render(CheckFormat.JSON))
    if summary is not None:
        append_file(summary, summary_text)


def _on_screen(text: str, output_format: CheckFormat) -> str:
    """``text`` broken to the terminal's width when it is the text view and standard output is
    a terminal (ux24: its lines ran past 60 and 80 columns), else as it is: a file, a pipe or
    a pager gets every line whole, to grep."""
    if output_format is not CheckFormat.TEXT:
        return text
    from readoutdiff.cli.diff_run import terminal_width
    from readoutdiff.render.check_text import wrap_check_text

    return wrap_check_text(text, terminal_width(None))


def _refuse_writing_readouts(
    paths: list[str], result: "CheckResult", outputs: list[Path | None], files: list[str]
) -> None:
    """Refuse an output that would overwrite a readout compared, or any readout of the folder
    (``files``)."""
    refuse_writing_inputs([*paths, result.old.path, result.new.path], outputs)
    if files:  # the folder's older readouts too
        refuse_writing_inputs(files, outputs, "a readout of the folder")


def _write_other_formats(
    result: "CheckResult", junit: Path | None, json_file: Path | None, summary: Path | None
) -> None:
    """Write the JUnit and JSON files asked for, and append the Markdown summary."""
    from readoutdiff.render.check_formats import render_check

    if junit is not None:
        write_file(junit, render_check(result, CheckFormat.JUNIT))
    if json_file is not None:
        write_file(json_file, render_check(result, CheckFormat.JSON))
    if summary is not None:
        from readoutdiff.render.check_markdown import render_check_markdown

        append_file(summary, render_check_markdown(result))
