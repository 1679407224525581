"""Every write a widget makes goes through DiarySession and is announced by a signal
(tests/test_layers.py keeps widgets from holding the store)."""

import datetime as dt

from diary.core.block_day import BlockReading
from diary.core.function import PgicAnswer
from diary.core.records import Entry, Procedure
from diary.qt.session import DiarySession

DAY = dt.date(2026, 5, 4)


def test_each_write_is_announced(qtbot, store):
    session = DiarySession(store)
    proc = session.add_procedure(Procedure(DAY, "block", "T7", "both"))
    with qtbot.waitSignal(session.settingChanged) as said:
        session.set_setting("patient_name", "Ana")
    assert said.args == ["patient_name"] and session.setting("patient_name") == "Ana"
    with qtbot.waitSignal(session.blockChanged) as said:
        session.add_block_readings(
            proc.id, [BlockReading(dt.datetime(2026, 5, 4, 8), "left", 7, True)]
        )
    assert said.args == [proc.id] and len(session.block_readings(proc.id)) == 1
    with qtbot.waitSignal(session.blockChanged):
        session.set_block_time(proc.id, dt.datetime(2026, 5, 4, 9))
    assert session.block_time(proc.id) == dt.datetime(2026, 5, 4, 9)
    rfa = session.add_procedure(Procedure(DAY, "rfa"))
    with qtbot.waitSignal(session.functionChanged):
        [act] = session.set_activities(rfa.id, ["sitting"])
    with qtbot.waitSignal(session.functionChanged):
        session.rate_activities(DAY, {act.id: 3})
    with qtbot.waitSignal(session.functionChanged):
        session.save_pgic(PgicAnswer(rfa.id, 28, DAY, 2))
    assert session.ability_ratings_of(rfa.id) == {DAY: {act.id: 3}}
    assert [a.answer for a in session.pgic_answers()] == [2]


def test_a_restore_reloads_everything(qtbot, store, tmp_path):
    session = DiarySession(store)
    session.add_entry(Entry(DAY, "08:00", 5, 1, 1))
    copy = tmp_path / "copy.sqlite3"
    assert session.backup("manual", copy).entries == 1
    session.add_entry(Entry(DAY, "09:00", 6, 1, 1))
    assert len(session.entries()) == 2 and session.undo_stack.count() == 2
    with qtbot.waitSignals([session.entriesChanged, session.proceduresChanged]):
        done = session.restore_from(copy)
    assert done.entries == 1 and len(session.entries()) == 1
    assert session.undo_stack.count() == 0  # the history no longer matches the file
