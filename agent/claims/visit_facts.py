"""The price, duration, payment or end of the visit on a named day (blind 20, convention 45).

"Die Dauerwelle am Freitag kostet 85 Euro", "Freitag bei Fabian: Dauerwelle, circa zwei
Stunden", "Am Freitag sind Sie bis 12:15 fertig", "The perm on Friday takes a bit over two
hours", "On Friday you'll be done around 12:15" tell the caller about a visit that is there: a
BOOKED claim with the day (and stylist and service) the sentence names; its times are durations
or the end (`end_time.py`), not the start, and are left out.

Not: the day said of the verb, not the visit ("Die Dauerwelle dauert am Freitag etwa zwei
Stunden"), a hypothesis ("Angenommen, Sie nehmen den Freitag, …"), a hold, an offer ("…, die habe
ich Freitag um zehn"), "heute"; prices and durations in general ("Eine Dauerwelle dauert bei uns etwa zwei Stunden", "A
perm usually takes…": no day, or an indefinite "eine/a"), a condition or a question, a wish or an
offer ("Für eine Dauerwelle am Freitag müsste ich erst schauen").
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_FACT = lazy(
    r"\b(?:kostet|kosten|dauert|dauern|preis|euro|minuten|stunden|bezahlen|zahlen|fertig|"
    r"costs?|takes?|euros?|minutes|hours|pay|price|done|finished)\b|€|\bout\s+by\b"
)
_INDEFINITE = lazy(
    r"\b(?:eine?|einen|einem|a|an|any)\s+(?:\w+\s+)?(?:dauerwelle|termin|\w*schnitt|färben|"
    r"strähnchen|perm|appointment|cut|haircut|colou?r|highlights|trim)\b"
)
_NOT_STATED = lazy(
    r"\b(?:wenn|falls|sofern|ob|müsste|könnte|würde|wäre|wären|generell|normalerweise|angenommen|"
    r"reserviert|vorgemerkt|halte|hold|held|reserved|"
    r"if|whether|would|could|usually|generally|normally|typically|suppose|assuming)\b|\?|"
    r"\b(?:habe|hätte|hab)\s+ich\b|\bi(?:'ve|\s+have)\s+got\b"
)
_NOUN = (
    r"(?:\w*termin|dauerwelle|behandlung|strähnchen|färbung|\w*schnitt|appointment|perm|"
    r"highlights|colou?r|cut|haircut|treatment|visit)"
)
_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|\d{1,2}\.)"
)
# "die Dauerwelle am Freitag", "your appointment on Friday", "Friday's perm", "Freitag bei
# Fabian: …", "Sie sind am Freitag bis … fertig", "on Friday you'll be done"
_VISIT = lazy(
    rf"\b(?:die|der|das|ihre?|ihren|ihrem|the|your)\s+(?:\w+\s+)?{_NOUN}\s+(?:am|on|this)\s+{_DAY}|"
    rf"\b{_DAY}'s\s+{_NOUN}|\byour\s+{_DAY}\s+{_NOUN}|^\W*{_DAY}\b[^.!?:]*:|"
    r"\b(?:sie|you)\b[^.!?]*\b(?:fertig|done|finished|out\s+by)\b"
)


def visit_facts(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A BOOKED claim for a price, duration, payment or end told of a named day's visit."""
    if claims:
        return ()  # read as what the other readers found
    text = fold(sentence).text
    if not _FACT.search(text) or _INDEFINITE.search(text) or _NOT_STATED.search(text):
        return ()
    if not _VISIT.search(text):
        return ()  # "Die Dauerwelle dauert am Freitag etwa zwei Stunden": the day is the verb's
    d = read_details(text, names)
    if not (d.weekdays or d.days):
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
