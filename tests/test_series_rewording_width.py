"""The series text view keeps "at N “…” →" (a row reworded back to its name, after the words
the rewording left) on one line whenever it fits the width, however long the words: it was
kept only up to 40 characters of words (rev13's find, branch fix2), while a quoted wording is
kept whole by the width (u62). The HTML view glues only "at N" to the wording's first word and
its last word to "→" (series_labels.GLUED_AT, u70), so the words between break as a quote's do."""

from __future__ import annotations

from readoutdiff.render.series_labels import GLUED_AT, REWORDED_AT
from readoutdiff.render.text import wrapped

LEFT = "“unprovoked and unjustified war against Ukraine”"  # 46 characters of words
LINE = f"  *~*  “brutal war”  mined:war · reworded at 12 {LEFT} → “brutal war”, at 14 → “war”"


def test_a_long_rewording_left_is_kept_whole_when_it_fits() -> None:
    kept = tuple(REWORDED_AT.findall(LINE))
    assert kept[0] == f"at 12 {LEFT} →"
    for width in (80, 100):
        lines = wrapped(LINE, width, 7, kept=kept)
        assert all(len(line) <= width for line in lines), lines
        assert any(f"at 12 {LEFT} →" in line for line in lines), lines
    # narrower than the run: it breaks where it must rather than run past the width
    assert all(len(line) <= 40 for line in wrapped(LINE, 40, 7, kept=kept))
    assert GLUED_AT.findall(LINE) == list(kept)  # HTML: found whatever its length (u70)
