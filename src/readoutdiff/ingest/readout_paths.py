"""Turn paths (files, directories, globs) into readout files, for `series` and `check DIR`;
read the history folders of ``--history DIR`` and ``compare_files(history=...)``.

This looks at the file system (it lists directories and expands globs) and so belongs with the
command line, not the pure core. A file named on the command line is always taken; in a
directory only files with a readout suffix are (:data:`READOUT_SUFFIXES`), the others are
reported as skipped, and so are a folder's README, SOURCES, LICENSE and the like; hidden
files are passed over in silence, and so are subdirectories but those that hold readout files
of their own (a directory is not searched recursively: such a subfolder is reported as skipped); a name with a readout's suffix that is no file (a symbolic link to
nothing, a named pipe) is reported as skipped. Reports that readoutdiff wrote itself (an earlier timeline or
report, an HTML page, or a view saved as Markdown or text) are skipped too.
"""

from __future__ import annotations

import errno
import glob
import os
import re
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from readoutdiff.errors import InputError
from readoutdiff.records.record import record

if TYPE_CHECKING:
    from collections.abc import Sequence

    from readoutdiff.model import Comparison, Readout

READOUT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")
"""Suffixes taken from a directory."""
SUFFIX_NAMES = ", ".join(READOUT_SUFFIXES[:-1]) + f" or {READOUT_SUFFIXES[-1]}"
"""The suffixes as a message names them: ".txt, .text, ... or .xhtml"."""
_GLOB = frozenset("*?[")
_NAMED = re.compile(r"(.+?)__\d{4}-\d{2}-\d{2}(?:__|\.|$)")
"""A file name that says its series: ``SERIES__YYYY-MM-DD__PUBLISHER.txt``, as the evaluation
sets (eval/formulas, eval/bilingual) and the corpora name their readouts."""
_PARTICLES = frozenset(
    "al el ul bin ibn bint ben abu van von de da di du del der dos das la le".split()
)
"""Words of a name that stand before the rest of it (``al-busaidi``, ``bin-salman``,
``von-der-leyen``): in a series name they are no participant of their own."""


def series_named(path: str) -> str | None:
    """The series a readout's file name says, else None.

    >>> series_named("eval/bilingual/xi-trump__2018-05-08__wh.txt"), series_named("2021-06-28-xi.txt")
    ('xi-trump', None)
    """
    match = _NAMED.match(Path(path).name)
    return match.group(1) if match else None


def participants(name: str) -> tuple[str, ...]:
    """The participants a series name says (:func:`series_named`), in its order: its parts
    between hyphens, a particle kept with the part after it (``al-busaidi``), in lower case.
    Two series sharing one are one series to a user (``xi-trump``, ``xi-macron``); a shared
    particle is no shared participant (``blinken-al-busaidi``, ``biden-al-sudani`` shared
    "al" and were read as one series).

    >>> participants("blinken-al-busaidi"), participants("Putin-bin-Salman")
    (('blinken', 'al-busaidi'), ('putin', 'bin-salman'))
    >>> participants("biden-von-der-leyen")
    ('biden', 'von-der-leyen')
    """
    found: list[str] = []
    held = ""
    for part in name.casefold().split("-"):
        if not part:
            continue
        if part in _PARTICLES:
            held += part + "-"
            continue
        found.append(held + part)
        held = ""
    if held:
        found.append(held.rstrip("-"))
    return tuple(found)


def participants_of(names: Iterable[str]) -> tuple[str, ...]:
    """The participants of series ``names`` (:func:`participants`), each once, in order.

    >>> participants_of(["xi-macron", "xi-trump"])
    ('xi', 'macron', 'trump')
    """
    return tuple(dict.fromkeys(each for name in names for each in participants(name)))


