"""The first thing every interactive mode says: which calendar takes the bookings."""

from __future__ import annotations

from typing import Any


def calendar_note(runtime: Any, calcom_base_url: str) -> str:
    if runtime.sandbox is not None:
        return (
            "No CALCOM_API_KEY: bookings go to the embedded Cal.com sandbox at "
            f"{runtime.sandbox.url}."
        )
    return f"Bookings go to Cal.com at {calcom_base_url}."
