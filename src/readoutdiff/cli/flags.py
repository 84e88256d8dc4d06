"""How the parameters of ``readoutdiff A B`` are spelled on the command line: one table for both parsers.

:data:`FLAGS` names each parameter's flags (``--format``, ``-f``), metavariable and help; the
parameters themselves (names, types, defaults, order) are those of
:func:`readoutdiff.cli.diff_run.run_diff`. From the two, :mod:`readoutdiff.cli.options` builds
the typer command (``--help``, completion, every error) and :mod:`readoutdiff.cli.fast` reads a
plain ``readoutdiff A B [OPTIONS]`` without importing typer. The options the other commands
share with ``diff`` (``--max-size``, ``--lexicon`` ...) are declared here too, once.

Nothing here imports typer or typing: the fast path loads this module on every run.
"""

from __future__ import annotations

from enum import StrEnum

TYPE_CHECKING = False  # not typing's: this module loads on every run of the fast path
if TYPE_CHECKING:
    from collections.abc import Callable


class Format(StrEnum):
    """Output formats of ``readoutdiff A B``."""

    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"


FORMAT_ALIASES = {"md": Format.MARKDOWN}
"""Other names ``--format`` takes for a format (``md``, as ``-o report.md`` names Markdown):
read by typer's declaration (:func:`readoutdiff.cli.options.declared`) and the fast path alike;
the help and completion list the four names."""