def other_series(readouts: Sequence[Readout], *own: Readout) -> list[str]:
    """The series names (:func:`series_named`) of ``readouts`` that share no participant with
    the series of any of ``own``, when every file name among them says its series; else none.
    ``A B --history DIR`` learnt its recurring phrases from a folder of another series without
    a word (rev31): a user who points at the wrong folder is told.

    >>> from readoutdiff.ingest import from_text
    >>> a, b = (from_text("Met.", path=f"xi-putin__2021-{m}-01.txt") for m in ("06", "12"))
    >>> earlier = [from_text("Met.", path=f"{n}.txt") for n in ("xi-lula__2020-01-01",
    ...     "biden-kishida__2021-01-01", "biden-kishida__2022-01-01")]
    >>> other_series(earlier, a, b), other_series(earlier[1:], a, b)
    (['biden-kishida'], ['biden-kishida'])

    ``xi-lula`` shares Xi with ``xi-putin``: one series to a user (:func:`one_series`).
    """
    theirs = [series_named(each.path) for each in readouts]
    ours = [series_named(each.path) for each in own]
    if not theirs or None in theirs or None in ours:
        return []
    return sorted({
        name for name in theirs
        if name and not any(one_series(name, mine) for mine in ours)
    })  # fmt: skip


def one_series(name: str | None, other: str | None) -> bool:
    """Whether two series names (:func:`series_named`) share a participant
    (:func:`participants`: ``xi-trump``, ``xi-macron``;
    ``blinken-al-busaidi`` and ``biden-al-sudani`` share none)."""
    return bool(name and other and set(participants(name)) & set(participants(other)))


_FOLDER_DOCS = frozenset("readme sources license licence changelog contributing authors".split())
"""Names (any case, any suffix) of the files that describe a folder: a README or a SOURCES list
says where the readouts came from; it is not one."""


SETTINGS_SUFFIXES = frozenset((".toml", ".ini", ".cfg", ".conf", ".yaml", ".yml"))
"""Suffixes of settings files: a folder of readouts holds ``check``'s rules file or a list of
what its series should show (eval/series/*/EXPECTED.toml), which hold no readout's text."""


class SkipKind(StrEnum):
    """Why a file of a directory is not read, as a caller tells the cases apart."""

    SUFFIX = "suffix"
    """Not a readout's suffix (a picture, a JSON file, a PDF)."""
    SETTINGS = "settings"
    """A settings file (:data:`SETTINGS_SUFFIXES`: ``check``'s rules file, a series' list of
    what it expects), kept beside the readouts by design."""
    FOLDER_DOC = "folder-doc"
    """A README, SOURCES, LICENSE ... describing the folder."""
    OURS = "ours"
    """A report or view readoutdiff wrote, under a readout's suffix."""
    UNREADABLE = "unreadable"
    """A name with a readout's suffix that is no file to read: a symbolic link to nothing, a
    named pipe, a device (branch u71: passed over in silence, a readout lost unseen)."""
    SUBFOLDER = "subfolder"
    """A subfolder that holds readout files of its own: a folder is not searched recursively,
    so they are not read unless named (branch ux7: passed over in silence, ``series DIR``
    followed the top folder's readouts alone and never said a subfolder's were left)."""


@record
class Skipped:
    """A file of a directory that is not read, and why."""

    path: str
    reason: str
    """Why, in words, as a warning names it."""
    kind: SkipKind


@record
class Expansion:
    """The readout files to read, in the order found, and the files passed over."""

    files: tuple[str, ...]
    skipped: tuple[Skipped, ...] = ()
    overwritten: tuple[str, ...] = ()
    """Outputs (``exclude``) that are readouts the arguments name: writing one would replace a
    readout of the series (an earlier report in their place is no readout, and is not here)."""
    repeated: tuple[tuple[str, int], ...] = ()
    """Readouts (not standard input) that two arguments or more name, each with how many name
    it, in the order found (``series A B A``, a folder and a file of it): the caller warns of
    them without expanding each argument again (fix7: ``series A B DIR`` listed DIR twice)."""


