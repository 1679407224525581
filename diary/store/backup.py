"""Backups: SQLite's online backup into a user-only file, checked, then renamed in.

Never a file copy of an open database (what sits in the -wal file would be lost),
and a copy that fails its checks is thrown away, so a damaged diary can never
replace a good backup. Automatic backups live in a folder beside the diary and are
pruned to the last 7 daily, 4 weekly and 12 monthly; every backup made today, and
any backup a restore is reading, is kept whatever the rule says. Names never
collide: a counter follows the time when a name is taken.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from diary.core.i18n import tr
from diary.core.retention import to_keep
from diary.core.value import Value
from diary.paths import make_private_dir
from diary.store.errors import (
    DamagedDiary,
    NewerDiary,
    NotADiary,
    StoreError,
    WriteFailed,
    disk_full,
    os_error,
)
from diary.store.sqlite_files import connect
from diary.store.verify import FileProblem, verify

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6})(?:_(?P<n>\d+))?-(?P<reason>[a-z0-9-]+)\.sqlite3$"
)


def _(text: str) -> str:
    return tr("store", text)


class BackupInfo(Value):
    __slots__ = ("path", "taken", "reason", "entries")
    path: Path
    taken: dt.datetime
    reason: str
    entries: int


def backup_dir(diary: Path) -> Path:
    """Where a diary's automatic backups go: a folder beside it, of its own.
    ``diary.sqlite3`` keeps ``diary-backups``; any other name (``d.db``) has
    ``d.db-backups``, so that d.db and d.sqlite3 never share (nor restore) backups."""
    if diary.suffix == ".sqlite3":
        return diary.parent / f"{diary.stem}-backups"
    return diary.parent / f"{diary.name}-backups"


def _check_file(path: Path) -> int:
    """Raise unless ``path`` is a sound Relief Diary (every check of verify.py);
    return its number of entries. Opened read-only: nothing in it runs or changes."""
    name = path.name
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise NotADiary(_("{name} is not a Relief Diary file.").format(name=name))
    except OSError as exc:
        raise NotADiary(
            _("{name} cannot be read ({why}).").format(name=name, why=exc.strerror)
        ) from None
    try:
        conn = connect(path, "ro", timeout=0)
    except sqlite3.Error:
        raise NotADiary(_("{name} cannot be read.").format(name=name)) from None
    try:
        verify(conn)
        return conn.execute("SELECT count(*) FROM entry").fetchone()[0]
    except FileProblem as problem:
        kind = {"foreign": NotADiary, "newer": NewerDiary}.get(problem.kind, DamagedDiary)
        raise kind(
            _("{name} cannot be used: {problem}.").format(name=name, problem=problem)
        ) from None
    except sqlite3.DatabaseError:
        raise DamagedDiary(_("{name} is damaged.").format(name=name)) from None
    finally:
        conn.close()


def check_backup(path: Path) -> int:
    return _check_file(Path(path))


def _write_error(exc: sqlite3.Error, dest: Path) -> StoreError:
    from diary.store.errors import _disk_is_full

    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == sqlite3.SQLITE_FULL or (primary == sqlite3.SQLITE_IOERR and _disk_is_full(dest)):
        return disk_full(dest)
    return WriteFailed(_("The backup could not be written to {path}.").format(path=dest))


def copy_database(source: sqlite3.Connection, dest: Path, replace: bool = True) -> int:
    """Online backup of ``source`` into ``dest`` (created 0600 first, checked, then
    renamed into place). With ``replace=False`` an existing ``dest`` is never
    overwritten (``FileExistsError``). Returns the number of entries in the copy."""
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.part-{os.getpid()}")
    for leftover in (tmp, Path(f"{tmp}-journal")):
        leftover.unlink(missing_ok=True)
    try:
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        target = connect(tmp, "rw")
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            target.close()
        entries = _check_file(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if replace:
            os.replace(tmp, dest)
        else:
            try:
                os.link(tmp, dest)  # FileExistsError rather than overwrite
            except FileExistsError:
                raise
            except OSError:  # no hard links here (a FAT stick): check, then rename
                if dest.exists():
                    raise FileExistsError(dest) from None
                os.replace(tmp, dest)
        return entries
    except sqlite3.Error as exc:
        raise _write_error(exc, dest) from None
    except FileExistsError:
        raise
    except OSError as exc:
        raise os_error(exc, dest, _("The backup could not be written")) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
        with contextlib.suppress(OSError):
            Path(f"{tmp}-journal").unlink()


def _pid_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # not known here: leave the file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_dead(folder: Path, pattern: re.Pattern) -> None:
    """Remove temporary copies (``pattern``'s first group is the process id) left by
    a process that was killed mid-way: they hold a copy of the diary."""
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            m = pattern.match(path.name)
            if m and int(m[1]) != os.getpid() and not _pid_alive(int(m[1])):
                with contextlib.suppress(OSError):
                    path.unlink()


_PART = re.compile(r"^\..+\.part-(\d+)(-journal)?$")


def _name(diary: Path, now: dt.datetime, reason: str, n: int) -> str:
    counter = f"_{n}" if n else ""
    return f"{diary.stem}-{now:%Y%m%dT%H%M%S}{counter}-{reason}.sqlite3"


def automatic_backup(
    source: sqlite3.Connection,
    diary: Path,
    reason: str,
    now: dt.datetime | None = None,
    keep: Iterable[Path] = (),
) -> BackupInfo:
    """A backup into the diary's backup folder, then pruning of old ones (never
    the ones in ``keep``, nor any made today)."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    folder = backup_dir(diary)
    try:
        make_private_dir(folder)
    except OSError as exc:
        raise os_error(exc, folder, _("The backup could not be written")) from None
    remove_dead(folder, _PART)
    for n in range(1000):
        path = folder / _name(diary, now, reason, n)
        if path.exists():
            continue
        try:
            entries = copy_database(source, path, replace=False)
        except FileExistsError:
            continue  # taken meanwhile by another copy of the app
        break
    else:
        raise WriteFailed(_("The backup could not be named."))
    prune(diary, keep=[path, *keep], today=now.date())
    return BackupInfo(path, now, reason, entries)


