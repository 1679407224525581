"""Opening the diary for the window: recovery offers, one copy per diary, a crash
check, the daily backup, the location warning, and privacy of what is written."""

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from diary.core.records import Entry
from diary.qt import file_actions, startup
from diary.qt.session import DiarySession
from diary.qt.single_instance import SingleInstance
from diary.store import DiaryStore
from diary.store.backup import list_backups

ROOT = Path(__file__).resolve().parents[1]
DAY = dt.date(2026, 3, 1)


def make(path, n=20):
    with DiaryStore.open(path) as s:
        s.add_entries([Entry(DAY, None, i % 11) for i in range(n)])
    return path


@pytest.fixture
def click(monkeypatch):
    """Answer message boxes: 'Restore the backup' if offered, else the default."""
    shown = []

    def exec_(box):
        shown.append(box.text())
        for b in box.buttons():
            if b.text() == "Restore the backup":
                box._clicked = b
                return 0
        box._clicked = None
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._clicked)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    return shown


def test_damaged_diary_offers_the_newest_good_backup(qapp, tmp_path, click):
    diary = make(tmp_path / "d.sqlite3", 20)
    with DiaryStore.open(diary) as s:
        s.backup("daily")
    raw = bytearray(diary.read_bytes())
    raw[:16] = b"x" * 16
    diary.write_bytes(bytes(raw))
    store = startup.open_for_window(diary)
    assert store is not None and store.count_entries() == 20
    store.close()
    assert "The newest good backup is from" in click[0] and "with 20 entries" in click[0]
    assert "Nothing in the file has been changed" in click[0]
    assert any(".damaged-" in p.name for p in tmp_path.iterdir())


def test_no_backup_means_no_restore_and_nothing_changed(qapp, tmp_path, click):
    diary = tmp_path / "d.sqlite3"
    diary.write_text("shopping list")
    assert startup.open_for_window(diary) is None
    assert "No backup of this diary was found" in click[0]
    assert diary.read_text() == "shopping list"


def test_newer_diary_is_refused(qapp, tmp_path, click):
    import sqlite3

    diary = make(tmp_path / "d.sqlite3")
    conn = sqlite3.connect(diary)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = diary.read_bytes()
    assert startup.open_for_window(diary) is None
    assert "newer version" in click[0]
    assert diary.read_bytes() == before


def test_one_copy_per_diary_and_the_second_raises_the_first(qtbot, tmp_path):
    diary = make(tmp_path / "d.sqlite3")
    first, second = SingleInstance(diary), SingleInstance(diary)
    assert first.acquire() and not first.was_stale
    first.listen()
    assert not second.acquire()
    with qtbot.waitSignal(first.raiseRequested, timeout=3000):
        assert second.ask_first_copy_to_raise()
    first.release()
    assert second.acquire()
    second.release()