def expand(arguments: Iterable[str], *, exclude: Iterable[str] = ()) -> Expansion:
    """Return the readout files named by ``arguments``, each once; ``exclude`` (outputs) left out.

    Directories and globs give their files sorted by name.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b.txt", "a.md", "photo.png", ".hidden"): _ = (folder / name).write_text("x")
    >>> found = expand([str(folder)])
    >>> [Path(f).name for f in found.files], [(Path(s.path).name, s.reason) for s in found.skipped]
    (['a.md', 'b.txt'], [('photo.png', 'not a readout file (.png); readouts end in .txt, .text, .md, .html, .htm or .xhtml')])
    """
    outputs = {path_key(path) for path in exclude}
    arguments = list(arguments)
    given = {path_key(argument) for argument in arguments}  # a subfolder named too is read
    taken = set(outputs)
    files: list[str] = []
    skipped: list[Skipped] = []
    overwritten: list[str] = []
    named: dict[str, int] = {}  # how many arguments name each readout taken
    for argument in arguments:
        found, passed = _one(argument)
        skipped += [  # a rerun's own output, a subfolder named as well
            s
            for s in passed
            if path_key(s.path) not in (given if s.kind is SkipKind.SUBFOLDER else outputs)
        ]
        for path in found:
            key = path_key(path)
            if key in outputs and path not in overwritten and Path(path).is_file():
                overwritten.append(path)
            if key not in taken:
                taken.add(key)
                files.append(path)
            if key not in outputs and path != "-":
                named[key] = named.get(key, 0) + 1
    repeated = tuple((path, times) for path in files if (times := named.get(path_key(path), 0)) > 1)
    return Expansion(
        files=tuple(files), skipped=tuple(skipped), overwritten=tuple(overwritten),
        repeated=repeated,
    )  # fmt: skip


def path_key(path: str) -> str:
    """``path`` as :func:`expand` keys it, to read a file named twice once: absolute, its case
    as the system compares it (``series`` keys the paths it was given so too)."""
    return os.path.normcase(os.path.abspath(path))


_DIGITS = re.compile(r"([0-9]+)")


def name_order(name: str) -> tuple[str | int, ...]:
    """The key a folder's or a glob's files are ordered by: ``name`` with each run of digits
    read as a number, so ``readout-9.txt`` comes before ``readout-10.txt``. Text and numbers
    alternate, text first (``re.split`` with a group), so two keys compare text with text and
    number with number. ``check DIR`` orders readouts of one date so (u62); ``series DIR
    --order given``, ``--history`` and the listing of skipped files too, so the last readout
    of a series is the one ``check DIR`` calls the newest (branch rev14: they sorted by text,
    ``readout-10.txt`` first).

    >>> sorted(["r-10.txt", "r-9.txt", "r-8b.txt"], key=name_order)
    ['r-8b.txt', 'r-9.txt', 'r-10.txt']
    """
    return tuple(int(part) if k % 2 else part for k, part in enumerate(_DIGITS.split(name)))


def _one(argument: str) -> tuple[list[str], list[Skipped]]:
    try:
        if Path(argument).is_dir():
            return _directory(Path(argument))
        if _GLOB & set(argument) and not Path(argument).exists():
            matches = sorted(glob.glob(argument), key=lambda match: (name_order(match), match))
            if not matches:
                raise _unmatched(argument)
            files, passed = _sorted_out(match for match in matches if Path(match).is_file())
            lost = [_no_file(match) for match in matches if _not_a_file(Path(match))]
            return files, passed + lost
    except PermissionError as error:  # in a folder that may be read, not searched (ux20)
        if _GLOB & set(argument):  # its matches were listed: the folder is to blame
            raise unsearched(os.path.dirname(error.filename or argument) or ".", error) from None
    return [argument], []  # a file that cannot be looked at: its reader says why


def _unmatched(pattern: str) -> InputError:
    """The error for a ``pattern`` that matched no file. ``glob`` answers a folder it may not
    list (mode ``-wx``: searched, not listed) with no match, so ``series 'r/*.txt'`` said the
    pattern matched nothing (rev33's G): the pattern's folder (its first with no wildcard) that
    cannot be listed is named instead, as ``series r`` names it (:func:`unlisted`)."""
    folder = os.path.dirname(pattern)
    while _GLOB & set(folder):
        folder = os.path.dirname(folder)
    try:
        os.listdir(folder or ".")
    except PermissionError as error:
        return unlisted(folder or ".", error)
    except OSError:  # no such folder: the pattern is wrong
        pass
    return InputError("no file matches this pattern; check it", path=pattern)


