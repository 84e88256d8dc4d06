"""What a new analyst's walk on the thirtieth session's new dev series read wrong (branch u44).

Each test runs real readouts: dev pairs of the evaluation set (mirziyoyev-aliyev 2023-07-10,
carney-store, sullivan-barzani) or the biden-zelenskyy series of tests/real_series.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.formulas.keys.key_record import columns
from readoutdiff.render.jsonout import render_json
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.series_text import render_series_text
from readoutdiff.render.text import render_text
from readoutdiff.series import build_series

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"
ZELENSKYY = Path(__file__).parent / "real_series" / "biden-zelenskyy"


def test_formulas_dropped_from_one_sentence_of_a_kept_passage_are_one_key_change() -> None:
    # Kremlin readouts (dev pair putin-bin-salman 2025-02-20): A's line 3, one sentence that B
    # rewrote, holds three lone points B does not make (the occasion, the hospitality, the
    # delegations' work); one key change names them. Until branch cnv3 the example was
    # mirziyoyev-aliyev 2023-07-10's line 5 (three drops: a greeting and a wish cut in two),
    # whose greeting and wish are now each paired with B's, one reworded line each.
    a = load(FORMULAS / "putin-bin-salman__2025-02-20__kremlin.txt")
    b = load(FORMULAS / "putin-bin-salman__2025-03-13__kremlin.txt")
    comparison = compare(a, b)
    keys = key_changes(comparison)
    at_three = [k for k in keys if k.summary.startswith("Dropped") and "(A line 3)" in k.summary]
    assert len(at_three) == 1
    assert at_three[0].summary == (
        "Dropped formulas “с предстоящим праздником – Днём основания саудовского государства”,"
        " “проявленное гостеприимство” and “способствовало конструктивной и результативной"
        " работе двух делегаций” (A line 3)."
    )
    said = (
        "проявленное гостеприимство",
        "способствовало конструктивной и результативной работе двух делегаций",
    )
    ids = tuple(dict.fromkeys(f.anchor or f.id for f in comparison.formulas if f.a_text in said))
    assert set(ids) <= set(at_three[0].formulas) and at_three[0].formula == at_three[0].formulas[0]
    assert len({k.summary for k in keys}) == len(keys)
    # every view says it once: terminal, Markdown (beside the greeting reworded at A line 3), JSON
    assert render_text(comparison).count("(A line 3)") == 2
    assert render_markdown(comparison).count("(A line 3)") == 2
    told = json.loads(render_json(comparison))["key_changes"]
    assert [k["formulas"] for k in told if k["summary"].endswith("(A line 3).")] == [
        list(at_three[0].formulas)
    ]
    # mirziyoyev-aliyev's line 5: the greeting and the wish, each changed, one line each (u48's labels)
    a = load(FORMULAS / "mirziyoyev-aliyev__2023-07-10__president-uz.txt")
    b = load(FORMULAS / "mirziyoyev-aliyev__2023-12-24__kursiv.txt")
    at_five = [k.summary for k in key_changes(compare(a, b)) if "(A line 5)" in k.summary]
    assert [s.split(" (A line 5)")[0] for s in at_five] == [
        "Greeting on another occasion: “сердечно поздравил лидера нашей страны с убедительной"
        " победой на президентских выборах”",
        "Wish reworded: “пожелав мира, благополучия и процветания дружественному узбекскому народу”",
    ]


def test_formulas_dropped_from_one_english_sentence_are_one_line() -> None:
    # State Department readouts: two drops from A's line 7, which B kept changed.
    a = load(FORMULAS / "blinken-jaishankar__2022-03-30__state.txt")
    b = load(FORMULAS / "blinken-jaishankar__2022-04-05__state.txt")
    summaries = [k.summary for k in key_changes(compare(a, b))]
    assert (
        "Dropped formulas “free, open, secure, and prosperous Indo-Pacific” and “sovereignty and"
        " territorial integrity” (A line 7)."
    ) in summaries
    assert not any(s.startswith("Dropped formula “") and "(A line 7)" in s for s in summaries)


def test_the_drops_of_a_whole_passage_stay_one_line_with_its_quote() -> None:
    # carney-store: the drops of a dropped passage were one line already (with_passage).
    a = load(FORMULAS / "carney-store__2025-05-23__pm-gc-ca.txt")
    b = load(FORMULAS / "carney-store__2025-11-22__pm-gc-ca.txt")
    first = key_changes(compare(a, b))[0].summary
    assert first.startswith(
        "Dropped formulas “just and lasting peace” and “respects its sovereignty and territorial"
        " integrity” (A line 5, sentence 3), with their whole passage:"
    )


def test_the_series_view_wraps_to_the_terminal_under_its_columns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At 80 columns a meeting's line (number, date, similarity, file, title, notes: 150 to 190
    # columns) ran on at the left edge, through the numbers' column.
    for name in ("sullivan-barzani__2024-01-16__wh.txt", "sullivan-barzani__2024-02-29__wh.txt"):
        shutil.copy(FORMULAS / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)  # the files as a user names them: "series ."
    series = build_series([load(path.name) for path in sorted(tmp_path.glob("*.txt"))])
    whole = render_series_text(series)
    wrapped = render_series_text(series, width=80)
    assert max(map(len, whole.splitlines())) > 80
    lines = wrapped.splitlines()
    assert all(columns(line) <= 80 for line in lines)
    # the same words, only broken at spaces
    assert " ".join(wrapped.split()) == " ".join(whole.split())
    first = next(i for i, line in enumerate(lines) if line.startswith("   1  2024-01-16"))
    assert lines[first].startswith("   1  2024-01-16        sullivan-barzani__2024-01-16__wh.txt")
    assert lines[first + 1].startswith(" " * 24) and lines[first + 1][24] != " "  # under the file
    legend = [line for line in lines if line.startswith(("Legend:", "  - dropped"))]
    assert legend[1].startswith("  - dropped  . absent")  # never "." and "absent" torn apart
    row = lines.index("changed (1)") + 1
    assert lines[row] == "  *~  “appreciation for the Kurdistan region’s strong partnership”"
    # under the row's wording (the wording no longer ends inside "… with the United States":
    # acc52's whole wordings give that back, so the row's facts are what wraps)
    assert lines[row + 1].startswith("      longstanding-partnership · seen 1–2")


def test_a_file_too_long_for_the_terminal_stays_on_its_meeting_s_line() -> None:
    series = build_series([load(path) for path in sorted(ZELENSKYY.glob("*.txt"))])
    lines = render_series_text(series, width=80).splitlines()
    first = next(line for line in lines if line.startswith("   1  2021-12-09"))
    assert first.endswith("biden-zelenskyy__2021-12-09__wh.txt")  # no number line left alone
