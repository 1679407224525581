"""The thresholds of the relief rules (clinical.md), each a setting with a reason."""

from __future__ import annotations

import json

from diary.core.i18n import N_
from diary.core.value import Value

# name -> default (clinical.md's); int settings count days, float ones are
# percentages, points, fractions or a p-value.
DEFAULTS: dict[str, int | float] = {
    "meaningful_percent": 30.0,
    "substantial_percent": 50.0,
    "block_percent": 80.0,
    "baseline_days": 14,
    "baseline_min_days": 3,
    "smoothing_days": 7,
    "smoothing_min_days": 4,
    "sparse_window_days": 21,
    "sparse_last_days": 4,
    "sparse_min_days": 3,
    "settling_days": 21,
    "settling_max_days": 56,
    "relief_start_days": 7,
    "relief_end_days": 14,
    "reference_short_days": 84,
    "reference_long_days": 182,
    "fading_window_days": 28,
    "fading_min_values": 14,
    "fading_sparse_window_days": 56,
    "fading_sparse_last_days": 14,
    "fading_sparse_min_values": 10,
    "fading_p_value": 0.05,
    "fading_rise_points": 2.0,
    "fading_rise_fraction": 0.3,
}


class ReliefRules(Value):
    """Every number the relief analysis uses; the defaults are clinical.md's."""

    __slots__ = tuple(DEFAULTS)
    meaningful_percent: float
    substantial_percent: float
    block_percent: float
    baseline_days: int
    baseline_min_days: int
    smoothing_days: int
    smoothing_min_days: int
    sparse_window_days: int
    sparse_last_days: int
    sparse_min_days: int
    settling_days: int
    settling_max_days: int
    relief_start_days: int
    relief_end_days: int
    reference_short_days: int
    reference_long_days: int
    fading_window_days: int
    fading_min_values: int
    fading_sparse_window_days: int
    fading_sparse_last_days: int
    fading_sparse_min_values: int
    fading_p_value: float
    fading_rise_points: float
    fading_rise_fraction: float

    def __init__(self, **values: int | float) -> None:
        unknown = set(values) - set(DEFAULTS)
        if unknown:
            raise TypeError(f"unknown relief rules: {', '.join(sorted(unknown))}")
        self._fill(*(values.get(name, default) for name, default in DEFAULTS.items()))
        for name in DEFAULTS:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ValueError(f"{name} must be a number of at least 0")
        if self.smoothing_min_days > self.smoothing_days:
            raise ValueError("smoothing_min_days cannot exceed smoothing_days")
        if self.sparse_min_days > self.sparse_last_days:
            raise ValueError("sparse_min_days cannot exceed sparse_last_days")
        if self.fading_sparse_min_values > self.fading_sparse_last_days:
            raise ValueError("fading_sparse_min_values cannot exceed fading_sparse_last_days")
        if self.baseline_min_days > self.baseline_days:
            raise ValueError("baseline_min_days cannot exceed baseline_days")
        if not 0 < self.fading_p_value < 1:
            raise ValueError("fading_p_value must be between 0 and 1")

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> ReliefRules:
        """Rules from stored JSON; unknown keys are ignored, missing ones default."""
        if not text:
            return cls()
        data = json.loads(text)
        kept = {}
        for key, value in data.items():
            if key in DEFAULTS:
                kept[key] = type(DEFAULTS[key])(value)
        return cls(**kept)


# One line each, shown beside the setting so the patient and doctor see why.
RULE_REASONS: dict[str, tuple[str, str]] = {
    "meaningful_percent": (
        N_("Meaningful relief (%)"),
        N_("About 2 points: the smallest change patients call meaningful (Farrar 2001)."),
    ),
    "substantial_percent": (
        N_("Substantial relief (%)"),
        N_("RFA success; what payers ask for before a repeat RFA (IMMPACT 2008)."),
    ),
    "block_percent": (
        N_("Positive block (%)"),
        N_("Relief a diagnostic block must give (Medicare: two blocks of at least 80 %)."),
    ),
    "baseline_days": (
        N_("Baseline window (days)"),
        N_("Days before the procedure averaged when no baseline was recorded."),
    ),
    "baseline_min_days": (
        N_("Baseline needs (days with pain)"),
        N_("Fewer days than this in the window give no baseline."),
    ),
    "smoothing_days": (
        N_("Smoothing window (days)"),
        N_("Pain is averaged over a week so one bad day does not swing the verdict."),
    ),
    "smoothing_min_days": (
        N_("Smoothing needs (days with pain)"),
        N_("Fewer rated days than this in the window give no smoothed value."),
    ),
    "sparse_window_days": (
        N_("Sparse logging: look back (days)"),
        N_("With fewer rated days in the week, the last entries of this many days are used."),
    ),
    "sparse_last_days": (
        N_("Sparse logging: entries averaged"),
        N_("The most recent rated days averaged when the week has too few."),
    ),
    "sparse_min_days": (
        N_("Sparse logging: fewest entries"),
        N_("Fewer rated days than this in the look-back give no smoothed value."),
    ),
    "settling_days": (
        N_("Settling period (days)"),
        N_("Soreness and numbness are common in the first three weeks after an RFA."),
    ),
    "settling_max_days": (
        N_("Longest settling period (days)"),
        N_("Thoracic relief can take 6–8 weeks to build."),
    ),
    "relief_start_days": (
        N_("Relief starts after (days)"),
        N_("A single good week is needed before relief counts as started."),
    ),
    "relief_end_days": (
        N_("Relief ends after (days)"),
        N_("Two weeks below the substantial level before relief counts as ended."),
    ),
    "reference_short_days": (
        N_("Reference duration, shorter (days)"),
        N_("Set beside the ≥ 50 % relief period in the report: 12 weeks (some payers)."),
    ),
    "reference_long_days": (
        N_("Reference duration, longer (days)"),
        N_("Set beside the ≥ 50 % relief period: 6 months (US Medicare contractors)."),
    ),
    "fading_window_days": (
        N_("Fading window (days)"),
        N_("The trend of the last four weeks is judged."),
    ),
    "fading_min_values": (
        N_("Fading needs (days with pain)"),
        N_("Fewer rated days than this in the window give no trend."),
    ),
    "fading_sparse_window_days": (
        N_("Sparse fading window (days)"),
        N_("When the four weeks hold too few ratings, the trend looks back this far …"),
    ),
    "fading_sparse_last_days": (
        N_("Sparse fading: rated days used"),
        N_("… and takes this many of the most recent rated days …"),
    ),
    "fading_sparse_min_values": (
        N_("Sparse fading needs (days with pain)"),
        N_("… of which at least this many must be there to judge a trend."),
    ),
    "fading_p_value": (
        N_("Fading test p-value"),
        N_("The rise must be unlikely to be chance (one-sided Mann–Kendall test)."),
    ),
    "fading_rise_points": (
        N_("Meaningful rise (points)"),
        N_("The smoothed pain must rise this much above its lowest point …"),
    ),
    "fading_rise_fraction": (
        N_("Meaningful rise (share of baseline)"),
        N_("… or this share of the baseline, whichever is smaller."),
    ),
}
