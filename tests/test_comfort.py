"""Reminders (fake clock), the welcome, help, preferences and the desktop entry."""

import datetime as dt
import os

import pytest
from PySide6.QtCore import QSettings

from diary.core.records import Entry
from diary.core.reminders import ReminderSettings, reminder_due
from diary.qt.reminder import DailyReminder, load_settings, save_settings
from diary.qt.session import DiarySession
from diary.qt.welcome import WelcomeWizard, needs_welcome

AT = ReminderSettings(True, dt.time(19, 0))


def t(day: int, hh: int, mm: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hh, mm)


def test_reminder_rules():
    assert not reminder_due(t(21, 18, 59), AT, None, False)
    assert reminder_due(t(21, 19, 0), AT, None, False)
    assert not reminder_due(t(21, 19, 0), AT, None, True)  # already rated today
    assert not reminder_due(t(21, 22, 0), AT, dt.date(2026, 11, 21), False)  # once a day
    assert reminder_due(
        t(22, 7, 0), ReminderSettings(True, dt.time(6, 0)), dt.date(2026, 11, 21), False
    )
    # woke from sleep long after the time: reminded once, the same day
    assert reminder_due(t(21, 23, 30), AT, dt.date(2026, 11, 20), False)
    assert not reminder_due(t(21, 20, 0), ReminderSettings(False, dt.time(19)), None, False)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)


class FakeNotifier:
    def __init__(self):
        self.sent = []

    def notify(self, title, text):
        self.sent.append(text)


def test_daily_reminder_ticks_against_the_clock(qapp, store, settings):
    session = DiarySession(store)
    clock = {"now": t(21, 18, 0)}
    notifier = FakeNotifier()
    reminder = DailyReminder(session, settings, notifier, now=lambda: clock["now"])
    assert not reminder.tick()
    clock["now"] = t(21, 19, 1)
    assert reminder.tick() and len(notifier.sent) == 1
    assert "health" not in notifier.sent[0] and "pain" in notifier.sent[0]
    assert not reminder.tick()  # once
    clock["now"] = t(22, 19, 5)
    session.add_entry(Entry(dt.date(2026, 11, 22), None, 3))
    assert not reminder.tick()  # rated today: no reminder
    save_settings(settings, ReminderSettings(False, dt.time(19)))
    clock["now"] = t(23, 20, 0)
    assert not reminder.tick() and not load_settings(settings).enabled
    assert reminder.timer.interval() == 60_000  # ticks every minute


def test_welcome_flow_adds_the_procedure_and_reminder(qtbot, store, settings):
    session = DiarySession(store)
    session.today = lambda: dt.date(2026, 11, 21)
    assert needs_welcome(session, settings)
    wizard = WelcomeWizard(session, settings)
    qtbot.addWidget(wizard)
    wizard.proc.levels.setText("T6–T8")
    wizard.proc.baseline.setCurrentIndex(wizard.proc.baseline.findData(7))
    wizard.proc.day.setDate(wizard.proc.day.date().addDays(-10))
    wizard.remind_time.setTime(wizard.remind_time.time().addSecs(3600))
    wizard.accept()
    [p] = store.procedures()
    assert (p.day, p.levels, p.baseline) == (dt.date(2026, 11, 11), "T6–T8", 7)
    assert load_settings(settings).at == dt.time(20, 0)
    assert not needs_welcome(session, settings)


def test_pressing_enter_through_the_welcome_adds_no_procedure(qtbot, store, settings):
    session = DiarySession(store)
    wizard = WelcomeWizard(session, settings)
    qtbot.addWidget(wizard)
    wizard.accept()
    assert store.procedures() == [] and not needs_welcome(session, settings)


def test_welcome_can_skip_everything(qtbot, store, settings):
    session = DiarySession(store)
    wizard = WelcomeWizard(session, settings)
    qtbot.addWidget(wizard)
    wizard.skip_procedure.setChecked(True)
    assert not wizard.proc.isEnabled()
    wizard.accept()
    assert store.procedures() == [] and not needs_welcome(session, settings)


def test_help_names_the_sources_and_privacy(qtbot):
    from diary.core.rules import ReliefRules
    from diary.qt.help_dialog import HelpDialog

    dialog = HelpDialog(ReliefRules(), "/home/x/diary.sqlite3", "/home/x/diary-backups")
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for needle in (
        "0 (none)",
        "10 (worst imaginable)",
        "Farrar",
        "IMMPACT",
        "80 %",
        "Settling in",
        "Relief may be fading",
        "Nothing leaves this computer",
        "/home/x/diary-backups",
        "Appointment report",
    ):
        assert needle in text, needle
    assert "qualifies for" not in text.replace("never says whether anyone qualifies for", "")


def test_preferences_save(qtbot, store, settings):
    from diary.qt.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings, DiarySession(store))
    qtbot.addWidget(dialog)
    dialog.remind.setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.text_size.setCurrentIndex(2)
    dialog.name.setText("Ana")
    dialog.save()
    assert not load_settings(settings).enabled
    assert settings.value("language") == "es" and float(settings.value("text_scale")) == 2.0
    assert store.setting("patient_name") == "Ana"


@pytest.mark.skipif(not os.sys.platform.startswith("linux"), reason="Linux desktop entry")
def test_install_desktop_entry(tmp_path, monkeypatch, capsys):
    from diary.cli import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["--install-desktop-entry"]) == 0
    desktop = (tmp_path / "applications" / "relief-diary.desktop").read_text()
    assert "Name=Relief Diary" in desktop and "Exec=" in desktop and "Icon=relief-diary" in desktop
    assert (tmp_path / "icons/hicolor/256x256/apps/relief-diary.png").exists()
    assert (tmp_path / "icons/hicolor/scalable/apps/relief-diary.svg").exists()
