"""Backups: SQLite's online backup into a user-only file, checked, then renamed in.

Never a file copy of an open database (what sits in the -wal file would be lost),
and a copy that fails ``integrity_check`` is thrown away, so a damaged diary can
never replace a good backup. Automatic backups live in a folder beside the diary
and are pruned to the last 7 daily, 4 weekly and 12 monthly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from diary.core.retention import to_keep
from diary.core.value import Value
from diary.paths import make_private_dir
from diary.store.errors import DamagedDiary, NewerDiary, NotADiary, WriteFailed
from diary.store.schema import APPLICATION_ID, SCHEMA_VERSION

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite3$")


class BackupInfo(Value):
    __slots__ = ("path", "taken", "reason", "entries")
    path: Path
    taken: dt.datetime
    reason: str
    entries: int


def backup_dir(diary: Path) -> Path:
    """Where a diary's automatic backups go: a folder beside it."""
    return diary.parent / f"{diary.stem}-backups"


def _check_file(path: Path) -> int:
    """Raise unless ``path`` is a sound Relief Diary; return its number of entries."""
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise NotADiary(f"{path.name} is not a Relief Diary file.")
        conn = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    except OSError:
        raise NotADiary(f"{path.name} cannot be read.") from None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise NotADiary(f"{path.name} is not a Relief Diary file.")
        if conn.execute("PRAGMA user_version").fetchone()[0] > SCHEMA_VERSION:
            raise NewerDiary(f"{path.name} was written by a newer version of Relief Diary.")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise DamagedDiary(f"{path.name} is damaged.")
        return conn.execute("SELECT count(*) FROM entry").fetchone()[0]
    except sqlite3.DatabaseError:
        raise DamagedDiary(f"{path.name} is damaged.") from None
    finally:
        conn.close()


def check_backup(path: Path) -> int:
    return _check_file(Path(path))


def copy_database(source: sqlite3.Connection, dest: Path) -> int:
    """Online backup of ``source`` into ``dest`` (created 0600 first, checked, then
    renamed into place). Returns the number of entries in the copy."""
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.part-{os.getpid()}")
    for leftover in (tmp, Path(f"{tmp}-journal")):
        leftover.unlink(missing_ok=True)
    try:
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            target.close()
        entries = _check_file(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        return entries
    except sqlite3.Error as exc:
        raise WriteFailed(f"The backup could not be written ({exc.__class__.__name__}).") from None
    except OSError as exc:
        raise WriteFailed(f"The backup could not be written: {exc.strerror}.") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
        with contextlib.suppress(OSError):
            Path(f"{tmp}-journal").unlink()


def automatic_backup(
    source: sqlite3.Connection, diary: Path, reason: str, now: dt.datetime | None = None
) -> BackupInfo:
    """A backup into the diary's backup folder, then pruning of old ones."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    folder = backup_dir(diary)
    make_private_dir(folder)
    name = f"{diary.stem}-{now:%Y%m%dT%H%M%S}-{reason}.sqlite3"
    entries = copy_database(source, folder / name)
    prune(diary)
    return BackupInfo(folder / name, now, reason, entries)


def list_backups(diary: Path) -> list[BackupInfo]:
    """The diary's automatic backups, newest first (entries counted lazily as -1)."""
    folder = backup_dir(diary)
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            m = _NAME.match(path.name)
            if m and m["stem"] == diary.stem:
                taken = dt.datetime.strptime(m["stamp"], "%Y%m%dT%H%M%S")
                found.append(BackupInfo(path, taken, m["reason"], -1))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def prune(diary: Path) -> list[Path]:
    backups = list_backups(diary)
    keep = to_keep(b.taken for b in backups)
    removed = []
    for b in backups:
        if b.taken not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    return removed


def newest_good_backup(diary: Path) -> BackupInfo | None:
    """The newest automatic backup that passes every check, with its entry count."""
    for b in list_backups(diary):
        try:
            entries = _check_file(b.path)
        except (NotADiary, NewerDiary, DamagedDiary):
            continue
        return BackupInfo(b.path, b.taken, b.reason, entries)
    return None


def needs_daily_backup(diary: Path, today: dt.date) -> bool:
    backups = list_backups(diary)
    return not backups or backups[0].taken.date() < today
