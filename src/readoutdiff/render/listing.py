"""``readoutdiff formulas FILE``: the formulas found in one readout, as text or JSON."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from readoutdiff.formulas.keys.key_record import columns, inner
from readoutdiff.formulas.keys.naming import one_line
from readoutdiff.formulas.lexicon.ids import phrase_kind
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.model import Readout
from readoutdiff.model.places import place, told
from readoutdiff.render import jsontext
from readoutdiff.render.escape import shown_line, shown_path
from readoutdiff.render.labels import PHRASE_KINDS

SCHEMA = "readoutdiff-formulas/1"


def render_listing_text(
    readout: Readout,
    occurrences: Sequence[Occurrence],
    *,
    width: int | None = None,
    mining: bool = True,
    lexicon: bool = True,
) -> str:
    """Return one line per occurrence: where (its line, and on a line of several sentences which
    one: :mod:`readoutdiff.model.places`; its column too when the sentence says the wording twice),
    source, id and the wording as written. ``width``: the terminal's columns, to wrap each line
    to, its place never broken, the rest four spaces in (as the pair view wraps its formula
    list); None keeps every line whole, as a file or a pipe wants it. A readout with none says
    why under its count (:func:`_none_found`; ``mining``: phrases were mined, no ``--no-mining``;
    ``lexicon``: a lexicon was in use, not ``--no-builtin-lexicon`` without ``--lexicon``).

    >>> from readoutdiff.formulas import find_formulas
    >>> from readoutdiff.ingest import from_text
    >>> r = from_text("Both sides uphold true multilateralism.", path="r.txt")
    >>> print(render_listing_text(r, find_formulas(r)), end="")
    r.txt: 1 formula
      line 1  builtin  true-multilateralism  “true multilateralism”
    """
    plural = "" if len(occurrences) == 1 else "s"
    out = [f"{shown_path(readout.path)}: {len(occurrences)} formula{plural}"]
    if not occurrences:
        note = f"  {_none_found(mining, lexicon)}"
        return "\n".join([*_first(out[0], width), *_wrapped_note(note, width)]) + "\n"
    places = [place(readout, item.span) for item in occurrences]
    heads = [_head(item) for item in occurrences]
    said = [_said(item) for item in occurrences]
    rows = [
        f"{told(at)}  {head}  {words}" for at, head, words in zip(places, heads, said, strict=True)
    ]
    repeated = {row for row, times in Counter(rows).items() if times > 1}
    wheres = [
        f"{told(at)}, column {at.column}" if row in repeated else told(at)
        for at, row in zip(places, rows, strict=True)
    ]  # a wording said twice in one sentence: its column tells the two apart
    out.extend(
        f"  {where}{row[len(told(at)) :]}"
        for at, where, row in zip(places, wheres, rows, strict=True)
    )
    if width is None:
        return "\n".join(shown_line(line) for line in out) + "\n"
    from readoutdiff.render.text import wrapped

    lines = _first(out[0], width)  # the file's path is never broken
    for where, line, item, head, words in zip(
        wheres, out[1:], occurrences, heads, said, strict=True
    ):
        if len(wrapped(shown_line(line), width, 4, kept=(where,))) == 1:
            lines.append(shown_line(line))
            continue
        # else its place and source, its id (never broken), its wording: each under the first
        placed = f"  {where}  {head}"
        fits = len(wrapped(shown_line(placed), width, 4, kept=(where,))) == 1
        lines += (
            [shown_line(placed)]
            if fits or head == item.source.value
            else [f"  {where}  {item.source.value}", f"    {item.id}"]
        )
        lines += wrapped(shown_line(f"    {words}"), width, 4)
    return "\n".join(lines) + "\n"


def _none_found(mining: bool, lexicon: bool = True) -> str:
    """Why a listing is empty: the pair view mines phrases from the two readouts it compares,
    which one readout alone cannot give, so ``readoutdiff A B`` may track formulas in a readout
    this command finds none in (a Kremlin readout against the one before it). With no lexicon
    in use no formula of one was looked for, as ``series`` says it (rev31: "no formula of the
    lexicon in it" of a run given ``--no-builtin-lexicon`` and no ``--lexicon``).

    >>> _none_found(False, lexicon=False)
    'no lexicon in use (--no-builtin-lexicon and no --lexicon) and no phrase mined (--no-mining)'
    """
    if not lexicon:
        if not mining:
            return (
                "no lexicon in use (--no-builtin-lexicon and no --lexicon) and no phrase mined"
                " (--no-mining)"
            )
        return (
            "no lexicon in use (--no-builtin-lexicon and no --lexicon), and no phrase mined"
            " from it alone; readoutdiff A B also mines phrases from the two readouts it compares"
        )
    if not mining:
        return "no formula of the lexicon in it (--no-mining: no phrase was mined)"
    return (
        "no formula of the lexicon in it, nor a phrase mined from it alone; "
        "readoutdiff A B also mines phrases from the two readouts it compares"
    )


def _first(line: str, width: int | None) -> list[str]:
    """The listing's first line, ``path: N formulas``; on a terminal too narrow for it, the
    count on a line of its own two spaces in, the path whole (to be copied) on the line before
    (rev34: eval's paths of 50 columns and more ran the line past 60 columns).

    >>> _first("eval/formulas/abe-moon__2017-05-11__mofa-jp.txt: 3 formulas", 50)
    ['eval/formulas/abe-moon__2017-05-11__mofa-jp.txt:', '  3 formulas']
    """
    line = shown_line(line)
    if width is None or columns(line) <= width:
        return [line]
    path, _, count = line.rpartition(": ")
    return [f"{path}:", f"  {count}"]


def _wrapped_note(note: str, width: int | None) -> list[str]:
    """The empty listing's note, on a terminal wrapped to its width four spaces in."""
    if width is None:
        return [note]
    from readoutdiff.render.text import wrapped

    return wrapped(note, width, 4)


def _head(item: Occurrence) -> str:
    """An occurrence's source, and a lexicon entry's id (what a rules file's ``id`` takes); a
    phrase's id is made of word stems ("background:高-度-…"): its kind is said after its words."""
    if phrase_kind(item.id):
        return item.source.value
    return f"{item.source.value}  {item.id}"


def _said(item: Occurrence) -> str:
    """An occurrence's wording as written, in quotes; a phrase's kind after them, unless its
    source already says it ("mined")."""
    words = f"“{inner(one_line(item.text))}”"
    kind = phrase_kind(item.id)
    if kind is None or kind == item.source.value:
        return words
    return f"{words} ({PHRASE_KINDS.get(kind, kind)})"


def render_listing_json(readout: Readout, occurrences: Sequence[Occurrence]) -> str:
    """Return the occurrences as ``readoutdiff-formulas/1`` JSON (spans into the original file;
    ``sentence``, added within /1: the sentence's number on a line of several, else null)."""
    document = {
        "schema": SCHEMA,
        "path": readout.path,
        "sha256": readout.sha256,
        "formulas": [
            {
                "id": item.id,
                "text": item.text,
                "source": item.source.value,
                "topic": item.topic,
                "confidence": item.confidence,
                "start": item.span.start,
                "end": item.span.end,
                "line": item.span.line,
                "sentence": place(readout, item.span).sentence,
            }
            for item in occurrences
        ],
    }
    return jsontext.dumps(document, end="\n")
