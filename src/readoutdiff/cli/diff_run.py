"""What ``readoutdiff A B`` does once its command line is read: load, compare, render, write.

:func:`run_diff` is the ``diff`` command without a command-line framework: its parameters
(names, types, defaults) are the command's, spelled on the command line as
:data:`readoutdiff.cli.flags.FLAGS` says. typer calls it through :mod:`readoutdiff.cli.diff`;
the fast path (:mod:`readoutdiff.cli.fast`) calls it directly. It returns the exit status.
"""

# No "from __future__ import annotations" here: the fast parser reads run_diff's annotations
# (bool, Path | None, list[Path] | None ...) as objects, and typer needs no eval for them.

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from readoutdiff.cli.flags import Color, Format
from readoutdiff.cli.output import write_stdout
from readoutdiff.cli.shared import (
    history_read,
    named_format,
    note_date_order,
    now,
    read_readout,
    refuse_dash,
    refuse_shared_outputs,
    refuse_writing_inputs,
    run_options,
    stream_width,
    to_stdout,
    warn_copy,
    warn_history_series,
    warn_named_otherwise,
    warn_pair_series,
    warn_same_file,
    write_file,
)
from readoutdiff.errors import ExitCode, ReadoutError
from readoutdiff.records.replacing import replace

if TYPE_CHECKING:  # the engine loads only when a command runs: --version and --help stay quick
    from collections.abc import Iterator

    from readoutdiff.model import Comparison


def run_diff(
    a: str,
    b: str,
    output_format: Format | None = None,
    output: Path | None = None,
    html: Path | None = None,
    json_file: Path | None = None,
    exit_code: bool = False,
    color: Color = Color.AUTO,
    max_size: int = 16,
    lexicon: list[Path] | None = None,
    no_builtin_lexicon: bool = False,
    no_mining: bool = False,
    no_background: bool = False,
    history: list[Path] | None = None,
    meaning: bool = False,
    stamp: bool = False,
) -> int:
    """Compare readout A with readout B; return the exit status."""
    from readoutdiff.compare import compare
    from readoutdiff.ingest.reading import refuse_shared_streams

    if a == "-" and b == "-":
        raise ReadoutError("only one of A and B can be - (standard input)")
    if output_format is None:  # -o report.html, report.json, report.md name it; else text
        output_format = Format(named_format(output, tuple(Format)) or Format.TEXT)
    if stamp and html is None and output_format is not Format.HTML:
        raise ReadoutError("--stamp shapes the HTML report: give --html FILE or -f html with it")
    refuse_shared_streams([a, b])
    output = to_stdout(output)
    _refuse_outputs([a, b], output, html, json_file)
    limit = max_size * 1024 * 1024
    options = replace(
        run_options(lexicon, no_builtin_lexicon, no_mining, no_background), meaning=meaning
    )
    pair = [read_readout(a, limit), read_readout(b, limit)]
    earlier = history_read(history, limit)
    _refuse_writing_history(history, [output, html, json_file])
    warn_same_file(a, b)  # once nothing stops the run: an error is the one line then
    warn_copy(pair[0], pair[1])  # as `check OLD NEW` (fix8)
    note_date_order(pair[0], pair[1])  # `readoutdiff NEW OLD` (fix4)
    warn_pair_series(pair[0], pair[1])  # two unrelated series (rev32's walk)
    warn_history_series(pair, earlier)  # a folder of another series (rev31)
    if history:
        from readoutdiff.history import history_compared
        from readoutdiff.ingest.readout_paths import history_told

        compared = history_compared(options, earlier, pair)
        comparison = history_told(compared, history, earlier, mining=options.mine_formulas)
    else:
        comparison = compare(pair[0], pair[1], options=options)
    if output is None and output_format is Format.JSON:  # written as made, never held whole
        from readoutdiff.render.jsonout import json_stream

        rendered: str | Iterator[str] = json_stream(comparison)
    else:
        rendered = _render(
            comparison, output_format, _use_color(color, output), stamp=stamp,
            width=terminal_width(output),
        )  # fmt: skip
    if output is not None:
        assert isinstance(rendered, str)
        write_file(output, rendered)
        warn_named_otherwise(output, output_format.value, tuple(Format))  # once it is written
    if html is not None:
        write_file(html, _render(comparison, Format.HTML, False, stamp=stamp))
    if json_file is not None:
        write_file(json_file, _render(comparison, Format.JSON, False))
    if output is None:  # last, so a reader that stops early (| head) costs no file
        write_stdout(rendered)
    if LEFT_TO_EXIT is not None:
        LEFT_TO_EXIT.append(comparison)
    return ExitCode.DIFFERENT if exit_code and _differs(comparison) else ExitCode.OK


LEFT_TO_EXIT: list[object] | None = None
"""A list in the command's own process (:func:`readoutdiff.cli.entry.main` sets it), where
:func:`run_diff` leaves its comparison as it returns: the process ends soon after without
freeing its heap (``entry._end_now``), and a comparison of two 500 KB readouts freed object
by object as ``run_diff`` returned cost ~2 ms of CPU (millions of objects, scattered through
memory). ``None`` (the default) in any other caller's process: nothing kept."""


def _refuse_outputs(
    pair: list[str], output: Path | None, html: Path | None, json_file: Path | None
) -> None:
    """Stop before an output goes to a file named ``-``, shares a file with another output or
    replaces a readout being compared."""
    refuse_dash({"--html": html, "--json": json_file}, "the chosen --format")
    refuse_shared_outputs({"-o": output, "--html": html, "--json": json_file})
    refuse_writing_inputs(pair, [output, html, json_file])


def _refuse_writing_history(history: list[Path] | None, outputs: list[Path | None]) -> None:
    """Stop before an output would replace a readout of a ``--history`` folder."""
    if history:
        from readoutdiff.ingest.readout_paths import listed

        earlier = [path for folder in history for path in listed(folder)[0]]
        refuse_writing_inputs(earlier, outputs, "a readout of a --history folder")


def _use_color(choice: Color, output: Path | None) -> bool:
    if choice is Color.NEVER or (output is not None and choice is Color.AUTO):
        return False
    if choice is Color.ALWAYS:
        return True
    # no-color.org: NO_COLOR set to a non-empty value turns colour off; an empty one does not.
    return not os.environ.get("NO_COLOR") and sys.stdout.isatty()


def terminal_width(output: Path | None) -> int | None:
    """The columns of the terminal the view goes to, to wrap its lines to (the pair view's key
    changes, the series view, :mod:`readoutdiff.cli.series`); None for a file, a pipe or a
    pager, which get every line whole."""
    return None if output is not None else stream_width(sys.stdout)


def _render(
    comparison: "Comparison",
    output_format: Format,
    color: bool,
    *,
    stamp: bool = False,
    width: int | None = None,
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

    return render_text(comparison, color=color, width=width)


def _differs(comparison: "Comparison") -> bool:
    """Any passage changed (case included), dropped, added or moved: ``--exit-code`` says 1."""
    from readoutdiff.model import Status

    return any(
        alignment.status is not Status.UNCHANGED or alignment.moved
        for alignment in comparison.alignments
    )
