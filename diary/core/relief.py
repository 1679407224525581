"""Relief analysis: baseline, relief %, settling, relief start/end, fading, verdict.

Implements the default rules of clinical.md (second edition), with every threshold
taken from ``ReliefRules``. Everything is judged "as of" a day: entries and
procedures after it are never read. Each RFA and each "other" procedure opens an
episode, from its date to the day before the next such procedure; a diagnostic
block opens none (its block day summarises it), so it never changes an RFA's verdict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np

from diary.core.daily import (
    Daily,
    DayMean,
    Smoothed,
    daily_from_means,
    first_run,
    smoothed_pain,
)
from diary.core.records import Procedure, ProcedureKind
from diary.core.relief_results import Analysis, Baseline, Episode, Status
from diary.core.rules import ReliefRules
from diary.core.stats import mann_kendall_upward_p, theil_sen_slope
from diary.core.verdict import Verdict


def _baseline(proc: Procedure, daily: Daily, rules: ReliefRules) -> Baseline | None:
    if proc.baseline is not None:
        return Baseline(float(proc.baseline), "recorded")
    hi = daily.index(proc.day)
    lo = max(hi - rules.baseline_days, 0)
    window = daily.pain[lo:hi]
    have = window[~np.isnan(window)]
    if len(have) < max(rules.baseline_min_days, 1):
        return None
    return Baseline(float(have.mean()), "diary", len(have))


def opens_episode(proc: Procedure) -> bool:
    """RFAs and "other" procedures open an episode; a diagnostic block does not."""
    return proc.kind != ProcedureKind.BLOCK


def _episode(
    proc: Procedure, last: dt.date, daily: Daily, sm: Smoothed, rules: ReliefRules
) -> Episode:
    base = _baseline(proc, daily, rules)
    lo, hi = daily.index(proc.day), daily.index(last) + 1
    if base is None or base.value == 0:
        relief = np.full(hi - lo, np.nan)
    else:
        relief = 100.0 * (base.value - sm.pain[lo:hi]) / base.value
    defined = ~np.isnan(relief)
    # Days whose P rests only on entries from the procedure day on: what the episode
    # reached (best, 30 %, the start of 50 %) is never the previous episode's tail.
    own = defined & sm.rests_from(lo, hi)
    with np.errstate(invalid="ignore"):
        good = defined & (relief >= rules.substantial_percent)
        poor = defined & (relief < rules.substantial_percent)
        meaningful = own & (relief >= rules.meaningful_percent)
    start_i = first_run(good & own, rules.relief_start_days)
    end_i = None if start_i is None else first_run(poor, rules.relief_end_days, start_i + 1)
    # The last day at >= 50 % before the end (or so far): relief is never counted
    # past it, and days without a value between it and the end make a range.
    held_i = latest_i = gap = None
    if start_i is not None:
        held_i = start_i + int(np.flatnonzero(good[start_i:end_i])[-1])
        latest_i = start_i + int(np.flatnonzero(good[start_i:])[-1])
        if end_i is not None and end_i > held_i + 1:
            gap = _gap(daily.pain[lo:hi], sm.days[lo:hi], defined, held_i, end_i)
    hits = np.flatnonzero(meaningful)
    reached_i = int(hits[0]) if len(hits) else None
    settling_last = None
    if proc.kind == ProcedureKind.RFA:
        n = rules.settling_days
        if reached_i is None or reached_i > n + 1:
            limit = rules.settling_max_days if reached_i is None else reached_i - 1
            n = max(n, min(rules.settling_max_days, limit))
        settling_last = proc.day + dt.timedelta(days=n)
    best_i = int(np.nanargmax(np.where(own, relief, np.nan))) if own.any() else None

    def day(i: int | None) -> dt.date | None:
        return None if i is None else proc.day + dt.timedelta(days=i)

    return Episode(
        procedure=proc,
        baseline=base,
        last=last,
        relief=relief,
        relief_start=day(start_i),
        relief_end=day(end_i),
        reached_meaningful=day(reached_i),
        settling_last=settling_last,
        best_relief=None if best_i is None else float(relief[best_i]),
        best_relief_day=day(best_i),
        last_substantial=day(held_i),
        latest_substantial=day(latest_i),
        gap_first=None if gap is None else day(gap[0]),
        gap_last=None if gap is None else day(gap[1]),
        gap_has_entries=gap is not None and gap[2],
    )


def _gap(
    pain: np.ndarray, rests_on: np.ndarray, defined: np.ndarray, held: int, end: int
) -> tuple[int, int, bool]:
    """The days without entries behind the days without R between ``held`` (the last
    day at >= 50 %) and ``end`` (indices in the episode): from the day after the last
    entry the value before them rests on, to the day before the first entry the value
    after them rests on; and whether a few entries (too few for a value) lie inside."""
    missing = held + 1 + np.flatnonzero(~defined[held + 1 : end])
    u1, u2 = int(missing[0]), int(missing[-1])
    rated = np.flatnonzero(~np.isnan(pain))
    before = rated[rated < u1]
    first = int(before[-1]) + 1 if len(before) else u1
    upto = rated[rated <= u2 + 1]  # P(u2 + 1) is defined: the end or a day before it
    m = int(rests_on[u2 + 1])
    last = int(upto[len(upto) - m]) - 1 if 0 < m <= len(upto) else u2
    inside = bool(((rated >= first) & (rated <= last)).any())
    return first, last, inside


def _trend(daily: Daily, first: dt.date, as_of: dt.date, rules: ReliefRules):
    """Theil–Sen slope per week and the Mann–Kendall p on the daily values of the
    last 28 days when they hold at least 14; otherwise on the last 14 days with a
    value within 56 days, when there are at least 10 (never before ``first``)."""
    floor = max(daily.index(first), 0)
    hi = daily.index(as_of) + 1
    for window, last, need in (
        (rules.fading_window_days, None, rules.fading_min_values),
        (
            rules.fading_sparse_window_days,
            rules.fading_sparse_last_days,
            rules.fading_sparse_min_values,
        ),
    ):
        lo = max(floor, hi - window)
        y = daily.pain[lo:hi]
        x = np.arange(lo, hi, dtype=float)[~np.isnan(y)]
        y = y[~np.isnan(y)]
        if last is not None:
            x, y = x[len(x) - min(last, len(x)) :], y[len(y) - min(last, len(y)) :]
        if len(y) >= max(need, 2):
            span = int(x[-1] - x[0]) + 1
            return theil_sen_slope(x, y) * 7, mann_kendall_upward_p(x, y), span
    return None, None, None


def look_back_days(rules: ReliefRules) -> tuple[int, int]:
    """Days before a day that P(d) reads, and that the fading test reads."""
    smooth = max(rules.smoothing_days, rules.sparse_window_days, 1) - 1
    fading = max(rules.fading_window_days, rules.fading_sparse_window_days, 1) - 1
    return smooth, fading


def _episode_procedures(procedures: Sequence[Procedure], as_of: dt.date) -> list[Procedure]:
    """The procedures that open an episode by ``as_of``, in order."""
    return sorted(
        (p for p in procedures if p.day <= as_of and opens_episode(p)),
        key=lambda p: (p.day, p.id or 0),
    )


def first_day_read(procs: Sequence[Procedure], as_of: dt.date, rules: ReliefRules) -> dt.date:
    """The first day that the analysis of ``procs`` as of ``as_of`` reads: each one's
    baseline days and P(d)'s look-back before them, and, before ``as_of``, the fading
    test's window plus P's look-back. The one place that says which days are needed:
    ``analyse`` reads from here on (or the first day logged), ``status_inputs`` gives
    the status command this day for the newest procedure."""
    smooth_back, fading_back = look_back_days(rules)
    before = max(rules.baseline_days, smooth_back)
    return min(
        [as_of - dt.timedelta(days=fading_back + smooth_back + 1)]
        + [p.day - dt.timedelta(days=before) for p in procs]
    )


def analyse(
    means: Sequence[DayMean],
    procedures: Sequence[Procedure],
    as_of: dt.date,
    rules: ReliefRules | None = None,
) -> Analysis:
    """Judge the diary as of ``as_of`` (nothing after that day is read).

    ``means`` are the day means every rule reads, (day, pain, numbness, soreness):
    from entries with ``daily.day_means``, or from the store's GROUP BY (the status
    command, which gives only the days ``status_inputs`` names).
    """
    rules = rules or ReliefRules()
    procs = _episode_procedures(procedures, as_of)
    means = [r for r in means if r[0] <= as_of]
    start = first_day_read(procs, as_of, rules)
    if means:
        start = min(start, min(r[0] for r in means))
    daily = daily_from_means(means, start, as_of)
    sm = smoothed_pain(
        daily.pain,
        rules.smoothing_days,
        rules.smoothing_min_days,
        rules.sparse_window_days,
        rules.sparse_last_days,
        rules.sparse_min_days,
    )
    p7 = sm.pain

    episodes = []
    for k, proc in enumerate(procs):
        nxt = procs[k + 1].day - dt.timedelta(days=1) if k + 1 < len(procs) else as_of
        if nxt >= proc.day:  # two procedures on one day: the later one counts
            episodes.append(_episode(proc, nxt, daily, sm, rules))

    today_i = daily.index(as_of)
    now = p7[today_i]
    smoothed = None if np.isnan(now) else float(now)
    ep = episodes[-1] if episodes else None
    proc = ep.procedure if ep else None
    trend, p_value, trend_span = _trend(daily, proc.day if proc else daily.start, as_of, rules)
    relief = ep.relief_on(as_of) if ep else None
    lowest = None
    verdict = _verdict_without_fading(ep, as_of, smoothed, relief, rules)
    if verdict is None:
        assert ep is not None and ep.baseline is not None
        after = ep.settling_last + dt.timedelta(days=1) if ep.settling_last else ep.first
        window = p7[daily.index(after) : daily.index(as_of) + 1]
        lowest = float(np.nanmin(window)) if (~np.isnan(window)).any() else None
        rise_needed = min(rules.fading_rise_points, rules.fading_rise_fraction * ep.baseline.value)
        fading = (
            ep.reached_meaningful is not None
            and trend is not None
            and trend > 0
            and p_value < rules.fading_p_value
            and lowest is not None
            and smoothed - lowest >= rise_needed
        )
        if fading:
            verdict = Verdict.RELIEF_FADING
        elif relief >= rules.substantial_percent:
            verdict = Verdict.RELIEF_HOLDING
        elif relief >= rules.meaningful_percent:
            verdict = Verdict.PARTIAL_RELIEF
        else:
            verdict = Verdict.NO_MEANINGFUL_RELIEF
    status = Status(
        as_of=as_of,
        verdict=verdict,
        procedure=proc,
        episode=ep,
        day_number=(as_of - proc.day).days if proc else None,
        smoothed_pain=smoothed,
        relief_percent=relief,
        trend_per_week=trend,
        trend_p_value=p_value,
        lowest_smoothed_pain=lowest,
        rules=rules,
        smoothed_days=int(sm.days[today_i]) if smoothed is not None else 0,
        smoothed_span_days=int(sm.span[today_i]) if smoothed is not None else 0,
        smoothed_weekly=bool(sm.weekly[today_i]),
        below_substantial_days=ep.below_substantial_days() if ep else 0,
        block_only=ep is None and any(p.day <= as_of for p in procedures),
        trend_span_days=trend_span,
        smoothed_age_days=int(sm.age[today_i]) if smoothed is not None else 0,
    )
    return Analysis(daily, p7, episodes, status, sm)


def status_inputs(
    procedures: Sequence[Procedure], as_of: dt.date, rules: ReliefRules | None = None
) -> tuple[dt.date, list[Procedure]]:
    """The first day and the procedures that the status as of ``as_of`` reads.

    The status depends only on the newest episode (blocks open none): its baseline
    days, the look-back of P(d) before it (21 days: a sparse logger's last entries),
    and, before ``as_of``, the fading test's 56 days plus P's look-back (the lowest P
    since settling). Given day means from that day on and
    these procedures, ``analyse`` gives the same ``status`` as it would from the whole
    diary, at a fraction of the cost over 20 years (the status command uses it).
    """
    rules = rules or ReliefRules()
    procs = _episode_procedures(procedures, as_of)
    if not procs:  # a block alone still changes the wording of "no procedure"
        blocks = [p for p in procedures if p.day <= as_of]
        return first_day_read([], as_of, rules), blocks[-1:]
    return first_day_read(procs[-1:], as_of, rules), procs[-1:]


def _verdict_without_fading(
    ep: Episode | None,
    as_of: dt.date,
    smoothed: float | None,
    relief: float | None,
    rules: ReliefRules,
) -> Verdict | None:
    """Verdicts 1–5; None when the fading test and the relief level decide."""
    if ep is None:
        return Verdict.NO_PROCEDURE
    if ep.baseline is None or ep.baseline.value == 0:
        return Verdict.NO_BASELINE
    if ep.is_settling(as_of):
        return Verdict.SETTLING
    if smoothed is None:
        return Verdict.TOO_FEW_ENTRIES
    if ep.relief_end is not None and (relief is None or relief < rules.substantial_percent):
        return Verdict.RELIEF_ENDED
    return None
