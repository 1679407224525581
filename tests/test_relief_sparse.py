"""Clinical rules, second edition, on sparse diaries (issue 11): the arithmetic by hand
in comments. Every second day, once a week, holidays, two entries a day, a gap in
which relief ends, and a repeat procedure logged sparsely."""

import math

import numpy as np
import pytest

from diary.core.daily import day_means, smoothed_pain
from diary.core.relief import Verdict, analyse
from diary.core.status_json import status_json
from diary.core.wording import describe, relief_period, smoothed_text
from tests.test_relief import d, diary, rfa

NAN = math.nan


def test_smoothed_pain_falls_back_to_the_last_entries():
    # Every second day: 4, 6, 8, 2 on days 0, 2, 4, 6; nothing on 7.
    v = np.array([4, NAN, 6, NAN, 8, NAN, 2, NAN], dtype=float)
    sm = smoothed_pain(v)
    # Day 1: 1 rated day in 21; day 3: 2 (days 0, 2): undefined.
    assert math.isnan(sm.pain[1]) and math.isnan(sm.pain[3]) and sm.days[3] == 0
    # Day 4: days 0, 2, 4: 3 of 7 (< 4) -> the 3 there are: (4 + 6 + 8) / 3 = 6, over 5 days.
    assert sm.pain[4] == 6 and sm.days[4] == 3 and sm.span[4] == 5 and not sm.weekly[4]
    # Day 6: 4 of days 0..6 rated -> the 7-day mean (4 + 6 + 8 + 2) / 4 = 5, over 7 days.
    assert sm.pain[6] == 5 and sm.days[6] == 4 and sm.span[6] == 7 and sm.weekly[6]
    # Day 7: days 1..7 hold 6, 8, 2 (3 < 4) -> the last 4 rated days within days 0..7
    # (0, 2, 4, 6): 5 again, but resting on the last 4 entries over 7 days.
    assert sm.pain[7] == 5 and sm.days[7] == 4 and sm.span[7] == 7 and not sm.weekly[7]


def test_weekly_logger_has_a_value_every_day_and_a_relief_figure():
    # Pain 3 once a week (days 0, 7, …, 140), baseline 8 recorded: R = 62.5 %.
    entries = diary({n: 3 for n in range(0, 141, 7)})
    a = analyse(day_means(entries), [rfa(8)], d(140))
    ep, s = a.episodes[0], a.status
    # Any 21 consecutive days hold exactly 3 weekly entries: P is defined from day 14
    # (days 0, 7, 14) on every day after, so relief starts on day 14 (7 days >= 50 %).
    assert np.isnan(ep.relief[:14]).all() and not np.isnan(ep.relief[14:]).any()
    assert ep.relief_start == d(14)
    assert s.verdict is Verdict.RELIEF_HOLDING and s.relief_percent == 62.5
    # Ongoing: days 14 … 140 inclusive = 140 + 1 - 14 = 127.
    assert s.relief_days == 127 and s.relief_days_min == 127
    # Today rests on days 126, 133, 140: 3 entries over 15 days.
    assert (s.smoothed_days, s.smoothed_span_days, s.smoothed_weekly) == (3, 15, False)
    assert smoothed_text(s) == "pain 3 (last 3 entries, over 15 days)"
    assert "pain 3 (last 3 entries, over 15 days) is 62 % below" in describe(s)


def test_every_second_day():
    # Baseline 8; pain 2 on even days 0..98, then 6 on even days 100..160.
    entries = diary({n: 2 if n < 100 else 6 for n in range(0, 161, 2)})
    a = analyse(day_means(entries), [rfa(8)], d(160))
    ep = a.episodes[0]
    # Day 4: 0, 2, 4 (3 of 7) -> the 3 there are: P = 2, R = 75 %; day 6: 4 of 7.
    assert ep.relief_on(d(3)) is None and ep.relief_on(d(4)) == 75
    assert ep.relief_start == d(4)
    # Once 6s come in, P is the 7-day mean on even days (4 rated) and the last 4 on odd
    # days. Day 102: days 96..102 = 2, 2, 6, 6 -> 4: R 50 % (still >= 50).
    # Day 103: last 4 rated = 96, 98, 100, 102 -> 4 as well: 50 %.
    # Day 104: 98..104 = 2, 6, 6, 6 -> 5: R 37.5 % -> the first day below 50 %.
    assert ep.relief_on(d(102)) == 50 and ep.relief_on(d(103)) == 50
    assert ep.relief_on(d(104)) == 37.5
    assert ep.relief_end == d(104)  # 14 days below 50 % follow without a hole
    assert ep.relief_days() == 100 and ep.relief_days_min() == 100  # 104 - 4
    assert a.status.verdict is Verdict.RELIEF_ENDED


