"""Where the ``readoutdiff`` command (and ``python -m readoutdiff``) starts.

``--version`` is answered here, before the command line framework loads (typer is two thirds
of the time of ``readoutdiff --version`` otherwise). With the regular expressions compiled by
earlier runs put into ``re``'s cache first (:mod:`readoutdiff.cli.regex_cache`), a plain
``readoutdiff A B [OPTIONS]`` runs without typer (:mod:`readoutdiff.cli.fast`); everything
else (help, the other commands, completion, errors in the command line) goes to
:func:`readoutdiff.cli.app.main`.
"""

import sys

from readoutdiff.cli.version import answer_version


def main(argv: list[str] | None = None) -> None:
    """Run the command line and exit with its status."""
    arguments = sys.argv[1:] if argv is None else argv
    if argv is None:  # the command itself: no collections in a process that soon ends
        _no_collections()
    if sys.stdin is None or sys.stdout is None or sys.stderr is None:  # started with >&- ...
        from readoutdiff.cli.output import stand_in_for_closed

        stand_in_for_closed()
    answer_version(arguments)
    if "--help" in arguments or "-h" in arguments:  # compiles a few patterns: nothing to gain
        from readoutdiff.cli.app import main as run

        run(arguments)
        return
    import os

    from readoutdiff.cache_dir import from_environment
    from readoutdiff.cli import regex_cache
    from readoutdiff.cli.flags import NOT_DIFF

    cache = from_environment(os.environ)
    plain = bool(arguments) and arguments[0] not in NOT_DIFF  # most likely readoutdiff A B
    regex_cache.preload(cache, "diff" if plain else "")  # before anything compiles patterns
    ending: SystemExit | None = None
    try:
        from readoutdiff.cli import diff_run, fast

        if argv is None:  # the command itself, whose heap goes with the process
            diff_run.LEFT_TO_EXIT = []
        fast.run(arguments)  # a plain readoutdiff A B: read without typer, run, exit
        if plain:  # typer's after all (a usage error, completion): keep its patterns apart
            regex_cache.preload(cache)
        from readoutdiff.cli.app import main as run

        run(arguments)
    except SystemExit as exiting:
        ending = exiting
        raise
    finally:
        regex_cache.save(cache)  # the patterns this run compiled afresh, for the next one
        if argv is None:  # the command itself, about to end the process
            if ending is not None:
                _end_now(ending.code)
            _leave_heap()


def _no_collections() -> None:
    """Turn the cyclic garbage collector off for the command's process.

    The engine makes its objects with collections paused (``cache_dir.collecting_later``: a
    comparison's sentences, pairs and spans hold no cycles), but a pause only defers them:
    every object made in it counts towards the next collection after it, which then walks
    them all, and the collections that followed (while rendering) walked the readouts' heap
    again: 42 young and 4 middle collections in a 500 KB ``--format json`` run, 56 M of its
    3,640 M instructions. A run frees what it drops by reference counting; its few
    cycles (modules, classes) live until it ends. Only for the command line itself (``argv``
    None), never for a caller of :func:`main` in its own process.
    """
    import gc

    gc.disable()


def _end_now(code: object) -> None:
    """End the process with exit status ``code`` at once, without the interpreter's shutdown;
    return (the usual way out follows) when that could lose anything.

    A 500 KB comparison leaves millions of objects: the shutdown freed them one by one (and
    tore down ~300 modules), about 10 ms of CPU a run (median of 15; 15 -> 5 ms from the last
    mark to the process's end, the rest the kernel's unmapping), which an instruction count
    hardly shows (16 M instructions: freeing a large heap is slow per instruction). Nothing is
    lost: standard output and error are flushed here, files were written and closed before,
    and the usual way is kept whenever something is left for the shutdown to do: a callback
    registered with :mod:`atexit` (coverage, ``weakref.finalize``, a library's), a thread
    still running, a status ``sys.exit`` would print (not an int of 0-255), or a tool the
    command runs under that acts once it returns: a profiler or tracer (``python -m cProfile
    -o FILE -m readoutdiff`` writes FILE then), a debugger, ``python -i``.
    """
    status = 0 if code is None else code
    if not isinstance(status, int) or not 0 <= status <= 255:
        return
    if _exit_callbacks_may_wait() or _threads_running() or _run_under_a_tool():
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # the usual way reports it as before
        return
    import os

    os._exit(int(status))


def _exit_callbacks_may_wait() -> bool:
    """Whether :mod:`atexit` holds a callback, or this Python cannot say.

    :mod:`atexit` has no public count of its callbacks; CPython's ``atexit._ncallbacks()`` (an
    undocumented name, there since 3.0) gives it. Any other Python (PyPy), or a CPython where
    the name went or changed shape, answers "may wait", and the run ends the usual way.
    """
    import atexit

    if sys.implementation.name != "cpython":
        return True
    count = getattr(atexit, "_ncallbacks", None)
    if not callable(count):
        return True
    try:
        found = count()
    except TypeError:  # it now takes arguments: not the function read here
        return True
    return not isinstance(found, int) or found != 0


def _run_under_a_tool() -> bool:
    """A profiler, tracer or debugger watches the run, or ``-i`` asks for a prompt after it."""
    import os

    return (
        sys.getprofile() is not None
        or sys.gettrace() is not None
        or "bdb" in sys.modules
        or bool(sys.flags.inspect or os.environ.get("PYTHONINSPECT"))
    )


def _threads_running() -> bool:
    threading = sys.modules.get("threading")
    return threading is not None and threading.active_count() > 1


def _leave_heap() -> None:
    """Keep the collections of the interpreter's shutdown off the heap the run leaves.

    The process exits next; shutdown collected twice over every object still held (the
    readouts' sentences kept for the next readout, the lexicon, the modules): 74 M
    instructions of 88 M after a 500 KB comparison, a fiftieth of the run. Frozen objects are
    no collection's business; they go with the process (standard output is flushed at exit
    all the same). Only for the command line itself (``argv`` None), never for a caller of
    :func:`main` in its own process.
    """
    import gc

    gc.freeze()
