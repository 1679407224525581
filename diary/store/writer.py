"""One writer at a time: is the diary open in the window?

The window holds ``DIARY.lock`` with Qt's QLockFile for as long as it has the diary
open; on POSIX QLockFile also keeps an ``flock`` on it, which the kernel releases
when the process ends, so a lock file left by a crash is never mistaken for an open
window. The command line's writing commands ask here, wait a little, then refuse.
Nothing here imports Qt (the command line's start-up time is measured).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from diary.core.i18n import tr
from diary.store.errors import WriterActive

WRITER_WAIT_S = 3.0


def _(text: str) -> str:
    return tr("store", text)


def lock_path(diary: Path) -> Path:
    return Path(f"{diary}.lock")


def window_has_diary(diary: Path) -> bool:
    """True while a running Relief Diary window holds the diary's lock."""
    lock = lock_path(Path(diary).absolute())
    try:
        fd = os.open(lock, os.O_RDONLY)
    except FileNotFoundError:
        return False
    except OSError:
        return True  # Windows: QLockFile keeps the file open without sharing
    try:
        if os.name != "posix":
            return False
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def wait_for_window(diary: Path, wait: float | None = None) -> None:
    """Return once no window has the diary open; after ``wait`` seconds (3 by
    default) raise ``WriterActive``."""
    wait = WRITER_WAIT_S if wait is None else wait
    deadline = time.monotonic() + wait
    while window_has_diary(diary):
        if time.monotonic() >= deadline:
            raise WriterActive(_("the diary is open in Relief Diary: close it first"))
        time.sleep(0.1)
