"""A stylist's day said full but for one slot (blind 27, claims47; convention 2; a step of
`reworded`): "Fabian ist am Freitag ausgebucht, bis auf zehn Uhr", "Fabian is booked solid on
Friday except at ten" name the one slot still free, read as the remaining place is ("Fabian hat
am Freitag um zehn Uhr noch einen Platz.", "Fabian still has a spot at ten on Friday."): an
available slot, backed only by a slot the tools offered or kept.

Not: a day full with no exception ("Fabian ist am Freitag ausgebucht"), the caller's own
appointment, a question.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy

_WHO = r"(?P<who>(?!(?:Es|Er|Sie|Der|Die|Das|Wir|Ich|It|He|She|We|I|They)\b)[A-ZÄÖÜ][\wäöüß]+)"
_DE = lazy(
    rf"^\W*{_WHO}\s+ist\s+(?P<day>am\s+\w+\s+)?(?:(?:komplett|völlig|ganz|sonst)\s+)?"
    r"(?:ausgebucht|voll|belegt)\s*,?\s*(?:bis\s+auf|außer|ausser)\s+(?:um\s+)?"
    r"(?P<t>[^,.;!?–—]+?)\s*[.!]?\s*$"
)
_EN = lazy(
    rf"^\W*{_WHO}(?:\s+is|'s)\s+(?:fully\s+booked|booked\s+(?:solid|up)|full)\s+"
    r"(?P<day>on\s+\w+\s+)?(?:except|apart\s+from|but)\s+(?:for\s+)?(?:at\s+)?"
    r"(?P<t>[^,.;!?–—]+?)\s*[.!]?\s*$"
)


def one_slot_left(text: str, lang: str) -> str:
    """`text` with a full day but one slot read as that slot still free, else unchanged."""
    if lang == "de":
        m = _DE.search(text)
        return f"{m['who']} hat {m['day'] or ''}um {m['t']} noch einen Platz." if m else text
    m = _EN.search(text)
    if m is None:
        return text
    day = f" {m['day'].strip()}" if m["day"] else ""
    return f"{m['who']} still has a spot at {m['t']}{day}."