def listed(folder: Path) -> tuple[list[str], list[Skipped]]:
    """List the readouts in ``folder`` (not its subfolders) by name, and the files passed over."""
    return _directory(folder)


def history_readouts(
    folders: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int,
    name: str = "--history",
    on_skipped: Callable[[list[Skipped]], None] | None = None,
) -> list[Readout]:
    """Load the earlier readouts of the history ``folders`` (every readout file of each, not its
    subfolders), as ``readoutdiff A B --history DIR`` and ``compare_files(history=...)`` do.

    Raises :class:`~readoutdiff.errors.InputError` for standard input (``-``), a path that is
    no folder, a folder that holds no readout file or a file that cannot be read; ``name`` is
    how the message names the option. ``on_skipped`` gets each folder's files passed over
    before its readouts are read (the CLI names the reports readoutdiff wrote there).

    >>> history_readouts(["-"], max_bytes=1024, name="history=")
    Traceback (most recent call last):
    ...
    readoutdiff.errors.InputError: history= takes a folder of earlier readouts, not standard input (-)
    >>> history_readouts(["www.kremlin.ru"], max_bytes=1024)
    Traceback (most recent call last):
    ...
    readoutdiff.errors.InputError: www.kremlin.ru: is a web address, and readoutdiff reads files: save the page (File > Save as) or its text, and give that file; --history takes a folder of earlier readouts
    """
    from readoutdiff.ingest.reading import absent, web_address

    earlier: list[Readout] = []
    for given in folders:
        folder = Path(given)
        if str(folder) == "-":  # not "standard input: no such folder"
            raise InputError(f"{name} takes a folder of earlier readouts, not standard input (-)")
        if not folder.is_dir():
            typed = re.sub(r"\A(https?|ftp):/(?!/)", r"\1://", os.fspath(given), flags=re.I)
            web = not folder.exists() and web_address(typed)  # as typed: Path makes // one /
            what = (
                absent(typed)
                if web
                else "is a file, not a folder"
                if folder.exists()
                else "no such folder"
            )
            raise InputError(
                f"{what}; {name} takes a folder of earlier readouts",
                path=typed if web else str(folder),
            )
        files, passed = listed(folder)
        if on_skipped is not None:
            on_skipped(passed)
        if not files:
            raise no_readout(folder, f"{name} learns recurring phrases from earlier readouts")
        earlier += [folder_read(path, max_bytes, HISTORY_READ) for path in files]
    return earlier


HISTORY_READ = "every readout of the folder is read, to learn the phrases recurring in them"
"""Why a history folder's readout that cannot be read stops the run (:func:`folder_read`)."""


def folder_read(path: str, max_bytes: int, why: str) -> Readout:
    """A readout of a folder the user named, read: one that cannot be read (binary, not UTF-8,
    too big …) raises the :class:`~readoutdiff.errors.InputError` that names it, ``why`` a file
    the user did not name matters and what to do, in the words ``series DIR``, ``check DIR``
    and ``--history DIR`` share (ux26: ``--history`` alone gave no hint)."""
    from readoutdiff.ingest import load

    try:
        return load(path, max_bytes=max_bytes)
    except InputError as error:
        if error.path != path:
            raise
        raise InputError(
            f"{error.message}; {why}: fix it or move it out of the folder",
            path=error.path, line=error.line,
        ) from None  # fmt: skip


