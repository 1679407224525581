"""The window asks for function (PSFS) and the global impression (PGIC): in a
banner, never modal, each question skippable."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from diary.core.function import AbilityRating
from diary.core.records import Procedure
from diary.qt.function_dialog import FunctionDialog
from diary.qt.main_window import MainWindow
from diary.qt.pgic_dialog import PgicDialog
from diary.qt.session import DiarySession
from tests.conftest import TODAY


@pytest.fixture
def window(qtbot, store):
    session = DiarySession(store)
    session.today = lambda: TODAY
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.build_chart()
    return w


def test_new_procedure_asks_for_activities_then_weekly(qtbot, window, monkeypatch):
    session, prompts = window.session, window.prompts
    assert prompts.isHidden()  # no procedure: nothing to ask
    proc = session.add_procedure(Procedure(TODAY - dt.timedelta(days=2), "rfa", baseline=7))
    assert prompts.isVisible() and prompts.prompt.kind == "name"

    def fill(dialog: FunctionDialog):
        assert dialog.day == proc.day  # the first rating is the baseline
        dialog.names[0].setText("sitting for an hour")
        dialog.ratings[0].setCurrentIndex(dialog.ratings[0].findData(3))
        dialog.names[1].setText("turning in bed")
        dialog.ratings[1].setCurrentIndex(dialog.ratings[1].findData(2))
        assert dialog.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FunctionDialog, "exec", fill)
    prompts.primary.click()
    assert session.store.ability_ratings() == [
        AbilityRating(proc.day, "sitting for an hour", 3),
        AbilityRating(proc.day, "turning in bed", 2),
    ]
    assert prompts.isHidden()
    # A week later the window asks for the first rating after the baseline; "Not now"
    # puts it off to the next day.
    session.today = lambda: proc.day + dt.timedelta(days=7)
    prompts.refresh()
    assert prompts.prompt.kind == "first" and prompts.isVisible()
    prompts.skip.click()
    assert prompts.isHidden()
    session.today = lambda: proc.day + dt.timedelta(days=8)
    prompts.refresh()
    assert prompts.prompt.kind == "first"
    # Once rated after the baseline, the weekly question; "Not this week" puts it off
    # for 7 days.
    session.store.rate_activities(
        proc.day + dt.timedelta(days=8), {a.id: 4 for a in session.store.activities()}
    )
    session.today = lambda: proc.day + dt.timedelta(days=15)
    prompts.refresh()
    assert prompts.prompt.kind == "rerate" and prompts.isVisible()
    prompts.skip.click()
    assert prompts.isHidden()
    session.today = lambda: proc.day + dt.timedelta(days=21)
    prompts.refresh()
    assert prompts.isHidden()
    session.today = lambda: proc.day + dt.timedelta(days=22)
    prompts.refresh()
    assert prompts.prompt.kind == "rerate"


def test_function_dialog_rates_today_after_the_baseline(qtbot, store):
    proc = store.add_procedure(Procedure(TODAY - dt.timedelta(days=20), "rfa"))
    [act] = store.set_activities(proc.id, ["sitting"])
    store.rate_activities(proc.day, {act.id: 2})
    dialog = FunctionDialog(DiarySession(store), proc, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.day == TODAY and dialog.names[0].isReadOnly()
    assert dialog.plot is not None and "2 / 10" in dialog.plot.summary.text()
    dialog.ratings[0].setCurrentIndex(dialog.ratings[0].findData(6))
    assert dialog.save()
    assert store.ability_ratings()[-1] == AbilityRating(TODAY, "sitting", 6)
    empty = FunctionDialog(DiarySession(store), store.add_procedure(Procedure(TODAY, "rfa")), TODAY)
    qtbot.addWidget(empty)
    assert not empty.save() and "at least one" in empty.message.text()


def test_pgic_asked_at_four_weeks_answered_or_skipped(qtbot, window, monkeypatch):
    session, prompts = window.session, window.prompts
    proc = session.add_procedure(Procedure(TODAY - dt.timedelta(days=28), "rfa", baseline=7))
    session.store.set_setting("function_prompt_snoozed_until", "2099-01-01")
    prompts.refresh()
    assert prompts.prompt.kind == "pgic" and prompts.prompt.point_days == 28
    assert "4 weeks" in prompts.text.text()
    # The banner stays two lines high at 200 % text: the answers open in a dialog.
    seen = []

    def answer_with(choice):
        def exec_(dialog):
            seen.append(dialog)
            dialog.save()  # nothing chosen: a message, nothing saved
            assert "Choose one answer" in dialog.message.text()
            assert session.store.pgic_answers() == []
            if choice is None:
                return dialog.reject() or 0
            qtbot.keyClick(dialog, str(choice))  # the keys 1-7 choose
            return int(dialog.save())

        return exec_

    monkeypatch.setattr(PgicDialog, "exec", answer_with(None))
    prompts.primary.click()  # "Not now": nothing saved, still asked
    assert session.store.pgic_answers() == [] and not prompts.isHidden()
    monkeypatch.setattr(PgicDialog, "exec", answer_with(2))
    prompts.primary.click()
    assert len(seen) == 2 and seen[1].group.checkedId() == 2
    [answer] = session.store.pgic_answers()
    assert (answer.procedure_id, answer.point_days, answer.answer) == (proc.id, 28, 2)
    assert prompts.isHidden()
    # At 3 months: skipped, recorded as skipped, not asked again.
    session.today = lambda: proc.day + dt.timedelta(days=95)
    prompts.refresh()
    assert prompts.prompt.point_days == 91
    prompts.skip.click()
    assert [(a.point_days, a.answer) for a in session.store.pgic_answers()] == [(28, 2), (91, None)]
    prompts.refresh()
    assert prompts.isHidden()


def test_undoing_a_procedure_deletion_keeps_its_activities_and_answers(qtbot, store):
    from diary.core.function import PgicAnswer

    session = DiarySession(store)
    session.today = lambda: TODAY
    proc = session.add_procedure(Procedure(TODAY - dt.timedelta(days=40), "rfa", baseline=7))
    [act] = store.set_activities(proc.id, ["sitting"])
    store.rate_activities(proc.day, {act.id: 3})
    store.save_pgic(PgicAnswer(proc.id, 28, proc.day + dt.timedelta(days=28), 2))
    session.delete_procedure(proc.id)
    assert store.pgic_answers() == [] and store.activities(proc.id) == []
    assert store.ability_ratings() == [AbilityRating(proc.day, "sitting", 3)]  # never lost
    session.undo_stack.undo()
    assert [a.name for a in store.activities(proc.id)] == ["sitting"]
    assert [(a.point_days, a.answer) for a in store.pgic_answers()] == [(28, 2)]


def test_a_failed_save_keeps_the_ratings_on_screen(qtbot, store, monkeypatch):
    from diary.store import WriteFailed

    proc = store.add_procedure(Procedure(TODAY, "rfa"))
    dialog = FunctionDialog(DiarySession(store), proc, TODAY)
    qtbot.addWidget(dialog)
    dialog.names[0].setText("sitting")
    dialog.ratings[0].setCurrentIndex(dialog.ratings[0].findData(4))

    def full(*_a, **_k):
        raise WriteFailed("The disk is full: nothing was saved.")

    monkeypatch.setattr(store, "set_activities", full)
    assert not dialog.save()
    assert "disk is full" in dialog.message.text()
    assert dialog.names[0].text() == "sitting" and dialog.ratings[0].currentData() == 4


def test_a_failed_pgic_save_keeps_the_choice_on_screen(qtbot):
    dialog = PgicDialog("<b>4 weeks</b> since…", lambda answer: "The disk is full.")
    qtbot.addWidget(dialog)
    dialog.group.button(3).click()
    assert not dialog.save()
    assert dialog.group.checkedId() == 3 and "disk is full" in dialog.message.text()
    assert dialog.result() == 0  # not accepted: still open for another try


def test_the_question_banner_stays_short_at_200_percent(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from diary.qt.text_size import apply_text_scale

    session, prompts = window.session, window.prompts
    session.add_procedure(Procedure(TODAY - dt.timedelta(days=28), "rfa", baseline=7))
    session.store.set_setting("function_prompt_snoozed_until", "2099-01-01")
    apply_text_scale(QApplication.instance(), 2.0)
    try:
        window.resize(1366, 700)
        window.show()
        prompts.refresh()
        qtbot.waitUntil(lambda: prompts.isVisible() and prompts.height() > 0)
        for _ in range(3):
            QApplication.processEvents()
        assert prompts.prompt.kind == "pgic"
        line = prompts.text.fontMetrics().height()
        assert line >= 26  # the text really is at 200 %
        # The question wraps to at most three lines beside its buttons, never the
        # seven answers: the chart keeps its room.
        assert prompts.height() <= 3 * line + 50, (prompts.height(), line)
    finally:
        apply_text_scale(QApplication.instance(), 1.0)


def test_on_a_short_screen_the_question_waits_on_the_today_tab(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from diary.qt.text_size import apply_text_scale

    session, prompts = window.session, window.prompts
    session.add_procedure(Procedure(TODAY - dt.timedelta(days=28), "rfa", baseline=7))
    session.store.set_setting("function_prompt_snoozed_until", "2099-01-01")
    apply_text_scale(QApplication.instance(), 2.0)
    try:
        window.resize(1000, 560)
        window.show()
        qtbot.waitExposed(window)
        window.build_chart()
        window.fit_splitter()
        assert window.is_tabbed() and prompts.prompt.kind == "pgic"
        window.tabs.setCurrentWidget(window.chart_tab)
        assert prompts.isHidden()  # the chart keeps its height
        window.tabs.setCurrentWidget(window.today_area)
        assert prompts.isVisible()
        prompts.refresh()  # a new day's refresh keeps it where it belongs
        assert prompts.isVisible()
        window.tabs.setCurrentWidget(window.chart_tab)
        prompts.refresh()
        assert prompts.isHidden()
    finally:
        apply_text_scale(QApplication.instance(), 1.0)


def test_undoing_and_redoing_a_new_block_keeps_its_block_day_and_links(qtbot, store):
    """F10: undoing "Add procedure" after the block day was measured took the
    block day with it for good; redo brought back only the procedure."""
    from diary.core.block_day import BlockReading
    from diary.core.function import PgicAnswer

    session = DiarySession(store)
    session.today = lambda: TODAY
    proc = session.add_procedure(Procedure(TODAY - dt.timedelta(days=40), "block", "T7", "both", 7))
    at = dt.datetime.combine(proc.day, dt.time(9, 0))
    store.add_block_readings(proc.id, [BlockReading(at, "left", 7, True)])
    store.set_block_time(proc.id, at + dt.timedelta(minutes=5))
    store.add_block_readings(proc.id, [BlockReading(at + dt.timedelta(minutes=20), "left", 2)])
    [act] = store.set_activities(proc.id, ["sitting"])
    store.save_pgic(PgicAnswer(proc.id, 28, proc.day + dt.timedelta(days=28), 2))
    readings, block_at = store.block_readings(proc.id), store.block_time(proc.id)
    session.undo_stack.undo()
    assert store.procedures() == []
    session.undo_stack.redo()
    assert store.procedures() == [proc]
    assert store.block_readings(proc.id) == readings and len(readings) == 2
    assert store.block_time(proc.id) == block_at
    assert [a.name for a in store.activities(proc.id)] == ["sitting"]
    assert [(a.point_days, a.answer) for a in store.pgic_answers()] == [(28, 2)]


def test_after_the_baseline_the_banner_asks_for_today_not_a_week_later(qtbot, window, monkeypatch):
    # Added 15 days after the procedure: naming the activities gives the baseline
    # (dated the procedure day); the banner then asks for today's ratings in its own
    # words, never "a week has passed" seconds after the patient rated.
    session, prompts = window.session, window.prompts
    proc = session.add_procedure(Procedure(TODAY - dt.timedelta(days=15), "rfa", baseline=7))

    def fill(dialog: FunctionDialog):
        assert dialog.day == proc.day
        dialog.names[0].setText("walking the dog")
        dialog.ratings[0].setCurrentIndex(dialog.ratings[0].findData(3))
        assert dialog.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FunctionDialog, "exec", fill)
    prompts.primary.click()
    assert prompts.isVisible() and prompts.prompt.kind == "first"
    text = prompts.text.text()
    assert "Now rate the same activities as they are today" in text
    assert "week" not in text.lower()

    def today(dialog: FunctionDialog):
        assert dialog.day == TODAY
        dialog.ratings[0].setCurrentIndex(dialog.ratings[0].findData(5))
        assert dialog.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FunctionDialog, "exec", today)
    prompts.primary.click()
    assert prompts.isHidden()  # rated today: next week's question comes in a week
    session.today = lambda: TODAY + dt.timedelta(days=6)
    prompts.refresh()
    assert prompts.isHidden()
    session.today = lambda: TODAY + dt.timedelta(days=7)
    prompts.refresh()
    assert prompts.prompt.kind == "rerate" and "A week has passed" in prompts.text.text()
