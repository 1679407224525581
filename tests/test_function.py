"""Function (PSFS) and the global impression (PGIC): the scores, the store, the CSV."""

import datetime as dt
import os
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary.cli import main
from diary.core.function import (
    AbilityRating,
    Activity,
    PgicAnswer,
    change_percent,
    daily_scores,
    function_course,
    pgic_due,
    rerate_due,
)
from diary.core.records import InvalidRecord, Procedure
from diary.exports.function_csv import export_function_csv, parse_function_csv
from diary.store import DiaryStore

D0 = dt.date(2026, 3, 2)


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


def test_change_from_baseline_is_the_share_of_the_room_left():
    assert change_percent(7, 2) == pytest.approx(62.5)  # 5 of the 8 points left
    assert change_percent(2, 2) == 0
    assert change_percent(1, 2) == pytest.approx(-12.5)
    assert change_percent(10, 10) is None  # no room left: undefined
    assert change_percent(6, 10) is None


def test_score_is_the_mean_of_the_days_activities():
    ratings = [
        AbilityRating(day(0), "sitting", 2),
        AbilityRating(day(0), "lifting", 3),
        AbilityRating(day(0), "walking", 9),  # not one of this procedure's
        AbilityRating(day(7), "sitting", 6),
    ]
    assert daily_scores(ratings, {"sitting", "lifting"}) == {day(0): 2.5, day(7): 6.0}


def test_course_baseline_on_the_procedure_day_and_changes_after():
    proc = Procedure(day(0), "rfa", id=1)
    acts = [Activity("sitting", 1, 1), Activity("lifting", 1, 2)]
    ratings = [
        AbilityRating(day(0), "sitting", 2),
        AbilityRating(day(0), "lifting", 4),
        AbilityRating(day(28), "sitting", 8),
        AbilityRating(day(28), "lifting", 8),
    ]
    course = function_course(proc, acts, ratings)
    assert (course.baseline_day, course.baseline) == (day(0), 3.0)
    assert course.change_on(day(28)) == pytest.approx(100 * 5 / 7)
    assert course.near(day(30)) == day(28)
    assert course.near(day(60)) is None
    assert course.latest() == day(28)


@given(
    st.lists(st.integers(0, 10), min_size=1, max_size=3),
    st.lists(st.integers(0, 10), min_size=1, max_size=3),
)
def test_change_is_bounded_and_signed(before, after):
    f0, f = sum(before) / len(before), sum(after) / len(after)
    c = change_percent(f, f0)
    if f0 == 10:
        assert c is None
    else:
        assert -100 * f0 / (10 - f0) - 1e-9 <= c <= 100 + 1e-9  # from F = 0 to F = 10
        assert (c > 0) == (f > f0)
        assert c == pytest.approx(100) if f == 10 else c < 100 - 1e-9


def test_rerate_weekly():
    assert rerate_due(None, day(0))
    assert not rerate_due(day(0), day(6))
    assert rerate_due(day(0), day(7))


def test_pgic_asked_once_at_each_point():
    proc = Procedure(day(0), "rfa", id=1)
    assert pgic_due(proc, set(), day(27)) is None
    assert pgic_due(proc, set(), day(28)) == 28
    assert pgic_due(proc, {28}, day(40)) is None  # answered or skipped: not again
    assert pgic_due(proc, {28}, day(91)) == 91
    assert pgic_due(proc, set(), day(100)) == 91  # 4 weeks missed: the newest point
    assert pgic_due(proc, {28, 91}, day(400)) == 365
    assert pgic_due(proc, {28, 91, 182}, day(365 + 60)) is None  # long past
    with pytest.raises(InvalidRecord):
        PgicAnswer(1, 30, day(30), 1)
    with pytest.raises(InvalidRecord):
        PgicAnswer(1, 28, day(30), 8)


