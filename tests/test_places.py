"""Places on real readouts whose whole body is one line: the sentence a key change, a formula
or a check annotation names really holds the words it quotes.

White House and State Department readouts (the dev pairs of ``eval/formulas/``, the series of
``tests/real_series/``) keep their body on one line, so a line number alone named every change
"line 3"; the views now name the sentence on that line as well (``A line 3, sentence 4``,
``A 3.4``). Each sentence is looked up here from the readout's own sentences on that line,
counted from 1, and the quoted words are looked for in it.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import tomllib
from importlib.resources import files
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from readoutdiff import Comparison, compare, load
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.formulas.keys.key_record import WHERE
from readoutdiff.model import Readout, Sentence
from readoutdiff.model.places import Place
from readoutdiff.render.html import render_html
from readoutdiff.render.jsonout import render_json
from readoutdiff.render.text import render_text

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
SERIES = ROOT / "tests" / "real_series" / "biden-zelenskyy"
DEV = (  # several series, White House and State Department; dev pairs only (checked below)
    "biden-albanese__2022-11-13", "biden-sisi__2023-11-22", "biden-duda__2022-03-04",
    "biden-kishida__2023-05-18", "blinken-cavusoglu__2022-02-28", "blinken-stoltenberg__2022-03-22",
    "blinken-kuleba__2022-06-15", "blinken-truss__2022-04-01",
)  # fmt: skip
SERIES_PAIRS = (
    ("biden-zelenskyy__2022-08-25__wh.txt", "biden-zelenskyy__2022-12-11__wh.txt"),
    ("biden-zelenskyy__2023-07-12__wh.txt", "biden-zelenskyy__2023-10-19__wh.txt"),
)


def _dev_pair(name: str) -> tuple[Path, Path]:
    data = tomllib.loads((EVAL / "pairs" / f"{name}.toml").read_text("utf-8"))
    assert data["heldout"] is False, name  # never a held-out pair
    return EVAL / data["a"], EVAL / data["b"]


PAIRS = [_dev_pair(name) for name in DEV] + [(SERIES / a, SERIES / b) for a, b in SERIES_PAIRS]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _sentence(readout: Readout, line: int, number: int | None) -> Sentence:
    """The sentence a place names: the only one on ``line``, or its ``number``-th."""
    on_line = [s for s in readout.sentences if s.span.line == line]
    if number is None:
        assert len(on_line) == 1, (readout.path, line)
        return on_line[0]
    assert len(on_line) > 1 and 1 <= number <= len(on_line), (readout.path, line, number)
    return on_line[number - 1]


def _line_text(readout: Readout, line: int) -> str:
    return re.split(r"\r\n|\r|\n", readout.text)[line - 1]  # the line ends readoutdiff counts


def _line_start(readout: Readout, line: int) -> int:
    return sum(map(len, re.split(r"(\r\n|\r|\n)", readout.text)[: 2 * (line - 1)]))


def _holds(readout: Readout, at: Place, wording: str, *, at_column: bool = True) -> None:
    """The sentence ``at`` names holds ``wording`` (a quote may end cut, in "…"), starting at
    ``at``'s column when ``at_column``."""
    sentence = _sentence(readout, at.line, at.sentence)
    words = _flat(wording).removesuffix("…")
    assert words and words in _flat(sentence.text), (readout.path, at, wording)
    if at_column:
        line = _line_text(readout, at.line)
        assert _flat(line[at.column - 1 :]).startswith(words[:60]), (readout.path, at, wording)
        offset = _line_start(readout, at.line) + at.column - 1
        assert sentence.span.start <= offset < sentence.span.end


@pytest.fixture(scope="module")
def comparisons() -> list[Comparison]:
    return [compare(load(a), load(b)) for a, b in PAIRS]


def test_the_pairs_keep_their_body_on_one_line(comparisons: list[Comparison]) -> None:
    # what the places are for: without the sentence, every key change said the same line
    for comparison in comparisons:
        for readout in (comparison.a, comparison.b):
            lines = [s.span.line for s in readout.sentences]
            assert max(lines.count(line) for line in set(lines)) >= 3, readout.path


