"""``readoutdiff series PATH...``: the command-line end of :mod:`readoutdiff.series`.

Like ``app.py`` (which registers this command), it parses arguments, calls the library, writes
the files asked for and draws a progress bar; the logic lives in :mod:`readoutdiff.series`,
:mod:`readoutdiff.ingest.readout_paths` and the ``render.series_*`` modules.
"""

# No "from __future__ import annotations" here: typer reads the command signatures on every
# run, and each annotation kept as a string costs an eval (7 ms a run for the four commands).

import os
import sys
import time
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from readoutdiff.cli.options import (
    LexiconOption,
    MaxSizeOption,
    NoBackgroundOption,
    NoBuiltinOption,
    NoMiningOption,
    StampOption,
)
from readoutdiff.cli.output import NewFolder, refuse_unwritable, write_stdout
from readoutdiff.cli.shared import (
    now,
    read_readout,
    refuse_dash,
    refuse_shared_outputs,
    run_options,
    stream_width,
    warn,
    warn_skipped,
    write_file,
)
from readoutdiff.errors import InputError, ReadoutError

if TYPE_CHECKING:
    from readoutdiff.ingest.readout_paths import Expansion
    from readoutdiff.model import Comparison, Readout
    from readoutdiff.series import Order, Series

_BAR_AFTER = 1.0
"""Seconds before a progress bar shows: quick series stay quiet."""
_BAR = 30
"""The progress bar's characters, fewer on a terminal too narrow for them and its count."""


class OrderChoice(StrEnum):
    """``--order``: the values of :class:`readoutdiff.series.Order`, without loading the engine."""

    DATE = "date"
    GIVEN = "given"


class Pairs(StrEnum):
    """Where the HTML timeline keeps the side-by-side report of each pair."""

    INLINE = "inline"  #: in the same file
    FOLDER = "folder"  #: one file each, in a folder beside it


_Paths = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH...",
        help="Readout files, directories (not searched recursively: name a subfolder too) or glob patterns.",
    ),
]
_HtmlFile = Annotated[
    Path | None,
    typer.Option(
        "--html", metavar="FILE", help="Write the HTML timeline to FILE.", readable=False
    ),  # an output: typer's default read check refused a write-only file
]
_JsonFile = Annotated[
    Path | None,
    typer.Option(
        "--json", metavar="FILE", help="Write readoutdiff-series/1 JSON to FILE.", readable=False
    ),
]
_CsvFile = Annotated[
    Path | None,
    typer.Option(
        "--csv", metavar="FILE", help="Write one CSV row per formula and meeting.", readable=False
    ),
]
_PairsChoice = Annotated[
    Pairs,
    typer.Option(
        "--pairs",
        metavar="[inline|folder]",
        help="Keep the pair reports of --html inline (one file) or in a folder FILE.pairs/.",
    ),
]
_Order = Annotated[
    OrderChoice,
    typer.Option(
        "--order",
        metavar="[date|given]",
        help="Order by date (an undated readout is an error) or as given.",
    ),
]


def series_option(help_text: str) -> Any:
    """The ``--series NAME|all`` option of ``series`` and ``check DIR`` (one name, one metavar:
    ``check`` reads a folder's series as ``series`` does, ux18), with the command's help."""
    return typer.Option("--series", metavar="NAME|all", help=help_text)


_SeriesName = Annotated[
    str | None,
    series_option(
        "Of readouts whose file names say several series (SERIES__YYYY-MM-DD__...), read"
        " series NAME (with the series naming one of its participants; a participant's"
        " name alone picks its series) or all: each series in turn, --html/--json/--csv"
        " FILE written once a series as FILE with the series' name before its suffix."
        " Without it, a folder is read as its newest readout's series; the warning lists"
        " the names."
    ),
]

ALL = "all"
"""``--series all``: every series of the readouts in turn."""


