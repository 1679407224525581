"""ReportDialog: File ▸ Appointment report: the range and the name on the report,
then save it as PDF or print it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from diary.exports.report_data import default_start
from diary.exports.report_details import report_extras
from diary.qt.exports.export_actions import save_bytes
from diary.qt.qdates import DateField, day_text
from diary.qt.session import DiarySession
from diary.qt.tick_style import large_tick
from diary.store import StoreError


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
                self.tr(
                    "Since the last procedure, with the two weeks before it (from {day})"
                ).format(day=day_text(default))
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
        from diary.exports.report_data import report_data

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
        extras = report_extras(s, s.procedures())
        return report_data(s.entries(), s.procedures(), s.rules(), end, start, extras)

    def save_pdf(self, path: str | None = None) -> bool:
        from diary.qt.exports.files import report_bytes

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

        from diary.qt.exports.report import ReportRenderer, locale_page_size

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
        from diary.qt.exports.files import report_chart

        chart = report_chart(data)
        pages = ReportRenderer(data, self.name.text().strip(), chart).render(printer)
        self.message.setText(self.tr("✓ Sent {n} pages to the printer.").format(n=pages))
