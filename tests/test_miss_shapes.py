"""`benchmarks/miss_shapes.py` gives each missed English changed event one shape of its two hand
wordings: the wordings of real dev and outside-tuning events, each shape once."""

from __future__ import annotations

from collections.abc import Callable

import miss_shapes
import pytest
from formula_eval import Event


@pytest.mark.parametrize(
    ("a", "b", "shape"),
    [
        # dev, biden-zelenskyy: two sums of aid
        ("yesterday’s announcement of nearly $3 billion to support Ukraine’s defense",
         "a new $625 million security assistance package", "number or date"),
        # dev, blinken-truss: the digits of a name are no number (blinken-allamand's "overcome the
        # COVID-19 pandemic" / "combat COVID-19" was the example until cnv14 listed it persisted)
        ("combatting the COVID-19 pandemic globally", "pandemic preparedness",
         "shared head, frame changed"),
        # outside tuning, biden-tinubu
        ("our enduring commitment to the U.S.-Nigeria relationship",
         "the value of the U.S.-Nigeria partnership in addressing global challenges",
         "relationship"),
        # outside tuning, johnson-draghi
        ("looked forward to meeting in person soon",
         "looked forward to welcoming Prime Minister Draghi to the G7 Leaders’ Summit",
         "one frame, object reworded"),
        # dev, carney-macron
        ("bolstering co-operation on shared priorities such as critical minerals, energy "
         "security, bilateral investment, artificial intelligence, and quantum technology",
         "key global priorities, such as critical minerals, clean energy, and AI",
         "list or field reworded"),
        # dev, biden-meloni: one wording's telling words inside the other's
        ("the challenges posed by China",
         "global challenges, including those posed by the People’s Republic of China",
         "grown or cut"),
        # outside tuning, biden-netanyahu
        ("conclude a deal without delay to bring the hostages home",
         "secure the release of hostages", "shared head, frame changed"),
        # outside tuning, johnson-martin
        ("the importance of cooperation on issues such as climate change",
         "shared challenges including the environment", "paraphrase, no word shared"),
    ],
)  # fmt: skip
def test_each_shape(a: str, b: str, shape: str) -> None:
    assert miss_shapes.shape(Event("changed", a, b)) == shape


def test_the_table_names_every_shape() -> None:
    assert len(set(miss_shapes.SHAPES)) == 7


def test_young_reads_the_young_dev_pairs_in_the_dev_columns(
    splits_asked: Callable[[object], list[tuple[str, str]]],
) -> None:
    # en5 (forty-second session): a rule is judged on the young dev pairs and the tuning part.
    asked = splits_asked(miss_shapes)
    assert miss_shapes.main(["--young"]) == 0
    assert asked == [("formulas", "young"), ("outside", "dev")]