def series_command(
    paths: _Paths,
    html: _HtmlFile = None,
    json_file: _JsonFile = None,
    csv_file: _CsvFile = None,
    pairs: _PairsChoice = Pairs.INLINE,
    order: _Order = OrderChoice.DATE,
    series_name: _SeriesName = None,
    max_size: MaxSizeOption = 16,
    lexicon: LexiconOption = None,
    no_builtin_lexicon: NoBuiltinOption = False,
    no_mining: NoMiningOption = False,
    no_background: NoBackgroundOption = False,
    stamp: StampOption = False,
) -> None:
    """Follow formulas across a series of readouts, each compared with the one before.

    Two language versions of one call (dated at most a day apart) are one meeting: the series
    reads the one in its majority language and leaves the other out, saying so in a warning
    and in the meeting's notes. A folder whose file names say several series
    (SERIES__YYYY-MM-DD__...) is read as the newest readout's series, a warning naming the
    readouts left out and the series' names; files or globs named are read as given.
    --series NAME reads one series of them, --series all each in turn.
    """
    if html is None and (stamp or pairs is not Pairs.INLINE):
        given = "--stamp" if stamp else "--pairs folder"
        raise ReadoutError(f"{given} shapes the HTML timeline: give --html FILE with it")
    refuse_dash({"--html": html, "--json": json_file, "--csv": csv_file}, "the series table")
    refuse_shared_outputs({"--html": html, "--json": json_file, "--csv": csv_file})
    refuse_unwritable((html, json_file, csv_file))
    from readoutdiff.ingest.reading import refuse_shared_streams
    from readoutdiff.render.series_text import no_rows_said, render_series_text
    from readoutdiff.series import Order, build_series

    refuse_shared_streams(paths)  # before expand, which would keep one of two '-'
    files = _series_files(
        paths, exclude=[str(p) for p in (html, json_file, csv_file) if p], max_size=max_size
    )
    refuse_shared_streams(files)
    loaded = _load(paths, files, max_size * 1024 * 1024)
    groups: list[tuple[str | None, list[Readout]]] = (
        [(None, _newest_series(paths, loaded))]
        if series_name is None
        else named_series(loaded, series_name, Order(order.value))
    )
    del loaded
    when = now() if stamp else None
    options = run_options(lexicon, no_builtin_lexicon, no_mining, no_background)
    from readoutdiff.cli.diff_run import terminal_width

    total = len(groups)
    for number in range(total):
        name, readouts = groups.pop(0)  # each series' readouts freed once it is built
        heading = "" if name is None else series_heading(readouts, number, total)
        _warn_copies(readouts)
        _refuse_copies_only(paths, readouts)
        versions = _warn_versions(readouts, order)
        read = len(readouts) - versions  # the readouts a pair report's note counts
        to_html, to_json, to_csv = (
            named_file(file, name, files) for file in (html, json_file, csv_file)
        )
        reports = _Reports(to_html, pairs, when, write_file, read, no_rows_said(options))
        try:
            series = build_series(
                readouts, options=options, order=Order(order.value),
                on_pair=_progress_bar(), on_report=reports.add if html else None,
            )  # fmt: skip
            del readouts
            _write_outputs(series, reports, to_html, to_json, to_csv, write_file)
        finally:
            reports.discard()
        text = render_series_text(series, width=terminal_width(None), no_rows=reports.no_rows)
        write_stdout(heading + text + ("\n" if number + 1 < total else ""))


def _load(paths: list[str], files: tuple[str, ...], max_bytes: int) -> "list[Readout]":
    """The readouts of ``files``; one found in a folder or by a glob that cannot be read stops
    the series, its line saying why a file not named matters, as ``check DIR`` says it
    (:func:`readoutdiff.check.pair.folder_load`, ux16)."""
    from readoutdiff.check.pair import folder_load
    from readoutdiff.ingest.readout_paths import path_key

    named = {path_key(path) for path in paths if path != "-"}
    return [
        read_readout(file, max_bytes)
        if file == "-" or path_key(file) in named
        else folder_load(file, max_bytes)
        for file in files
    ]


