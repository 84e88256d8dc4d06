"""Renderers: one module per output format; each returns a ``str`` and never prints.

``from readoutdiff.render import render_text, render_json, render_markdown, render_html``
works; each loads its module on first use, so the CLI pays only for the format it writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from readoutdiff.lazy import exports

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


__getattr__, __dir__ = exports(__name__, _HOMES, globals())
