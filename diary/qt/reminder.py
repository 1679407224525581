"""Reminder: ticks every minute against the wall clock (QTimer does not count while
the computer sleeps) and reminds through the Notifier, tray or banner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, QTimer

from diary.core.reminders import ReminderSettings, parse_time, reminder_due
from diary.qt.notifier import Notifier
from diary.qt.session import DiarySession


def load_settings(settings: QSettings) -> ReminderSettings:
    return ReminderSettings(
        enabled=settings.value("reminder/enabled", True, type=bool),
        at=parse_time(str(settings.value("reminder/time", "19:00"))),
    )


def save_settings(settings: QSettings, reminder: ReminderSettings) -> None:
    settings.setValue("reminder/enabled", reminder.enabled)
    settings.setValue("reminder/time", reminder.at.strftime("%H:%M"))


class DailyReminder(QObject):
    def __init__(
        self,
        session: DiarySession,
        settings: QSettings,
        notifier: Notifier,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.session, self.settings, self.notifier, self.now = session, settings, notifier, now
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(60_000)

    def tick(self) -> bool:
        """Remind if due; True when a reminder was given."""
        now = self.now()
        last = self.settings.value("reminder/last", "")
        last_day = dt.date.fromisoformat(last) if last else None
        has_entry = any(e.day == now.date() for e in reversed(self.session.entries()))
        if not reminder_due(now, load_settings(self.settings), last_day, has_entry):
            return False
        self.settings.setValue("reminder/last", now.date().isoformat())
        self.notifier.notify(
            self.tr("Relief Diary"),
            self.tr("Time for today's ratings: pain, numbness and soreness."),
        )
        return True