def _series_files(paths: list[str], exclude: list[str], max_size: int) -> tuple[str, ...]:
    """Return the readout files ``paths`` name (outputs excluded), warning of the files skipped."""
    from readoutdiff.ingest.readout_paths import SUFFIX_NAMES, SkipKind, expand, subfolders_hint

    found = expand(paths, exclude=exclude)
    for readout in found.overwritten:  # --json DIR/x.txt would replace a readout of DIR
        raise ReadoutError(
            "is a readout of the series; write the output to another file", path=readout
        )
    # a folder's README or SOURCES and its settings (check's rules, a list of what the series
    # should show) are there by design, and hold no readout: passed over without a word, as
    # check DIR and --history DIR pass them (ux27: two warnings on every run of eval's series)
    expected = (SkipKind.FOLDER_DOC, SkipKind.SETTINGS)
    warn_skipped(skip for skip in found.skipped if skip.kind not in expected)
    _warn_repeated(paths, found)
    _refuse_empty_folders(paths, found)  # a folder is the news, before a glob that matched none
    if not found.files:
        raise ReadoutError(
            f"no readout file in {', '.join(map(str, paths))}; readouts end in {SUFFIX_NAMES}"
            + subfolders_hint(paths)
        )
    if len(found.files) == 1:
        _refuse_one_readout(paths, found.files[0], max_size)
    return found.files


def _warn_repeated(paths: list[str], found: "Expansion") -> None:
    """Say on standard error when the paths name one readout more than once (``series A B A``,
    or a folder and a file of it): the series reads each readout once, so its "Series of 2
    readouts" counted fewer than the three paths given, without a word of why. The one
    expansion of the paths counts them (``found.repeated``; fix7: each path was expanded a
    second time here, a folder listed and every readout's head read again)."""
    if len(paths) < 2 or not found.repeated:
        return
    if sum(file != "-" for file in found.files) < 2:  # the error says "the same file twice?"
        return
    from readoutdiff.ingest.readout_paths import path_key

    given = _given_again(paths)  # what the user typed twice: say that (fix8)
    keys = {path_key(path) for path, _ in given}
    repeated = [  # and each readout named twice some other way (a folder and a file of it)
        (file, times)
        for file, times in found.repeated
        if path_key(file) not in keys and path_key(str(Path(file).parent)) not in keys
    ]
    said = [f"{path}: named {_times(times)}" for path, times in given]
    if len(repeated) == 1:
        said.append(f"{repeated[0][0]}: named {_times(repeated[0][1])}")
    elif repeated:
        said.append(f"{len(repeated)} readouts named more than once ({repeated[0][0]}, …)")
    for line in said:
        warn(f"{line}; the series reads each readout once")


def _given_again(paths: list[str]) -> list[tuple[str, int]]:
    """Each of the ``paths`` given more than once (a folder or a file, however spelled:
    "DIR", "DIR/", "./DIR"), as first spelled, with how many times. ``series DIR DIR`` said
    "5 readouts named more than once", where the user had named one folder twice (rev24)."""
    from readoutdiff.ingest.readout_paths import path_key

    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for path in paths:
        if path != "-":
            key = path_key(path)
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, path)
    return [(first[key], times) for key, times in counts.items() if times > 1]


def _times(times: int) -> str:
    """ "twice", "3 times"."""
    return "twice" if times == 2 else f"{times} times"


def _warn_copies(readouts: "list[Readout]") -> None:
    """Say on standard error when a readout is a copy of another (the same bytes and date under
    another name, :func:`readoutdiff.series.build.copies`): the series reads the meeting once,
    as it reads a path named twice once, so a meeting fewer is listed than files given."""
    from readoutdiff.series.build import copies_said

    warn(copies_said(readouts, "the series"))


