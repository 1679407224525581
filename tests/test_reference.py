"""Reference durations: the ≥ 50 % period beside 12 weeks and 6 months."""

import datetime as dt
import json

from diary.cli import main
from diary.core.daily import day_means
from diary.core.records import Entry, Procedure
from diary.core.reference import reference_durations, reference_line
from diary.core.relief import analyse
from diary.core.rules import ReliefRules
from diary.store import DiaryStore

P = dt.date(2026, 1, 5)


def diary(days_good: int, total: int) -> tuple[list[Entry], list[Procedure]]:
    """Baseline 8; pain 2 for ``days_good`` days from day 1, then 7."""
    proc = Procedure(P, "rfa", baseline=8, id=1)
    entries = [
        Entry(P + dt.timedelta(days=n), None, 2 if n <= days_good else 7) for n in range(1, total)
    ]
    return entries, [proc]


def test_both_reached_or_not_with_dates_and_days_so_far():
    rules = ReliefRules()
    entries, procs = diary(300, 300)
    ep = analyse(day_means(entries), procs, P + dt.timedelta(days=299), rules).status.episode
    refs = reference_durations(ep, rules)
    assert [r.days for r in refs] == [84, 182]
    start = ep.relief_start
    assert [r.reached_on for r in refs] == [start + dt.timedelta(83), start + dt.timedelta(181)]
    line = reference_line(refs[0], 50, ep.last)
    assert line.startswith("≥ 50 % for 12 weeks: reached on ")
    # 100 days at ≥ 50 % and still going: 12 weeks reached, 6 months not yet.
    entries, procs = diary(200, 101)
    ep = analyse(day_means(entries), procs, P + dt.timedelta(days=100), rules).status.episode
    short, long_ = reference_durations(ep, rules)
    assert short.reached_on is not None and long_.reached_on is None
    assert reference_line(long_, 50, ep.last) == (
        f"≥ 50 % for 6 months: not reached, {ep.relief_days()} days so far"
    )


def test_no_relief_and_settings():
    rules = ReliefRules(reference_short_days=30, reference_long_days=60)
    entries, procs = diary(0, 60)
    ep = analyse(day_means(entries), procs, P + dt.timedelta(days=59), rules).status.episode
    refs = reference_durations(ep, rules)
    assert [(r.days, r.reached_on, r.so_far) for r in refs] == [(30, None, None), (60, None, None)]
    assert "not reached" in reference_line(refs[0], 50, ep.last)
    assert ReliefRules.from_json(rules.to_json()).reference_long_days == 60


def test_status_json_reference_durations(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    entries, procs = diary(200, 101)
    with DiaryStore.open(db) as store:
        store.add_procedure(procs[0].with_id(None))
        store.add_entries(entries)
    as_of = (P + dt.timedelta(days=100)).isoformat()
    assert main(["status", "--db", str(db), "--json", "--as-of", as_of]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "relief_days" in data and "verdict" in data  # the contract's keys stay
    short, long_ = data["reference_durations"]
    assert short["days"] == 84 and long_ == {"days": 182, "reached_on": None}
    start = dt.date.fromisoformat(data["relief_start"])
    assert short["reached_on"] == (start + dt.timedelta(days=83)).isoformat()
