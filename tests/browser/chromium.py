"""Which Chromium the browser tests drive: ``$READOUTDIFF_CHROMIUM``, else one on the ``PATH``."""

from __future__ import annotations

import os
import shutil

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
"""Command names of Chromium builds, in the order they are looked for on the ``PATH``."""


def find_chromium() -> str | None:
    """Return the path of the Chromium to drive, or None when there is none.

    ``READOUTDIFF_CHROMIUM`` (a path or a command name) wins when set; it is not second-guessed
    by a search of the ``PATH``, so a wrong value fails loudly instead of testing another browser.
    """
    chosen = os.environ.get("READOUTDIFF_CHROMIUM")
    if chosen:
        return shutil.which(chosen)
    return next((found for name in NAMES if (found := shutil.which(name))), None)
