"""Branch u67: the terminal view breaks a Chinese line at a character, never inside an
ordinal or a count ("韩正会见第" / "80届联合国大会主席" at 80 columns), on a real readout pair
(Han Zheng–Baerbock, eval/outside) through the real CLI on a pseudo-terminal."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from test_cli import _on_terminal as on_terminal  # read while the CLI writes

ROOT = Path(__file__).resolve().parent.parent
PAIR = (  # named from the checkout's root, as u66's walk did: the same columns wherever it is
    "eval/outside/hanzheng-baerbock__2023-04-14__cctv.txt",
    "eval/outside/hanzheng-baerbock__2026-04-29__cctv.txt",
)


def _on_terminal(columns: int) -> list[str]:
    """The pair view as a terminal of ``columns`` columns shows it (no colour), its lines."""
    env = {**os.environ, "COLUMNS": str(columns), "NO_COLOR": "1"}
    shown = on_terminal(env, *PAIR, cwd=ROOT, timeout=120)
    return shown.decode("utf-8").replace("\r\n", "\n").splitlines()


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_a_chinese_ordinal_or_count_is_never_split_at_a_line_end(columns: int) -> None:
    lines = _on_terminal(columns)
    head = next(at for at, line in enumerate(lines) if line.startswith("B "))
    assert "“韩正会见第80届联合国大会主席”" in "".join(
        line.strip() for line in lines[head : head + 2]
    )  # the title's two lines, read together
    joined = "\n".join(lines)
    assert "第80届" in joined
    assert not re.search(r"第\n *[0-9一二三四五六七八九十]", joined)  # "第" / "80届"
    assert not re.search(r"[0-9]周\n *年", joined)  # "80周" / "年"