def history_told(
    comparison: Comparison,
    folders: Sequence[str | os.PathLike[str]],
    earlier: Sequence[Readout],
    *,
    mining: bool = True,
) -> Comparison:
    """``comparison`` with a note of what its history gave: the earlier readouts read (a readout
    also compared counts once, as it is learned once) and the phrases recurring there found in
    A or B (ids ``recurring:…``; a phrase told by its core and its clause counts once, rev26).
    Every view shows it where it shows notes. With ``mining`` off (``--no-mining``) nothing is
    learnt (hist5), and the note says why rather than leave the user to guess (rev27).

    ``readoutdiff A B --history DIR`` said nothing of the folder: most pairs get the same view
    with it as without (no recurring phrase the lexicon lacks), and a new user could not tell a
    history read from one ignored. None tracked is said so, not "none said in A or B": a phrase
    ``series`` lists as recurring over the same folder may be said in A and an earlier readout
    and still not be learned (too short for the readouts that say it, or standing on a report of
    the pair alone), and the note contradicted the series (u70, Carney–Macron's "cybersecurity
    and intelligence sharing").

    Folders that hold only A and B (or copies of them: the same text) are refused
    (:class:`~readoutdiff.errors.InputError`, :func:`_pair_only`), as a folder of no readout
    is: the note said "0 earlier readouts read", and a user could not tell why (ux18).
    """
    from readoutdiff.ingest.text import text_digest  # a BOM or CRLF copy is one (u71)
    from readoutdiff.records.replacing import replace

    compared = {text_digest(comparison.a), text_digest(comparison.b)}
    digests = [text_digest(r) for r in earlier]
    read = len(set(digests) - compared)
    if folders and earlier and not read:
        raise _pair_only(folders)
    # phrases, not entries: a phrase's core and its clause (``recurring:…/clause``) are one
    found = len({
        formula.id.split("/")[0].split("#")[0]
        for formula in comparison.formulas
        if formula.id.startswith("recurring:")
    })  # fmt: skip
    places = [str(folder) for folder in folders]
    where = places[0] if len(places) == 1 else f"{', '.join(places[:-1])} and {places[-1]}"
    phrases = (
        "no phrase recurring there is tracked as a formula (none is learnt with mining off)"
        if not mining
        else "no phrase recurring there is tracked as a formula (the lexicon's formulas aside)"
        if not found
        else "1 phrase recurring there is tracked as a formula (source mined, id recurring:…)"
        if found == 1
        else f"{found} phrases recurring there are tracked as formulas (source mined, id"
        " recurring:…)"
    )
    # a folder may hold readouts dated after B, read all the same: not called earlier (u61)
    after = comparison.b.date
    later = len({
        digest for r, digest in zip(earlier, digests, strict=True)
        if digest not in compared and after and r.date and r.date > after
    })  # fmt: skip
    plural = "s" * (read != 1)
    readouts = f"{read} readout{plural}" if later else f"{read} earlier readout{plural}"
    dated = f" ({later} of them dated after B, read all the same)" if later else ""
    note = f"history: {readouts} read from {where}, besides A and B{dated}; {phrases}"
    return replace(comparison, notes=(*comparison.notes, note))


def _pair_only(folders: Sequence[str | os.PathLike[str]]) -> InputError:
    """The error for history ``folders`` that hold only the two readouts compared (rev31 and
    ux17 left it a note, "0 earlier readouts read"): nothing earlier to learn from.

    >>> print(_pair_only(["hist"]))
    hist: holds only the two readouts compared (A and B, or copies of them: the same text), no earlier readout; --history learns the phrases recurring in earlier readouts of their series: give a folder that holds some, or leave --history out
    >>> print(_pair_only(["h1", "h2"]))
    the --history folders h1 and h2 hold only the two readouts compared (A and B, or copies of them: the same text), no earlier readout; --history learns the phrases recurring in earlier readouts of their series: give a folder that holds some, or leave --history out
    """
    places = [str(folder) for folder in folders]
    said = (
        "the two readouts compared (A and B, or copies of them: the same text), no earlier"
        " readout; --history learns the phrases recurring in earlier readouts of their series:"
        " give a folder that holds some, or leave --history out"
    )
    said += subfolders_hint(places)  # earlier readouts kept in a subfolder: name it
    if len(places) == 1:
        return InputError(f"holds only {said}", path=places[0])
    return InputError(
        f"the --history folders {', '.join(places[:-1])} and {places[-1]} hold only {said}"
    )


