"""The documents a Chinese visit signed or published, said in each readout, are one event
(branch chg1, ``formulas/unpaired/documents_zh.py``): the documents lines of real young dev and
outside-tuning pairs, which the hand lists give as *changed* events and the base told nothing
of, paired both ways; a statement with a statement, the documents with the documents; a line
said once one-sided; a clause that signs nothing named as documents left alone."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from eval_pairs import cctv, one_changed_both_ways

from readoutdiff import load
from readoutdiff.formulas.unpaired.documents_zh import ID, documents, kind

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"
EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _listed(folder: Path, pair: str, status: str, a: str | None, b: str | None) -> bool:
    """Whether the hand list of ``pair`` gives an event of ``status`` with these wordings."""
    data = tomllib.loads((folder / "pairs" / f"{pair}.toml").read_text("utf-8"))
    return any(
        e["status"] == status and e.get("a") == a and e.get("b") == b for e in data["events"]
    )


def _documents(series: str, a_day: str, b_day: str, *, folder: Path = EVAL) -> list[tuple]:
    comparison = cctv(series, a_day, b_day, folder=folder)
    return [
        (f.status.value, f.a_text, f.b_text) for f in comparison.formulas if f.id.startswith(ID)
    ]


CHANGED = [
    # liqiang-sanchez (young dev): two fields more in the 2026 ceremony, one aligned pair the
    # base told nothing of (no formula inside the clauses)
    ("liqiang-sanchez", "2025-04-11", "2026-04-14", "liqiang-sanchez__2026-04-14",
     "共同见证签署经贸、科技等多项合作文件", "共同见证签署经贸、教育、科技、农食等领域多项合作文件"),
    # liqiang-luxon (young dev): other fields
    ("liqiang-luxon", "2024-06-13", "2025-06-20", "liqiang-luxon__2025-06-20",
     "共同见证签署服务贸易等领域多项双边合作文件", "共同见证签署海关、气候变化等多项合作文件"),
    # liqiang-hun-manet (young dev): the fields against the Belt and Road quoted in the list
    ("liqiang-hun-manet", "2023-09-15", "2023-10-18", "liqiang-hun-manet__2023-10-18",
     "共同见证签署工业、农业、基础设施、数字经济、绿色发展等领域多项双边合作文件",
     "共同见证签署共建“一带一路”等多项双边合作文件"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("series", "a_day", "b_day", "pair", "a_words", "b_words"),
    CHANGED,
    ids=["sanchez", "luxon", "hun-manet"],
)
def test_the_documents_signed_otherwise_are_one_changed_line(
    series: str, a_day: str, b_day: str, pair: str, a_words: str, b_words: str
) -> None:
    assert _listed(EVAL, pair, "changed", a_words, b_words)  # the analyst's event
    one_changed_both_ways(series, a_day, b_day, a_words, b_words)


def test_a_statement_pairs_with_a_statement_and_documents_with_documents() -> None:
    # xi-rahmon (outside tuning): the 2023 statement signed (签署了《》) against the 2024 one
    # (共同签署《》), the 2023 documents against the 2024 documents exchanged, two hand events
    found = _documents("xi-rahmon", "2023-05-18", "2024-07-05", folder=OUTSIDE)
    statement = [f for f in found if f[1] and "联合声明" in f[1]]
    signed = [f for f in found if f[1] and "合作文件" in f[1]]
    assert len(statement) == len(signed) == 1, found
    assert statement[0][0] == signed[0][0] == "changed"
    assert "联合声明" in statement[0][2] and "合作文件" in signed[0][2]
    assert _listed(
        OUTSIDE, "xi-rahmon__2023-05-18", "changed",
        "共同见证签署经贸、互联互通、科技、地方交流等领域多项双边合作文件",
        "共同见证交换经贸、投资、互联互通、关键矿产、安全、人文等领域数十项双边合作文件",
    )  # fmt: skip


def test_a_line_said_once_is_one_sided() -> None:
    # liqiang-albanese (young dev): the 2024-06 readout's documents and statement, none in the
    # 2024-10 one: dropped, as the hand list gives them
    found = _documents("liqiang-albanese", "2024-06-17", "2024-10-11")
    assert sorted(status for status, _, _ in found) == ["dropped", "dropped"], found
    assert all(b is None for _, _, b in found)
    for _, a, _ in found:
        assert a is not None and ("合作文件" in a or "联合成果声明" in a)


def test_documents_clauses_and_their_kinds_on_real_text() -> None:
    # xi-boluarte 2024-06-28 (young dev): the ceremony signs two plans by name, then exchanges
    # documents; the statement is published after: three clauses, two kinds
    readout = load(EVAL / "xi-boluarte__2024-11-14__cctv.txt")
    said = [(s.text[i:j], k) for s, i, j, k in documents(readout)]
    assert [k for _, k in said] == [0, 0, 1], said
    assert said[0][0].startswith("两国元首共同见证签署《") and said[2][0].startswith("双方发表《")
    # a plan signed by name with documents named after it is among the documents
    assert kind("两国元首共同见证签署《中华人民共和国政府和秘鲁共和国政府2024年至2029年共同行动计划》以及经贸合作等领域多项双边合作文件") == 0  # fmt: skip
    # agreements signed but no documents named, no ceremony: no documents clause
    assert "双方签署包括自贸协定升级议定书等多项重要合作协议" in readout.text
    assert all("议定书等多项重要合作协议" not in text for text, _ in said)
    # a wish to sign (liqiang-lawrence-wong 2025-06-23, young dev): no documents clause
    wish = load(EVAL / "liqiang-lawrence-wong__2025-06-23__cctv.txt")
    assert "推动如期签署并实施" in wish.text
    assert all("推动如期签署" not in s.text[i:j] for s, i, j, _ in documents(wish))
