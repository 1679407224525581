"""Where the diary lives by default, worked out without importing Qt.

It must match ``QStandardPaths.AppDataLocation`` for the organisation and application
names below, so that the window and the command line find the same diary;
tests/test_paths.py checks the two agree.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANISATION = "ReliefDiary"
APPLICATION = "relief-diary"
DIARY_FILE = "diary.sqlite3"


def data_dir() -> Path:
    """The per-user application data folder (not created here)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / ORGANISATION / APPLICATION


def default_diary() -> Path:
    return data_dir() / DIARY_FILE


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) user-only; tighten it if it already exists."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
