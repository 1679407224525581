"""The relief rules of clinical.md on hand-computed diaries (arithmetic in comments)."""

import datetime as dt
import math

import numpy as np
import pytest

from diary.core.daily import daily_values, day_means, first_run, rolling_mean
from diary.core.records import Entry, Procedure
from diary.core.relief import Verdict, analyse
from diary.core.rules import ReliefRules
from diary.core.status_json import status_json
from diary.core.wording import describe

P_DAY = dt.date(2026, 1, 1)  # the procedure


def d(n: int) -> dt.date:
    return P_DAY + dt.timedelta(days=n)


def diary(pains: dict[int, float | list[int]]) -> list[Entry]:
    out = []
    for n, value in pains.items():
        for v in value if isinstance(value, list) else [value]:
            out.append(Entry(d(n), None, v))
    return out


def rfa(baseline=8, kind="rfa", day=0):
    return Procedure(d(day), kind, "T6–T8", "right", baseline)


def test_daily_value_is_the_mean_of_the_days_entries():
    entries = [Entry(d(0), "08:00", 6, 2), Entry(d(0), "20:00", 3), Entry(d(2), None, None, 5)]
    daily = daily_values(entries, d(0), d(2))
    assert daily.pain[0] == 4.5  # (6 + 3) / 2
    assert daily.numbness[0] == 2  # the entry without numbness does not count
    assert math.isnan(daily.pain[1]) and math.isnan(daily.pain[2])
    assert daily.numbness[2] == 5


def test_day_means_from_entries_are_the_stores_group_by(store):
    entries = [
        Entry(d(0), "08:00", 6, 2),
        Entry(d(0), "20:00", 3, None, 1),
        Entry(d(0), "21:00", 4),
        Entry(d(2), None, None, 5),
        Entry(d(5), None, note="a note only"),
    ]
    store.add_entries(entries)
    assert day_means(reversed(entries)) == store.day_means()
    assert day_means(entries)[0] == (d(0), 13 / 3, 2.0, 1.0)


def test_smoothed_pain_needs_4_of_7_days():
    values = np.array([4, np.nan, 6, np.nan, 8, np.nan, np.nan, 2], dtype=float)
    p7 = rolling_mean(values, 7, 4)
    assert math.isnan(p7[2])  # days 0..2: only 2 values
    assert math.isnan(p7[6])  # days 0..6: 4, 6, 8 -> 3 values
    assert math.isnan(p7[7])  # days 1..7: 6, 8, 2
    values[3] = 5
    p7 = rolling_mean(values, 7, 4)
    assert p7[6] == (4 + 6 + 5 + 8) / 4  # 5.75
    assert p7[7] == (6 + 5 + 8 + 2) / 4  # window 1..7: 5.25


def test_first_run():
    mask = np.array([1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1], dtype=bool)
    assert first_run(mask, 3) == 3
    assert first_run(mask, 4) == 7
    assert first_run(mask, 5) is None
    assert first_run(mask, 3, start=4) == 7


def test_no_procedure():
    s = analyse(day_means(diary({n: 5 for n in range(10)})), [], d(9)).status
    assert s.verdict is Verdict.NO_PROCEDURE and s.procedure is None
    assert s.smoothed_pain == 5


def test_no_baseline_and_baseline_from_the_diary():
    proc = rfa(baseline=None)
    # Only 2 of the 14 days before have pain: no baseline.
    few = diary({-3: 7, -1: 7, **{n: 3 for n in range(1, 40)}})
    assert analyse(day_means(few), [proc], d(39)).status.verdict is Verdict.NO_BASELINE
    # 3 days: mean of daily values; day -2 has two entries (6 and 8 -> 7).
    enough = diary({-14: 9, -2: [6, 8], -1: 5, -15: 1, **{n: 3 for n in range(1, 40)}})
    s = analyse(day_means(enough), [proc], d(39)).status
    assert s.baseline.value == pytest.approx((9 + 7 + 5) / 3)  # day -15 is outside
    assert s.baseline.source == "diary" and s.baseline.days == 3
    # A recorded baseline wins over the diary.
    assert analyse(day_means(enough), [rfa(baseline=6)], d(39)).status.baseline.value == 6


def test_baseline_zero_gives_no_relief():
    s = analyse(day_means(diary({n: 0 for n in range(40)})), [rfa(baseline=0)], d(39)).status
    assert s.verdict is Verdict.NO_BASELINE
    assert s.relief_percent is None


