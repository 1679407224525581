"""Issue 12, failure 2: opening tells damage from a full disk, a read-only folder,
missing permission and another program's lock; only damage offers a backup, and a
damaged diary is never set aside before the restore has succeeded. The full-disk
and read-only cases run on a real tmpfs and a real read-only bind mount (root)."""

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from diary.cli import main
from diary.core.records import Entry
from diary.qt import startup
from diary.store import DamagedDiary, DiaryStore, StoreError
from tests.mounts import ROOT_ONLY, fill, read_only, tmpfs

DAY = dt.date(2026, 3, 1)


def make(path: Path, n: int = 20, backup: bool = True) -> Path:
    with DiaryStore.open(path) as s:
        s.add_entries([Entry(DAY, None, i % 11, note="x" * 200) for i in range(n)])
        if backup:
            s.backup("daily")
    return path


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answered: 'Restore the backup' whenever it is offered."""
    shown = []

    def exec_(box):
        shown.append(box.text())
        box._clicked = next((b for b in box.buttons() if b.text() == "Restore the backup"), None)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._clicked)
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a: shown.append(a[2]))
    return shown


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def assert_left_alone(diary: Path, before: dict[str, bytes], shown: list[str], word: str):
    assert shown and word in shown[0].lower(), shown
    assert not any("newest good backup" in text for text in shown)  # no restore offered
    assert files(diary.parent) == before
    assert not any(".damaged-" in p.name for p in diary.parent.iterdir())


@ROOT_ONLY
def test_full_disk_while_opening_is_not_damage(qapp, tmp_path, boxes, capsys):
    with tmpfs(tmp_path / "small", 320) as disk:
        diary = make(disk / "d.sqlite3")
        fill(disk)
        before = files(disk)
        with pytest.raises(StoreError) as info:
            DiaryStore.open(diary)
        assert not isinstance(info.value, DamagedDiary)
        assert "full" in str(info.value)
        assert main(["status", "--db", str(diary)]) == 1
        assert "full" in capsys.readouterr().err
        assert startup.open_for_window(diary) is None
        assert_left_alone(diary, before, boxes, "full")


def test_full_disk_while_opening_by_injection(qapp, tmp_path, boxes, monkeypatch):
    diary = make(tmp_path / "d.sqlite3")
    before = files(tmp_path)
    real = sqlite3.connect

    def full(*a, **k):
        if str(a[0]).startswith("file:") and "d.sqlite3" in str(a[0]):
            exc = sqlite3.OperationalError("disk I/O error")
            exc.sqlite_errorcode = 4874  # SQLITE_IOERR_SHMSIZE
            exc.sqlite_errorname = "SQLITE_IOERR_SHMSIZE"
            raise exc
        return real(*a, **k)

    monkeypatch.setattr(sqlite3, "connect", full)
    assert startup.open_for_window(diary) is None
    assert_left_alone(diary, before, boxes, "full")


@ROOT_ONLY
def test_read_only_folder_is_not_damage(qapp, tmp_path, boxes, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    diary = make(folder / "d.sqlite3")
    before = files(folder)
    with read_only(folder):
        assert startup.open_for_window(diary) is None
        assert_left_alone(diary, before, boxes, "read-only")
        assert main(["procedure", "add", "--date", "2026-01-05", "--db", str(diary)]) == 1
        assert "read-only" in capsys.readouterr().err


LOCKER = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA locking_mode = EXCLUSIVE")
c.execute("BEGIN EXCLUSIVE")
c.execute("DELETE FROM setting")
print("locked", flush=True)
time.sleep(30)
"""


def test_locked_by_another_program_is_not_damage(qapp, tmp_path, boxes):
    diary = make(tmp_path / "d.sqlite3")
    before = files(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(diary)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "locked"
        before = files(tmp_path)
        assert startup.open_for_window(diary) is None
        assert_left_alone(diary, before, boxes, "locked by another program")
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()


@ROOT_ONLY
def test_a_failed_restore_never_sets_the_damaged_diary_aside(qapp, tmp_path, boxes):
    with tmpfs(tmp_path / "small", 320) as disk:
        diary = make(disk / "d.sqlite3")
        raw = bytearray(diary.read_bytes())
        raw[:16] = b"x" * 16  # damaged: the header is gone
        diary.write_bytes(bytes(raw))
        fill(disk)
        before = files(disk)
        assert startup.open_for_window(diary) is None
        assert "newest good backup" in boxes[0]  # real damage: a backup is offered
        assert "full" in boxes[1]  # the restore could not be copied
        assert files(disk) == before  # the damaged diary is where it was
    # and with space, the next start restores it and keeps the damaged file aside
    boxes.clear()
    diary = make(tmp_path / "d.sqlite3")
    diary.write_bytes(b"x" * 16 + diary.read_bytes()[16:])
    store = startup.open_for_window(diary)
    assert store is not None and store.count_entries() == 20
    store.close()
    assert any(".damaged-" in p.name for p in tmp_path.iterdir())


def test_no_permission_is_not_damage(qapp, tmp_path, boxes, monkeypatch):
    """Root reads every file, so the refusal is checked by injection: the file
    cannot be opened and the user may not read it."""
    import os

    diary = make(tmp_path / "d.sqlite3")
    before = files(tmp_path)
    real_access, real_connect = os.access, sqlite3.connect

    def cantopen(*a, **k):
        if "d.sqlite3" in str(a[0]):
            exc = sqlite3.OperationalError("unable to open database file")
            exc.sqlite_errorcode, exc.sqlite_errorname = 14, "SQLITE_CANTOPEN"
            raise exc
        return real_connect(*a, **k)

    monkeypatch.setattr(sqlite3, "connect", cantopen)
    monkeypatch.setattr(os, "access", lambda p, m: False if Path(p) == diary else real_access(p, m))
    assert startup.open_for_window(diary) is None
    assert_left_alone(diary, before, boxes, "permission")
