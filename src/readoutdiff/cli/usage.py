"""Usage errors (a bad option or argument) in readoutdiff's own words, not the framework's.

typer (click underneath) words them its own way ("Invalid value for '--format' / '-f': …",
"'lots' is not a valid int range", "Option '--lexicon' requires an argument"); every command
says them here the way the tool's other errors read: what is wrong, lower case, on one line,
then where the help is (``; see readoutdiff diff --help``, as git says ``see 'git help'``).
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Iterable

from typer._click import Context  # typer vendors click
from typer._click.core import Parameter
from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    MissingParameter,
    NoSuchOption,
    UsageError,
)
from typer.core import TyperGroup

__all__ = ["UsageError", "attach_context", "usage_line"]


def usage_line(error: UsageError) -> str:
    """Return the error's line, ending with where the command's help is when it is known."""
    said = _own_words(error)
    context = error.ctx
    return f"{said}; see {context.command_path} --help" if context is not None else said


def attach_context(error: UsageError, context: Context) -> None:
    """Give ``error`` the command it belongs to, when the parser raised it without one."""
    if error.ctx is None:
        error.ctx = context
        error.cmd = context.command


def _own_words(error: UsageError) -> str:
    if isinstance(error, MissingParameter):
        given = _absent_file(error.ctx)
        if given is not None:  # the file given is the first thing to put right
            from readoutdiff.ingest.reading import absent  # the words every reading says

            why = absent(given)  # a web address's words end ", and give that file" (rev30)
            also = "; give" if ", and give" in why else ", and give"
            return f"{given}: {why}{also} {_name(error.param)} too"
        folder = _folder_given(error.ctx)
        if folder is not None:
            return (
                f"{folder}: is a directory; give two readout files (readoutdiff A B), or follow"
                f" the readouts in it over time with readoutdiff series {shlex.quote(folder)}"
            )
        return f"missing argument {_name(error.param)}"
    if isinstance(error, BadParameter):
        return _bad_value(error)
    if isinstance(error, NoSuchOption):
        elsewhere = _elsewhere(error.ctx, error.option_name)
        if elsewhere:
            return elsewhere
        command = (error.ctx.info_name if error.ctx else None) or ""
        instead = _NO_SUCH.get((command, error.option_name))
        if instead:
            return f"unknown option {error.option_name}; {instead}"
        close = _closest(error.option_name, error.possibilities or ())
        guess = f" (did you mean {' or '.join(close)}?)" if close else ""
        return f"unknown option {error.option_name}{guess}"
    if isinstance(error, BadOptionUsage):
        return _option_usage(error)
    message = error.message.rstrip(".")
    extra = message.removeprefix(_EXTRA)
    if extra != message:
        said = f"unexpected extra argument{'s' * (' ' in extra)}: {extra.removesuffix(')')}"
        command = (error.ctx.info_name if error.ctx else None) or ""
        return said + _ONE_READOUT.get(command, "")
    return message[:1].lower() + message[1:]


def _elsewhere(context: Context | None, option: str) -> str:
    """What to say of an option another command has: ``series has no option -f: it is an
    option of readoutdiff diff, formulas and check; series writes ...`` (empty when no other
    command has it).

    ``readoutdiff series DIR -f json`` said "unknown option -f", and ``check OLD NEW --html x``
    "(did you mean --help?)": the guess was this command's nearest name, never the command the
    option belongs to.
    """
    if context is None or context.parent is None:
        return ""
    root, command = context.parent, context.info_name or ""
    group = root.command
    if not isinstance(group, TyperGroup):
        return ""
    owners = []
    for name in group.list_commands(root):
        other = group.get_command(root, name) if name != command else None
        if other is not None and any(
            option in (*param.opts, *param.secondary_opts) for param in other.params
        ):
            owners.append(name)
    if not owners:
        return ""
    listed = owners[0] if len(owners) == 1 else f"{', '.join(owners[:-1])} and {owners[-1]}"
    said = f"{command} has no option {option}: it is an option of readoutdiff {listed}"
    return said + _INSTEAD.get((command, option), "")


_INSTEAD = {
    **dict.fromkeys(
        [("series", name) for name in ("-f", "--format", "-o", "--output")],
        "; series writes its view to standard output, and files with --html, --json or --csv FILE",
    ),
    **dict.fromkeys(
        [("formulas", name) for name in ("--json", "-o", "--output")],
        "; formulas writes to standard output, JSON with -f json (to a file: > FILE)",
    ),
    ("check", "--exit-code"): "; check exits 1 without it, when a rule of severity error is broken",
    ("check", "--html"): "; the HTML report of the two readouts: readoutdiff OLD NEW --html FILE",
}
"""What a command does instead of an option it lacks, where a new user reaches for it."""


_NO_SUCH = {
    **dict.fromkeys(
        [("check", name) for name in ("--annotations", "--annotate", "--github", "--gh")],
        "check writes GitHub Actions annotations with --format github",
    ),
}
"""What a command does instead of an option no command has, where a CI user reaches for it:
``check DIR --annotations`` guessed nothing (u62's walk)."""


def _absent_file(context: Context | None) -> str | None:
    """The first readout argument read before the missing one that names no file, if any.

    ``readoutdiff nope.txt`` said only "missing argument B": the mistyped A came out only once
    B was given, a second try later.
    """
    if context is None:
        return None
    for param in context.command.params:
        given = context.params.get(param.name or "")
        if param.param_type_name != "argument" or not isinstance(given, str) or given == "-":
            continue
        if not os.path.lexists(given):
            return given
    return None


def _folder_given(context: Context | None) -> str | None:
    """The folder given as A to ``readoutdiff A B`` with no B, if it is one.

    ``readoutdiff samples`` (a new user's guess that a folder of two readouts compares them) said
    only "missing argument B", which reads as if ``samples`` were a good A (u64's walk); with a B,
    the same folder is refused as "is a directory" already.
    """
    if context is None or context.info_name != "diff":
        return None
    given = context.params.get("a")
    return given if isinstance(given, str) and os.path.isdir(given) else None


def _closest(typed: str, possibilities: Iterable[str]) -> list[str]:
    """The options to suggest for ``typed``: those it begins (a cut-short name), else the near ones.

    >>> _closest("--form", ["--color", "--format"])
    ['--format']
    >>> _closest("--jsn", ["--json"])
    ['--json']
    """
    near = sorted(possibilities)
    begun = [name for name in near if name.startswith(typed)]
    return begun or near


_EXTRA = "Got unexpected extra argument(s) ("
"""How the framework starts the error about arguments past the last one a command takes."""
_ONE_READOUT = {
    "formulas": " (formulas reads one readout: run it once per file, or compare two with"
    " readoutdiff A B)"
}
"""What an extra argument of a one-readout command most likely meant: ``readoutdiff formulas
A B`` to see the formulas of both."""


def _bad_value(error: BadParameter) -> str:
    """``--format: 'xml' is not one of text, json, markdown or html``."""
    name = _name(error.param) if error.param is not None else "a value"
    message = error.message.rstrip(".")
    choices = [str(choice) for choice in getattr(getattr(error.param, "type", None), "choices", ())]
    if choices and " is not one of" in message:  # an enum option: --format, --color ...
        given = message.split(" is not one of", 1)[0]
        listed = f"{', '.join(choices[:-1])} or {choices[-1]}"
        typed = given.strip(chr(39))
        command = (error.ctx.info_name if error.ctx else None) or ""
        hint = _meant(typed, choices) or _NOT_A_FORMAT.get((command, _known_as(typed)), "")
        return f"{name}: {given} is not one of {listed}{hint}"
    return f"{name}: {message}"


_NOT_A_FORMAT = {
    ("check", "markdown"): " (check writes its Markdown summary with --summary FILE; the two"
    " readouts' own report: readoutdiff OLD NEW -f markdown)",
    ("check", "html"): " (the HTML report of the two readouts: readoutdiff OLD NEW --html FILE)",
    ("diff", "pdf"): " (readoutdiff writes no PDF: print the HTML report, -f html, to PDF from a"
    " browser)",
}
"""What a command offers for a format it has not (u55: ``check DIR -f md`` was told only the
four formats, while check writes Markdown, to a file, with ``--summary``; rev29: ``-f pdf`` was
told only the four, while ``-o report.pdf`` says how to get a PDF)."""


def _known_as(given: str) -> str:
    """The format choice ``given`` names (``md`` -> ``markdown``), else ``given`` folded."""
    folded = given.lower()
    return _OTHER_NAMES.get(folded, folded)


def _meant(given: str, choices: list[str]) -> str:
    """`` (did you mean json?)`` when ``given`` is a choice in other letters or another name
    of one ("JSON", "md", "terminal": the README calls the text format the terminal view).

    >>> _meant("JSON", ["text", "json"]), _meant("terminal", ["text", "json"]), _meant("x", ["text"])
    (' (did you mean json?)', ' (did you mean text?)', '')
    """
    meant = _known_as(given)
    return f" (did you mean {meant}?)" if meant in choices and meant != given else ""


_OTHER_NAMES = {
    "terminal": "text", "term": "text", "txt": "text", "plain": "text", "md": "markdown",
    "htm": "html", "xml": "junit", "gh": "github",
}  # fmt: skip
"""Other names a user may give a format choice."""


def _option_usage(error: BadOptionUsage) -> str:
    """``--lexicon needs a value (FILE)``; ``--exit-code takes no value``."""
    option = error.option_name
    if "does not take a value" in error.message:
        return f"{option} takes no value"
    if "requires" in error.message:
        metavar = _metavar(error.ctx, option)
        return f"{option} needs a value" + (f" ({metavar})" if metavar else "")
    return f"{option}: {error.message.rstrip('.')}"


def _name(param: Parameter | None) -> str:
    """An argument by its metavariable (``B``), an option by its long name (``--format``)."""
    if param is None:
        return "a value"
    if param.param_type_name == "argument":
        return param.metavar or (param.name or "").upper()
    return max(param.opts, key=len)


def _metavar(context: Context | None, option: str) -> str:
    if context is None:
        return ""
    for param in context.command.params:
        if option in param.opts and param.param_type_name == "option":
            choices = (param.metavar or "").strip("[]").split("|")
            return " or ".join(filter(None, [", ".join(choices[:-1]), choices[-1]]))
    return ""
