"""u52's walk through ``check`` on e49's sunak-erdogan readouts (eval/outside), as a new user:
a date taken from the file name was said twice, in the first line ("(2023-07-11)") and in a
note under it ("note: …: date 2023-07-11 taken from the file name"), at every readout of a
folder named by date; the pair view and the series say it once, with the date."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.check import check
from readoutdiff.check.rules import parse
from readoutdiff.render.check_text import render_check_text

ROOT = Path(__file__).resolve().parent.parent
SUNAK_ERDOGAN = sorted((ROOT / "eval" / "outside").glob("sunak-erdogan__*.txt"))


def test_check_says_a_date_from_the_file_name_once_with_the_date() -> None:
    old, new = (load(path) for path in SUNAK_ERDOGAN[-2:])
    assert old.date == "2023-07-11" and new.date == "2023-10-16"
    text = render_check_text(check(compare(old, new), parse("")))
    first, *rest = text.splitlines()
    assert first.startswith(
        f"readoutdiff check: {old.path} (2023-07-11 from the file name) → "
        f"{new.path} (2023-10-16 from the file name) (similarity "
    )
    assert "taken from the file name" not in text
    assert not [line for line in rest if line.startswith("note: ")]
