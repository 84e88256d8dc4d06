"""The command line: typer commands that parse, call the library, write and map errors to exit status.

- :mod:`~readoutdiff.cli.entry`: where ``readoutdiff`` and ``python -m readoutdiff`` start;
  :mod:`~readoutdiff.cli.version` answers ``--version`` before typer loads;
- :mod:`~readoutdiff.cli.app`: the typer app, ``diff``, ``formulas`` and ``help``, and
  :func:`~readoutdiff.cli.app.main` (errors to one line and an exit status);
- :mod:`~readoutdiff.cli.check` and :mod:`~readoutdiff.cli.series`: the ``check`` and ``series``
  commands;
- :mod:`~readoutdiff.cli.options` (what the commands share: options, the run's ``Options``,
  writing files), :mod:`~readoutdiff.cli.help` (plain ``--help`` pages) and
  :mod:`~readoutdiff.cli.output` (files written atomically, standard output).

``from readoutdiff.cli import main`` loads the app on first use, so starting at
:mod:`~readoutdiff.cli.entry` (``--version``) loads neither typer nor the engine.
"""

from readoutdiff.lazy import exports

TYPE_CHECKING = False  # not typing's: importing typing (and re) is a third of --version
if TYPE_CHECKING:
    from readoutdiff.cli.app import main

__all__ = ["main"]

__getattr__, __dir__ = exports(__name__, {"main": "readoutdiff.cli.app"}, globals())
