"""How a resolved day or time reads in the understanding specs: one form for every round's tests."""

from __future__ import annotations


def day_answer(check) -> str:
    """'past', the start ('2033-05-19 19:00'), the window ('2033-05-19 15:00-16:00') or the day;
    a question back fails with the checker's message."""
    assert check.status in ("ok", "closed", "past_date"), check.message
    if check.status == "past_date":
        return "past"
    if check.start_local is not None:
        return check.start_local.strftime("%Y-%m-%d %H:%M")
    if check.window is not None:
        lo, hi = check.window
        return f"{lo:%Y-%m-%d %H:%M}-{hi:%H:%M}"
    return str(check.day)