def test_holidays_then_back():
    # Daily pain 2 on days 0..59, away on days 60..80, back from day 81 to 100.
    entries = diary({**{n: 2 for n in range(0, 60)}, **{n: 2 for n in range(81, 101)}})
    a = analyse(day_means(entries), [rfa(8)], d(100))
    ep = a.episodes[0]
    # Day 77: days 57..77 hold 57, 58, 59 -> P = 2; day 78: only 58, 59 -> undefined.
    # Back: day 82 has 81, 82 (2 in 21) -> undefined; day 83: 81, 82, 83 -> P = 2.
    assert ep.relief_on(d(77)) == 75 and ep.relief_on(d(78)) is None
    assert ep.relief_on(d(82)) is None and ep.relief_on(d(83)) == 75
    assert analyse(day_means(entries), [rfa(8)], d(80)).status.verdict is Verdict.TOO_FEW_ENTRIES
    # Relief (from day 2: days 0, 1, 2) never ended: ongoing through today,
    # 100 + 1 - 2 = 99 days; the holiday is not counted against it.
    s = a.status
    assert s.verdict is Verdict.RELIEF_HOLDING and s.relief_days == 99
    assert s.smoothed_weekly and s.smoothed_days == 7


def test_two_entries_a_day_count_as_one_day():
    # Every third day, two entries: 2 and 4 -> the day's value is 3.
    entries = diary({n: [2, 4] for n in range(0, 60, 3)})
    s = analyse(day_means(entries), [rfa(8)], d(57)).status
    # Day 57: days 51..57 hold 51, 54, 57 (3 < 4): the last 4 rated days within 21
    # (48, 51, 54, 57): mean 3, resting on 4 days over 10 days (48..57).
    assert s.smoothed_pain == 3 and (s.smoothed_days, s.smoothed_span_days) == (4, 10)
    assert s.relief_percent == 62.5  # 100 * (8 - 3) / 8
    assert smoothed_text(s) == "pain 3 (last 4 entries, over 10 days)"


def test_relief_held_while_today_is_below_50_is_never_counted():
    # Pain 2 (75 %) on days 0..169, then 5 (37.5 %) from day 170; today is day 181.
    entries = diary({**{n: 2 for n in range(0, 170)}, **{n: 5 for n in range(170, 182)}})
    s = analyse(day_means(entries), [rfa(8)], d(181)).status
    # P(172) = days 166..172 = (4*2 + 3*5)/7 = 23/7 = 3.29 -> R 58.9 %;
    # P(173) = (3*2 + 4*5)/7 = 26/7 = 3.71 -> R 53.6 %; P(174) = 29/7 = 4.14 -> 48.2 %.
    # So the last day at >= 50 % is 173; start is day 2 (days 0, 1, 2).
    assert s.relief_end is None and s.relief_ongoing  # 8 days below: no end yet
    assert s.relief_days == 172  # 173 + 1 - 2, not 181 - 2 = 179
    assert s.below_substantial_days == 8  # 181 - 173
    assert status_json(s)["below_substantial_days"] == 8
    assert relief_period(s.episode) == (
        "≥ 50 % relief: from 3 Jan, ongoing; "
        "below 50 % for the last 8 days; 172 days at ≥ 50 % so far"
    )


def test_relief_ends_in_a_gap_gives_a_range():
    # Pain 2 daily on days 0..99, no entries on days 100..179, pain 7 from day 180.
    entries = diary({**{n: 2 for n in range(0, 100)}, **{n: 7 for n in range(180, 220)}})
    a = analyse(day_means(entries), [rfa(8)], d(219))
    ep = a.episodes[0]
    # P keeps resting on days 97, 98, 99 while they are within 21 days: up to day 117.
    # Day 118: only 98, 99 -> undefined up to day 181 (180, 181); day 182: 180..182 -> 7,
    # R = 12.5 %; 14 such days from day 182: the end.
    assert ep.relief_start == d(2)
    assert ep.last_substantial == d(117) and ep.relief_end == d(182)
    assert ep.relief_days() == 180  # 182 - 2
    assert ep.relief_days_min() == 116  # 117 + 1 - 2
    # The stretch without entries: from day 100 to day 179.
    assert (ep.gap_first, ep.gap_last, ep.gap_has_entries) == (d(100), d(179), False)
    j = status_json(a.status)
    assert (j["relief_days"], j["relief_days_min"]) == (180, 116)
    assert relief_period(ep).startswith(
        "≥ 50 % relief for between 116 and 180 days: no entries from 11 Apr to 29 Jun"
    )
    # With one entry inside the gap (too few for a value) it says so.
    lone = analyse(day_means(entries + diary({140: 2})), [rfa(8)], d(219)).episodes[0]
    assert lone.gap_has_entries and "too few entries from 11 Apr" in relief_period(lone)


