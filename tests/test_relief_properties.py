"""Hypothesis properties of the relief analysis, and the statistics against scipy."""

import datetime as dt

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from diary.core.daily import day_means
from diary.core.records import Entry, Procedure
from diary.core.relief import Verdict, analyse, status_inputs
from diary.core.rules import ReliefRules
from diary.core.stats import _median, mann_kendall_upward_p, theil_sen_slope
from diary.core.status_json import status_json

START = dt.date(2026, 1, 1)
pains = st.lists(st.one_of(st.none(), st.integers(0, 10)), min_size=30, max_size=140)


def build(values):
    return [
        Entry(START + dt.timedelta(days=i), None, v) for i, v in enumerate(values) if v is not None
    ]


PROC = Procedure(START + dt.timedelta(days=14), "rfa", baseline=8)


@settings(max_examples=60, deadline=None)
@given(pains, pains, st.integers(20, 139))
def test_entries_after_the_as_of_day_change_nothing(before, after, cut):
    as_of = START + dt.timedelta(days=min(cut, len(before) - 1))
    base = [e for e in build(before) if e.day <= as_of]
    extra = [
        Entry(as_of + dt.timedelta(days=1 + i), None, v)
        for i, v in enumerate(after)
        if v is not None
    ]
    a = analyse(day_means(base), [PROC], as_of).status
    b = analyse(day_means(base + extra), [PROC], as_of).status
    assert (a.verdict, a.smoothed_pain, a.relief_percent, a.relief_start, a.relief_end) == (
        b.verdict,
        b.smoothed_pain,
        b.relief_percent,
        b.relief_start,
        b.relief_end,
    )
    assert a.trend_per_week == b.trend_per_week


@settings(max_examples=60, deadline=None)
@given(pains, st.integers(0, 139), st.integers(1, 10))
def test_more_pain_never_means_more_relief(values, day, extra):
    # Raising a recorded rating (the baseline is recorded, so it stays) never raises relief.
    day = min(day, len(values) - 1)
    assume(values[day] is not None)
    worse = list(values)
    worse[day] = min(10, values[day] + extra)
    as_of = START + dt.timedelta(days=len(values) - 1)
    a = analyse(day_means(build(values)), [PROC], as_of)
    b = analyse(day_means(build(worse)), [PROC], as_of)
    ra, rb = a.episodes[0].relief, b.episodes[0].relief
    both = ~np.isnan(ra) & ~np.isnan(rb)
    assert np.all(rb[both] <= ra[both] + 1e-9)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 10), min_size=3, max_size=40))
def test_trend_statistics_match_scipy(ys):
    stats = pytest.importorskip("scipy.stats")
    x = np.arange(len(ys), dtype=float)
    y = np.array(ys, dtype=float)
    ours = theil_sen_slope(x, y)
    ref = stats.theilslopes(y, x).slope
    assert ours == pytest.approx(ref)
    # Mann–Kendall without continuity correction is Kendall's tau-b test against time.
    if len(set(ys)) > 1:
        tau = stats.kendalltau(x, y, method="asymptotic", alternative="greater")
        assert mann_kendall_upward_p(x, y, continuity=False) == pytest.approx(tau.pvalue)
        # For a rise, the continuity correction only ever makes the test more cautious.
        if tau.pvalue < 0.5:
            assert mann_kendall_upward_p(x, y) >= tau.pvalue - 1e-12


def test_mann_kendall_exact_value():
    # y = 1..10 strictly rising: S = 45, var = 10*9*25/18 = 125, z = 44/sqrt(125).
    import math

    p = mann_kendall_upward_p(np.arange(10), np.arange(10))
    assert p == pytest.approx(0.5 * math.erfc(44 / math.sqrt(125) / math.sqrt(2)))
    assert theil_sen_slope(np.arange(10), 2 * np.arange(10)) == 2


