"""The word diff of a Traditional against a Simplified readout marks real changes only (zh49).

Inputs, all real: China News Service's Simplified release on the Wang Yi–Faisal call of
2023-11-03 (``eval/formulas``) against Sputnik's Traditional copy of it (``tests/data/zh48``),
whose only real changes are its headline and "中國" before "外交部長"; the Xi–Albanese CCTV
readouts of ``eval/formulas`` with the later one converted to Traditional by OpenCC (``s2t``),
said in each test. Before zh49 every word written in the other script (应约 → 應約, 费萨尔通电话 →
費薩爾通電話) was shown deleted and inserted in every view.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import opencc
import pytest
from jsonschema import Draft202012Validator

from readoutdiff import compare, load
from readoutdiff.ingest import from_text
from readoutdiff.inline import diff_ops
from readoutdiff.languages.traditional import script_as_equal, script_runs
from readoutdiff.languages.zh import simplified
from readoutdiff.model import Comparison, Op, Readout, Status
from readoutdiff.render import render_html, render_json, render_markdown, render_text
from readoutdiff.series.build import build_series

EVAL = Path(__file__).parent.parent / "eval" / "formulas"
CHINANEWS = EVAL / "wangyi-faisal-bin-farhan__2023-11-03__chinanews.txt"
SPUTNIK = next((Path(__file__).parent / "data" / "zh48").glob("*__sputnik-zh-hant.txt"))
ALBANESE = (EVAL / "xi-albanese__2024-11-18__cctv.txt", EVAL / "xi-albanese__2025-07-15__cctv.txt")
SCHEMA = (
    Path(__file__).parent.parent / "src" / "readoutdiff" / "schema" / "readoutdiff-1.schema.json"
)

DELETED = ["费萨尔"]
"""What Sputnik's copy really leaves out of China News Service's text: the headline's name."""
INSERTED = [":中方將繼續為恢復巴以和平盡最大努力", "中國"]
"""What it really adds: the rest of its own headline, and 中國 in the lead (中國外交部長)."""


@cache
def _pair() -> Comparison:
    return compare(load(str(CHINANEWS)), load(str(SPUTNIK)))


def _s2t(path: Path) -> Readout:
    text = path.read_text(encoding="utf-8")
    return from_text(opencc.OpenCC("s2t").convert(text), path=path.name)


def test_the_terminal_and_markdown_views_mark_the_real_changes_only() -> None:
    """The one-line views mark what Sputnik's copy really changed and show every other word
    in B's characters, as they show B's spacing: 委員、{+中國+}外交部長王毅應約."""
    text = render_text(_pair())
    assert re.findall(r"\[-(.*?)-\]", text) == DELETED
    assert re.findall(r"\{\+(.*?)\+\}", text) == INSERTED
    assert (
        "    11月3日,中共中央政治局委員、{+中國+}外交部長王毅應約同沙特外交大臣費薩爾通電話。"
        in text
    )
    markdown = render_markdown(_pair())
    assert re.findall(r"<del>(.*?)</del>", markdown) == DELETED
    assert re.findall(r"<ins>(.*?)</ins>", markdown) == INSERTED


def test_the_html_columns_mark_the_real_changes_each_in_its_own_script() -> None:
    """Each column reads its own readout's characters (委员 in A's, 委員 in B's) and only the
    real changes are struck or underlined."""
    page = render_html(_pair())
    rows = re.findall(
        r'<td class="a" lang="zh-Hans">(.*?)</td>.*?<td class="b" lang="zh-Hant">(.*?)</td>', page
    )
    struck = [re.sub("<[^>]+>", "", x) for a, _ in rows for x in re.findall("<del>(.*?)</del>", a)]
    underlined = [
        re.sub("<[^>]+>", "", x) for _, b in rows for x in re.findall("<ins>(.*?)</ins>", b)
    ]
    assert struck == DELETED and underlined == INSERTED
    lead = next((a, b) for a, b in rows if "王毅应约" in re.sub("<[^>]+>", "", a))
    assert "委员、" in re.sub("<[^>]+>", "", lead[0])
    assert re.sub("<[^>]+>", "", lead[1]).startswith(
        "11月3日,中共中央政治局委員、中國外交部長王毅應約"
    )


def test_the_json_diff_spells_both_sides_and_names_its_script_only_runs() -> None:
    """The JSON diff still spells A with its equal and delete runs and B with its equal and
    insert runs (the schema's word); the runs that differ in script alone are listed under
    ``script_only``, and the runs it does not list are the real changes. The document is
    valid against the schema."""
    data = json.loads(render_json(_pair()))
    Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(data)
    deleted, inserted = [], []
    for alignment in data["alignments"]:
        diff, listed = alignment["diff"], alignment.get("script_only", [])
        a = "".join(text for op, text in diff if op != "insert")
        b = "".join(text for op, text in diff if op != "delete")
        assert a == "".join(s["text"] for s in alignment["a"])
        assert b == "".join(s["text"] for s in alignment["b"])
        for index in listed[::2]:
            assert [diff[index][0], diff[index + 1][0]] == ["delete", "insert"]
            assert simplified(diff[index][1]) == simplified(diff[index + 1][1])
        rest = [run for index, run in enumerate(diff) if index not in listed]
        deleted += [text for op, text in rest if op == "delete"]
        inserted += [text for op, text in rest if op == "insert"]
        if alignment["status"] == "unchanged":
            assert all(op == "equal" for op, _ in rest)
    assert deleted == DELETED and inserted == INSERTED
    earlier = EVAL / "wangyi-faisal-bin-farhan__2023-10-14__mfa-zh.txt"  # Simplified too
    simple = json.loads(render_json(compare(load(str(earlier)), load(str(CHINANEWS)))))
    assert not any("script_only" in alignment for alignment in simple["alignments"])


