"""File menu actions: CSV import (with a preview) and export, the appointment report
(save or print), and chart pictures. Each writes through diary.files (user-only,
temporary file renamed into place)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diary import APP_NAME
from diary.core.csv_format import ParsedCsv, export_csv, parse_csv
from diary.core.report_data import default_start
from diary.files import write_private
from diary.qt.qdates import DateField, day_text
from diary.qt.session import DiarySession
from diary.qt.table_models import EntryTableModel
from diary.qt.tick_style import large_tick
from diary.store import StoreError


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
) -> str | None:
    """Ask where (unless ``path`` is given), then write ``make(path)`` user-only
    and atomically; return the path, or None when cancelled or not written."""
    if path is None:
        path, _f = QFileDialog.getSaveFileName(
            parent, title, str(Path(_documents()) / suggested), filters
        )
        if not path:
            return None
    try:
        write_private(Path(path), make(path))
    except OSError as exc:
        complain(_tr("Not saved: {why}").format(why=exc.strerror))
        return None
    return path


class ImportPreview(QDialog):
    """The rows a CSV file would add, and its problems; nothing changes until
    the patient confirms (and nothing at all if there is any problem)."""

    def __init__(self, name: str, parsed: ParsedCsv, fresh: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {name}").format(name=name))
        skipped = len(parsed.entries) - len(fresh)
        if parsed.problems:
            head = self.tr(
                "This file cannot be imported: {n} problem(s) below. Nothing was changed."
            ).format(n=len(parsed.problems))
        else:
            head = self.tr(
                "{add} new entries will be added; {skip} are already in your diary."
            ).format(add=len(fresh), skip=skipped)
        self.summary = QLabel(head)
        self.summary.setWordWrap(True)
        self.problems = QPlainTextEdit("\n".join(str(p) for p in parsed.problems))
        self.problems.setReadOnly(True)
        self.problems.setVisible(bool(parsed.problems))
        self.problems.setAccessibleName(self.tr("Problems in the file"))
        self.model = EntryTableModel(self)
        self.model.set_entries(fresh)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setAccessibleName(self.tr("Entries to add"))
        table.setVisible(not parsed.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(not parsed.problems and bool(fresh))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(820, 560)


class ReportDialog(QDialog):
    """Choose the range and the name on the report, then save it as PDF or print it."""

    def __init__(self, session: DiarySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        store = session.store
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
        visit = store.setting("last_visit")
        self.start = DateField(dt.date.fromisoformat(visit) if visit else default)
        self.start.setAccessibleName(self.tr("First day"))
        self.start.dateChanged.connect(lambda _d: self.since_visit.setChecked(True))
        self.end = DateField(today)
        self.end.setAccessibleName(self.tr("Last day"))
        self.name = QLineEdit(store.setting("patient_name", "") or "")
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
        save.clicked.connect(self.save_pdf)
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
            s.store.set_setting("patient_name", self.name.text().strip())
            if start is not None:
                s.store.set_setting("last_visit", start.isoformat())
        except StoreError:
            pass  # the report can still be made; the name is just not remembered
        return report_data(s.entries(), s.procedures(), s.rules(), end, start)

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
        )
        if path is None:
            return False
        self.message.setText(self.tr("✓ Saved {path}").format(path=path))
        return True

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from diary.qt.exports import chart_bytes
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
        from diary.qt.chart_export import REPORT_SIZE

        chart = chart_bytes(data, "png", REPORT_SIZE)
        pages = ReportRenderer(data, self.name.text().strip(), chart).render(printer)
        self.message.setText(self.tr("✓ Sent {n} pages to the printer.").format(n=pages))


def import_csv(session: DiarySession, parent: QWidget, path: str | None = None) -> int:
    """Ask for a file, preview it, and import on confirmation; entries added."""
    if path is None:
        path, _f = QFileDialog.getOpenFileName(
            parent, _tr("Import entries"), _documents(), _tr("CSV files (*.csv)")
        )
        if not path:
            return 0
    try:
        parsed = parse_csv(Path(path).read_bytes())
    except OSError as exc:
        QMessageBox.warning(
            parent, APP_NAME, _tr("Cannot read the file: {why}").format(why=exc.strerror)
        )
        return 0
    fresh = session.store.preview_import(parsed.entries) if not parsed.problems else []
    preview = ImportPreview(Path(path).name, parsed, fresh, parent)
    if preview.exec() != QDialog.DialogCode.Accepted or parsed.problems or not fresh:
        return 0  # a file with any problem is never imported, not even in part
    try:
        added, _skipped = session.import_entries(parsed.entries)
    except StoreError as exc:
        QMessageBox.warning(parent, APP_NAME, str(exc))
        return 0
    return added


def _warn(parent: QWidget) -> Callable[[str], None]:
    return lambda text: QMessageBox.warning(parent, APP_NAME, text)


def export_csv_file(session: DiarySession, parent: QWidget, path: str | None = None) -> bool:
    return (
        save_bytes(
            parent,
            path,
            _tr("Export entries"),
            f"relief-diary-{session.today()}.csv",
            _tr("CSV files (*.csv)"),
            lambda _p: export_csv(session.entries()),
            _warn(parent),
        )
        is not None
    )


def save_chart_file(session: DiarySession, parent: QWidget, path: str | None = None) -> bool:
    from diary.core.report_data import report_data
    from diary.qt.exports import chart_bytes

    data = report_data(session.entries(), session.procedures(), session.rules(), session.today())
    return (
        save_bytes(
            parent,
            path,
            _tr("Save the chart"),
            f"relief-diary-chart-{session.today()}.png",
            _tr("PNG picture (*.png);;SVG drawing (*.svg)"),
            lambda p: chart_bytes(data, "svg" if p.lower().endswith(".svg") else "png"),
            _warn(parent),
        )
        is not None
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
        info = session.store.backup("manual", Path(path))
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
    """Restore… a backup over the open diary, after a confirmation."""
    from diary.store.backup import backup_dir, check_backup
    from diary.store.recovery import restore

    if path is None:
        path, _f = QFileDialog.getOpenFileName(
            parent,
            _tr("Restore a backup"),
            str(backup_dir(session.store.path)),
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
        ).format(now=session.store.count_entries(), then=entries),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore(session.store.path, Path(path))
    except StoreError as exc:
        QMessageBox.warning(parent, APP_NAME, str(exc))
        return False
    session.reload()
    return True
