"""File menu exports: entries as CSV or an Excel workbook, and the chart as a picture.
Each writes through diary.files (user-only, a temporary file renamed into place), never
onto the open diary (diary.store.targets)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from diary import APP_NAME
from diary.core.records import InvalidRecord
from diary.files import write_private
from diary.qt.session import DiarySession
from diary.store import StoreError
from diary.store.targets import check_target


def _tr(text: str) -> str:
    return QCoreApplication.translate("file_actions", text)


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def save_bytes(
    parent: QWidget,
    path: str | None,
    title: str,
    suggested: str,
    filters: str,
    make: Callable[[str], bytes],
    complain: Callable[[str], None],
    diary: Path | None = None,
) -> str | None:
    """Ask where (unless ``path`` is given), then write ``make(path)`` user-only
    and atomically; return the path, or None when cancelled or not written.
    Never onto ``diary``, its own files or its backups folder (the dialog has
    already asked about replacing an existing file)."""
    if path is None:
        path, _f = QFileDialog.getSaveFileName(
            parent, title, str(Path(documents_folder()) / suggested), filters
        )
        if not path:
            return None
    try:
        if diary is not None:
            check_target(Path(path), diary, force=True)
        write_private(Path(path), make(path))
    except StoreError as exc:
        complain(_tr("Not saved: {why}").format(why=exc))
        return None
    except OSError as exc:
        complain(_tr("Not saved: {why}").format(why=exc.strerror))
        return None
    return path


def _warn(parent: QWidget) -> Callable[[str], None]:
    return lambda text: QMessageBox.warning(parent, APP_NAME, text)


def _save_checked(
    parent: QWidget,
    path: str | None,
    title: str,
    suggested: str,
    filters: str,
    make: Callable[[str], bytes],
    diary: Path | None = None,
) -> bool:
    """save_bytes, where ``make`` may refuse (InvalidRecord) a file name whose
    extension it does not know, or data it cannot write: nothing is written then.
    ``diary`` is the open diary, which no file may be written onto."""
    try:
        saved = save_bytes(parent, path, title, suggested, filters, make, _warn(parent), diary)
        return saved is not None
    except InvalidRecord as exc:
        _warn(parent)(_tr("Not saved: {why}").format(why=exc))
        return False


def export_csv_file(session: DiarySession, parent: QWidget, path: str | None = None) -> bool:
    """Export entries… as CSV or, for a name ending in .xlsx, an Excel workbook."""
    from diary.exports.entry_files import export_entries

    saved = _save_checked(
        parent,
        path,
        _tr("Export entries"),
        f"relief-diary-{session.today()}.csv",
        _tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"),
        lambda p: export_entries(p, session.entries(), session.procedures()),
        session.path,
    )
    outside = session.outside_range()[0] if saved else 0
    if outside:  # an older version let them in; the patient is told, not left to find out
        text = _tr(
            "{count} entries dated before 1900-01-01 or more than a year ahead were left "
            "out (they stay in the diary file)."
        )
        QMessageBox.information(parent, APP_NAME, text.format(count=outside))
    return saved


def _chart_kind(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in (".png", ".svg"):
        message = _tr("{name}: the file name must end in .png or .svg")
        raise InvalidRecord(message.format(name=Path(path).name))
    return suffix[1:]


def save_chart_file(session: DiarySession, parent: QWidget, path: str | None = None) -> bool:
    from diary.exports.report_data import report_data
    from diary.qt.exports.files import chart_bytes

    data = report_data(session.entries(), session.procedures(), session.rules(), session.today())
    return _save_checked(
        parent,
        path,
        _tr("Save the chart"),
        f"relief-diary-chart-{session.today()}.png",
        _tr("PNG picture (*.png);;SVG drawing (*.svg)"),
        lambda p: chart_bytes(data, _chart_kind(p)),
        session.path,
    )
