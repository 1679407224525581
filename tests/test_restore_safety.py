"""Issue 12, failure 1: restoring a backup made earlier today, colliding backup
names, the before-restore backup, and the window's Restore… never raising."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from diary.cli import main
from diary.core.records import Entry
from diary.qt import file_actions
from diary.qt.session import DiarySession
from diary.store import DiaryStore
from diary.store.backup import automatic_backup, list_backups

DAY = dt.date(2026, 3, 1)


def make(path: Path, n: int) -> Path:
    with DiaryStore.open(path) as s:
        s.add_entries([Entry(DAY + dt.timedelta(days=i), None, i % 11) for i in range(n)])
    return path


def test_restoring_a_backup_made_earlier_today_keeps_it(tmp_path, capsys):
    diary = make(tmp_path / "d.sqlite3", 3)
    early = dt.datetime.now().replace(hour=0, minute=0, second=1, microsecond=0)
    with DiaryStore.open(diary) as s:
        morning = automatic_backup(s._conn, diary, "daily", early)
        s.add_entries([Entry(DAY, None, 9, note="a mistake")] * 4)
    code = main(["restore", str(morning.path), "--db", str(diary)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Restored 3 entries" in out
    assert morning.path.exists()  # never pruned by its own restore
    with DiaryStore.open(diary) as s:
        assert s.count_entries() == 3
    [before] = [b for b in list_backups(diary) if b.reason == "before-restore"]
    assert str(before.path) in out  # named, so the patient can undo the restore
    assert main(["restore", str(before.path), "--db", str(diary)]) == 0  # the undo
    with DiaryStore.open(diary) as s:
        assert s.count_entries() == 7


def test_backups_made_in_the_same_second_do_not_collide(tmp_path):
    diary = make(tmp_path / "d.sqlite3", 3)
    now = dt.datetime(2026, 11, 21, 9, 30, 15)
    with DiaryStore.open(diary) as s:
        first = automatic_backup(s._conn, diary, "manual", now)
        s.add_entry(Entry(DAY, None, 1))
        second = automatic_backup(s._conn, diary, "manual", now)
    assert first.path != second.path
    assert first.path.exists() and second.path.exists()
    assert len(list_backups(diary)) == 2


def test_every_backup_made_today_survives_pruning(tmp_path):
    diary = make(tmp_path / "d.sqlite3", 2)
    midnight = dt.datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)
    with DiaryStore.open(diary) as s:
        made = [
            automatic_backup(s._conn, diary, "manual", midnight + dt.timedelta(seconds=i))
            for i in range(1, 5)
        ]
    assert all(b.path.exists() for b in made)


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def window(qtbot, tmp_path):
    """A diary of 3 entries open as the window has it: (session, parent widget)."""
    store = DiaryStore.open(make(tmp_path / "d.sqlite3", 3))
    parent = QWidget()
    qtbot.addWidget(parent)
    yield DiarySession(store), parent
    store.close()


def test_window_restore_of_todays_backup(window, boxes):
    session, parent = window
    store = session.store
    early = dt.datetime.now().replace(hour=0, minute=0, second=1, microsecond=0)
    morning = automatic_backup(store._conn, store.path, "daily", early)
    session.add_entry(Entry(DAY, None, 9, note="a mistake"))
    assert file_actions.restore_backup(session, parent, str(morning.path))
    assert len(session.entries()) == 3 and morning.path.exists()
    assert any("before-restore" in text for text in boxes)  # how to undo it


def test_window_restore_never_raises(window, tmp_path, boxes, monkeypatch):
    session, parent = window
    good = session.store.backup("manual", tmp_path / "good.sqlite3")

    def answer_then_vanish(*_a):
        good.path.unlink()  # another program removes it while the question is open
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_then_vanish)
    assert file_actions.restore_backup(session, parent, str(good.path)) is False
    assert boxes and "good.sqlite3" in boxes[-1]
    assert session.store.count_entries() == 3


@pytest.mark.skipif(os.name != "posix", reason="process ids")
def test_copies_left_by_a_killed_restore_are_removed(tmp_path, capsys):
    """A restore or backup killed mid-way leaves a temporary copy of the diary;
    the next one removes it (never one whose process still runs)."""
    diary = make(tmp_path / "d.sqlite3", 3)
    good = tmp_path / "good.sqlite3"
    with DiaryStore.open(diary) as s:
        s.backup("manual", good)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    pid = int(dead.stdout)
    left = [
        tmp_path / f"..d.sqlite3.restore-{pid}.part-{pid}",
        tmp_path / f".d.sqlite3.restore-{pid}",
        tmp_path / "d-backups" / f".d-20260101T000000-daily.sqlite3.part-{pid}",
    ]
    alive = tmp_path / f".d.sqlite3.restore-{os.getppid()}"
    for p in [*left, alive]:
        p.parent.mkdir(exist_ok=True)
        p.write_bytes(b"a copy of the diary")
    assert main(["restore", str(good), "--db", str(diary)]) == 0
    assert not any(p.exists() for p in left) and alive.exists()
