"""The JSON shape of ``relief-diary status --json`` (a contract: extend, never change)."""

from __future__ import annotations

from diary.core.reference import reference_durations
from diary.core.relief import Status
from diary.core.wording import describe


def _round(value: float | None, places: int = 2) -> float | None:
    return None if value is None else round(value, places)


def _iso(day) -> str | None:
    return None if day is None else day.isoformat()


def status_json(status: Status) -> dict:
    p = status.procedure
    proc = None
    if p is not None:
        proc = {
            "date": p.day.isoformat(),
            "kind": p.kind.value,
            "baseline": p.baseline,
            "levels": p.levels,
            "side": p.side.value if p.side else None,
        }
    base = status.baseline
    ep = status.episode
    return {
        "as_of": status.as_of.isoformat(),
        "verdict": status.verdict.value,
        "procedure": proc,
        "smoothed_pain": _round(status.smoothed_pain),
        "relief_percent": _round(status.relief_percent, 1),
        "relief_start": _iso(status.relief_start),
        "relief_end": _iso(status.relief_end),
        "relief_days": status.relief_days,
        "relief_ongoing": status.relief_ongoing,
        "trend_per_week": _round(status.trend_per_week),
        # Extensions beyond the contract's keys:
        "message": describe(status),
        "day_number": status.day_number,
        "baseline": _round(base.value) if base else None,
        "baseline_source": base.source if base else None,
        "settling_until": _iso(ep.settling_last) if ep else None,
        "best_relief_percent": _round(ep.best_relief, 1) if ep else None,
        "best_relief_day": _iso(ep.best_relief_day) if ep else None,
        "trend_p_value": _round(status.trend_p_value, 4),
        # Second edition (issue 11): what P rests on, and durations that never overstate.
        "smoothed_days": status.smoothed_days if status.smoothed_pain is not None else None,
        "smoothed_span_days": (
            status.smoothed_span_days if status.smoothed_pain is not None else None
        ),
        "below_substantial_days": status.below_substantial_days,
        "relief_days_min": status.relief_days_min,
        # Issue 13: the newest episode's ≥ 50 % period against each reference duration.
        "reference_durations": [
            {"days": r.days, "reached_on": _iso(r.reached_on)}
            for r in reference_durations(ep, status.rules)
        ],
    }