def test_store_activities_ratings_and_pgic(store):
    proc = store.add_procedure(Procedure(day(0), "rfa", baseline=7))
    names = ["Sitting  for an hour", "turning in bed", "sitting for an hour"]
    acts = store.set_activities(proc.id, names)
    assert [a.name for a in acts] == ["Sitting for an hour", "turning in bed"]
    store.rate_activities(day(0), {acts[0].id: 2, acts[1].id: 3})
    store.rate_activities(day(0), {acts[0].id: 4})  # the day's rating replaced
    assert store.ability_ratings() == [
        AbilityRating(day(0), "Sitting for an hour", 4),
        AbilityRating(day(0), "turning in bed", 3),
    ]
    # A rated activity is kept even when left out; an unrated one goes.
    acts = store.set_activities(proc.id, ["lifting"])
    assert [a.name for a in acts] == ["Sitting for an hour", "turning in bed", "lifting"]
    with pytest.raises(InvalidRecord):
        store.set_activities(proc.id, ["a", "b"])  # 5 > 3: nothing changes
    assert len(store.activities(proc.id)) == 3
    store.save_pgic(PgicAnswer(proc.id, 28, day(29), None))
    store.save_pgic(PgicAnswer(proc.id, 91, day(92), 2))
    assert [(a.point_days, a.answer) for a in store.pgic_answers()] == [(28, None), (91, 2)]


def test_schema_refuses_bad_rows(store):
    proc = store.add_procedure(Procedure(day(0), "rfa"))
    [act] = store.set_activities(proc.id, ["sitting"])
    conn = store._conn
    ability = "INSERT INTO ability (activity_id, day, ability) VALUES (?, ?, ?)"
    pgic = "INSERT INTO pgic (procedure_id, point_days, day, answer) VALUES (?, ?, ?, ?)"
    for sql, args in (
        (ability, (act.id, "2026-13-01", 3)),
        (ability, (act.id, "2026-01-01", 11)),
        (ability, (act.id, "2026-01-01", 2.5)),
        (pgic, (proc.id, 30, "2026-01-01", 1)),
        (pgic, (proc.id, 28, "2026-01-01", 0)),
        ("INSERT INTO activity (procedure_id, name) VALUES (?, ?)", (proc.id, "")),
    ):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(sql, args)


def test_a_version_2_diary_is_migrated(tmp_path):
    from diary.store.schema import APPLICATION_ID, SCHEMA_V1, SCHEMA_V2
    from diary.store.verify import statements as _statements

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for s in _statements(SCHEMA_V1) + _statements(SCHEMA_V2):
        conn.execute(s)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO procedure (day, kind) VALUES ('2026-01-05', 'rfa')")
    conn.close()
    with DiaryStore.open(path) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == 3
        [proc] = store.procedures()
        store.set_activities(proc.id, ["sitting"])
        assert store.activities(proc.id)[0].name == "sitting"


def test_function_csv_round_trips_exactly():
    ratings = [
        AbilityRating(day(0), "sitting, for an hour", 2),
        AbilityRating(day(0), "=lifting", 10),
        AbilityRating(day(7), 'turning "in" bed', 0),
    ]
    data = export_function_csv(ratings)
    assert data.startswith(b"date,activity,ability\r\n")
    parsed = parse_function_csv(data)
    assert parsed.problems == [] and parsed.ratings == ratings
    assert export_function_csv(parsed.ratings) == data


