"""The command line: parse arguments, call the library, pick a renderer, write, map errors to exit status.

``readoutdiff A B`` is short for ``readoutdiff diff A B``. This module holds the typer app, the
commands' registration, ``help`` and :func:`main`; each command lives in a module of its own.
"""

# No "from __future__ import annotations" here: typer reads the command signatures on every
# run, and each annotation kept as a string costs an eval (7 ms a run for the four commands).

import os
import signal
import sys
from typing import Annotated

import typer

from readoutdiff import cache_dir
from readoutdiff.cli.check import check_command
from readoutdiff.cli.diff import diff_command
from readoutdiff.cli.formulas import formulas_command
from readoutdiff.cli.help import DefaultGroup, PlainCommand
from readoutdiff.cli.output import BROKEN_PIPE, quiet_stdout, write_stdout
from readoutdiff.cli.series import series_command
from readoutdiff.cli.usage import UsageError, usage_line
from readoutdiff.cli.version import answer_version
from readoutdiff.errors import ExitCode, ReadoutError
from readoutdiff.render.escape import shown_line

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
        raise ReadoutError(f"no command {command!r}; the commands are {names}")
    typer.echo(found.get_help(typer.Context(found, info_name=command, parent=root)))


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
        except UsageError as error:
            _fail(usage_line(error))
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
