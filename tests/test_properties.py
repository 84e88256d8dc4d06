"""Properties of the whole pipeline on generated readouts (Hypothesis).

A readout is drawn as a list of sentences made from a vocabulary of diplomatic
words, laid out in lines with mixed line ends, no-break spaces, curly quotes,
occasional boilerplate lines and Chinese or Russian sentences. B is derived from
A by random edits (delete, insert, reword, move, split, merge), so the
alignments are not trivial.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from readoutdiff import compare, from_text
from readoutdiff.errors import InputError
from readoutdiff.model import Comparison, Op, Readout, Status

WORDS = (
    "two sides agreed to deepen cooperation in energy trade investment security the "
    "president minister talks held video call joint statement treaty good-neighborliness "
    "friendly core interests sovereignty territorial integrity development mutual trust "
    "strategic partnership coordination multilateral affairs international regional "
    "peace stability pandemic vaccine supply chain share print close noted stressed "
    "firmly opposes supports welcomes anniversary summit Beijing Moscow Washington Xi "
    "Putin Biden Lavrov Wang Yi Blinken 3.5 % 1,000 US$100 billion U.S. Mr. No. 1"
).split()
QUOTED = (
    "\u201ccore interests\u201d",
    "\u2018one China\u2019",
    '"red lines"',
    "\u00abdialogue\u00bb",
)
DASHES = ("\u2014", "\u2013", "-")
CJK = "中方愿同俄方加强合作双方同意维护国际公平正义核心利益发展战略伙伴关系"
CYRILLIC = "стороны договорились путин отметил важность сотрудничества встреча прошла".split()
ENDS = (".", ".", ".", "!", "?", ";", "", ".\u201d", ".)")
BOILERPLATE = ("Home > China Report", "Suggest To A Friend:", "Print", "Share", "E-mail",
               "Copyright \u00a9 2021 MFA")  # fmt: skip
LINE_ENDS = ("\n", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n")
SPACES = (" ", " ", " ", " ", "\u00a0", "\u2002", "  ")

latin_words = st.lists(
    st.sampled_from(WORDS * 8 + list(QUOTED + DASHES)),  # mostly plain words
    min_size=3,
    max_size=14,
).filter(lambda words: words[0] not in DASHES)


@st.composite
def sentences(draw) -> tuple[str, tuple[str, ...], str]:
    """One sentence as (script, words, end)."""
    script = draw(st.sampled_from(("latin",) * 8 + ("cjk", "cyrillic")))
    if script == "cjk":
        chars = draw(st.lists(st.sampled_from(CJK), min_size=2, max_size=12))
        return script, tuple(chars), draw(st.sampled_from(("。", "！", "？", "；", "")))
    if script == "cyrillic":
        words = draw(st.lists(st.sampled_from(CYRILLIC), min_size=2, max_size=8))
        return script, tuple(words), draw(st.sampled_from((".", "!", "")))
    return script, tuple(draw(latin_words)), draw(st.sampled_from(ENDS))


def render(draw, units: list[tuple[str, tuple[str, ...], str]]) -> str:
    """Lay sentences out in lines, with varied spaces, line ends and boilerplate lines."""
    out: list[str] = []
    for script, words, end in units:
        if script == "cjk":
            body = "".join(words)
        else:
            body = words[0][:1].upper() + words[0][1:]
            for word in words[1:]:
                body += draw(st.sampled_from(SPACES)) + word
        out.append(body + end)
        if draw(st.integers(0, 9)) < 4:
            out.append(draw(st.sampled_from(LINE_ENDS)))
            if draw(st.integers(0, 19)) == 0:
                out.append(draw(st.sampled_from(BOILERPLATE)) + draw(st.sampled_from(LINE_ENDS)))
        else:
            out.append("" if script == "cjk" else draw(st.sampled_from(SPACES)))
    return "".join(out)


EDITS = ("delete", "insert", "reword", "move", "split", "merge")


def edit(draw, units: list) -> list:
    """Apply a few random edits to a copy of ``units``."""
    units = list(units)
    for kind in draw(st.lists(st.sampled_from(EDITS), max_size=6)):
        at = draw(st.integers(0, len(units) - 1))
        script, words, end = units[at]
        if kind == "delete" and len(units) > 1:
            del units[at]
        elif kind == "insert":
            units.insert(at, draw(sentences()))
        elif kind == "reword":
            spot = draw(st.integers(0, len(words) - 1))
            new = draw(st.sampled_from(CJK if script == "cjk" else WORDS))
            how = draw(st.sampled_from(("replace", "add", "remove")))
            if how == "remove" and len(words) > 2:
                words = words[:spot] + words[spot + 1 :]
            else:
                words = words[:spot] + (new,) + words[spot + (how == "replace") :]
            units[at] = (script, words, end)
        elif kind == "move":
            units.insert(draw(st.integers(0, len(units) - 1)), units.pop(at))
        elif kind == "split" and len(words) >= 4:
            cut = draw(st.integers(2, len(words) - 2))
            stop = "。" if script == "cjk" else "."
            units[at : at + 1] = [(script, words[:cut], stop), (script, words[cut:], end)]
        elif kind == "merge" and at + 1 < len(units) and units[at + 1][0] == script:
            units[at : at + 2] = [(script, words + units[at + 1][1], units[at + 1][2])]
    return units


@st.composite
def readout_pairs(draw) -> tuple[Readout, Readout]:
    """Two readouts: A drawn, B derived from A by edits; each laid out independently."""
    units = draw(st.lists(sentences(), min_size=1, max_size=12))
    a_text = render(draw, units)
    b_text = render(draw, edit(draw, units))
    try:
        return from_text(a_text, path="a.txt"), from_text(b_text, path="b.txt")
    except InputError:
        assume(False)  # only boilerplate was drawn: not a readout
        raise


@st.composite
def readouts(draw) -> Readout:
    return draw(readout_pairs())[0]


PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_nothing_lost(readout: Readout, sentences_by_side: list) -> None:
    """Every non-space character is in exactly one aligned sentence or one ignored span."""
    text = readout.text
    cover = [0] * len(text)
    for item in readout.ignored:
        assert text[item.span.start : item.span.end] == item.text
        for offset in range(item.span.start, item.span.end):
            cover[offset] += 1
    for sentence in sentences_by_side:
        assert sentence == readout.sentences[sentence.index]
        assert text[sentence.span.start : sentence.span.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        for offset in range(sentence.span.start, sentence.span.end):
            cover[offset] += 1
    lost_or_doubled = [
        (offset, char, cover[offset])
        for offset, char in enumerate(text)
        if not char.isspace() and cover[offset] != 1
    ]
    assert lost_or_doubled == []
    assert Counter(s.index for s in sentences_by_side) == Counter(range(len(readout.sentences)))


def nothing_lost(a: Readout, b: Readout, result: Comparison) -> None:
    """Both sides whole (see :func:`assert_nothing_lost`); a status says which sides hold text."""
    assert_nothing_lost(a, [s for item in result.alignments for s in item.a])
    assert_nothing_lost(b, [s for item in result.alignments for s in item.b])
    for item in result.alignments:
        assert (item.status is Status.DROPPED) == (not item.b)
        assert (item.status is Status.ADDED) == (not item.a)
        assert 0.0 <= item.score <= 1.0


def ops_rebuild_both_sides(result: Comparison) -> None:
    """Equal and delete ops rebuild A's text of each alignment; equal and insert ops B's."""
    for item in result.alignments:
        assert "".join(op.text for op in item.ops if op.op is not Op.INSERT) == item.a_text
        assert "".join(op.text for op in item.ops if op.op is not Op.DELETE) == item.b_text
        assert all(op.text for op in item.ops)


def alignments_in_reading_order(result: Comparison) -> None:
    """B's sentences in order; a dropped passage between the kept anchors it stood between."""
    b_starts = [item.b[0].index for item in result.alignments if item.b]
    assert b_starts == sorted(b_starts)
    anchors = [item for item in result.alignments if item.a and item.b and not item.moved]
    order = {id(item): position for position, item in enumerate(result.alignments)}
    for position, item in enumerate(result.alignments):
        if item.status is Status.DROPPED:
            index = item.a[0].index
            for anchor in anchors:
                if anchor.a[-1].index < index:
                    assert order[id(anchor)] < position
                elif anchor.a[0].index > index:
                    assert order[id(anchor)] > position


