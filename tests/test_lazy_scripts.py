"""Lexicon wordings in scripts the readouts lack are not keyed: no OpenCC or Snowball, same output.

An English pair with the built-in lexicon loads neither library (start-up), while every
formula found is the one the full index finds.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from readoutdiff.formulas.lexicon.lexicon import builtin, parse
from readoutdiff.formulas.matching import matcher, wordings
from readoutdiff.formulas.tracking import _absent
from readoutdiff.formulas.words.phrases import has_words, key, readout_words
from readoutdiff.formulas.words.scripts import only_in, scripts_in
from readoutdiff.ingest import load
from readoutdiff.languages.zh import simplified
from readoutdiff.model import Readout

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [
    ROOT / "samples" / name for name in ("2021-06-28-xi-putin.txt", "2021-12-15-xi-putin.txt")
]
BILINGUAL = ROOT / "eval" / "bilingual"
USER = parse(
    """
[[formula]]
id = "core-interests"
text = "core interests"
zh = ["核心利益", "彼此核心利益"]
ru = ["коренные интересы"]
[[formula]]
id = "agenda-2030"
text = "2030 Agenda for Sustainable Development"
zh = ["2030年可持續發展議程"]
[[formula]]
id = "mixed-russian"
text = "BRICS plus"
ru = ["БРИКС plus"]
""",
    path="user.toml",
)


def found(entries: object, readout: Readout, absent: frozenset[str]) -> list[tuple[str, str]]:
    assert isinstance(entries, tuple)
    search = matcher.build(entries, absent=absent)
    return [(o.id, o.text) for o in matcher.find(search, readout, readout_words(readout))]


def test_leaving_out_absent_scripts_finds_the_same_formulas_on_real_readouts() -> None:
    readouts = [load(str(path)) for path in SAMPLES]
    readouts += [load(str(BILINGUAL / "xi-trump__2017-10-25__mfa.txt"))]
    hits = 0
    for entries in (builtin().entries, USER.entries, builtin().entries + USER.entries):
        for readout in readouts:
            absent = _absent((readout, readout_words(readout)))
            assert absent == {"cjk", "cyrillic"}
            assert found(entries, readout, absent) == found(entries, readout, frozenset())
            hits += len(found(entries, readout, absent))
    assert hits > 20
    chinese = load(str(BILINGUAL / "xi-trump__2018-12-29__xinhua-zh-hant.txt"))
    assert _absent((chinese, readout_words(chinese))) == {"cyrillic"}
    assert found(USER.entries, chinese, frozenset({"cyrillic"})) == found(
        USER.entries, chinese, frozenset()
    )


def test_a_wording_mixing_scripts_keeps_every_wording_of_its_script() -> None:
    assert wordings.left_out(USER.entries, frozenset({"cjk"})) == set()  # "2030年…" mixes
    assert wordings.left_out(USER.entries, frozenset({"cyrillic"})) == set()  # "БРИКС plus"
    pure = USER.entries[:1]
    assert wordings.left_out(pure, frozenset({"cjk", "cyrillic"})) == {
        "核心利益", "彼此核心利益", "коренные интересы"
    }  # fmt: skip


def test_the_builtin_chinese_is_simplified_so_keying_it_needs_no_opencc() -> None:
    wordings = {w for entry in builtin().entries for w in entry.wordings}
    chinese = [w for w in wordings if "cjk" in scripts_in(w)]
    assert len(chinese) > 150
    assert [w for w in chinese if simplified(w) != w] == []
    assert all(key(w, chinese=False) == key(w) for w in chinese)


def test_has_words_agrees_with_key() -> None:
    wordings = [w for entry in builtin().entries for w in entry.wordings]
    odd = ["", " - ", "“”", "҂", "'s", "ё", "Ⅻ", "㍿", "２０３０年", "s"]
    assert [w for w in wordings + odd if has_words(w) != bool(key(w))] == []
    assert only_in("核心 利益", "cjk") and not only_in("core 利益", "cjk")
    assert not only_in("core interests", "cyrillic")


def test_an_english_pair_loads_neither_opencc_nor_snowball() -> None:
    probe = (
        "import sys\nfrom readoutdiff.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('opencc', 'snowballstemmer') if m in sys.modules))"
    )
    english = [str(path) for path in SAMPLES]
    chinese = [english[0], str(BILINGUAL / "xi-trump__2018-12-29__xinhua-zh-hant.txt")]
    loaded = {}
    for name, pair in (("en", english), ("zh", chinese)):
        command = [sys.executable, "-c", probe, *pair, "--no-mining", "-o", "/dev/null"]
        out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
        loaded[name] = out.stdout.split("\n")[-2]
    assert loaded == {"en": "[]", "zh": "['opencc']"}


def test_the_russian_stop_words_load_no_stemmer() -> None:
    # roles.STOPS holds Russian's function words by stem: read from ru.py, where they are written
    # out, so an English pair mined in full (its stop words built) still loads no Snowball.
    probe = (
        "import sys\nfrom readoutdiff.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print('readoutdiff.formulas.words.roles' in sys.modules, 'snowballstemmer' in sys.modules)"
    )
    command = [sys.executable, "-c", probe, *map(str, SAMPLES), "-o", "/dev/null"]
    out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split("\n")[-2] == "True False"