def no_readout(folder: str | os.PathLike[str], then: str) -> InputError:
    """The one error for a folder that holds no readout file, as ``series``, ``check DIR`` and
    ``--history`` say it: the suffixes a readout has, ``then`` what the command needs, and the
    subfolders that hold readouts, if any (:func:`subfolders_hint`).

    >>> print(no_readout("empty", "name a folder that holds readouts"))
    empty: holds no readout file (readouts end in .txt, .text, .md, .html, .htm or .xhtml); name a folder that holds readouts
    """
    return InputError(
        f"holds no readout file (readouts end in {SUFFIX_NAMES}); {then}"
        + subfolders_hint([str(folder)]),
        path=str(folder),
    )


def subfolders_hint(paths: list[str]) -> str:
    """Name the subfolders that hold readouts, for an error about folders that hold none: a
    folder of series (``eval/series``) is not searched recursively (series, check DIR,
    --history), so the user learns which to name; empty when there is none.

    >>> subfolders_hint(["no-such-folder"])
    ''
    """
    try:
        found = [
            str(sub)
            for path in paths
            if Path(path).is_dir()
            for sub in sorted(Path(path).iterdir())
            if sub.is_dir() and not sub.name.startswith(".") and listed(sub)[0]
        ]
    except OSError:  # a folder that cannot be listed: the error stands without the hint
        return ""
    if not found:
        return ""
    more = f" and {len(found) - 2} more" if len(found) > 2 else ""
    return f"; subfolders are not searched: name one, such as {' or '.join(found[:2])}{more}"


def _directory(folder: Path) -> tuple[list[str], list[Skipped]]:
    try:
        entries = sorted(
            (path for path in folder.iterdir() if not path.name.startswith(".")),
            key=lambda path: (name_order(path.name), path.name),
        )
    except PermissionError as error:
        raise unlisted(folder, error) from None
    try:  # a folder listed but not searched (r-- without x): each look inside is refused
        files, passed = _sorted_out(str(path) for path in entries if path.is_file())
        lost = [_no_file(str(path)) for path in entries if _not_a_file(path)]
        if files:  # a folder of none is an error that names them (:func:`subfolders_hint`)
            lost += [s for path in entries if path.is_dir() and (s := _subfolder(path)) is not None]
    except PermissionError as error:
        raise unsearched(folder, error) from None
    return files, sorted(passed + lost, key=lambda skip: (name_order(skip.path), skip.path))


def unlisted(folder: str | os.PathLike[str], error: OSError) -> InputError:
    """The one line for a folder the user may not list (mode 700, another owner's), as
    ``--history`` says it (rev32): ``series DIR`` printed the bare ``DIR: Permission denied``
    and ``check DIR`` ``cannot list it (Permission denied)`` without what to do (ux19).

    >>> print(unlisted("private", PermissionError(13, "Permission denied")))
    private: cannot list it (Permission denied); check its permissions
    """
    return InputError(
        f"cannot list it ({error.strerror}); check its permissions", path=os.fspath(folder)
    )


def unsearched(folder: str | os.PathLike[str], error: OSError) -> InputError:
    """The one line for a folder the user may list but not search (mode ``r--`` without
    ``x``): its names are listed, yet looking at any file in it is refused, and the bare
    ``DIR/FILE: Permission denied`` of the first file looked at came through (ux19 left it).

    >>> print(unsearched("shared", PermissionError(13, "Permission denied")))
    shared: lists its files but cannot open them (Permission denied: the folder may be read, not searched); check its permissions
    """
    return InputError(
        f"lists its files but cannot open them ({error.strerror}: the folder may be read, not"
        " searched); check its permissions",
        path=os.fspath(folder),
    )


