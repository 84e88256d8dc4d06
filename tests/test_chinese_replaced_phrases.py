"""Chinese replaced phrases at word and phrase edges (branch zh47): ``wording_zh`` moves a run of
differing characters out to jieba's word edges and widens it to its phrase; ``kept_zh`` tells a
phrase reworded around words both sides keep, on real pairs of the evaluation set (dev pairs,
CCTV), unless convention (c) of ``eval/formulas/SOURCES.md`` reads the line kept."""

from __future__ import annotations

import tomllib

from eval_pairs import EVAL, fates

from readoutdiff.compare import compare
from readoutdiff.formulas.succession.kept_zh import kept_zh
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.formulas.words.wording import replacements
from readoutdiff.formulas.words.wording_zh import LONGEST, starts_word
from readoutdiff.ingest import load
from readoutdiff.languages.zh import cut
from readoutdiff.model import Readout, Status

PAIRS = (
    "xi-lee-jae-myung__2025-06-10",
    "liqiang-lawrence-wong__2025-06-23",
    "xi-obiang__2024-05-28",
    "xi-albanese__2024-11-18",
    "xi-erdogan__2024-07-04",
)


def _pair(name: str) -> dict[str, object]:
    return tomllib.loads((EVAL / "pairs" / f"{name}.toml").read_text("utf-8"))


def _word_edges(text: str) -> set[int]:
    """Offsets in ``text`` where a jieba word of it starts or ends."""
    edges, at = {0}, 0
    for word in cut(text):
        at += len(word)
        edges.add(at)
    return edges


def test_a_qualifier_put_into_the_object_is_a_changed_phrase() -> None:
    # 中韩是搬不走的近邻 -> 中韩是搬不走的重要近邻: the hand lists it changed; no step told it before
    found = fates("xi-lee-jae-myung__2025-06-10")
    assert ("changed", "搬不走的近邻", "搬不走的重要近邻") in found


def test_a_qualifier_left_out_of_the_object_is_a_changed_phrase() -> None:
    # 积极拓展第三方市场合作 -> 积极拓展第三方合作: a qualifier out of the object, convention (c)'s
    # exception (liqiang-lawrence-wong, relabelled changed by cnv7)
    assert ("changed", "第三方市场合作", "第三方合作") in fates("liqiang-lawrence-wong__2025-06-23")
    assert ("changed", "第三方合作", "第三方市场合作") in fates(
        "liqiang-lawrence-wong__2025-06-23", swap=True
    )


def test_every_replaced_phrase_of_a_chinese_pair_stands_at_word_edges() -> None:
    # The one-line trial of chg4 (a character a content word) cut 的近 / 的重要近: here no wording
    # starts or ends inside a word jieba cuts in its clause.
    for name in PAIRS:
        data = _pair(name)
        a, b = load(EVAL / str(data["a"])), load(EVAL / str(data["b"]))
        comparison = compare(a, b)
        words_a, words_b = readout_words(a), readout_words(b)
        seen = 0
        for pair in comparison.alignments:
            if pair.status is not Status.CHANGED or not pair.a or not pair.b:
                continue
            for rep in replacements(pair, a, b, words_a, words_b):
                for readout, span in ((a, rep.a_span), (b, rep.b_span)):
                    if span is None:
                        continue
                    seen += 1
                    clause_start = max(readout.text.rfind(m, 0, span.start) for m in "，。；、\n")
                    clause_end = min(
                        (at for m in "，。；、\n" if (at := readout.text.find(m, span.end)) >= 0),
                        default=len(readout.text),
                    )
                    clause = readout.text[clause_start + 1 : clause_end]
                    edges = _word_edges(clause)
                    assert span.start - clause_start - 1 in edges, (name, rep.a_text, rep.b_text)
                    assert span.end - clause_start - 1 in edges, (name, rep.a_text, rep.b_text)
        assert seen, name


