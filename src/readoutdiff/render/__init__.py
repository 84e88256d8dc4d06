"""Renderers: one module per output format; each returns a ``str`` and never prints.

``from readoutdiff.render import render_text, render_json, render_markdown, render_html``
works; each loads its module on first use, so the CLI pays only for the format it writes.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from readoutdiff.render.html import render_html
    from readoutdiff.render.jsonout import render_json
    from readoutdiff.render.markdown import render_markdown
    from readoutdiff.render.text import render_text

__all__ = ["render_html", "render_json", "render_markdown", "render_text"]

_HOMES = {
    "render_html": "readoutdiff.render.html",
    "render_json": "readoutdiff.render.jsonout",
    "render_markdown": "readoutdiff.render.markdown",
    "render_text": "readoutdiff.render.text",
}


def __getattr__(name: str) -> Any:
    """Import a renderer from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'readoutdiff.render' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
