"""The first thing every mode says: which calendar takes the bookings."""

from __future__ import annotations

from typing import Any


def calendar_note(runtime: Any, calcom_base_url: str) -> str:
    if runtime.sandbox is not None:
        return (
            "No CALCOM_API_KEY: bookings go to the embedded Cal.com sandbox at "
            f"{runtime.sandbox.url}."
        )
    return f"Bookings go to Cal.com at {calcom_base_url}."


# Replays never touch a real calendar: each file gets a fresh sandbox on the replay's own clock.
REPLAY_CALENDAR_NOTE = (
    "Replays book in the embedded Cal.com sandbox "
    "(a fresh one per file; CALCOM_API_KEY is not used)."
)
