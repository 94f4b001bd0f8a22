"""Understanding the day and time a caller names, as German and English callers say them.

normalize -> times (clock, window, part of day) and days (candidate dates) -> resolve (one day
and time, a window, candidates to offer, or a question). See `resolve.understand`.
"""

from tools.when.resolve import DateCheck, Status, understand

__all__ = ["DateCheck", "Status", "understand"]
