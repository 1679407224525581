"""WeeklyOffer: the window's one-time offer to switch the reminder to once a week,
for a patient who, from week 8 after a procedure, has been rating fewer than 4 days
in 7 for two weeks (``weekly_offer_due``). Nothing about the entries changes: the
same ratings, less often. Preferences switches back at any time."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from diary.core.reminders import ReminderSettings, weekly_offer_due
from diary.qt.reminder import load_settings, save_settings
from diary.qt.theme import banner_style, banner_text_style

if TYPE_CHECKING:
    from diary.qt.session import DiarySession

# Older versions kept the procedure day the offer was made for in the settings file;
# it is health data, so it now lives in the diary (DiarySession.weekly_offered).
OFFERED_KEY = "reminder/weekly_offered"


def weekday_box(selected: int) -> QComboBox:
    """Monday … Sunday in the patient's language; the data is 0 (Monday) … 6."""
    box = QComboBox()
    locale = QLocale()
    for day in range(7):
        box.addItem(locale.dayName(day + 1, QLocale.FormatType.LongFormat), day)
    box.setCurrentIndex(selected)
    return box


class WeeklyOffer(QFrame):
    """A banner with a day, a time, "Remind me once a week" and "Keep daily"."""

    switched = Signal()

    def __init__(self, settings: QSettings, session: DiarySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.session = session
        older = settings.value(OFFERED_KEY, "")
        if older:  # moved from the settings file into the diary
            if not session.weekly_offered():
                session.mark_weekly_offered(str(older))
            settings.remove(OFFERED_KEY)
        self._procedure_day: dt.date | None = None
        self.setObjectName("weeklyOffer")
        self.setStyleSheet("QFrame#weeklyOffer { " + banner_style("#e6f4ea", "#0d4f22") + " }")
        self.text = QLabel(
            self.tr(
                "You have been rating on fewer than 4 days a week. That is fine: one entry "
                "a week is enough to follow your relief over months. Remind you once a "
                "week instead of every day?"
            )
        )
        self.text.setWordWrap(True)
        self.text.setStyleSheet(banner_text_style("#0d4f22"))
        self.text.setAccessibleName(self.tr("Weekly reminder offer"))
        current = load_settings(settings)
        self.day = weekday_box(dt.date.today().weekday())
        self.day.setAccessibleName(self.tr("Reminder day"))
        self.time = QTimeEdit(QTime(current.at.hour, current.at.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Reminder time"))
        self.accept = QPushButton(self.tr("Remind me once a week"))
        self.decline = QPushButton(self.tr("Keep daily reminders"))
        for b in (self.accept, self.decline):
            b.setMinimumHeight(44)
        self.accept.clicked.connect(self._accept)
        self.decline.clicked.connect(self._decline)
        # Two short rows rather than one long one: at 200 % text one row would be
        # wider than the window and push everything under a horizontal scroll bar.
        when = QHBoxLayout()
        for widget in (QLabel(self.tr("on")), self.day, QLabel(self.tr("at")), self.time):
            if isinstance(widget, QLabel):
                widget.setStyleSheet(banner_text_style("#0d4f22"))
            when.addWidget(widget)
        when.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept)
        buttons.addWidget(self.decline)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(when)
        layout.addLayout(buttons)
        self.hide()

    def consider(self, procedure_day: dt.date | None, rated: set[dt.date], today: dt.date) -> bool:
        """Show the offer if it is due and was not made for this procedure yet, and
        the reminder is still daily; True when it is shown."""
        if self.isVisible():
            return True
        if procedure_day is None or load_settings(self.settings).weekly:
            return False
        if self.session.weekly_offered() == procedure_day.isoformat():
            return False
        if not weekly_offer_due(procedure_day, rated, today):
            return False
        self._procedure_day = procedure_day
        self.show()
        return True

    def _mark_offered(self) -> None:
        if self._procedure_day is not None:
            self.session.mark_weekly_offered(self._procedure_day.isoformat())
        self.hide()

    def _accept(self) -> None:
        at = self.time.time()
        save_settings(
            self.settings,
            ReminderSettings(True, dt.time(at.hour(), at.minute()), self.day.currentData()),
        )
        self._mark_offered()
        self.switched.emit()

    def _decline(self) -> None:
        self._mark_offered()
