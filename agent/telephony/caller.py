"""The caller's number as the telephony provider announced it, reduced to E.164 or nothing."""

from __future__ import annotations

from tools.phone import normalize_phone


def to_e164(raw: str | None) -> str | None:
    """`+4915112345678`, `sip:+4915112345678@pbx;user=phone`, `tel:+49 151 ...` -> E.164.

    Anything that is not a phone number (`anonymous`, `client:alice`, an empty From) gives
    None: the session then asks the caller instead of trusting a guess.
    """
    if not raw:
        return None
    text = raw.strip()
    if text.lower().startswith(("sip:", "sips:", "tel:")):
        text = text.split(":", 1)[1].split("@", 1)[0].split(";", 1)[0]
    return normalize_phone(text)
