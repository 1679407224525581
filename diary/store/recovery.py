"""Restoring a diary from a backup, even over one too damaged to open.

The backup is checked, then copied (and checked again) into a staging file beside
the diary before anything is touched: a refused file, a full disk or a read-only
folder leave the diary byte-for-byte as it was. A sound diary is first backed up
("before-restore", named in the result so the restore can be undone) and then
replaced in one transaction; a damaged, foreign or missing one is kept aside,
renamed with its -wal and -shm files, only once the staging copy exists, and the
copy is renamed into its place in one step.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from pathlib import Path

from diary.core.i18n import tr
from diary.core.value import Value
from diary.store.backup import check_backup, copy_database, remove_dead
from diary.store.connection import _migrate
from diary.store.diary_store import DiaryStore
from diary.store.errors import (
    DamagedDiary,
    DiaryMissing,
    NotADiary,
    StoreError,
    open_error,
    os_error,
    write_error,
)
from diary.store.sqlite_files import connect


def _(text: str) -> str:
    return tr("store", text)


class Restored(Value):
    """What a restore did: entries restored, where the diary as it was went (a
    backup to undo the restore), and where a damaged file was set aside."""

    __slots__ = ("entries", "before", "aside")
    entries: int
    before: Path | None
    aside: Path | None


def set_aside(diary: Path, now: dt.datetime | None = None) -> Path:
    """Keep the diary and its -wal/-shm files under a new name; return it.

    The diary itself is hard-linked (copied where links are not possible), so its
    name never stops pointing at a diary until the restored copy replaces it."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%dT%H%M%S")
    aside = diary.with_name(f"{diary.name}.damaged-{stamp}")
    n = 1
    while any(Path(f"{aside}{s}").exists() for s in ("", "-wal", "-shm")):
        aside = diary.with_name(f"{diary.name}.damaged-{stamp}_{n}")
        n += 1
    if diary.exists():
        try:
            os.link(diary, aside)
        except OSError:
            shutil.copy2(diary, aside)
    for suffix in ("-wal", "-shm"):
        part = Path(f"{diary}{suffix}")
        if part.exists():
            os.replace(part, Path(f"{aside}{suffix}"))
    return aside


def _put_back(diary: Path, aside: Path) -> None:
    """Undo ``set_aside`` after a failed restore: the diary is as it was."""
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            if Path(f"{aside}{suffix}").exists() and not Path(f"{diary}{suffix}").exists():
                os.replace(Path(f"{aside}{suffix}"), Path(f"{diary}{suffix}"))
    with contextlib.suppress(OSError):
        if diary.exists() and os.path.samefile(diary, aside):
            aside.unlink()


def remove_leftovers(diary: Path) -> None:
    """Staging copies left by a restore that was killed (they hold a copy of the
    diary): removed once the process that made them is gone."""
    name = re.escape(diary.name)
    remove_dead(diary.parent, re.compile(rf"^\.\.?{name}\.restore-(\d+)(\.part-\d+)?(-journal)?$"))


def _stage(diary: Path, source: Path) -> Path:
    remove_leftovers(diary)
    staging = diary.with_name(f".{diary.name}.restore-{os.getpid()}")
    try:
        src = connect(source, "ro", timeout=0)
    except sqlite3.Error as exc:
        raise open_error(exc, source) from None
    try:
        copy_database(src, staging)
    finally:
        src.close()
    return staging


def _match_page_size(staging: Path, conn: sqlite3.Connection) -> None:
    """A WAL diary cannot take pages of another size: rebuild the copy first."""
    want = conn.execute("PRAGMA page_size").fetchone()[0]
    tmp = connect(staging, "rw")
    try:
        if tmp.execute("PRAGMA page_size").fetchone()[0] != want:
            tmp.execute(f"PRAGMA page_size = {int(want)}")
            tmp.execute("VACUUM")
    finally:
        tmp.close()


def restore_into(store: DiaryStore, source: Path) -> Restored:
    """Restore ``source`` over the open, sound ``store`` (the window's own)."""
    source = Path(source)
    entries = check_backup(source)
    staging = _stage(store.path, source)
    try:
        before = store.backup("before-restore", keep=[source])
        try:
            _match_page_size(staging, store._conn)
            src = connect(staging, "ro")
            try:
                src.backup(store._conn)
            finally:
                src.close()
            store._conn.execute("PRAGMA journal_mode = WAL")
            _migrate(store._conn)  # a backup from an older version
        except sqlite3.Error as exc:
            raise write_error(exc) from None
        store.forget_outside_changes()
        return Restored(entries, before.path, None)
    except OSError as exc:
        raise os_error(exc, store.path, _("The backup could not be restored")) from None
    finally:
        for leftover in (staging, Path(f"{staging}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def restore(diary: Path, source: Path) -> Restored:
    """Restore ``source`` (checked first) as ``diary``, which nothing else has open.

    Raises ``StoreError`` and changes nothing when the backup is refused or cannot
    be copied, or when the diary cannot be used for another reason than damage (a
    full disk, a read-only folder, another program's lock)."""
    diary, source = Path(diary), Path(source)
    check_backup(source)
    try:
        with DiaryStore.open(diary, create=False) as store:
            return restore_into(store, source)
    except DiaryMissing:
        missing = True
    except (NotADiary, DamagedDiary):
        missing = False
    entries = check_backup(source)
    staging = _stage(diary, source)
    aside = None
    try:
        aside = None if missing else set_aside(diary)
        os.replace(staging, diary)
    except OSError as exc:
        if aside is not None:
            _put_back(diary, aside)
        raise os_error(exc, diary, _("The backup could not be restored")) from None
    finally:
        with contextlib.suppress(OSError):
            staging.unlink()
    DiaryStore.open(diary, create=False).close()  # sets WAL, migrates if older
    return Restored(entries, None, aside)


__all__ = ["Restored", "StoreError", "restore", "restore_into", "set_aside"]
