"""The nine verdicts (no numpy here: the window imports this before its first paint)."""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    """The nine verdicts, in the order clinical.md checks them."""

    NO_PROCEDURE = "no_procedure"
    NO_BASELINE = "no_baseline"
    SETTLING = "settling"
    TOO_FEW_ENTRIES = "too_few_entries"
    RELIEF_ENDED = "relief_ended"
    RELIEF_FADING = "relief_fading"
    RELIEF_HOLDING = "relief_holding"
    PARTIAL_RELIEF = "partial_relief"
    NO_MEANINGFUL_RELIEF = "no_meaningful_relief"
