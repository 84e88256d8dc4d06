"""Which two readouts ``readoutdiff check`` compares: ``OLD NEW``, or the newest two of ``DIR``."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from readoutdiff.check.apply import check
from readoutdiff.check.outcome import CheckResult
from readoutdiff.check.rules import Rules
from readoutdiff.compare import compare
from readoutdiff.errors import InputError, LexiconError, ReadoutError
from readoutdiff.ingest import DEFAULT_MAX_BYTES, load, readout_paths
from readoutdiff.ingest.reading import absent, refuse_shared_streams, web_address
from readoutdiff.ingest.readout_paths import one_series
from readoutdiff.ingest.readout_paths import other_series as other_series
from readoutdiff.ingest.readout_paths import series_named as series_named
from readoutdiff.model import Options, Readout
from readoutdiff.records.replacing import replace

_GIVE = "give OLD NEW (two readouts) or DIR (a folder)"
"""What ``readoutdiff check`` takes, said in every error about its paths."""


def newest_pair(readouts: Sequence[Readout]) -> tuple[Readout, Readout]:
    """Return the readout before the newest and the newest, by date then file name.

    Undated readouts sort before dated ones.

    >>> from readoutdiff.ingest import from_text
    >>> pair = newest_pair([from_text(f"Met on {d}.", path=p) for d, p in
    ...     (("2021-12-15", "b.txt"), ("2021-06-28", "z.txt"), ("2021-12-15", "a.txt"))])
    >>> [readout.path for readout in pair]
    ['a.txt', 'b.txt']
    """
    if len(readouts) < 2:
        raise InputError("needs at least two readouts to compare the newest with the one before")
    ordered = in_order(readouts)
    return ordered[-2], ordered[-1]


def in_order(readouts: Sequence[Readout]) -> list[Readout]:
    """Return ``readouts`` by date then file name (undated first), the newest last; a number in
    a file name is read as a number, so ``readout-10.txt`` follows ``readout-9.txt`` (as text
    it came before, and a folder of undated numbered readouts was checked 8 → 9 once 12 was
    added: u62's walk).

    >>> from readoutdiff.ingest import from_text
    >>> [r.path for r in in_order([from_text("Met.", path=f"r-{n}.txt") for n in (10, 9, 8)])]
    ['r-8.txt', 'r-9.txt', 'r-10.txt']
    """
    return sorted(
        readouts, key=lambda r: (r.date or "", readout_paths.name_order(Path(r.path).name), r.path)
    )


def readout_files(directory: str | os.PathLike[str]) -> list[str]:
    """List the readout files of ``directory`` (not its subfolders), by name."""
    return listing(directory)[0]


def listing(directory: str | os.PathLike[str]) -> tuple[list[str], list[readout_paths.Skipped]]:
    """The readout files of ``directory`` (not its subfolders), by name, and the files passed
    over (:func:`readoutdiff.ingest.readout_paths.listed`): a run lists its folder once, as
    listing it reads the head of every file (branch fix4)."""
    folder = Path(directory)
    try:
        return readout_paths.listed(folder)
    except OSError as error:
        raise InputError(f"cannot list it ({error.strerror})", path=str(folder)) from None


def folder_readouts(files: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES) -> list[Readout]:
    """The readouts of a folder's ``files``, each read once, by date then name (:func:`in_order`)."""
    return in_order([folder_load(path, max_bytes) for path in files])


FOLDER_READ = "every readout of the folder is read, to order them by date"
"""Why a folder's readout the user did not name stops the run (:func:`folder_load`)."""


def folder_load(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Readout:
    """A readout of a folder, read: one that cannot be read (binary, not UTF-8, too big …)
    stops ``check DIR`` (``--since`` too) and ``series DIR`` with exit status 2, its line
    naming it and why a file the user did not name matters (ux16), in the words
    :func:`~readoutdiff.ingest.readout_paths.folder_read` gives ``--history DIR`` too. Not
    passed over with a warning: the file left out may be the newest, or the one a pull request
    adds, and the run would pass having checked another pair; a CI user meets a red job naming
    the file, as a linter fails on a file it cannot decode (tests/test_folder_unreadable.py)."""
    return readout_paths.folder_read(path, max_bytes, FOLDER_READ)


def _two_or_more(directory: str) -> list[str]:
    files = readout_files(directory)
    if not files:
        raise readout_paths.no_readout(
            directory, "check compares the two newest readouts of a folder"
        )
    if len(files) < 2:
        raise InputError(
            "holds 1 readout file; needs at least two readouts to compare the newest with the"
            " one before" + readout_paths.subfolders_hint([directory]),
            path=directory,
        )
    return files


def run(
    paths: Sequence[str], rules: Rules, *, options: Options = Options(),
    max_bytes: int = DEFAULT_MAX_BYTES, loaded: Sequence[Readout] | None = None,
) -> CheckResult:  # fmt: skip
    """Load ``OLD NEW`` (or the two newest readouts of ``DIR``), compare them and apply ``rules``.

    ``loaded``: the readouts of ``DIR`` already read (:func:`folder_readouts`), not read again."""
    refuse_unknown_ids(rules, options)
    series = None
    if len(paths) == 1 and Path(paths[0]).is_dir():
        from readoutdiff.series.build import once

        # a copy of a readout saved beside it is read once, as `readoutdiff series` reads it:
        # else the newest compared with its copy told nothing, and its phrases all "recurred"
        if loaded is None:
            loaded = folder_readouts(_two_or_more(paths[0]), max_bytes)
        readouts = list(once(in_order(loaded)))
        if len(readouts) < 2:
            raise InputError(
                "holds copies of one readout only (the same text under each name); needs two"
                " different readouts to compare the newest with the one before",
                path=paths[0],
            )
        first = first_of_series(paths[0], readouts, rules)
        if first is not None:
            return first
        readouts, kept = newest_series(readouts)
        readouts, versions = one_version(readouts)
        pair = newest_pair(readouts)
        series = readouts[:-2]  # the older ones
        options = recurring(options, readouts)
        comparison = compare(*pair, options=options)
        said = (*kept, *versions_note(versions, pair), *two_series_note(*pair))
        if said:
            comparison = replace(comparison, notes=(*comparison.notes, *said))
        return check(comparison, rules, series=series, lexicon=options.lexicon)
    elif len(paths) == 2:
        refuse_shared_streams(paths)
        pair = (load(paths[0], max_bytes=max_bytes), load(paths[1], max_bytes=max_bytes))
    elif len(paths) == 1:
        refuse_missing_folder(paths)
        raise InputError(f"a single file; {_GIVE}", path=paths[0])
    else:
        extra = f"unexpected extra argument: {paths[2]}; " if len(paths) > 2 else ""
        raise ReadoutError(f"{extra}{_GIVE}")
    # The same comparison as `readoutdiff OLD NEW`: a finding quotes a formula as the pair's
    # key changes and formula list do ("commitment to a two-state solution" was dropped, not
    # "two-state solution" here and the fuller wording there), and the summary's key changes
    # are the pair's.
    # A folder is a series: its recurring phrases are tracked as `readoutdiff series` tracks
    # them, and a phrase mined from its newest two alone counts as a dropped formula only where
    # an older readout of the folder says it too (check.apply._recurs).
    return check(compare(*pair, options=options), rules, series=series, lexicon=options.lexicon)


def newest_series(readouts: Sequence[Readout]) -> tuple[list[Readout], list[str]]:
    """``readouts`` (in order) kept to the series of the newest, with a note saying so, when
    every file name says its series (:func:`series_named`) and they say more than one: ``check
    DIR`` on a folder of several series compared the newest readouts of two different series
    (eval/bilingual: Xi–Macron with Lukashenko–Putin, similarity 0.00) and warned of every
    phrase either said (ux14). A series naming a participant of the newest's is kept with it
    (:func:`one_series`: harris-herzog and biden-herzog, one counterpart's meetings with two
    presidents, are one series to a user). Names that do not all say a series keep the folder
    whole; a newest series of one readout is a first readout (:func:`first_of_series`, checked
    before: the folder is then kept whole here)."""
    if not readouts:
        return [], []
    kept, ours, others = series_of(readouts, readouts[-1])
    if len(kept) < 2 or not others:
        return list(readouts), []
    left = len(readouts) - len(kept)
    return kept, [
        f"the folder holds {len(others) + len(ours)} series by file name: check compares the"
        f" newest two readouts of {some_of(ours)}, the newest readout's series, and leaves out"
        f" the {left} readout{'s' if left > 1 else ''} of {some_of(others)}"
    ]


def first_of_series(
    directory: str, readouts: Sequence[Readout], rules: Rules
) -> CheckResult | None:
    """The result of ``check DIR`` whose newest readout (the last of ``readouts``, in order) is
    the first of its series by file name (:func:`series_of`: every name says a series, and
    they say more than one), else None: nothing to compare yet, in the words ``check DIR
    --since`` gives the first readout of a series added (ux15), and a pass. It was compared
    with the readout before it of another series (ux14's choice: a note named both files),
    similarity near 0.00 and a warning for every phrase either said: a check of nothing the
    user asked (ux16). The series left out are named after it, as the note of a folder of
    several series names them."""
    kept, ours, others = series_of(readouts, readouts[-1])
    if len(kept) != 1 or not others:
        return None
    left = len(readouts) - 1
    first = first_readout(f"{some_of(ours)} in {directory}", readouts[-1], rules)
    said = (
        f"{first.nothing}; the folder holds {len(others) + len(ours)} series by file name, and check"
        f" leaves out the {left} readout{'s' if left > 1 else ''} of {some_of(others)}"
    )
    return CheckResult(
        old=first.old, new=first.new, similarity=1.0, outcomes=(), rules_path=rules.path,
        nothing=said,
    )  # fmt: skip


def series_of(
    readouts: Sequence[Readout], readout: Readout
) -> tuple[list[Readout], list[str], list[str]]:
    """``readouts`` (in order) kept to the series of ``readout`` (one of them), the series
    names kept and those left out, when every file name says its series (:func:`series_named`)
    and they say more than one; else all of ``readouts`` and no names. A series naming a
    participant of ``readout``'s is kept with it (:func:`one_series`).

    >>> from readoutdiff.ingest import from_text
    >>> folder = [from_text("Met.", path=f"{name}.txt") for name in
    ...     ("a-b__2020-01-01", "c-d__2020-02-01", "a-e__2020-03-01", "c-d__2020-04-01")]
    >>> kept, ours, others = series_of(folder, folder[1])
    >>> [r.path for r in kept], ours, others
    (['c-d__2020-02-01.txt', 'c-d__2020-04-01.txt'], ['c-d'], ['a-b', 'a-e'])
    """
    names = [series_named(each.path) for each in readouts]
    if not names or None in names or len(set(names)) < 2:
        return list(readouts), [], []
    own = series_named(readout.path)
    kept = [r for r, name in zip(readouts, names, strict=True) if one_series(name, own)]
    others = sorted({name for name in names if name and not one_series(name, own)})
    ours = sorted({name for name in names if name and one_series(name, own)})
    return kept, ours, others


def and_(names: Sequence[str]) -> str:
    """``names`` joined as a sentence says them ("a, b and c")."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


NAMED_AT_MOST = 6
"""How many series a note names before it counts the rest (:func:`some_of`)."""


def some_of(names: Sequence[str]) -> str:
    """``names`` as :func:`and_` says them, the first five and a count of the rest when there
    are more than :data:`NAMED_AT_MOST`: ``check eval/formulas`` (272 series by file name)
    wrote a note of 10,000 characters naming every series left out (ux20's walk).

    >>> some_of(["a", "b"]), some_of([f"s{k}" for k in range(9)])
    ('a and b', 's0, s1, s2, s3, s4 and 4 more')
    """
    if len(names) <= NAMED_AT_MOST:
        return and_(names)
    shown = NAMED_AT_MOST - 1
    return f"{', '.join(names[:shown])} and {len(names) - shown} more"


def two_series_note(old: Readout, new: Readout) -> list[str]:
    """A note when the file names of the two readouts compared say two series sharing no
    participant: a comparison of two different series' readouts says little (one line, naming
    both files)."""
    first, second = series_named(old.path), series_named(new.path)
    if first is None or second is None or one_series(first, second):
        return []
    return [
        f"OLD and NEW are of two series by their file names ({first}, {second}):"
        f" {Path(old.path).name} and {Path(new.path).name}; check a folder of one series"
    ]


def one_version(readouts: Sequence[Readout]) -> tuple[list[Readout], list[tuple[Readout, Readout]]]:
    """``readouts`` (in order) with each call read once, as ``readoutdiff series`` reads it: a
    readout that is another language's version of a call the folder also holds in its
    majority language is left out (:func:`readoutdiff.series.build.other_versions`, the test
    the pair views make, ``key_minor.versions_of``), and the versions left out, each with the
    readout read as its call. ``check DIR`` compared a call's Chinese readout with its English
    one, the newest two by date, as two readouts and warned of every phrase "only in old, the
    Chinese version" (ux12). A folder of one call in two languages keeps both (a pair)."""
    from readoutdiff.series.build import other_versions

    versions = other_versions(readouts)
    left = {id(version) for version, _ in versions}
    return [readout for readout in readouts if id(readout) not in left], versions


def versions_note(
    versions: Sequence[tuple[Readout, Readout]], pair: tuple[Readout, Readout]
) -> list[str]:
    """The notes naming the versions left out (:func:`one_version`) of the calls ``pair``
    compares, by side ("B: the same call in Chinese: x-zh.txt, left out", the words ``series``
    gives the meeting; ``check`` names the sides OLD and NEW)."""
    from readoutdiff.series.build import version_note

    return [
        f"{side}: {version_note(version, meeting)} (check reads one version of each call)"
        for side, readout in zip("AB", pair, strict=True)
        for version, meeting in versions
        if meeting is readout
    ]


def recurring(options: Options, readouts: Sequence[Readout]) -> Options:
    """Options whose lexicon also holds the phrases recurring over the folder's readouts, found
    as ``readoutdiff series`` finds them, so that ``check DIR`` reports a recurring phrase
    dropped by the newest readout where the series' last column says it dropped."""
    if not (options.formulas and options.mine_formulas):
        return options
    from readoutdiff.formulas.mining.recurrence import with_recurring

    return with_recurring(options, readouts)


def refuse_missing_folder(paths: Sequence[str]) -> None:
    """A single path that does not exist is named before anything else is read: the rules
    file of a hook's ``args: [readouts, --rules, readouts/rules.toml]`` lies in that folder,
    and "readouts/rules.toml: cannot read the rules" would hide that the folder is missing.

    A web address is told as the other commands tell it (rev30 found ``check https://…`` called
    "no such folder").

    >>> refuse_missing_folder(["nowhere"])
    Traceback (most recent call last):
    readoutdiff.errors.InputError: nowhere: no such folder; give OLD NEW (two readouts) or DIR (a folder)
    >>> refuse_missing_folder(["https://www.mid.ru/ru/"])
    Traceback (most recent call last):
    readoutdiff.errors.InputError: https://www.mid.ru/ru/: is a web address, and readoutdiff reads files: save the page (File > Save as) or its text, and give that file; give OLD NEW (two readouts) or DIR (a folder)
    """
    if len(paths) == 1 and paths[0] != "-" and not Path(paths[0]).exists():
        why = absent(paths[0]) if web_address(paths[0]) else "no such folder"
        raise InputError(f"{why}; {_GIVE}", path=paths[0])


def refuse_unknown_ids(rules: Rules, options: Options) -> None:
    """A watch or forbid rule that names a formula by an id no lexicon in use has is a mistake
    (a misspelt id would pass every run, never watching anything): raise :class:`LexiconError`.
    Mined ids (``mined:…``) name phrases found in the readouts themselves and are let through.
    A lexicon id with the ``#…`` mark that tells one of its entries apart in a comparison (as a
    finding names it: ``belt-and-road#祝-贺-…``) is refused as README says, and the hint names
    the formula's own id, which watches every entry of it (rev37: no hint was given)."""
    from readoutdiff.formulas.lexicon.background import entries as background
    from readoutdiff.formulas.lexicon.ids import bare_id, phrase_kind
    from readoutdiff.formulas.lexicon.lexicon import builtin

    known = {entry.id for entry in (options.lexicon or builtin()).entries}
    if options.background and options.mine_formulas:
        known |= {entry.id for entry in background()}
    for rule in rules.rules:
        if rule.id is not None and rule.id not in known and not rule.id.startswith("mined:"):
            import difflib  # only on this error path

            near = [bare_id(rule.id)] if bare_id(rule.id) in known else []
            near = near or difflib.get_close_matches(rule.id, sorted(known), n=1, cutoff=0.8)
            hint = f"did you mean {near[0]!r}? " if near else ""
            # a phrase's id of stems ("background:建-交-…"): `formulas FILE` shows its words
            # and kind, not the id (u62), and a rule watches such a phrase by its text
            phrase = phrase_kind(rule.id) is not None and not hint
            raise LexiconError(
                f"{rule.kind.value} rule: no formula of the lexicon has the id {rule.id!r}"
                + (
                    '; name a phrase found in the readouts by its words: text = "…"'
                    if phrase
                    else f" ({hint}see readoutdiff formulas FILE for the ids found in a readout)"
                ),
                path=rules.path,
            )


def first_readout(
    directory: str, readout: Readout, rules: Rules, copied: Readout | None = None,
    *, call: Readout | None = None,
) -> CheckResult:  # fmt: skip
    """The result of a readout with none before it in the folder: nothing to compare yet (its
    words as they are: the command line spells out what a terminal must not be sent). A copy
    of the folder's first readout (``copied``) is named as one: an undated copy is not the
    first "by date" itself (rev19). Another language's version of the folder's first call
    (:func:`one_version`), read as ``call``, is named as a version of
    that call (rev28: it was said to be "the same text as" the call's readout).

    >>> from readoutdiff.check.rules import DEFAULT
    >>> from readoutdiff.ingest import from_text
    >>> call = from_text("2018年3月9日，双方通电话。", path="r/c-zh.txt")
    >>> version = from_text("On 9 March 2018 they spoke.", path="r/c.txt")
    >>> print(first_readout("r", version, DEFAULT, call=call).nothing)
    nothing to compare yet: r/c.txt is the English version of a call already read, r/c-zh.txt (Chinese), the first readout of r by date; check reads one version of each call, and compares a readout with the one before it
    """
    if call is not None:
        from readoutdiff.languages import language

        said = (
            f"nothing to compare yet: {readout.path} is the {language(readout.language).name}"
            f" version of a call already read, {call.path} ({language(call.language).name}),"
            f" the first readout of {directory} by date; check reads one version of each call,"
            " and compares a readout with the one before it"
        )
    else:
        first = f"the same text as {copied.path}, " if copied is not None else ""
        said = (
            f"nothing to compare yet: {readout.path} is {first}the first readout of {directory}"
            " by date; a check compares a readout with the one before it"
        )
    return CheckResult(
        old=readout, new=readout, similarity=1.0, outcomes=(), rules_path=rules.path, nothing=said
    )
