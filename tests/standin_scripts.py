"""Stand-in speech scripts shared by the tests that run a whole call over audio (phone, browser).

The reference request: a Dauerwelle with Fabian on Thursday 2026-11-26 at ten, two days after
the pinned clock (Fabian works, the salon is open; the demo books the Friday).
"""

from __future__ import annotations

from typing import Any

ASK_THURSDAY_TEN = "Ich hätte gern eine Dauerwelle bei Fabian am Donnerstag um zehn."
OFFER_THURSDAY_TEN = (
    "Donnerstag um zehn ist frei und für Sie reserviert. Auf welchen Namen darf ich buchen?"
)
THURSDAY_TEN = {
    "service": "Dauerwelle",
    "stylist": "Fabian",
    "date": "2026-11-26",
    "weekday": "Donnerstag",
    "time": "10:00",
}


def check_thursday_ten() -> dict[str, Any]:
    """The model's step that checks (and holds) Thursday at ten."""
    return {"tool_calls": [{"name": "check_availability", "arguments": dict(THURSDAY_TEN)}]}


def book_held_slot(customer_name: str) -> dict[str, Any]:
    """The model's step that books the slot the check held."""
    arguments = {"slot_id": "{check_availability.slot_id}", "customer_name": customer_name}
    return {"tool_calls": [{"name": "book_appointment", "arguments": arguments}]}


def thursday_ten_script(
    *, name_said: str | None = None, customer_name: str | None = None, after_booking: str = ""
) -> dict[str, Any]:
    """The caller asks for Thursday at ten and hears it held; with `name_said`, gives the name
    in a second turn and the model books it for `customer_name`, then says `after_booking`."""
    transcripts = [ASK_THURSDAY_TEN]
    turns: list[list[dict[str, Any]]] = [[check_thursday_ten(), {"say": OFFER_THURSDAY_TEN}]]
    if name_said is not None:
        transcripts.append(name_said)
        turns.append([book_held_slot(customer_name or name_said), {"say": after_booking}])
    return {"transcripts": transcripts, "turns": turns}
