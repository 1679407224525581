"""Issue 12, failure 3: export, backup, chart and report never write onto the open
diary, its -wal/-shm, or its backups folder, and replace an existing file only with
--force; the window's save paths get the same guard."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from diary.cli import main
from diary.core.records import Entry, Procedure
from diary.qt import file_actions
from diary.qt.exports import export_actions
from diary.qt.session import DiarySession
from diary.store import DiaryStore
from diary.store.backup import backup_dir

DAY = dt.date(2026, 3, 1)


def make(path: Path) -> Path:
    with DiaryStore.open(path) as s:
        s.add_procedure(Procedure(DAY, "rfa", "T7", None, 7))
        s.add_entries([Entry(DAY + dt.timedelta(days=i), None, i % 11) for i in range(5)])
        s.backup("daily")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


COMMANDS = [["export"], ["backup"], ["chart"], ["report"]]
SUFFIX = {"export": ".csv", "backup": ".sqlite3", "chart": ".png", "report": ".pdf"}


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("which", ["diary", "wal", "backups"])
def test_never_onto_the_diary_or_its_backups(tmp_path, capsys, command, which):
    diary = make(tmp_path / "d.sqlite3")
    name = command[0]
    target = {
        "diary": diary,
        "wal": Path(f"{diary}-wal"),
        "backups": backup_dir(diary) / f"mine{SUFFIX[name]}",
    }[which]
    if which == "wal":
        target.write_bytes(b"")
    before = snapshot(tmp_path)
    code = main([name, str(target), "--db", str(diary), "--force"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1, err
    assert snapshot(tmp_path) == before
    with DiaryStore.open(diary) as s:
        assert len(s.procedures()) == 1 and s.count_entries() == 5


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_an_existing_file_only_with_force(tmp_path, capsys, command):
    diary = make(tmp_path / "d.sqlite3")
    name = command[0]
    other = tmp_path / f"letter{SUFFIX[name]}"
    other.write_text("my letter to the doctor")
    assert main([name, str(other), "--db", str(diary)]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err
    assert other.read_text() == "my letter to the doctor"
    assert main([name, str(other), "--db", str(diary), "--force"]) == 0
    assert other.read_bytes() != b"my letter to the doctor"


def test_the_window_never_saves_onto_the_diary(qtbot, tmp_path, monkeypatch):
    diary = make(tmp_path / "d.sqlite3")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    store = DiaryStore.open(diary)
    session = DiarySession(store)
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        before = snapshot(tmp_path)
        assert not export_actions.export_csv_file(session, parent, str(diary))
        assert not export_actions.save_chart_file(session, parent, f"{diary}-shm")
        assert not file_actions.backup_now(session, parent, str(diary))
        into = backup_dir(diary) / "x.sqlite3"
        assert not file_actions.backup_now(session, parent, str(into))
        assert len(shown) == 4 and all("diary" in text for text in shown)
        assert snapshot(tmp_path) == before
        assert len(store.procedures()) == 1 and store.count_entries() == 5
    finally:
        store.close()
