"""Restoring a diary, even one too damaged to open, and setting damaged files aside.

A damaged, foreign or truncated file is never written over: it is renamed aside
together with its -wal and -shm files, then the backup is copied into place.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from diary.store.backup import check_backup, copy_database
from diary.store.diary_store import DiaryStore
from diary.store.errors import DamagedDiary, DiaryMissing, NotADiary, StoreError


def set_aside(diary: Path, now: dt.datetime | None = None) -> Path:
    """Rename the diary and its -wal/-shm files aside; return the new diary name."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%dT%H%M%S")
    aside = diary.with_name(f"{diary.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{diary}{suffix}")
        if part.exists():
            os.replace(part, Path(f"{aside}{suffix}"))
    return aside


def restore(diary: Path, source: Path) -> tuple[int, Path | None]:
    """Restore ``source`` (a checked backup) as ``diary``.

    A sound diary is replaced in place after a backup of it; a damaged or foreign
    one is set aside first. Returns (entries restored, where a damaged file went).
    """
    diary, source = Path(diary), Path(source)
    entries = check_backup(source)
    try:
        with DiaryStore.open(diary, create=False) as store:
            return store.replace_with(source), None
    except DiaryMissing:
        aside = None
    except (NotADiary, DamagedDiary):
        aside = set_aside(diary)
    src = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True)
    try:
        copy_database(src, diary)
    finally:
        src.close()
    try:
        DiaryStore.open(diary, create=False).close()  # sets WAL, migrates if older
    except StoreError:
        raise
    return entries, aside
