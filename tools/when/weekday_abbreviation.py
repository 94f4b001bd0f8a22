"""A weekday abbreviation followed by its time or part of the day ("Do abends", "Sa vormittag",
"Thu at 4", "Fri 3pm", "am Di um 10", "next Wed morning"): the weekday. Alone, "Do" and "So" are
also ordinary words ("do", "so um drei": about three), so an abbreviation is read here only at
the start of the field, after a word that introduces a day or after an opening quote, and only with a clock or a part of
the day after it; "So" (also "about") never. A whole-field or dotted abbreviation ("Fr", "Do.")
is read by `normalize`."""

from __future__ import annotations

import re

from tools.when.lexicon import GERMAN_WEEKDAYS, WEEKDAY_ABBREVIATIONS

_ABBREVIATIONS = {a: i for a, i in WEEKDAY_ABBREVIATIONS.items() if a != "so"}
# a quote opens what the caller reads out ("auf meinem Zettel steht nur 'Di 10 Uhr'"), and so does
# the label of a written note read out ("Termin: Di 15:00", "Datum: Fr 10 Uhr": round 58)
_BEFORE = (
    r"(^\s*|\b(?:am|on|next|this|nächsten|naechsten|diesen|kommenden)\s+|['\"„“‚‘«»]\s*"
    # a week said before its day, as a text message writes it ("nächste woche mi", "übernächste
    # woche do", "next week tue 10am": round 59)
    r"|\b(?:(?:über|ueber)?(?:nächste|naechste)[nr]?|diese|kommende|next|this)\s+(?:woche|week)"
    r"\s*,?\s+(?:(?:am|on)\s+)?"
    r"|^\s*(?:(?:neuer|mein|ihr)\s+)?(?:termin|datum|date|appointment)\s*:?\s+)"
)
_AFTER = (
    r"(?=\s*,?\s*(?:\d|um\b|at\b|gegen\b|around\b|ab\b|from\b|nach\b|after\b|vor\b|before\b"
    r"|halb\b|viertel\b|dreiviertel\b|früh|frueh|morgens\b|vormittags?\b|mittags?\b"
    r"|nachmittags?\b|abends?\b|morning\b|afternoon\b|evening\b|noon\b|lunch"
    r"|in\s+the\s+(?:morning|afternoon|evening)\b"
    # a text message's window or "about" ("sa bis 12", "mi zw 10-12", "fr so 3"), or nothing
    # more: the field's end ("am do", "mo?", "nächste woche di")
    r"|bis\b|zw\b|zwischen\b|so\s+\d|[?!.]*\s*$))"
)
_BEFORE_TIME = re.compile(
    _BEFORE + r"(" + "|".join(_ABBREVIATIONS) + r")\b(?!\.)" + _AFTER, re.IGNORECASE
)


# a calendar week read out with its day ("KW39 Fr", "KW 42, Do", "in KW 11 am Fr"): that weekday of
# the ISO week, as "KW 39, Freitag" (round 58)
_AFTER_WEEK = re.compile(
    r"(\bkw\s*\d{1,2}\s*,?\s*(?:am\s+)?)("
    + "|".join(_ABBREVIATIONS)
    + r")\b\.?(?=\s*(?:,|$|\d|um\b|ab\b))",
    re.IGNORECASE,
)


def weekday_before_time(text: str) -> str:
    """`text` with an abbreviation that has its time after it, or a calendar week before it,
    written out as its weekday."""
    text = _AFTER_WEEK.sub(lambda m: m[1] + GERMAN_WEEKDAYS[_ABBREVIATIONS[m[2].lower()]], text)
    return _BEFORE_TIME.sub(lambda m: m[1] + GERMAN_WEEKDAYS[_ABBREVIATIONS[m[2].lower()]], text)


__all__ = ["weekday_before_time"]