LOCKER = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1]); lock.tryLock(100); print("locked", flush=True); time.sleep(60)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_stale_lock_from_a_crash_is_taken_over(qapp, tmp_path):
    diary = make(tmp_path / "d.sqlite3")
    proc = subprocess.Popen(
        [sys.executable, "-c", LOCKER, f"{diary}.lock"], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "locked"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    instance = SingleInstance(diary)
    assert instance.acquire() and instance.was_stale
    instance.release()


def test_daily_backup_once_a_day(qapp, tmp_path):
    diary = make(tmp_path / "d.sqlite3")
    with DiaryStore.open(diary) as s:
        assert startup.daily_backup(s, dt.date.today()) is None
        assert startup.daily_backup(s, dt.date.today()) is None
    assert [b.reason for b in list_backups(diary)] == ["daily"]


def test_location_warning_once(qapp, tmp_path, click):
    folder = tmp_path / "Dropbox" / "health"
    folder.mkdir(parents=True)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    with DiaryStore.open(folder / "d.sqlite3") as s:
        assert startup.warn_about_location(s, settings, None)
        assert not startup.warn_about_location(s, settings, None)
    assert "synchronised" in click[0] and len(click) == 1


def test_back_up_now_and_restore_in_the_window(qtbot, tmp_path, monkeypatch, click):
    diary = make(tmp_path / "d.sqlite3", 5)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: click.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    store = DiaryStore.open(diary)
    session = DiarySession(store)
    parent = QMessageBox()
    qtbot.addWidget(parent)
    target = tmp_path / "usb" / "copy.sqlite3"
    target.parent.mkdir()
    assert file_actions.backup_now(session, parent, str(target))
    session.add_entry(Entry(DAY, None, 9, note="later"))
    assert len(session.entries()) == 6
    assert file_actions.restore_backup(session, parent, str(target))
    assert len(session.entries()) == 5 and session.undo_stack.count() == 0
    store.close()


MARKER = "ZQX-private-7781"


def test_no_health_data_outside_the_diary_and_its_backups(qtbot, tmp_path, _private_home, capsys):
    """Entries with a unique marker, then every file written under HOME and the temp
    folder (apart from the diary and its backups) is searched for it."""
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    env = {
        **os.environ,
        "TMPDIR": str(tmpdir),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    csv = tmp_path / "in.csv"
    csv.write_text(f"date,time,pain,numbness,soreness,note\r\n2026-03-01,,5,,,{MARKER}\r\n")
    for args in (
        ["import", str(csv)],
        ["status"],
        ["backup"],
        ["check"],
        ["report", str(tmp_path / "r.pdf")],
        ["chart", str(tmp_path / "c.png")],
    ):
        out = subprocess.run(
            [sys.executable, "-m", "diary", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert MARKER not in out.stdout + out.stderr
    # The window, briefly, on the same diary.
    out = subprocess.run(
        [sys.executable, "-m", "diary"],
        env={**env, "RELIEF_DIARY_BENCH": "chart"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert MARKER not in out.stdout + out.stderr
    data_dir = _private_home / "data" / "ReliefDiary" / "relief-diary"
    # The window in this process, with its preferences under HOME: an entry with the
    # marker, a text size, the reminder's day and the window's geometry are written.
    from diary.qt.main_window import MainWindow

    settings = QSettings(str(_private_home / "config" / "prefs.ini"), QSettings.Format.IniFormat)
    store = DiaryStore.open(data_dir / "diary.sqlite3")
    window = MainWindow(DiarySession(store), settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.form.note.setPlainText(f"{MARKER} in the window")
    window.form.pad.set_values({"pain": 4})
    assert window.form.submit()
    window.set_text_scale(1.5)
    window.set_text_scale(1.0)
    window.start_reminders()
    window.close()
    settings.sync()
    store.close()
    # Positive control: the marker is in the diary (an export, kept outside the search).
    export = tmp_path / "control.csv"
    subprocess.run(
        [sys.executable, "-m", "diary", "export", str(export)],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert export.read_text(encoding="utf-8").count(MARKER) == 2
    allowed = {data_dir / "diary.sqlite3", data_dir / "diary.sqlite3-wal"}
    checked = 0
    for root in (_private_home, tmpdir):
        for path in root.rglob("*"):
            if not path.is_file() or path in allowed or path.parent == data_dir / "diary-backups":
                continue
            checked += 1
            assert MARKER.encode() not in path.read_bytes(), path
    assert checked >= 1  # the preferences file, at least
    print(f"\n{checked} other files written by the app searched for the marker")
    for path in data_dir.rglob("*"):
        if path.is_file() and os.name == "posix":
            assert oct(path.stat().st_mode & 0o777) == "0o600", path


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_a_second_copy_of_the_app_brings_the_first_forward(tmp_path):
    diary = make(tmp_path / "d.sqlite3")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    first = subprocess.Popen(
        [sys.executable, "-m", "diary", "--db", str(diary)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while not Path(f"{diary}.lock").exists():
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.05)
        second = subprocess.run(
            [sys.executable, "-m", "diary", "--db", str(diary)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0
        assert "already open" in second.stdout and "brought forward" in second.stdout
        assert first.poll() is None  # the first copy carries on
    finally:
        first.terminate()
        first.wait(timeout=30)
