"""Branch u48's walk on the session's new formula events, on dev pairs: a greeting (or wish) in
each readout, told as one event, is named as the courtesy line it is, ranks after the formulas
dropped, and its line does not quote again the passage its wording is most of."""

from __future__ import annotations

import json
from pathlib import Path

from readoutdiff import compare
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.ingest.reader import load
from readoutdiff.render.jsonout import render_json
from readoutdiff.render.text import render_text

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _compared(a: str, b: str):
    return compare(load(FORMULAS / a), load(FORMULAS / b))


def test_a_greeting_and_a_wish_are_named_as_such_and_follow_the_dropped_formulas() -> None:
    # mirziyoyev-erdogan 2018-06-24 → 2020-04-22: two formulas dropped with their passages, the
    # greeting on another occasion (the election → the national holiday), the wish reworded
    comparison = _compared(
        "mirziyoyev-erdogan__2018-06-24__president-uz.txt",
        "mirziyoyev-erdogan__2020-04-22__bigasia.txt",
    )
    heads = [k.summary.split(":")[0] for k in key_changes(comparison)]
    assert heads[:4] == [
        # kc4: the passage its formula covers more of first (ru25: the point read whole)
        "Dropped formula, a whole passage (A line 11)",
        "Dropped formula “многовековые дружественные связи и стратегическое партнерство…” (A line"
        " 7), with its whole passage",
        "Greeting on another occasion",
        "Wish reworded",
    ]
    told = json.loads(render_json(comparison))["key_changes"]
    assert [(k["change"], k["formula"]) for k in told[2:4]] == [
        ("greeting", "mined:greeting"),
        ("wish", "mined:выраз/wished"),
    ]
    assert told[2]["summary"] == (
        "Greeting on another occasion: “сердечно поздравил Реджепа Таййип Эрдогана с избранием на"
        " пост Президента” (A line 5) → “поздравил своего коллегу и дружественный турецкий народ с"
        " предстоящим государственным праздником – Днём национального суверенитета и детей” (B line"
        " 7); now said in a new passage that says little more."
    )
    # the formula list names it the same way
    assert "greeting on another occasion: “сердечно поздравил" in render_text(comparison)


def test_a_greeting_never_outranks_a_dropped_formula_on_the_dev_pairs_that_greet() -> None:
    listed = 0
    for a, b in (
        ("tokayev-aliyev__2022-12-24__vestikavkaza.txt", "tokayev-aliyev__2024-09-09__orda-kz.txt"),
        (
            "mirziyoyev-aliyev__2023-07-10__president-uz.txt",
            "mirziyoyev-aliyev__2023-12-24__kursiv.txt",
        ),
        (
            "mirziyoyev-nazarbayev__2023-04-21__kant-kg.txt",
            "mirziyoyev-nazarbayev__2023-07-10__raqobat-gov-uz.txt",
        ),
        ("xi-lukashenko__2024-07-04__cctv.txt", "xi-lukashenko__2025-06-04__cctv.txt"),
    ):
        keys = key_changes(_compared(a, b))
        kinds = [k.change or k.kind for k in keys]
        listed += "greeting" in kinds
        if "greeting" not in kinds:  # the drops filled the block (xi-lukashenko since lex2)
            assert kinds.count("formula-dropped") >= 3, (a, kinds)
            continue
        last_drop = max(i for i, kind in enumerate(kinds) if kind == "formula-dropped")
        assert kinds.index("greeting") > last_drop, (a, kinds)
    assert listed >= 3


def test_a_passage_that_is_most_of_the_wording_is_not_quoted_again() -> None:
    # nazarbayev-erdogan 2019-12-29: "Собеседники поздравили друг друга с наступающим Новым
    # годом." is the greeting and one word: quoting it after the greeting said it twice
    keys = key_changes(
        _compared(
            "nazarbayev-erdogan__2019-12-29__informburo.txt",
            "nazarbayev-erdogan__2021-02-26__liter-kz.txt",
        )
    )
    greeting = next(k.summary for k in keys if k.change == "greeting")
    assert greeting.endswith("(B line 5); said in a passage B drops that says little more."), (
        greeting
    )
    assert "Собеседники" not in greeting
    # a passage that says more than the wording is still quoted (tokayev-aliyev's new line 11)
    keys = key_changes(
        _compared(
            "tokayev-aliyev__2022-12-24__vestikavkaza.txt",
            "tokayev-aliyev__2024-09-09__orda-kz.txt",
        )
    )
    greeting = next(k.summary for k in keys if k.change == "greeting")
    assert "; now said in a new passage: “…Касым-Жомарт Токаев поздравил своего" in greeting
