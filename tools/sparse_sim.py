"""Simulated patients with a known truth, logging as real patients do (issue 11).

Each patient has an RFA (baseline 7 recorded), relief that builds over four weeks to
a pain of about 2.5, holds, and then ends: the pain climbs back to 6.5 over two weeks
from a day drawn between 150 and 250. The true end of >= 50 % relief is the first
day the true pain is above 3.5. Diaries are logged either every day or sparsely:
nearly daily for four weeks, then every second or third day, then from day 90 once a
week on a fixed weekday ("weekly") or at random about 1.4 days a week ("sparse"), with
a two- to three-week holiday, two entries on some days, and a third of the patients
rounding to even numbers.

For each patient the diary's own ``analyse`` is asked, as of every day, for its
verdict; the script reports how often it answered "too few entries" while relief was
truly holding, and whether the relief end was found within 28 days of the true end.
It uses only ``analyse(day_means(entries), procedures, as_of)`` and ``status.verdict`` /
``status.relief_end``, so it runs against any version of the code:

    python tools/sparse_sim.py                       # this checkout
    PYTHONPATH=/path/to/other/checkout python tools/sparse_sim.py   # another one
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import random
import sys
from pathlib import Path

if __name__ == "__main__" and not any(Path(p, "diary").is_dir() for p in sys.path if p):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from diary.core.daily import day_means
from diary.core.records import Entry, Procedure  # noqa: E402
from diary.core.relief import analyse  # noqa: E402

DAY0 = dt.date(2025, 1, 1)
BASELINE = 7
LENGTH = 320


def true_pain(n: int, fade_from: int) -> float:
    if n < 0:
        return 7.0
    if n < 28:
        return 7.0 - 4.5 * n / 28
    if n < fade_from:
        return 2.5
    return min(6.5, 2.5 + 4.0 * (n - fade_from) / 14)


def true_end(fade_from: int) -> int:
    return next(n for n in range(fade_from, LENGTH) if true_pain(n, fade_from) > BASELINE / 2)


def logs_on(n: int, rng: random.Random, style: str, holiday: range, weekday: int) -> bool:
    if style == "daily":
        return True
    if n in holiday:
        return False
    if n < 28:
        return rng.random() < 0.9
    if n < 90:
        return rng.random() < 0.45  # every second or third day
    if style == "weekly":
        return n % 7 == weekday  # once a week, on the same day
    return rng.random() < 0.2  # at random, about once or twice a week


def patient(seed: int, style: str) -> tuple[list[Entry], int]:
    rng = random.Random(seed)
    fade_from = rng.randrange(150, 251)
    start = rng.randrange(60, 200)
    holiday = range(start, start + rng.randrange(14, 22))
    even = rng.random() < 1 / 3
    weekday = rng.randrange(7)
    entries = []
    for n in range(-14, LENGTH):
        if n >= 0 and not logs_on(n, rng, style, holiday, weekday):
            continue
        times = 2 if rng.random() < 0.15 else 1
        for _ in range(times):
            v = true_pain(n, fade_from) + rng.gauss(0, 0.8)
            v = max(0, min(10, round(v / 2) * 2 if even else round(v)))
            entries.append(Entry(DAY0 + dt.timedelta(days=n), None, int(v)))
    return entries, fade_from


def run(patients: int, style: str) -> dict:
    proc = Procedure(DAY0, "rfa", "T6–T8", "right", BASELINE)
    holding = collections.Counter()
    found, ever, lags = 0, 0, []
    for k in range(patients):
        entries, fade_from = patient(1000 + k, style)
        means = day_means(entries)
        end = true_end(fade_from)
        for n in range(60, end):  # after settling, while relief truly holds
            holding[analyse(means, [proc], DAY0 + dt.timedelta(days=n)).status.verdict] += 1
        s = analyse(means, [proc], DAY0 + dt.timedelta(days=end + 28)).status
        if s.relief_end is not None:
            found += 1
            lags.append((s.relief_end - DAY0).days - end)
        last = analyse(means, [proc], DAY0 + dt.timedelta(days=LENGTH - 1)).status
        ever += last.relief_end is not None
    total = sum(holding.values())
    return {
        "holding": {str(v): round(100 * c / total, 1) for v, c in holding.most_common()},
        "found": found,
        "ever": ever,
        "lags": sorted(lags),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--patients", type=int, default=24)
    args = parser.parse_args()
    import diary

    print(f"code: {Path(diary.__file__).resolve().parent.parent}")
    for style in ("daily", "weekly", "sparse"):
        r = run(args.patients, style)
        print(f"\n{style} loggers ({args.patients} patients)")
        print("  verdicts while relief truly holds (days 60 … true end - 1), % of days:")
        for verdict, pct in r["holding"].items():
            print(f"    {verdict:22s} {pct:5.1f}")
        print(f"  relief end found within 28 days of the true end: {r['found']}/{args.patients}")
        print(f"  relief end found by day {LENGTH - 1}: {r['ever']}/{args.patients}")
        if r["lags"]:
            lags = r["lags"]
            print(
                f"  found end - true end (days): min {lags[0]}, median "
                f"{lags[len(lags) // 2]}, max {lags[-1]}"
            )


if __name__ == "__main__":
    main()