def swapping_mirrors(a: Readout, b: Readout, forward: Comparison, backward: Comparison) -> None:
    """compare(b, a) is the mirror of compare(a, b): same pairs, added and dropped swapped."""
    assert mirrored_pairs(backward) == {
        (b_side, a_side, moved) for a_side, b_side, moved in mirrored_pairs(forward)
    }
    assert unpaired(backward, Status.DROPPED) == unpaired(forward, Status.ADDED)
    assert unpaired(backward, Status.ADDED) == unpaired(forward, Status.DROPPED)
    for result, first, second in ((forward, a, b), (backward, b, a)):
        paired_a = sum(len(item.a) for item in result.alignments if item.a and item.b)
        paired_b = sum(len(item.b) for item in result.alignments if item.a and item.b)
        assert len(unpaired(result, Status.DROPPED)) + paired_a == len(first.sentences)
        assert len(unpaired(result, Status.ADDED)) + paired_b == len(second.sentences)


@PROPERTY
@given(readout_pairs())
def test_one_comparison_and_its_mirror_keep_every_property(pair: tuple[Readout, Readout]) -> None:
    """Nothing lost, ops rebuild both sides, reading order, swap mirror, same result twice.

    These were five tests, each drawing the same pairs and comparing them anew (seven
    comparisons an example); one comparison each way and one rerun of A against B hold them all.
    """
    a, b = pair
    forward, backward = compare(a, b), compare(b, a)
    nothing_lost(a, b, forward)
    nothing_lost(b, a, backward)
    ops_rebuild_both_sides(forward)
    alignments_in_reading_order(forward)
    swapping_mirrors(a, b, forward, backward)
    again = compare(from_text(a.text, path=a.path), from_text(b.text, path=b.path))
    assert repr(again) == repr(forward)


@PROPERTY
@given(readouts())
def test_comparing_a_readout_with_itself_is_all_unchanged(readout: Readout) -> None:
    result = compare(readout, readout)
    assert [(item.status, item.moved) for item in result.alignments] == [
        (Status.UNCHANGED, False)
    ] * len(readout.sentences)
    assert [(item.a, item.b) for item in result.alignments] == [
        ((s,), (s,)) for s in readout.sentences
    ]
    assert result.similarity == 1.0


def unpaired(result: Comparison, status: Status) -> list[int]:
    """Indices of the sentences in ``status`` (added or dropped) alignments."""
    return sorted(s.index for item in result.alignments if item.status is status
                  for s in item.a + item.b)  # fmt: skip


def mirrored_pairs(result: Comparison) -> set[tuple[tuple[int, ...], tuple[int, ...], bool]]:
    """Every paired alignment as (A indices, B indices, moved)."""
    return {
        (tuple(s.index for s in item.a), tuple(s.index for s in item.b), item.moved)
        for item in result.alignments
        if item.a and item.b
    }
