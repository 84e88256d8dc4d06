"""``readoutdiff A B`` (``readoutdiff diff A B``): compare two readouts (registered by ``app.py``).

The command is :func:`readoutdiff.cli.diff_run.run_diff` as typer sees it: the same parameters,
each declared from the option table (:mod:`readoutdiff.cli.flags`). A plain ``readoutdiff A B
[OPTIONS]`` usually never comes here: the fast path (:mod:`readoutdiff.cli.fast`) reads it
from the same table without typer, and hands typer only what it cannot read (help, errors,
completion).
"""

from typing import Any

from readoutdiff.cli import diff_run
from readoutdiff.cli.flags import Color, Format
from readoutdiff.cli.options import with_signature

__all__ = ["Color", "Format", "diff_command"]


def diff_command(**arguments: Any) -> int:
    """Compare readout A with readout B."""
    return diff_run.run_diff(**arguments)


with_signature(diff_command, diff_run.run_diff)
