"""A clock time said in a place's zone: "Freitag um 10 Londoner Zeit", "Thursday, 9am New York
time", "3pm your time", "10 Uhr deutscher Zeit". The place is looked up in the IANA zone names
(`zoneinfo`: "Londoner" is London, "New Yorker" New York, "Istanbuler" Istanbul) or a short list
of German city names and country adjectives; the time is then that place's wall clock on that
date, converted to the salon's zone with both places' DST. The salon's own zone ("deutscher
Zeit", "Berliner Zeit", "Ortszeit", "your time", "local time") is the salon's clock. A zone that
is no place known here ("Mallorca-Zeit", "meiner Zeit", "my time") is asked, never the clock
read as the salon's, unless the day said is closed and stays closed in every zone: "Sonntag um 3
meiner Zeit" is Sunday or Monday here whatever the caller's zone (UTC-12 to UTC+14), both closed,
so it is answered closed (the caller's hour read in the day, as the salon's hour-only times are).

Works on the caller's words as said, before `normalize`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, available_timezones

from calendar_adapter.salon import SalonFile
from tools.hints import hint
from tools.when.caller_place import caller_place, own_clock_said, place_zone
from tools.when.normalize import normalize

if TYPE_CHECKING:
    from tools.when.resolve import DateCheck

# the salon's own clock: "Ortszeit", "local time", "your time", "hiesiger Zeit", "Ihrer Zeit"
_OWN = frozenset("orts lokal lokale hiesige hiesiger hiesigen ihrer eurer salon local your".split())
# the caller's own clock, with no place: asked
_CALLERS = frozenset("meiner unserer my our".split())
# "zeit" / "time" with the (at most two) words before it, "Orts-" glued: "10 Uhr Ortszeit"
_ZONE = re.compile(
    r"(?P<place>(?:[A-Za-zÄÖÜäöüß]+[ -]+){0,2}?(?:[A-Za-zÄÖÜäöüß]+?))(?:[ -]+|(?<=[oO]rts))(?:zeit|time)\b",
    re.IGNORECASE,
)
# a place said right after the clock: "um 10 Uhr Mallorca-Zeit", "3pm Bali time"
_RIGHT_AFTER_CLOCK = re.compile(r"(?:\d|\buhr|\d\s*[ap]\.?m\.?)\s*$", re.IGNORECASE)
# a word that leads into the zone: "nach unserer Zeit", "in New York time"
_ZONE_LEAD = frozenset("nach in on by per".split())
_CLOCK_WORDS = frozenset("uhr am pm h hrs oclock um at gegen around".split())
# what comes before "Zeit"/"time" without naming a zone: "keine Zeit", "same time", "Sommerzeit",
# a length the caller has ("zwei Stunden Zeit")
_NO_ZONE = frozenset(
    """
    keine kein wenig viel genug die der das zur gleichen gleiche selben selbe eine einer
    same any some next last this first free lunch dinner tea spare in on at the a no much little
    sommer winter frei arbeits mittags mittag essens abend morgen abends morgens um ab bis
    stunde stunden stuendchen viertelstunde dreiviertelstunde minuten
    """.split()
)
# German names and adjectives of places and countries whose IANA name differs
_GERMAN = {
    "wien": "Europe/Vienna", "moskau": "Europe/Moscow", "tokio": "Asia/Tokyo", "tokioter":
    "Asia/Tokyo", "rom": "Europe/Rome", "roemische": "Europe/Rome", "lissabon": "Europe/Lisbon",
    "kairo": "Africa/Cairo", "muenchner": "Europe/Berlin", "hamburger": "Europe/Berlin",
    "deutsche": "Europe/Berlin", "deutscher": "Europe/Berlin", "german": "Europe/Berlin",
    "mitteleuropaeischer": "Europe/Berlin", "cet": "Europe/Berlin", "mez": "Europe/Berlin",
    "britischer": "Europe/London", "englischer": "Europe/London", "british": "Europe/London",
    "uk": "Europe/London", "gmt": "Europe/London", "tuerkischer": "Europe/Istanbul",
    "turkish": "Europe/Istanbul", "russischer": "Europe/Moscow", "japanischer": "Asia/Tokyo",
    "japan": "Asia/Tokyo", "portugiesischer": "Europe/Lisbon", "utc": "UTC",
    "new york": "America/New_York", "eastern": "America/New_York", "ostkuesten": "America/New_York",
    "pacific": "America/Los_Angeles", "westkuesten": "America/Los_Angeles",
    "kalifornischer": "America/Los_Angeles", "chinesischer": "Asia/Shanghai",
    "indischer": "Asia/Kolkata", "india": "Asia/Kolkata",
}  # fmt: skip
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@dataclass(frozen=True)
class ZoneSaid:
    text: str  # the words without the zone
    zone: ZoneInfo | None  # the place's zone; None: the salon's own clock
    unknown: str | None = None  # a zone said that is no place known here: asked


@functools.cache
def _cities() -> dict[str, str]:
    """'london' -> 'Europe/London', 'new york' -> 'America/New_York', from the IANA names."""
    cities: dict[str, str] = {}
    for key in sorted(available_timezones()):
        # the old country-named links ("US/Eastern", "Mexico/General") name no city
        if "/" not in key or key.startswith(
            ("Etc/", "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/")
        ):
            continue
        city = key.rsplit("/", 1)[1].replace("_", " ").lower()
        cities.setdefault(city, key)
    return cities


def _zone_of(place: str) -> tuple[str, int] | None:
    """The zone of the place's last one or two words, and how many words name it."""
    words = place.lower().translate(_FOLD).replace("-", " ").split()
    # "New Yorker", "Londoner", "Istanbuler": the city's adjective
    for n in (2, 1):
        if len(words) < n:
            continue
        name = " ".join(words[-n:])
        for form in (name, name.removesuffix("er"), name.removesuffix("r")):
            zone = _GERMAN.get(form) or _cities().get(form) or place_zone(form)
            if zone is not None:
                return zone, n
    return None