def _newest_series(paths: list[str], readouts: "list[Readout]") -> "list[Readout]":
    """The readouts kept to the newest readout's series when their file names
    (``SERIES__YYYY-MM-DD__…``) say series that share no participant
    (:func:`readoutdiff.check.pair.series_of`) and the paths are folders, as ``check DIR``
    reads a folder (ux14), with a warning naming the readouts left out (ux16): ``series DIR``
    on a folder of several series compared each readout with the one before it of whichever
    series, similarity 0.00 to 0.01 down the table (ux15's walk, which only warned). Files or
    globs the user names are read as given, with a warning: the user chose them. A newest
    series of one meeting is refused (exit 2), as a series of one readout is. Each line names
    ``--series`` (:func:`named_series`), which reads another series or each (ux17: they named
    a glob of one other series)."""
    from readoutdiff.check.pair import in_order, series_named, series_of, some_of
    from readoutdiff.series.build import once

    if len(readouts) < 2:
        return readouts
    newest = max(readouts, key=lambda readout: (readout.date or "", readout.path))
    kept, ours, others = series_of(readouts, newest)
    if not others:
        return readouts
    names = sorted({*ours, *others})
    if not all(path != "-" and Path(path).is_dir() for path in paths):
        warn(
            f"the readouts hold {len(names)} series by file name ({some_of(names)}), not all"
            " sharing a participant: the series compares each readout with the one before it,"
            f" of whichever series; --series NAME reads one ({series_named(newest.path)} is the"
            " newest readout's), --series all each in turn"
        )
        return readouts
    mine = {id(readout) for readout in kept}
    left = in_order([readout for readout in readouts if id(readout) not in mine])
    if len(once(kept)) < 2:
        raise InputError(
            f"is the newest readout and the only one of its series by file name ({some_of(ours)});"
            f" the folder holds {len(names)} series, and a series reads the newest readout's:"
            f" --series NAME reads another ({_or(others)}), --series all each in turn",
            path=newest.path,
        )
    warn(
        f"the readouts hold {len(names)} series by file name: the series reads {some_of(ours)},"
        f" the newest readout's series, and leaves out the {len(left)}"
        f" readout{'s' * (len(left) != 1)} of {some_of(others)} ({_shown(left)}); --series NAME"
        " reads another, --series all each in turn"
    )
    return kept


def named_series(
    readouts: "list[Readout]", name: str, order: "Order | None", *, firsts: bool = False
) -> "list[tuple[str | None, list[Readout]]]":
    """The readouts of ``--series NAME``, or of each series in turn for ``--series all``, by
    their file names (``SERIES__YYYY-MM-DD__…``, :func:`~readoutdiff.check.pair.series_named`),
    each with the name its outputs carry (None: FILE as given). NAME keeps the readouts whose
    series shares a participant with it (a name's parts between hyphens), as the newest
    readout's series keeps a series naming one of its participants; ``all`` takes the newest
    readout's series, then the newest left's, and so on, a readout read in one series only. A
    readout whose name says no series is left out, with a warning; a series of one meeting is
    refused under NAME (exit 2) and passed over with a warning under ``all``. ux16 read a
    folder of several series as the newest readout's series only: the others could be read
    one glob at a time, and not at all when the newest readout was alone in its series.

    ``check DIR --series`` (ux18) reads them as this command does, with ``firsts``: a series of
    one readout is kept (its check has nothing to compare yet, and passes, as a folder's first
    readout does), and ``order`` None: an undated readout is ordered first, with a warning."""
    from readoutdiff.check.pair import and_, in_order, series_of
    from readoutdiff.series.build import once, order_readouts

    said = _said(readouts, name, firsts)
    names = sorted({each for each in said.values() if each})
    if name != ALL:
        chosen = set(_of_series(said, name))
        kept = [readout for readout in readouts if readout.path in chosen]
        if len(once(kept)) < 2 and not firsts:
            others = [each for each in names if each not in {said[r.path] for r in kept}]
            raise InputError(
                f"is the only readout of series {name} by file name; a series needs at least"
                f" two: give --series {_or([*others, ALL])}",
                path=kept[0].path,
            )
        return [(None, kept)]
    left = in_order([readout for readout in readouts if said[readout.path]])
    groups: list[tuple[str | None, list[Readout]]] = []
    alone: list[str] = []
    while left:
        kept = series_of(left, left[-1])[0]
        if len(once(kept)) < 2 and not firsts:
            alone.append(f"{Path(kept[0].path).name} ({said[kept[0].path]})")
        else:
            groups.append((said[left[-1].path], kept))
        mine = {id(readout) for readout in kept}
        left = [readout for readout in left if id(readout) not in mine]
    if not groups:
        raise ReadoutError(
            f"--series all: each series holds one readout by file name: {and_(alone)}; a series"
            " needs at least two readouts"
        )
    for _, group in groups:  # an undated readout stops the run before any series is written
        if order is not None:  # check's readouts are ordered undated first, with a warning
            order_readouts(once(group), order)
    if alone:
        each = (
            "are each the only readout of their" if len(alone) > 1 else "is the only readout of its"
        )
        warn(
            f"{and_(alone)} {each} series by file name, with nothing to compare; --series all"
            f" reads the other {len(groups)} series"
        )
    return groups


