"""Kill the writing process with SIGKILL at random moments: no committed entry is
ever lost and the diary always passes integrity_check.

RELIEF_DIARY_KILLS sets how many kills of the entry writer (default 200).
"""

import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diary.core.records import Entry
from diary.store import DiaryStore

WORKER = Path(__file__).with_name("crash_worker.py")
KILLS = int(os.environ.get("RELIEF_DIARY_KILLS", "200"))
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def run_and_kill(args, delay, wait_for=None):
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), *map(str, args)], stdout=subprocess.PIPE, text=True
    )
    lines = []
    if wait_for:  # let it get going first, then kill at a random moment
        for line in proc.stdout:
            lines.append(line.strip())
            if line.strip() == wait_for:
                break
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    lines += out.split()
    return lines


def integrity(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def ids(path) -> set[int]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM entry")}
    finally:
        conn.close()


def test_kill_while_saving_loses_nothing_committed(tmp_path):
    diary = tmp_path / "d.sqlite3"
    DiaryStore.open(diary).close()
    rng = random.Random(1)
    committed: set[int] = set()
    for _ in range(KILLS):
        lines = run_and_kill(["add", diary], rng.uniform(0.0, 0.12), wait_for=None)
        committed |= {int(x) for x in lines if x.isdigit()}
        assert integrity(diary) == "ok"
    present = ids(diary)
    assert committed <= present, f"lost {len(committed - present)} committed entries"
    assert len(committed) > KILLS  # the writer did get work done between kills
    print(f"\n{KILLS} kills survived; {len(committed)} committed entries all present")


def test_kill_during_import_is_all_or_nothing(tmp_path):
    diary = tmp_path / "d.sqlite3"
    with DiaryStore.open(diary) as s:
        s.add_entry(Entry(dt.date(2026, 1, 1), None, 1))
    rng = random.Random(2)
    outcomes = []
    for run in range(25):
        run_and_kill(["import", diary, run], rng.uniform(0.0, 0.08), wait_for="start")
        assert integrity(diary) == "ok"
        n = len(ids(diary))
        assert (n - 1) % 500 == 0, n  # the import is all there or not at all
        outcomes.append(n)
    added = sum(1 for a, b in zip([1, *outcomes], outcomes, strict=False) if b > a)
    print(f"\n25 import kills: {added} imports completed, {25 - added} left no trace")


def test_kill_during_backup_restore_and_migration(tmp_path):
    diary = tmp_path / "d.sqlite3"
    with DiaryStore.open(diary) as s:
        s.add_entries(
            [Entry(dt.date(2026, 1, 1), None, i % 11, note="x" * 300) for i in range(2000)]
        )
    good = tmp_path / "good.sqlite3"
    with DiaryStore.open(diary) as s:
        s.backup("manual", good)
    rng = random.Random(3)
    for _ in range(15):
        run_and_kill(["backup", diary, tmp_path / "b.sqlite3"], rng.uniform(0, 0.05), "start")
        assert integrity(diary) == "ok" and len(ids(diary)) == 2000
        if (tmp_path / "b.sqlite3").exists():  # a backup in place is always complete
            assert integrity(tmp_path / "b.sqlite3") == "ok"
            assert len(ids(tmp_path / "b.sqlite3")) == 2000
    for _ in range(15):
        run_and_kill(["restore", diary, good], rng.uniform(0, 0.08), "start")
        assert integrity(diary) == "ok" and len(ids(diary)) == 2000
    fixture = Path(__file__).parent / "fixtures" / "schema_v1.sqlite3"
    for _ in range(15):
        old = tmp_path / "old.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{old}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(fixture, old)
        run_and_kill(["migrate", old], rng.uniform(0, 0.04), "start")
        assert integrity(old) == "ok" and len(ids(old)) == 30
        with DiaryStore.open(old) as s:  # and it finishes migrating next time
            assert s.count_entries() == 30
