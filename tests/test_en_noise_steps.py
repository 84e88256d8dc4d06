"""`benchmarks/en_noise_steps.py` counts English reports by the step of the formula stage that
made each (nz12): real pairs of the young dev split, judged as score_formulas.py judges them."""

from __future__ import annotations

import en_noise_steps as ens
from formula_eval import load_pairs

from readoutdiff.formulas.origins import origins


def _young(name: str):
    return [p for p in load_pairs(split="young") if p.name == name]


def test_each_report_is_told_by_its_first_step_and_its_label() -> None:
    """blinken-faki (State, young dev): the dropped "strengthen democratic institutions" was
    told by the side-by-side fates and is right; "global food insecurity", appeared, too."""
    pairs = _young("blinken-faki__2022-02-08")
    assert len(pairs) == 1 and ens.english("formulas", "young")
    with origins() as of:
        rows = list(ens.yardstick(pairs, of))
    told = {row[4]: row[:4] for row in rows}
    assert told["dropped 'strengthen democratic institutions' -> None"] == [
        "blinken-faki", "state", "by_sides.fate", "right"
    ]  # fmt: skip
    assert told["appeared None -> 'global food insecurity'"][2:] == ["by_sides.fate", "right"]
    # the table counts them under their step: reports / right / noise, the noise's series and
    # publishers (one pair: one of each at most)
    lines = ens.table({"young": rows, "tuning": [], "judged": []}, least=1)
    fate = next(line for line in lines if line.startswith("| by_sides.fate |"))
    made = [r for r in rows if r[2] == "by_sides.fate"]
    noise = sum(r[3] == "noise" for r in made)
    right = sum(r[3] == "right" for r in made)
    assert fate.startswith(f"| by_sides.fate | {len(made)} / {right} / {noise} |")
    assert fate.endswith(f"| {min(noise, 1)} | {min(noise, 1)} |")
