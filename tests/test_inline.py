"""inline: word-level diff ops of one aligned pair."""

from __future__ import annotations

import pytest

from readoutdiff.inline import diff_ops
from readoutdiff.model import Op

PAIRS = [
    (
        "The two sides agreed to deepen practical cooperation in energy.",
        "Both sides agreed to further deepen practical cooperation in energy and finance.",
    ),
    (
        "Xi Jinping said China will hail the 20th anniversary of the Treaty.",
        "Xi Jinping and Putin officially announced the renewal of the Treaty!",
    ),
    ("Trade grew.", "Trade   grew\u00a0fast,\tand investment fell."),
    ("", "An entirely new sentence about vaccines."),
    ("A sentence that is gone entirely.", ""),
    ("中方愿同俄方加强合作，共同维护国际公平正义。", "中方愿同俄方深化合作，维护国际公平正义。"),
    ("Стороны договорились о сотрудничестве.", "Стороны не договорились о сотрудничестве."),
    ("Core interests \u201cmatter\u201d \u2014 a lot.", 'Core interests "matter" - a lot.'),
]


def rebuild(ops, keep: Op) -> str:
    return "".join(op.text for op in ops if op.op in (Op.EQUAL, keep))


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_equal_and_delete_rebuild_a_equal_and_insert_rebuild_b(a: str, b: str) -> None:
    ops = diff_ops(a, b)
    assert rebuild(ops, Op.DELETE) == a
    assert rebuild(ops, Op.INSERT) == b


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_no_empty_ops_and_no_two_adjacent_ops_alike(a: str, b: str) -> None:
    ops = diff_ops(a, b)
    assert all(op.text for op in ops)
    assert all(left.op is not right.op for left, right in zip(ops, ops[1:], strict=False))


def test_identical_input_is_one_equal_op() -> None:
    text = "The two heads of state issued a joint statement."
    assert [(op.op, op.text) for op in diff_ops(text, text)] == [(Op.EQUAL, text)]


def test_both_empty_gives_no_ops() -> None:
    assert diff_ops("", "") == ()


def test_words_are_not_cut_in_the_middle() -> None:
    ops = diff_ops("The ministers will hail the treaty.", "The ministers hailed the treaty.")
    assert [(op.op, op.text) for op in ops] == [
        (Op.EQUAL, "The ministers "),
        (Op.DELETE, "will hail"),
        (Op.INSERT, "hailed"),
        (Op.EQUAL, " the treaty."),
    ]


def test_a_changed_chinese_character_changes_its_whole_word() -> None:
    ops = diff_ops("中方愿同俄方加强合作。", "中方愿同美方加强合作。")
    assert [(op.op, op.text) for op in ops] == [
        (Op.EQUAL, "中方愿同"),
        (Op.DELETE, "俄方"),
        (Op.INSERT, "美方"),
        (Op.EQUAL, "加强合作。"),
    ]


def test_a_chinese_diff_never_cuts_a_word() -> None:
    # 重视 -> 正视: one word changed, shown whole (not [-重-]{+正+}视).
    ops = diff_ops("双方重视发展两国关系。", "双方正视发展两国关系。")
    changed = [(op.op, op.text) for op in ops if op.op is not Op.EQUAL]
    assert changed == [(Op.DELETE, "重视"), (Op.INSERT, "正视")]


def test_an_inserted_chinese_word_is_shown_as_the_segmenter_cuts_it() -> None:
    ops = diff_ops("双方同意加强合作。", "双方同意继续合作。")
    changed = [(op.op, op.text) for op in ops if op.op is not Op.EQUAL]
    assert changed == [(Op.DELETE, "加强"), (Op.INSERT, "继续")]
    # jieba reads 继续加强 as one word: the change shows that word whole.
    ops = diff_ops("双方同意加强合作。", "双方同意继续加强合作。")
    changed = [(op.op, op.text) for op in ops if op.op is not Op.EQUAL]
    assert changed == [(Op.DELETE, "加强"), (Op.INSERT, "继续加强")]


def test_many_distinct_tokens_beyond_the_private_use_area() -> None:
    # More distinct tokens than the 6,400 private-use code points still round-trip.
    a = " ".join(f"w{number}" for number in range(7000))
    b = " ".join(f"w{number}" for number in range(7000) if number % 1000 != 5)
    ops = diff_ops(a, b)
    assert rebuild(ops, Op.DELETE) == a
    assert rebuild(ops, Op.INSERT) == b
    assert [op.text.strip() for op in ops if op.op is Op.DELETE] == [
        f"w{number}" for number in range(5, 7000, 1000)
    ]


_WITHOUT_COMPILED = """
import sys

sys.modules["fast_diff_match_patch"] = None  # as where the compiled module cannot be imported
from readoutdiff import inline
from test_inline import PAIRS

assert inline._diff is inline.python_diff, inline._diff
print(repr([[(op.op.value, op.text) for op in inline.diff_ops(a, b)] for a, b in PAIRS]))
"""


def test_without_the_compiled_engine_the_pure_python_one_gives_the_same_ops() -> None:
    # The fallback of inline.py, run in a process where fast_diff_match_patch cannot be imported.
    import subprocess
    import sys
    from pathlib import Path

    here = str(Path(__file__).parent)
    run = subprocess.run(
        [sys.executable, "-c", _WITHOUT_COMPILED],
        capture_output=True, text=True, check=True, cwd=here,
    )  # fmt: skip
    expected = [[(op.op.value, op.text) for op in diff_ops(a, b)] for a, b in PAIRS]
    assert run.stdout.strip() == repr(expected)


def test_pieces_decoded_from_the_token_lists_as_the_translate_table_decodes_them() -> None:
    """sp66: ``diff_ops`` maps its pieces back by joining slices of the token lists; the
    pieces decoded by ``str.translate`` with :func:`inline.encoded`'s table (as before) give the
    same ops on every changed pair of the sample readouts compared both ways, and on PAIRS."""
    from pathlib import Path

    from readoutdiff import compare, from_text, inline
    from readoutdiff.languages import tokens as cut_tokens

    def spaced(a_text: str, b_text: str) -> bool:  # then _respaced decodes, as before
        return len({t for t in (*cut_tokens(a_text), *cut_tokens(b_text)) if t.isspace()}) > 1

    def by_table(a_text: str, b_text: str) -> tuple[object, ...]:
        a_codes, b_codes, table = inline.encoded(a_text, b_text)
        pieces = [(inline._OPS[code], codes) for code, codes in inline._diff(a_codes, b_codes)]
        return inline._merged((op, codes.translate(table)) for op, codes in pieces)

    samples = Path(__file__).resolve().parent.parent / "samples"
    first, second = (
        from_text((samples / name).read_text(encoding="utf-8"))
        for name in ("2021-06-28-xi-putin.txt", "2021-12-15-xi-putin.txt")
    )
    pairs = {
        (alignment.a_text, alignment.b_text)
        for a, b in ((first, second), (second, first))
        for alignment in compare(a, b).alignments
        if alignment.a and alignment.b and alignment.a_text != alignment.b_text
    }
    pairs.update(PAIRS)
    pairs = {(a, b) for a, b in pairs if not spaced(a, b)}
    assert len(pairs) > 10
    for a_text, b_text in sorted(pairs):
        assert diff_ops(a_text, b_text) == by_table(a_text, b_text)