def _said(readouts: "Sequence[Readout | str]", name: str, firsts: bool) -> dict[str, str | None]:
    """The series each readout's file name says (None: none), by its path; refuse readouts
    none of whose names says one (``firsts``: in ``check``'s words), warn of those left out."""
    from readoutdiff.ingest.readout_paths import series_named

    paths = [each if isinstance(each, str) else each.path for each in readouts]
    said = {path: series_named(path) for path in paths}
    if not any(said.values()):
        raise ReadoutError(
            f"--series {name}: no file name of the readouts says its series"
            " (SERIES__YYYY-MM-DD__…, as the evaluation sets name theirs); "
            + ("check a folder of one series" if firsts else "name one series' files instead")
        )
    unnamed = [path for path in paths if not said[path]]
    if unnamed:
        said_none = "names say none and are" if len(unnamed) > 1 else "name says none and is"
        warn(
            f"--series reads readouts by the series their file names say; {len(unnamed)}"
            f" {said_none} left out ({_shown(unnamed)})"
        )
    return said


def _of_series(said: dict[str, str | None], name: str) -> list[str]:
    """The paths whose series (``said``) shares a participant with ``name``; refuse a name
    that none shares."""
    from readoutdiff.check.pair import and_
    from readoutdiff.ingest.readout_paths import participants

    wanted = set(participants(name))
    kept = [path for path, each in said.items() if wanted & set(participants(each or ""))]
    if not kept:
        names = sorted({each for each in said.values() if each})
        raise ReadoutError(
            f"--series {name}: no readout's file name says that series or a participant of"
            f" it; the readouts hold {and_(names)}"
        )
    return kept


def series_files(files: "Sequence[str]", name: str) -> list[str]:
    """``check DIR --since REF --series NAME`` (ux19): the readout files of ``files`` whose
    names say series NAME or a participant of it, by the file names alone (no readout is read:
    a run with nothing added reads none), with ``check DIR --series NAME``'s errors and
    warnings."""
    return _of_series(_said(files, name, firsts=True), name)


def _shown(readouts: "Sequence[Readout | str]") -> str:
    """The file names of the first three of ``readouts``, then how many more."""
    more = f" and {len(readouts) - 3} more" if len(readouts) > 3 else ""
    paths = [each if isinstance(each, str) else each.path for each in readouts[:3]]
    return ", ".join(Path(path).name for path in paths) + more