def test_sparse_fading_uses_the_last_14_rated_days_within_56():
    # Two entries a week (days ≡ 0, 3 mod 7); pain 2 to day 90, then rising a point a
    # week: 94: 2, 98: 3, 101: 3, 105: 4, 108: 4, 112: 5, 115: 5, 119: 6.
    # Days 92..119 (28 days) hold 8 values (< 14): the trend falls back to the last 14
    # rated days within days 64..119 (16 there), at least 10.
    pains = {n: 2 for n in range(0, 91) if n % 7 in (0, 3)}
    pains.update({n: 2 + (n - 91) // 7 for n in range(91, 120) if n % 7 in (0, 3)})
    s = analyse(day_means(diary(pains)), [rfa(8)], d(119)).status
    # P(119): days 113..119 hold 115, 119 (2 < 4) -> the last 4 rated days 108, 112,
    # 115, 119: (4 + 5 + 5 + 6) / 4 = 5; lowest P 2: a rise of 3 >= min(2, 2.4).
    assert s.smoothed_pain == 5 and s.lowest_smoothed_pain == 2
    assert s.trend_per_week is not None and s.trend_per_week > 0 and s.trend_p_value < 0.05
    assert s.verdict is Verdict.RELIEF_FADING
    # The first edition gave no trend at all here (fewer than 14 values in 28 days).
    rated = [n for n in pains if 92 <= n <= 119]
    assert len(rated) == 8


def test_repeat_procedure_each_episode_its_own_numbers():
    # First RFA on day 0, baseline recorded 8; a diary logged every third day.
    # Pain 2 to day 179 (75 %), then 7 (12.5 %): relief from day 6, ends.
    # Repeat RFA on day 270 without a recorded baseline: the 14 days before it
    # (257..269) hold days 258, 261, 264, 267 at 7 -> baseline 7. Pain 3 after it.
    pains = {n: 2 if n < 180 else 7 for n in range(0, 270, 3)}
    pains.update({n: 3 for n in range(270, 400, 3)})
    procs = [rfa(8), rfa(None, day=270)]
    a = analyse(day_means(diary(pains)), procs, d(399))
    first, second = a.episodes
    # Day 6: rated 0, 3, 6 -> P = 2. Relief from day 6 (days 6..12 all >= 50 %).
    assert first.relief_start == d(6)
    # After day 180 (7): day 183 rests on 174, 177, 180, 183 = (2+2+7+7)/4 = 4.5 -> 43.75 %;
    # day 182 rests on 171, 174, 177, 180 = (2+2+2+7)/4 = 3.25 -> 59.4 %. End: day 183.
    assert first.relief_on(d(182)) == pytest.approx(100 * (8 - 3.25) / 8)
    assert first.relief_end == d(183) and first.relief_days() == 177  # 183 - 6
    assert first.last == d(269)
    assert second.baseline.value == 7 and second.baseline.source == "diary"
    assert second.baseline.days == 4
    # The second episode's P starts on the days before it (7s): day 270 rests on 261,
    # 264, 267, 270 = (7+7+7+3)/4 = 6 -> R 14 %; day 276: 267, 270, 273, 276 = 4 -> 42.9 %;
    # day 279: 270..279 = 3 -> 57.1 %: relief from day 279 (the second's own start).
    assert second.relief_start == d(279)
    assert second.relief_end is None
    s = a.status
    assert s.procedure.day == d(270) and s.episode is second
    # Status follows the newest: settled (reached 30 % on day 276 <= day 22 … so 21 days)
    assert s.verdict is Verdict.RELIEF_HOLDING
    assert s.relief_percent == pytest.approx(100 * (7 - 3) / 7)
    assert s.relief_days == 399 + 1 - 279  # ongoing through today


def test_demo_repeat_sample_shows_two_episodes(tmp_path):
    import datetime as dt

    from diary.core.demo import demo_repeat_diary
    from diary.qt.app import fill_demo
    from diary.store import DiaryStore

    end = dt.date(2026, 11, 25)
    procs, entries = demo_repeat_diary(end)
    assert demo_repeat_diary(end) == (procs, entries)  # deterministic
    a = analyse(day_means(entries), procs, end)
    first, second = a.episodes
    assert first.baseline.source == "recorded" and second.baseline.source == "diary"
    assert first.relief_start and first.relief_end and first.relief_end < second.first
    assert second.relief_start > second.first and a.status.episode is second
    # Logged sparsely: fewer than 3 days in 5 on average, with a holiday.
    assert len({e.day for e in entries}) < 0.6 * 460
    with DiaryStore.open(tmp_path / "d.sqlite3") as store:
        fill_demo(store, end, "repeat")
        assert len(store.procedures()) == 2 and len(store.entries()) == len(entries)


def test_chart_readout_and_clip_say_what_p_rests_on():
    import datetime as dt

    from diary.core.chart_data import chart_data, clip, smoothed_readout

    # Weekly logger (days 0, 7, 14, 21): on day 18, P rests on days 0, 7, 14 (over 15
    # days), the latest 4 days before; on day 21 on days 7, 14, 21.
    entries = diary({n: 3 for n in range(0, 22, 7)})
    procs = [rfa(8)]
    data = chart_data(analyse(day_means(entries), procs, d(21)), entries, procs)
    i18, i21 = data.index(d(18)), data.index(d(21))
    assert smoothed_readout(data, i18) == (
        "smoothed pain 3 (last 3 entries, over 15 days, the latest 4 days ago)"
    )
    assert smoothed_readout(data, i21) == "smoothed pain 3 (last 3 entries, over 15 days)"
    assert smoothed_readout(data, data.index(d(13))) == ""  # 2 entries: undefined
    part = clip(data, d(15), d(25))
    assert smoothed_readout(part, part.index(d(21))) == smoothed_readout(data, i21)
    assert part.smoothed_days[part.index(d(25))] == 0  # outside the data: nothing
    assert isinstance(part.days[0], dt.date)


def test_a_repeat_is_not_credited_with_the_tail_of_the_episode_before_it():
    # Baseline 7 for both. Before the repeat (day 100): pain 4 on days 81 and 84 and
    # 6 on day 99. From the repeat on: pain 6 every third day (101 … 131), i.e. 14 %.
    pains = {81: 4, 84: 4, 99: 6}
    pains.update({n: 6 for n in range(101, 132, 3)})
    a = analyse(day_means(diary(pains)), [rfa(7), rfa(7, day=100)], d(131))
    second = a.episodes[1]
    # R on the repeat's own day rests on days 81, 84, 99: (4 + 4 + 6) / 3 -> 33 %; that
    # is the first procedure's tail, not relief from the repeat.
    assert second.relief_on(d(100)) == pytest.approx(100 * (7 - 14 / 3) / 7)
    # Best relief: only days whose P rests on entries from day 100 on. Day 107 still
    # rests on 99, 101, 104, 107 (the last 4 in 21 days); day 110 on 101 … 110: 6 -> 14.3 %.
    assert second.best_relief == pytest.approx(100 / 7)
    assert second.best_relief_day == d(110)
    # Never reached 30 % from the repeat's own entries; never 50 %.
    assert second.reached_meaningful is None and second.relief_start is None
    # No day at >= 50 % after a relief start in this episode: 0 (README says so).
    assert a.status.below_substantial_days == 0
    assert status_json(a.status)["best_relief_percent"] == 14.3


def test_a_repeat_does_not_start_relief_on_the_entries_before_it():
    # Pain 2 every second day up to day 98 under the first RFA (baseline 8); a second
    # procedure on day 100 (baseline 8), then pain 2 every second day from day 102.
    # R on days 100 … 106 rests (partly) on the entries before the repeat: 75 %, 7 days
    # in a row. The repeat's relief starts only once 7 days rest on its own entries:
    # day 108 is the first whose P (the last 4 entries or the 7-day mean) holds only
    # 102 … 108; day 106 rests on 98, 102, 104, 106.
    pains = {n: 2 for n in range(0, 99, 2)}
    pains.update({n: 2 for n in range(102, 141, 2)})
    a = analyse(day_means(diary(pains)), [rfa(8), rfa(8, day=100)], d(140))
    second = a.episodes[1]
    assert second.relief_on(d(100)) == 75 and second.relief_on(d(106)) == 75
    assert second.relief_start == d(108)
    assert second.reached_meaningful == d(108) and second.best_relief_day == d(108)
