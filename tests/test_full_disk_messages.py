"""Issue 12, failure 7 (the store's part): a full disk during an import or a backup
says so in words, never "(OperationalError)", and changes nothing. On a real tmpfs
(root) and by injection."""

import datetime as dt
import errno
import os

import pytest

from diary.cli import main
from diary.core.records import Entry
from diary.store import DiaryStore
from tests.mounts import ROOT_ONLY, fill, tmpfs

DAY = dt.date(2026, 3, 1)
ROWS = "".join(
    f"2026-0{1 + i % 9}-{1 + i % 28:02d},,{i % 11},,,{'n' * 300}\r\n" for i in range(400)
)


def make(path):
    with DiaryStore.open(path) as s:
        s.add_entries([Entry(DAY, None, i % 11, note="x" * 300) for i in range(40)])
    return path


def said_full(err: str) -> bool:
    return "full" in err and "Error)" not in err and err.count("\n") == 1


@ROOT_ONLY
@pytest.mark.parametrize("command", ["import", "backup", "backup FILE"])
def test_full_disk_on_a_real_tmpfs(tmp_path, capsys, command):
    csv = tmp_path / "in.csv"
    csv.write_text("date,time,pain,numbness,soreness,note\r\n" + ROWS)
    with tmpfs(tmp_path / "small", 400) as disk:
        diary = make(disk / "d.sqlite3")
        holder = DiaryStore.open(diary)  # its -shm exists: the open itself succeeds
        filler = fill(disk, leave=8192)
        before = diary.read_bytes()
        args = {
            "import": ["import", str(csv)],
            "backup": ["backup"],
            "backup FILE": ["backup", str(disk / "copy.sqlite3")],
        }[command]
        assert main([*args, "--db", str(diary)]) == 1
        holder.close()
        err = capsys.readouterr().err
        assert said_full(err), err
        assert "could not be opened" not in err and diary.read_bytes() == before
        assert not [p for p in disk.rglob("*") if ".part-" in p.name]
        filler.unlink()
        with DiaryStore.open(diary) as s:
            assert s.count_entries() == 40


def test_full_disk_by_injection(tmp_path, capsys, monkeypatch):
    diary = make(tmp_path / "d.sqlite3")
    real = os.open

    def no_space(path, *a, **k):
        if ".part-" in str(path):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(path, *a, **k)

    monkeypatch.setattr(os, "open", no_space)
    csv = tmp_path / "in.csv"
    csv.write_text("date,time,pain,numbness,soreness,note\r\n2026-04-01,,5,,,\r\n")
    for args in (["backup"], ["import", str(csv)]):
        assert main([*args, "--db", str(diary)]) == 1
        err = capsys.readouterr().err
        assert said_full(err), err
    monkeypatch.undo()
    with DiaryStore.open(diary) as s:
        assert s.count_entries() == 40
