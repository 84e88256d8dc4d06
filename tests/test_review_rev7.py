"""Branch rev7 (thirty-fourth session): a review of the session's first merges, each finding
on the input it shows on — quote marks the segmenter must not pair (one left open, two quotes
set the other way round), "all parties" read as one party of the two, a series head's kept
words past the line's end, a fuller entry the user's lexicon removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.formulas.keys.key_record import columns
from readoutdiff.formulas.lexicon.lexicon import chosen
from readoutdiff.languages import Language, ru
from readoutdiff.languages.segment import quoted_spans, sentences
from readoutdiff.languages.zh import parties_alike
from readoutdiff.model import Options
from readoutdiff.render.series_text import render_series_text
from readoutdiff.series import build_series

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
DAYS = ("2023-05-18", "2024-07-05")


def _cut(text: str, language: Language | None = None) -> list[str]:
    ranges = [(0, len(text))]
    found = sentences(text, ranges, language) if language else sentences(text, ranges)
    return [s.text for s in found]


@pytest.mark.parametrize("mark", ["«", "“", "《"])
def test_a_mark_left_open_holds_the_rest_of_the_line_together_nowhere(mark: str) -> None:
    # u54 made a sentence end inside «…», “…” or 《…》 end nothing: a mark no closing one follows
    # must not swallow the rest of its paragraph (nor of the readout) into one sentence
    text = f"He said {mark}yes. We met. Trade grew.\nThey left. Talks ended."
    assert _cut(text) == [
        f"He said {mark}yes.",
        "We met.",
        "Trade grew.",
        "They left.",
        "Talks ended.",
    ]
    zh = f"双方同意{mark}加强合作。深化交流。推进项目。"
    assert _cut(zh) == [f"双方同意{mark}加强合作。", "深化交流。", "推进项目。"]
    assert quoted_spans(text, 0, len(text)) == []


def test_a_quote_left_open_on_a_real_russian_line_pairs_with_nothing() -> None:
    # putin-mirziyoyev 2025-02-21 (Russian dev), the line u54 fixed: with its » taken away the
    # « is left open, and every sentence of the line is cut as if no quote stood there
    readout = load(EVAL / "putin-mirziyoyev__2025-05-03__kremlin.txt")
    line = next(x for x in readout.text.splitlines() if "«ИННОПРОМ. Центральная Азия»" in x)
    whole = _cut(line, ru.LANGUAGE)
    assert any("«ИННОПРОМ. Центральная Азия»" in s for s in whole)
    opened = line.replace("Азия»", "Азия")
    cut = _cut(opened, ru.LANGUAGE)
    assert len(cut) == len(whole) + 1  # the dot inside the open quote ends its sentence again
    assert any(s.endswith("«ИННОПРОМ.") for s in cut)


def test_quotes_set_the_other_way_round_are_no_quotation_between_them() -> None:
    # »…« (German, Danish print): the « that closes the first and the » that opens the second
    # were read as one «…» holding " here. And ", and the sentence end between them was lost
    text = "They opened »Made in Chile« here. And »Open Sky« came next."
    assert _cut(text) == ["They opened »Made in Chile« here.", "And »Open Sky« came next."]
    assert quoted_spans(text, 0, len(text)) == []
    # a «…» after a space or an opening bracket is still a quotation
    text = "Стороны открыли («ИННОПРОМ. Центральная Азия») выставку. Далее обсудили торговлю."
    assert len(_cut(text, ru.LANGUAGE)) == 2


def test_all_parties_speaking_with_china_is_not_china_speaking() -> None:
    # fat1 reads "X方愿同Y方…" and "Y方愿同X方…" alike: the two parties of the meeting, either one
    # speaking for the same line. 各方 (all parties) is no party of the two: a real CCTV line
    # (xi-mirziyoyev 2025-06-17, a judged noise sample) said by all parties is another line
    readout = load(EVAL.parent / "noise" / "xi-mirziyoyev__2025-06-17__cctv.txt")
    china = next(s.text for s in readout.sentences if "中方愿同各方" in s.text)
    everyone = china.replace("中方愿同各方", "各方愿同中方")
    assert not parties_alike(china, everyone) and not parties_alike(everyone, china)
    assert not parties_alike(china, china.replace("各方", "乌方"))  # another partner
    two = china.replace("中方愿同各方", "中方愿同乌方")
    assert parties_alike(two, two.replace("中方愿同乌方", "乌方愿同中方"))


def test_a_series_head_at_the_narrowest_terminal_runs_past_no_column() -> None:
    # u54's head keeps "the 10 returned and 9 listed under dropped or changed" whole (54
    # columns): at the narrowest terminal the CLI wraps to (40) it ran to column 56. A kept
    # piece longer than a line breaks where it must; at 120 columns it stays whole
    paths = sorted((EVAL.parent / "outside").glob("xi-thongloun__*__cctv.txt"))
    series = build_series([load(p) for p in paths])
    for width in (40, 50):
        out = render_series_text(series, width=width)
        head = out.split("\nLegend:")[0].split("\n\n")[-1]
        assert "15 came back" in head  # 19 before ser9, 17 before e61's background rebuild
        assert max(columns(line) for line in head.splitlines()) <= width  # (a file name, an
        # id longer than a line still stands whole on its own line elsewhere)
    head = render_series_text(series, width=120).split("\nLegend:")[0]
    assert any(
        "the 9 returned and 6 listed under dropped or changed" in line for line in head.splitlines()
    )


def test_a_fuller_entry_the_users_lexicon_removed_is_not_named(tmp_path: Path) -> None:
    # u54's key change names the fuller built-in entry the other readout says; it looked the
    # entry up in the built-in lexicon, so one the user's lexicon removes was still named as a
    # formula (xi-rahmon 2023-05-18 -> 2024-07-05, CCTV, outside tuning)
    a, b = (load(EVAL.parent / "outside" / f"xi-rahmon__{d}__cctv.txt") for d in DAYS)
    told = "Dropped formula “战略伙伴关系” (A line 6, sentence 2)"
    fuller = "; B says the fuller “全面战略合作伙伴关系” (B line 4, sentence 5)."
    assert told + fuller in [k.summary for k in key_changes(compare(a, b))]
    mine = tmp_path / "mine.toml"
    mine.write_text(
        'remove = ["comprehensive-strategic-cooperative-partnership"]\n\n'
        '[[formula]]\nid = "my-own"\ntext = "my own wording"\n',
        encoding="utf-8",
    )
    options = Options(lexicon=chosen([mine]))
    summaries = [k.summary for k in key_changes(compare(a, b, options=options))]
    assert told + "." in summaries
    assert not any("the fuller" in s for s in summaries)
