"""Personal data stays out of logs: phone numbers are stored as given (E.164) and masked on output."""

from __future__ import annotations


def mask_phone(phone: str | None) -> str:
    """`+4915112345678` -> `+49151****5678`: enough to tell callers apart in a log, not to dial."""
    if not phone:
        return "<none>"
    plus = "+" if phone.strip().startswith("+") else ""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if len(digits) >= 10:
        return f"{plus}{digits[:5]}****{digits[-4:]}"
    if len(digits) >= 4:
        return f"{plus}****{digits[-2:]}"
    return "****"
