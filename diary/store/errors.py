"""Errors the store raises. Messages name files and problems, never health data."""

from __future__ import annotations

import sqlite3

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
