"""The command line: parse arguments, call the library, pick a renderer, write, map errors to exit status.

``readoutdiff A B`` is short for ``readoutdiff diff A B``.
"""

# No "from __future__ import annotations" here: typer reads the command signatures on every
# run, and each annotation kept as a string costs an eval (7 ms a run for the four commands).

import os
import signal
import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from readoutdiff import cache_dir
from readoutdiff.cli.check import check_command
from readoutdiff.cli.help import DefaultGroup, PlainCommand
from readoutdiff.cli.options import (
    HistoryOption,
    LexiconOption,
    MaxSizeOption,
    MeaningOption,
    NoBackgroundOption,
    NoBuiltinOption,
    NoMiningOption,
    now,
    run_options,
    with_history,
    write_file,
)
from readoutdiff.cli.output import BROKEN_PIPE, quiet_stdout, write_stdout
from readoutdiff.cli.series import series_command
from readoutdiff.cli.version import answer_version
from readoutdiff.errors import ExitCode, ReadoutError
from readoutdiff.render.escape import shown_line

if TYPE_CHECKING:  # the engine loads only when a command runs: --version and --help stay quick
    from readoutdiff.model import Comparison

_HELP = (
    "Show what changed between two diplomatic readouts.\n\n"
    "readoutdiff A B compares readout A (the earlier one) with readout B: which passages "
    "correspond (even moved, split, merged or reworded), what changed word by word, and "
    "which formulas persisted, changed, appeared or dropped. "
    "'readoutdiff A B' is short for 'readoutdiff diff A B'."
)


app = typer.Typer(
    cls=DefaultGroup,
    help=_HELP,
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


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


def _version(value: bool) -> None:
    if value:
        from readoutdiff import __version__

        typer.echo(f"readoutdiff {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Show what changed between two diplomatic readouts."""


@app.command("diff", cls=PlainCommand)
def diff_command(
    a: Annotated[
        str,
        typer.Argument(
            metavar="A", help="The earlier readout (a text file, or - for standard input)."
        ),
    ],
    b: Annotated[
        str,
        typer.Argument(
            metavar="B", help="The later readout (a text file, or - for standard input)."
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
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write the chosen format to FILE."),
    ] = None,
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
            help="Colour the terminal view: auto (on a terminal, unless NO_COLOR is set).",
        ),
    ] = Color.AUTO,
    max_size: MaxSizeOption = 16,
    lexicon: LexiconOption = None,
    no_builtin_lexicon: NoBuiltinOption = False,
    no_mining: NoMiningOption = False,
    no_background: NoBackgroundOption = False,
    history: HistoryOption = None,
    meaning: MeaningOption = False,
    stamp: Annotated[
        bool,
        typer.Option(
            "--stamp",
            help="Put the current time in the HTML report (off: same inputs, same bytes).",
        ),
    ] = False,
) -> None:
    """Compare readout A with readout B."""
    from readoutdiff.compare import compare
    from readoutdiff.ingest import load
    from readoutdiff.ingest.reading import refuse_shared_streams

    if a == "-" and b == "-":
        raise ReadoutError("only one of A and B can be - (standard input)")
    refuse_shared_streams([a, b])
    limit = max_size * 1024 * 1024
    options = replace(
        run_options(lexicon, no_builtin_lexicon, no_mining, no_background), meaning=meaning
    )
    pair = [load(a, max_bytes=limit), load(b, max_bytes=limit)]
    options = with_history(options, history, pair, limit)
    comparison = compare(pair[0], pair[1], options=options)
    rendered = _render(comparison, output_format, _use_color(color, output))
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


class ListingFormat(StrEnum):
    """Output formats of ``readoutdiff formulas FILE``."""

    TEXT = "text"
    JSON = "json"


@app.command("formulas", cls=PlainCommand)
def formulas_command(
    file: Annotated[
        str,
        typer.Argument(metavar="FILE", help="A readout (a text file, or - for standard input)."),
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
    from readoutdiff.ingest import load
    from readoutdiff.render.listing import render_listing_json, render_listing_text

    options = run_options(lexicon, no_builtin_lexicon, no_mining, no_background)
    readout = load(file, max_bytes=max_size * 1024 * 1024)
    found = find_formulas(readout, options=options)
    render = render_listing_json if output_format is ListingFormat.JSON else render_listing_text
    write_stdout(render(readout, found))


app.command("check", cls=PlainCommand)(check_command)
app.command("series", cls=PlainCommand)(series_command)


@app.command("help", cls=PlainCommand)
def help_command(
    ctx: typer.Context,
    command: Annotated[
        str | None, typer.Argument(metavar="COMMAND", help="A command: diff, formulas, ...")
    ] = None,
) -> None:
    """Show the help of readoutdiff, or of one command (readoutdiff help check)."""
    root = ctx.parent
    assert root is not None  # help always runs under the readoutdiff group
    if command is None:
        typer.echo(root.get_help())
        return
    group = root.command
    assert isinstance(group, DefaultGroup)
    found = group.get_command(root, command)
    if found is None:
        names = ", ".join(group.list_commands(root))
        raise ReadoutError(f"no command {command!r}; the commands are {names}")
    typer.echo(found.get_help(typer.Context(found, info_name=command, parent=root)))


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


def main(argv: list[str] | None = None) -> None:
    """Run the command line and exit with its status."""
    arguments = sys.argv[1:] if argv is None else argv
    answer_version(arguments)  # the installed command answers it before importing this module
    command = typer.main.get_command(app)  # after --version: building it is a sixth of that run
    if not arguments and "_READOUTDIFF_COMPLETE" not in os.environ:  # completion has no args
        _fail("give two readouts to compare: readoutdiff A B (see readoutdiff --help)")
    signal.signal(signal.SIGINT, _interrupt)
    with cache_dir.used(cache_dir.from_environment(os.environ)):  # this run's, not the process's
        try:
            status = command.main(args=arguments, prog_name="readoutdiff", standalone_mode=False)
            write_stdout("")  # flush now: a write error is reported here, not at exit
        except ReadoutError as error:
            _fail(str(error))
        except typer.TyperException as error:
            _fail(error.format_message())
        except (_Interrupted, KeyboardInterrupt, typer.Abort):
            _stop("readoutdiff: interrupted", INTERRUPTED)
        except BrokenPipeError:
            quiet_stdout()
            sys.exit(BROKEN_PIPE)
        except OSError as error:  # what the CLI framework itself prints (--help) cannot be written
            if error.filename is None:
                _fail(f"cannot write to standard output ({error.strerror})")
            _fail(f"{error.filename}: {error.strerror}")
        except MemoryError:
            _fail("out of memory; lower --max-size or compare smaller readouts")
    sys.exit(status if isinstance(status, int) else ExitCode.OK)


INTERRUPTED = 130
"""Exit status after Ctrl-C: 128 + SIGINT, as shells report it."""


class _Interrupted(BaseException):
    """Ctrl-C, raised past the CLI framework (which would turn it into a silent exit 130)."""


def _interrupt(signum: int, frame: object) -> None:
    raise _Interrupted


def _fail(message: str) -> None:
    """Write one error line (control characters in file names spelled out) and exit 2."""
    _stop(f"readoutdiff: error: {shown_line(message.strip())}", ExitCode.BAD_INPUT)


def _stop(line: str, status: int) -> None:
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except OSError:
        pass
    quiet_stdout()
    sys.exit(status)
