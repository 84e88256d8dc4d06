"""Render a comparison as one self-contained HTML file.

The view is built in :mod:`readoutdiff.render.html_view`; the template in
``templates/report.html.j2`` only loops over it. CSS and JavaScript are
inlined, and a Content-Security-Policy allows exactly those two blocks (by
hash) and nothing else: no network, no other script, even if a readout were
ever to slip markup past the escaping.
"""

from __future__ import annotations

import base64
import functools
import hashlib

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from readoutdiff import __version__
from readoutdiff.model import Comparison
from readoutdiff.render.html_view import build_report


def render_html(comparison: Comparison, *, stamp: str | None = None) -> str:
    """Return the HTML report of ``comparison``; ``stamp`` (e.g. a time) is shown only if given.

    The same comparison and stamp always give the same text.

    >>> from readoutdiff import compare, from_text
    >>> page = render_html(compare(from_text("<b>We</b> met."), from_text("We met.")))
    >>> page.startswith("<!DOCTYPE html>"), "&lt;b&gt;We&lt;/b&gt;" in page
    (True, True)
    """
    environment = _environment()
    return environment.get_template("report.html.j2").render(
        report=build_report(comparison, stamp=stamp),
        policy=_policy(environment),
        version=__version__,
    )


@functools.cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("readoutdiff", "templates"),
        autoescape=select_autoescape(("html", "j2")),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@functools.cache
def _policy(environment: Environment) -> str:
    """Return a Content-Security-Policy that admits only the inlined style and script."""
    style = _digest(environment.get_template("report.css").render())
    script = _digest(environment.get_template("report.js").render())
    return (
        f"default-src 'none'; style-src '{style}'; script-src '{script}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _digest(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")
