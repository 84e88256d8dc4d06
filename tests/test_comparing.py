"""One comparison's memos live in its own context (formulas/linking/comparing.py), made once per
comparison: comparisons run one after another in one process give what each gives alone, and
nothing of a comparison stays alive in a module after ``compare()`` returns. On real readouts
of the samples and of the evaluation set's dev pairs."""

from __future__ import annotations

import gc
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.formulas.words.spans import line_of
from readoutdiff.ingest import from_text, load
from readoutdiff.model import Alignment, Formula, Readout, Span
from readoutdiff.render.jsonout import render_json

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
PAIRS = (
    (ROOT / "samples" / "2021-06-28-xi-putin.txt", ROOT / "samples" / "2021-12-15-xi-putin.txt"),
    (EVAL / "biden-albanese__2022-11-13__wh.txt", EVAL / "biden-albanese__2023-03-13__wh.txt"),
    (
        EVAL / "blinken-stoltenberg__2022-04-06__state.txt",
        EVAL / "blinken-stoltenberg__2022-05-14__state.txt",
    ),
)
_ALONE = (
    "import sys\n"
    "from readoutdiff.compare import compare\n"
    "from readoutdiff.ingest import load\n"
    "from readoutdiff.render.jsonout import render_json\n"
    "sys.stdout.write(render_json(compare(load(sys.argv[1]), load(sys.argv[2]))))\n"
)


def _alone(a: Path, b: Path) -> str:
    """The JSON of one comparison, made in a fresh process that runs nothing else."""
    run = subprocess.run(
        [sys.executable, "-c", _ALONE, str(a), str(b)], capture_output=True, text=True, check=True
    )
    return run.stdout


def test_comparisons_one_after_another_give_what_each_gives_alone() -> None:
    alone = {(a, b): _alone(a, b) for a, b in PAIRS}
    # Each pair after the others, both ways round and again: the rules' memos are this
    # comparison's (the same sentence indexes, spans and texts mean other things elsewhere).
    order = [*PAIRS, *((b, a) for a, b in PAIRS), *PAIRS]
    found = {(a, b): render_json(compare(load(a), load(b))) for a, b in order}
    assert all(found[pair] == text for pair, text in alone.items())
    assert len({found[pair] for pair in PAIRS}) == len(PAIRS)


def _readouts_spans(alive: list[object]) -> set[int]:
    """The ids of the spans that readouts alive hold (their sentences' and ignored ones): the
    views keep the last readouts they placed spans in (``places``), not a comparison's data."""
    return {
        id(part.span)
        for readout in alive
        if isinstance(readout, Readout)
        for part in (*readout.sentences, *readout.ignored)
    }


def test_no_module_keeps_a_comparison_alive_after_it_returns() -> None:
    # What was alive before is another test's (a test module's cache of comparisons, which
    # pytest-xdist may run first in this worker): held here, so no id of it is reused, and left out.
    before = [o for o in gc.get_objects() if isinstance(o, Alignment | Formula | Span)]
    earlier = {id(o) for o in before}
    readouts = tuple(load(path) for pair in PAIRS for path in pair)
    held = [sys.getrefcount(readout.text) for readout in readouts]
    for a, b in zip(readouts[::2], readouts[1::2], strict=True):
        comparison = compare(a, b)
        assert comparison.formulas and any(x.a and x.b for x in comparison.alignments)
    del comparison
    gc.collect()
    alive = gc.get_objects()
    own = _readouts_spans(alive)
    # The readouts are still held here; their alignments, formulas and the formulas' spans
    # are the comparisons' own, and a module holding one would hold the last comparison.
    assert not [o for o in alive if isinstance(o, Alignment | Formula) and id(o) not in earlier]
    assert not [o for o in alive if isinstance(o, Span) and id(o) not in own | earlier]
    # No module holds a readout's text (a memo of folded texts, of line ends ...).
    for readout in readouts:
        assert [r for r in gc.get_referrers(readout.text) if r is not readout] == []
    # Nor does one the collector cannot see (a memo keyed on tuples of a str and ints).
    now = [sys.getrefcount(readout.text) for readout in readouts]
    assert now == held


def test_line_of_counts_every_line_end_and_keeps_no_readout_text() -> None:
    """A sentence that spans lines (built by hand: the segmenter cuts at every line end), with
    Unix, Windows and old Mac line ends: each word's line is counted from the sentence's start,
    and no memo (``spans._line_ends`` was an ``lru_cache`` of whole texts) holds the text."""
    ends = ("\n", "\r\n", "\r")
    text = "".join(f"core interests {n}{ends[n % 3]}" for n in range(60)) + "end."
    readout = from_text(text)
    one = replace(readout.sentences[0], span=replace(readout.sentences[0].span, end=len(text)))
    readout = replace(readout, sentences=(replace(one, text=text, folded=text),))
    (words,) = readout_words(readout)
    held = sys.getrefcount(readout.text)
    for word in range(len(words.stems)):
        offset = words.start(word)
        expected = 1 + len(re.findall(r"\r\n|\r|\n", text[:offset]))
        assert line_of(readout, words, offset) == expected
    assert line_of(readout, words, words.start(len(words.stems) - 1)) == 61
    now = sys.getrefcount(readout.text)  # outside the assert, which holds what it reads
    assert now == held


def test_a_readouts_fold_is_its_casefold_in_utf8_and_said_in_finds_what_casefold_finds() -> None:
    from readoutdiff.formulas.linking.comparing import Comparing, casefolded

    texts = [load(path).text for pair in PAIRS for path in pair]
    odd = ["Straße ẞ ſ ﬁ İ Σσς µ K", "ǅ Ⅻ ΐ ǰ", "lone \udc80 surrogate", "“Quoted” — ‘single’ café"]
    for text in [*texts, *odd, *(t + o for t in texts[:2] for o in odd)]:
        assert casefolded(text) == text.casefold().encode("utf-8", "surrogatepass")
    comparing = Comparing((), frozenset)
    other = texts[1] + odd[0]
    for start in range(0, len(texts[0]) - 40, 97):
        for wording in (texts[0][start : start + 30], texts[0][start : start + 30].upper()):
            expected = wording.casefold() in other.casefold()
            assert comparing.said_in(wording, other) is expected
    for wording in ("STRASSE", "strasse", "ss ſ fi", "σσσ", "ΣΣΣ", "k"):
        assert comparing.said_in(wording, other) is (wording.casefold() in other.casefold())
