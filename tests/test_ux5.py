"""Every view says a passage paired with its translation "paired" (ux5); the JSON keeps the
data's status, "changed", and a pair of one language is "changed" as before."""

from __future__ import annotations

import json
from pathlib import Path

from readoutdiff import compare, from_text, load
from readoutdiff.render.jsonout import render_json
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text

BILINGUAL = Path(__file__).resolve().parents[1] / "eval" / "bilingual"


def test_text_and_markdown_say_paired_and_json_keeps_changed() -> None:
    comparison = compare(
        load(BILINGUAL / "lukashenko-putin__2022-07-11__belta-ru.txt"),
        load(BILINGUAL / "lukashenko-putin__2022-07-11__presidentby.txt"),
    )
    text = render_text(comparison)
    assert " 7 paired · " in text and " changed · " not in text.split("\n\n")[0]
    heads = [line for line in text.splitlines() if line.startswith("~ ")]
    assert heads and all("  paired" in head for head in heads)
    markdown = render_markdown(comparison)
    assert " 7 paired · " in markdown and "**paired" in markdown
    statuses = {a["status"] for a in json.loads(render_json(comparison))["alignments"]}
    assert "changed" in statuses and "paired" not in statuses


def test_one_language_still_says_changed() -> None:
    comparison = compare(from_text("Both sides met today."), from_text("Both sides met."))
    text = render_text(comparison)
    assert "1 changed" in text and "paired" not in text


def test_a_series_with_one_title_says_it_once_and_a_date_counted_back_at_its_meeting() -> None:
    """A real series (eval/series/blinken-kuleba, 21 State Department readouts, one title, every
    date from the file name, one counted back a day): the title and the dates' origin are said
    once above the meetings; only the meeting counted back keeps its note."""
    from readoutdiff.render.series_text import render_series_text
    from readoutdiff.series import build_series

    folder = Path(__file__).resolve().parents[1] / "eval" / "series" / "blinken-kuleba"
    series = build_series([load(path) for path in sorted(folder.glob("*.txt"))])
    text = render_series_text(series, width=80)
    meetings = text.split("\nThe figure after each date", 1)[0].splitlines()
    title = "Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba"
    assert " ".join(line.strip() for line in meetings[1:3]) == f"Every readout is titled “{title}”"
    assert text.count("Blinken’s Call") == 1
    head = " ".join(line.strip() for line in meetings[:8])
    assert (
        "Every date is taken from the file name; a date counted back says so at its meeting" in head
    )
    assert "(date from the file name)" not in text
    # (stripped: since ux28 meeting 21 has no count note, and its date note wraps mid-sentence)
    assert "counted back from the file name's 2022-07-30" in " ".join(
        line.strip() for line in meetings[-3:]
    )
    assert len(meetings) < 35  # 63 lines before: a title of two lines under each meeting


def test_titles_that_differ_are_still_shown_at_each_meeting() -> None:
    from readoutdiff.render.series_text import render_series_text
    from readoutdiff.series import build_series

    series = build_series(
        [
            from_text("Call with Kuleba\n\nThe two met.", path="a 2022-01-01.txt"),
            from_text("Meeting with Kuleba\n\nThe two met again.", path="b 2022-02-01.txt"),
        ]
    )
    text = render_series_text(series)
    assert "Every readout is titled" not in text
    assert "“Call with Kuleba”" in text and "“Meeting with Kuleba”" in text