def test_every_verdict_is_reachable():
    # Each of the other tests reaches some verdicts; this one lists them in one place.
    from tests.test_relief import d, diary, rfa

    cases = {
        Verdict.NO_PROCEDURE: (diary({0: 5}), [], d(0)),
        Verdict.NO_BASELINE: (diary({0: 5}), [rfa(None)], d(30)),
        Verdict.SETTLING: (diary({0: 5}), [rfa(8)], d(5)),
        Verdict.TOO_FEW_ENTRIES: (diary({0: 5}), [rfa(8)], d(70)),
        Verdict.RELIEF_ENDED: (
            diary({**{n: 3 for n in range(100)}, **{n: 6 for n in range(100, 160)}}),
            [rfa(8)],
            d(159),
        ),
        Verdict.RELIEF_FADING: (
            diary({**{n: 2 for n in range(60)}, **{n: 2 + (n - 59) // 7 for n in range(60, 88)}}),
            [rfa(8)],
            d(87),
        ),
        Verdict.RELIEF_HOLDING: (diary({n: 2 for n in range(60)}), [rfa(8)], d(59)),
        Verdict.PARTIAL_RELIEF: (diary({n: 5 for n in range(60)}), [rfa(8)], d(59)),
        Verdict.NO_MEANINGFUL_RELIEF: (diary({n: 7 for n in range(80)}), [rfa(8)], d(79)),
    }
    for verdict, (entries, procs, as_of) in cases.items():
        assert analyse(day_means(entries), procs, as_of).status.verdict is verdict
    assert set(cases) == set(Verdict)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 120),
            st.one_of(st.none(), st.integers(0, 10)),
            st.one_of(st.none(), st.integers(0, 10)),
        ),
        min_size=1,
        max_size=200,
    )
)
def test_day_means_from_the_store_give_the_same_answer(tmp_path_factory, rows):
    """The status command's path (GROUP BY in SQL) agrees with the window's."""
    from diary.store import DiaryStore

    entries = [Entry(START + dt.timedelta(days=d), None, p, n, 1) for d, p, n in rows]
    path = tmp_path_factory.mktemp("means") / "d.sqlite3"
    with DiaryStore.open(path) as store:
        store.add_entries(entries)
        means = store.day_means()
    as_of = START + dt.timedelta(days=120)
    a = analyse(day_means(entries), [PROC], as_of).status
    b = analyse(means, [PROC], as_of).status
    assert (
        a.verdict,
        a.smoothed_pain,
        a.relief_percent,
        a.relief_start,
        a.relief_end,
        a.trend_per_week,
    ) == (
        b.verdict,
        b.smoothed_pain,
        b.relief_percent,
        b.relief_start,
        b.relief_end,
        b.trend_per_week,
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=60))
def test_median_without_numpy_ma_matches_numpy(values):
    assert _median(np.array(values)) == float(np.median(values))


def _means(entries):
    by_day = {}
    for e in entries:
        by_day.setdefault(e.day, []).append(e.pain)
    return [(day, sum(v) / len(v), None, 1.0) for day, v in sorted(by_day.items())]


@settings(max_examples=150, deadline=None)
@given(
    st.integers(30, 400),
    st.randoms(use_true_random=False),
    st.lists(
        st.tuples(
            st.floats(0, 1),
            st.sampled_from(["rfa", "block", "other"]),
            st.one_of(st.none(), st.integers(0, 10)),
        ),
        max_size=5,
    ),
    st.floats(0, 1.1),
    st.sampled_from(
        [
            ReliefRules(),
            ReliefRules(
                baseline_days=5, baseline_min_days=2, smoothing_days=10, fading_window_days=60
            ),
            # Longer look-backs for sparse loggers than the defaults (21 and 56 days).
            ReliefRules(sparse_window_days=30, fading_sparse_window_days=90, sparse_last_days=6),
        ]
    ),
)
def test_status_from_its_window_equals_status_from_the_whole_diary(n, rng, procs, at, rules):
    """The status command reads only the days and the procedure ``status_inputs``
    names; the answer must be the one the whole diary gives."""
    pain, values = 6, []
    gaps = rng.choice((0.2, 0.6, 0.85))  # daily, every second day, about weekly
    for _ in range(n):  # a random walk with gaps, so baselines and trends vary
        pain = max(0, min(10, pain + rng.choice((-1, 0, 0, 1))))
        values.append(None if rng.random() < gaps else pain)
    entries = build(values)
    procedures = [
        Procedure(START + dt.timedelta(days=int(f * n)), kind, baseline=b, id=k + 1)
        for k, (f, kind, b) in enumerate(procs)
    ]
    as_of = START + dt.timedelta(days=int(at * n))
    means = _means(entries)
    whole = analyse(means, procedures, as_of, rules).status
    first, needed = status_inputs(procedures, as_of, rules)
    window = [m for m in means if m[0] >= first]
    part = analyse(window, needed, as_of, rules).status
    assert status_json(part) == status_json(whole)
    assert part.lowest_smoothed_pain == whole.lowest_smoothed_pain


