"""One error base for everything a user can fix; the CLI turns it into one line and exit 2."""

from __future__ import annotations

from enum import IntEnum

STDIN = "standard input"
"""How the path ``-`` is named wherever it is shown: error lines and the views."""


class ExitCode(IntEnum):
    """Exit status of the command, as git does it."""

    OK = 0
    DIFFERENT = 1
    """With ``--exit-code``: the readouts differ. From ``check``: a rule is broken."""
    BAD_INPUT = 2


class ReadoutError(Exception):
    """A problem the user can act on: what, where (``path:line``) and what to do."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = STDIN if self.path == "-" else self.path or ""
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class InputError(ReadoutError):
    """A readout file cannot be read as text."""


class LexiconError(ReadoutError):
    """A lexicon or rules file is malformed."""
