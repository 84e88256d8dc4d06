"""Where the ``readoutdiff`` command (and ``python -m readoutdiff``) starts.

``--version`` is answered here, before the command line framework loads (typer is two thirds
of the time of ``readoutdiff --version`` otherwise); everything else goes to
:func:`readoutdiff.cli.main`.
"""

import sys

from readoutdiff.version import answer_version


def main(argv: list[str] | None = None) -> None:
    """Run the command line and exit with its status."""
    arguments = sys.argv[1:] if argv is None else argv
    answer_version(arguments)
    from readoutdiff.cli import main as run

    run(arguments)
