"""What is built from a lexicon (its matcher, frames, successor table, background join), built
once per lexicon object rather than once per comparison."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from readoutdiff.model import Lexicon

_T = TypeVar("_T")
_HELD: dict[tuple[int, tuple[object, ...]], tuple[Lexicon, object]] = {}
"""(lexicon's id, what was made of it) -> (the lexicon, held so that its id stays its own; what
was made). A lexicon is the same object from one comparison to the next (the built-in one, an
option's), and hashing its hundreds of entries for a cache key cost a tenth of the formula
stage on a short pair."""
_HELD_MOST = 48


def per_lexicon(lexicon: Lexicon, what: tuple[object, ...], make: Callable[[], _T]) -> _T:
    """What ``make`` builds from ``lexicon``, made once per lexicon object and ``what``."""
    key = (id(lexicon), what)
    held = _HELD.get(key)
    if held is None or held[0] is not lexicon:
        if len(_HELD) >= _HELD_MOST:
            _HELD.clear()
        held = _HELD[key] = (lexicon, make())
    return cast(_T, held[1])
