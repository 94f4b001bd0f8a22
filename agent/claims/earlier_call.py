"""A booking of an earlier call said to stand now (blind 22, claims37): "The Friday appointment
from your earlier call is still on the books" is `booked` now (blind 22's convention); "from your
earlier / last call" names where the booking came from, not when it holds, and "on the books" is
booked: read as "The Friday appointment is still booked". Past talk ("On your last call you
asked about Saturday") is left alone."""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_FROM_CALL = lazy(
    r"\s+(?:from|of)\s+your\s+(?:earlier|last|previous|first|other)\s+call\b|"
    r"\s+(?:von|aus)\s+ihrem\s+(?:letzten|früheren|vorigen|ersten)\s+anruf\b",
    re.IGNORECASE,
)
_ON_BOOKS = lazy(r"\b(?:on|in)\s+the\s+books\b", re.IGNORECASE)


def earlier_call(sentence: str, lang: str) -> str | None:
    """`sentence` without the call a booking came from and with "on the books" said plainly."""
    text = straight_apostrophes(sentence)
    if "?" in text or not _FROM_CALL.search(text):
        return None
    return _ON_BOOKS.sub("booked", _FROM_CALL.sub("", text))
