"""Branch u69's walk: two languages' versions of one call, as a user saves them from real pages
(tests/data/u69/SOURCES.md) and compares them through the CLI — Xinhua's Chinese and English
readouts of Wang Yi's call with Jean-Noël Barrot (the Chinese from a copying site that writes
pinyin after characters), and the Kremlin's Russian readout of Putin's call with Tokayev against
Sputnik's English report of it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff.ingest import load
from readoutdiff.ingest.glosses import NOTE, without_glosses

DATA = Path(__file__).resolve().parent / "data" / "u69"
ZH = "wangyi-barrot__2025-06-06__xinhua-zh.txt"
EN = "wangyi-barrot__2025-06-06__xinhua.txt"
RU = "putin-tokayev__2022-01-08__kremlin-ru.txt"
SPUTNIK = "putin-tokayev__2022-01-08__sputnik.txt"
GLOSS = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+ ?[)）]")
GLOSS_START = NOTE.split("{", 1)[0]


def _pair(a: str, b: str) -> dict:
    run = [sys.executable, "-m", "readoutdiff", a, b, "-f", "json"]
    done = subprocess.run(run, capture_output=True, text=True, cwd=DATA, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


# The lexicon formulas the Chinese and the English both name (the English says each in its
# lexicon wording), which the glosses cut in the Chinese: "戰略協(xié)作", "一個(gè)中國政策" …
BOTH_NAME = {
    "strategic-coordination",
    "comprehensive-strategic-partnership",
    "strategic-mutual-trust",
    "core-interests",
    "sovereignty-territorial-integrity",
    "one-china-policy",
    "bullying-practices",
}


def test_formulas_cut_by_pinyin_glosses_are_one_event_across_languages() -> None:
    report = _pair(ZH, EN)
    statuses: dict[str, set[str]] = {}
    for formula in report["formulas"]:
        statuses.setdefault(formula["status"], set()).add(formula["id"])
    # Before: four of them "appeared" in the English, as if the Chinese never named them.
    assert "appeared" not in statuses, statuses
    assert statuses["persisted"] == BOTH_NAME, statuses


def test_the_glossed_readout_is_read_without_its_glosses_and_says_so() -> None:
    readout = load(DATA / ZH)
    assert readout.title == "王毅同法國外長巴羅通電話"
    assert not any(GLOSS.search(sentence.text) for sentence in readout.sentences)
    assert not any(GLOSS.search(item.text) for item in readout.ignored)
    assert any(note.startswith(GLOSS_START) and "“長(cháng)”" in note for note in readout.notes)
    for sentence in readout.sentences:  # spans point into the text read
        assert readout.text[sentence.span.start : sentence.span.end] == sentence.text
    # The same page saved as HTML: its title and text lose their glosses too.
    page = load(DATA / ZH.replace(".txt", ".html"))
    assert page.title == readout.title
    assert [s.text for s in page.sentences] == [s.text for s in readout.sentences]
    assert any(note.startswith(GLOSS_START) for note in page.notes)


def test_a_readout_without_a_converters_glosses_is_read_as_written() -> None:
    text = "王毅说，中方重视(zhòngshì)同法方的关系。双方应加强战略沟通。"  # one gloss: the author's
    assert without_glosses(text) == (text, None)
    english = load(DATA / EN)
    assert not any(note.startswith(GLOSS_START) for note in english.notes)


# Site furniture the walk met, each compared as a dropped or added passage before this branch
# (and "Печать" and the disclaimer made a "the text seems cut off" note), with its kind now.
FURNITURE = {
    ZH: {
        "?": "stray mark",
        "編輯:張瑤": "editor or source line",
        "聲明:新華財經為新華社承建的國家金融信息平臺。任何情況下,本平臺所發布的信息均不構成"
        "投資建議。如有問題,請聯系客服:400-6123115": "copyright",
    },
    RU: {"Печать": "share or print widget"},
    SPUTNIK: {"Muhammad Irfan Published January 08, 2022 | 02:40 PM": "time stamp or counter"},
}


@pytest.mark.parametrize("name", sorted(FURNITURE))
def test_site_furniture_of_the_walk_is_ignored(name: str) -> None:
    readout = load(DATA / name)
    ignored = {item.text.strip(): item.reason for item in readout.ignored}
    for line, kind in FURNITURE[name].items():
        assert ignored.get(line) == kind, (line, ignored)
        assert all(line != sentence.text for sentence in readout.sentences)
    assert not any("cut off" in note for note in readout.notes), readout.notes


def test_the_kremlin_and_sputnik_key_changes_name_no_furniture() -> None:
    report = _pair(RU, SPUTNIK)
    said = " ".join(key["summary"] for key in report["key_changes"])
    assert "Печать" not in said and "Published" not in said, said
    assert not any("cut off" in note for note in report["a"]["notes"])


def test_passages_past_the_end_of_a_cut_off_version_are_said_to_be_there() -> None:
    """The English copy stops mid-word ("France-China relati"): the Chinese passages after its
    end are not passages the English left out, and the languages' line says so."""
    last = _pair(ZH, EN)["key_changes"][-1]["summary"]
    assert "4 only in A (3 of them past the end of B, which seems cut off), none only in B" in last
    swapped = _pair(EN, ZH)["key_changes"][-1]["summary"]
    assert (
        "none only in A, 4 only in B (3 of them past the end of A, which seems cut off)" in swapped
    )
    whole = _pair(RU, SPUTNIK)["key_changes"][-1]["summary"]  # neither is cut off
    assert "A is in Russian, B in English" in whole and "cut off" not in whole


BILINGUAL = DATA.parent.parent.parent / "eval" / "bilingual"


def test_two_sides_readouts_of_one_call_are_said_to_be_read_as_such() -> None:
    """The PRC MFA's and the White House's readouts of the Xi–Trump call of 25 October 2017
    (eval/bilingual) share nearly nothing: the key changes' "dropped" is what only the MFA
    says. A note says so; a re-publication of one text on its day does not get it."""
    done = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "xi-trump__2017-10-25__mfa.txt",
         "xi-trump__2017-10-25__wh.txt", "-f", "json"],
        capture_output=True, text=True, cwd=BILINGUAL, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    notes = json.loads(done.stdout)["notes"]
    assert any(
        note.startswith("A and B are dated the same day (2017-10-25) and share little")
        and "“dropped” is what only A says" in note
        for note in notes
    ), notes
    again = _pair(ZH, ZH.replace(".txt", ".html"))  # one text saved twice: no such note
    assert not any("same day" in note for note in again["notes"]), again["notes"]
