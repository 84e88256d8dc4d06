"""The command line: parse arguments, call the library, pick a renderer, write, map errors to exit status.

``readoutdiff A B`` is short for ``readoutdiff diff A B``. This module holds the typer app, the
commands' registration, ``help`` and :func:`main`; each command lives in a module of its own.
"""

# No "from __future__ import annotations" here: typer reads the command signatures on every
# run, and each annotation kept as a string costs an eval (7 ms a run for the four commands).

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from readoutdiff.cli import completion
from readoutdiff.cli.check import check_command
from readoutdiff.cli.diff import diff_command
from readoutdiff.cli.formulas import formulas_command
from readoutdiff.cli.guard import INTERRUPTED, fail, finish, stop
from readoutdiff.cli.help import DefaultGroup, PlainCommand
from readoutdiff.cli.series import series_command
from readoutdiff.cli.usage import UsageError, usage_line
from readoutdiff.cli.version import answer_version
from readoutdiff.errors import ReadoutError

_HELP = (
    "Show what changed between two diplomatic readouts.\n\n"
    "readoutdiff A B compares readout A (the earlier one) with readout B: which passages "
    "correspond (even moved, split, merged or reworded), what changed word by word, and "
    "which formulas persisted, changed, appeared or dropped. "
    "'readoutdiff A B' is short for 'readoutdiff diff A B'.\n\n"
    "Its options (--format, -o, --html ...): readoutdiff diff --help"
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


def _version(ctx: typer.Context, value: bool) -> None:
    # Completing "readoutdiff --version --fo<Tab>" parses the words without running anything:
    # the version printed there became two bogus candidates.
    if value and not ctx.resilient_parsing:
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


app.command("diff", cls=PlainCommand)(diff_command)
app.command("formulas", cls=PlainCommand)(formulas_command)
app.command("check", cls=PlainCommand)(check_command)
app.command("series", cls=PlainCommand)(series_command)


@app.command("help", cls=PlainCommand)
def help_command(
    ctx: typer.Context,
    command: Annotated[
        str | None,
        typer.Argument(metavar="COMMAND", help="One of diff, formulas, check, series or help."),
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
        hint = ""
        if Path("help").is_file():  # 'readoutdiff help B' meant a file named help
            hint = f" (to compare the file 'help', write: readoutdiff diff help {command})"
        raise ReadoutError(f"no command {command!r}; the commands are {names}{hint}")
    typer.echo(found.get_help(typer.Context(found, info_name=command, parent=root)))


def main(argv: list[str] | None = None) -> None:
    """Run the command line and exit with its status."""
    arguments = sys.argv[1:] if argv is None else argv
    answer_version(arguments)  # the installed command answers it before importing this module
    if arguments and arguments[0].partition("=")[0] in completion.OPTIONS:  # with a shell's name
        finish(lambda: completion.answer(arguments))
    if "_READOUTDIFF_COMPLETE" in os.environ:  # a shell asks for candidates, each on one line
        completion.one_line_helps()
    command = typer.main.get_command(app)  # after --version: building it is a sixth of that run
    if not arguments and "_READOUTDIFF_COMPLETE" not in os.environ:  # completion has no args
        fail("give two readouts to compare: readoutdiff A B (see readoutdiff --help)")

    def run() -> object:
        try:
            return command.main(args=arguments, prog_name="readoutdiff", standalone_mode=False)
        except UsageError as error:
            fail(usage_line(error))
        except typer.TyperException as error:
            fail(error.format_message())
        except typer.Abort:
            stop("readoutdiff: interrupted", INTERRUPTED)

    finish(run)
