"""The weekly rhythm (issue 11): the weekly schedule, the weekly reminder, the one-time
offer in the window, and switching back in Preferences."""

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from diary.core.records import Entry, Procedure
from diary.core.reminders import (
    ReminderSettings,
    next_weekly_occasion,
    reminder_due,
    weekly_occasion,
    weekly_offer_due,
)
from diary.qt.main_window import MainWindow
from diary.qt.reminder import DailyReminder, load_settings, save_settings
from diary.qt.session import DiarySession
from tests.conftest import TODAY
from tests.test_comfort import FakeNotifier

MONDAY = 0
# 2026-11-16 is a Monday; 19:00 each Monday.
WEEKLY = ReminderSettings(True, dt.time(19, 0), MONDAY)


def at(day: int, hh: int, mm: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hh, mm)


def test_weekly_schedule():
    assert dt.date(2026, 11, 16).weekday() == MONDAY
    # Monday 18:59: this week's moment is still to come -> last week's (9 Nov 19:00).
    assert weekly_occasion(at(16, 18, 59), MONDAY, dt.time(19)) == at(9, 19)
    assert weekly_occasion(at(16, 19, 0), MONDAY, dt.time(19)) == at(16, 19)
    # Thursday: Monday's moment of the same week.
    assert weekly_occasion(at(19, 8), MONDAY, dt.time(19)) == at(16, 19)
    assert next_weekly_occasion(at(19, 8), MONDAY, dt.time(19)) == at(23, 19)


def test_weekly_reminder_due():
    # Monday 19:00, nothing rated since last Monday's entry (9 Nov): remind.
    assert reminder_due(at(16, 19), WEEKLY, None, False, dt.date(2026, 11, 9))
    assert not reminder_due(at(16, 18, 59), WEEKLY, None, False, dt.date(2026, 11, 9))
    # Rated on Monday morning: this week's entry is there.
    assert not reminder_due(at(16, 19), WEEKLY, None, False, dt.date(2026, 11, 16))
    # Reminded on Monday: not again on Tuesday …
    assert not reminder_due(at(17, 20), WEEKLY, dt.date(2026, 11, 16), False, None)
    # … but a computer asleep all Monday reminds on Wednesday, within the week.
    assert reminder_due(at(18, 9), WEEKLY, dt.date(2026, 11, 9), False, dt.date(2026, 11, 2))
    # Not every day: Tuesday after a Monday entry.
    assert not reminder_due(at(17, 19), WEEKLY, dt.date(2026, 11, 9), False, dt.date(2026, 11, 16))
    off = ReminderSettings(False, dt.time(19), MONDAY)
    assert not reminder_due(at(16, 19), off, None, False, None)
    with pytest.raises(ValueError):
        ReminderSettings(True, dt.time(19), 7)


def test_weekly_offer_rule():
    proc = dt.date(2026, 9, 1)
    today = proc + dt.timedelta(days=70)
    # Every second day: at most 4 of any 7 days -> some week holds 4: no offer.
    every_second = {proc + dt.timedelta(days=n) for n in range(0, 71, 2)}
    assert not weekly_offer_due(proc, every_second, today)
    # Every third day: at most 3 of 7 on each of the last 14 days: offer.
    every_third = {proc + dt.timedelta(days=n) for n in range(0, 71, 3)}
    assert weekly_offer_due(proc, every_third, today)
    # Not before week 8 (day 56) …
    assert not weekly_offer_due(proc, every_third, proc + dt.timedelta(days=55))
    assert weekly_offer_due(proc, every_third, proc + dt.timedelta(days=56))
    # … and not when the sparse stretch is shorter than two weeks: daily up to day 60,
    # so the 7 days up to day 60 hold 7 rated days.
    recent = {proc + dt.timedelta(days=n) for n in range(0, 61)}
    assert not weekly_offer_due(proc, recent, proc + dt.timedelta(days=66))
    # Day 76: the 7 days up to day 63 (57..63) still hold 4 (57..60): no offer.
    # Day 77: days 64..77 each see at most 3 (58..60 for day 64, fewer later): offer.
    assert not weekly_offer_due(proc, recent, proc + dt.timedelta(days=76))
    assert weekly_offer_due(proc, recent, proc + dt.timedelta(days=77))
    assert not weekly_offer_due(None, every_third, today)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)


