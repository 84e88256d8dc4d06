"""Build ``src/readoutdiff/data/background_formulas.tsv``: each background phrase (the three
``data/background*.tsv``) that holds the wording of exactly one formula of the built-in lexicon
(``data/formulas.toml``), and that formula's id.

A comparison that meets a background phrase asks which lexicon formula it holds
(``told_once.formula_in``, branch dup7: the phrase is then told under the formula's id). Read
afresh, that folded the lexicon's 1,352 wordings in every process and tried them on each phrase
met (some 7 M instructions at 500 KB, a first use a process); for the built-in lexicon the
answer depends on the data files only, so it is read from this table (branch sp88). A user's
lexicon file is still read afresh. Rebuild after any change to ``formulas.toml`` or to a
background file: ``tests/test_background_holding.py`` fails until the table is the build.

    .venv/bin/python benchmarks/build_background_formulas.py [--check]

``--check``: write nothing, exit 1 unless the file is the build.
"""

from __future__ import annotations

import argparse
import sys

from readoutdiff.formulas.entries.told_once import formulas_held
from readoutdiff.formulas.lexicon import background
from readoutdiff.formulas.lexicon import lexicon as lexicons

HEADER = (
    "# Background phrases holding the wording of exactly one formula of the built-in lexicon"
    " (told_once.formula_in):\n"
    "# built by benchmarks/build_background_formulas.py from data/background*.tsv and"
    " data/formulas.toml; rebuild after changing either.\n"
    "# language\tphrase id\tformula id\n"
)


def build() -> str:
    """The table's text for the data files as they are."""
    lexicon = lexicons.builtin()
    rows = [
        f"{language}\t{phrase}\t{formula}\n"
        for language in ("en", "ru", "zh")
        for phrase, formula in sorted(formulas_held(lexicon, language).items())
    ]
    return HEADER + "".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 unless the file is the build")
    args = parser.parse_args()
    text = build()
    if args.check:
        same = background.HELD.exists() and background.HELD.read_text("utf-8") == text
        print("same" if same else f"differs: rebuild {background.HELD}")
        sys.exit(0 if same else 1)
    background.HELD.write_text(text, encoding="utf-8")
    print(f"{background.HELD}: {text.count(chr(10)) - HEADER.count(chr(10))} phrases")


if __name__ == "__main__":
    main()
