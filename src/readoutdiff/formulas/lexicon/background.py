"""A background of recurring phrases: formula candidates learned offline from real readouts.

``data/background.tsv`` lists phrases that recur across many White House readouts of many
counterparts (built by ``benchmarks/build_background.py`` with the counting rules of
:mod:`readoutdiff.formulas.mining.recurrence`; its header names the source and the thresholds).
``data/background_ru.tsv`` does the same for Kremlin readouts in Russian
(``benchmarks/build_background_ru.py``); it is joined only when a readout of the comparison is
Russian, so English comparisons search the same lexicon as before. ``data/background_zh.tsv``
holds Chinese phrases of CCTV's items on Chinese leaders' calls and meetings
(``benchmarks/build_background_zh.py``), joined only when every readout is Chinese.
In a comparison they are formulas like the lexicon's (source ``mined``, topic
``background``, ids ``background:<stems>``), so a pair of readouts finds the standing
phrases of diplomatic usage without a ``--history``. ``Options.background`` turns them off.

The files are read on first use, once per process.

>>> entry = next(e for e in entries() if e.text == "rule of law")
>>> entry.id, entry.topic, entry.source.value
('background:rule-of-law', 'background', 'mined')
>>> [e.id for e in entries("ru")][:1]
['background:80-лет-побед-в-велик-отечествен-войн']
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.model import Entry, FormulaSource, Lexicon

_DATA = Path(__file__).resolve().parent.parent.parent / "data"
_FILES = {
    "en": _DATA / "background.tsv",
    "ru": _DATA / "background_ru.tsv",
    "zh": _DATA / "background_zh.tsv",
}
HELD = _DATA / "background_formulas.tsv"
"""Each background phrase holding one formula of the built-in lexicon, and that formula
(``told_once.formula_in``; built by ``benchmarks/build_background_formulas.py``)."""
TOPIC = "background"


@lru_cache(maxsize=3)
def entries(language: str = "en") -> tuple[Entry, ...]:
    """Return the background phrases of ``language`` (``en`` or ``ru``) as lexicon entries, in
    file order."""
    found = []
    for line in _FILES[language].read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        readouts, _, stems, wording = line.split("\t")
        found.append(Entry(
            id=phrase_id("background", stems.split()), text=wording, topic=TOPIC, fuzzy=False,
            source=FormulaSource.MINED, confidence=round(min(0.9, 0.5 + 0.02 * int(readouts)), 2),
        ))  # fmt: skip
    return tuple(found)


@lru_cache(maxsize=8)
def joined(lexicon: Lexicon, russian: bool = False, chinese: bool = False) -> Lexicon:
    """Return ``lexicon`` with the background phrases added (its own entries win on an id); the
    Russian ones too when ``russian``, the Chinese ones when ``chinese``."""
    from readoutdiff.formulas.lexicon.lexicon import merge

    found = entries() + (entries("ru") if russian else ()) + (entries("zh") if chinese else ())
    return merge(Lexicon(entries=found), lexicon)


@lru_cache(maxsize=1)
def formulas_held() -> dict[tuple[str, str], str]:
    """(language, background phrase id) -> the id of the one formula of the built-in lexicon
    whose wording the phrase holds (``data/background_formulas.tsv``: read here instead of
    folding the lexicon's wordings in every process that meets a background phrase; branch
    sp88).

    >>> formulas_held()[("zh", "background:坚-定-奉-行-一-个-中-国-政-策")]
    'one-china-policy'
    """
    found: dict[tuple[str, str], str] = {}
    for line in HELD.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            language, phrase, formula = line.split("\t")
            found[(language, phrase)] = formula
    return found
