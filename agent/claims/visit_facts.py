"""The price, duration, payment or end of the visit on a named day (blind 20, convention 45).

"Die Dauerwelle am Freitag kostet 85 Euro", "Freitag bei Fabian: Dauerwelle, circa zwei
Stunden", "Am Freitag sind Sie bis 12:15 fertig", "The perm on Friday takes a bit over two
hours", "On Friday you'll be done around 12:15" tell the caller about a visit that is there: a
BOOKED claim with the day (and stylist and service) the sentence names; its times are durations
or the end (`end_time.py`), not the start, and are left out.

Not: prices and durations in general ("Eine Dauerwelle dauert bei uns etwa zwei Stunden", "A
perm usually takes…": no day, or an indefinite "eine/a"), a condition or a question, a wish or an
offer ("Für eine Dauerwelle am Freitag müsste ich erst schauen").
"""

from __future__ import annotations

import re

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_FACT = re.compile(
    r"\b(?:kostet|kosten|dauert|dauern|preis|euro|minuten|stunden|bezahlen|zahlen|fertig|"
    r"costs?|takes?|euros?|minutes|hours|pay|price|done|finished)\b|€|\bout\s+by\b"
)
_INDEFINITE = re.compile(
    r"\b(?:eine?|einen|einem|a|an|any)\s+(?:\w+\s+)?(?:dauerwelle|termin|\w*schnitt|färben|"
    r"strähnchen|perm|appointment|cut|haircut|colou?r|highlights|trim)\b"
)
_NOT_STATED = re.compile(
    r"\b(?:wenn|falls|sofern|ob|müsste|könnte|würde|wäre|generell|normalerweise|"
    r"if|whether|would|could|usually|generally|normally|typically)\b|\?"
)


def visit_facts(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A BOOKED claim for a price, duration, payment or end told of a named day's visit."""
    if claims:
        return ()  # read as what the other readers found
    text = fold(sentence).text
    if not _FACT.search(text) or _INDEFINITE.search(text) or _NOT_STATED.search(text):
        return ()
    d = read_details(text, names)
    if not (d.weekdays or d.days or d.relative_days):
        return ()
    day = Details(
        weekdays=d.weekdays,
        days=d.days,
        months=d.months,
        relative_days=d.relative_days,
        stylists=d.stylists,
        services=d.services,
    )
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, day),))),)
