"""The price, duration, payment or end of the visit on a named day (blind 20, convention 45).

"Die Dauerwelle am Freitag kostet 85 Euro", "Freitag bei Fabian: Dauerwelle, circa zwei
Stunden", "Am Freitag sind Sie bis 12:15 fertig", "The perm on Friday takes a bit over two
hours", "On Friday you'll be done around 12:15" tell the caller about a visit that is there: a
BOOKED claim with the day (and stylist and service) the sentence names; its times are durations
or the end (`end_time.py`), not the start, and are left out.

Blind 33 (claims73): the caller's stay told by its length from a start or on a day, with no
end clock time ("Sie haben ab zehn gut zwei Stunden bei uns", "From ten you'll be with us for a
couple of hours", "Have a proper breakfast on Friday, you'll be here a while", "Grab a bite
before Friday, it's a good two hours"): BOOKED with the start ("ab zehn": its time, 45) and the
day it names (`stay_told`).

Claims112 (blind 43's leftovers): the caller's appointment or booking named by possession with no
day ("Ihr Termin dauert rund zwei Stunden", "Für Ihren Termin rechnen Sie mit etwa 90 Euro", "Your
appointment will take about two hours", "Your booking comes to roughly ninety euros") is there
too: BOOKED with the stylist and service it names (45). A service named by possession with no day
("Ihre Dauerwelle kostet 90 Euro") may be one still being booked, and is left as it is.

Not: the day said of the verb, not the visit ("Die Dauerwelle dauert am Freitag etwa zwei
Stunden"), a hypothesis ("Angenommen, Sie nehmen den Freitag, …"), a hold, an offer ("…, die habe
ich Freitag um zehn"), "heute"; prices and durations in general ("Eine Dauerwelle dauert bei uns etwa zwei Stunden", "A
perm usually takes…": no day, or an indefinite "eine/a"), a condition or a question, a wish or an
offer ("Für eine Dauerwelle am Freitag müsste ich erst schauen").
"""

from __future__ import annotations

from agent.claims.details import NUMBERS, ClaimDetails, Details, Names, Role, read_details
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
    r"highlights|colou?r|cut|haircut|treatment|visit|"
    # blind 43 (claims107): "Your beard trim on Friday is 15 euros", "Ihre Bartpflege am …"
    r"trim|shave|fade|bartpflege|rasur|tönung)"
)
_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|\d{1,2}\.)"
)
# "die Dauerwelle am Freitag", "your appointment on Friday", "Friday's perm", "Freitag bei
# Fabian: …", "Sie sind am Freitag bis … fertig", "on Friday you'll be done"
_VISIT = lazy(
    rf"\b(?:die|der|das|ihre?|ihren|ihrem|the|your)\s+(?:[\w']+\s+)?{_NOUN}\s+(?:am|on|this)\s+{_DAY}|"
    rf"\b{_DAY}'s\s+{_NOUN}|\byour\s+{_DAY}\s+{_NOUN}|^\W*{_DAY}\b[^.!?:]*:|"
    r"\b(?:sie|you)\b[^.!?]*\b(?:fertig|done|finished|out\s+by)\b"
)


# the caller's appointment or booking itself, by possession, as what costs or lasts so long
# (claims112): "Ihr Termin dauert …", "Your booking comes to …", "Für Ihren Termin rechnen Sie mit
# … Euro"; not a time before it ("Kommen Sie zehn Minuten vor Ihrem Termin")
_NOUN_OWN = r"(?:termin|buchung|appointment|booking)"
_YOURS = lazy(
    # claims135: a day's compound ("Ihr Freitagstermin dauert …") is the caller's appointment too
    rf"\b(?:ihr|your)\s+(?:[\w']+\s+)?\w*{_NOUN_OWN}\s+(?:[\w']+\s+){{0,5}}?(?:kostet|dauert|"
    r"costs?|"
    r"takes?|take|comes?\s+to|runs|lasts|last)\b|"
    rf"\bfür\s+ihren\s+(?:\w+\s+)?{_NOUN_OWN}\s+(?:rechnen|planen|brauchen)\b|"
    # the caller's service named with its stylist (claims118): "Ihre Dauerwelle bei Lena kostet
    # …", "Für Ihre Dauerwelle bei Lena planen Sie zwei Stunden ein", "Your perm with Lena comes
    # to …" — one appointment, not the service still being booked
    rf"\b(?:ihre?n?|your)\s+{_NOUN}\s+(?:bei|with)\s+\w+\s+(?:kostet|kosten|dauert|dauern|costs?|"
    r"takes?|comes?\s+to|is|runs|lasts)\b|"
    rf"\bfür\s+ihre?n?\s+{_NOUN}\s+bei\s+\w+\s+(?:\w+\s+){{0,2}}?(?:rechnen|planen|brauchen)\b"
)
_PRICE_OR_LENGTH = lazy(
    r"\b(?:euro|minuten|stunden?|euros?|minutes|hours?|zeit|time|\w*viertelstunde)\b|€"
)
# what it depends on, not what it is: "Wie lange Ihr Termin dauert, hängt von … ab"
_DEPENDS = lazy(
    r"\b(?:wie\s+(?:lange|viel)|hängt|how\s+(?:long|much)|depends?|nicht|kein\w*|not|no)\b|n't\b"
)