def test_each_key_change_names_the_sentence_that_holds_its_words(
    comparisons: list[Comparison],
) -> None:
    told = 0
    for comparison in comparisons:
        for key in key_changes(comparison):
            for side, text, at in (("A", key.a_text, key.a_place), ("B", key.b_text, key.b_place)):
                readout = comparison.a if side == "A" else comparison.b
                if text is not None and at is not None:
                    _holds(readout, at, text, at_column=key.kind != "minor-only")
                    told += 1
            for found in WHERE.finditer(key.summary):  # every place the line names is real
                side, line, number = found.groups()
                readout = comparison.a if side == "A" else comparison.b
                _sentence(readout, int(line), int(number) if number else None)
    assert told >= 40


def test_a_one_word_swap_told_in_its_passage_s_line_names_its_own_sentence(
    comparisons: list[Comparison],
) -> None:
    # albanese 11-13 -> 03-13: "support for" -> "commitment to ASEAN centrality" is told in the
    # line of B's new passage; A's wording stood in another sentence of the same line
    albanese = comparisons[0]
    (key,) = [k for k in key_changes(albanese) if "ASEAN centrality” (A line" in k.summary]
    # (told in the new passage's line, "now", or on its own line, "→", when the passage is
    # told with another formula: the climate change since acc12's lexicon wording)
    found = re.search(r"“([^”]+)” \(A line 3, sentence (\d+)\) (?:now|→) “([^”]+)” \(B line 3, "
                      r"sentence (\d+)\)", key.summary)  # fmt: skip
    assert found, key.summary
    was, a_number, now, b_number = found.groups()
    assert was in _sentence(albanese.a, 3, int(a_number)).text
    assert now in _sentence(albanese.b, 3, int(b_number)).text
    assert a_number != "1" and b_number != "1"


def test_json_places_match_the_views_and_the_schema(comparisons: list[Comparison]) -> None:
    schema = json.loads(
        files("readoutdiff").joinpath("schema", "readoutdiff-1.schema.json").read_text("utf-8")
    )
    for comparison in comparisons[:4]:
        document = json.loads(render_json(comparison))
        Draft202012Validator(schema).validate(document)
        readouts = {"a": comparison.a, "b": comparison.b}
        for formula in document["formulas"]:
            for side in "ab":
                for span in formula[f"{side}_spans"]:
                    holder = _sentence(readouts[side], span["line"], span["sentence"])
                    assert holder.span.start <= span["start"] < holder.span.end
        for alignment in document["alignments"]:
            for side in "ab":
                for span in alignment[side]:
                    assert (
                        _sentence(readouts[side], span["line"], span["sentence"]).text
                        == (span["text"])
                    )
        for key in document["key_changes"]:
            for side in "ab":
                if key[f"{side}_line"] is not None:
                    at = Place(line=key[f"{side}_line"], column=key[f"{side}_column"],
                               sentence=key[f"{side}_sentence"])  # fmt: skip
                    where = f"{side.upper()} line {at.line}"
                    where += f", sentence {at.sentence}" if at.sentence else ""
                    assert where in key["summary"]
                    if key[side] is not None and key["kind"] != "minor-only":
                        _holds(readouts[side], at, key[side])


def test_the_formula_list_and_passages_say_line_and_sentence(comparisons: list[Comparison]) -> None:
    # the terminal view: "- A 3.4  dropped" then the sentence; a formula "… A 3.4"
    comparison = comparisons[0]
    text = render_text(comparison).splitlines()
    heads = [(n, re.match(r"^- A (\d+)\.(\d+)  dropped$", line)) for n, line in enumerate(text)]
    heads = [(n, head) for n, head in heads if head]
    assert len(heads) >= 4
    for number, head in heads:
        sentence = _sentence(comparison.a, int(head[1]), int(head[2]))
        assert text[number + 1].strip() == sentence.text
    dropped = [
        line for line in text if line.startswith("    “") and re.search(r"  A 3\.\d+$", line)
    ]
    assert dropped
    for line in dropped:
        wording, number = re.match(r"^    “(.+)”  A 3\.(\d+)$", line).groups()  # type: ignore[union-attr]
        assert wording in _sentence(comparison.a, 3, int(number)).text


