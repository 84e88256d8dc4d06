"""A headline and the line after it are shown apart when one side of a passage holds both.

The segmenter already makes each line a sentence of its own (a line end always ends one), but
when one side of an aligned passage holds two sentences and the first is a headline, every view
joined them with a space: on the dev pair mirziyoyev-aliyev (2023-07-10 → 2023-12-24) B's
headline and subheading, two lines with no stop, read as one run-on sentence, "…с днем рождения
Главы двух стран провели телефонный звонок". A sentence with no stop at its end ended its line,
so a line mark (" / ") stands between it and the next sentence of the side, in every language;
the aligner's scores, the spans and the sentence numbers stay as they were.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.align.similarity import _joined as scored_join
from readoutdiff.model import Alignment, Comparison, Status
from readoutdiff.render.jsonout import render_json
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text
from readoutdiff.text.joining import LINE_MARK, joined, length, open_line, starts

ROOT = Path(__file__).resolve().parent.parent
FORMULAS = ROOT / "eval" / "formulas"
ALIYEV = [
    FORMULAS / f"mirziyoyev-aliyev__{d}.txt"
    for d in ("2023-07-10__president-uz", "2023-12-24__kursiv")
]
SEAM = "с днем рождения / Главы двух стран провели телефонный звонок"


@pytest.fixture(scope="module")
def aliyev() -> Comparison:
    return compare(load(ALIYEV[0]), load(ALIYEV[1]))


def test_the_headline_and_its_subheading_read_apart_when_one_side_holds_both(
    aliyev: Comparison,
) -> None:
    """Since u46 the aligner pairs a headline with one sentence (``tests/test_headline_alone.py``),
    so this pair no longer joins the two lines; a side that holds both still reads them apart."""
    headline, subheading = (aliyev.b.sentences[i] for i in (0, 1))
    assert (headline.span.line, subheading.span.line) == (1, 3)
    a = aliyev.alignments[0].a
    split = Alignment(status=Status.CHANGED, a=a, b=(headline, subheading), score=0.38)
    assert split.b_text == headline.text + LINE_MARK + subheading.text
    assert SEAM in split.b_text
    assert SEAM not in render_text(aliyev) and SEAM not in render_markdown(aliyev)
    assert [x["start"] for x in json.loads(render_json(aliyev))["alignments"][0]["b"]] == [0]


def test_the_aligner_scores_the_two_lines_without_the_mark(aliyev: Comparison) -> None:
    texts = [s.text for s in aliyev.b.sentences[:2]]
    assert LINE_MARK not in scored_join(texts)
    assert joined(texts, marked=False) == " ".join(texts)


@pytest.mark.parametrize(
    "name",
    [
        "xi-starmer__2024-11-18__cctv.txt",  # 习近平会见英国首相
        "biden-scholz__2023-01-17__wh.txt",  # Readout of President Joe Biden’s Call with …
        "mirziyoyev-nazarbayev__2023-04-21__kant-kg.txt",  # Мирзиёев и Назарбаев провели …
    ],
)
def test_a_headline_is_marked_off_in_every_language(name: str) -> None:
    first, second, third = (s.text for s in load(FORMULAS / name).sentences[:3])
    assert open_line(first) and not open_line(third)
    texts = [first, second]
    assert joined(texts).startswith(first + LINE_MARK + second[:4])
    assert starts(texts) == (0, len(first) + len(LINE_MARK))
    assert length(texts) == len(joined(texts))


@pytest.mark.parametrize(
    "path",
    sorted((ROOT / "tests" / "front_matter").glob("*__wh-briefings.md")),
    ids=lambda p: p.stem,
)
def test_a_hard_wrapped_paragraph_gets_no_mark(path: Path) -> None:
    """White House pages converted to Markdown, wrapped at 72 columns: the wrapped lines of a
    paragraph are one sentence's (the unwrapper's), and a mark stands only after a sentence
    that ends its line in the file (biden-modi's list item "…diabetes and cancer”")."""
    readout = load(path)
    sentences = readout.sentences
    assert any("\n" in s.text for s in sentences)
    ends = [s for s in sentences[:-1] if open_line(s.text)]
    assert joined([s.text for s in sentences]).count(LINE_MARK) == len(ends)
    for sentence in ends:  # each ends where its line does
        assert readout.text[sentence.span.end :].lstrip(" \t")[:1] in ("\n", "\r")
