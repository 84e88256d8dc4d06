"""A passage of two or more Chinese sentences is shown without a space between them.

When the aligner pairs one sentence with several, a side's sentences were joined with one
space, so every view showed "…变革期。 中英作为…" where Chinese writes none. The real pairs are
CCTV's readouts of Xi's meetings with Keir Starmer (23 August 2024 → 18 November 2024: A's
one sentence is B's three; 18 November 2024 → 29 January 2026: B's one sentence is A's two; a
dev series of the formula evaluation set) and the PRC foreign
ministry's Chinese readout of Xi's call with Trump of 9 March 2018 against its English version
(eval/bilingual: A's one sentence is B's three). Every view builds the side's text and its
offsets through one joiner, so the word diff, the HTML formula marks and the text stay
in step; an English merge keeps its one space.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.model import Alignment, Comparison, Op, Readout, Sentence
from readoutdiff.render.html_rows import build_rows
from readoutdiff.render.jsonout import render_json
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text
from readoutdiff.text.joining import gap, joined, length, starts

ROOT = Path(__file__).resolve().parent.parent
STARMER_DATES = ("2024-08-23", "2024-11-18", "2026-01-29")
STARMER_ALL = [ROOT / "eval" / "formulas" / f"xi-starmer__{d}__cctv.txt" for d in STARMER_DATES]
STARMER = STARMER_ALL[1:]
TRUMP = [ROOT / "eval" / "bilingual" / f"xi-trump__2018-03-09__{s}.txt" for s in ("mfa-zh", "mfa")]


@pytest.fixture(scope="module")
def starmer() -> Comparison:
    return compare(load(STARMER[0]), load(STARMER[1]))


def _merged(comparison: Comparison) -> list[Alignment]:
    return [x for x in comparison.alignments if len(x.a) > 1 or len(x.b) > 1]


def test_a_chinese_merge_is_joined_without_a_space_in_every_view(starmer: Comparison) -> None:
    (merge,) = _merged(starmer)
    assert [len(merge.a), len(merge.b)] == [2, 1]
    assert merge.a_text == merge.a[0].text + merge.a[1].text
    assert "。 " not in merge.a_text and merge.a[0].text.endswith("。")
    seam = merge.a[0].text[-4:] + merge.a[1].text[:4]  # "变革期。中英作为"
    for view in (render_text(starmer), render_markdown(starmer)):  # the seam is a deleted run
        assert f"{merge.a[0].text[-8:]}-]" in view or f"{merge.a[0].text[-8:]}</del>" in view
        assert "。 " not in view
    shown = json.loads(render_json(starmer))
    (written,) = [x for x in shown["alignments"] if len(x["a"]) == 2]
    kept = "".join(text for op, text in written["diff"] if op != "insert")
    assert kept == merge.a_text and seam in kept


def test_the_word_diff_rebuilds_each_joined_side(starmer: Comparison) -> None:
    for merge in _merged(starmer):
        assert "".join(op.text for op in merge.ops if op.op is not Op.INSERT) == merge.a_text
        assert "".join(op.text for op in merge.ops if op.op is not Op.DELETE) == merge.b_text


def _side_check(readout: Readout, sentences: tuple[Sentence, ...], text: str) -> None:
    texts = [s.text for s in sentences]
    assert joined(texts) == text and length(texts) == len(text)
    for sentence, start in zip(sentences, starts(texts), strict=True):
        assert text[start : start + len(sentence.text)] == sentence.text
        assert readout.text[sentence.span.start : sentence.span.end] == sentence.text


@pytest.mark.parametrize(
    ("paths", "least"),
    [(STARMER_ALL[:2], 3), (STARMER, 1), (TRUMP, 0)],
    ids=["xi-starmer-split", "xi-starmer-merge", "xi-trump-bilingual"],
)
def test_every_sentence_and_formula_mark_points_at_its_own_characters(
    paths: list[Path], least: int
) -> None:
    comparison = compare(load(paths[0]), load(paths[1]))
    formulas = [(f"f{n}", f) for n, f in enumerate(comparison.formulas)]
    rows = build_rows(comparison, formulas)
    checked = 0
    for merge in _merged(comparison):
        _side_check(comparison.a, merge.a, merge.a_text)
        _side_check(comparison.b, merge.b, merge.b_text)
        row = rows[comparison.alignments.index(merge)]
        for cell, readout, side in ((row.a, comparison.a, merge.a), (row.b, comparison.b, merge.b)):
            shown = "".join(part.text for run in cell.runs for part in run.parts)
            assert shown == joined([s.text for s in side])
            for fid, formula in formulas:
                spans = formula.a_spans if readout is comparison.a else formula.b_spans
                inside = [
                    readout.text[max(sp.start, s.span.start) : min(sp.end, s.span.end)]
                    for s in side
                    for sp in spans
                    if sp.start < s.span.end and s.span.start < sp.end
                ]
                marked = [
                    p.text for run in cell.runs for p in run.parts if fid in p.formulas.split()
                ]
                assert "".join(marked) == "".join(inside), (fid, marked, inside)
                checked += len(inside)
    assert checked >= least  # formula spans inside the merged passages, mapped onto the cell


def test_a_space_stays_between_sentences_written_with_spaces() -> None:
    assert joined(["We met.", "We talked."]) == "We met. We talked."
    assert joined(["He paused…", "Then spoke."]) == "He paused… Then spoke."
    assert joined(["Встреча прошла.", "Обсудили торговлю."]) == "Встреча прошла. Обсудили торговлю."
    assert joined(["회담을 했다.", "양국은"]) == "회담을 했다. 양국은"  # Korean keeps its spaces
    # a sentence with no stop ended its line (a headline): the line mark, Korean too
    assert joined(["회담을 했다", "양국은"]) == "회담을 했다 / 양국은"
    assert joined(["Xi said “合作”.", "习近平指出"]) == "Xi said “合作”. 习近平指出"


def test_no_space_after_a_full_width_stop_or_between_wide_characters() -> None:
    assert gap("双方交换意见。", "习近平指出") == ""
    assert gap("他说：“合作共赢。”", "习近平指出") == ""  # the stop inside the closing quote
    assert gap("前途光明……", "双方") == "" and gap("会談を行った！", "両首脳は") == ""
    assert gap("习近平同斯塔默举行会谈", "“中方愿”") == ""  # a headline with no stop
    assert gap("习近平同斯塔默举行会谈", "Xi met Starmer.") == " "
