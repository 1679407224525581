"""Issue 12, failure 6 (paths): any legal folder name works, in every command and
in the window, and nothing is left beside the folder (a ``#`` or ``?`` used to cut
the SQLite URI short and create an empty file named after the part before it)."""

import datetime as dt
import os

import pytest

from diary.cli import main
from diary.qt import startup
from diary.store import DiaryStore
from diary.store.backup import list_backups

NAMES = ["with#hash", "with?question", "with%41percent", "with space", "Дневник 日記", "a#b?c%d e"]


@pytest.mark.skipif(os.name == "nt", reason="? is not allowed in Windows names")
@pytest.mark.parametrize("name", NAMES)
def test_every_command_in_an_odd_folder(tmp_path, capsys, name, qapp):
    parent = tmp_path / "home"
    folder = parent / name
    folder.mkdir(parents=True)
    diary = folder / "diary.sqlite3"
    db = ["--db", str(diary)]
    csv = tmp_path / "in.csv"
    csv.write_text("date,time,pain,numbness,soreness,note\r\n2026-03-01,,5,,,\r\n")
    copy = folder / "copy.sqlite3"
    for args in (
        ["procedure", "add", "--date", "2026-02-01", "--baseline", "7"],
        ["import", str(csv)],
        ["backup"],
        ["backup", str(copy)],
        ["restore", str(copy)],
        ["check"],
        ["status"],
        ["export", str(folder / "out.csv")],
    ):
        code = main([*args, *db])
        assert code == 0, (args, capsys.readouterr().err)
    assert diary.exists()
    assert len(list_backups(diary)) >= 2  # the manual one and before-import/restore
    store = startup.open_for_window(diary)
    assert store is not None and store.count_entries() == 1
    assert startup.daily_backup(store, dt.date.today()) is None
    store.close()
    assert sorted(p.name for p in parent.iterdir()) == [name]  # no stray files
    with DiaryStore.open(diary) as s:
        assert s.count_entries() == 1 and len(s.procedures()) == 1
