"""Relief analysis: baseline, relief %, settling, relief start/end, fading, verdict.

Implements the default rules of clinical.md, with every threshold taken from
``ReliefRules``. Everything is judged "as of" a day: entries and procedures after
it are never read. Each procedure is its own episode, from its date to the day
before the next procedure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np

from diary.core.daily import Daily, daily_from_means, daily_values, first_run, rolling_mean
from diary.core.records import Entry, Procedure, ProcedureKind
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


def _episode(
    proc: Procedure, last: dt.date, daily: Daily, p7: np.ndarray, rules: ReliefRules
) -> Episode:
    base = _baseline(proc, daily, rules)
    lo, hi = daily.index(proc.day), daily.index(last) + 1
    if base is None or base.value == 0:
        relief = np.full(hi - lo, np.nan)
    else:
        relief = 100.0 * (base.value - p7[lo:hi]) / base.value
    defined = ~np.isnan(relief)
    with np.errstate(invalid="ignore"):
        good = defined & (relief >= rules.substantial_percent)
        poor = defined & (relief < rules.substantial_percent)
        meaningful = defined & (relief >= rules.meaningful_percent)
    start_i = first_run(good, rules.relief_start_days)
    end_i = None if start_i is None else first_run(poor, rules.relief_end_days, start_i + 1)
    hits = np.flatnonzero(meaningful)
    reached_i = int(hits[0]) if len(hits) else None
    settling_last = None
    if proc.kind == ProcedureKind.RFA:
        n = rules.settling_days
        if reached_i is None or reached_i > n + 1:
            limit = rules.settling_max_days if reached_i is None else reached_i - 1
            n = max(n, min(rules.settling_max_days, limit))
        settling_last = proc.day + dt.timedelta(days=n)
    best_i = int(np.nanargmax(relief)) if defined.any() else None

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
    )


def _trend(daily: Daily, first: dt.date, as_of: dt.date, rules: ReliefRules):
    lo = max(daily.index(first), daily.index(as_of) - rules.fading_window_days + 1, 0)
    hi = daily.index(as_of) + 1
    y = daily.pain[lo:hi]
    x = np.arange(lo, hi, dtype=float)[~np.isnan(y)]
    y = y[~np.isnan(y)]
    if len(y) < max(rules.fading_min_values, 2):
        return None, None
    return theil_sen_slope(x, y) * 7, mann_kendall_upward_p(x, y)


def analyse(
    entries: Sequence[Entry],
    procedures: Sequence[Procedure],
    as_of: dt.date,
    rules: ReliefRules | None = None,
    day_means: Sequence[tuple] | None = None,
) -> Analysis:
    """Judge the diary as of ``as_of`` (nothing after that day is read).

    ``day_means`` — (day, pain, numbness, soreness) means per day, as the store's
    GROUP BY gives them — may stand in for ``entries`` when only the numbers are
    wanted (the status command): it is the same arithmetic, without building
    thousands of records.
    """
    rules = rules or ReliefRules()
    procs = sorted((p for p in procedures if p.day <= as_of), key=lambda p: (p.day, p.id or 0))
    if day_means is not None:
        day_means = [r for r in day_means if r[0] <= as_of]
        days = [min(r[0] for r in day_means)] if day_means else []
    else:
        days = [e.day for e in entries if e.day <= as_of]
    start = min(
        [as_of - dt.timedelta(days=rules.fading_window_days + rules.smoothing_days)]
        + days
        + [p.day - dt.timedelta(days=rules.baseline_days) for p in procs]
    )
    if day_means is not None:
        daily = daily_from_means(day_means, start, as_of)
    else:
        daily = daily_values(entries, start, as_of)
    p7 = rolling_mean(daily.pain, rules.smoothing_days, rules.smoothing_min_days)

    episodes = []
    for k, proc in enumerate(procs):
        nxt = procs[k + 1].day - dt.timedelta(days=1) if k + 1 < len(procs) else as_of
        if nxt >= proc.day:  # two procedures on one day: the later one counts
            episodes.append(_episode(proc, nxt, daily, p7, rules))

    now = p7[daily.index(as_of)]
    smoothed = None if np.isnan(now) else float(now)
    ep = episodes[-1] if episodes else None
    proc = ep.procedure if ep else None
    trend, p_value = _trend(daily, proc.day if proc else daily.start, as_of, rules)
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
    )
    return Analysis(daily, p7, episodes, status)


def status_inputs(
    procedures: Sequence[Procedure], as_of: dt.date, rules: ReliefRules | None = None
) -> tuple[dt.date, list[Procedure]]:
    """The first day and the procedures that the status as of ``as_of`` reads.

    The status depends only on the newest episode: its baseline days, the smoothing
    window before it, and the fading window. Given day means from that day on and
    these procedures, ``analyse`` gives the same ``status`` as it would from the whole
    diary, at a fraction of the cost over 20 years (the status command uses it).
    """
    rules = rules or ReliefRules()
    procs = sorted((p for p in procedures if p.day <= as_of), key=lambda p: (p.day, p.id or 0))
    first = as_of - dt.timedelta(days=rules.fading_window_days + rules.smoothing_days)
    if not procs:
        return first, []
    last = procs[-1]
    before = max(rules.baseline_days, rules.smoothing_days)
    return min(first, last.day - dt.timedelta(days=before)), [last]


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
