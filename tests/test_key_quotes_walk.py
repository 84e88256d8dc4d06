"""A key change that names a formula quotes the part of its passage that holds it (branch u42,
twenty-ninth session).

A new analyst's walk on the newest pairs read "Dropped formula “free and open Indo-Pacific”
…, with its whole passage: “During the call, the two reaffirmed … to address issues…”": the
passage's head, cut before the formula the line names. Each test runs a dev pair of the
evaluation set.
"""

from __future__ import annotations

import re
from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.formulas.keys.key_record import QUOTE_COLUMNS, columns
from readoutdiff.render.markdown import render_markdown

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _summaries(a: str, b: str) -> list[str]:
    return [key.summary for key in key_changes(compare(load(FORMULAS / a), load(FORMULAS / b)))]


def _passage_quote(summary: str) -> str:
    """The last quote of a line: the passage's."""
    return summary.rsplit(": “", 1)[1].removesuffix(".").removesuffix("”")


def test_a_dropped_formula_s_passage_is_quoted_from_the_clause_that_holds_it() -> None:
    pairs = (
        # English: the formula at the end of a long sentence
        ("sullivan-ano__2023-01-17__wh.txt", "sullivan-ano__2023-10-23__wh.txt",
         "free and open Indo-Pacific", "…and committed to continuing to work together"),
    )  # fmt: skip
    for a, b, formula, opening in pairs:
        line = next(s for s in _summaries(a, b) if s.startswith(f"Dropped formula “{formula}”"))
        quoted = _passage_quote(line)
        assert quoted.startswith(opening)
        assert formula in quoted  # named, then shown where it stands
        assert columns(quoted) <= QUOTE_COLUMNS + 1
    # Russian: a wish at the end of a greeting. The greeting before it ("поздравил Елбасы …,
    # искренне пожелав крепкого здоровья …") is reworded in a line of its own, so the passage
    # did not go whole: the wish is named in full, its passage not quoted (that line quotes
    # it; ux28, putin-tokayev's double report).
    lines = _summaries(
        "mirziyoyev-nazarbayev__2021-11-26__zakon.txt",
        "mirziyoyev-nazarbayev__2023-04-21__kant-kg.txt",
    )
    assert (
        "Dropped formula “дальнейшего прогресса и процветания братскому казахстанскому народу”"
        " (A line 3), from a passage B says again in part, reworded."
    ) in lines
    assert any(s.startswith("Formula reworded: “поздравил Елбасы") for s in lines)


def test_a_chinese_passage_is_quoted_from_a_comma_never_inside_a_list() -> None:
    a, b = "xi-merz__2025-05-23__cctv.txt", "xi-merz__2026-02-25__cctv.txt"
    formula = "为全球可持续发展贡献中德智慧和方案"
    # the passage's line, or (kc8) the formula's told with its whole passage: one quote
    told = ("Dropped passage", f"Dropped formula “{formula}”")
    line = next(s for s in _summaries(a, b) if s.startswith(told) and formula in s)
    quoted = _passage_quote(line)
    assert quoted.startswith("…") and quoted.endswith(f"{formula}。")
    assert quoted[1:2] != "、" and not quoted.startswith("…机械制造")  # not after "汽车、"


def test_a_passage_that_goes_with_a_changed_formula_shows_its_wording() -> None:
    a, b = "hayashi-blinken__2022-02-26__mofa-jp.txt", "hayashi-blinken__2022-03-24__mofa-jp.txt"
    line = next(s for s in _summaries(a, b) if s.startswith("Formula reworded: “respond to"))
    dropped = line.split("said in a passage B drops: “", 1)[1]
    assert "to respond to the recent aggression" in dropped
    assert dropped.startswith("…")


def test_a_passage_that_opens_with_its_formula_keeps_its_head() -> None:
    """The head is quoted as before when it shows the formula: no "…" before a passage's first
    word where nothing was left out."""
    a, b = "starmer-netanyahu__2024-07-07__gov-uk.txt", "starmer-netanyahu__2024-08-20__gov-uk.txt"
    line = next(s for s in _summaries(a, b) if "said in a passage B drops" in s)
    dropped = line.split("said in a passage B drops: “", 1)[1]
    assert dropped.startswith("The leaders discussed the importance of regional security")


def test_a_quote_is_not_cut_inside_a_name() -> None:
    """Quotes ended inside a name: "…against Hamas, Palestinian Islamic…" (of "Palestinian
    Islamic Jihad") and "…in the Middle East, and the Prime…" (of "the Prime Minister")."""
    cases = (
        ("sullivan-hanegbi__2023-06-23__wh.txt", "sullivan-hanegbi__2024-05-12__wh.txt",
         "its right to defend its people against Hamas…”"),
        ("starmer-netanyahu__2024-07-07__gov-uk.txt", "starmer-netanyahu__2024-08-20__gov-uk.txt",
         "regional security in the Middle East…”"),
    )  # fmt: skip
    for a, b, end in cases:
        view = render_markdown(compare(load(FORMULAS / a), load(FORMULAS / b)))
        keys = view.split("### Key changes", 1)[1].split("###", 1)[0]
        assert end in keys
        assert not re.search(r"\b[A-Z]\w+ [A-Z]\w+…”", keys.replace("Middle East…", ""))