def zone_said(text: str) -> ZoneSaid | None:
    """The zone a clock time is said in, and the words without it; None when no zone is said.
    A clock on the caller's own clock ("um zehn bei mir", "10 my time") is the clock of the
    place the caller says they are in ("ich bin gerade in London"), asked when none is known."""
    where = caller_place(text)
    said = _zone_words(where.text if where else text)
    if where is None:
        return said
    if said is None:
        mine = where.text if where.mine else own_clock_said(where.text)
        if mine is None:
            return None  # a place said with no clock of the caller's: as said
        said = ZoneSaid(mine, None, unknown="bei mir")
    if said.unknown is None:
        return said  # the salon's clock or a place's said: the caller's place is an aside
    zone = _zone_of(where.place)
    if zone is None:
        return ZoneSaid(said.text, None, unknown=where.place)
    return ZoneSaid(said.text, ZoneInfo(zone[0]))


def _zone_words(text: str) -> ZoneSaid | None:
    for m in _ZONE.finditer(text):
        words = m["place"].replace("-", " ").split()
        if not words:
            continue
        last = words[-1].lower().translate(_FOLD)
        if last in _OWN or last in _CALLERS:
            used = 1
            zone = None
        elif last in _NO_ZONE or last in _CLOCK_WORDS:
            continue
        else:
            found = _zone_of(" ".join(words))
            used = found[1] if found else 1
            zone = found[0] if found else None
        while used < len(words) and words[-used - 1].lower() in _ZONE_LEAD:
            used += 1  # "um 4 nach unserer Zeit", "at 10 in London time"
        first = words[-used]
        start = m.start("place") + m["place"].rfind(first) if first in m["place"] else m.start()
        rest = " ".join((text[:start] + " " + text[m.end() :]).split())
        said = text[start : m.end()]
        if last in _OWN:
            return ZoneSaid(rest, None)
        if last in _CALLERS:
            return ZoneSaid(rest, None, unknown=said)
        if zone is not None:
            return ZoneSaid(rest, ZoneInfo(zone))
        # a capitalised place after a clock ("um 10 Uhr Mallorca-Zeit"): a zone not known
        # here, asked; a lower-case word, or one with no clock before it, is no place
        if words[-1][:1].isupper() and _RIGHT_AFTER_CLOCK.search(text[:start]):
            return ZoneSaid(rest, None, unknown=said)
    return None


Understand = Callable[[str | None, str | None], "DateCheck"]


