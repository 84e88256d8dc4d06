"""The HTML report without a browser: strict HTML, escaping, determinism, the view, the sample."""

from __future__ import annotations

import base64
import hashlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import html5lib  # type: ignore[import-untyped]
import pytest
from browser.html_cases import XSS_PAYLOADS, big_texts, mixed, pair, xss

from readoutdiff import compare, from_text, load
from readoutdiff.model import Op, Status
from readoutdiff.render.html import render_html
from readoutdiff.render.html_text import visible
from readoutdiff.render.html_view import build_report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_A = "samples/2021-06-28-xi-putin.txt"
SAMPLE_B = "samples/2021-12-15-xi-putin.txt"
SAMPLE_REPORT = "reports/2021-06-28_vs_2021-12-15.html"
REGENERATE = f"python -m readoutdiff {SAMPLE_A} {SAMPLE_B} --format html -o {SAMPLE_REPORT}"
TEMPLATES = ROOT / "src" / "readoutdiff" / "templates"


def parse(page: str) -> ET.Element:
    """Parse ``page`` as HTML5, failing on any parse error."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    tree: ET.Element = parser.parse(page)
    return tree


def sample_page(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(ROOT)  # paths in the report are as given: relative to the repository
    return render_html(compare(load(SAMPLE_A), load(SAMPLE_B)))


def test_sample_report_is_up_to_date(monkeypatch: pytest.MonkeyPatch) -> None:
    page = sample_page(monkeypatch).encode("utf-8")
    committed = (ROOT / SAMPLE_REPORT).read_bytes()
    if page != committed:
        (ROOT / "tests" / "actual").mkdir(exist_ok=True)
        (ROOT / "tests" / "actual" / Path(SAMPLE_REPORT).name).write_bytes(page)
    assert page == committed, f"{SAMPLE_REPORT} is out of date; regenerate it with: {REGENERATE}"


def test_same_input_gives_same_bytes_and_stamp_only_when_given() -> None:
    first, second = render_html(mixed()), render_html(mixed())
    stamped = render_html(mixed(), stamp="2026-05-01 09:30 UTC")
    assert first == second
    assert "2026-05-01 09:30 UTC" in stamped and "generated" not in first


@pytest.mark.parametrize("case", ["sample", "mixed", "same"])
def test_report_is_strict_html5(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = {
        "mixed": lambda: render_html(mixed()),
        "same": lambda: render_html(pair("We met.\n", "We met.\n")),
    }
    page = sample_page(monkeypatch) if case == "sample" else pages[case]()
    root = parse(page)
    assert root.get("lang") == "en"
    assert root.find(".//table/thead/tr/th[@scope='col']") is not None


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_readout_text_is_escaped_and_shown_literally(payload: str) -> None:
    page = render_html(xss(payload))
    root = parse(page)
    elements = list(root.iter())
    assert [e.tag for e in elements].count("script") == 1
    assert not {"img", "svg", "textarea", "iframe"} & {e.tag for e in elements}
    assert not [(e.tag, name) for e in elements for name in e.attrib if name.startswith("on")]
    assert not [e for e in elements if "javascript:" in e.get("href", "")]
    assert "\u202e" not in page and "\u202c" not in page
    shown = "".join(root.find("body").itertext())  # type: ignore[union-attr]
    literal = payload.replace("\u202e", "U+202E").replace("\u202c", "U+202C")
    assert literal in shown


def test_bidi_controls_are_spelled_out() -> None:
    parts = visible("a\u202eb\u2066c")
    assert [(p.text, p.control) for p in parts] == [
        ("a", ""),
        ("U+202E", "RIGHT-TO-LEFT OVERRIDE"),
        ("b", ""),
        ("U+2066", "LEFT-TO-RIGHT ISOLATE"),
        ("c", ""),
    ]


def test_only_if_and_for_in_the_template() -> None:
    tags = re.findall(r"\{%-?\s*(\w+)", (TEMPLATES / "report.html.j2").read_text())
    allowed = {"if", "elif", "else", "endif", "for", "endfor", "macro", "endmacro", "include"}
    assert set(tags) <= allowed


def test_policy_admits_exactly_the_inlined_style_and_script() -> None:
    root = parse(render_html(mixed()))
    meta = root.find(".//meta[@http-equiv='Content-Security-Policy']")
    policy = meta.get("content", "") if meta is not None else ""
    for tag in ("style", "script"):
        block = root.find(f".//{tag}").text or ""  # type: ignore[union-attr]
        digest = base64.b64encode(hashlib.sha256(block.encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy


def test_del_and_ins_match_the_ops_of_changed_passages() -> None:
    comparison = mixed()
    root = parse(render_html(comparison))
    changed = [al for al in comparison.alignments if al.status is Status.CHANGED]
    deletes = [op.text for al in changed for op in al.ops if op.op is Op.DELETE]
    inserts = [op.text for al in changed for op in al.ops if op.op is Op.INSERT]
    table = root.find(".//main")
    assert ["".join(e.itertext()) for e in table.iter("del")] == deletes  # type: ignore[union-attr]
    assert ["".join(e.itertext()) for e in table.iter("ins")] == inserts  # type: ignore[union-attr]


def test_unchanged_runs_fold_and_changes_do_not() -> None:
    groups = build_report(mixed()).groups
    assert groups[0].folded and len(groups[0].rows) == 4
    assert groups[0].summary == "4 unchanged passages · A 1–4 · B 1–4"
    assert all(not row.change for group in groups if group.folded for row in group.rows)


def test_a_moved_passage_links_to_where_it_stood_and_back() -> None:
    comparison = mixed()
    rows = [row for group in build_report(comparison).groups for row in group.rows]
    origins = {o.id: o for row in rows for o in row.a.lead + row.a.tail}
    moved = [row for row in rows if row.moved_href]
    assert moved and all(origins[row.moved_href[1:]].href == f"#{row.id}" for row in moved)
    # The label names the passage it followed in A (u37), not its own line again.
    lines = [al.a[0].span.line for al in comparison.alignments if al.moved]
    assert all(row.moved_label.startswith("moved, in A ") for row in moved)
    own = [f"A\u00a0{line}" for line in lines]
    assert not any(row.moved_label.endswith(at) for row, at in zip(moved, own, strict=True))


def test_formulas_are_listed_losses_first_and_marked_in_the_text() -> None:
    report = build_report(mixed())
    assert [f.status for f in report.formulas] == ["dropped", "changed", "appeared", "persisted"]
    root = parse(render_html(mixed()))
    marked = {
        fid: [
            "".join(m.itertext()) for m in root.iter("mark") if fid in m.get("data-f", "").split()
        ]
        for fid in ("f1", "f2", "f3", "f4")
    }
    assert marked["f1"] == ["ballast stone"]
    assert marked["f2"] == ["expand", " cooperation", "deepen", " cooperation"]
    assert marked["f3"] == ["cross-border railway"]
    assert marked["f4"] == ["two sides"] * 3
    dropped = report.formulas[0]
    assert dropped.href == "#" + next(
        r.id for g in report.groups for r in g.rows if "f1" in r.formulas
    )


def test_a_formula_is_counted_only_on_the_sides_that_say_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The samples' list read "B absent (1 in A, 0 in B)" 24 times: "absent" says the zero.
    root = parse(sample_page(monkeypatch))
    counts = [
        "".join(w.itertext())
        for item in root.iter("li")
        if "fi" in (item.get("class") or "").split()
        for w in item.iter("small")
        if w.get("class") == "where"
    ]
    # 39 since cnv5 (one dropped greeting more)
    assert len(counts) == 39 and not [c for c in counts if "(0 in" in c or " 0 in" in c]
    assert {"(1 in A)", "(2 in A)", "(1 in B)", "(2 in A, 1 in B)"} <= set(counts)


def test_report_of_a_large_pair_stays_under_three_times_its_input() -> None:
    a_text, b_text = big_texts(250_000)
    page = render_html(pair(a_text, b_text)).encode("utf-8")
    inputs = len(a_text.encode("utf-8")) + len(b_text.encode("utf-8"))
    assert inputs > 480_000
    assert len(page) < 3 * inputs


def test_each_readout_note_names_its_side() -> None:
    """Both readouts' notes share one list under the legend, so each says A or B."""
    folder = ROOT / "tests" / "real_series" / "biden-zelenskyy"
    old = load(folder / "biden-zelenskyy__2021-12-09__wh.txt")
    new = load(folder / "biden-zelenskyy__2022-01-27__wh.txt")
    notes = parse(render_html(compare(old, new))).find(".//ul[@class='notes']")
    assert notes is not None
    assert ["".join(item.itertext()) for item in notes] == [
        "A: date 2021-12-09 taken from the file name",
        "B: date 2022-01-27 taken from the file name",
    ]