def test_settling_first_21_days_then_until_30_percent_up_to_day_56():
    proc = rfa(baseline=8)
    # Pain stays at 7: relief 12.5 %, never 30 %.
    entries = diary({n: 7 for n in range(-14, 80)})
    assert analyse(day_means(entries), [proc], d(9)).status.verdict is Verdict.SETTLING
    assert analyse(day_means(entries), [proc], d(21)).status.verdict is Verdict.SETTLING
    assert analyse(day_means(entries), [proc], d(56)).status.verdict is Verdict.SETTLING
    s = analyse(day_means(entries), [proc], d(57)).status
    assert s.verdict is Verdict.NO_MEANINGFUL_RELIEF
    assert s.relief_percent == pytest.approx(12.5)  # 100 * (8 - 7) / 8
    # Pain 7 to day 23, then 5. P7(27) = days 21..27 = (3*7 + 4*5)/7 = 41/7 -> R 26.8 %;
    # P7(28) = days 22..28 = (2*7 + 5*5)/7 = 39/7 -> R 30.4 %: reached on day 28.
    built = diary({**{n: 7 for n in range(-14, 24)}, **{n: 5 for n in range(24, 80)}})
    ep = analyse(day_means(built), [proc], d(40)).episodes[0]
    assert ep.relief_on(d(27)) == pytest.approx(100 * (8 - 41 / 7) / 8)
    assert ep.relief_on(d(28)) == pytest.approx(100 * (8 - 39 / 7) / 8)
    assert ep.reached_meaningful == d(28)
    assert ep.settling_last == d(27)
    assert analyse(day_means(built), [proc], d(27)).status.verdict is Verdict.SETTLING
    assert analyse(day_means(built), [proc], d(28)).status.verdict is Verdict.PARTIAL_RELIEF


def test_relief_start_end_and_duration():
    # Baseline 8; pain 3 (62.5 %) from day 0 to 99, then 6 (25 %) from day 100.
    entries = diary({**{n: 3 for n in range(0, 100)}, **{n: 6 for n in range(100, 160)}})
    a = analyse(day_means(entries), [rfa(8)], d(159))
    ep = a.episodes[0]
    # Second edition: P is defined from day 2 (days 0..2 = 3 rated days, fewer than 4
    # of 7, so the mean of the 3 there are) and is 3: R = 62.5 % from day 2.
    assert ep.relief_start == d(2)
    # P7 drops below 4 (50 % of 8) when 4 of 7 days are 6: days 97..103 hold
    # 3,3,3,6,6,6,6 -> 36/7 = 5.14 (R 35.7 %); day 102: 3,3,3,3... let the code say
    # the first day below 50 %, which must be 101 or later and then hold 14 days.
    p7_102 = (3 * 4 + 6 * 3) / 7  # days 96..102: 4 threes, 3 sixes = 4.29 -> R 46.4 %
    assert 100 * (8 - p7_102) / 8 < 50
    p7_101 = (3 * 5 + 6 * 2) / 7  # 3.857 -> R 51.8 %
    assert 100 * (8 - p7_101) / 8 >= 50
    assert ep.relief_end == d(102)
    assert ep.relief_days() == 100  # 102 - 2
    assert ep.relief_days_min() == 100  # no gap: the last day at >= 50 % is 101
    assert ep.last_substantial == d(101) and ep.gap_first is None
    s = a.status
    assert s.verdict is Verdict.RELIEF_ENDED
    assert s.relief_end == d(102) and not s.relief_ongoing
    # Before 14 days below 50 % have passed, the relief is still "ongoing".
    early = analyse(day_means(entries), [rfa(8)], d(114)).status
    assert early.relief_end is None and early.relief_ongoing
    # Never up to today: through the last day at >= 50 % (101): 101 + 1 - 2 = 100,
    # and 114 - 101 = 13 days below 50 % since.
    assert early.relief_days == 100 and early.relief_days_min == 100
    assert early.below_substantial_days == 13
    # The step from 3 to 6 lies in the last 28 days (87..114): an upward trend with
    # a rise of 3 points (>= min(2, 0.3 * 8)): fading, checked before the relief level.
    assert early.verdict is Verdict.RELIEF_FADING
    assert early.relief_percent == 25  # 100 * (8 - 6) / 8


def test_a_single_good_week_needs_seven_days():
    # 6 days at 2, then 6 again: no relief start.
    entries = diary({**{n: 6 for n in range(-14, 0)}, **{n: 2 for n in range(0, 6)}})
    assert analyse(day_means(entries), [rfa(8)], d(5)).episodes[0].relief_start is None


def test_holding_and_partial():
    hold = analyse(day_means(diary({n: 2 for n in range(0, 60)})), [rfa(8)], d(59)).status
    assert hold.verdict is Verdict.RELIEF_HOLDING and hold.relief_percent == 75
    part = analyse(day_means(diary({n: 5 for n in range(0, 60)})), [rfa(8)], d(59)).status
    assert part.verdict is Verdict.PARTIAL_RELIEF and part.relief_percent == 37.5


