"""Where the ``readoutdiff`` command (and ``python -m readoutdiff``) starts.

``--version`` is answered here, before the command line framework loads (typer is two thirds
of the time of ``readoutdiff --version`` otherwise); everything else goes to
:func:`readoutdiff.cli.main`.
"""

import sys


def main(argv: list[str] | None = None) -> None:
    """Run the command line and exit with its status."""
    arguments = sys.argv[1:] if argv is None else argv
    answer_version(arguments)
    from readoutdiff.cli import main as run

    run(arguments)


def answer_version(arguments: list[str]) -> None:
    """Print the version and exit 0 if ``--version`` is anywhere before ``--`` (as git and Black)."""
    before = arguments[: arguments.index("--")] if "--" in arguments else arguments
    if "--version" in before:
        from readoutdiff import __version__

        sys.stdout.write(f"readoutdiff {__version__}\n")
        sys.exit(0)  # ExitCode.OK, without loading errors.py and enum for it
