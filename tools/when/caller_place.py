"""Where the caller says they are, and whether a clock is said on the caller's own clock:
"ich bin gerade in London", "bei mir in Athen", "I'm in New York", "calling from Dubai";
"um zehn bei mir", "10 my time", "zwölf Uhr meiner Zeit".

A clock said on the caller's own clock in a place named in the same breath is that place's
clock ("Donnerstag um zehn bei mir, ich bin gerade in London": 11:00 in Berlin); read as the
salon's it would be a confident wrong answer. The place is found by its German or English name
in the CLDR data `babel` maintains (exemplar cities of every zone, "Athen", "Lissabon"; country
names with one zone, "Griechenland", "Greece"), then in the IANA zone names. A place with
several zones ("USA") or none known is no zone: the clock is asked.

Works on the caller's words as said, before `normalize`."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from babel import Locale
from babel.core import get_global

from tools.when.normalize import normalize

# "ich bin (gerade) in London", "wir sind grad in Athen", "I'm in London", "calling from Dubai",
# "bei mir in Athen", "hier in Lissabon"; the place: one to three words, a capital first
_PLACE_WORD = r"[A-ZÄÖÜ][\w'-]*"
_WHERE = re.compile(
    r"(?:,\s*)?\b(?i:(?:ich\s+bin|bin|wir\s+sind|sind|i'?m|i\s+am|we'?re|we\s+are)"
    r"(?:\s+(?:gerade|grad|gerad|gerade\s+noch|zurzeit|momentan|im\s+moment|noch|jetzt|hier"
    r"|currently|right\s+now|just|now|still|over))*\s+(?:in|auf|at)"
    r"|(?:i'?m\s+|we'?re\s+)?(?:calling|ringing|anrufe|rufe\s+an)\s+(?:from|aus)"
    r"|(?P<mine>bei\s+(?:mir|uns))\s+(?:hier\s+)?in|hier\s+in|here\s+in)\s+"
    rf"(?P<place>{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,2}})",
)
# a clock said on the caller's own clock: "um zehn bei mir", "10 Uhr bei uns"
_MINE = re.compile(r"\b(?:bei\s+(?:mir|uns))\b(?!\s+(?:vorbei|zuhause|zu\s+hause|daheim))")
_AFTER_CLOCK = re.compile(r"(?:\d|\buhr|\bmittag|\bnoon|\d\s*[ap]\.?m\.?)\s*$")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@dataclass(frozen=True)
class CallerPlace:
    text: str  # the words without the place clause
    place: str  # the place as said
    mine: bool = False  # the clock's place: "um zehn Uhr bei mir in Athen", "bei mir in Rom um 9"


def caller_place(text: str) -> CallerPlace | None:
    """The place the caller says they are in, and `text` without that clause."""
    m = _WHERE.search(text)
    if m is None:
        return None
    rest = (text[: m.start()] + " " + text[m.end() :]).strip(" ,")
    return CallerPlace(" ".join(rest.split()), m["place"], bool(m["mine"]))


def own_clock_said(text: str) -> str | None:
    """`text` without "bei mir" when it follows a clock ("um zehn bei mir"); None when no
    clock is said on the caller's own clock."""
    for m in _MINE.finditer(text):
        if _AFTER_CLOCK.search(normalize(text[: m.start()])):
            return " ".join((text[: m.start()] + " " + text[m.end() :]).split())
    return None


@functools.cache
def _places() -> dict[str, str]:
    """German and English names of zones' cities and of one-zone countries -> the zone."""
    places: dict[str, str] = {}
    zones_of = get_global("territory_zones")
    for language in ("de", "en"):
        locale = Locale(language)
        for zone, names in locale.time_zones.items():
            city = names.get("city")
            if city:
                places.setdefault(_key(city), zone)
        for code, name in locale.territories.items():
            zones = zones_of.get(code, [])
            if len(zones) == 1:
                places.setdefault(_key(name), zones[0])
    return places


def _key(name: str) -> str:
    return " ".join(name.lower().translate(_FOLD).replace("-", " ").split())


def place_zone(place: str) -> str | None:
    """The IANA zone of a city or country named in German or English; None if not one."""
    return _places().get(_key(place))
