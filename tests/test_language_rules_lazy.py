"""The formula stage's Chinese and Russian rules load with the first pair in their language (sp85):
:mod:`readoutdiff.formulas.tracking` imports them where it reads them, so an English run of the
command imports none of their modules, while a Chinese and a Russian pair load each rule of
their language (and none of the other's) and get its entries. Each run is a fresh interpreter."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas import tracking
from readoutdiff.formulas.origins import origins
from readoutdiff.ingest import load

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
ENTRIES = "readoutdiff.formulas.entries."
CHINESE = {
    ENTRIES + name
    for name in (
        "better_partner", "closer_clause", "far_partner", "field_lists", "joined", "kept_tails", "listed_items",
        "modified_cores_zh", "numbered_points", "one_event_zh", "placed_halves_zh", "relationships",
        "said_within", "same_anniversary", "swapped_items", "throughout_heads", "verb_objects",
        "whole_lists",
    )
}  # fmt: skip
"""Modules only the Chinese rules import (an English run called none of their functions)."""
RUSSIAN = {
    ENTRIES + "assessed_ru",
    ENTRIES + "kept_heads",
    ENTRIES + "led_ru",
    ENTRIES + "lone_heads",
    ENTRIES + "paired_points_ru",
    ENTRIES + "point_heads_ru",
    ENTRIES + "points_ru",
    ENTRIES + "reworded_tails",
    ENTRIES + "wished_ru",
    "readoutdiff.formulas.succession.genitive",
}
"""Modules only the Russian rules import. ``kept_heads``, ``wished_ru``, ``paired_points_ru`` and
the two they read a point by, ``points_ru`` and ``point_heads_ru``, loaded with every run until
branch lng1: the English-path modules read a word pattern, a wish's addressees and the changed
entry of two spans off them, now in :mod:`readoutdiff.languages.ru` and
:func:`readoutdiff.formulas.words.spans.changed_at`."""
PAIRS = {
    "en": ("biden-kishida__2023-05-18__wh.txt", "biden-kishida__2023-08-18__wh.txt"),
    "zh": ("xi-albanese__2024-11-18__cctv.txt", "xi-albanese__2025-07-15__cctv.txt"),
    "ru": (
        "putin-bin-salman__2025-02-20__kremlin.txt",
        "putin-bin-salman__2025-03-13__kremlin.txt",
    ),
}
"""A dev pair of each language."""
PROBE = (
    "import json, sys\nfrom readoutdiff.cli import main\n"
    "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
    "print(json.dumps(sorted(m for m in sys.modules if m.startswith('readoutdiff.'))))"
)


def _loaded(language: str) -> set[str]:
    """The readoutdiff modules the command loads on the dev pair of ``language``."""
    pair = [str(EVAL / name) for name in PAIRS[language]]
    command = [sys.executable, "-c", PROBE, *pair, "--format", "json", "-o", "/dev/null"]
    out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_an_english_run_loads_no_chinese_or_russian_rule() -> None:
    loaded = _loaded("en")
    assert "readoutdiff.formulas.tracking" in loaded
    assert sorted(loaded & (CHINESE | RUSSIAN)) == []


def test_a_chinese_pair_loads_every_chinese_rule_and_no_russian_one() -> None:
    loaded = _loaded("zh")
    assert sorted(CHINESE - loaded) == [] and sorted(loaded & RUSSIAN) == []


def test_a_russian_pair_loads_every_russian_rule_and_no_chinese_one() -> None:
    loaded = _loaded("ru")
    assert sorted(RUSSIAN - loaded) == [] and sorted(loaded & CHINESE) == []


def test_tracking_imports_no_language_rule_at_its_top() -> None:
    top = {
        f"{node.module}.{alias.name}" if node.module.endswith(".succession") else node.module
        for node in ast.parse(Path(tracking.__file__).read_text("utf-8")).body
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }
    assert sorted(top & (CHINESE | RUSSIAN)) == []


def test_the_rules_imported_where_used_make_their_entries_and_are_named_by_origins() -> None:
    """Chinese and Russian entries made by the rules tracking imports in place, as named by
    :func:`origins` (which wraps them in their own modules, where the imports read them)."""
    steps = set()
    # Xi–Albanese's list of fields is paired by another rule since bg4 rebuilt the Chinese
    # background without batch 84's counterparts: items_swapped is read on Xi–Ghazouani's
    # real pair (tests/test_chinese_swapped_items moved there too).
    swapped = ("xi-ghazouani__2023-07-28__cctv.txt", "xi-ghazouani__2024-09-03__cctv.txt")
    # far_partnered re-points two far links of Xi–Sánchez 2024-09-09 to each speaker's own line
    # (lk6; tests/test_slot_linker reads the same pair)
    far = ("xi-sanchez__2024-09-09__cctv.txt", "xi-sanchez__2025-04-11__cctv.txt")
    for names in (PAIRS["zh"], swapped, far, PAIRS["ru"]):
        a, b = (load(EVAL / name) for name in names)
        with origins() as step_of:
            steps |= {step for f in compare(a, b).formulas for step in step_of(f).split(">")}
    assert {
        "halves_paired",
        "items_swapped",
        "lists_said_whole",
        "far_partnered",
    } <= steps  # Chinese
    assert {"led", "kept_heads", "lone_heads.lone"} <= steps  # Russian
