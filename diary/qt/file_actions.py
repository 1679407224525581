"""Diary menu actions on the diary file itself: import entries (with a preview),
back up now, and restore a backup. The exports (report, chart, CSV) are in
diary.qt.exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from diary import APP_NAME
from diary.qt.exports.export_actions import documents_folder
from diary.qt.import_preview import import_file
from diary.qt.session import DiarySession
from diary.store import StoreError
from diary.store.targets import check_target


def _tr(text: str) -> str:
    return QCoreApplication.translate("file_actions", text)


def import_csv(session: DiarySession, parent: QWidget, path: str | None = None) -> int:
    """Ask for a file (CSV or .xlsx), preview it, import on confirmation."""
    return import_file(session, parent, path)


def backup_now(session: DiarySession, parent: QWidget, path: str | None = None) -> bool:
    """Back up now… to a place the patient chooses (a USB stick, say)."""
    if path is None:
        suggested = str(Path(documents_folder()) / f"relief-diary-backup-{session.today()}.sqlite3")
        path, _f = QFileDialog.getSaveFileName(
            parent,
            _tr("Back up the diary"),
            suggested,
            _tr("Relief Diary backups (*.sqlite3)"),
        )
        if not path:
            return False
    try:
        check_target(Path(path), session.path, force=True)
        info = session.backup("manual", Path(path))
    except StoreError as exc:
        QMessageBox.warning(parent, APP_NAME, str(exc))
        return False
    QMessageBox.information(
        parent,
        APP_NAME,
        _tr("Backed up {n} entries to {path}.").format(n=info.entries, path=path),
    )
    return True


def restore_backup(session: DiarySession, parent: QWidget, path: str | None = None) -> bool:
    """Restore… a backup over the open diary, after a confirmation. Every failure
    ends in a message; the diary is then as it was."""
    from diary.store.backup import backup_dir, check_backup

    if path is None:
        path, _f = QFileDialog.getOpenFileName(
            parent,
            _tr("Restore a backup"),
            str(backup_dir(session.path)),
            _tr("Relief Diary backups (*.sqlite3);;All files (*)"),
        )
        if not path:
            return False
    try:
        entries = check_backup(Path(path))
    except StoreError as exc:
        QMessageBox.warning(parent, APP_NAME, str(exc))
        return False
    answer = QMessageBox.question(
        parent,
        APP_NAME,
        _tr(
            "Replace your diary ({now} entries) with this backup ({then} entries)? "
            "Your diary as it is now is backed up first."
        ).format(now=session.count_entries(), then=entries),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        done = session.restore_from(Path(path))
    except StoreError as exc:
        QMessageBox.warning(
            parent, APP_NAME, _tr("The backup could not be restored: {why}").format(why=exc)
        )
        return False
    QMessageBox.information(
        parent,
        APP_NAME,
        _tr(
            "Restored {n} entries.\n\nYour diary as it was before is kept in the "
            "backups folder as {name}. To undo, choose that file in Diary ▸ Restore "
            "from a backup…"
        ).format(n=done.entries, name=done.before.name),
    )
    return True
