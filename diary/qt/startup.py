"""Opening the diary for the window: refusals explained, the newest good backup
offered, one window per diary, a full check after a crash, the daily backup, and a
one-time warning about network or synchronised folders."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from diary import APP_NAME
from diary.core.i18n import N_, tl, tr
from diary.store import DamagedDiary, DiaryStore, NewerDiary, NotADiary, StoreError
from diary.store.backup import BackupInfo, needs_daily_backup, newest_good_backup
from diary.store.location import risky_location

# diary.store.location's reasons, translated when shown.
_REASONS = (N_("a network folder"), N_("a folder synchronised with an online service"))


def _(text: str) -> str:
    return tr("startup", text)


def when_text(moment: dt.datetime) -> str:
    """'Saturday 21 November 2026 at 09:30', in the patient's language."""
    locale = QLocale()
    return _("{day} at {time}").format(
        day=locale.toString(moment.date(), "dddd d MMMM yyyy"),
        time=locale.toString(moment.time(), "HH:mm"),
    )


def recovery_text(problem: str, backup: BackupInfo | None) -> str:
    text = problem + "\n\n" + _("Nothing in the file has been changed.")
    if backup is None:
        return (
            text
            + "\n\n"
            + _(
                "No backup of this diary was found. You can open another diary with "
                "relief-diary --db PATH, or ask someone you trust to look at the file."
            )
        )
    return (
        text
        + "\n\n"
        + _(
            "The newest good backup is from {when}, with {n} entries. Restore it? The "
            "damaged file will be kept beside it, renamed, with its -wal and -shm files."
        ).format(when=when_text(backup.taken), n=backup.entries)
    )


def offer_restore(path: Path, problem: str, parent: QWidget | None = None) -> bool:
    """Explain; restore the newest good backup if the patient agrees."""
    from diary.store.recovery import restore

    backup = newest_good_backup(path)
    box = QMessageBox(
        QMessageBox.Icon.Warning, APP_NAME, recovery_text(problem, backup), parent=parent
    )
    restore_button = None
    if backup is not None:
        restore_button = box.addButton(_("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore_button is None or box.clickedButton() is not restore_button:
        return False
    try:
        restore(path, backup.path)
    except StoreError as exc:
        QMessageBox.critical(
            parent, APP_NAME, _("The backup could not be restored: {error}").format(error=exc)
        )
        return False
    return True


def open_for_window(path: Path, parent: QWidget | None = None) -> DiaryStore | None:
    """The open store, or None when the patient chose to quit."""
    for _attempt in range(3):
        try:
            return DiaryStore.open(path)
        except NewerDiary as exc:
            QMessageBox.critical(parent, APP_NAME, str(exc))
            return None
        except (NotADiary, DamagedDiary) as exc:
            if not offer_restore(path, str(exc), parent):
                return None
        except StoreError as exc:
            QMessageBox.critical(parent, APP_NAME, str(exc))
            return None
    return None


def check_after_crash(store: DiaryStore, parent: QWidget | None = None) -> DiaryStore | None:
    """After an unclean shutdown: the full integrity_check, and recovery if needed."""
    problem = store.integrity_problem()
    if problem is None:
        return store
    path = store.path
    store.close()
    damaged = _("{path} is damaged ({problem}).").format(path=path, problem=problem)
    if not offer_restore(path, damaged, parent):
        return None
    return open_for_window(path, parent)


def daily_backup(store: DiaryStore, today: dt.date) -> str | None:
    """The first start of each day makes a backup; a message when it failed."""
    if not needs_daily_backup(store.path, today):
        return None
    try:
        store.backup("daily")
    except StoreError as exc:
        return _("Today's backup could not be made: {error}").format(error=exc)
    return None


def hidden_rows_message(store: DiaryStore) -> str | None:
    """Rows dated outside the accepted range (from an older version) are kept in the
    file but left out of everything shown: say so rather than hide them silently."""
    entries, procedures = store.outside_range()
    if not (entries or procedures):
        return None
    return (
        f"{entries} entries and {procedures} procedures dated before 1900 or more than a "
        "year ahead are kept in the diary file but not shown."
    )


def warn_about_location(store: DiaryStore, settings: QSettings, parent: QWidget | None) -> bool:
    """Warn once per diary if it sits in a network or synchronised folder."""
    reason = risky_location(store.path)
    key = f"warned_location/{store.path}"
    if reason is None or settings.value(key, False, type=bool):
        return False
    settings.setValue(key, True)
    QMessageBox.warning(
        parent,
        APP_NAME,
        _(
            "Your diary is in {reason}.\n\nTwo computers changing it at the same time, or "
            "a synchronisation in the middle of a save, can damage it. A folder on this "
            "computer is safer; backups are kept either way."
        ).format(reason=tl(reason)),
    )
    return True
