"""``readoutdiff A B`` (``readoutdiff diff A B``): compare two readouts (registered by ``app.py``).

It loads both readouts, calls :func:`readoutdiff.compare.compare`, renders the chosen format
(only that renderer is imported), writes it and, with ``--exit-code``, says 1 when they differ.
"""

# No "from __future__ import annotations" here: typer reads the command signatures on every
# run, and each annotation kept as a string costs an eval (7 ms a run for the four commands).

import os
import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from readoutdiff.cli.options import (
    HistoryOption,
    LexiconOption,
    MaxSizeOption,
    MeaningOption,
    NoBackgroundOption,
    NoBuiltinOption,
    NoMiningOption,
    OutputOption,
    StampOption,
    now,
    refuse_writing_inputs,
    run_options,
    with_history,
    write_file,
)
from readoutdiff.cli.output import write_stdout
from readoutdiff.errors import ExitCode, ReadoutError

if TYPE_CHECKING:  # the engine loads only when a command runs: --version and --help stay quick
    from readoutdiff.model import Comparison


class Format(StrEnum):
    """Output formats of ``readoutdiff A B``."""

    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"


class Color(StrEnum):
    """When to colour the terminal view."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


def diff_command(
    a: Annotated[
        str,
        typer.Argument(
            metavar="A",
            help="The earlier readout (a text file or saved HTML page, or - for standard input).",
        ),
    ],
    b: Annotated[
        str,
        typer.Argument(
            metavar="B",
            help="The later readout (a text file or saved HTML page, or - for standard input).",
        ),
    ],
    output_format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            metavar="[text|json|markdown|html]",
            help="What to write to standard output (or to -o FILE).",
        ),
    ] = Format.TEXT,
    output: OutputOption = None,
    html: Annotated[
        Path | None,
        typer.Option("--html", metavar="FILE", help="Also write the HTML report to FILE."),
    ] = None,
    json_file: Annotated[
        Path | None, typer.Option("--json", metavar="FILE", help="Also write the JSON to FILE.")
    ] = None,
    exit_code: Annotated[
        bool,
        typer.Option(
            "--exit-code", help="Exit with status 1 when the readouts differ (as git diff does)."
        ),
    ] = False,
    color: Annotated[
        Color,
        typer.Option(
            "--color",
            metavar="[auto|always|never]",
            help="Colour the terminal view: auto colours on a terminal, unless NO_COLOR holds "
            "a value (an empty one does not count, as no-color.org says).",
        ),
    ] = Color.AUTO,
    max_size: MaxSizeOption = 16,
    lexicon: LexiconOption = None,
    no_builtin_lexicon: NoBuiltinOption = False,
    no_mining: NoMiningOption = False,
    no_background: NoBackgroundOption = False,
    history: HistoryOption = None,
    meaning: MeaningOption = False,
    stamp: StampOption = False,
) -> None:
    """Compare readout A with readout B."""
    from readoutdiff.compare import compare
    from readoutdiff.ingest import load
    from readoutdiff.ingest.reading import refuse_shared_streams

    if a == "-" and b == "-":
        raise ReadoutError("only one of A and B can be - (standard input)")
    if stamp and html is None and output_format is not Format.HTML:
        raise ReadoutError("--stamp shapes the HTML report: give --html FILE or -f html with it")
    refuse_shared_streams([a, b])
    refuse_writing_inputs([a, b], [output, html, json_file])
    limit = max_size * 1024 * 1024
    options = replace(
        run_options(lexicon, no_builtin_lexicon, no_mining, no_background), meaning=meaning
    )
    pair = [load(a, max_bytes=limit), load(b, max_bytes=limit)]
    options = with_history(options, history, pair, limit)
    comparison = compare(pair[0], pair[1], options=options)
    rendered = _render(comparison, output_format, _use_color(color, output), stamp=stamp)
    if output is not None:
        write_file(output, rendered)
    if html is not None:
        write_file(html, _render(comparison, Format.HTML, False, stamp=stamp))
    if json_file is not None:
        write_file(json_file, _render(comparison, Format.JSON, False))
    if output is None:  # last, so a reader that stops early (| head) costs no file
        write_stdout(rendered)
    if exit_code and _differs(comparison):
        raise typer.Exit(ExitCode.DIFFERENT)


def _use_color(choice: Color, output: Path | None) -> bool:
    if choice is Color.NEVER or (output is not None and choice is Color.AUTO):
        return False
    if choice is Color.ALWAYS:
        return True
    # no-color.org: NO_COLOR set to a non-empty value turns colour off; an empty one does not.
    return not os.environ.get("NO_COLOR") and sys.stdout.isatty()


def _render(
    comparison: "Comparison", output_format: Format, color: bool, *, stamp: bool = False
) -> str:
    """Import only the renderer asked for, to keep start-up fast."""
    if output_format is Format.JSON:
        from readoutdiff.render.jsonout import render_json

        return render_json(comparison)
    if output_format is Format.MARKDOWN:
        from readoutdiff.render.markdown import render_markdown

        return render_markdown(comparison)
    if output_format is Format.HTML:
        from readoutdiff.render.html import render_html

        return render_html(comparison, stamp=now() if stamp else None)
    from readoutdiff.render.text import render_text

    return render_text(comparison, color=color)


def _differs(comparison: "Comparison") -> bool:
    """Any passage changed (case included), dropped, added or moved: ``--exit-code`` says 1."""
    from readoutdiff.model import Status

    return any(
        alignment.status is not Status.UNCHANGED or alignment.moved
        for alignment in comparison.alignments
    )