# Second edition (issue 11): P(d) for sparse loggers, durations that never overstate.
sparse_pains = st.lists(
    st.one_of(st.none(), st.none(), st.integers(0, 10)), min_size=30, max_size=200
)


@settings(max_examples=100, deadline=None)
@given(sparse_pains)
def test_smoothed_pain_is_the_7_day_mean_when_4_of_7_days_have_values(values):
    from diary.core.daily import rolling_mean, smoothed_pain

    v = np.array([np.nan if x is None else x for x in values], dtype=float)
    sm = smoothed_pain(v)
    p7 = rolling_mean(v, 7, 4)
    have = ~np.isnan(v)
    for i in range(len(v)):
        in_week = have[max(0, i - 6) : i + 1].sum()
        in_look = have[max(0, i - 20) : i + 1].sum()
        if in_week >= 4:
            assert sm.weekly[i] and sm.pain[i] == pytest.approx(p7[i])
        elif in_look >= 3:
            # The mean of the most recent min(4, n) rated days, by a plain loop.
            last = [v[j] for j in range(i, max(-1, i - 21), -1) if have[j]][:4]
            assert sm.pain[i] == pytest.approx(sum(last) / len(last))
            assert sm.days[i] == len(last)
        else:
            assert np.isnan(sm.pain[i]) and sm.days[i] == 0


@settings(max_examples=100, deadline=None)
@given(sparse_pains, st.integers(0, 10))
def test_relief_duration_never_counts_days_below_50(values, baseline):
    proc = Procedure(START, "rfa", baseline=baseline)
    as_of = START + dt.timedelta(days=len(values) - 1)
    a = analyse(day_means(build(values)), [proc], as_of)
    ep, s = a.episodes[0], a.status
    if ep.relief_start is None:
        assert s.relief_days is None and s.relief_days_min is None
        return
    assert s.relief_days_min <= s.relief_days
    # The last day counted as relief is at >= 50 %; while ongoing, no day after it is.
    last_counted = ep.relief_start + dt.timedelta(days=s.relief_days_min - 1)
    assert ep.relief_on(last_counted) >= 50
    if s.relief_ongoing:
        assert s.relief_days == s.relief_days_min
        after = ep.relief[(last_counted - ep.first).days + 1 :]
        assert not (after >= 50).any()
        assert s.below_substantial_days == (as_of - last_counted).days


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 10), min_size=5, max_size=30), st.integers(0, 6))
def test_a_patient_who_logs_once_a_week_gets_a_relief_figure(weekly, offset):
    entries = [
        Entry(START + dt.timedelta(days=offset + 7 * k), None, v) for k, v in enumerate(weekly)
    ]
    proc = Procedure(START, "rfa", baseline=8)
    as_of = entries[-1].day
    s = analyse(day_means(entries), [proc], as_of).status
    assert s.smoothed_pain is not None and s.relief_percent is not None
    assert s.smoothed_days == 3 and s.verdict is not Verdict.TOO_FEW_ENTRIES


@settings(max_examples=80, deadline=None)
@given(pains, st.integers(10, 120))
def test_what_an_episode_reached_rests_only_on_its_own_entries(values, repeat_at):
    # A repeat on day ``repeat_at``: its best relief, the day it reached 30 % and its
    # relief start all rest on entries from its own day on (never the tail before it).
    assume(repeat_at < len(values))
    first = Procedure(START, "rfa", baseline=8, id=1)
    repeat = Procedure(START + dt.timedelta(days=repeat_at), "rfa", baseline=8, id=2)
    as_of = START + dt.timedelta(days=len(values) - 1)
    a = analyse(day_means(build(values)), [first, repeat], as_of)
    ep, sm = a.episodes[-1], a.smoothed
    for day in (ep.best_relief_day, ep.reached_meaningful, ep.relief_start):
        if day is None:
            continue
        i = a.daily.index(day)
        assert sm.days[i] > 0
        first_rested = i - int(sm.age[i]) - int(sm.span[i]) + 1
        assert first_rested >= a.daily.index(repeat.day)
        assert not np.isnan(a.daily.pain[first_rested])