def in_salon_zone(
    salon: SalonFile,
    date_text: str | None,
    time_text: str | None,
    understand: Understand,
    language: str = "de",
) -> DateCheck | None:
    """The check of a time said in a zone: the salon's own zone read as said; another place's
    clock converted to the salon's on that date (`understand(date_text, time_text)` reads the
    words without the zone); a zone not known asked. None when no zone is said."""
    fields = [date_text, time_text]
    found: ZoneSaid | None = None
    for i, text in enumerate(fields):
        said = zone_said(text) if text else None
        if said is not None:
            found, fields[i] = said, said.text or None
    if found is None:
        return None
    from tools.when.resolve import DateCheck

    if found.unknown is not None:
        check = understand(fields[0], fields[1])
        if check.status == "closed" and _closed_in_every_zone(salon, check.day, fields):
            return check  # "Sonntag um 3 meiner Zeit": closed whatever the zone
        return DateCheck(
            "invalid_time", message=hint("time_zone_unknown", language, said=found.unknown)
        )
    check = understand(fields[0], fields[1])
    if found.zone is None or check.start_local is None:
        return check
    # "um sechs bei mir in New York": the salon's hours read the six as 18:00, which says nothing
    # of the caller's clock; that half is taken only where it is open here, else asked (W45)
    afternoon = _read_in_the_afternoon(fields, check.start_local.hour)
    half_unclear = DateCheck(
        "invalid_time", message=hint("time_zone_half_unclear", language, said=found.text)
    )
    wall = check.start_local.replace(tzinfo=None)
    there = wall.replace(tzinfo=found.zone)
    here = there.astimezone(salon.tz)
    if here.utcoffset() == check.start_local.utcoffset() and here.replace(tzinfo=None) == wall:
        return check  # the place keeps the salon's clock that day
    if here.date() != wall.date():  # another day here: asked
        return (
            half_unclear
            if afternoon
            else DateCheck(
                "invalid_time", message=hint("time_zone_unknown", language, said=found.text)
            )
        )
    # the clock with its half of the day, so an early or late hour is never read in the day
    converted = understand(f"{here:%d.%m.%Y}", f"{here:%I:%M} {'am' if here.hour < 12 else 'pm'}")
    return half_unclear if afternoon and converted.status != "ok" else converted


# a half of the day said with the clock: "abends", "in der Früh", "3 pm", "18 Uhr"
_HALF_SAID = re.compile(
    r"\b(?:morgens|frueh|vormittags?|mittags?|nachmittags?|abends?|nachts?|morning|afternoon"
    r"|evening|night|noon|tonight|midnight|mitternacht)\b"
    r"|\d\s*(?:am|pm)\b|\b(?:1[3-9]|2[0-4]|0\d)(?::\d\d)?\b"  # "3 pm", "18 Uhr", "06:30"
)


def _read_in_the_afternoon(fields: list[str | None], hour: int) -> bool:
    """One clock said with no half of the day ("um sechs", "at 3", "halb acht") that the salon's
    hours put in the afternoon (6 as 18:00): on another place's clock the salon's hours do not say
    which half the caller means. An hour read as said ("um zehn": 10:00) stays so."""
    words = " ".join(normalize(text) for text in fields if text)
    clocks = _CLOCK.findall(words)
    if len(clocks) != 1 or _HALF_SAID.search(words) is not None:
        return False
    said = int(clocks[0][0])
    return said < 12 and hour in (said + 12, said + 11)  # "halb sieben": 18:30


# the clock said: "3", "15:30", "3 pm" (normalized; never a date's digits, "6.1.")
_CLOCK = re.compile(r"(?<![\d.])(\d{1,2})(?::(\d{2}))?(?![\d.])(?:\s*(am|pm))?")
# every zone there is: UTC-12 to UTC+14, in half hours
_OFFSETS = tuple(timedelta(minutes=30 * k) for k in range(-24, 29))
_AROUND = tuple(timedelta(minutes=15 * k) for k in range(-4, 5))  # "halb vier" near "4"


def _caller_hours(fields: list[str | None]) -> list[time]:
    """The caller's clock times said, read in the day ("3" is 15:00, "10" is 10:00, "3 am" as
    said); none when no single clock is said."""
    found = [m for text in fields if text for m in _CLOCK.finditer(normalize(text))]
    if len(found) != 1:
        return []
    hour, minute, meridiem = int(found[0][1]), int(found[0][2] or 0), found[0][3]
    if hour > 23 or minute > 59:
        return []
    if (meridiem == "pm" and hour < 12) or (meridiem is None and 1 <= hour <= 8):
        hour += 12
    return [time(hour, minute)]


def _closed_in_every_zone(salon: SalonFile, day: date | None, fields: list[str | None]) -> bool:
    """True when the caller's clock on `day`, in any zone and give or take an hour, is never
    within the salon's opening hours."""
    hours = _caller_hours(fields)
    if day is None or not hours:
        return False
    here = datetime.combine(day, time(12), tzinfo=salon.tz).utcoffset() or timedelta()
    for clock in hours:
        for around in _AROUND:
            for offset in _OFFSETS:
                local = datetime.combine(day, clock) + around - offset + here
                opening = salon.hours_on(local.date())
                if opening is not None and opening[0] <= local.time() < opening[1]:
                    return False
    return True