def sparse_session(store):
    s = DiarySession(store)
    s.today = lambda: TODAY
    proc = TODAY - dt.timedelta(days=70)
    s.add_procedure(Procedure(proc, "rfa", "", None, 7))
    store.add_entries(
        [Entry(TODAY - dt.timedelta(days=n), None, 3) for n in range(0, 70, 3)]  # every 3rd
    )
    s._entries_changed()
    return s


def sparse_window(qtbot, store, settings):
    w = MainWindow(sparse_session(store), settings=settings)
    qtbot.addWidget(w)
    w.show()
    w.build_chart()
    return w


def test_window_offers_weekly_once_and_switches(qtbot, store, settings):
    w = sparse_window(qtbot, store, settings)
    offer = w.weekly_offer
    assert offer is not None and offer.isVisible()
    assert "one entry a week is enough" in offer.text.text()
    offer.day.setCurrentIndex(2)  # Wednesday
    offer.accept.click()
    assert not offer.isVisible()
    r = load_settings(settings)
    assert r.enabled and r.weekday == 2 and r.weekly
    assert "once a week" in w.statusBar().currentMessage()
    w.refresh()
    assert not offer.isVisible()  # offered once
    # Switched back to daily in Preferences: the offer does not come back either.
    from diary.qt.preferences import PreferencesDialog

    prefs = PreferencesDialog(settings, DiarySession(store))
    qtbot.addWidget(prefs)
    assert prefs.how_often.currentData() is True and prefs.weekday.currentData() == 2
    prefs.how_often.setCurrentIndex(0)
    assert not prefs.weekday.isEnabled()
    prefs.save()
    assert not load_settings(settings).weekly
    w.refresh()
    assert not offer.isVisible()


def test_declining_is_remembered_and_demo_never_offers(qtbot, store, settings):
    w = sparse_window(qtbot, store, settings)
    w.weekly_offer.decline.click()
    assert not load_settings(settings).weekly
    w.refresh()
    assert not w.weekly_offer.isVisible()
    demo = MainWindow(w.session, demo=True, settings=QSettings())
    qtbot.addWidget(demo)
    demo.build_chart()
    assert demo.weekly_offer is None


def test_weekly_reminder_text(qapp, store, settings):
    session = DiarySession(store)
    session.add_entry(Entry(dt.date(2026, 11, 9), None, 3))
    save_settings(settings, WEEKLY)
    clock = {"now": at(16, 19, 1)}
    notifier = FakeNotifier()
    reminder = DailyReminder(session, settings, notifier, now=lambda: clock["now"])
    assert reminder.tick() and "One entry a week is enough" in notifier.sent[0]
    clock["now"] = at(17, 19, 1)
    assert not reminder.tick()  # not the next day
    settings.setValue("reminder/weekday", "doctored")
    assert load_settings(settings).weekday is None  # a bad value: daily


def test_help_explains_the_weekly_rhythm_and_the_rules():
    from diary.core.rules import ReliefRules
    from diary.qt.help_dialog import help_html

    text = " ".join(help_html(ReliefRules(), "diary.sqlite3", "backups").split())
    assert "one entry a week is enough" in text
    assert "last 4 entries within 21 days" in text and "fewer than 3 days rated" in text
    assert "once a week" in text and "Preferences" in text


def test_the_offer_keeps_no_procedure_date_in_the_settings_file(qtbot, store, settings, tmp_path):
    """F12: the offer wrote the procedure's date into the settings file (no health
    data goes there); it is kept in the diary itself, so the offer is still made
    once per procedure."""
    settings.setValue("reminder/weekly_offered", "2020-01-01")  # an older version's
    w = sparse_window(qtbot, store, settings)
    w.weekly_offer.decline.click()
    settings.sync()
    proc_day = w.session.procedures()[0].day.isoformat()
    ini = tmp_path / "prefs.ini"
    text = ini.read_text() if ini.exists() else ""
    assert proc_day not in text and "2020-01-01" not in text
    fresh = QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    again = MainWindow(w.session, settings=fresh)
    qtbot.addWidget(again)
    again.show()
    again.build_chart()
    assert again.weekly_offer is not None and not again.weekly_offer.isVisible()
