"""Whether two checkouts write the same bytes: a speed cut that claims "output byte-identical"
is checked here, not by hand.

Each tree (this one's ``src`` and ``--other``'s) runs in a process of its own and hashes:

* the JSON of every pair of ``eval/formulas/pairs`` and ``eval/outside/pairs`` (A and B as the
  pair file names them), made as the command line makes it (``load``, ``compare`` with
  ``run_options``' defaults, ``json_stream``);
* the command itself on the samples (``samples/``, the two readouts in order) in every format
  (``json``, ``markdown``, ``html``, ``text``);
* with ``--corpus SEEDS``, the command's JSON of ``bench_formulas.py``'s 500 KB corpus pair of
  each seed (``--size`` characters a side).

It prints each item whose bytes differ (and items only one tree made), then one line of
counts; the exit status is 1 when anything differs. Each tree has its own cache folder, so the
one's regex or lexicon cache never serves the other.

Run: ``python benchmarks/same_output.py --other /tmp/q/start38/src [--corpus 10,1,2]
[--limit N]`` (``--limit``: the first N pairs of each set, for a quick look).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = (ROOT / "eval" / "formulas", ROOT / "eval" / "outside")
FORMATS = ("json", "markdown", "html", "text")


def pair_files(roots: tuple[Path, ...] = PAIRS, limit: int = 0) -> list[tuple[str, Path, Path]]:
    """(name, A, B) of every pair file under ``roots``, sorted by name within each root (the
    first ``limit`` of each root, if given)."""
    out = []
    for root in roots:
        paths = sorted((root / "pairs").glob("*.toml"))
        for path in paths[:limit] if limit else paths:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            out.append((f"{root.name}/{path.stem}", root / data["a"], root / data["b"]))
    return out


def _digest(pieces: object) -> str:
    sha = hashlib.sha256()
    for piece in pieces:  # type: ignore[attr-defined]
        sha.update(piece.encode("utf-8"))
    return sha.hexdigest()


def worker(limit: int = 0) -> None:
    """In a tree's process: the hash of each eval pair's JSON, as JSON on standard output."""
    from readoutdiff.cli.shared import run_options
    from readoutdiff.compare import compare
    from readoutdiff.ingest import load
    from readoutdiff.render.jsonout import json_stream

    options = run_options(None, False, False)
    hashes = {}
    for name, a, b in pair_files(limit=limit):
        comparison = compare(load(str(a)), load(str(b)), options=options)
        hashes[name] = _digest(json_stream(comparison))
    sys.stdout.write(json.dumps(hashes))


def _command(paths: list[str], output: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "readoutdiff", *paths, "--format", output],
        capture_output=True, check=False, env=env,
    )  # fmt: skip
    return hashlib.sha256(done.stdout + b"\0" + str(done.returncode).encode()).hexdigest()


def hashes_of(
    src: str, folder: str, corpus: list[tuple[int, list[str]]], limit: int = 0
) -> dict[str, str]:
    """Every item's hash made by the tree whose ``src`` is given."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join((src, str(Path(__file__).resolve().parent)))
    env["READOUTDIFF_CACHE_DIR"] = str(
        Path(folder) / f"cache-{hashlib.sha1(src.encode()).hexdigest()[:8]}"
    )
    done = subprocess.run(
        [sys.executable, "-c", f"import same_output; same_output.worker({limit})"],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    hashes = json.loads(done.stdout)
    samples = [str(p) for p in sorted((ROOT / "samples").glob("*.txt"))]
    for output in FORMATS:
        hashes[f"samples --format {output}"] = _command(samples, output, env)
    for seed, paths in corpus:
        hashes[f"corpus seed {seed} --format json"] = _command(paths, "json", env)
    return hashes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--other", required=True, metavar="SRC", help="the other checkout's src")
    parser.add_argument("--corpus", default="", metavar="N,N,...", help="500 KB corpus seeds")
    parser.add_argument("--size", type=int, default=500_000, help="characters a side")
    parser.add_argument("--limit", type=int, default=0, help="first N pairs of each set only")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        corpus = []
        if args.corpus:
            import bench_formulas

            for seed in (int(s) for s in args.corpus.split(",")):
                seed_folder = Path(folder) / f"seed-{seed}"
                seed_folder.mkdir()
                corpus.append(
                    (seed, bench_formulas.corpus_files(str(seed_folder), args.size, seed))
                )
        ours = hashes_of(str(ROOT / "src"), folder, corpus, args.limit)
        theirs = hashes_of(args.other, folder, corpus, args.limit)
    differ = [name for name in ours if name in theirs and ours[name] != theirs[name]]
    alone = sorted(set(ours) ^ set(theirs))
    for name in differ:
        print(f"differs: {name}")
    for name in alone:
        print(f"one tree only: {name}")
    print(f"{len(ours) - len(differ) - len(alone)} items the same bytes, {len(differ)} differ, "
          f"{len(alone)} made by one tree only")  # fmt: skip
    return 1 if differ or alone else 0


if __name__ == "__main__":
    raise SystemExit(main())
