"""A length of time as callers say it ("eine Stunde", "zwei Stunden", "eine halbe Stunde", "eine
Dreiviertelstunde", "anderthalb Stunden", "zweieinhalb Stunden", "20 Minuten", "an hour", "half an
hour", "an hour and a half", "a quarter of an hour", "90 minutes"), in minutes. Shared by the times
counted from the salon's opening or closing (`hours_anchor`) and the stretch a caller has
(`window_had`), so both read the same lengths.

Works on normalized text (`tools.when.normalize`: number words are digits, "'ne" is "eine")."""

from __future__ import annotations

import re

_HALF_COUNTS = {
    "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8,
}  # fmt: skip
_ONE = r"(?:eine|einer|ein|one|an|a|1)"
# a length, each alternative in its own named group; "so", "etwa", "about" before it add nothing
STRETCH = (
    r"(?:(?:so|etwa|ungefaehr|circa|ca|knapp|gut|about|around|roughly|approximately)\s+)?(?:"
    rf"(?P<st_half_en>(?:{_ONE}\s+)?half\s+an?\s+hour)"
    rf"|(?P<st_one_half>(?:anderthalb|eineinhalb|1\s*einhalb)\s+stunden|{_ONE}\s+hour\s+and\s+a\s+half"
    r"|1\s+and\s+a\s+half\s+hours)"
    rf"|(?P<st_n_half>\d+|{'|'.join(_HALF_COUNTS)})\s*(?:einhalb\s+stunden|\s+and\s+a\s+half\s+hours)"
    rf"|(?P<st_half>(?:{_ONE}\s+|die\s+)?halbe\s+stunde)"
    r"|(?P<st_three_quarters>(?:eine\s+|die\s+)?(?:dreiviertel|3\s+viertel)\s*stunde"
    r"|(?:a\s+)?(?:three|3)\s+quarters\s+of\s+an\s+hour)"
    r"|(?P<st_quarter>(?:eine\s+|die\s+)?viertel\s*stunde|(?:a\s+)?quarter\s+of\s+an\s+hour)"
    rf"|(?P<st_hour>(?:{_ONE}|die)\s+(?:stunde|hour)|(?:{_ONE}\s+)?stuendchen)"
    r"|(?P<st_hours>\d+)\s+(?:stunden|hours|hrs)"
    r"|(?P<st_minutes>\d+)\s*(?:minuten|minutes|mins?|min))"
)
_STRETCH = re.compile(rf"\b{STRETCH}\b")


def stretch_minutes(said: str) -> int | None:
    """The minutes of the one length said in `said` (matched by `STRETCH`), else None."""
    m = _STRETCH.search(said)
    if m is None:
        return None
    if m["st_half_en"] or m["st_half"]:
        return 30
    if m["st_one_half"]:
        return 90
    if m["st_n_half"]:
        count = m["st_n_half"]
        return (int(count) if count.isdigit() else _HALF_COUNTS[count]) * 60 + 30
    if m["st_three_quarters"]:
        return 45
    if m["st_quarter"]:
        return 15
    if m["st_hour"]:
        return 60
    if m["st_hours"]:
        return int(m["st_hours"]) * 60
    return int(m["st_minutes"])
