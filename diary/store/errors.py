"""Errors the store raises. Messages name files and problems, never health data."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from diary.core.i18n import tr


def _(text: str) -> str:
    return tr("store", text)


class StoreError(Exception):
    """Base class; ``str(error)`` is a sentence that can be shown to the patient."""


class DiaryMissing(StoreError):
    pass


class NotADiary(StoreError):
    pass


class NewerDiary(StoreError):
    pass


class DamagedDiary(StoreError):
    pass


class DiaryBusy(StoreError):
    pass


class DiaryUnavailable(StoreError):
    """The file may be sound but cannot be used now: a full disk, no permission, a
    read-only folder. Never a reason to offer a backup or to move the file."""


class WriterActive(DiaryBusy):
    """The window has the diary open: the command line does not write beside it."""


class WriteFailed(StoreError):
    """A write did not happen at all: the transaction was rolled back."""


def write_error(exc: sqlite3.Error) -> StoreError:
    """Turn an sqlite3 error during a write into a message for the patient."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == sqlite3.SQLITE_FULL:
        return WriteFailed(_("Not saved: the disk is full. Free some space and try again."))
    if primary == sqlite3.SQLITE_IOERR:
        return WriteFailed(_("Not saved: the computer could not write to the disk. Try again."))
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DiaryBusy(_("Not saved: the diary is busy in another program. Try again."))
    if primary == sqlite3.SQLITE_READONLY:
        return WriteFailed(_("Not saved: the diary file cannot be written to."))
    if primary == sqlite3.SQLITE_CORRUPT:
        return DamagedDiary(_("Not saved: the diary file is damaged."))
    if primary == sqlite3.SQLITE_CONSTRAINT:
        return WriteFailed(_("Not saved: a value was outside what the diary accepts."))
    return WriteFailed(_("Not saved: the diary could not be written."))


# Below this much free space a failed write is put down to a full disk.
_LOW_SPACE = 1 << 20


def _disk_is_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path if path.is_dir() else path.parent).free < _LOW_SPACE
    except OSError:
        return False


def _read_only_folder(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    try:
        if os.name == "posix" and os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return not os.access(folder, os.W_OK)


def _no_permission(path: Path) -> bool:
    return path.exists() and not os.access(path, os.R_OK | os.W_OK)


def _folder(path: Path) -> Path:
    return path if path.is_dir() else path.parent


def disk_full(path: Path) -> DiaryUnavailable:
    return DiaryUnavailable(
        _(
            "The disk holding the folder {folder} is full. Nothing was changed. Free "
            "some space (empty the wastebasket, remove large files) and try again."
        ).format(folder=_folder(Path(path)))
    )


def open_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """What an sqlite3 error while opening (or reading) means, in words.

    Only SQLITE_CORRUPT and SQLITE_NOTADB mean damage; a full disk can fail the open
    itself (SQLITE_IOERR_SHMSIZE when the -shm file cannot grow), and a read-only
    folder gives SQLITE_CANTOPEN: neither is a damaged diary.
    """
    path = Path(path)
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DamagedDiary(_("{path} is damaged.").format(path=path))
    name = getattr(exc, "sqlite_errorname", "")
    # SHMSIZE: the -shm file could not grow, which on a local disk means it is full.
    if primary == sqlite3.SQLITE_FULL or name == "SQLITE_IOERR_SHMSIZE":
        return disk_full(path)
    if primary == sqlite3.SQLITE_IOERR and _disk_is_full(path):
        return disk_full(path)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DiaryBusy(
            _(
                "{path} is locked by another program. Close it (or wait for it to "
                "finish) and try again. Nothing was changed."
            ).format(path=path)
        )
    if primary in (
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_PERM,
        sqlite3.SQLITE_AUTH,
        sqlite3.SQLITE_IOERR,
    ):
        if _read_only_folder(path):
            return DiaryUnavailable(
                _(
                    "The folder {folder} is read-only, so the diary cannot be opened "
                    "for writing. Nothing was changed. Move the diary to a folder you "
                    "can write to, or open it with relief-diary --db PATH."
                ).format(folder=path.parent)
            )
        if _no_permission(path):
            return DiaryUnavailable(
                _(
                    "You do not have permission to read and write {path}. Nothing was changed."
                ).format(path=path)
            )
        if primary == sqlite3.SQLITE_IOERR:
            return DiaryUnavailable(
                _(
                    "The computer could not read or write {path} (a disk or a connection "
                    "problem). Nothing was changed. Try again."
                ).format(path=path)
            )
    return DiaryUnavailable(
        _("{path} could not be opened right now. Nothing was changed. Try again.").format(path=path)
    )


def os_error(exc: OSError, path: Path, doing: str) -> StoreError:
    """An OSError while ``doing`` something with ``path``, in words."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return disk_full(Path(path))
    if exc.errno == errno.EROFS or (
        exc.errno in (errno.EACCES, errno.EPERM) and _read_only_folder(Path(path))
    ):
        return DiaryUnavailable(
            _("{doing}: the folder {folder} is read-only.").format(
                doing=doing, folder=_folder(Path(path))
            )
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return DiaryUnavailable(
            _("{doing}: you do not have permission to write {path}.").format(doing=doing, path=path)
        )
    return WriteFailed(
        _("{doing}: {why}.").format(doing=doing, why=exc.strerror or exc.__class__.__name__)
    )
