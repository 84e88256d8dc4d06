"""`series` and `check DIR` take the same files from a folder."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.check import readout_files as check_files
from readoutdiff.ingest.readout_paths import listed


def test_a_folder_gives_its_readouts_and_passes_over_readmes_reports_and_pictures(
    tmp_path: Path,
) -> None:
    (tmp_path / "2021-06-28.txt").write_text("The two sides met.", encoding="utf-8")
    (tmp_path / "2021-12-15.html").write_text("<html><p>They met.</p></html>", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Our readouts\n", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "report.html").write_text(
        '<html><head><meta name="generator" content="readoutdiff 0.1.0"></head></html>',
        encoding="utf-8",
    )
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    files, skipped = listed(tmp_path)
    assert [Path(name).name for name in files] == ["2021-06-28.txt", "2021-12-15.html"]
    assert sorted(Path(item.path).name for item in skipped) == [
        "README.md",
        "photo.png",
        "report.html",
    ]
    assert [Path(name).name for name in check_files(tmp_path)] == [
        Path(name).name for name in files
    ]


def test_a_real_series_folder_with_its_sources_list_gives_only_readouts() -> None:
    """eval/series/blinken-kuleba holds 21 State Department readouts, their SOURCES.md and the
    hand-written EXPECTED.toml; the SOURCES list was read as a 22nd readout."""
    folder = Path(__file__).resolve().parent.parent / "eval" / "series" / "blinken-kuleba"
    files, skipped = listed(folder)
    assert len(files) == 21 and all(name.endswith("__state.txt") for name in files)
    reasons = {Path(item.path).name: item.reason for item in skipped}
    assert reasons["SOURCES.md"] == "a SOURCES file describing the folder, not a readout"
    assert "EXPECTED.toml" in reasons


def test_each_file_passed_over_says_by_its_kind_why_and_our_reports_are_told_apart(
    tmp_path: Path,
) -> None:
    """A real series folder with a view readoutdiff wrote saved into it as Markdown and as text:
    the caller tells our own reports from the folder's other files by the skip's kind, not by
    comparing its reason's wording (which may be reworded)."""
    import shutil

    from readoutdiff.api import compare_files
    from readoutdiff.ingest.readout_paths import SkipKind
    from readoutdiff.render.markdown import render_markdown

    source = Path(__file__).resolve().parent.parent / "eval" / "series" / "blinken-kuleba"
    for path in sorted(source.iterdir())[:4]:
        shutil.copy(path, tmp_path / path.name)  # EXPECTED.toml, SOURCES.md, two readouts
    readouts = sorted(tmp_path.glob("*__state.txt"))
    comparison = compare_files(readouts[0], readouts[1])
    (tmp_path / "report.md").write_text(render_markdown(comparison), encoding="utf-8")
    (tmp_path / "report.txt").write_text(render_markdown(comparison), encoding="utf-8")
    files, skipped = listed(tmp_path)
    assert [Path(name).name for name in files] == [path.name for path in readouts]
    kinds = {Path(item.path).name: item.kind for item in skipped}
    assert kinds == {
        "EXPECTED.toml": SkipKind.SETTINGS,
        "SOURCES.md": SkipKind.FOLDER_DOC,
        "report.md": SkipKind.OURS,
        "report.txt": SkipKind.OURS,
    }
