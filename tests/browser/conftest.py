"""One Chromium for the whole session, and pages that fail the test on any error, request or dialog.

The tests drive a system Chromium through Playwright (no browser download): the one named by
``READOUTDIFF_CHROMIUM`` (a path or a command name), else the first of ``chromium``,
``chromium-browser``, ``google-chrome`` and ``google-chrome-stable`` on the ``PATH``. When none
is found the tests fail, naming what was looked for: a report nobody has opened in a browser is
not tested.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium import NAMES, find_chromium
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Dialog,
    Page,
    Request,
    sync_playwright,
)

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
WIDE = {"width": 1440, "height": 900}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    chromium = find_chromium()
    assert chromium, (
        f"no Chromium: READOUTDIFF_CHROMIUM={os.environ.get('READOUTDIFF_CHROMIUM', '')!r}, "
        f"none of {', '.join(NAMES)} on the PATH; install Debian's chromium package "
        "or set READOUTDIFF_CHROMIUM to the browser's path"
    )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def open_page(browser: Browser, tmp_path: Path) -> Iterator[Callable[..., Page]]:
    """Return ``open(html_or_path, **context_options) -> Page``; problems seen fail the test."""
    contexts: list[BrowserContext] = []
    problems: list[str] = []

    def open_(report: str | Path, *, viewport: dict[str, int] = WIDE, **options: Any) -> Page:
        path = report if isinstance(report, Path) else tmp_path / f"report{len(contexts)}.html"
        if not isinstance(report, Path):
            path.write_text(report, encoding="utf-8")
        context = browser.new_context(viewport=viewport, **options)  # type: ignore[arg-type]
        contexts.append(context)
        page = context.new_page()
        watch(page, problems)
        page.goto(path.resolve().as_uri())
        return page

    yield open_
    for context in contexts:
        context.close()
    assert problems == [], "the page reported problems"


def watch(page: Page, problems: list[str]) -> None:
    """Record console errors, script errors, requests beyond the file and any dialog."""

    def on_console(message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            problems.append(f"console {message.type}: {message.text}")

    def on_request(request: Request) -> None:
        if not request.url.startswith("file:"):
            problems.append(f"network request: {request.url}")

    def on_dialog(dialog: Dialog) -> None:
        problems.append(f"dialog opened: {dialog.type} {dialog.message!r}")
        dialog.dismiss()

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on("request", on_request)
    page.on("dialog", on_dialog)