def _subfolder(folder: Path) -> Skipped | None:
    """A subfolder as skipped when it holds readout files of its own (by their names: its
    files are not opened), else None (an empty folder, one of pictures, a folder of folders).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / "2023").mkdir(); _ = (folder / "2023" / "a.txt").write_text("x")
    >>> _subfolder(folder / "2023").reason
    'a subfolder holding 1 readout file, not searched (a folder is not read recursively): name it too to read it'
    """
    try:
        held = sum(
            path.suffix.lower() in READOUT_SUFFIXES
            and not path.name.startswith(".")
            and path.stem.lower() not in _FOLDER_DOCS
            and path.is_file()
            for path in folder.iterdir()
        )
    except OSError:  # a folder that cannot be listed: nothing to say of it
        return None
    if not held:
        return None
    files = f"{held} readout file{'s' * (held != 1)}"
    why = f"a subfolder holding {files}, not searched (a folder is not read recursively):"
    return Skipped(
        path=str(folder),
        reason=f"{why} name it too to read {'them' if held != 1 else 'it'}",
        kind=SkipKind.SUBFOLDER,
    )


def _not_a_file(path: Path) -> bool:
    """Whether ``path``, named with a readout's suffix, is neither a file nor a folder."""
    return path.suffix.lower() in READOUT_SUFFIXES and not path.is_file() and not path.is_dir()


def _no_file(path: str) -> Skipped:
    """Why a name with a readout's suffix in a folder or a pattern's matches is not read.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> (folder / "r.txt").symlink_to("gone.txt")
    >>> _no_file(str(folder / "r.txt")).reason
    'a symbolic link to gone.txt, which does not exist'
    """
    place = Path(path)
    if place.is_symlink():
        try:
            target = os.readlink(place)
        except OSError:
            target = "?"
        try:
            place.stat()
        except OSError as error:  # a loop of links, or a link to nowhere
            if error.errno == errno.ELOOP:
                why = f"a symbolic link to {target} in a loop of links"
            else:
                why = f"a symbolic link to {target}, which does not exist"
        else:
            why = f"a symbolic link to {target}, which is not a file"
    else:
        why = "not a file (a named pipe, a socket or a device)"
    return Skipped(path=path, reason=why, kind=SkipKind.UNREADABLE)


def _sorted_out(paths: Iterable[str]) -> tuple[list[str], list[Skipped]]:
    """``paths`` split into readouts and files passed over, in their order, each file's head
    read once (:func:`_is_readout`; branch fix5: the listing asked twice, for the readouts and
    for the others, and so opened every file twice)."""
    files: list[str] = []
    passed: list[Skipped] = []
    for path in paths:
        if _is_readout(path):
            files.append(path)
        else:
            passed.append(_skip(path))
    return files, passed


def _is_readout(path: str) -> bool:
    suffix = Path(path).suffix.lower()
    if Path(path).stem.lower() in _FOLDER_DOCS:
        return False  # a folder's README or SOURCES describes the readouts; it is not one
    return suffix in READOUT_SUFFIXES and not _ours(path)


def _ours(path: str) -> bool:
    """Whether ``path`` holds a report readoutdiff wrote: a page, or a view saved as text."""
    try:
        with open(path, "rb") as page:
            head = page.read(4096)
    except OSError:
        return False  # let load() report it
    # the tests load() refuses our pages and views by, under any readout suffix: report.txt
    # from -f html -o report.txt (rev30: a folder holding it stopped series and check DIR), a
    # view saved as .html too
    from readoutdiff.ingest.reader import written_by_us

    return written_by_us(head.decode("utf-8", "replace"))


def _skip(path: str) -> Skipped:
    if Path(path).stem.lower() in _FOLDER_DOCS:
        why = f"a {Path(path).stem} file describing the folder, not a readout"
        return Skipped(path=path, reason=why, kind=SkipKind.FOLDER_DOC)
    if Path(path).suffix.lower() in READOUT_SUFFIXES:  # a readout's suffix, yet not taken
        why = "written by readoutdiff (a report or timeline), not a readout"
        return Skipped(path=path, reason=why, kind=SkipKind.OURS)
    if Path(path).suffix.lower() in SETTINGS_SUFFIXES:
        why = f"a settings file ({Path(path).suffix}), not a readout"
        return Skipped(path=path, reason=why, kind=SkipKind.SETTINGS)
    why = f"not a readout file ({Path(path).suffix or 'no suffix'}); readouts end in {SUFFIX_NAMES}"
    return Skipped(path=path, reason=why, kind=SkipKind.SUFFIX)
