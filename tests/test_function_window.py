"""The window asks for function (PSFS) and the global impression (PGIC): in a
banner, never modal, each question skippable."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from diary.core.function import AbilityRating
from diary.core.records import Procedure
from diary.qt.function_dialog import FunctionDialog
from diary.qt.main_window import MainWindow
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
    # A week later the window asks again; "Not this week" puts it off for 7 days.
    session.today = lambda: proc.day + dt.timedelta(days=7)
    prompts.refresh()
    assert prompts.prompt.kind == "rerate" and prompts.isVisible()
    prompts.skip.click()
    assert prompts.isHidden()
    session.today = lambda: proc.day + dt.timedelta(days=13)
    prompts.refresh()
    assert prompts.isHidden()
    session.today = lambda: proc.day + dt.timedelta(days=14)
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


def test_pgic_asked_at_four_weeks_answered_or_skipped(qtbot, window):
    session, prompts = window.session, window.prompts
    proc = session.add_procedure(Procedure(TODAY - dt.timedelta(days=28), "rfa", baseline=7))
    session.store.set_setting("function_prompt_snoozed_until", "2099-01-01")
    prompts.refresh()
    assert prompts.prompt.kind == "pgic" and prompts.prompt.point_days == 28
    assert "4 weeks" in prompts.text.text()
    prompts.primary.click()  # nothing chosen: a message, nothing saved
    assert "Choose one answer" in prompts.message.text()
    assert session.store.pgic_answers() == []
    prompts.group.button(2).click()
    prompts.primary.click()
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
