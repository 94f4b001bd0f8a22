"""English "half <hour>" after a German clock word in a German call ("am Tuesday um half four",
"Freitag, um half three", "gegen half ten"): British English means half past (16:30), but a German
caller who puts the English words into a German sentence may have translated "halb vier" (15:30):
half an hour apart, each a confident wrong time for the other reading. Both are offered ("halb
vier oder half past four": 15:30 or 16:30, asked; W32). An English call, "half three" with no
German clock word before it ("Freitag" / "half three", "Friday at half nine", "half eleven": the
British half hour, as the earlier rounds label it), "half past four", the German "halb vier" and
the Low German "half veer" (15:30, its number no English word) are read as before. Works on the
caller's words as said."""

from __future__ import annotations

import re

_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_HALF = re.compile(
    rf"\b(?P<word>um|gegen|ab|bis)\s+half\s+(?P<hour>{_HOURS})\b"
    r"(?!\s+(?:past|an?\s+hour|hours?|of)\b)",
    re.IGNORECASE,
)


def half_across(texts: tuple[str | None, ...], language: str) -> tuple[str | None, ...]:
    """`texts` (the fields said) with an English "half <hour>" after a German clock word in a
    German call made both its readings, "um halb <hour> oder half past <hour>"."""
    if language == "en":
        return texts
    return tuple(
        _HALF.sub(lambda h: f"{h['word']} halb {h['hour']} oder half past {h['hour']}", t)
        if t
        else t
        for t in texts
    )
