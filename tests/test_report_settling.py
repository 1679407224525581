"""The report's 'Soreness settled / Numbness settled' for patients who log sparsely:
the same smoothing as P(d) (clinical.md, second edition), applied to each measure."""

from diary.core.daily import day_means
from diary.core.records import Entry
from diary.core.relief import analyse
from diary.exports.report_data import settled_after
from tests.test_relief import d, rfa


def _entries(days, soreness, numbness):
    return [Entry(d(n), None, 3, numbness(n), soreness(n)) for n in days]


def test_every_third_day_logger_gets_settled_after_n_days():
    # Every third day for 120 days; soreness 4 to day 18, then 0; numbness 3 to day 39,
    # then 1. Before the procedure (days -14 … -2) soreness and numbness 0.
    days = list(range(-14, 0, 3)) + list(range(0, 121, 3))
    entries = _entries(
        days,
        lambda n: 0 if n < 0 else (4 if n <= 18 else 0),
        lambda n: 0 if n < 0 else (3 if n <= 39 else 1),
    )
    a = analyse(day_means(entries), [rfa(7)], d(120))
    # Smoothed soreness rests on the last 4 entries (3 in any 7 days): day 24 rests on
    # 15, 18, 21, 24 -> (4 + 4 + 0 + 0) / 4 = 2; day 27 on 18, 21, 24, 27 -> 1, and it
    # stays <= 1 from there.
    assert settled_after(a, "soreness") == 27
    # Numbness <= 1 on 42, 45, 48, 51: day 51 (four 1s); day 48 rests on 39 (3), 42, 45,
    # 48 -> 1.5.
    assert settled_after(a, "numbness") == 51


def test_weekly_logger_gets_settled_after_n_days():
    days = list(range(0, 141, 7))
    entries = _entries(days, lambda n: 5 if n < 14 else 0, lambda n: 1)
    a = analyse(day_means(entries), [rfa(7)], d(140))
    # Weekly: P is the mean of the 3 entries in 21 days; day 28: 14, 21, 28 -> 0.
    assert settled_after(a, "soreness") == 28
    # Numbness 1 throughout: the first day with a value resting on the episode's own
    # entries (0, 7, 14) is day 14.
    assert settled_after(a, "numbness") == 14


def test_not_settled_while_soreness_stays_high():
    entries = _entries(range(0, 60, 3), lambda n: 4, lambda n: 4)
    a = analyse(day_means(entries), [rfa(7)], d(59))
    assert settled_after(a, "soreness") is None and settled_after(a, "numbness") is None


def test_week_table_relief_is_that_weeks_mean_pain_against_the_baseline():
    from diary.core.rules import ReliefRules
    from diary.exports.report_data import report_data
    from diary.qt.exports.report_pages import _weeks

    # Baseline 7 recorded. Week from day 0: pain 5 and 5 -> mean 5 -> 28.6 %; week from
    # day 7: pain 4, 4 -> 42.9 %; week from day 14: no entries; week from day 21: 6.
    pains = {0: 5, 3: 5, 8: 4, 11: 4, 22: 6, 25: 6}
    entries = [Entry(d(n), None, p) for n, p in pains.items()]
    data = report_data(entries, [rfa(7)], ReliefRules(), d(27), start=d(0))
    by_start = {w.start: w for w in data.weeks}
    assert by_start[d(0)].mean_pain == 5 and round(by_start[d(0)].relief, 1) == 28.6
    assert round(by_start[d(7)].relief, 1) == 42.9
    assert by_start[d(14)].entries == 0 and by_start[d(14)].relief is None
    assert round(by_start[d(21)].relief, 1) == 14.3
    html = _weeks(data)
    assert "29 %" in html and "43 %" in html and "14 %" in html
    assert "baseline" in html  # the header or footnote says what the column is