@pytest.mark.parametrize(
    "body,line",
    [
        (b"date,activity,ability\r\n2026-02-30,sitting,3\r\n", 2),
        (b"date,activity,ability\r\n2026-02-01,sitting,11\r\n", 2),
        (b"date,activity,ability\r\n2026-02-01,,3\r\n", 2),
        (b"date,activity,ability\r\n2026-02-01,sitting,3\r\n2026-02-02,sitting\r\n", 3),
        (b"date,activity\r\n", 1),
        (b"date,activity,ability\r\n2026-02-01,sitting,\xd9\xa3\r\n", 2),
    ],
)
def test_function_csv_problems_have_a_line(body, line):
    parsed = parse_function_csv(body)
    assert parsed.problems and parsed.problems[0].line == line


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_function_export_import_round_trip(tmp_path, capsys):
    db, db2 = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    with DiaryStore.open(db) as store:
        proc = store.add_procedure(Procedure(day(0), "rfa", baseline=7))
        a, b = store.set_activities(proc.id, ["sitting", "lifting my grandchild"])
        store.rate_activities(day(0), {a.id: 2, b.id: 1})
        store.rate_activities(day(7), {a.id: 5, b.id: 4})
    out_csv = tmp_path / "f.csv"
    code, out, _ = run(capsys, "export", "--db", str(db), "--function", str(out_csv))
    assert code == 0 and "4 function ratings" in out
    assert os.stat(out_csv).st_mode & 0o777 == 0o600
    assert out_csv.read_bytes().split(b"\r\n")[0] == b"date,activity,ability"
    run(capsys, "procedure", "add", "--db", str(db2), "--date", day(0).isoformat())
    code, out, _ = run(capsys, "import", "--db", str(db2), "--function", str(out_csv))
    assert code == 0
    assert out.strip() == "Imported 4 function ratings; 0 already in the diary were skipped."
    code, out, _ = run(capsys, "import", "--db", str(db2), "--function", str(out_csv))
    assert "Imported 0 function ratings; 4 already" in out
    again = tmp_path / "g.csv"
    run(capsys, "export", "--db", str(db2), "--function", str(again))
    assert again.read_bytes() == out_csv.read_bytes()


def test_cli_function_import_is_all_or_nothing(tmp_path, capsys):
    db = tmp_path / "a.sqlite3"
    with DiaryStore.open(db) as store:
        proc = store.add_procedure(Procedure(day(0), "rfa"))
        [a] = store.set_activities(proc.id, ["sitting"])
        store.rate_activities(day(0), {a.id: 2})
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"date,activity,ability\r\n2026-03-09,sitting,5\r\n2026-03-10,sitting,x\r\n")
    code, _, err = run(capsys, "import", "--db", str(db), "--function", str(bad))
    assert code == 1 and "line 3" in err and "nothing was imported" in err
    clash = tmp_path / "clash.csv"
    clash.write_bytes(b"date,activity,ability\r\n2026-03-09,sitting,5\r\n2026-03-02,sitting,7\r\n")
    code, _, err = run(capsys, "import", "--db", str(db), "--function", str(clash))
    assert code == 1 and "nothing was imported" in err
    with DiaryStore.open(db) as store:
        assert store.ability_ratings() == [AbilityRating(day(0), "sitting", 2)]
    with pytest.raises(SystemExit) as exit_:  # a usage error, as argparse gives
        main(["export", "--db", str(db)])
    assert exit_.value.code == 2 and "a file is needed" in capsys.readouterr().err


def test_appointment_prompt_order_and_skips():
    from diary.core.function import appointment_prompt

    rfa = Procedure(day(0), "rfa", id=1)
    block = Procedure(day(40), "block", id=2)
    named = [Activity("sitting", 1, 1)]
    assert appointment_prompt([block], [], None, {}, day(41)) is None  # a block: no episode
    p = appointment_prompt([rfa, block], [], None, {}, day(1))
    assert (p.kind, p.procedure.id) == ("name", 1)
    assert appointment_prompt([rfa], [], None, {}, day(1), function_snoozed_until=day(8)) is None
    assert appointment_prompt([rfa], named, day(0), {}, day(6)) is None
    # Only the baseline (day 0) rated: the first rating after it, not "a week has passed".
    assert appointment_prompt([rfa], named, day(0), {}, day(7)).kind == "first"
    assert appointment_prompt([rfa], named, day(7), {}, day(13)) is None
    assert appointment_prompt([rfa], named, day(7), {}, day(14)).kind == "rerate"
    p = appointment_prompt([rfa], named, day(0), {}, day(28))
    assert (p.kind, p.point_days) == ("pgic", 28)
    assert appointment_prompt([rfa], named, day(22), {1: {28}}, day(28)) is None
