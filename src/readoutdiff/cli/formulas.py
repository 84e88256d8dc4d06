"""``readoutdiff formulas FILE``: list the formulas of one readout (registered by ``app.py``)."""

# No "from __future__ import annotations" here: typer reads the command signatures on every
# run, and each annotation kept as a string costs an eval (7 ms a run for the four commands).

from enum import StrEnum
from typing import Annotated

import typer

from readoutdiff.cli.options import (
    LexiconOption,
    MaxSizeOption,
    NoBackgroundOption,
    NoBuiltinOption,
    NoMiningOption,
)
from readoutdiff.cli.output import write_stdout
from readoutdiff.cli.shared import read_readout, run_options


class ListingFormat(StrEnum):
    """Output formats of ``readoutdiff formulas FILE``."""

    TEXT = "text"
    JSON = "json"


def formulas_command(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE",
            help="A readout (a text file or saved HTML page, or - for standard input).",
        ),
    ],
    output_format: Annotated[
        ListingFormat,
        typer.Option("--format", "-f", metavar="[text|json]", help="Write text or JSON."),
    ] = ListingFormat.TEXT,
    max_size: MaxSizeOption = 16,
    lexicon: LexiconOption = None,
    no_builtin_lexicon: NoBuiltinOption = False,
    no_mining: NoMiningOption = False,
    no_background: NoBackgroundOption = False,
) -> None:
    """List the formulas found in one readout, with their lines (a start for a lexicon)."""
    from readoutdiff.formulas import find_formulas
    from readoutdiff.render.listing import render_listing_json, render_listing_text

    options = run_options(lexicon, no_builtin_lexicon, no_mining, no_background)
    readout = read_readout(file, max_size * 1024 * 1024)
    found = find_formulas(readout, options=options)
    if output_format is ListingFormat.JSON:
        write_stdout(render_listing_json(readout, found))
        return
    from readoutdiff.cli.diff_run import terminal_width

    write_stdout(
        render_listing_text(
            readout,
            found,
            width=terminal_width(None),
            mining=options.mine_formulas,
            lexicon=options.lexicon is None or bool(options.lexicon.entries),
        )
    )
