"""EntryForm: log (or edit) one entry: the ratings, the day, the time and a note.

The form hands the entry to a ``save`` function (the session's), and only says
"Saved" when that function returned, i.e. after the commit. When it raises, the
patient's values stay on screen with the reason.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary.core.notes import MAX_NOTE_CHARS
from diary.core.records import (
    FIRST_DAY,
    MEASURES,
    Entry,
    InvalidRecord,
    Procedure,
    check_day,
    check_time,
)
from diary.core.warning_signs import checklist_procedure
from diary.qt.medication_field import MedicationField
from diary.qt.qdates import DateField, qdate
from diary.qt.rating_pad import RatingPad, ten_key
from diary.qt.theme import message_style, primary_button_style
from diary.qt.tick_style import large_tick
from diary.qt.warning_checklist import WarningChecklist
from diary.store import StoreError

SaveFunction = Callable[[Entry], Entry]


def _normal_time(text: str) -> str | None:
    text = text.strip().replace(".", ":")
    if not text:
        return None
    m = re.fullmatch(r"(\d{1,2}):?(\d{2})", text)
    return check_time(f"{int(m.group(1)):02d}:{m.group(2)}" if m else text)


def summary(entry: Entry, titles: dict[str, str]) -> str:
    parts = [
        f"{titles[m].lower()} {entry.rating(m)}" for m in MEASURES if entry.rating(m) is not None
    ]
    return ", ".join(parts) if parts else QCoreApplication.translate("EntryForm", "a note")


class EntryForm(QWidget):
    """The ratings pad with the day, time, note and the save button."""

    saved = Signal(object)  # the Entry as committed

    def __init__(
        self,
        save: SaveFunction,
        today: Callable[[], dt.date] = dt.date.today,
        editing: Entry | None = None,
        procedures: Callable[[], list[Procedure]] = list,
        parent: QWidget | None = None,
        medication_names: Callable[[], list[str]] = list,
    ):
        super().__init__(parent)
        self._save = save
        self._today = today
        self._editing = editing
        self._procedures = procedures
        self.last_saved: Entry | None = None  # what "✓ Saved" speaks of
        self.checklist = WarningChecklist()
        self.medications = MedicationField(medication_names)
        self.pad = RatingPad()
        self.hint = QLabel(
            self.tr(
                "Type a number for each rating: <b>{ten}</b> for 10, <b>Space</b> to skip, "
                "<b>Backspace</b> to go back, then <b>Enter</b> to save."
            ).format(ten=ten_key())
        )
        self.hint.setWordWrap(True)
        self._hint_text = self.hint.text()
        self.pad.changed.connect(self._pad_changed)
        self.day = DateField()
        self.day.setAccessibleName(self.tr("Day"))
        self.day.dateChanged.connect(self._day_changed)
        self.time = QLineEdit()
        self.time.setMaxLength(5)
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setAccessibleDescription(self.tr("Optional, as HH:MM"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Anything worth remembering (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.installEventFilter(self)
        self.for_doctor = large_tick(QCheckBox(self.tr("For the doctor")))
        self.for_doctor.setToolTip(self.tr("Show this note in the appointment report"))
        self.for_doctor.setAccessibleDescription(
            self.tr("Show this note in the appointment report")
        )
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 16)
        self.save_button = QPushButton(
            self.tr("Save entry") if editing is None else self.tr("Save changes")
        )
        self.save_button.setMinimumHeight(44)
        self.save_button.setStyleSheet(primary_button_style())
        self.save_button.clicked.connect(self.submit)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setMinimumHeight(44)
        self.clear_button.clicked.connect(self.reset)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Save status"))

        when = QHBoxLayout()
        when.addWidget(self.day, 2)
        self.time_label = QLabel(self.tr("Time"))
        when.addWidget(self.time_label)
        when.addWidget(self.time, 1)
        form = QFormLayout()
        form.addRow(self.tr("Day"), when)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.for_doctor, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Note"), note_row)
        form.addRow(self.tr("Medications"), self.medications)
        # A row of its own, so that the window can keep it in view below a form that
        # scrolls (large text on a laptop screen).
        self.button_row = QWidget()
        buttons = QHBoxLayout(self.button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.save_button)
        if editing is None:
            buttons.addWidget(self.clear_button)
        else:
            self.clear_button.hide()
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.pad)
        layout.addLayout(form)
        layout.addWidget(self.checklist)
        layout.addWidget(self.button_row)
        self.setTabOrder(self.pad, self.day)
        self.setTabOrder(self.day, self.time)
        self.setTabOrder(self.time, self.note)
        self.setTabOrder(self.note, self.for_doctor)
        self.setTabOrder(self.for_doctor, self.medications)
        self.setTabOrder(self.medications, self.checklist.boxes[0])
        for a, b in zip(self.checklist.boxes, self.checklist.boxes[1:], strict=False):
            self.setTabOrder(a, b)
        self.setTabOrder(self.checklist.boxes[-1], self.save_button)
        if editing is None:  # the edit dialog has no Clear button
            self.setTabOrder(self.save_button, self.clear_button)
        self.reset()
        if editing is not None:
            self.load(editing)

    # Filling in -----------------------------------------------------------------

    def reset(self) -> None:
        """Ready for a new entry today (values, note and messages cleared)."""
        today = self._today()
        self.day.setMaximumDate(qdate(today))
        self.day.setMinimumDate(qdate(FIRST_DAY))
        self.day.setDate(qdate(today))
        self.time.clear()
        self.note.clear()
        self.for_doctor.setChecked(False)
        self.medications.clear()
        self.pad.clear()
        self.checklist.set_signs(())
        self._day_changed()
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def load(self, entry: Entry) -> None:
        self.day.setDate(qdate(entry.day))
        self.time.setText(entry.time or "")
        self.pad.set_values({m: entry.rating(m) for m in MEASURES})
        self.note.setPlainText(entry.note)
        self.for_doctor.setChecked(entry.for_doctor)
        self.medications.set_medications(entry.medications)
        self.checklist.set_signs(entry.warnings)

    def refresh_today(self, previous: dt.date) -> None:
        """After midnight, move an untouched form on to the new day."""
        today = self._today()
        self.day.setMaximumDate(qdate(today))
        if self._editing is None and self.day.date() == qdate(previous):
            self.day.setDate(qdate(today))

    def _pad_changed(self) -> None:
        if self.pad.active_row() is None:
            self.hint.setText(self.tr("<b>Press Enter to save</b>, or Backspace to change."))
        else:
            self.hint.setText(self._hint_text)

    def refresh_checklist(self) -> None:
        """Offer the checklist in the first 14 days after a procedure."""
        day = self.day.date().toPython()
        proc = checklist_procedure(day, self._procedures())
        self.checklist.offer(proc, day)

    def _day_changed(self) -> None:
        self.refresh_checklist()
        is_today = self.day.date() == qdate(self._today())
        now_text = self.tr("now") if self._editing is None else self.tr("none")
        self.time.setPlaceholderText(now_text if is_today else self.tr("none"))

    def current_entry(self) -> Entry:
        """The entry as shown; raises ``InvalidRecord`` with a message to show."""
        day = self.day.date().toPython()
        if day > self._today():
            raise InvalidRecord(self.tr("The day cannot be in the future."))
        check_day(day)  # the one accepted range (issue 12): not before 1900
        try:
            time = _normal_time(self.time.text())
        except InvalidRecord:
            raise InvalidRecord(self.tr("The time must be like 14:30, or left empty.")) from None
        if time is None and self._editing is None and day == self._today():
            time = dt.datetime.now().strftime("%H:%M")
        values = self.pad.values()
        try:
            meds = self.medications.medications()
        except ValueError:
            raise InvalidRecord(
                self.tr("Write each medication as a name and a dose, separated by ';'.")
            ) from None
        note = self.note.toPlainText().strip()
        if len(note) > MAX_NOTE_CHARS:  # the same limit as import and export
            raise InvalidRecord(
                self.tr(
                    "The note is too long: {n} characters; a note holds at most {limit}."
                ).format(n=len(note), limit=MAX_NOTE_CHARS)
            )
        try:
            entry = Entry(
                day,
                time,
                note=note,
                warnings=self.checklist.signs(),
                for_doctor=self.for_doctor.isChecked(),
                medications=meds,
                **values,
            )
        except InvalidRecord:
            raise InvalidRecord(
                self.tr(
                    "Choose at least one rating, or write a note: ticked signs and "
                    "medications are saved with it."
                )
            ) from None
        return entry.with_id(self._editing.id) if self._editing else entry

    # Saving ---------------------------------------------------------------------

    def submit(self) -> bool:
        """Save what is shown; True when it was committed."""
        try:
            entry = self.current_entry()
            committed = self._save(entry)
        except (InvalidRecord, StoreError) as exc:
            self.show_error(str(exc))
            return False
        titles = {m: self.pad.measure_title(m) for m in MEASURES}
        when = committed.time or QLocale().toString(committed.day, "d MMM")
        self.message.setStyleSheet(message_style(ok=True))
        self.message.setText(
            self.tr("✓ Saved ({when}): {what}.").format(when=when, what=summary(committed, titles))
        )
        self.last_saved = committed
        if self._editing is None:
            message = self.message.text()
            self.reset()
            self.message.setText(message)
        self.saved.emit(committed)
        return True

    def forget_message(self) -> None:
        self.last_saved = None
        self.message.clear()

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(message_style(ok=False))
        self.message.setText("⚠ " + text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter anywhere in the form saves (the note keeps Enter for new lines;
        # Ctrl+Enter saves from there too).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 16)
        super().changeEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            obj is self.note
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submit()
            return True
        return super().eventFilter(obj, event)
