"""``readoutdiff formulas FILE``: the formulas found in one readout, as text or JSON."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from readoutdiff.formulas.keys.key_record import inner
from readoutdiff.formulas.keys.naming import one_line
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.model import Readout
from readoutdiff.model.places import place, told
from readoutdiff.render import jsontext
from readoutdiff.render.escape import shown_line, shown_path

SCHEMA = "readoutdiff-formulas/1"


def render_listing_text(readout: Readout, occurrences: Sequence[Occurrence]) -> str:
    """Return one line per occurrence: where (its line, and on a line of several sentences which
    one: :mod:`readoutdiff.model.places`; its column too when the sentence says the wording twice),
    source, id and the wording as written.

    >>> from readoutdiff.formulas import find_formulas
    >>> from readoutdiff.ingest import from_text
    >>> r = from_text("Both sides uphold true multilateralism.", path="r.txt")
    >>> print(render_listing_text(r, find_formulas(r)), end="")
    r.txt: 1 formula
      line 1  builtin  true-multilateralism  “true multilateralism”
    """
    plural = "" if len(occurrences) == 1 else "s"
    out = [f"{shown_path(readout.path)}: {len(occurrences)} formula{plural}"]
    places = [place(readout, item.span) for item in occurrences]
    rows = [
        f"{told(at)}  {item.source.value}  {item.id}  “{inner(one_line(item.text))}”"
        for at, item in zip(places, occurrences, strict=True)
    ]
    repeated = {row for row, times in Counter(rows).items() if times > 1}
    out.extend(
        f"  {told(at)}, column {at.column}{row[len(told(at)) :]}" if row in repeated else f"  {row}"
        for at, row in zip(places, rows, strict=True)
    )  # a wording said twice in one sentence: its column tells the two apart
    return "\n".join(shown_line(line) for line in out) + "\n"


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
