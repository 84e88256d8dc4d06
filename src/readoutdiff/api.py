"""The one-call library entry point: compare two readout files with the CLI's choices.

>>> from pathlib import Path
>>> from tempfile import TemporaryDirectory
>>> with TemporaryDirectory() as folder:
...     a, b = Path(folder, "a.txt"), Path(folder, "b.txt")
...     _ = a.write_text("The two sides agreed. Trade grew.", encoding="utf-8")
...     _ = b.write_text("Trade grew. The two sides agreed fully.", encoding="utf-8")
...     comparison = compare_files(a, b, mining=False)
>>> [alignment.status.value for alignment in comparison.alignments]
['unchanged', 'changed']
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from typing import Any

from readoutdiff.model import Comparison, Options

DEFAULT_MAX_MB = 16
"""The CLI's default ``--max-size``, in megabytes."""


def compare_files(
    a: str | os.PathLike[str],
    b: str | os.PathLike[str],
    *,
    lexicon: Sequence[str | os.PathLike[str]] = (),
    builtin_lexicon: bool = True,
    mining: bool = True,
    max_size: int = DEFAULT_MAX_MB,
    history: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None = (),
    **settings: Any,
) -> Comparison:
    """Compare readout file ``a`` (the earlier) with ``b``, as ``readoutdiff A B`` does.

    ``lexicon``, ``builtin_lexicon``, ``mining`` and ``max_size`` (megabytes) are the CLI's
    ``--lexicon``, ``--no-builtin-lexicon``, ``--no-mining`` and ``--max-size``; ``history``
    (a folder, or several) is ``--history DIR``, repeated: phrases recurring in the earlier
    readouts of those folders and ``a``, ``b`` are formulas, read and checked as the CLI does
    (the reports readoutdiff wrote there are passed over, without the CLI's warning). Any other
    keyword is a field of :class:`~readoutdiff.model.Options` (``min_score=0.5`` ...).
    Raises :class:`~readoutdiff.errors.ReadoutError` for input a user can fix (a history
    folder that does not exist or holds no readout file, or a lexicon that is a device, is an
    :class:`~readoutdiff.errors.InputError`, exit status 2 on the command line).
    """
    from readoutdiff.compare import compare
    from readoutdiff.formulas.lexicon.lexicon import chosen
    from readoutdiff.history import history_compared
    from readoutdiff.ingest import load
    from readoutdiff.ingest.readout_paths import history_readouts, history_told

    fields = {field.name for field in dataclasses.fields(Options)}
    unknown = sorted(set(settings) - fields)
    if unknown:
        raise TypeError(f"compare_files() got unknown options: {', '.join(unknown)}")
    options = Options(
        **settings,
        lexicon=chosen([os.fspath(p) for p in lexicon], use_builtin=builtin_lexicon),
        mine_formulas=mining,
    )
    limit = max_size * 1024 * 1024
    pair = [load(a, max_bytes=limit), load(b, max_bytes=limit)]
    folders = [history] if isinstance(history, str | os.PathLike) else list(history or ())
    if not folders:
        return compare(pair[0], pair[1], options=options)
    earlier = history_readouts(folders, max_bytes=limit, name="history=")
    compared = history_compared(options, earlier, pair)
    return history_told(compared, folders, earlier, mining=options.mine_formulas)
