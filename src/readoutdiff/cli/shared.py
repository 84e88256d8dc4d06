"""What the commands share apart from option declarations: the run's Options, history, files.

Nothing here imports typer: :mod:`readoutdiff.cli.diff_run` (the fast path of ``readoutdiff A
B``) uses it as much as the typer commands do.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from readoutdiff.errors import STDIN, ReadoutError

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from readoutdiff.ingest.readout_paths import Skipped
    from readoutdiff.model import Options, Readout


def history_read(folders: list[Path] | None, max_bytes: int) -> list[Readout]:
    """The earlier readouts of the history folders (none without folders), checked and read by
    :func:`readoutdiff.ingest.readout_paths.history_readouts` (which ``compare_files`` shares),
    our own reports there passed over with a warning. The pair is then compared with them by
    the library's :func:`readoutdiff.history.history_compared`, and
    :func:`readoutdiff.ingest.readout_paths.history_told` notes them."""
    if not folders:
        return []
    from readoutdiff.ingest.readout_paths import history_readouts, unlisted

    try:
        return history_readouts(folders, max_bytes=max_bytes, on_skipped=_warn_history_skipped)
    except PermissionError as error:  # a folder on the way that cannot be searched (a listing
        raise unlisted(str(error.filename), error) from None  # refused says so itself: ux19)


def _warn_history_skipped(skipped: Iterable[Skipped]) -> None:
    """What ``--history DIR`` names of a folder's files not read: the reports readoutdiff wrote
    and the names that are no file (:func:`warn_our_reports`), and the subfolders that hold
    readouts (ux7: passed over in silence; ``--history`` is repeatable, so one is named too)."""
    from readoutdiff.ingest.readout_paths import SkipKind

    named = (SkipKind.OURS, SkipKind.UNREADABLE, SkipKind.SUBFOLDER)
    warn_skipped(skip for skip in skipped if skip.kind in named)


def warn(said: str, paths: Iterable[str] = ()) -> None:
    """One warning line on standard error, ``said`` shown as a terminal may be sent it
    (:func:`~readoutdiff.render.escape.shown_line`), the ``paths`` it names kept whole
    (:func:`tell`); nothing when ``said`` is empty. Every command's warnings are written so
    (rev23: ten places wrote the line out again)."""
    if said:
        tell("warning", said, paths)


def tell(kind: str, said: str, paths: Iterable[str] = ()) -> None:
    """Write ``readoutdiff: KIND: said`` on standard error (``said`` as a terminal may be sent
    it), one line to a file or a pipe, to grep; on a terminal broken to its width as the views
    on standard output are, going on under 4 spaces, its head whole (rev34: a warning naming a
    path ran past the line at 60 columns and the terminal tore its words where the view beside
    it kept them whole). A path stays whole: one with no space is one word, and each of
    ``paths`` (the files ``said`` names) is kept whole where it fits a line, spaces and all
    (rev35: "Readouts of the meetings/Xi and Putin.txt" was broken at its spaces)."""
    from readoutdiff.render.escape import shown_line

    line = f"readoutdiff: {kind}: {shown_line(said)}"
    width = stream_width(sys.stderr)
    if width is not None:
        from readoutdiff.render.text import wrapped  # a terminal's line alone needs it

        kept = (f"readoutdiff: {kind}:", *(shown_line(str(path)) for path in paths if path))
        line = "\n".join(wrapped(line, width, 4, kept=kept))
    sys.stderr.write(line + "\n")


def read_readout(name: str, max_bytes: int) -> Readout:
    """The readout of ``name`` (:func:`readoutdiff.ingest.load`), ``-`` at a terminal first
    saying what it waits for (:func:`say_terminal_waits`)."""
    from readoutdiff.ingest import load

    if name == "-":
        say_terminal_waits()
    return load(name, max_bytes=max_bytes)


def say_terminal_waits() -> None:
    """Say what ``-`` waits for when standard input is the terminal, as :func:`tell` writes a
    line: ``readoutdiff - B`` typed by hand otherwise sits silent, as if it had hung (ux25: the
    line fits 80 columns; ux27: below 71 it ran past the terminal's edge, written whole by the
    reading layer, which wraps no text). A pipe or a file gets no word."""
    from readoutdiff.ingest.reading import terminal_end, terminal_input

    if terminal_input():
        tell("- reads the terminal", f"paste the readout, then press {terminal_end()}")
        sys.stderr.flush()


def stream_width(stream: TextIO) -> int | None:
    """The columns of the terminal ``stream`` goes to (``COLUMNS`` first, as
    :func:`shutil.get_terminal_size` reads it), at least 40; None for a file, a pipe or a
    pager, which get every line whole, and for a terminal that gives no size."""
    try:
        if not stream.isatty():
            return None
        told = os.environ.get("COLUMNS", "")
        found = int(told) if told.isdigit() else os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError):  # a terminal that gives no size, a closed stream
        return None
    return max(found, 40) if found > 0 else None


def warn_same_file(a: str, b: str, old: str = "A", new: str = "the later readout as B") -> None:
    """Say so when the two readouts name one file (a slip of the shell's completion, most
    often): the view then shows no change, which reads like news of two readouts. ``old`` names
    the first readout and ``new`` what to give instead, in the command's words (``check OLD
    NEW``: "OLD", "the newer readout as NEW")."""
    try:
        same = "-" not in (a, b) and os.path.samefile(a, b)
    except (OSError, ValueError):
        return
    if same:
        warn(f"{b}: is the same file as {old} ({a}); give {new} to see changes", (a, b))


def warn_copy(
    first: Readout, second: Readout, old: str = "A", new: str = "the later readout as B"
) -> None:
    """Say so when two files given as the two readouts hold one meeting (the same text and date
    under two names, :func:`~readoutdiff.series.build.copies`), as ``series`` and ``check DIR``
    say of a copy among their readouts: ``check copy.txt original.txt`` passed with
    similarity 1.00 and no word of why (rev23). One file named twice is said by
    :func:`warn_same_file`; ``old`` and ``new`` are its words. Standard input is named so, as
    in every view (rev25: "-: a copy of x.txt")."""
    if first.sha256 != second.sha256 and not _same_text(first.text, second.text):
        return  # most runs: the series module is not loaded
    from readoutdiff.series.build import copies

    try:
        if "-" not in (first.path, second.path) and os.path.samefile(first.path, second.path):
            return
    except (OSError, ValueError):
        pass
    found = copies([first, second])
    if found:
        copy, original = (STDIN if r.path == "-" else r.path for r in found[0])
        said = f"{copy}: a copy of {original} (the same text and date); give {new} to see changes"
        warn(said, (copy, original))


def warn_history_series(pair: Sequence[Readout], earlier: Sequence[Readout]) -> None:
    """Say so when readouts of a ``--history`` folder are, by their file names
    (``SERIES__YYYY-MM-DD…``, :func:`~readoutdiff.check.pair.other_series`), of a series that
    shares no participant with A's and B's: their recurring phrases are learnt all the same,
    and a user who pointed at the wrong folder could not tell (rev31)."""
    if not earlier:
        return
    from readoutdiff.check.pair import and_, other_series, series_named

    others = other_series(earlier, *pair)
    if others:
        ours = and_(sorted({str(series_named(r.path)) for r in pair}))
        warn(
            f"--history holds readouts of {and_(others)} by file name, not of A's and B's series"
            f" ({ours}); their recurring phrases are learnt all the same"
        )


def warn_pair_series(first: Readout, second: Readout, old: str = "A", new: str = "B") -> None:
    """Say so when A and B are, by their file names (``SERIES__YYYY-MM-DD…``,
    :func:`~readoutdiff.ingest.readout_paths.other_series`), of two series sharing no participant
    (``biden-kishida__…`` against ``xi-putin__…``): their passages are paired all the same, with
    similarity near 0, and a user who picked the wrong file could not tell (rev32's walk). Two
    series sharing a participant (Xi with Putin, Xi with Lula) may be compared on purpose.

    When a file name says no series (the samples, a saved page), the texts are asked
    (:func:`~readoutdiff.ingest.people.no_one_shared`, ux20): an Obama–Cameron page against the
    Xi–Putin sample compared at similarity 0.00 with no word. Two readouts of one language that
    each name someone after an office (``President Xi Jinping``, ``总统普京``) and neither any
    of the other's are said so, once; readouts of two languages, or one naming no one, are
    not (nothing can be told). ``old`` and ``new`` name the two as the command does."""
    names = ["__" in os.path.basename(each.path or "") for each in (first, second)]
    if all(names):
        # not from check.pair, which re-exports them: the check stage's modules are no part
        # of a plain readoutdiff A B (branch cli15)
        from readoutdiff.ingest.readout_paths import other_series, series_named

        others = other_series([second], first)
        if others:
            warn(
                f"{old} ({series_named(first.path)}) and {new} ({others[0]}) are of two series"
                " sharing no participant by file name; they are compared all the same"
            )
        return  # the names say: sharing a participant, they may be compared on purpose
    if first.language != second.language:
        return  # a name in two scripts cannot be looked for (a zh↔en pair is one meeting)
    from readoutdiff.ingest.people import no_one_shared, shown

    found = no_one_shared(first.text, second.text, first.language)
    if found is not None:
        ours, theirs = (shown(found[k], r.text, r.language) for k, r in enumerate((first, second)))
        warn(
            f"{old} and {new} name no one in common after an office ({old}: {ours}; {new}:"
            f" {theirs}): they seem to be readouts of two meetings; they are compared all the same"
        )


def _same_text(first: str, second: str) -> bool:
    """Whether two texts are one but for their line ends or a final newline (a copy saved
    with CRLF, or by an editor that adds one; a byte-order mark is gone once decoded)."""
    from readoutdiff.ingest.text import one_text

    return first == second or one_text(first) == one_text(second)


def note_date_order(first: Readout, second: Readout, old: str = "A", new: str = "B") -> None:
    """A one-line note on standard error when the first readout is dated after the second
    (``readoutdiff NEW OLD``, ``check NEW OLD``; both dates from the texts or the file names):
    the view reads ``old`` as the earlier readout, so what the later one dropped is told as
    appeared (rev19's finding; branch fix4). A note, not an error: a user may ask on purpose
    what the earlier readout lacks (the symmetry tests run ``B A``), and the exit status and
    the view stay as they were. Undated readouts, or one date, say nothing."""
    if not (first.date and second.date and first.date > second.date):
        return
    line = (
        f"{old} ({first.path}, {first.date}) is dated after {new} ({second.path}, {second.date}):"
        f" {old} is read as the earlier readout, so what the later one dropped is told as"
        f" appeared; give the earlier readout as {old} to follow the change"
    )
    tell("note", line, (first.path, second.path))


def warn_skipped(skipped: Iterable[Skipped]) -> None:
    """Name on standard error each file of a folder not read, and why (one line each)."""
    for skip in skipped:
        warn(f"{skip.path}: skipped, {skip.reason}", (str(skip.path),))


def warn_our_reports(skipped: Iterable[Skipped]) -> None:
    """Name the reports readoutdiff wrote among the files of a folder not read, as ``series
    DIR`` does (``--history DIR``, ``check DIR``): the folder holds a readout less than it
    seems. So are the names with a readout's suffix that are no file (a symbolic link to
    nothing: u71). Its other files (a rules file, a README) are expected there and not named."""
    from readoutdiff.ingest.readout_paths import SkipKind

    named = (SkipKind.OURS, SkipKind.UNREADABLE)
    warn_skipped(skip for skip in skipped if skip.kind in named)


def run_options(
    lexicon: list[Path] | None, no_builtin_lexicon: bool, no_mining: bool,
    no_background: bool = False,
) -> Options:  # fmt: skip
    """Return the comparison Options the formula flags ask for."""
    from readoutdiff.formulas.lexicon.lexicon import chosen
    from readoutdiff.model import Options

    return Options(
        lexicon=chosen(lexicon or (), use_builtin=not no_builtin_lexicon),
        mine_formulas=not no_mining,
        background=not no_background,
    )


def now() -> str:
    """Return the current time for ``--stamp`` (the CLI is the only place that reads the clock)."""
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def to_stdout(output: Path | None) -> Path | None:
    """``-o -`` is standard output, as ``-`` is standard input for a readout (None: standard output).

    >>> to_stdout(Path("-")) is None, to_stdout(Path("report.md"))
    (True, PosixPath('report.md'))
    """
    return None if output is not None and output == Path("-") else output


_NAMED = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json", ".md": "markdown",
    ".markdown": "markdown", ".xml": "junit",
}  # fmt: skip
"""The format a file name says it holds, by suffix (:func:`named_format`)."""
_WHAT = {"html": "the HTML report", "json": "JSON", "markdown": "Markdown", "junit": "JUnit XML"}


def named_format(output: Path | None, choices: tuple[str, ...]) -> str | None:
    """The format of ``choices`` that ``-o FILE``'s suffix names (any case), or None: what
    ``readoutdiff A B -o FILE`` writes when no ``-f`` is given.

    >>> formats = ("text", "json", "markdown", "html")
    >>> [named_format(Path(n), formats) for n in ("r.HTML", "r.md", "r.json", "r.txt", "-")]
    ['html', 'markdown', 'json', None, None]
    >>> named_format(Path("r.xml"), formats), named_format(None, formats)
    (None, None)
    """
    named = _NAMED.get(output.suffix.lower()) if output is not None else None
    return named if named in choices else None


def warn_named_otherwise(output: Path | None, chosen: str, choices: tuple[str, ...]) -> None:
    """Warn when ``-o FILE``'s suffix names another format the command writes: ``-o
    report.html`` without ``-f html`` writes the terminal view into an HTML file's name.

    >>> import contextlib, sys
    >>> with contextlib.redirect_stderr(sys.stdout):
    ...     warn_named_otherwise(Path("report.html"), "text", ("text", "json", "markdown", "html"))
    ...     warn_named_otherwise(Path("view.txt"), "text", ("text", "html"))
    ...     warn_named_otherwise(Path("view.pdf"), "text", ("text", "html"))
    readoutdiff: warning: report.html: written in the text format (--format text); give -f html for the HTML report
    readoutdiff: warning: view.pdf: written in the text format (--format text); readoutdiff writes no PDF: print the HTML report (-f html) to PDF from a browser
    """
    named = named_format(output, choices)
    if output is None:
        return
    if named is not None and named != chosen:
        what = _WHAT[named]
        advice = f"give -f {named} for {what}"
    elif output.suffix.lower() == ".pdf":
        advice = "readoutdiff writes no PDF"
        if "html" in choices:
            advice += ": print the HTML report (-f html) to PDF from a browser"
    else:
        return
    warn(f"{output}: written in the {chosen} format (--format {chosen}); {advice}", (str(output),))


def refuse_dash(files: dict[str, Path | None], stdout: str) -> None:
    """Stop before ``--html -`` and the like write a file named ``-``: standard output is taken.

    >>> refuse_dash({"--html": None, "--json": Path("j.json")}, "the chosen --format")
    >>> refuse_dash({"--html": Path("-")}, "the chosen --format")
    Traceback (most recent call last):
    ...
    readoutdiff.errors.ReadoutError: --html -: give a file name; standard output already gets the chosen --format
    """
    for option, path in files.items():
        if path is not None and path == Path("-"):
            raise ReadoutError(
                f"{option} -: give a file name; standard output already gets {stdout}"
            )


def refuse_shared_outputs(files: dict[str, Path | None]) -> None:
    """Stop before two outputs name one file: the second would replace the first unseen.

    >>> refuse_shared_outputs({"-o": Path("view.json"), "--html": Path("report.html")})
    >>> refuse_shared_outputs({"-o": Path("out"), "--html": None, "--json": Path("./out")})
    Traceback (most recent call last):
    ...
    readoutdiff.errors.ReadoutError: out: both -o and --json would write it; give each its own file
    """
    seen: dict[str, str] = {}
    for option, path in files.items():
        if path is None:
            continue
        key = _file_key(path)
        if key in seen:
            raise ReadoutError(
                f"both {seen[key]} and {option} would write it; give each its own file",
                path=str(path),
            )
        seen[key] = option


def refuse_writing_inputs(
    readouts: list[str], outputs: list[Path | None], what: str = "a readout being compared"
) -> None:
    """Stop before an output file would replace (or append to) a readout being compared
    (or ``what`` the readouts are).

    >>> refuse_writing_inputs(["a.txt", "-"], [None, Path("report.html")])
    >>> refuse_writing_inputs(["a.txt", "b.txt"], [Path("./b.txt")])
    Traceback (most recent call last):
    ...
    readoutdiff.errors.ReadoutError: b.txt: is a readout being compared; write the output to another file
    """
    inputs = {_file_key(path) for path in readouts if path != "-"}
    for output in outputs:
        if output is not None and _file_key(output) in inputs:
            raise ReadoutError(f"is {what}; write the output to another file", path=str(output))


def _file_key(path: str | Path) -> str:
    """One key for every name of one file (relative, through links, in another case on a
    case-blind system)."""
    import os

    return os.path.normcase(os.path.realpath(path))


def write_file(path: Path, text: str, *, newline: str | None = None) -> None:
    """Write ``text`` as UTF-8, atomically; ``newline=""`` keeps line ends (CSV's ``\\r\\n``)."""
    from readoutdiff.cli.output import write_atomic

    write_atomic(path, text, newline=newline)


def append_file(path: Path, text: str) -> None:
    """Append ``text`` as UTF-8 (a job summary file collects every step's part)."""
    from readoutdiff.cli.output import append_text

    append_text(path, text)
