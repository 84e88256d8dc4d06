"""``--show-completion`` and ``--install-completion``, with the shell named or found.

typer's own two options find the shell from the running processes and take no name:
``readoutdiff --show-completion zsh`` printed the script of the shell it was typed in, and run
from ``sh`` (a Makefile, a Dockerfile's ``RUN``) it stopped with "Shell sh not supported." and
status 1. Here a shell named after the option (``--show-completion zsh`` or
``--show-completion=zsh``) wins; without one the running shell is found as before, and one typer
has no script for is one error line saying how to name a shell.
"""

from __future__ import annotations

import typer
from typer._completion_shared import Shells, _get_shell_name, get_completion_script, install

from readoutdiff.errors import ReadoutError

OPTIONS = ("--show-completion", "--install-completion")
"""The root options this module answers (before any command)."""

_SHELLS = tuple(shell.value for shell in Shells)
_PROGRAM = "readoutdiff"
_VARIABLE = "_READOUTDIFF_COMPLETE"


def answer(arguments: list[str]) -> int:
    """Print or install the completion script ``arguments`` ask for; return the exit status.

    >>> answer(["--show-completion", "zsh"])  # doctest: +ELLIPSIS
    #compdef readoutdiff
    ...
    0
    >>> answer(["--show-completion=sh"])
    Traceback (most recent call last):
    ...
    readoutdiff.errors.ReadoutError: --show-completion: 'sh' is not one of bash, zsh, fish, powershell or pwsh
    """
    option, equals, named = arguments[0].partition("=")
    rest = arguments[1:]
    if not equals and rest:
        named, rest = rest[0], rest[1:]
    if rest:
        raise ReadoutError(f"{option} takes one shell name at most; unexpected: {' '.join(rest)}")
    shell = _shell(option, named)
    if option == "--show-completion":
        typer.echo(get_completion_script(prog_name=_PROGRAM, complete_var=_VARIABLE, shell=shell))
        return 0
    shell, path = install(shell=shell, prog_name=_PROGRAM, complete_var=_VARIABLE)
    typer.echo(f"{shell} completion installed in {path}")
    typer.echo("Completion will take effect once you restart the terminal")
    return 0


def _shell(option: str, named: str) -> str:
    """The shell named, else the one running this command; an error when typer has no script."""
    known = f"{', '.join(_SHELLS[:-1])} or {_SHELLS[-1]}"
    if named:
        if named not in _SHELLS:
            raise ReadoutError(f"{option}: {named!r} is not one of {known}")
        return named
    found = _get_shell_name()
    if found not in _SHELLS:
        raise ReadoutError(
            f"{option}: cannot tell which shell this is ({found or 'none found'}); "
            f"name one of {known}: readoutdiff {option} bash"
        )
    return found


def one_line_helps() -> None:
    """Give each completion candidate's help on one line, as the shells' protocols need.

    typer renders every help through a rich console 80 columns wide, so a longer one (``--color``,
    ``--meaning``) broke into two lines, and fish (a candidate a line) offered the second half
    as a candidate. readoutdiff's helps hold no rich markup (``rich_markup_mode=None``): the text
    itself, spaces folded, is what the shell should show; rich is not even imported.
    """
    import typer._completion_classes as classes

    classes._sanitize_help_text = _one_line


def _one_line(text: str) -> str:
    """``text`` with every run of white space, line ends included, one space.

    >>> _one_line("Colour the view: auto colours on a terminal, unless NO_COLOR holds a\\nvalue.")
    'Colour the view: auto colours on a terminal, unless NO_COLOR holds a value.'
    """
    return " ".join(text.split())
