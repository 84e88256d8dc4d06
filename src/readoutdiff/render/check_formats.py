"""Pick the renderer of a ``readoutdiff check`` result by format name."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the check machinery loads only when a check runs
    from readoutdiff.check import CheckResult


class CheckFormat(StrEnum):
    """Output formats of ``readoutdiff check``."""

    TEXT = "text"  #: findings and a line per rule, for a terminal
    JSON = "json"  #: ``readoutdiff-check/1``
    GITHUB = "github"  #: GitHub Actions workflow commands (annotations)
    JUNIT = "junit"  #: JUnit XML, one test case per rule


def render_check(result: CheckResult, output_format: CheckFormat) -> str:
    """Return ``result`` in ``output_format``, importing only that renderer.

    >>> from readoutdiff.check import check
    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.check.rules import DEFAULT
    >>> one = from_text("They met.", path="a.txt")
    >>> render_check(check(compare(one, one), DEFAULT), CheckFormat.GITHUB)
    'readoutdiff check: passed: 0 errors, 0 warnings (a.txt → a.txt)\\n'
    """
    if output_format is CheckFormat.JSON:
        from readoutdiff.render.check_json import render_check_json

        return render_check_json(result)
    if output_format is CheckFormat.GITHUB:
        from readoutdiff.render.check_github import render_check_github

        return render_check_github(result)
    if output_format is CheckFormat.JUNIT:
        from readoutdiff.render.check_junit import render_check_junit

        return render_check_junit(result)
    from readoutdiff.render.check_text import render_check_text

    return render_check_text(result)
