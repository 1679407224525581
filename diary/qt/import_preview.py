"""Import entries from a CSV file or an Excel workbook, through a preview.

The preview shows the rows that would be added (or the file's problems) and,
when the file's dates could be day first or month first (``01/09/2026``), asks
which before anything is shown as ready. Nothing changes until the patient
presses Import, and a file with any problem is never imported, not even in part.
"""

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
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diary import APP_NAME
from diary.core.records import Entry
from diary.exports.csv_format import ParsedCsv
from diary.exports.entry_files import parse_entries
from diary.exports.sheet_values import DMY, MDY, local_fields
from diary.qt.session import DiarySession
from diary.qt.table_models import EntryTableModel
from diary.qt.tick_style import large_tick
from diary.store import StoreError


def _tr(text: str) -> str:
    # The context these strings had in file_actions, so their translations hold.
    return QCoreApplication.translate("file_actions", text)


def _read_as(example: str, order: str) -> str:
    """How ``example`` (such as 01/09/2026) reads in ``order``, in words."""
    first, second, year = local_fields(example) or (1, 1, 2000)
    day, month = (first, second) if order == DMY else (second, first)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return "—"
    return f"{date.day} {date:%B %Y}"


class ImportPreview(QDialog):
    """The rows a file would add, or its problems; asks the order of day and month
    when the file cannot tell. ``parse`` reads the file in a given order, and
    ``fresh`` says which entries are not yet in the diary."""

    def __init__(
        self,
        name: str,
        parse: Callable[[str | None], ParsedCsv],
        fresh: Callable[[list[Entry]], list[Entry]],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._parse = parse
        self._fresh = fresh
        self.parsed = parse(None)
        self.new_entries: list[Entry] = []
        self.setWindowTitle(self.tr("Import {name}").format(name=name))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.order_question = QLabel()
        self.order_question.setWordWrap(True)
        example = self.parsed.undecided
        self.day_first = large_tick(QRadioButton())
        self.month_first = large_tick(QRadioButton())
        self.orders = QButtonGroup(self)
        for button, order in ((self.day_first, DMY), (self.month_first, MDY)):
            self.orders.addButton(button)
            button.setText(
                self.tr("Day first: {example} is {date}").format(
                    example=example, date=_read_as(example, order)
                )
                if order == DMY
                else self.tr("Month first: {example} is {date}").format(
                    example=example, date=_read_as(example, order)
                )
            )
            button.toggled.connect(lambda on, order=order: on and self.read_in(order))
        self.order_question.setText(
            self.tr(
                "This file writes dates such as {example}, which could be day first or "
                "month first. How were they written?"
            ).format(example=example)
        )
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems in the file"))
        self.model = EntryTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Entries to add"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setMinimumHeight(44)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.order_question)
        layout.addWidget(self.day_first)
        layout.addWidget(self.month_first)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        asking = bool(example) and not self.parsed.problems
        for widget in (self.order_question, self.day_first, self.month_first):
            widget.setVisible(asking)
        self._show()
        self._fit()

    def _fit(self) -> None:
        """820 x 560 at the default text size, larger with larger text, never
        larger than the screen."""
        grow = max(1.0, self.fontMetrics().height() / 17)
        width, height = int(820 * grow), int(560 * grow)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() > 0:
            width = min(width, int(screen.width() * 0.95))
            height = min(height, int(screen.height() * 0.9))
        self.resize(width, height)

    def read_in(self, order: str) -> None:
        """Read the file again with the order the patient chose."""
        self.parsed = self._parse(order)
        self._show()

    def ready(self) -> bool:
        """True when Import would add entries and the file has no problem."""
        p = self.parsed
        return not p.problems and not p.undecided and bool(self.new_entries)

    def _show(self) -> None:
        p = self.parsed
        self.new_entries = [] if p.problems or p.undecided else self._fresh(p.entries)
        if p.problems:
            head = self.tr(
                "This file cannot be imported: {n} problem(s) below. Nothing was changed."
            ).format(n=len(p.problems))
        elif p.undecided:
            head = self.tr("Choose how the dates are written to see what will be imported.")
        else:
            head = self.tr(
                "{add} new entries will be added; {skip} are already in your diary."
            ).format(add=len(self.new_entries), skip=len(p.entries) - len(self.new_entries))
        self.summary.setText(head)
        self.problems.setPlainText("\n".join(str(problem) for problem in p.problems))
        self.problems.setVisible(bool(p.problems))
        self.model.set_entries(self.new_entries)
        # Empty while the order is asked: the rows appear as soon as it is chosen.
        self.table.setVisible(not p.problems)
        self.import_button.setEnabled(self.ready())


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def import_file(session: DiarySession, parent: QWidget, path: str | None = None) -> int:
    """Ask for a file, preview it, and import on confirmation; entries added."""
    if path is None:
        path, _f = QFileDialog.getOpenFileName(
            parent,
            _tr("Import entries"),
            _documents(),
            _tr("Diary entries (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)"),
        )
        if not path:
            return 0
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        QMessageBox.warning(
            parent, APP_NAME, _tr("Cannot read the file: {why}").format(why=exc.strerror)
        )
        return 0
    preview = ImportPreview(
        Path(path).name,
        lambda order: parse_entries(data, order),
        session.preview_import,
        parent,
    )
    if preview.exec() != QDialog.DialogCode.Accepted or not preview.ready():
        return 0  # a file with any problem is never imported, not even in part
    try:
        added, _skipped = session.import_entries(preview.parsed.entries)
    except StoreError as exc:
        QMessageBox.warning(parent, APP_NAME, str(exc))
        return 0
    return added
