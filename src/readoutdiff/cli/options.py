"""The typer side of the option table: declarations the commands share, and ``diff``'s signature.

Every declaration is built from :data:`readoutdiff.cli.flags.FLAGS`, the table the fast parser
(:mod:`readoutdiff.cli.fast`) reads too, so a flag's spelling, metavariable and help live once.
What the commands share apart from options (the run's Options, writing files) is in
:mod:`readoutdiff.cli.shared`.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from typer._types import TyperChoice

from readoutdiff.cli import flags


def megabytes(value: str | int) -> int:
    """Read ``--max-size`` for typer: :func:`readoutdiff.cli.flags.megabytes`, its error a usage error.

    >>> megabytes("16")
    16
    >>> megabytes("lots")
    Traceback (most recent call last):
    ...
    typer._click.exceptions.BadParameter: 'lots' is not a whole number of megabytes (1 or more)
    """
    try:
        return flags.megabytes(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def declared(name: str) -> Any:
    """Return the typer declaration (``typer.Option`` or ``typer.Argument``) of table entry ``name``."""
    flag = flags.FLAGS[name]
    if not flag.names:
        return typer.Argument(metavar=flag.metavar, help=flag.help)
    if name == "output_format":  # its choices, and the other names it takes
        chosen = _FormatChoice(list(flags.Format))
        return typer.Option(*flag.names, metavar=flag.metavar, help=flag.help, click_type=chosen)
    parser = megabytes if flag.parse is flags.megabytes else None
    # readable=False: typer's paths ask for read permission by default, which refused an output
    # file that can be written but not read (-o out.html of mode 200: "Path ... is not
    # readable"); an input that cannot be read is refused by the reader, in its own words
    return typer.Option(
        *flag.names, metavar=flag.metavar, help=flag.help, parser=parser, readable=False
    )


class _FormatChoice(TyperChoice[flags.Format]):
    """``--format``'s choice, taking :data:`readoutdiff.cli.flags.FORMAT_ALIASES` too (``md``);
    help, completion and the message for a wrong value list the four names only."""

    def convert(self, value: Any, param: Any, ctx: Any) -> flags.Format:
        alias = flags.FORMAT_ALIASES.get(value) if isinstance(value, str) else None
        return super().convert(alias.value if alias else value, param, ctx)


def with_signature(command: Callable[..., Any], run: Callable[..., Any]) -> None:
    """Give ``command`` the parameters of ``run`` (names, types, defaults, order), each declared
    from the table: what typer reads to build the command."""
    hints = typing.get_type_hints(run)
    parameters = [
        parameter.replace(annotation=Annotated[hints[parameter.name], declared(parameter.name)])
        for parameter in inspect.signature(run).parameters.values()
    ]
    command.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    command.__annotations__ = {parameter.name: parameter.annotation for parameter in parameters}


MaxSizeOption = Annotated[int, declared("max_size")]
LexiconOption = Annotated[list[Path] | None, declared("lexicon")]
NoBuiltinOption = Annotated[bool, declared("no_builtin_lexicon")]
NoMiningOption = Annotated[bool, declared("no_mining")]
NoBackgroundOption = Annotated[bool, declared("no_background")]
MeaningOption = Annotated[bool, declared("meaning")]
OutputOption = Annotated[Path | None, declared("output")]
StampOption = Annotated[bool, declared("stamp")]
HistoryOption = Annotated[list[Path] | None, declared("history")]
