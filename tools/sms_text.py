"""The texts a caller gets by SMS: what Cal.com did, where and when, and the salon's address.

Composed by code from the booking Cal.com returned (or the ledger row an outcome settled on),
never by the model. Written German for reading, not for speaking: "Mittwoch, 25. November, 15:00
Uhr". Each starts with the salon's name (a text from an unknown sender says who it is from).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from calendar_adapter.salon import SalonFile
from tools.speech import spoken_date

# What happened to the appointment: said in the tools' words (`booked` ...) or the ledger's
# state when an open outcome settled after the call (`confirmed` ...).
Outcome = Literal["booked", "cancelled", "rescheduled", "confirmed", "pending", "failed"]
OUTCOMES: tuple[str, ...] = ("booked", "cancelled", "rescheduled", "confirmed", "pending", "failed")


def when_text(start: datetime, salon: SalonFile) -> str:
    """'Mittwoch, 25. November, 15:00 Uhr' in the salon's zone."""
    local = start.astimezone(salon.tz)
    return f"{spoken_date(local.date())}, {local:%H:%M} Uhr"


def appointment_text(
    outcome: Outcome,
    *,
    salon: SalonFile,
    service: str,
    stylist: str | None,
    start: datetime,
) -> str:
    """The text for one appointment's outcome."""
    what = f"{service} bei {stylist}" if stylist else service
    when = when_text(start, salon)
    name = salon.business.name
    address = f" Adresse: {salon.business.address}." if salon.business.address else ""
    call_us = f" Fragen: {salon.business.phone}." if salon.business.phone else ""
    if outcome in ("booked", "confirmed"):
        first = "Ihr Termin ist gebucht" if outcome == "booked" else "Ihr Termin ist jetzt gebucht"
        return f"{name}: {first}: {what}, {when}.{address}{call_us}"
    if outcome == "rescheduled":
        return f"{name}: Ihr Termin ist verschoben auf {when}: {what}.{address}{call_us}"
    if outcome == "cancelled":
        return f"{name}: Ihr Termin {what}, {when}, ist storniert.{call_us}"
    if outcome == "pending":
        return (
            f"{name}: Ihre Terminanfrage {what}, {when}, ist eingegangen; der Salon muss sie "
            f"noch bestätigen.{call_us}"
        )
    if outcome == "failed":
        return (
            f"{name}: Ihr Termin {what}, {when}, konnte leider nicht gebucht werden. Bitte "
            f"rufen Sie uns an, wir finden einen anderen Termin.{call_us}"
        )
    raise ValueError(f"no text for outcome {outcome!r}")
