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
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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
    refuse_dash,
    refuse_shared_outputs,
    run_options,
    warn,
    warn_skipped,
    write_file,
)
from readoutdiff.errors import InputError, ReadoutError

if TYPE_CHECKING:
    from readoutdiff.ingest.readout_paths import Expansion
    from readoutdiff.model import Comparison, Readout
    from readoutdiff.series import Series

_BAR_AFTER = 1.0
"""Seconds before a progress bar shows: quick series stay quiet."""


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
    Path | None, typer.Option("--html", metavar="FILE", help="Write the HTML timeline to FILE.")
]
_JsonFile = Annotated[
    Path | None,
    typer.Option("--json", metavar="FILE", help="Write readoutdiff-series/1 JSON to FILE."),
]
_CsvFile = Annotated[
    Path | None,
    typer.Option("--csv", metavar="FILE", help="Write one CSV row per formula and meeting."),
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


def series_command(
    paths: _Paths,
    html: _HtmlFile = None,
    json_file: _JsonFile = None,
    csv_file: _CsvFile = None,
    pairs: _PairsChoice = Pairs.INLINE,
    order: _Order = OrderChoice.DATE,
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
    readouts left out; files or globs named are read as given.
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
    readouts = _load(paths, files, max_size * 1024 * 1024)
    readouts = _newest_series(paths, readouts)
    _warn_copies(readouts)
    _refuse_copies_only(paths, readouts)
    versions = _warn_versions(readouts, order)
    when = now() if stamp else None
    options = run_options(lexicon, no_builtin_lexicon, no_mining, no_background)
    read = len(readouts) - versions  # the readouts a pair report's note counts
    reports = _Reports(html, pairs, when, write_file, read, no_rows_said(options))
    try:
        series = build_series(
            readouts, options=options, order=Order(order.value),
            on_pair=_progress_bar(), on_report=reports.add if html else None,
        )  # fmt: skip
        del readouts
        _write_outputs(series, reports, html, json_file, csv_file, write_file)
    finally:
        reports.discard()
    from readoutdiff.cli.diff_run import terminal_width

    write_stdout(render_series_text(series, width=terminal_width(None), no_rows=reports.no_rows))


def _load(paths: list[str], files: tuple[str, ...], max_bytes: int) -> "list[Readout]":
    """The readouts of ``files``; one found in a folder or by a glob that cannot be read stops
    the series, its line saying why a file not named matters, as ``check DIR`` says it
    (:func:`readoutdiff.check.pair.folder_load`, ux16)."""
    from readoutdiff.check.pair import folder_load
    from readoutdiff.ingest import load
    from readoutdiff.ingest.readout_paths import path_key

    named = {path_key(path) for path in paths if path != "-"}
    return [
        load(file, max_bytes=max_bytes)
        if file == "-" or path_key(file) in named
        else folder_load(file, max_bytes)
        for file in files
    ]


def _series_files(paths: list[str], exclude: list[str], max_size: int) -> tuple[str, ...]:
    """Return the readout files ``paths`` name (outputs excluded), warning of the files skipped."""
    from readoutdiff.ingest.readout_paths import SUFFIX_NAMES, expand, subfolders_hint

    found = expand(paths, exclude=exclude)
    for readout in found.overwritten:  # --json DIR/x.txt would replace a readout of DIR
        raise ReadoutError(
            "is a readout of the series; write the output to another file", path=readout
        )
    warn_skipped(found.skipped)
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
    series of one meeting is refused (exit 2), as a series of one readout is."""
    from readoutdiff.check.pair import and_, in_order, series_of
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
            f"the readouts hold {len(names)} series by file name ({and_(names)}), not all"
            " sharing a participant: the series compares each readout with the one before it,"
            f" of whichever series; give one series' files, such as {_glob(newest)!r} (the"
            " newest readout's)"
        )
        return readouts
    mine = {id(readout) for readout in kept}
    left = in_order([readout for readout in readouts if id(readout) not in mine])
    if len(once(kept)) < 2:
        other = max(left, key=lambda readout: (readout.date or "", readout.path))
        raise InputError(
            f"is the newest readout and the only one of its series by file name ({and_(ours)});"
            f" the folder holds {len(names)} series, and a series reads the newest readout's:"
            f" give one series' files, such as {_glob(other)!r}",
            path=newest.path,
        )
    shown = ", ".join(Path(readout.path).name for readout in left[:3])
    more = f" and {len(left) - 3} more" if len(left) > 3 else ""
    warn(
        f"the readouts hold {len(names)} series by file name: the series reads {and_(ours)},"
        f" the newest readout's series, and leaves out the {len(left)}"
        f" readout{'s' * (len(left) != 1)} of {and_(others)} ({shown}{more}); give a series'"
        f" files to read it, such as {_glob(left[-1])!r}"
    )
    return kept


def _glob(readout: "Readout") -> str:
    """The glob of the files of ``readout``'s series (:func:`~readoutdiff.check.pair.series_named`)."""
    from readoutdiff.check.pair import series_named

    return f"{Path(readout.path).parent / (series_named(readout.path) or '')!s}__*"


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
        if Path(path).is_dir() and path_key(path) not in inside and not listed(Path(path))[0]:
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


def _progress_bar() -> Callable[[int, int], None] | None:
    """Return a callback drawing a bar on standard error, or None when it is not a terminal."""
    if not sys.stderr.isatty():
        return None
    start = time.monotonic()

    def draw(done: int, total: int) -> None:
        if time.monotonic() - start < _BAR_AFTER:
            return
        filled = 30 * done // total
        bar = "#" * filled + "-" * (30 - filled)
        end = "\r\x1b[K" if done == total else ""
        sys.stderr.write(f"\rcomparing [{bar}] {done}/{total} pairs{end}")
        sys.stderr.flush()

    return draw
