"""Text and Markdown renderers on real comparisons: markers, colour, escaping, formula lines."""

from __future__ import annotations

from pathlib import Path
from unicodedata import east_asian_width

from readoutdiff import compare, from_text, load
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.ingest.text import span_at
from readoutdiff.model import Formula, FormulaStatus
from readoutdiff.render import labels
from readoutdiff.render.html import render_html
from readoutdiff.render.jsonout import render_json
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.series_text import render_series_text
from readoutdiff.render.text import render_text
from readoutdiff.series import build_series

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ("2021-06-28-xi-putin.txt", "2021-12-15-xi-putin.txt")

A = "Home > News\nThe two sides met in Beijing. Trade grew by 10 percent.\nSuggest To A Friend:"
B = "Trade grew by 12 percent. The two sides met in Beijing.\nThey signed a new accord on energy."


def test_text_view_marks_changes_without_colour_and_lists_ignored_lines() -> None:
    view = render_text(compare(from_text(A, path="a.txt"), from_text(B, path="b.txt")))
    assert "[-10-]{+12+}" in view
    assert "\x1b[" not in view
    assert "+ B 2  added" in view
    assert "Ignored (not compared):" in view and "Suggest To A Friend:" in view


def test_text_view_colours_deletions_and_insertions_on_request() -> None:
    view = render_text(compare(from_text(A), from_text(B)), color=True)
    assert "\x1b[9;31m10\x1b[0m" in view and "\x1b[4;32m12\x1b[0m" in view
    assert "[-" not in view


def test_text_view_spells_out_control_characters_from_a_readout() -> None:
    view = render_text(compare(from_text("We met.\x1b[2J Then we ate."), from_text("We met.")))
    assert "\x1b[2J" not in view
    assert "\\x1b[2J" in view


def test_markdown_escapes_readout_text_and_paths() -> None:
    a = from_text("We met <b>today</b> | *all* of us.", path="a|`x`.txt")
    b = from_text("We met <b>tomorrow</b> | *all* of us.", path="b.txt")
    markdown = render_markdown(compare(a, b))
    assert "<b>" not in markdown and "&lt;b&gt;" in markdown
    assert "a\\|\\`x\\`.txt" in markdown
    assert "<del>today</del><ins>tomorrow</ins>" in markdown


def test_formula_lines_name_each_line_once() -> None:
    text = "Title\n\n\n\n\nWe keep core and core.\n\n\nCore again."
    readout = from_text(text)
    starts = [text.index("core"), text.index("core", text.index("core") + 1), text.index("Core")]
    spans = tuple(span_at(text, start, start + 4) for start in starts)
    formula = Formula(status=FormulaStatus.DROPPED, a_text="core", b_text=None, a_spans=spans)
    assert labels.formula_lines(formula, compare(readout, readout)) == "A 6, 9"


def test_formula_lines_name_the_sentence_on_a_line_of_several() -> None:
    text = "Title\nWe keep core. They said core. Core again."
    readout = from_text(text)
    starts = [text.index("core"), text.index("core", text.index("core") + 1), text.index("Core")]
    spans = tuple(span_at(text, start, start + 4) for start in starts)
    formula = Formula(status=FormulaStatus.DROPPED, a_text="core", b_text=None, a_spans=spans)
    assert labels.formula_lines(formula, compare(readout, readout)) == "A 2.1, 2.2, 2.3"


def test_a_passage_too_long_to_diff_is_shown_whole_and_noted() -> None:
    from dataclasses import replace

    from readoutdiff.model import Op, Options

    a = from_text("The two sides agreed to expand trade in energy and farming.")
    b = from_text("The two sides agreed to expand trade in energy, farming and finance.")
    result = compare(a, b, options=replace(Options(), diff_max_chars=20))
    changed = [item for item in result.alignments if item.a and item.b]
    assert [op.op for op in changed[0].ops] == [Op.DELETE, Op.INSERT]
    assert len(result.notes) == 1 and "longer than 20 characters" in result.notes[0]
    assert f"note: {result.notes[0]}" in render_text(result)
    assert result.notes[0] in render_markdown(result)


