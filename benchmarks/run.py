"""The benchmark table of the performance issue: each figure, its floor measured in
the same run, and their ratio (median, min and max over several runs).

Floors are the simplest program doing the same job with the same libraries. Every
process-level figure runs a fresh interpreter, like a patient starting the app.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import workloads

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
# A common desktop screen. Qt's offscreen screen is 800 x 800 by default, where the
# window puts its form and its chart in separate tabs and the chart is never painted.
SCREEN = {"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}

BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "app = QApplication([]); w = QLabel('Relief Diary'); w.show(); app.processEvents()\n"
    "print('ready', flush=True)\n"
)
BARE_CHART = (
    "from PySide6.QtWidgets import QApplication\n"
    "import numpy as np, pyqtgraph as pg\n"
    "app = QApplication([]); w = pg.PlotWidget(axisItems={'bottom': pg.DateAxisItem()})\n"
    "x = np.arange(365) * 86400.0 + 1.7e9\n"
    "for i in range(3): w.plot(x, np.random.default_rng(i).integers(0, 11, 365))\n"
    "w.resize(1100, 500); w.show(); app.processEvents(); w.repaint()\n"
    "print('chart', flush=True)\n"
)
IMPORTS_ONLY = "import sqlite3, numpy"


def _process(args: list[str], env: dict | None = None, marker: str | None = None):
    """Wall time until ``marker`` is printed (or exit), and the peak RSS in MiB."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env or ENV, cwd=ROOT, text=True
    )
    elapsed = None
    for line in proc.stdout:
        if marker and line.strip() == marker and elapsed is None:
            elapsed = time.perf_counter() - start
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if elapsed is None:
        elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{args} exited with {proc.returncode}")
    rss = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    return elapsed, rss


def _python(code: str, marker: str | None = None):
    return _process([sys.executable, "-c", code], marker=marker)