def list_backups(diary: Path) -> list[BackupInfo]:
    """The diary's automatic backups, newest first (entries counted lazily as -1)."""
    folder = backup_dir(diary)
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            m = _NAME.match(path.name)
            if m and m["stem"] == diary.stem:
                try:
                    taken = dt.datetime.strptime(m["stamp"], "%Y%m%dT%H%M%S")
                except ValueError:  # not a date (a month 13): not one of our backups
                    continue
                found.append((taken, int(m["n"] or 0), BackupInfo(path, taken, m["reason"], -1)))
    return [b for _t, _n, b in sorted(found, key=lambda f: f[:2], reverse=True)]


def prune(diary: Path, keep: Iterable[Path] = (), today: dt.date | None = None) -> list[Path]:
    """Remove backups beyond the retention rule; never one in ``keep`` or from today."""
    today = today or dt.date.today()
    protected = {Path(p).resolve() for p in keep}
    backups = list_backups(diary)
    # One dated in the future (kept below) takes no daily/weekly/monthly place.
    kept_times = to_keep(b.taken for b in backups if b.taken.date() <= today)
    removed = []
    for b in backups:
        if b.taken in kept_times or b.taken.date() >= today or b.path.resolve() in protected:
            continue
        with contextlib.suppress(OSError):
            b.path.unlink()
            removed.append(b.path)
    return removed


def newest_good_backup(diary: Path, now: dt.datetime | None = None) -> BackupInfo | None:
    """The newest automatic backup that passes every check, with its entry count.
    One dated in the future (a wrong clock, another machine's) comes after every
    past one: it cannot be newer than what was saved since."""
    now = now or dt.datetime.now()
    backups = list_backups(diary)
    for b in [b for b in backups if b.taken <= now] + [b for b in backups if b.taken > now]:
        try:
            entries = _check_file(b.path)
        except StoreError:
            continue
        return BackupInfo(b.path, b.taken, b.reason, entries)
    return None


def needs_daily_backup(diary: Path, today: dt.date) -> bool:
    """True unless a backup was taken today (one dated later does not count: it
    would otherwise stop daily backups until that date)."""
    return not any(b.taken.date() == today for b in list_backups(diary))
