"""`series` and `check DIR` take the same files from a folder."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.check import readout_files as check_files
from readoutdiff.readout_paths import readout_files


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
    files, skipped = readout_files(tmp_path)
    assert [Path(name).name for name in files] == ["2021-06-28.txt", "2021-12-15.html"]
    assert sorted(Path(item.path).name for item in skipped) == [
        "README.md",
        "photo.png",
        "report.html",
    ]
    assert [Path(name).name for name in check_files(tmp_path)] == [
        Path(name).name for name in files
    ]
