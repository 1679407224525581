"""The benchmark script runs on tiny inputs and prints every row (no timings judged)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_benchmark_script_runs_and_prints_every_row():
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=True,
    ).stdout
    for row in (
        "start-up",
        "the same window in plain PySide6",
        "chart shown",
        "saving one entry",
        "redraw",
        "pan/zoom",
        "`relief-diary status`",
        "relief analysis",
        "report PDF, 1 year",
        "report PDF, 20 years",
        "peak memory",
    ):
        assert row in out, row
