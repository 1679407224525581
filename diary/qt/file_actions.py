"""File menu actions: CSV import (with a preview) and export, the appointment report
(save or print), and chart pictures. Each writes through diary.files (user-only,
temporary file renamed into place)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from diary import APP_NAME
from diary.core.records import InvalidRecord
from diary.core.report_data import default_start
from diary.files import write_private
from diary.qt.qdates import DateField, day_text
from diary.qt.session import DiarySession
from diary.qt.tick_style import large_tick
from diary.store import StoreError
from diary.store.targets import check_target


def _tr(text: str) -> str:
    return QCoreApplication.translate("file_actions", text)


def _documents() -> str:
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
            parent, title, str(Path(_documents()) / suggested), filters
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


class ReportDialog(QDialog):
    """Choose the range and the name on the report, then save it as PDF or print it."""

    def __init__(self, session: DiarySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Appointment report"))
        today = session.today()
        default = default_start(session.procedures(), today)
        self.since_procedure = large_tick(
            QRadioButton(
                self.tr("Since the last procedure (from {day})").format(day=day_text(default))
            )
        )
        self.since_visit = large_tick(QRadioButton(self.tr("Since my last visit, or another day:")))
        group = QButtonGroup(self)
        group.addButton(self.since_procedure)
        group.addButton(self.since_visit)
        self.since_procedure.setChecked(True)
        visit = session.setting("last_visit")
        self.start = DateField(dt.date.fromisoformat(visit) if visit else default)
        self.start.setAccessibleName(self.tr("First day"))
        self.start.dateChanged.connect(lambda _d: self.since_visit.setChecked(True))
        self.end = DateField(today)
        self.end.setAccessibleName(self.tr("Last day"))
        self.name = QLineEdit(session.setting("patient_name", "") or "")
        self.name.setPlaceholderText(self.tr("Optional: your name on the report"))
        self.name.setAccessibleName(self.tr("Name on the report"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        start_row = QHBoxLayout()
        start_row.addWidget(self.since_visit)
        start_row.addWidget(self.start)
        form = QFormLayout()
        form.addRow(self.since_procedure)
        form.addRow(start_row)
        form.addRow(self.tr("Up to"), self.end)
        form.addRow(self.tr("Name"), self.name)
        save = QPushButton(self.tr("Save as PDF…"))
        # clicked(bool) would hand its ``checked`` argument to save_pdf as the path.
        save.clicked.connect(lambda: self.save_pdf())
        print_button = QPushButton(self.tr("Print…"))
        print_button.clicked.connect(self.print_report)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for b in (save, print_button, close):
            b.setMinimumHeight(44)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(print_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def range(self) -> tuple[dt.date | None, dt.date]:
        start = None if self.since_procedure.isChecked() else self.start.date().toPython()
        return start, self.end.date().toPython()

    def _data(self):
        from diary.core.report_data import report_data

        start, end = self.range()
        if start is not None and start > end:
            raise ValueError(self.tr("The first day must not be after the last day."))
        s = self.session
        try:
            s.set_setting("patient_name", self.name.text().strip())
            if start is not None:
                s.set_setting("last_visit", start.isoformat())
        except StoreError:
            pass  # the report can still be made; the name is just not remembered
        extras = s.report_extras()
        return report_data(s.entries(), s.procedures(), s.rules(), end, start, extras)

    def save_pdf(self, path: str | None = None) -> bool:
        from diary.qt.exports import report_bytes

        try:
            data = self._data()
        except ValueError as exc:
            self.message.setText("⚠ " + str(exc))
            return False
        path = save_bytes(
            self,
            path,
            self.tr("Save the report"),
            f"relief-diary-report-{data.end}.pdf",
            self.tr("PDF files (*.pdf)"),
            lambda _p: report_bytes(data, self.name.text().strip()),
            lambda why: self.message.setText("⚠ " + why),
            self.session.path,
        )
        if path is None:
            return False
        self.message.setText(self.tr("✓ Saved {path}").format(path=path))
        return True

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from diary.qt.report import ReportRenderer, locale_page_size

        try:
            data = self._data()
        except ValueError as exc:
            self.message.setText("⚠ " + str(exc))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(locale_page_size())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from diary.qt.exports import report_chart

        chart = report_chart(data)
        pages = ReportRenderer(data, self.name.text().strip(), chart).render(printer)
        self.message.setText(self.tr("✓ Sent {n} pages to the printer.").format(n=pages))


def import_csv(session: DiarySession, parent: QWidget, path: str | None = None) -> int:
    """Ask for a file (CSV or .xlsx), preview it, import on confirmation."""
    from diary.qt.import_preview import import_file

    return import_file(session, parent, path)


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
    from diary.core.entry_files import export_entries

    return _save_checked(
        parent,
        path,
        _tr("Export entries"),
        f"relief-diary-{session.today()}.csv",
        _tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"),
        lambda p: export_entries(p, session.entries(), session.procedures()),
        session.path,
    )


def _chart_kind(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in (".png", ".svg"):
        message = _tr("{name}: the file name must end in .png or .svg")
        raise InvalidRecord(message.format(name=Path(path).name))
    return suffix[1:]


def save_chart_file(session: DiarySession, parent: QWidget, path: str | None = None) -> bool:
    from diary.core.report_data import report_data
    from diary.qt.exports import chart_bytes

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


def backup_now(session: DiarySession, parent: QWidget, path: str | None = None) -> bool:
    """Back up now… to a place the patient chooses (a USB stick, say)."""
    if path is None:
        suggested = str(Path(_documents()) / f"relief-diary-backup-{session.today()}.sqlite3")
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