def test_one_sentence_and_one_change_are_said_in_the_singular() -> None:
    old = from_text("The two sides reaffirmed core interests.\n", path="old.txt")
    new = from_text("The two sides reaffirmed their core interests.\n", path="new.txt")
    tree = parse(render_html(compare(old, new)))
    metas = [
        " ".join("".join(p.itertext()).split()) for p in tree.iter("p") if p.get("class") == "meta"
    ]
    assert len(metas) == 2 and all("· 1 sentence ·" in meta for meta in metas), metas
    position = tree.find(".//span[@id='pos']")
    assert position is not None and position.text == "1 change"


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        ("xi-trump__2017-10-25__mfa-zh.txt", "xi-trump__2018-05-08__mfa-zh.txt", "zh-Hans"),
        (
            "xi-trump__2017-09-06__people-zh-hant.txt",
            "xi-trump__2018-12-29__xinhua-zh-hant.txt",
            "zh-Hant",
        ),
        (
            "lukashenko-putin__2022-07-11__belta-ru.txt",
            "lukashenko-putin__2023-11-01__presidentby-ru.txt",
            "ru",
        ),
    ],
)
def test_readout_text_carries_its_language(a: str, b: str, lang: str) -> None:
    # The page is lang="en" (its own words); Chinese and Russian readouts shown in it without
    # their own lang were English to a screen reader and took a browser's Japanese glyphs or
    # fonts for Han characters. Every passage cell, title and formula wording now says its language.
    folder = ROOT / "eval" / "bilingual"
    tree = parse(render_html(compare(load(folder / a), load(folder / b))))
    cells = [cell for cell in tree.iter("td") if cell.get("class") in ("a", "b")]
    assert cells and all(cell.get("lang") == lang for cell in cells if "".join(cell.itertext()))
    titles = list(tree.iter("bdi"))
    assert [title.get("lang") for title in titles[:2]] == [lang, lang]
    assert all(q.get("lang") == lang for q in tree.iter("q"))  # the formulas' wordings


def test_english_readout_text_takes_the_page_language(monkeypatch: pytest.MonkeyPatch) -> None:
    tree = parse(sample_page(monkeypatch))
    assert [element.tag for element in tree.iter() if element.get("lang")] == ["html"]
