"""role_objects (acc32): a reporting verb's object said otherwise in one aligned pair."""

from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.unpaired.role_objects import objects, role_objects
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text
from readoutdiff.model import Readout


def _view(readout: Readout) -> View:
    return View(readout=readout, words=readout_words(readout), by_sentence={})


EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
SAID = "They met in Manila.\n\nThe leaders discussed {}."


def _changed(a_object: str, b_object: str) -> list[tuple[str, str | None, str | None]]:
    a, b = from_text(SAID.format(a_object)), from_text(SAID.format(b_object))
    return [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]


def test_an_object_said_otherwise_is_one_changed_entry() -> None:
    assert _changed(
        "opportunities to bolster bilateral economic cooperation",
        "strengthening and broadening economic cooperation bilaterally",
    ) == [
        (
            "changed",
            "opportunities to bolster bilateral economic cooperation",
            "strengthening and broadening economic cooperation bilaterally",
        )
    ]


def test_an_object_that_only_grows_is_no_rewording() -> None:
    a, b = "ways to bolster economic cooperation", "ways to bolster economic cooperation and trade"
    pair = next(
        x
        for x in compare(from_text(SAID.format(a)), from_text(SAID.format(b))).alignments
        if x.a and x.b and x.a[0].text != x.b[0].text
    )
    views = (_view(from_text(SAID.format(a))), _view(from_text(SAID.format(b))))
    assert role_objects(pair, views) == []


def test_objects_end_at_the_clause_and_pass_list_members() -> None:
    text = "The Secretary commended the King for Jordan's leadership in supporting stability, peace, and economic growth in the region, and noted the talks."
    ((start, end),) = objects(text)["welcomed"]
    assert (
        text[start:end]
        == "Jordan's leadership in supporting stability, peace, and economic growth in the region"
    )
    text = "They discussed regional developments, including Iraq and Syria."
    ((start, end),) = objects(text)["discussed"]
    assert text[start:end] == "regional developments"


def test_a_class_said_twice_in_a_sentence_pairs_nothing() -> None:
    a = "trade, and discussed opportunities to bolster bilateral economic cooperation"
    b = "trade, and discussed strengthening and broadening economic cooperation bilaterally"
    assert len(objects(SAID.format(a))["discussed"]) == 2
    assert not any(t.startswith("opportunities") for _, t, _ in _changed(a, b) if t)


def test_an_adverb_shared_is_no_telling_word() -> None:
    # trudeau-sunak 2022-10-27 (dev): "closely" says how they work, not on what.
    a = "to continue closely collaborating with its members"
    b = "to continue coordinating closely on shared priorities"
    assert not [f for f in _changed(a, b) if f[0] == "changed" and f[1] and "closely" in f[1]]


def test_an_object_ends_on_no_space_before_its_comma() -> None:
    # MOFA Japan writes "among Japan-U.S.-ROK , including at the United Nations" (kishida-tillerson
    # 2017-05-16): the object of "shared" ends on "ROK", not on the space before the comma, and
    # so does the changed entry of it against the 2016-01-06 readout of the same series.
    text = (EVAL / "kishida-tillerson__2017-05-16__mofa-jp.txt").read_text(encoding="utf-8")
    sentence = next(line for line in text.splitlines() if "ROK ," in line)
    ((start, end),) = objects(sentence)["expressed"]
    assert sentence[start:end].endswith("among Japan-U.S.-ROK")
    earlier = (EVAL / "kishida-kerry__2016-01-06__mofa-jp.txt").read_text(encoding="utf-8")
    wordings = [
        t
        for f in compare(from_text(earlier), from_text(text)).formulas
        for t in (f.a_text, f.b_text)
        if t
    ]
    assert any(t.endswith("among Japan-U.S.-ROK") for t in wordings)
    assert all(t == t.strip() for t in wordings)
