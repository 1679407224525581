"""Issue 12, failure 5: one writer at a time. While the window has the diary open
the command line's writing commands wait, then refuse (reading commands run), and
the window never writes a stale row back over a change made outside it."""

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diary.cli import main
from diary.core.records import Entry
from diary.qt.session import DiarySession
from diary.store import DiaryStore, StoreError, writer

ROOT = Path(__file__).resolve().parents[1]
DAY = dt.date(2026, 3, 1)
BUSY = "the diary is open in Relief Diary: close it first"

HOLDER = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0); assert lock.tryLock(1000)
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
lock.unlock()
time.sleep(30)
"""


def make(path: Path, n: int = 3) -> Path:
    with DiaryStore.open(path) as s:
        s.add_entries([Entry(DAY + dt.timedelta(days=i), None, i) for i in range(n)])
    return path


def hold_lock(diary: Path, seconds: float) -> subprocess.Popen:
    """A process holding the diary's lock as the window's QLockFile does."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, f"{diary}.lock", str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_writing_commands_refuse_while_the_window_holds_the_diary(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(writer, "WRITER_WAIT_S", 0.5)
    diary = make(tmp_path / "d.sqlite3")
    good = tmp_path / "good.sqlite3"
    with DiaryStore.open(diary) as s:
        s.backup("manual", good)
    csv = tmp_path / "in.csv"
    csv.write_text("date,time,pain,numbness,soreness,note\r\n2026-04-01,,5,,,\r\n")
    proc = hold_lock(diary, 60)
    try:
        before = diary.read_bytes()
        for args in (
            ["import", str(csv)],
            ["restore", str(good)],
            ["procedure", "add", "--date", "2026-02-01"],
        ):
            code = main([*args, "--db", str(diary)])
            err = capsys.readouterr().err
            assert code == 1 and err == f"relief-diary: {BUSY}\n", (args, err)
        assert diary.read_bytes() == before
        for args in (
            ["status"],
            ["check"],
            ["procedure", "list"],
            ["export", str(tmp_path / "out.csv")],
            ["backup"],
        ):
            assert main([*args, "--db", str(diary)]) == 0, args
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()


def test_the_default_wait_is_three_seconds():
    assert writer.WRITER_WAIT_S == 3.0


def test_a_window_closing_within_the_wait_lets_the_command_run(tmp_path, capsys):
    diary = make(tmp_path / "d.sqlite3")
    proc = hold_lock(diary, 1.0)  # released after 1 s, within the 3 s wait
    try:
        assert main(["procedure", "add", "--date", "2026-02-01", "--db", str(diary)]) == 0
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_lock_left_by_a_crashed_window_does_not_block(tmp_path):
    diary = make(tmp_path / "d.sqlite3")
    proc = hold_lock(diary, 60)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert Path(f"{diary}.lock").exists()
    assert main(["procedure", "add", "--date", "2026-02-01", "--db", str(diary)]) == 0


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_a_real_window_process_keeps_the_command_line_from_writing(tmp_path):
    diary = make(tmp_path / "d.sqlite3")
    good = tmp_path / "good.sqlite3"
    with DiaryStore.open(diary) as s:
        s.backup("manual", good)
        s.add_entry(Entry(DAY, None, 9, note="only in the diary"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    window = subprocess.Popen(
        [sys.executable, "-m", "diary", "--db", str(diary)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not writer.window_has_diary(diary):
            assert time.monotonic() < deadline and window.poll() is None
            time.sleep(0.05)

        def cli(*args):
            return subprocess.run(
                [sys.executable, "-m", "diary", *args, "--db", str(diary)],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )

        refused = cli("restore", str(good))
        assert refused.returncode == 1 and BUSY in refused.stderr
        assert cli("status").returncode == 0
    finally:
        window.terminate()
        window.wait(timeout=30)
    with DiaryStore.open(diary) as s:
        assert s.count_entries() == 4  # the entry only in the diary is still there


@pytest.fixture
def session(qapp, tmp_path):
    store = DiaryStore.open(make(tmp_path / "d.sqlite3"))
    yield DiarySession(store)
    store.close()


def test_an_edit_on_stale_rows_is_refused_and_reloaded(session):
    first = session.entries()[0]  # what the window displays
    with DiaryStore.open(session.store.path) as outside:  # e.g. a restore elsewhere
        outside.update_entry(first.replace(note="changed outside"))
    with pytest.raises(StoreError, match="changed outside"):
        session.update_entry(first.replace(pain=9))
    assert session.store.entry(first.id).note == "changed outside"
    assert session.entries()[0].note == "changed outside"  # reloaded
    fresh = session.entries()[0]
    session.update_entry(fresh.replace(pain=9))  # on fresh rows: saved
    assert session.store.entry(first.id).pain == 9


def test_undo_after_an_outside_change_deletes_nothing(session):
    failed = []
    session.failed.connect(failed.append)
    added = session.add_entry(Entry(DAY, None, 7, note="mine"))
    with DiaryStore.open(session.store.path) as outside:
        outside.delete_entry(added.id)
        again = outside.add_entry(Entry(DAY, None, 1, note="new outside"))
    assert again.id == added.id  # SQLite reuses the id: a stale undo would delete it
    session.undo_stack.undo()
    assert failed and "changed outside" in failed[0]
    assert session.store.entry(added.id).note == "new outside"


def test_deleting_a_stale_row_is_refused(session):
    second = session.entries()[1]
    with DiaryStore.open(session.store.path) as outside:
        outside.update_entry(second.replace(note="kept"))
    with pytest.raises(StoreError, match="changed outside"):
        session.delete_entry(second.id)
    assert session.store.entry(second.id).note == "kept"


def test_a_symlinked_diary_is_the_same_diary(tmp_path, capsys, monkeypatch, qapp):
    """F6: --db through a symlink looked for ALIAS.lock and ALIAS-backups, so it
    wrote while the window was open and kept its backups where no one looks."""
    from diary.qt import single_instance
    from diary.qt.app import run_app
    from diary.store.backup import backup_dir, list_backups

    monkeypatch.setattr(writer, "WRITER_WAIT_S", 0.5)
    diary = make(tmp_path / "d.sqlite3")
    alias = tmp_path / "alias.sqlite3"
    alias.symlink_to(diary)
    csv = tmp_path / "in.csv"
    csv.write_text("date,time,pain,numbness,soreness,note\r\n2026-04-01,,5,,,\r\n")
    proc = hold_lock(diary, 60)
    try:
        assert main(["import", str(csv), "--db", str(alias)]) == 1
        assert capsys.readouterr().err == f"relief-diary: {BUSY}\n"
        assert main(["backup", "--db", str(alias)]) == 0
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()
    assert [b.path.parent for b in list_backups(diary)] == [backup_dir(diary)]
    assert not backup_dir(alias).exists()

    seen = []

    class Instance:
        def __init__(self, path):
            seen.append(path)

        def acquire(self):
            return False

        def ask_first_copy_to_raise(self):
            return True

    monkeypatch.setattr(single_instance, "SingleInstance", Instance)
    assert run_app(db=alias) == 0
    assert seen == [diary]
