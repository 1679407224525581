"""Dialogs to edit one record: an entry, or a procedure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from diary.core.i18n import tl
from diary.core.records import (
    KIND_LABELS,
    SIDE_LABELS,
    Entry,
    InvalidRecord,
    Procedure,
    ProcedureKind,
    Side,
)
from diary.qt.entry_form import EntryForm
from diary.qt.qdates import DateField, qdate
from diary.qt.theme import message_style
from diary.qt.widgets import scrolling
from diary.store import StoreError


class EntryDialog(QDialog):
    """Edit a past entry with the same form used to log one."""

    def __init__(
        self,
        entry: Entry,
        save: Callable[[Entry], Entry],
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
        procedures: Callable[[], list[Procedure]] = list,
        medication_names: Callable[[], list[str]] = list,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit entry"))
        self.changed = False  # whether saving wrote anything (Enter on an untouched entry)

        def save_if_changed(new: Entry) -> Entry:
            if new == entry:
                return entry
            saved = save(new)
            self.changed = True
            return saved

        self.form = EntryForm(
            save_if_changed,
            today,
            editing=entry,
            procedures=procedures,
            medication_names=medication_names,
        )
        self.form.saved.connect(lambda _e: self.accept())
        cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel.rejected.connect(self.reject)
        scroll = scrolling(self.form, self.tr("Edit entry"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(cancel)
        hint = self.form.sizeHint()
        self.resize(hint.width() + 40, hint.height() + cancel.sizeHint().height() + 40)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        # Typing starts at once: the dialog says "type a number for each rating".
        self.form.pad.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


class ProcedureFields(QWidget):
    """Date, kind, levels, side, baseline pain and (optionally) a note: the same
    fields in the procedure dialog and the welcome."""

    edited = Signal()  # the patient changed any field

    def __init__(
        self,
        today: dt.date,
        kind: str = "rfa",
        with_note: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.day = DateField(today)
        self.kind = QComboBox()
        for option in ProcedureKind:
            self.kind.addItem(tl(KIND_LABELS[option]), option.value)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.levels = QLineEdit()
        self.levels.setPlaceholderText(self.tr("e.g. T6–T8"))
        self.side = QComboBox()
        self.side.addItem(self.tr("Not recorded"), None)
        for side in Side:
            self.side.addItem(tl(SIDE_LABELS[side]), side.value)
        self.baseline = QComboBox()
        self.baseline.addItem(self.tr("Not recorded"), None)
        for value in range(11):
            self.baseline.addItem(str(value), value)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        rows = [
            (self.tr("Date"), self.tr("Procedure date"), self.day),
            (self.tr("Kind"), self.tr("Kind of procedure"), self.kind),
            (self.tr("Levels"), self.tr("Levels"), self.levels),
            (self.tr("Side"), self.tr("Side"), self.side),
            (self.tr("Your usual pain before it (0–10)"), self.tr("Baseline pain"), self.baseline),
        ]
        if with_note:
            rows.append((self.tr("Note"), self.tr("Note"), self.note))
        else:
            self.note.hide()
        for label, name, widget in rows:
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.day.dateChanged.connect(self.edited)
        self.kind.currentIndexChanged.connect(self.edited)
        self.levels.textEdited.connect(self.edited)
        self.side.currentIndexChanged.connect(self.edited)
        self.baseline.currentIndexChanged.connect(self.edited)

    def load(self, p: Procedure) -> None:
        self.day.setDate(qdate(p.day))
        self.kind.setCurrentIndex(self.kind.findData(p.kind.value))
        self.levels.setText(p.levels)
        self.side.setCurrentIndex(self.side.findData(p.side.value if p.side else None))
        self.baseline.setCurrentIndex(self.baseline.findData(p.baseline))
        self.note.setPlainText(p.note)

    def procedure(self, proc_id: int | None = None) -> Procedure:
        return Procedure(
            self.day.date().toPython(),
            self.kind.currentData(),
            self.levels.text().strip(),
            self.side.currentData(),
            self.baseline.currentData(),
            self.note.toPlainText().strip(),
            proc_id,
        )


class ProcedureDialog(QDialog):
    """Add or edit a procedure: date, kind, levels, side, baseline pain, note."""

    def __init__(
        self,
        save: Callable[[Procedure], Procedure],
        procedure: Procedure | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
        kind: str = "rfa",
    ):
        super().__init__(parent)
        self._save = save
        self._editing = procedure
        self.setWindowTitle(self.tr("Edit procedure") if procedure else self.tr("Add procedure"))
        self.fields = ProcedureFields(today or dt.date.today(), kind)
        f = self.fields
        self.day, self.kind, self.levels = f.day, f.kind, f.levels
        self.side, self.baseline, self.note = f.side, f.baseline, f.note
        self.message = QLabel()
        self.message.setStyleSheet(message_style(ok=False))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if procedure is not None:
            self.fields.load(procedure)

    def procedure(self) -> Procedure:
        return self.fields.procedure(self._editing.id if self._editing else None)

    def _accept(self) -> None:
        try:
            self._save(self.procedure())
        except (InvalidRecord, StoreError) as exc:
            self.message.setText("⚠ " + str(exc))
            return
        self.accept()