def test_a_moved_passage_says_where_from_once() -> None:
    """The head of a moved passage already names its A line ("A 2 → B 1"); its kind says
    "moved", not "moved from A line 2" again."""
    a = from_text("Both sides met today.\nThey discussed trade and energy at length.")
    b = from_text("They discussed trade and energy at length.\nBoth sides met today.")
    comparison = compare(a, b)
    moved = [x for x in comparison.alignments if x.moved]
    assert moved
    heads = [labels.place(x, comparison) + "  " + labels.kind(x) for x in moved]
    assert all(head.endswith("moved") and "from A line" not in head for head in heads)
    assert all(head in render_text(comparison) for head in heads)


def test_folded_unchanged_passages_end_on_a_whole_word() -> None:
    """A folded line of the samples never ends mid-name ("Russian President V…") or on "the…"."""
    sample = load(ROOT / "samples" / SAMPLES[0])
    folded = [
        line.split("  ", 1)[1]
        for line in render_text(compare(sample, sample)).splitlines()
        if line.startswith("= A ")
    ]
    cut = [line[:-1] for line in folded if line.endswith("…")]
    assert len(cut) >= 20
    words = {word.strip(",;:.") for s in sample.sentences for word in s.text.split()}
    assert [line for line in cut if line.split()[-1] not in words] == []
    assert not [line for line in cut if line.split()[-1].lower() in {"the", "of", "a", "to", "and"}]
    assert "held a meeting with Russian President…" in " ".join(folded)


def test_series_titles_are_shortened_after_a_whole_word() -> None:
    series = build_series([load(ROOT / "samples" / name) for name in SAMPLES])
    view = render_series_text(series)
    assert "Fulfilling Responsibilities as Major…" in view
    assert "Major Count…" not in view


def test_folded_chinese_passages_fit_the_columns_an_english_one_does() -> None:
    """A Chinese character takes two terminal columns: a folded unchanged Chinese passage is
    cut at 96 columns as an English one is, not at 96 characters (192 columns, two lines of a
    wide terminal), and after a whole word."""
    readout = load(ROOT / "eval" / "formulas" / "xi-starmer__2024-08-23__cctv.txt")
    folded = [
        line.split("  ", 1)[1]
        for line in render_text(compare(readout, readout)).splitlines()
        if line.startswith("= A ")
    ]
    cut = [line for line in folded if line.endswith("…")]
    assert len(cut) >= 3
    columns = [sum(2 if east_asian_width(c) in "WF" else 1 for c in line) for line in folded]
    assert max(columns) <= 96
    assert all(line[:-1] in readout.text.replace("\n", "") for line in cut)


