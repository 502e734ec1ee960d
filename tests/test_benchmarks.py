"""A smoke run of the benchmark harness: every figure is measured and printed with its baseline."""

import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).parent.parent / "benchmarks" / "run.py"


@pytest.mark.slow
def test_the_harness_prints_every_figure_with_its_baseline(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            str(HARNESS),
            "--sizes",
            "1000",
            "--repeat",
            "1",
            "--cold-repeat",
            "1",
            "--work",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    rows = [line.split(" | ") for line in result.stdout.splitlines() if line.startswith("| ")][1:]
    names = [row[0].lstrip("| ") for row in rows]
    assert [n.split(",")[0] for n in names] == [
        "warm targets --format json",
        "warm map --leader xi",
        "warm report --leader xi",
        "cold build",
        "cold build peak memory",
        "warm agreements --country peru",
        "warm query peak memory",
        "query after editing 1 of 96 files",
        "first timeline after a change (computed and kept)",
        *[n.split(",")[0] for n in names if n.startswith("timeline --leader ")][:1],
        *[n.split(",")[0] for n in names if n.startswith("warm agreements --leader ")][:1],
        "warm countries",
        "warm sources",
        "warm timeline (every dated record)",
        "50 rows (trips --year 2016) as JSON to a pipe",
        "50 rows as TSV to a pipe",
        "warm map of every leg",
        "cold build",
    ]
    assert any(n.startswith("timeline --leader ") for n in names)
    assert any(n.startswith("warm agreements --leader ") for n in names)
    assert "cold build, 1k trips, wordy shape" in names
    ratios = {row[0].lstrip("| "): row[3] for row in rows}
    assert float(ratios["cold build, 1k trips"]) > 0
    assert float(ratios["query after editing 1 of 96 files, 1k"]) > 0
    assert "Machine:" in result.stdout