def patient_home(home: Path, db: Path) -> dict:
    """An environment whose user folders hold a copy of ``db`` as the default diary
    (and no settings), so the app is started as from the desktop: no arguments."""
    env = {
        **ENV,
        "HOME": str(home),
        "USERPROFILE": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "APPDATA": str(home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
    }
    where = subprocess.run(
        [sys.executable, "-c", "from diary.paths import default_diary; print(default_diary())"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(where).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    shutil.copyfile(db, where)
    return env


def _app(home: dict, mode: str):
    env = {**home, "RELIEF_DIARY_BENCH": mode}
    return _process([sys.executable, "-m", "diary"], env=env, marker=mode)


def use_screen(folder: Path) -> None:
    """Every Qt process of the run (ours and the floors) gets the same 1920 x 1080 screen."""
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [SCREEN]}))
    ENV["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def byte_compile() -> None:
    """Compile the app's modules before timing, as pip does when it installs the app
    and as Python does at its first start. In an environment with
    PYTHONDONTWRITEBYTECODE set (the one these figures were first taken in was), every
    start would otherwise compile ~60 modules from source: 21 ms of start-up and
    14 ms of `status` (9 launches each, a compiled checkout against a copy without
    bytecode) that no installed copy pays. The floors' libraries are compiled
    already, in site-packages."""
    compileall.compile_dir(ROOT / "diary", quiet=1)


def _stats(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


class Table:
    def __init__(self):
        self.rows = []

    def add(
        self,
        name: str,
        unit: str,
        ours: list[float],
        floor: list[float] | None,
        floor_name: str,
        target: str,
        limit: float | None,
    ) -> None:
        """``limit`` None: a reference row, measured but with no target."""
        om = _stats(ours)
        if limit is None:
            fm = _stats(floor)
            ratio = statistics.median([o / f for o, f in zip(ours, floor, strict=False)])
            verdict = "(reference)"
        elif floor:
            fm = _stats(floor)
            ratios = [o / f for o, f in zip(ours, floor, strict=False)]
            ratio = statistics.median(ratios)
            verdict = "met" if ratio <= limit else "NOT MET"
        else:
            fm, ratio = None, om[0] / limit
            verdict = "met" if om[0] <= limit else "NOT MET"
        self.rows.append((name, unit, om, floor_name, fm, ratio, target, verdict))

    def print(self) -> None:
        head = (
            f"{'figure':<44} {'ours (median [min–max])':>26} "
            f"{'floor (median)':>24} {'ratio':>6}  target   result"
        )
        print(head)
        print("-" * len(head))
        for name, unit, om, fname, fm, ratio, target, verdict in self.rows:
            ours = f"{om[0]:.1f} [{om[1]:.1f}–{om[2]:.1f}] {unit}"
            floor = f"{fm[0]:.1f} {unit} {fname}" if fm else fname
            print(f"{name:<44} {ours:>26} {floor:>24} {ratio:>6.2f}  {target:<8} {verdict}")


def bench_startup(table: Table, home: dict, runs: int) -> None:
    ours, floor, plain = [], [], []
    plain_window = [sys.executable, str(ROOT / "benchmarks" / "plain_window.py")]
    for _ in range(runs):
        floor.append(_python(BARE_WINDOW, "ready")[0] * 1000)
        ours.append(_app(home, "ready")[0] * 1000)
        plain.append(_process(plain_window, marker="ready")[0] * 1000)
    table.add(
        "start-up: launch to window ready for typing",
        "ms",
        ours,
        floor,
        "(bare window)",
        "≤ 1.5×",
        1.5,
    )
    table.add(
        "  the same window in plain PySide6",
        "ms",
        plain,
        floor,
        "(bare window)",
        "—",
        None,
    )


def bench_chart(table: Table, home: dict, runs: int) -> None:
    ours, floor = [], []
    for _ in range(runs):
        floor.append(_python(BARE_CHART, "chart")[0] * 1000)
        ours.append(_app(home, "chart")[0] * 1000)
    table.add("chart shown, 1 year of entries", "ms", ours, floor, "(bare plot)", "≤ 1.2×", 1.2)


def bench_memory(table: Table, home: dict, runs: int) -> None:
    ours, floor = [], []
    for _ in range(runs):
        floor.append(_python(BARE_CHART, "chart")[1])
        ours.append(_app(home, "chart")[1])
    table.add("peak memory, 20 years of entries", "MiB", ours, floor, "(bare plot)", "≤ 1.3×", 1.3)


def bench_status(table: Table, db: Path, runs: int) -> None:
    ours, floor = [], []
    args = [sys.executable, "-m", "diary", "status", "--json", "--db", str(db)]
    for _ in range(runs):
        floor.append(_python(IMPORTS_ONLY)[0] * 1000)
        ours.append(_process(args)[0] * 1000)
    table.add("`relief-diary status`, 20 years", "ms", ours, floor, "(import only)", "≤ 1.5×", 1.5)


def bench_save(table: Table, tmp: Path, runs: int, saves: int) -> None:

    from diary.core.records import Entry
    from diary.store import DiaryStore

    ours, floor = [], []
    for r in range(runs):
        raw = sqlite3.connect(tmp / f"raw{r}.sqlite3", isolation_level=None)
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("PRAGMA synchronous = FULL")
        raw.execute(
            "CREATE TABLE entry (day TEXT, time TEXT, pain INT, numbness INT, "
            "soreness INT, note TEXT)"
        )
        store = DiaryStore.open(tmp / f"ours{r}.sqlite3")
        day = dt.date(2026, 1, 1)
        t0 = time.perf_counter()
        for _ in range(saves):
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(
                "INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?)", ("2026-01-01", "08:00", 7, 3, 2, "")
            )
            raw.execute("COMMIT")
        t1 = time.perf_counter()
        for _ in range(saves):
            store.add_entry(Entry(day, "08:00", 7, 3, 2, ""))
        t2 = time.perf_counter()
        floor.append((t1 - t0) / saves * 1000)
        ours.append((t2 - t1) / saves * 1000)
        raw.close()
        store.close()
    table.add(
        "saving one entry (committed, durable)", "ms", ours, floor, "(raw sqlite3)", "≤ 1.5×", 1.5
    )


def bench_redraw(table: Table, runs: int, days: int, many: int) -> None:
    """Repaint of the chart with 20 years, and pan/zoom with 100,000 entries, timed
    in a child process (benchmarks/redraw.py); the floor is one frame at 60 Hz."""
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.redraw", str(runs), str(days), str(many)],
        capture_output=True,
        text=True,
        env=ENV,
        cwd=ROOT,
        check=True,
    ).stdout
    result = json.loads(out.strip().splitlines()[-1])
    frame = 1000 / 60
    table.add(
        f"redraw, {days / 365:.0f} years of daily entries",
        "ms",
        result["redraw"],
        None,
        "1 frame (16.7 ms)",
        "≤ 1 frame",
        frame,
    )
    table.add(
        f"pan/zoom, {result['entries']:,} entries",
        "ms",
        result["pan"],
        None,
        "1 frame (16.7 ms)",
        "≤ 1 frame",
        frame,
    )


def bench_report(table: Table, db1: Path, db20: Path, runs: int, tmp: Path) -> None:
    """`relief-diary report` end to end, every entry in the appendix."""
    for label, db, days, limit in (("1 year", db1, 365, 1000.0), ("20 years", db20, 7300, 2000.0)):
        start = workloads.END - dt.timedelta(days=days - 1)
        args = [
            sys.executable,
            "-m",
            "diary",
            "report",
            str(tmp / f"r-{days}.pdf"),
            "--from",
            start.isoformat(),
            "--to",
            workloads.END.isoformat(),
            "--db",
            str(db),
            "--force",  # every run after the first replaces the same file
        ]
        times = [_process(args)[0] * 1000 for _ in range(runs)]
        table.add(
            f"report PDF, {label} (every entry)",
            "ms",
            times,
            None,
            "—",
            f"≤ {limit / 1000:.0f} s",
            limit,
        )


def bench_analysis(table: Table, runs: int, days: int) -> None:
    from diary.core.daily import day_means
    from diary.core.relief import analyse

    e20 = workloads.entries(days)
    p20 = workloads.procedures(days)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        analyse(day_means(e20), p20, workloads.END)
        times.append((time.perf_counter() - t0) * 1000)
    table.add(
        f"relief analysis, {days / 365:.0f} years (in process)",
        "ms",
        times,
        None,
        "—",
        "≤ 50 ms",
        50,
    )


def bench_entry_files(table: Table, runs: int, days: int) -> None:
    """Export and import of every entry: the CSV as the diary writes it and as a
    UK spreadsheet saves it back (semicolons, 13/09/2026, 08:30:00), and .xlsx."""
    import re

    from diary.exports.csv_format import export_csv, parse_csv
    from diary.exports.xlsx_format import export_xlsx, parse_xlsx

    entries = workloads.entries(days)
    csv_data = export_csv(entries)
    local = re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", csv_data.decode("utf-8-sig"))
    local = re.sub(r";(\d{2}):(\d{2});", r";\1:\2:00;", local.replace(",", ";")).encode()
    xlsx_data = export_xlsx(entries)
    years = f"{days / 365:.0f} years"
    for name, work, target in (
        (f"CSV export, {years}", lambda: export_csv(entries), 500),
        (f"CSV import, {years}", lambda: parse_csv(csv_data), 500),
        (f"CSV import, dd/mm/yyyy, {years}", lambda: parse_csv(local), 500),
        (f"xlsx export, {years}", lambda: export_xlsx(entries), 2000),
        (f"xlsx import, {years}", lambda: parse_xlsx(xlsx_data), 2000),
    ):
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            result = work()
            times.append((time.perf_counter() - t0) * 1000)
            assert not getattr(result, "problems", None)
        table.add(f"{name} (in process)", "ms", times, None, "—", f"≤ {target} ms", target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--quick", action="store_true", help="tiny inputs and one run: checks the script works"
    )
    args = parser.parse_args(argv)
    runs = 1 if args.quick else args.runs
    year, twenty = (30, 90) if args.quick else (365, 7300)
    many = 2000 if args.quick else 100_000
    saves = 5 if args.quick else 200
    print(
        f"Relief Diary benchmarks: {runs} run(s); Python {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}"
    )
    byte_compile()
    table = Table()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        use_screen(tmp)
        db1 = workloads.make_diary(tmp / "year.sqlite3", year)
        db20 = workloads.make_diary(tmp / "twenty.sqlite3", twenty)
        home1 = patient_home(tmp / "home1", db1)
        home20 = patient_home(tmp / "home20", db20)
        bench_startup(table, home1, runs)
        bench_chart(table, home1, runs)
        bench_save(table, tmp, runs, saves)
        bench_redraw(table, runs, twenty, many)
        bench_status(table, db20, runs)
        bench_analysis(table, runs, twenty)
        bench_entry_files(table, runs, twenty)
        bench_report(table, db1, db20, runs, tmp)
        bench_memory(table, home20, runs)
    table.print()
    return 0
