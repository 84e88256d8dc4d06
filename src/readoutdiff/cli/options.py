"""What the commands of the CLI share: option declarations, the run's Options, writing files.

``app.py``, ``check.py`` and ``series.py`` import from here, so no
command module needs another one and the wording of a shared option lives once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from readoutdiff.errors import InputError, ReadoutError

if TYPE_CHECKING:
    from readoutdiff.model import Options, Readout


def megabytes(value: str | int) -> int:
    """Read ``--max-size``: a whole number of megabytes, 1 or more.

    >>> megabytes("16")
    16
    >>> megabytes("lots")
    Traceback (most recent call last):
    ...
    typer._click.exceptions.BadParameter: 'lots' is not a whole number of megabytes (1 or more)
    """
    text = str(value).strip()
    if not text.isascii() or not text.isdigit() or int(text) < 1:
        raise typer.BadParameter(f"{text!r} is not a whole number of megabytes (1 or more)")
    return int(text)


MaxSizeOption = Annotated[
    int,
    typer.Option(
        "--max-size",
        parser=megabytes,
        metavar="MB",
        help="Refuse input files larger than this many megabytes.",
    ),
]
LexiconOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--lexicon",
        metavar="FILE",
        help="Add the formulas of this TOML lexicon (repeatable; overrides built-in ids).",
    ),
]
NoBuiltinOption = Annotated[
    bool, typer.Option("--no-builtin-lexicon", help="Do not use the built-in formula lexicon.")
]
NoMiningOption = Annotated[
    bool,
    typer.Option(
        "--no-mining", help="Track only lexicon formulas, not phrases mined from the texts."
    ),
]
NoBackgroundOption = Annotated[
    bool,
    typer.Option(
        "--no-background",
        help="Do not look for the built-in background of phrases that recur across many real "
        "readouts (topic 'background').",
    ),
]
MeaningOption = Annotated[
    bool,
    typer.Option(
        "--meaning",
        help="Also pair sentences by meaning (multilingual embeddings): rewordings that share "
        "few words. Always on when A and B are in different languages.",
    ),
]

OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="FILE", help="Write the chosen format to FILE."),
]
StampOption = Annotated[
    bool,
    typer.Option(
        "--stamp",
        help="Put the current time in the HTML output (off: same inputs, same bytes).",
    ),
]

HistoryOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--history",
        metavar="DIR",
        help="Learn recurring phrases from the earlier readouts in DIR (repeatable).",
    ),
]


def with_history(
    options: Options, folders: list[Path] | None, readouts: list[Readout], max_bytes: int
) -> Options:
    """Return ``options`` whose lexicon also holds phrases recurring in the history folders
    and the readouts compared (a readout read twice counts once)."""
    if not folders:
        return options
    from readoutdiff.formulas.recurrence import with_recurring
    from readoutdiff.ingest import load
    from readoutdiff.readout_paths import readout_files

    earlier: list[Readout] = []
    for folder in folders:
        if not folder.is_dir():
            raise InputError(
                "is not a folder; --history takes a folder of earlier readouts", path=str(folder)
            )
        files, _ = readout_files(folder)
        if not files:
            raise InputError(
                "holds no readout files (.txt, .md, .html ...) to learn recurring phrases from",
                path=str(folder),
            )
        earlier += [load(path, max_bytes=max_bytes) for path in files]
    unique = {readout.sha256: readout for readout in [*earlier, *readouts]}
    return with_recurring(options, list(unique.values()))


def run_options(
    lexicon: list[Path] | None, no_builtin_lexicon: bool, no_mining: bool,
    no_background: bool = False,
) -> Options:  # fmt: skip
    """Return the comparison Options the formula flags ask for."""
    from readoutdiff.formulas.lexicon import chosen
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


def refuse_writing_inputs(readouts: list[str], outputs: list[Path | None]) -> None:
    """Stop before an output file would replace (or append to) a readout being compared.

    >>> refuse_writing_inputs(["a.txt", "-"], [None, Path("report.html")])
    >>> refuse_writing_inputs(["a.txt", "b.txt"], [Path("./b.txt")])
    Traceback (most recent call last):
    ...
    readoutdiff.errors.ReadoutError: b.txt: is a readout being compared; write the output to another file
    """
    import os

    inputs = {os.path.normcase(os.path.realpath(path)) for path in readouts if path != "-"}
    for output in outputs:
        if output is not None and os.path.normcase(os.path.realpath(output)) in inputs:
            raise ReadoutError(
                "is a readout being compared; write the output to another file", path=str(output)
            )


def write_file(path: Path, text: str, *, newline: str | None = None) -> None:
    """Write ``text`` as UTF-8, atomically; ``newline=""`` keeps line ends (CSV's ``\\r\\n``)."""
    from readoutdiff.cli.output import write_atomic

    write_atomic(path, text, newline=newline)


def append_file(path: Path, text: str) -> None:
    """Append ``text`` as UTF-8 (a job summary file collects every step's part)."""
    try:
        with path.open("a", encoding="utf-8") as file:
            file.write(text)
    except OSError as error:
        raise ReadoutError(f"cannot write it ({error.strerror})", path=str(path)) from None
