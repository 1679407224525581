"""Trend statistics: Theil–Sen slope and the one-sided Mann–Kendall test.

Written on numpy rather than imported from scipy: ``scipy.stats`` costs about half a
second to import, which the ``status`` command's start-up target cannot afford.
tests/test_relief_properties.py checks both against scipy on random data.
"""

from __future__ import annotations

import math

import numpy as np


def _pairs(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    i, j = np.triu_indices(len(x), k=1)
    return x[j] - x[i], y[j] - y[i]


def theil_sen_slope(x: np.ndarray, y: np.ndarray) -> float:
    """Median of the pairwise slopes (y per unit of x); NaN for fewer than 2 points."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if len(x) < 2:
        return math.nan
    dx, dy = _pairs(x, y)
    keep = dx != 0
    if not keep.any():
        return math.nan
    return _median(dy[keep] / dx[keep])


def _median(values: np.ndarray) -> float:
    """The median of a non-empty array without NaN.

    ``np.median`` would do, but its first call imports ``numpy.ma`` (about 15 ms),
    which the ``status`` command and the window's first chart would pay every start.
    """
    n = len(values)
    lo, hi = (n - 1) // 2, n // 2
    part = np.partition(values, [lo, hi])
    return float((part[lo] + part[hi]) / 2)


def mann_kendall_upward_p(x: np.ndarray, y: np.ndarray, continuity: bool = True) -> float:
    """One-sided p-value that ``y`` rises with ``x`` (normal approximation, tie
    corrected, with continuity correction as in Hirsch et al. 1982 unless told not)."""
    order = np.argsort(np.asarray(x, dtype=float), kind="stable")
    y = np.asarray(y, dtype=float)[order]
    n = len(y)
    if n < 3:
        return 1.0
    i, j = np.triu_indices(n, k=1)
    s = float(np.sign(y[j] - y[i]).sum())
    _, counts = np.unique(y, return_counts=True)
    ties = counts[counts > 1].astype(float)
    var = (n * (n - 1) * (2 * n + 5) - float((ties * (ties - 1) * (2 * ties + 5)).sum())) / 18
    if var <= 0:
        return 1.0
    c = 1.0 if continuity else 0.0
    if s > 0:
        z = (s - c) / math.sqrt(var)
    elif s < 0:
        z = (s + c) / math.sqrt(var)
    else:
        z = 0.0
    return 0.5 * math.erfc(z / math.sqrt(2))