def test_too_few_entries():
    # Second edition: 3 rated days of 7 are enough (the mean of the last 3) ...
    entries = diary({**{n: 2 for n in range(0, 40)}, 62: 2, 64: 2, 66: 2})
    s = analyse(day_means(entries), [rfa(8)], d(66)).status
    assert s.verdict is Verdict.RELIEF_HOLDING and s.smoothed_days == 3
    # ... and "too few" is fewer than 3 rated days in the last 21 (days 46..66: 62, 66).
    entries = diary({**{n: 2 for n in range(0, 40)}, 62: 2, 66: 2})
    s = analyse(day_means(entries), [rfa(8)], d(66)).status
    assert s.verdict is Verdict.TOO_FEW_ENTRIES
    assert s.smoothed_pain is None and s.smoothed_days == 0 and s.smoothed_span_days == 0


def test_fading():
    # Pain 2 (75 %) to day 59, then rising 1 point a week over four weeks.
    pains = {n: 2 for n in range(0, 60)}
    pains.update({n: 2 + (n - 59) // 7 for n in range(60, 88)})  # 2..6
    s = analyse(day_means(diary(pains)), [rfa(8)], d(87)).status
    # Days 60..65 are 2, 66..72 are 3, 73..79 are 4, 80..86 are 5, 87 is 6.
    # P7(87) = days 81..87: 6 fives and a six -> 36/7 = 5.14; lowest P7 since day 22 = 2.
    assert s.smoothed_pain == pytest.approx(36 / 7)
    assert s.lowest_smoothed_pain == 2
    assert s.trend_per_week > 0 and s.trend_p_value < 0.05
    assert s.verdict is Verdict.RELIEF_FADING
    # The same rise within the settling period is not judged.
    assert analyse(day_means(diary(pains)), [rfa(8)], d(20)).status.verdict is Verdict.SETTLING


def test_rise_too_small_is_not_fading():
    # Baseline 8: rise needed min(2, 2.4) = 2; here pain goes 2 -> 3 only.
    pains = {n: 2 for n in range(0, 60)}
    pains.update({n: 2 + (n - 59) // 14 for n in range(60, 88)})
    s = analyse(day_means(diary(pains)), [rfa(8)], d(87)).status
    assert s.verdict is Verdict.RELIEF_HOLDING


def test_settling_is_only_for_rfa_and_each_procedure_is_its_own_episode():
    entries = diary({n: 3 for n in range(-14, 100)})
    other = analyse(day_means(entries), [rfa(6, kind="other")], d(10)).status
    assert other.verdict is Verdict.RELIEF_HOLDING  # 50 %: no settling for "other"
    # A diagnostic block opens no episode: before any RFA the status is "no procedure",
    block = analyse(day_means(entries), [rfa(6, kind="block")], d(10))
    assert block.status.verdict is Verdict.NO_PROCEDURE and block.episodes == []
    assert block.status.block_only and describe(block.status).startswith("No ablation")
    # and a block during an RFA's episode changes nothing of it.
    alone = analyse(day_means(entries), [rfa(6)], d(75)).status
    with_block = analyse(day_means(entries), [rfa(6), rfa(6, kind="block", day=60)], d(75)).status
    assert status_json(with_block) == status_json(alone)
    two = analyse(day_means(entries), [rfa(6), rfa(6, day=70)], d(75))
    assert len(two.episodes) == 2
    assert two.episodes[0].last == d(69)
    assert two.status.procedure.day == d(70)
    assert two.status.verdict is Verdict.SETTLING


def test_entries_after_as_of_are_never_read():
    entries = diary({n: 2 for n in range(0, 60)})
    later = entries + diary({n: 9 for n in range(60, 90)})
    a, b = analyse(day_means(entries), [rfa(8)], d(59)), analyse(day_means(later), [rfa(8)], d(59))
    for field in (
        "verdict",
        "smoothed_pain",
        "relief_percent",
        "trend_per_week",
        "relief_start",
        "relief_end",
        "relief_days",
        "relief_ongoing",
    ):
        assert getattr(a.status, field) == getattr(b.status, field), field
    assert np.array_equal(a.episodes[0].relief, b.episodes[0].relief, equal_nan=True)


def test_rules_are_settings():
    entries = diary({n: 4 for n in range(0, 60)})  # R = 50 %
    assert analyse(day_means(entries), [rfa(8)], d(59)).status.verdict is Verdict.RELIEF_HOLDING
    strict = ReliefRules(substantial_percent=60)
    assert (
        analyse(day_means(entries), [rfa(8)], d(59), strict).status.verdict
        is Verdict.PARTIAL_RELIEF
    )
