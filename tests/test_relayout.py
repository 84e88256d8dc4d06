"""The layout script (``benchmarks/relayout.py``) rewrites every form of import of a moved module,
leaves the rest as it was, and changes nothing when run again.

relayout: leave this file (its snippets name the old places on purpose)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import relayout

ROOT = Path(__file__).resolve().parent.parent

OLD = '''"""Uses :mod:`readoutdiff.naming`, `render/key_changes.py`, `wide.py`, src/readoutdiff/places.py."""

import readoutdiff.makers as made
from readoutdiff import align, inline, joining
from readoutdiff import (
    fold,
    segment as cut,
)
from readoutdiff.render import html, key_overlaps
from readoutdiff.render.labels import around_what, shorten
from readoutdiff.wide import has_wide


def later():
    from readoutdiff.fold import fold_style

    pattern = r"^from readoutdiff\\.wide import"
    return made, "readoutdiff.segment.REMEMBERED", "readoutdiff.render.key_changes:rank", pattern
'''

NEW = '''"""Uses :mod:`readoutdiff.formulas.keys.naming`, `formulas/keys/key_changes.py`, `text/wide.py`, src/readoutdiff/model/places.py."""

import readoutdiff.model.makers as made
from readoutdiff import align, inline
from readoutdiff.text import joining
from readoutdiff.languages import folding as fold, segment as cut
from readoutdiff.render import html
from readoutdiff.formulas.keys import key_overlaps
from readoutdiff.render.labels import around_what
from readoutdiff.text.shorten import shorten
from readoutdiff.text.wide import has_wide


def later():
    from readoutdiff.languages.folding import fold_style

    pattern = r"^from readoutdiff\\.text\\.wide import"
    return made, "readoutdiff.languages.segment.REMEMBERED", "readoutdiff.formulas.keys.key_changes:rank", pattern
'''


def test_every_form_of_import_and_mention_is_rewritten() -> None:
    assert relayout.rewrite_python(OLD, None) == NEW


def test_a_second_run_changes_nothing() -> None:
    assert relayout.rewrite_python(NEW, None) == NEW
    kept = "`readoutdiff.cache_dir.use`"  # stays at the top: README's library use names it
    assert relayout.rewrite_text(kept) == kept


def test_relative_imports_are_resolved_from_the_file_and_made_absolute_where_they_change() -> None:
    text = "from . import labels, spacing\nfrom ..fold import fold\nfrom .html import render\n"
    assert relayout.rewrite_python(text, ["readoutdiff", "render"]) == (
        "from . import labels\nfrom readoutdiff.model import spacing\n"
        "from readoutdiff.languages.folding import fold\nfrom .html import render\n"
    )
    moving = "from .model import Span\nfrom . import wide\n"  # a file about to leave the top
    assert relayout.rewrite_python(moving, ["readoutdiff"], absolute=True) == (
        "from readoutdiff.model import Span\nfrom readoutdiff.text import wide\n"
    )


def test_no_new_name_starts_with_an_old_one() -> None:
    for new in relayout.MODULES.values():
        assert not [old for old in relayout.MODULES if new.startswith(old + ".")], new
        assert relayout.rewrite_text(new) == new


def test_the_tree_is_laid_out_already() -> None:
    """No file of the checkout still names an old place (the script's check finds nothing)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "relayout.py"), "--check", "--root", str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout


def test_a_module_that_became_a_package_keeps_its_imports_and_its_paths_follow() -> None:
    text = (
        'READERS = ("languages/folding.py", "model.py")\n'
        "from readoutdiff.model import Span  # see src/readoutdiff/model.py, not formula_model.py\n"
    )
    new = relayout.rewrite_python(text, None)
    assert new == (
        'READERS = ("languages/folding.py", "model/__init__.py")\n'
        "from readoutdiff.model import Span  # see src/readoutdiff/model/__init__.py, not formula_model.py\n"
    )
    assert relayout.rewrite_python(new, None) == new
