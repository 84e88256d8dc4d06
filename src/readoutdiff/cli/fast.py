"""The fast path of ``readoutdiff A B [OPTIONS]``: read the command line without typer.

Loading typer (and click under it) and building the commands costs more than comparing two
real readouts. A plain ``readoutdiff A B`` or ``readoutdiff diff A B`` with well-formed options
needs none of it: :func:`parse` reads it from the same table typer's command is built from
(:data:`readoutdiff.cli.flags.FLAGS`, and the parameters of
:func:`readoutdiff.cli.diff_run.run_diff`). Anything it is not sure to read exactly as typer
would (``--help``, another command, completion, an unknown or malformed option, a bad value,
``--``, a value starting with ``-``) it leaves to typer, so help, completion and every error
message stay typer's. tests/test_cli_fast.py checks that both read every option alike.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

from readoutdiff.cli.diff_run import run_diff
from readoutdiff.cli.flags import (
    FLAGS,
    FORMAT_ALIASES,
    NOT_DIFF,
    command_after_options,
    mistyped_command,
)
from readoutdiff.cli.guard import finish

if TYPE_CHECKING:
    from collections.abc import Callable


class _Typer(Exception):
    """A command line this module leaves to typer."""


def run(arguments: list[str]) -> None:
    """Run ``readoutdiff A B [OPTIONS]`` and exit, or return when typer must read ``arguments``."""
    if "_READOUTDIFF_COMPLETE" in os.environ:  # shell completion: typer's
        return
    parsed = parse(arguments)
    if parsed is not None:
        finish(lambda: run_diff(**parsed))


def parse(arguments: list[str]) -> dict[str, Any] | None:
    """Return the keyword arguments of :func:`run_diff` that ``arguments`` give, or ``None``.

    >>> parse(["a.txt", "b.txt", "-f", "json", "--lexicon=x.toml", "--no-mining"])
    {'output_format': <Format.JSON: 'json'>, 'lexicon': [PosixPath('x.toml')], 'no_mining': True, 'a': 'a.txt', 'b': 'b.txt'}
    >>> parse(["diff", "-", "b.txt", "-o", "-"])
    {'output': PosixPath('-'), 'a': '-', 'b': 'b.txt'}
    >>> [parse(line) for line in (["check", "a", "b"], ["a", "b", "-fjson"], ["a", "b", "-f", "pdf"])]
    [None, None, None]
    """
    if arguments[:1] == ["diff"]:
        arguments = arguments[1:]
    elif (
        not arguments
        or arguments[0] in NOT_DIFF
        or mistyped_command(arguments[0])
        or command_after_options(arguments)  # "--no-mining formulas FILE": typer says so
    ):
        return None
    try:
        return _read(arguments)
    except _Typer:
        return None


def _read(arguments: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    positional: list[str] = []
    rest = iter(arguments)
    for token in rest:
        if token == "-" or not token.startswith("-"):
            positional.append(token)
            continue
        name, equals, given = token.partition("=") if token.startswith("--") else (token, "", "")
        parameter = _BY_FLAG.get(name)
        if parameter is None:
            raise _Typer  # unknown, "--", "-fjson", "-f=json" ...
        reader = _READERS[parameter]
        if reader is None:  # a switch
            if equals:
                raise _Typer
            values[parameter] = True
            continue
        value = given if equals else next(rest, None)
        if value is None or (value.startswith("-") and value != "-"):
            raise _Typer
        read = reader(value)
        if _REPEATABLE[parameter]:
            listed = values.setdefault(parameter, [])
            assert isinstance(listed, list)
            listed.append(read)
        else:
            values[parameter] = read  # the last one given counts, as with typer
    if len(positional) != len(_ARGUMENTS):
        raise _Typer
    values.update(zip(_ARGUMENTS, positional, strict=True))
    return values


def _path(value: str) -> Path:
    """A path as typer reads one: any text, but a file that exists must be readable."""
    try:
        os.stat(value)
    except OSError:
        return Path(value)
    except ValueError:  # a NUL byte
        raise _Typer from None
    if not os.access(value, os.R_OK):
        raise _Typer
    return Path(value)


def _reader(parameter: str, annotation: object) -> Callable[[str], object] | None:
    """How to read the value of one parameter: ``None`` for a switch (``bool``)."""
    if annotation is bool:
        return None
    if annotation in (Path | None, list[Path] | None):
        return _path
    chosen = next((a for a in get_args(annotation) if a is not type(None)), annotation)
    if isinstance(chosen, type) and issubclass(chosen, Enum):  # Format, or Format | None
        aliases = FORMAT_ALIASES if parameter == "output_format" else {}
        return _choice({**{str(member.value): member for member in chosen}, **aliases})
    parse = FLAGS[parameter].parse
    if parse is not None:
        return _parsed(parse)
    raise TypeError(f"{parameter}: no reader for {annotation!r}")


def _choice(choices: dict[str, object]) -> Callable[[str], object]:
    def read(value: str) -> object:
        if value not in choices:  # typer's Choice is case-sensitive, takes no prefix
            raise _Typer
        return choices[value]

    return read


def _parsed(parse: Callable[[str], object]) -> Callable[[str], object]:
    def read(value: str) -> object:
        try:
            return parse(value)
        except ValueError:
            raise _Typer from None

    return read


_HINTS = {name: kind for name, kind in run_diff.__annotations__.items() if name != "return"}
_ARGUMENTS = [name for name in _HINTS if not FLAGS[name].names]
_BY_FLAG = {flag: name for name in _HINTS for flag in FLAGS[name].names}
_READERS = {name: _reader(name, kind) for name, kind in _HINTS.items() if name not in _ARGUMENTS}
_REPEATABLE = {name: kind == list[Path] | None for name, kind in _HINTS.items()}
