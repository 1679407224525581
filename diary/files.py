"""Writing files the app creates: readable by the user alone, never left half-written.

Data goes to a temporary file created 0600 beside the target, is flushed to disk,
then renamed into place; an interrupted write leaves the old file (or none). A
temporary file left by a process that was killed mid-write (it holds health data) is
removed at the next write into that folder.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

_TMP = re.compile(r"^\..+\.tmp-(\d+)$")


def write_private(path: Path | str, data: bytes) -> None:
    from diary.store.backup import remove_dead

    path = Path(path)
    remove_dead(path.parent, _TMP)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if os.name == "posix":
        with contextlib.suppress(OSError):
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