def visit_facts(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A BOOKED claim for a price, duration, payment or end told of a named day's visit."""
    if claims:
        return ()  # read as what the other readers found
    text = fold(sentence).text
    if not _FACT.search(text) or _INDEFINITE.search(text) or _NOT_STATED.search(text):
        return ()
    if not _VISIT.search(text):
        if _YOURS.search(text) and _PRICE_OR_LENGTH.search(text):
            return _yours(sentence, text, names)
        return ()  # "Die Dauerwelle dauert am Freitag etwa zwei Stunden": the day is the verb's
    d = read_details(text, names)
    if not (d.weekdays or d.days):
        if _YOURS.search(text) and _PRICE_OR_LENGTH.search(text):
            return _yours(sentence, text, names)
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


def _yours(sentence: str, text: str, names: Names) -> tuple[Claim, ...]:
    """BOOKED for the caller's appointment told its price or length with no day (claims112)."""
    if _DEPENDS.search(text):
        return ()
    d = read_details(text, names)
    compound = _DAY_COMPOUND.search(text)  # claims135: "Ihr Freitagstermin": its day
    day = read_details(compound.group(), names).weekdays if compound else frozenset()
    what = Details(weekdays=day, stylists=d.stylists, services=d.services)
    # the new one of a move told its length (claims174): "Ihr neuer Termin dauert genauso lange wie
    # der alte", "Your new appointment takes as long as the old one": the move, as "Ihr neuer
    # Termin ist Donnerstag um drei" says it
    kind = ClaimKind.RESCHEDULED if _NEW_ONE.search(text) else ClaimKind.BOOKED
    return (Claim(kind, 0, len(sentence), ClaimDetails(((Role.ANY, what),))),)


_DAY_COMPOUND = lazy(r"\b(?:ihr|your)\s+\w+termin\b")
_NEW_ONE = lazy(r"\b(?:ihr\w*\s+neue\w*|your\s+new)\s+(?:termin|appointment|slot|booking)\b")


_CLOCK = (
    r"(?:\d{1,2}(?::\d\d)?|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|one|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+uhr|\s+o'clock)?"
)
_FROM_START = lazy(rf"\b(?:ab|from)\s+(?P<clock>{_CLOCK})\b")
_STAY = lazy(
    r"\b(?:stunden?|weile)\b[^.!?]*\bbei\s+uns\b|\bbei\s+uns\b[^.!?]*\b(?:stunden?|weile)\b|"
    r"\b(?:you'll|you\s+will|you're|you\s+are)\s+(?:going\s+to\s+)?(?:be|have)\s+(?:\w+\s+){0,4}?"
    r"(?:here|with\s+us|in\s+the\s+chair)\b|"
    r"\b(?:with\s+us|here)\s+(?:for\s+)?(?:a\s+(?:while|good\s+while)|(?:about\s+|a\s+good\s+|"
    r"a\s+couple\s+of\s+)?(?:two|three|\d)?\s*hours)\b|"
    r"\bit's\s+a\s+good\s+(?:two|three|couple\s+of)\s+hours\b"
)
_CALLER = lazy(r"\b(?:sie|ihnen|you|you'll|you're)\b|\bit's\s+a\s+good\s+\w+")
_NOT_STAY = lazy(
    r"\b(?:wenn|falls|sofern|ob|müsste|könnte|würde|wäre|wären|generell|normalerweise|"
    r"angenommen|if|whether|would|could|usually|generally|normally|typically|suppose|"
    r"assuming|once|sobald)\b|\?|\b(?:eine?|a|an)\s+(?:dauerwelle|perm|termin|appointment)\b"
)


def _start_time(clock: str) -> tuple[int, int, bool]:
    """ "zehn", "10", "10:30", "ten o'clock" as (hour, minute, certain): a time said in words or
    without "Uhr" may be either half of the day (`decide._matches`)."""
    head = clock.split()[0]
    if head[0].isdigit():
        hour, _, minute = head.partition(":")
        return int(hour), int(minute or 0), False
    return NUMBERS[head], 0, False


def stay_told(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """A BOOKED claim for the caller's stay told by its length from a start or on a day."""
    if claims:
        return ()  # read as what the other readers found
    text = fold(sentence).text
    if not _STAY.search(text) or not _CALLER.search(text) or _NOT_STAY.search(text):
        return ()
    start = _FROM_START.search(text)
    d = read_details(text, names)
    times = frozenset({_start_time(start.group("clock"))} if start else ())
    if not (times or d.weekdays or d.days):
        return ()
    when = Details(
        weekdays=d.weekdays,
        days=d.days,
        months=d.months,
        times=times,
        stylists=d.stylists,
        services=d.services,
    )
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, when),))),)
