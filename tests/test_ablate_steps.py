"""benchmarks/ablate_steps.py switches a rule group of the formula stage off in a fresh
interpreter (nothing in src/ changes) and scores the evaluation set without it."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "ablate_steps.py"


def _ablate_steps():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import ablate_steps
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return ablate_steps


def test_every_group_names_functions_the_stage_has() -> None:
    groups = _ablate_steps().GROUPS
    assert {"standing", "mining", "most_kept", "named", "unpaired", "role_objects"} <= set(groups)
    for name, (_, patches) in groups.items():
        assert patches, name
        for module, attribute, _ in patches:
            found = importlib.import_module(f"readoutdiff.formulas.{module}")
            assert callable(getattr(found, attribute)), (name, module, attribute)


def test_standing_off_on_a_real_pair_loses_its_changed_event() -> None:
    # The biden-albanese dev pairs: "standing" links a line reworded across sentences the
    # aligner did not pair, a hand-listed changed event no other rule finds there.
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--json", "--groups", "standing,quoted_cut",
         "--pair", "biden-albanese", "--split", "dev"],
        capture_output=True, text=True, check=True, timeout=900,
    )  # fmt: skip
    out = json.loads(done.stdout)
    base, rows = out["base"], {r["group"]: r for r in out["rows"]}
    assert base["dev"]["reports"] > 0 and base["tuning"]["reports"] == 0  # no outside pair
    assert rows["standing"]["dev"]["changed"] < 0
    assert rows["standing"]["earned"] > 0
    assert rows["standing"]["dev"]["series_up"] == 1  # one series: biden-albanese
    assert rows["quoted_cut"]["dev"] == {"noise_pts": 0.0, "fates_pts": 0.0, "changed": 0,
                                         "reports": 0, "earned": 0, "series_up": 0,
                                         "series_down": 0}  # fmt: skip
    # The switch lives in the children only: this interpreter's stage is untouched.
    from readoutdiff.formulas.linking import standing

    assert standing.changes.__module__ == "readoutdiff.formulas.linking.standing"


def test_one_entries_filter_named_module_function_is_a_group() -> None:
    # abl2: "module:function" switches that one entries filter off (its entries as they came).
    ablate = _ablate_steps()
    assert ablate._known("tracking:relations_en") and not ablate._known("no_such_group")
    ((module, attribute, replacement),) = ablate._patches("tracking:relations_en")
    assert (module, attribute) == ("tracking", "relations_en")
    entries = (object(),)
    assert replacement(None)(entries, "a", "b") is entries


def test_a_group_counts_the_series_it_earns_and_loses_on() -> None:
    # abl3: a rule earning on one series only is fitted; the row counts series, not pairs.
    ablate = _ablate_steps()

    def c(noise: int, right: int, changed: int) -> dict[str, int]:
        return {"reports": 10, "noise": noise, "right": right, "changed": changed,
                "changed_expected": 5}  # fmt: skip

    base = {"s1": c(1, 5, 2), "s2": c(1, 5, 2), "s3": c(1, 5, 2)}
    off = {"s1": c(1, 4, 2), "s2": c(0, 5, 2), "s3": c(1, 5, 2)}
    assert ablate.series_earned(base, off) == (1, 1)  # s1 earns a right fate, s2 adds noise
