"""Where readoutdiff keeps what it can rebuild at any time: a per-user cache folder.

The folder is ``$READOUTDIFF_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/readoutdiff``, else
``~/.cache/readoutdiff``. Setting ``READOUTDIFF_CACHE_DIR`` to an empty value turns caching
off. Nothing in it is needed: a missing, unreadable or unwritable cache only makes a run slower,
never different, and deleting the folder is always safe.

>>> import os
>>> os.environ["READOUTDIFF_CACHE_DIR"] = ""
>>> cache_root() is None
True
>>> del os.environ["READOUTDIFF_CACHE_DIR"]
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path


def cache_root() -> Path | None:
    """Return the cache folder (not created here), or ``None`` when caching is turned off."""
    chosen = os.environ.get("READOUTDIFF_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "readoutdiff"


def fill_folder(target: Path, fill: Callable[[Path], None]) -> bool:
    """Create ``target`` whole or not at all: ``fill(folder)`` writes into a temporary sibling.

    The temporary folder is renamed to ``target`` only when ``fill`` returned, so a
    reader never sees half a cache entry; when two processes race, the first rename
    wins and the other's copy is deleted. Returns whether ``target`` now exists.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError:
        return False
    try:
        fill(scratch)
        os.rename(scratch, target)
    except OSError:
        pass
    finally:
        shutil.rmtree(scratch, ignore_errors=True)  # gone already when the rename took place
    return target.is_dir()