def test_read_through_simplified_the_word_diff_is_that_of_the_simplified_pair() -> None:
    """Sputnik's page, and the later Xi–Albanese readout converted to Traditional (s2t), each
    against the earlier Simplified readout: the statuses, scores and similarity are those of
    the pair with B folded to Simplified, and so are the views' runs once folded; the ops
    still rebuild both sides in their own characters."""
    pairs = ((CHINANEWS, load(str(SPUTNIK))), (ALBANESE[0], _s2t(ALBANESE[1])))
    for a_path, b in pairs:
        mixed = compare(load(str(a_path)), b)
        simple = compare(load(str(a_path)), from_text(simplified(b.text), path=b.path))
        assert mixed.similarity == simple.similarity
        assert len(mixed.alignments) == len(simple.alignments)
        for own, folded in zip(mixed.alignments, simple.alignments, strict=True):
            assert (own.status, own.score, own.moved) == (folded.status, folded.score, folded.moved)
            assert "".join(op.text for op in own.ops if op.op is not Op.INSERT) == own.a_text
            assert "".join(op.text for op in own.ops if op.op is not Op.DELETE) == own.b_text
            shown = [(op.op, simplified(op.text)) for op in script_as_equal(own.ops, Op.INSERT)]
            assert shown == [(op.op, op.text) for op in folded.ops]
        assert any(own.status is Status.CHANGED for own in mixed.alignments)


def test_a_script_run_beside_a_real_edit_stays_apart() -> None:
    """Sputnik's headline drops 费萨尔 right before 通電話, written in the other script: the
    deletion is one run and 通电话/通電話 another, so the view shows 通電話 unmarked."""
    a, b = (
        "王毅同沙特外交大臣费萨尔通电话",
        "王毅同沙特外交大臣通電話:中方將繼續為恢復巴以和平盡最大努力",
    )
    ops = diff_ops(a, b, scripts=True)
    assert [(op.op.value, op.text) for op in ops] == [
        ("equal", "王毅同沙特外交大臣"),
        ("delete", "费萨尔"),
        ("delete", "通电话"),
        ("insert", "通電話"),
        ("insert", ":中方將繼續為恢復巴以和平盡最大努力"),
    ]
    assert script_runs(ops) == (2, 3)
    assert [(op.op.value, op.text) for op in script_as_equal(ops, Op.INSERT)][1:3] == [
        ("delete", "费萨尔"),
        ("equal", "通電話"),
    ]
    assert diff_ops(a, b) == diff_ops(a, b, scripts=False)  # a Simplified pair: as before


def test_a_series_folds_each_traditional_readout_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The four Xi–Lula CCTV readouts of ``eval/formulas`` all converted to Traditional (s2t):
    the series' memo folds each readout to Simplified once, not once per pair it is in (the
    middle two are in two pairs each), and the rows are those of the Simplified series."""
    import readoutdiff.formulas.mining.memo as memo

    folds: Counter[int] = Counter()
    fold = memo.through_simplified

    def counted(readout: Readout) -> Readout:
        folds[id(readout)] += 1
        return fold(readout)

    monkeypatch.setattr(memo, "through_simplified", counted)
    lula = sorted(EVAL.glob("xi-lula__*__cctv.txt"))
    readouts = [_s2t(path) for path in lula]
    traditional = build_series(readouts)
    assert sorted(folds.values()) == [1, 1, 1, 1]
    assert set(folds) == {id(readout) for readout in readouts}
    simple = build_series([load(str(path)) for path in lula])
    assert [row.id for row in traditional.formulas] == [row.id for row in simple.formulas]
    assert [[c.fate for c in row.cells] for row in traditional.formulas] == [
        [c.fate for c in row.cells] for row in simple.formulas
    ]


def test_a_passage_whose_only_real_change_is_a_mark_is_labelled_punctuation_only() -> None:
    """The head of a changed passage reads "punctuation only" when the word diff shows nothing
    but a mark, in a Traditional pair as in a Simplified one: the later Xi–Albanese readout
    against its own OpenCC ``s2t`` conversion with one sentence's first comma made an
    enumeration comma. Before, the words written in the other script counted as edits and
    the head read "score 0.9x", a word change the diff did not show."""
    simple = load(str(ALBANESE[1]))
    text = opencc.OpenCC("s2t").convert(ALBANESE[1].read_text(encoding="utf-8"))
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if i > 2 and line.count("，") >= 2)
    lines[at] = lines[at].replace("，", "、", 1)
    edited = from_text("\n".join(lines), path="traditional.txt")
    pair = compare(simple, edited)
    changed = [x for x in pair.alignments if x.status is Status.CHANGED]
    assert len(changed) == 1
    text_view = render_text(pair)
    heads = [line for line in text_view.splitlines() if line.startswith("~ ")]
    assert heads == [heads[0]] and heads[0].endswith("changed, punctuation only")
    assert "punctuation only" in render_markdown(pair)
    # The same edit on the Simplified text says the same.
    plain = from_text(
        "\n".join(
            line.replace("，", "、", 1) if i == at else line
            for i, line in enumerate(ALBANESE[1].read_text(encoding="utf-8").split("\n"))
        ),
        path="simplified.txt",
    )
    assert "changed, punctuation only" in render_text(compare(simple, plain))