def _or(names: list[str]) -> str:
    """``names`` as a choice ("a, b or c")."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def named_file(file: Path | None, name: str | None, readouts: tuple[str, ...]) -> Path | None:
    """``file`` (an output of ``--html``, ``--json`` or ``--csv``) for series ``name`` under
    ``--series all``: the name before its suffix (``s.json`` -> ``s.sunak-rutte.json``), not a
    readout of the series; as given when ``name`` is None."""
    if file is None or name is None:
        return file
    from readoutdiff.ingest.readout_paths import path_key

    named = file.with_name(f"{file.stem}.{name}{file.suffix}")
    if path_key(str(named)) in {path_key(readout) for readout in readouts}:
        raise ReadoutError(
            f"is a readout of the series, and --series all writes {file} as it for series {name};"
            " write the output to another file",
            path=str(named),
        )
    return named


def series_heading(readouts: "list[Readout]", number: int, total: int) -> str:
    """The line over each series' table under ``--series all``: the names its readouts' files
    say (``xi-macron and xi-trump``: series sharing a participant are read as one)."""
    from readoutdiff.check.pair import and_, series_named

    names = sorted({series_named(readout.path) or "" for readout in readouts})
    return f"{and_(names)}: series {number + 1} of {total} by file name\n"


def _warn_versions(readouts: "list[Readout]", order: OrderChoice) -> int:
    """Say on standard error which readouts are another language's version of a call the series
    reads in its majority language (:func:`readoutdiff.series.build.other_versions`): they are
    left out, so that no row moves for the language switch (ux11). Return how many."""
    from readoutdiff.series import Order
    from readoutdiff.series.build import once, order_readouts, versions_said

    try:
        ordered = order_readouts(once(readouts), Order(order.value))
    except ReadoutError:
        return 0  # the series refuses them, and says why
    said = versions_said(ordered)
    for line in said:
        warn(line)
    return len(said)


def _refuse_copies_only(paths: list[str], readouts: "list[Readout]") -> None:
    """Refuse a series of one meeting saved under two names or more, naming it, as a series of
    one readout is refused: the series reads the copies once (rev19: it said "give more files
    or a directory" after the user had given one)."""
    from readoutdiff.series.build import once

    kept = once(readouts)
    if len(kept) != 1 or len(readouts) < 2:
        return
    where = f" in {paths[0]}" if len(paths) == 1 and Path(paths[0]).is_dir() else ""
    others = "the other a copy" if len(readouts) == 2 else "the others copies"  # rev23
    raise InputError(
        f"is the only readout{where}, {others} of it (the same text and date); a series needs at"
        " least two different readouts: give more files or a folder",
        path=kept[0].path,
    )


def _refuse_empty_folders(paths: list[str], found: "Expansion") -> None:
    """Refuse a folder named that holds no readout, as a glob that matches nothing is: the
    series would run without what the user meant it to hold (a mistyped or wrong folder).

    A readout ``found`` in the folder that no path names itself came from a listing (the
    folder's, or a glob's, which keeps readouts alone): the folder holds one, and is not listed
    again (fix6: ``series DIR`` listed it twice, opening each readout's head twice). Only a
    folder whose readouts found are all named as files is listed here."""
    from readoutdiff.ingest.readout_paths import listed, no_readout, path_key

    named = {path_key(path) for path in paths}
    inside = {os.path.dirname(path_key(file)) for file in (*found.files, *found.overwritten)
              if path_key(file) not in named}  # fmt: skip
    then = "name folders that hold readouts, or leave it out"
    for path in paths:
        if os.path.isdir(path) and path_key(path) not in inside and not listed(Path(path))[0]:
            raise no_readout(path, then if len(paths) > 1 else "name a folder that holds readouts")


def _refuse_one_readout(paths: list[str], file: str, max_size: int) -> None:
    """Refuse a series of one readout, saying why the paths name only ``file``; first what is
    wrong with ``file`` itself (missing, binary, empty ...), the one thing to fix then."""
    if file != "-":  # standard input is read once, by the series itself
        from readoutdiff.ingest import load

        load(file, max_bytes=max_size * 1024 * 1024)
    if len(paths) > 1:
        raise ReadoutError(
            "is the only readout the paths name (the same file twice?); a series needs at least"
            " two different readouts",
            path=file,
        )
    where = f" in {paths[0]}" if Path(paths[0]).is_dir() else ""  # a folder or glob: say which
    raise InputError(
        f"is the only readout{where}; a series needs at least two: give more files or a folder",
        path=file,
    )


class _Reports:
    """Collect each pair's HTML report as the series goes: kept as text, or written to a file."""

    def __init__(
        self, html: Path | None, pairs: Pairs, stamp: str | None,
        write: Callable[[Path, str], None], readouts: int, no_rows: str,
    ) -> None:  # fmt: skip
        self.inline = pairs is Pairs.INLINE
        self.no_rows = no_rows  # what the page and the terminal say of a series of no rows
        self.readouts = readouts  # the series' length, which each pair report's note tells
        self.folder = html.with_name(html.name + ".pairs") if html else Path()
        self.stamp, self.write = stamp, write
        self.by_meeting: dict[int, str] = {}
        self.made: NewFolder | None = None

    def add(self, comparison: "Comparison") -> None:
        from readoutdiff.render.html import render_html
        from readoutdiff.render.series_html import pair_file_name
        from readoutdiff.series.build import pair_told

        number = len(self.by_meeting) + 2
        # why it may list more than `readoutdiff A B` (u61: "7 appeared" there, 2 here)
        page = render_html(pair_told(comparison, self.readouts), stamp=self.stamp)
        if self.inline:
            self.by_meeting[number] = page
            return
        name = pair_file_name(number, comparison.b.date)
        if self.made is None:
            self.made = NewFolder(self.folder)
        self.write(self.made.path / name, page)
        self.by_meeting[number] = f"{self.folder.name}/{name}"

    def commit(self) -> None:
        """Put the folder of pair reports in place, whole (before the timeline that links to it)."""
        if self.made is not None:
            self.made.commit()
            self.made = None

    def discard(self) -> None:
        """Remove a folder of pair reports that was never put in place."""
        if self.made is not None:
            self.made.discard()


def _write_outputs(
    series: "Series", reports: _Reports, html: Path | None, json_file: Path | None,
    csv_file: Path | None, write: Callable[[Path, str], None],
) -> None:  # fmt: skip
    from readoutdiff.render.series_csv import render_series_csv
    from readoutdiff.render.series_html import render_series_html
    from readoutdiff.render.series_json import render_series_json

    if html is not None:
        page = render_series_html(
            series, reports.by_meeting, inline=reports.inline, stamp=reports.stamp,
            no_rows=reports.no_rows,
        )  # fmt: skip
        reports.commit()
        write(html, page)
    if json_file is not None:
        write(json_file, render_series_json(series))
    if csv_file is not None:  # with a byte-order mark: Excel reads UTF-8 only with one
        write_file(csv_file, "\ufeff" + render_series_csv(series), newline="")
        if not series.formulas:
            warn(empty_csv(csv_file, series))


def empty_csv(csv_file: Path, series: "Series") -> str:
    """The warning of a CSV with no formula row (ux19): a row is a formula at a meeting, so a
    series with no formula leaves the header alone, and no cell names the series or its
    readouts (the JSON and HTML do); kept so rather than rows of empty formula cells, which a
    spreadsheet or pandas would count as formulas.

    >>> from types import SimpleNamespace as S
    >>> empty_csv(Path("s.csv"), S(names=("xi-putin",), meetings=(1, 2)))  # doctest: +ELLIPSIS
    's.csv holds the header row alone: series xi-putin, 2 readouts, has no formula to ...'
    """
    which = f"series {'; '.join(series.names)}, " if series.names else "the series, "
    return (
        f"{csv_file} holds the header row alone: {which}{len(series.meetings)} readouts, has no"
        " formula to give a row (one row per formula and meeting); --json FILE names its"
        " readouts"
    )


def _progress_bar() -> Callable[[int, int], None] | None:
    """Return a callback drawing a bar on standard error, or None when it is not a terminal."""
    if not sys.stderr.isatty():
        return None
    start = time.monotonic()
    width = stream_width(sys.stderr)

    def draw(done: int, total: int) -> None:
        if time.monotonic() - start < _BAR_AFTER:
            return
        # the line shorter than the terminal: one that wraps is drawn again under itself, a
        # new line at every pair (ux25: 54 columns, at 50 columns 44 lines for 44 pairs)
        room = _BAR if width is None else width - 1 - len(f"comparing [] {total}/{total} pairs")
        size = max(10, min(_BAR, room))
        filled = size * done // total
        bar = "#" * filled + "-" * (size - filled)
        end = "\r\x1b[K" if done == total else ""
        sys.stderr.write(f"\rcomparing [{bar}] {done}/{total} pairs{end}")
        sys.stderr.flush()

    return draw
