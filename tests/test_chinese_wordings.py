"""Chinese wordings end at word edges in ``series`` rows and ``check`` findings, as English ones
do (a QA pass found "政治解决朝鲜半岛问" for "…问题" and "合作一直" for "经贸合作一直"). Run for
real on three consecutive PRC MFA readouts of the Xi–Trump calls (eval/bilingual)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from itertools import accumulate
from pathlib import Path

from readoutdiff.languages import zh

ROOT = Path(__file__).resolve().parent.parent
CALLS = [
    ROOT / "eval" / "bilingual" / f"xi-trump__{date}__mfa-zh.txt"
    for date in ("2017-10-25", "2018-03-09", "2018-05-08")
]
_HAN = re.compile(f"[{zh.HAN}]")
_FINDING = re.compile(r"formula “([^”]+)” changed to “([^”]+)”")


def _readoutdiff(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "readoutdiff", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8")


def _word_edge(text: str, offset: int) -> bool:
    """``offset`` does not fall inside a word of the run of Chinese characters around it, as
    jieba cuts that run."""
    if not 0 < offset < len(text) or not (
        _HAN.match(text[offset - 1]) and _HAN.match(text[offset])
    ):
        return True
    start, end = offset, offset
    while start > 0 and _HAN.match(text[start - 1]):
        start -= 1
    while end < len(text) and _HAN.match(text[end]):
        end += 1
    return offset in accumulate(map(len, zh.cut(text[start:end])), initial=start)


def _in_whole_words(text: str, wording: str) -> bool:
    """Some place of ``wording`` in ``text`` starts and ends at word edges."""
    places = [match.start() for match in re.finditer(re.escape(wording), text)]
    assert places, wording
    return any(_word_edge(text, at) and _word_edge(text, at + len(wording)) for at in places)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "xi-trump"
    folder.mkdir()
    for path in CALLS:
        shutil.copy(path, folder / path.name)
    return folder


def test_series_rows_of_chinese_readouts_hold_whole_words(tmp_path: Path) -> None:
    out = tmp_path / "series.json"
    result = _readoutdiff("series", _folder(tmp_path), "--json", out)
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text("utf-8"))
    texts = [Path(meeting["path"]).read_text("utf-8") for meeting in report["meetings"]]
    wordings = [
        (texts[cell["meeting"] - 1], cell["wording"])
        for row in report["formulas"]
        for cell in row["timeline"]
        if cell["wording"]
    ]
    assert len(wordings) >= 15
    assert [w for text, w in wordings if not _in_whole_words(text, w)] == []
    shown = {w for _, w in wordings}
    assert "政治解决朝鲜半岛问题" in shown and "政治解决朝鲜半岛问" not in shown
    assert "合作一直" not in shown  # the chance pairing 合作共赢 / (经贸)合作一直 is no change now


def test_check_findings_on_chinese_readouts_quote_whole_words(tmp_path: Path) -> None:
    result = _readoutdiff("check", _folder(tmp_path))
    assert result.returncode == 0, result.stderr
    old, new = (path.read_text("utf-8") for path in CALLS[1:])
    changes = _FINDING.findall(result.stdout)
    # three since zh10: "领域的对话合作" -> "领域务实合作" opened on "领域的" (one word + 的), a cut
    assert len(changes) >= 3
    assert [a for a, _ in changes if not _in_whole_words(old, a)] == []
    assert [b for _, b in changes if not _in_whole_words(new, b)] == []
    assert ("政治解决朝鲜半岛问题", "朝鲜半岛问题政治解决进程") in changes


def test_a_wording_the_lexicon_spells_keeps_its_edges(tmp_path: Path) -> None:
    """jieba cuts "高級別人文交流機制" as "高级 / 别人 / 文 / 交流 / 机制": the lexicon's "人文交流"
    (people-to-people exchanges) stays as the lexicon spells it, not "別人文交流"."""
    bilingual = ROOT / "eval" / "bilingual"
    result = _readoutdiff(
        bilingual / "xi-macron__2023-11-20__xinhua.txt",
        bilingual / "xi-macron__2023-11-20__xinhua-zh-hant.txt",
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr
    formulas = json.loads(result.stdout)["formulas"]
    exchanges = [f for f in formulas if f["id"] == "people-to-people-exchanges"]
    assert [(f["status"], f["b"]) for f in exchanges] == [("persisted", "人文交流")]


def _changed(a: Path, b: Path) -> list[tuple[str, str]]:
    result = _readoutdiff(a, b, "--format", "json")
    assert result.returncode == 0, result.stderr
    formulas = json.loads(result.stdout)["formulas"]
    return [(f["a"], f["b"]) for f in formulas if f["status"] == "changed"]


def test_a_rewording_shares_words_not_only_characters() -> None:
    """The formula stage reads Chinese character by character; a rewording must still share two
    words with the formula, as jieba cuts them. Real MFA readouts of the Xi–Trump calls and of
    Wang Yi's calls with Baerbock (eval/formulas, dev)."""
    changes = _changed(*CALLS[1:])
    # Rewordings that keep words: all four stay.
    assert ("实现朝鲜半岛无核化", "实现半岛无核化") in changes
    assert ("中美关系健康稳定发展大局", "两国关系健康稳定向前发展") in changes
    assert ("政治解决朝鲜半岛问题", "朝鲜半岛问题政治解决进程") in changes
    # One word and a character in common is a chance: "win-win cooperation" is not
    # "economic and trade cooperation has always ...".
    assert ("合作共赢", "经贸合作一直") not in changes
    # Two characters (作, 合) in no common word: "as the UN" is no rewording of "practical
    # cooperation", though the sentences begin alike (王毅表示).
    formulas = ROOT / "eval" / "formulas"
    baerbock = _changed(
        formulas / "wangyi-baerbock__2022-02-26__mfa-zh.txt",
        formulas / "wangyi-baerbock__2022-05-24__mfa-zh.txt",
    )
    assert not [pair for pair in baerbock if "务实合作" in pair]
