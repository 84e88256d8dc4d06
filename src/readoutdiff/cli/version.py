"""``--version`` anywhere on the command line, answered before the command line framework loads.

Both the command's start (:mod:`readoutdiff.cli.entry`) and :func:`readoutdiff.cli.app.main` ask it, so
neither imports the other for it.
"""

import sys


def answer_version(arguments: list[str]) -> None:
    """Print the version and exit 0 if ``--version`` is anywhere before ``--`` (as git and Black)."""
    before = arguments[: arguments.index("--")] if "--" in arguments else arguments
    if "--version" in before:
        from readoutdiff import __version__

        line = f"readoutdiff {__version__}\n"
        try:
            sys.stdout.write(line)
            sys.stdout.flush()
        except OSError:  # > /dev/full, | true, >&-: once more, as every other output is written
            from readoutdiff.cli.guard import finish
            from readoutdiff.cli.output import write_stdout

            finish(lambda: write_stdout(line))
        sys.exit(0)  # ExitCode.OK, without loading errors.py and enum for it
