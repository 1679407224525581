"""Where an export, a chart, a report or a backup may be written.

Never onto the open diary, its -wal, -shm, -journal or lock file, nor into its
backups folder (a CSV written over the diary loses every procedure; one written
into the backups folder can be pruned or restored by mistake). An existing file is
only replaced when the patient said so (``--force`` on the command line; the
window's save dialogs ask).
"""

from __future__ import annotations

import os
from pathlib import Path

from diary.core.i18n import tr
from diary.store.backup import backup_dir
from diary.store.errors import StoreError


def _(text: str) -> str:
    return tr("store", text)


class UnsafeTarget(StoreError):
    """A file the app will not write to; nothing was written."""


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_target(target: Path, diary: Path, force: bool = False) -> None:
    """Raise ``UnsafeTarget`` unless writing ``target`` is safe for ``diary``."""
    target, diary = Path(target), Path(diary)
    real = Path(os.path.realpath(target))
    own = [Path(f"{diary}{s}") for s in ("", "-wal", "-shm", "-journal", ".lock")]
    if any(real == Path(os.path.realpath(p)) or _same(real, p) for p in own):
        raise UnsafeTarget(
            _("{path} is the diary itself (or one of its own files): choose another name.").format(
                path=target
            )
        )
    backups = Path(os.path.realpath(backup_dir(diary)))
    if real == backups or backups in real.parents:
        raise UnsafeTarget(
            _(
                "{path} is in the diary's backups folder, which Relief Diary manages itself: "
                "choose another folder."
            ).format(path=target)
        )
    if target.is_dir():
        raise UnsafeTarget(_("{path} is a folder: give a file name.").format(path=target))
    if target.exists() and not force:
        raise UnsafeTarget(
            _("{path} already exists: choose another name, or add --force to replace it.").format(
                path=target
            )
        )