def test_key_changes_wrap_to_a_width_counting_chinese_characters_as_two_columns() -> None:
    """Given a terminal's width, the text view wraps each key change under its number (a Chinese
    character two columns, no line opened by "，" or "。"); without one, nothing is wrapped."""
    a = load(ROOT / "eval" / "formulas" / "xi-starmer__2024-08-23__cctv.txt")
    b = load(ROOT / "eval" / "formulas" / "xi-starmer__2024-11-18__cctv.txt")
    comparison = compare(a, b)
    whole, wrapped = render_text(comparison), render_text(comparison, width=60)
    block = wrapped.split("Key changes\n", 1)[1].split("\n\n", 1)[0].splitlines()
    one = whole.split("Key changes\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(block) > len(one)
    assert max(sum(2 if east_asian_width(c) in "WF" else 1 for c in line) for line in block) <= 60
    assert all(line.startswith("     ") or line[2:4].rstrip(".").isdigit() for line in block)
    assert not [line for line in block if line.strip()[:1] in "，。、；”）"]
    # Joined again, the wrapped block says what the whole one says.
    assert "".join(line.strip() for line in block).replace(" ", "") == "".join(
        line.strip() for line in one
    ).replace(" ", "")
    # The passages below wrap to the same width too (u40), and the formula list (u41).
    rows = wrapped.split("\n\n", 2)[2].splitlines()
    rows_whole = whole.split("\n\n", 2)[2].split("\nFormulas\n", 1)[0].splitlines()
    assert len(rows) > len(rows_whole)
    assert max(sum(2 if east_asian_width(c) in "WF" else 1 for c in row) for row in rows) <= 60


def test_a_passage_differing_by_a_quote_mark_reads_punctuation_only_both_ways() -> None:
    # Sputnik quotes the Uzbek press service's opening sentence: its only difference is an
    # opening quote mark. The head says so instead of "score 1.00"; the word diff keeps the mark.
    folder = ROOT / "eval" / "formulas"
    first = load(folder / "mirziyoyev-nazarbayev__2023-07-10__raqobat-gov-uz.txt")
    second = load(folder / "mirziyoyev-nazarbayev__2025-12-30__sputnik-uz.txt")
    said = "Состоялся телефонный разговор между Президентом Республики Узбекистан"
    for a, b, head, mark in (
        (first, second, "~ A 3 → B 7.1  changed, punctuation only", '{+"+}'),
        (second, first, "~ A 7.1 → B 3  changed, punctuation only", '[-"-]'),
    ):
        comparison = compare(a, b)
        view = render_text(comparison)
        assert f"{head}\n    {mark}{said}" in view
        assert "score 1.00" not in view and "score 1.00" not in render_markdown(comparison)
        assert "(A 3 → B 7.1, punctuation only): <ins>" in render_markdown(compare(first, second))
        (quoted,) = [x for x in comparison.alignments if said in x.b_text]
        # the data stay as they were
        assert quoted.status.value == "changed" and quoted.score == 0.9992


def test_a_passage_differing_by_an_invisible_mark_reads_unchanged_in_every_view() -> None:
    # The State Department's Hamdok readout ends its attribution line with U+200E LEFT-TO-RIGHT
    # MARK; the same text without it (a copy pasted from another page), or with a zero-width
    # space or byte-order mark where the mark was, differs in nothing a reader sees. Every view
    # says unchanged (as for a no-break space), and the key change names the code point.
    folder = ROOT / "eval" / "formulas"
    path = folder / "blinken-hamdok__2021-06-27__state.txt"
    text = path.read_text(encoding="utf-8")
    assert "Price:\u200e\n" in text
    marked = load(path)
    for other, code in (("", "U+200E"), ("\u200b", "U+200B, U+200E"), ("\ufeff", "U+200E, U+FEFF")):
        plain = from_text(text.replace("\u200e", other), path="copy.txt")
        comparison = compare(marked, plain)
        assert {x.status.value for x in comparison.alignments} == {"unchanged"}
        assert render_json(comparison).count('"status": "changed"') == 0
        assert "~ " not in render_text(comparison)
        assert "**changed**" not in render_markdown(comparison)
        assert " data-change><td" not in render_html(comparison, stamp="")
        (key,) = key_changes(comparison)
        assert key.summary == (
            "Only invisible characters changed: 1 passage differs by characters no reader sees"
            f" ({code}) (A line 5 → B line 5)."
        )
    # The same mark moved, or doubled: no code point is new, and the key change says which.
    for moved, how in (
        ("\u200ePrice:\n", "in other places"),
        ("Price:\u200e\u200e\n", "more or fewer of them"),
    ):
        comparison = compare(
            marked, from_text(text.replace("Price:\u200e\n", moved), path="copy.txt")
        )
        (key,) = key_changes(comparison)
        assert key.summary == (
            "Only invisible characters changed: 1 passage differs by characters no reader sees"
            f" (U+200E, the same ones{',' if 'more' in how else ''} {how}) (A line 5 → B line 5)."
        )


def test_a_word_change_never_reads_score_one() -> None:
    words = " ".join(f"w{i}" for i in range(1000))  # one word changed in a thousand
    comparison = compare(from_text(f"{words} alpha."), from_text(f"{words} beta."))
    (changed,) = comparison.alignments
    assert changed.score == 0.997 and labels.score(changed, comparison) == "score 0.99"
    assert ", score 0.99" in render_text(comparison)
