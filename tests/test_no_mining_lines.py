"""``benchmarks/no_mining_lines.py``: what ``--no-mining`` still reports with ``mined:`` ids
(the lines the rules read), judged by the step that made each (hist5)."""

from __future__ import annotations

import no_mining_lines
import pytest


def test_a_russian_pairs_points_told_alone_are_counted_by_their_step(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """mirziyoyev-tokayev 2021-08-27 → 2022-04-05 (dev): with mining off, the Russian points
    told alone (``mined:выраз/lone`` …) are still reported, and counted under their step."""
    assert (
        no_mining_lines.main(["--pair", "mirziyoyev-tokayev__2021-08-27", "--examples", "1"]) == 0
    )
    out = capsys.readouterr().out
    assert "lone_heads.lone" in out
    assert "/lone" in out  # the example's id
    every = next(line for line in out.splitlines() if line.startswith("every report"))
    lines = next(line for line in out.splitlines() if line.startswith("mined: ids, all"))
    assert int(lines.split()[3]) <= int(every.split()[2])


def test_examples_are_for_dev_only() -> None:
    with pytest.raises(SystemExit):
        no_mining_lines.main(["--split", "heldout", "--examples", "2"])