def test_html_key_changes_link_each_place_to_the_row_that_shows_it(
    comparisons: list[Comparison],
) -> None:
    for comparison in comparisons[:3]:
        page = render_html(comparison)
        links = re.findall(r'<a class="at" href="#(r\d+)">([AB]) line (\d+)(?:, sentence (\d+))?</a>',
                           page)  # fmt: skip
        assert links
        for row_id, side, line, number in links:
            row = re.search(rf'<tr id="{row_id}"[^>]*>(.*?)</tr>', page, re.S)
            assert row, row_id
            cell = "a" if side == "A" else "b"
            shown = re.search(rf'<td class="{cell}">(.*?)</td>', row[1], re.S)
            readout = comparison.a if side == "A" else comparison.b
            sentence = _sentence(readout, int(line), int(number) if number else None)
            assert shown and sentence.text[:50] in html.unescape(re.sub(r"<[^>]+>", "", shown[1]))
        assert "(<b>3.4</b>: line 3, sentence 4" in page  # the legend says what 3.4 is


def test_github_annotations_point_at_line_and_column() -> None:
    # the default rules warn on every dropped and changed formula; each annotation goes on the
    # new readout's line, and on a line of several sentences at a column of a sentence there
    a, b = PAIRS[2]
    command = [sys.executable, "-m", "readoutdiff", "check", str(a), str(b), "--format", "github"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    new = load(b)
    annotations = re.findall(r"^::warning file=[^,]+,line=(\d+),col=(\d+),title=[^:]+::(.*)$",
                             out, re.M)  # fmt: skip
    assert len(annotations) >= 3
    for line, column, message in annotations:
        text = _line_text(new, int(line))
        offset = _line_start(new, int(line)) + int(column) - 1
        assert any(s.span.start <= offset < s.span.end for s in new.sentences)
        changed = re.search(r"changed to “(.+?)” \(new line \d+, sentence (\d+)\)", message)
        if changed:
            assert _flat(text[int(column) - 1 :]).startswith(_flat(changed[1]))
            assert changed[1] in _sentence(new, int(line), int(changed[2])).text


def _numbers_written_out(lines: list[int]) -> list[int | None]:
    """Each sentence's number among the sentences of its line in a row, None when alone."""
    numbers: list[int | None] = []
    for at, line in enumerate(lines):
        first = at
        while first and lines[first - 1] == line:
            first -= 1
        last = at
        while last + 1 < len(lines) and lines[last + 1] == line:
            last += 1
        numbers.append(None if first == last else at - first + 1)
    return numbers


def test_numbers_on_lines_follow_the_rule(comparisons: list[Comparison]) -> None:
    import random

    from readoutdiff.ingest import from_text
    from readoutdiff.model import places
    from readoutdiff.model.places import numbers_on_lines

    for comparison in comparisons:
        for readout in (comparison.a, comparison.b):
            lines = [s.span.line for s in readout.sentences]
            assert list(numbers_on_lines(readout)) == _numbers_written_out(lines)
    wrapped = from_text("Title\nWe met. Trade grew.\nWe agreed.\nOne. Two. Three.\n")
    assert numbers_on_lines(wrapped) == (None, 1, 2, None, 1, 2, 3)
    draw = random.Random(23)
    for _ in range(300):  # sentences in a row on the same line, drawn
        lines = sorted(draw.choices(range(1, 9), k=draw.randrange(0, 14)))
        sentences = tuple(
            Sentence(index=i, span=places.Span(start=i, end=i + 1, line=line), text="x", folded="x")
            for i, line in enumerate(lines)
        )
        assert list(places._Index(sentences).numbers) == _numbers_written_out(lines)
