"""Render a comparison as one self-contained HTML file.

The view is built in :mod:`readoutdiff.render.html_view`; the template in
``templates/report.html.j2`` only loops over it. CSS and JavaScript are
inlined, and a Content-Security-Policy allows exactly those two blocks (by
hash) and nothing else: no network, no other script, even if a readout were
ever to slip markup past the escaping.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib

from jinja2 import (
    BytecodeCache,
    Environment,
    FileSystemBytecodeCache,
    PackageLoader,
    StrictUndefined,
    select_autoescape,
)
from jinja2.bccache import Bucket

from readoutdiff import __version__
from readoutdiff.cache_dir import cache_root, library_version
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
    return (
        environment()
        .get_template("report.html.j2")
        .render(
            report=build_report(comparison, stamp=stamp),
            policy=content_policy(("report.css",), ("report.js",)),
            version=__version__,
        )
    )


@functools.cache
def environment() -> Environment:
    """Return the jinja2 environment of every HTML page: package templates, autoescape, strict."""
    return Environment(
        loader=PackageLoader("readoutdiff", "templates"),
        autoescape=select_autoescape(("html", "j2")),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=_bytecode_cache(),
    )


class _QuietCache(FileSystemBytecodeCache):
    """jinja2's file cache of compiled templates, where a failed write is no error, keyed on
    jinja2's installed version too: jinja2 keys an entry on the template's name and checks its
    text and the Python version, not its own version, so code compiled by one jinja2 was run
    by another sharing the folder."""

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return super().get_cache_key(f"{name} jinja2=={library_version('jinja2')}", filename)

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache() -> BytecodeCache | None:
    """Keep compiled templates in the user's cache (keyed on each template's text and jinja2's version).

    Compiling the report's templates is about a tenth of a cold run's time.
    """
    root = cache_root()
    if root is None:
        return None
    folder = root / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _QuietCache(str(folder))


@functools.cache
def content_policy(styles: tuple[str, ...], scripts: tuple[str, ...]) -> str:
    """Return a Content-Security-Policy that admits only the named inlined styles and scripts."""
    style = " ".join(_digest(name) for name in styles)
    script = " ".join(_digest(name) for name in scripts)
    return (
        f"default-src 'none'; style-src {style}; script-src {script}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _digest(template: str) -> str:
    text = environment().get_template(template).render()
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"
