"""How every run of the command line ends: errors as one line and an exit status, never a traceback.

Both ways in share it: typer's (:func:`readoutdiff.cli.app.main`, which first turns the
framework's own errors into lines) and the fast path of ``readoutdiff A B``
(:mod:`readoutdiff.cli.fast`). Nothing here imports typer.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, NoReturn

from readoutdiff import cache_dir
from readoutdiff.cli.output import BROKEN_PIPE, quiet_stdout, write_stdout
from readoutdiff.errors import ExitCode, ReadoutError

if TYPE_CHECKING:
    from collections.abc import Callable
    from signal import SIGINT
    from signal import signal as on_signal
else:
    try:  # the C module under ``signal``, loaded with the interpreter: ``signal`` itself
        # builds enums of every signal, handler and mask at import (~4 M instructions a run)
        from _signal import SIGINT
        from _signal import signal as on_signal
    except ImportError:  # another Python
        from signal import SIGINT
        from signal import signal as on_signal

INTERRUPTED = 130
"""Exit status after Ctrl-C: 128 + SIGINT, as shells report it."""


class Interrupted(BaseException):
    """Ctrl-C, raised past the CLI framework (which would turn it into a silent exit 130)."""


def finish(command: Callable[[], object]) -> NoReturn:
    """Run ``command`` with the user's cache, then exit with its status (an int; else 0).

    What the user can act on becomes one ``readoutdiff: error:`` line and exit 2.
    """
    on_signal(SIGINT, _interrupt)
    with cache_dir.used(cache_dir.from_environment(os.environ)):  # this run's, not the process's
        try:
            status = command()
            write_stdout("")  # flush now: a write error is reported here, not at exit
        except ReadoutError as error:
            fail(str(error))
        except (Interrupted, KeyboardInterrupt):
            stop("readoutdiff: interrupted", INTERRUPTED)
        except BrokenPipeError:
            quiet_stdout()
            sys.exit(BROKEN_PIPE)
        except OSError as error:  # what the CLI framework itself prints (--help) cannot be written
            if error.filename is None:
                fail(f"cannot write to standard output ({error.strerror})")
            fail(f"{error.filename}: {error.strerror}")
        except MemoryError:
            fail("out of memory; lower --max-size or compare smaller readouts")
    sys.exit(status if isinstance(status, int) else ExitCode.OK)


def _interrupt(signum: int, frame: object) -> None:
    raise Interrupted


def fail(message: str) -> NoReturn:
    """Write one error line (control characters in file names spelled out) and exit 2."""
    from readoutdiff.render.escape import shown_line  # only on an error: ~1.4 M at start-up

    stop(f"readoutdiff: error: {shown_line(message.strip())}", ExitCode.BAD_INPUT)


def stop(line: str, status: int) -> NoReturn:
    """Write ``line`` to standard error and exit with ``status``, standard output silenced."""
    try:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
    except OSError:
        pass
    quiet_stdout()
    sys.exit(status)
