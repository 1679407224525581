"""Connecting to SQLite files by URI, whatever their path holds.

A path with ``#``, ``?`` or ``%`` is cut short or decoded wrongly in a ``file:`` URI
unless it is percent-encoded (``/a#b/d.sqlite3`` would open ``/a`` and leave an
empty file there). Every connection the store makes goes through ``connect`` and
gets ``trusted_schema=OFF``, so SQL stored in a file (a trigger, a view, a CHECK
calling a function) is never run with the app's trust.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

BUSY_TIMEOUT_S = 3.0


def sqlite_uri(path: Path | str, mode: str = "rw") -> str:
    """``file:`` URI for ``path`` (made absolute), every special character encoded."""
    posix = Path(os.path.abspath(path)).as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # Windows: file:/C:/…
    return f"file:{quote(posix, safe='/:')}?mode={mode}"


def connect(
    path: Path | str, mode: str = "rw", timeout: float = BUSY_TIMEOUT_S
) -> sqlite3.Connection:
    """An autocommit connection (the store opens its own transactions)."""
    conn = sqlite3.connect(sqlite_uri(path, mode), uri=True, isolation_level=None, timeout=timeout)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error:
        conn.close()
        raise
    return conn
