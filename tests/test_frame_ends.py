"""The lexicon frames' ends that :func:`named.name` reads, made once per frames object (sp76)."""

from collections import defaultdict

from readoutdiff.formulas.lexicon import frames
from readoutdiff.formulas.lexicon.lexicon import builtin
from readoutdiff.formulas.lexicon.lexicon_parts import frames_of
from readoutdiff.formulas.succession import named


def _read_afresh(found: frames.Frames) -> dict[str, frozenset[str]]:
    lasts: dict[str, set[str]] = defaultdict(set)
    for first, last in found.ends:
        lasts[first].add(last)
    return {first: frozenset(ends) for first, ends in lasts.items()}


def test_the_builtin_frames_ends_are_read_once_and_as_before() -> None:
    found = frames_of(builtin())
    ends = named._frame_ends(found)
    assert ends == _read_afresh(found)
    assert ends["hold"] >= {"accountable"}  # "hold Russia accountable"
    assert named._frame_ends(found) is ends  # the second comparison reads the same dict


def test_another_frames_object_gets_its_own_ends() -> None:
    built = frames_of(builtin())
    other = frames.frames(builtin())  # made afresh: another object with the same frames
    assert other is not built
    assert named._frame_ends(other) == named._frame_ends(built)
    assert named._frame_ends(other) is not named._frame_ends(built)
    assert named._frame_ends(None) == {}
