"""Phone numbers as Cal.com stores them: E.164 ("+4915112345678")."""

from __future__ import annotations

import re

_E164 = re.compile(r"\+[1-9]\d{6,14}")


def normalize_phone(text: str | None, *, default_country: str = "49") -> str | None:
    """E.164 for what a caller or a telephony bridge gives ('+49 151 1234 5678', '0049...',
    '0151 ...' as a German national number); None when it is not a phone number."""
    if not isinstance(text, str):
        return None
    raw = text.strip()
    if not raw or re.search(r"[^\d\s+()/.-]", raw):
        return None
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("+"):
        candidate = "+" + digits
    elif digits.startswith("00"):
        candidate = "+" + digits[2:]
    elif digits.startswith("0"):
        candidate = f"+{default_country}{digits[1:]}"
    else:
        return None
    return candidate if _E164.fullmatch(candidate) else None