class Color(StrEnum):
    """When to colour the terminal view."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


COMMANDS = ("diff", "formulas", "check", "series", "help")
"""The commands, in the order the help lists them."""

NOT_DIFF = frozenset(COMMANDS[1:]).union(
    ("--version", "--help", "-h", "--install-completion", "--show-completion")
)
"""A first word that makes the command line not ``diff``'s: the other commands, the root's
options (``readoutdiff A B`` is ``readoutdiff diff A B`` unless it starts with one of these)."""


def command_after_options(args: list[str]) -> str | None:
    """The command named after options that open the line (``readoutdiff --no-mining check OLD
    NEW``, as ``git --no-pager log`` is written), when no file bears its name; else None. The
    fast path leaves such a line to typer, whose root command says to put the command first.

    Read as ``readoutdiff diff --no-mining check OLD NEW``, it said "unexpected extra argument:
    NEW; see readoutdiff diff --help", and ``--no-mining formulas FILE`` "formulas: no such file".
    """
    if not args or not args[0].startswith("-"):
        return None
    import os

    valued = {name for flag in FLAGS.values() if flag.metavar for name in flag.names}
    words = iter(args)
    for word in words:
        if word == "--":
            return None
        if word.startswith("-") and word != "-":
            if "=" in word or (word in FLAGS_BY_NAME and word not in valued):
                continue  # a switch, or a value given with it
            if word in valued:  # -o, --json ...: the next word is its value, a file "check" too
                next(words, "")
                continue
            word = next(words, "")  # another command's option: its value, or the command
            if word.startswith("-") or word not in COMMANDS:
                continue
        # the first readout's place: a command's name there, naming no file, is the command
        return word if word in COMMANDS and not os.path.lexists(word) else None
    return None


def mistyped_command(word: str) -> str | None:
    """Return the command ``word`` misspells, when it names no file and is close to one.

    ``readoutdiff serie a b`` would otherwise compare a file ``serie`` and fail on it (or on a
    missing B, or an extra argument), which does not tell a new user the command was mistyped.
    A word that names a file or folder, or starts with ``-``, is never a command's misspelling.

    >>> [mistyped_command(word) for word in ("serie", "chek", "formula", "hlep", "nosuch", "-")]
    ['series', 'check', 'formulas', 'help', None, None]
    """
    import os

    if word.startswith("-") or word in COMMANDS or os.path.lexists(word):
        return None
    import difflib

    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.7)
    return close[0] if close else None


class Flag:
    """One parameter on the command line: its flags (none: an argument), metavariable, help."""

    __slots__ = ("help", "metavar", "names", "parse")

    def __init__(
        self,
        *names: str,
        help: str,
        metavar: str | None = None,
        parse: Callable[[str | int], int] | None = None,
    ) -> None:
        self.names = names
        """``("--format", "-f")``; empty for a positional argument."""
        self.help = help
        self.metavar = metavar
        self.parse = parse
        """A function reading the value (raising ``ValueError`` with the message), or None."""


def megabytes(value: str | int) -> int:
    """Read ``--max-size``: a whole number of megabytes, 1 or more.

    >>> megabytes(" 16 ")
    16
    >>> megabytes("lots")
    Traceback (most recent call last):
    ...
    ValueError: 'lots' is not a whole number of megabytes (1 or more)
    """
    text = str(value).strip()
    if not text.isascii() or not text.isdigit() or int(text) < 1:
        raise ValueError(f"{text!r} is not a whole number of megabytes (1 or more)")
    return int(text)


_READOUT = "(a text file or saved HTML page, or - for standard input)."
FLAGS = {
    "a": Flag(metavar="A", help=f"The earlier readout {_READOUT}"),
    "b": Flag(metavar="B", help=f"The later readout {_READOUT}"),
    "output_format": Flag(
        "--format", "-f", metavar="[text|json|markdown|html]",
        help="What to write to standard output (or to -o FILE); md is markdown. Default: text, "
        "or the format -o FILE's name ends with (.html, .htm, .xhtml, .json, .md, .markdown).",
    ),
    "output": Flag(
        "--output", "-o", metavar="FILE",
        help="Write the chosen format to FILE (- for standard output).",
    ),
    "html": Flag("--html", metavar="FILE", help="Also write the HTML report to FILE."),
    "json_file": Flag("--json", metavar="FILE", help="Also write the JSON to FILE."),
    "exit_code": Flag(
        "--exit-code", help="Exit with status 1 when the readouts differ (as git diff does)."
    ),
    "color": Flag(
        "--color", metavar="[auto|always|never]",
        help="Colour the terminal view: auto colours on a terminal, unless NO_COLOR holds "
        "a value (an empty one does not count, as no-color.org says).",
    ),
    "max_size": Flag(
        "--max-size", metavar="MB", parse=megabytes,
        help="Refuse input files larger than this many megabytes.",
    ),
    "lexicon": Flag(
        "--lexicon", metavar="FILE",
        help="Add the formulas of this TOML lexicon (repeatable; overrides built-in ids).",
    ),
    "no_builtin_lexicon": Flag(
        "--no-builtin-lexicon", help="Do not use the built-in formula lexicon."
    ),
    "no_mining": Flag(
        "--no-mining",
        help="Mine no phrases from the texts (nor use the background, nor learn recurring ones "
        "from a history or over a series); lexicon formulas and the lines the rules read "
        "(greetings, points, a line kept around a formula; ids mined:...) are still tracked.",
    ),
    "no_background": Flag(
        "--no-background",
        help="Do not look for the built-in background of phrases that recur across many real "
        "readouts (topic 'background').",
    ),
    "history": Flag(
        "--history", metavar="DIR",
        help="Learn recurring phrases from the other readouts of the series in DIR "
        "(repeatable); readouts dated after B are read too, and the note says so. With "
        "--no-mining none is learnt.",
    ),
    "meaning": Flag(
        "--meaning",
        help="Also pair sentences by meaning (multilingual embeddings): rewordings that share "
        "few words. Always on when A and B are in different languages.",
    ),
    "stamp": Flag(
        "--stamp", help="Put the current time in the HTML output (off: same inputs, same bytes)."
    ),
}  # fmt: skip
"""Every parameter of ``readoutdiff A B`` by its name in :func:`~readoutdiff.cli.diff_run.run_diff`."""
FLAGS_BY_NAME = frozenset(name for flag in FLAGS.values() for name in flag.names)
"""Every flag of ``readoutdiff A B``."""
