"""Reminder: ticks every minute against the wall clock (QTimer does not count while
the computer sleeps) and reminds through the Notifier, tray or banner, every day or
once a week (the weekly rhythm of issue 11)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, QTimer

from diary.core.reminders import ReminderSettings, parse_time, reminder_due
from diary.qt.notifier import Notifier
from diary.qt.session import DiarySession


def load_settings(settings: QSettings) -> ReminderSettings:
    try:
        weekday = int(settings.value("reminder/weekday", -1))
    except (TypeError, ValueError):
        weekday = -1  # a doctored or damaged preference: remind daily
    return ReminderSettings(
        enabled=settings.value("reminder/enabled", True, type=bool),
        at=parse_time(str(settings.value("reminder/time", "19:00"))),
        weekday=weekday if 0 <= weekday <= 6 else None,
    )


def save_settings(settings: QSettings, reminder: ReminderSettings) -> None:
    settings.setValue("reminder/enabled", reminder.enabled)
    settings.setValue("reminder/time", reminder.at.strftime("%H:%M"))
    settings.setValue("reminder/weekday", -1 if reminder.weekday is None else reminder.weekday)


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
        days = [e.day for e in self.session.entries() if e.day <= now.date()]
        last_entry = max(days, default=None)
        has_entry = last_entry == now.date()
        reminder = load_settings(self.settings)
        if not reminder_due(now, reminder, last_day, has_entry, last_entry):
            return False
        self.settings.setValue("reminder/last", now.date().isoformat())
        if reminder.weekly:
            text = self.tr(
                "Time for this week's ratings: pain, numbness and soreness. One entry a "
                "week is enough to follow your relief over months."
            )
        else:
            text = self.tr("Time for today's ratings: pain, numbness and soreness.")
        self.notifier.notify(self.tr("Relief Diary"), text)
        return True
