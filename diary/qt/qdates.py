"""Days between Python and Qt: a QDate for the date fields, and a day as text in
the user's language."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import QDateEdit, QTimeEdit, QWidget


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: dt.date) -> str:
    """'Sat 21 Nov 2026', in the user's language."""
    return QLocale().toString(day, "ddd d MMM yyyy")


class _TypedSections:
    """Mixin for QDateEdit/QTimeEdit: typing works the moment the field is clicked or
    focused. Qt leaves the cursor where the click landed (on the weekday, where digits
    do nothing, or between digits) and selects the weekday on Tab: this selects the
    number under the pointer instead (the day when the weekday was hit)."""

    from_start = False  # a click anywhere starts at the first number (times)

    def _select_typable(self) -> None:
        index = 0 if self.from_start else self.currentSectionIndex()
        if index < 0 or index in self._word_sections():
            index = next(
                (i for i in range(self.sectionCount()) if i not in self._word_sections()), 0
            )
        self.setCurrentSectionIndex(index)
        self.setSelectedSection(self.currentSection())

    def _word_sections(self) -> set[int]:
        """Sections shown as words (the weekday), where digits do nothing."""
        fields = re.findall(r"d+|M+|y+|H+|h+|m+|s+|z+|[aA]p?", self.displayFormat())
        return {i for i, f in enumerate(fields) if f in ("ddd", "dddd")}

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:  # the click chooses
            QTimer.singleShot(0, self._select_typable)

    def event(self, event) -> bool:
        # QDateTimeEdit walks Tab/Shift+Tab through its sections (day, month, year),
        # so a keyboard user following a form fills the wrong fields: Tab leaves the
        # field as in any other. A separator or the arrow keys still move between
        # sections (they reach Qt's own handling, which this does not touch).
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            mods = event.modifiers()
            if not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                back = event.key() == Qt.Key.Key_Backtab or bool(
                    mods & Qt.KeyboardModifier.ShiftModifier
                )
                QWidget.focusNextPrevChild(self, not back)
                event.accept()
                return True
        return super().event(event)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        # Clicks land on the line edit inside the field, not on the field itself.
        if event.type() == QEvent.Type.MouseButtonRelease and not obj.hasSelectedText():
            QTimer.singleShot(0, self._select_typable)
        return super().eventFilter(obj, event)

    def _watch_clicks(self) -> None:
        self.lineEdit().installEventFilter(self)


class DateField(_TypedSections, QDateEdit):
    """A date with a calendar button, typed into as soon as it is clicked."""

    def __init__(self, day: dt.date | None = None, parent=None):
        super().__init__(parent)
        if day is not None:
            self.setDate(qdate(day))
        self.setCalendarPopup(True)
        self.setDisplayFormat("ddd d MMM yyyy")
        self._watch_clicks()


class TimeField(_TypedSections, QTimeEdit):
    """HH:mm, typed into as soon as it is clicked: "1930" is 19:30 wherever the
    click landed."""

    from_start = True

    def __init__(self, at: QTime | None = None, parent=None):
        super().__init__(parent)
        if at is not None:
            self.setTime(at)
        self.setDisplayFormat("HH:mm")
        self._watch_clicks()
