"""An hour said with "hundert" in digits ("14 hundert", "um 14 hundert", "14hundert", "14
hundred"): a speech recogniser's spelling of "vierzehnhundert", the clock time 14:00, as "1400"
is. `normalize` writes "vierzehn hundert" as "1400" already but leaves a digit hour beside
"100" ("14 100"), which was read as two numbers (a bound, 13:00-14:00); here both become
"1400". Works on normalized text; only an hour 0-24 is joined ("300 100" stays)."""

from __future__ import annotations

import re

_HUNDRED = re.compile(
    r"(?<![\d.:,])\b([01]?\d|2[0-4])(?:\s+100\b|\s*hundert\b|\s*hundred\b)(?![.,:]?\d)"
)


def hundred_clock(text: str) -> str:
    """ "um 14 100" -> "um 1400"; anything else unchanged."""
    return _HUNDRED.sub(lambda m: f"{m[1]}00", text)