def test_a_line_listed_persisted_gets_no_reworded_phrase() -> None:
    # Convention (c): a lead verb swapped before the same object (xi-lee-jae-myung 2025-06-10:
    # 加深 -> 增进相互理解, 要尊重 -> 照顾彼此核心利益和重大关切), a list in another order
    # (2025-11-01: 超越意识形态和社会制度差异 / 超越社会制度和意识形态差异) are persisted: kept_zh
    # makes no entry of a replaced phrase inside such a line.
    for name in ("xi-lee-jae-myung__2025-06-10", "xi-lee-jae-myung__2025-11-01"):
        data = _pair(name)
        kept = [e for e in data["events"] if e["status"] == "persisted"]  # type: ignore[attr-defined]
        assert kept
        a, b = load(EVAL / str(data["a"])), load(EVAL / str(data["b"]))
        words_a, words_b = readout_words(a), readout_words(b)
        for pair in compare(a, b).alignments:
            if pair.status is not Status.CHANGED or not pair.a or not pair.b:
                continue
            for rep in replacements(pair, a, b, words_a, words_b):
                entry = kept_zh(rep, (a, b))
                if entry is None:
                    continue
                for event in kept:
                    inside = entry.a_text in event["a"] and entry.b_text in event["b"]
                    assert not inside, (name, entry.a_text, entry.b_text)


def test_a_changed_phrase_swaps_with_the_readouts() -> None:
    # xi-obiang: 中国同赤道几内亚是肝胆相照的好朋友、好伙伴 -> 中国和赤道几内亚是好朋友
    forward = fates("xi-obiang__2024-05-28")
    backward = fates("xi-obiang__2024-05-28", swap=True)
    assert ("changed", "赤道几内亚是肝胆相照的好朋友", "赤道几内亚是好朋友") in forward
    assert ("changed", "赤道几内亚是好朋友", "赤道几内亚是肝胆相照的好朋友") in backward


def test_a_wording_cut_before_its_clause_mark_runs_on_to_it() -> None:
    # chg5: the phrase 传统友好 / 是相知相交的友好 stopped before B's 近邻 and 重视中韩关系 / 始终将中韩关系
    # before B's 置于周边外交重要位置; run on to the mark, each is the hand list's changed line,
    # which no step told before, and the swap tells it back
    assert ("changed", "孟加拉国传统友好", "孟加拉国是相知相交的友好近邻") in fates(
        "xi-hasina__2023-08-23"
    )
    pair = "xi-lee-jae-myung__2025-11-01"
    assert ("changed", "中方重视中韩关系", "中方始终将中韩关系置于周边外交重要位置") in fates(pair)
    assert ("changed", "中方始终将中韩关系置于周边外交重要位置", "中方重视中韩关系") in fates(
        pair, swap=True
    )


def test_every_kept_zh_wording_ends_at_its_clause_mark() -> None:
    # The run-on's promise: a reworded phrase kept_zh tells ends at a mark or its sentence's end
    # on both sides, so that convention (c) reads its object whole, is no longer than
    # wording_zh.LONGEST characters and opens on a jieba word (chg6: not 固 cut from 巩固)
    names = (
        *PAIRS,
        "xi-hasina__2023-08-23",
        "xi-lee-jae-myung__2025-11-01",
        "xi-scholz__2024-04-16",
    )
    told = 0
    for name in names:
        data = _pair(name)
        a, b = load(EVAL / str(data["a"])), load(EVAL / str(data["b"]))
        for f in compare(a, b).formulas:
            if not f.id.startswith("mined:") or "/wording" not in f.id:
                continue
            for readout, spans in ((a, f.a_spans), (b, f.b_spans)):
                after = readout.text[spans[-1].end : spans[-1].end + 1]
                assert after in ("", "，", "、", "。", "；", "\n"), (name, f.a_text, f.b_text)
                assert spans[-1].end - spans[0].start <= LONGEST
                assert _starts_a_word(readout, spans[0].start), (name, f.a_text, f.b_text)
            told += 1
    assert told >= 5


def _starts_a_word(readout: Readout, offset: int) -> bool:
    """A jieba word of ``readout``'s sentence starts at ``offset``."""
    for words in readout_words(readout):
        for k in range(len(words.stems)):
            if words.start(k) == offset:
                return starts_word((words, k), readout.text)
    return False
