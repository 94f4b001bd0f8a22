"""Days callers name instead of dating them: "Heiligabend", "Ostermontag", "Silvester",
"Christmas Eve". Public holidays (all German states, German and English names) come from the
`holidays` library; the named days that are no holiday anywhere, and the everyday names of
holidays, are listed here.

A name that means several days ("Weihnachten", "Ostern") gives all of them, so the caller is
asked which.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Mapping
from datetime import date, timedelta

import holidays
from dateutil.easter import easter

from tools.when.normalize import fold

# Everyday name -> the holiday library's German name(s), or a rule for days it does not know.
_ALIASES: dict[str, tuple[str, ...]] = {
    "weihnachten": ("Heiligabend", "Erster Weihnachtstag", "Zweiter Weihnachtstag"),
    "weihnachtsfeiertage": ("Erster Weihnachtstag", "Zweiter Weihnachtstag"),
    # the feasts' holidays by their plural ("nach den Osterfeiertagen", round 60): the feast's
    # public holidays, as "Ostern" and "Pfingsten"
    "osterfeiertage": ("Karfreitag", "Ostersonntag", "Ostermontag"),
    "pfingstfeiertage": ("Pfingstsonntag", "Pfingstmontag"),
    "christmas": ("Erster Weihnachtstag",),
    "christmas day": ("Erster Weihnachtstag",),
    "erster weihnachtsfeiertag": ("Erster Weihnachtstag",),
    "1. weihnachtsfeiertag": ("Erster Weihnachtstag",),
    "1. weihnachtstag": ("Erster Weihnachtstag",),
    "zweiter weihnachtsfeiertag": ("Zweiter Weihnachtstag",),
    "2. weihnachtsfeiertag": ("Zweiter Weihnachtstag",),
    "2. weihnachtstag": ("Zweiter Weihnachtstag",),
    "stephanstag": ("Zweiter Weihnachtstag",),
    "stefanstag": ("Zweiter Weihnachtstag",),
    "stephanitag": ("Zweiter Weihnachtstag",),
    "stefanitag": ("Zweiter Weihnachtstag",),
    "stephani": ("Zweiter Weihnachtstag",),
    "stefani": ("Zweiter Weihnachtstag",),
    "boxing day": ("Zweiter Weihnachtstag",),
    "heiligabend": ("Heiligabend",),
    "heiligen abend": ("Heiligabend",),
    "heiliger abend": ("Heiligabend",),
    "weihnachtsabend": ("Heiligabend",),
    "christmas eve": ("Heiligabend",),
    "silvester": ("Silvester",),
    # Austrian and Swiss names: "Christtag", "Christnacht", "Altjahrstag", "Altjahrsabend"
    "christtag": ("Erster Weihnachtstag",),
    "christnacht": ("Heiligabend",),
    **{f"altjahr{joint}{day}": ("Silvester",) for joint in ("s", "es") for day in ("tag", "abend")},
    "ascension": ("Christi Himmelfahrt",),
    "whitsun": ("Pfingstsonntag", "Pfingstmontag"),
    "pentecost": ("Pfingstsonntag", "Pfingstmontag"),
    "sylvester": ("Silvester",),
    "silvesterabend": ("Silvester",),
    "new years eve": ("Silvester",),
    "neujahr": ("Neujahr",),
    "neujahrstag": ("Neujahr",),
    "new years day": ("Neujahr",),
    "new year": ("Neujahr",),
    # "Ostern" is its closed holidays: Karsamstag between them is an ordinary Saturday
    "ostern": ("Karfreitag", "Ostersonntag", "Ostermontag"),
    "easter": ("Ostersonntag",),
    "easter weekend": ("Karfreitag", "Karsamstag", "Ostersonntag", "Ostermontag"),
    "ostersamstag": ("Karsamstag",),
    "karsamstag": ("Karsamstag",),
    "easter saturday": ("Karsamstag",),
    "gruendonnerstag": ("Gründonnerstag",),
    "maundy thursday": ("Gründonnerstag",),
    "pfingsten": ("Pfingstsonntag", "Pfingstmontag"),
    "pfingstwochenende": ("Pfingstsonntag", "Pfingstmontag"),
    "whit monday": ("Pfingstmontag",),
    "himmelfahrt": ("Christi Himmelfahrt",),
    # the Swiss names of the feasts ("Uffahrt", "Pfingschte", "Pfingschtmäntig", "Wienachte": round 59)
    "auffahrt": ("Christi Himmelfahrt",),
    "uffahrt": ("Christi Himmelfahrt",),
    "auffahrtstag": ("Christi Himmelfahrt",),
    "uffahrtstag": ("Christi Himmelfahrt",),
    "pfingschte": ("Pfingstsonntag", "Pfingstmontag"),
    "pfingschtmaentig": ("Pfingstmontag",),
    "pfingstmaentig": ("Pfingstmontag",),
    "wienachte": ("Heiligabend", "Erster Weihnachtstag", "Zweiter Weihnachtstag"),
    "wiehnachte": ("Heiligabend", "Erster Weihnachtstag", "Zweiter Weihnachtstag"),
    "vatertag": ("Christi Himmelfahrt",),
    "herrentag": ("Christi Himmelfahrt",),
    "tag der arbeit": ("Erster Mai",),
    "maifeiertag": ("Erster Mai",),
    "may day": ("Erster Mai",),
    "labour day": ("Erster Mai",),
    "einheitstag": ("Tag der Deutschen Einheit",),
    "tag der einheit": ("Tag der Deutschen Einheit",),
    "dreikoenigstag": ("Heilige Drei Könige",),
    "epiphanias": ("Heilige Drei Könige",),
    "epiphanie": ("Heilige Drei Könige",),
    "fronleichnamstag": ("Fronleichnam",),
    "dreikoenige": ("Heilige Drei Könige",),
    "dreikoenig": ("Heilige Drei Könige",),
    "schalttag": ("Schalttag",),
    "leap day": ("Schalttag",),
    "3 koenigs tag": ("Heilige Drei Könige",),
    "3 koenigstag": ("Heilige Drei Könige",),
    "3 koenige": ("Heilige Drei Könige",),
    "heilige 3 koenige": ("Heilige Drei Könige",),
    "weltfrauentag": ("Frauentag",),
    "internationaler frauentag": ("Frauentag",),
    "womens day": ("Frauentag",),
    "buss und bettag": ("Buß- und Bettag",),
    "nikolaus": ("Nikolaus",),
    "nikolaustag": ("Nikolaus",),
    "valentinstag": ("Valentinstag",),
    "valentines day": ("Valentinstag",),
    "halloween": ("Halloween",),
    "rosenmontag": ("Rosenmontag",),
    "weiberfastnacht": ("Weiberfastnacht",),
    # the Rhineland's names of the carnival Thursday ("an Altweiber": round 61)
    "altweiber": ("Weiberfastnacht",),
    "altweiberfastnacht": ("Weiberfastnacht",),
    "altweiberdonnerstag": ("Weiberfastnacht",),
    "weiberdonnerstag": ("Weiberfastnacht",),
    "faschingsdienstag": ("Faschingsdienstag",),
    "fastnachtsdienstag": ("Faschingsdienstag",),
    "veilchendienstag": ("Faschingsdienstag",),
    "aschermittwoch": ("Aschermittwoch",),
    "muttertag": ("Muttertag",),
    "mothers day": ("Muttertag",),
    "pfingstsamstag": ("Pfingstsamstag",),
    "palmsonntag": ("Palmsonntag",),
    "palm sunday": ("Palmsonntag",),
    # the Sundays after Easter and Pentecost the churches name ("am Weißen Sonntag": a week after
    # Easter Sunday, never Easter Sunday itself)
    **dict.fromkeys(
        (
            "weisser sonntag",
            "weissen sonntag",
            "weissem sonntag",
            "quasimodogeniti",
            "low sunday",
            "divine mercy sunday",
            "barmherzigkeitssonntag",
        ),
        ("Weißer Sonntag",),
    ),
    **dict.fromkeys(
        ("dreifaltigkeitssonntag", "trinitatis", "trinitatissonntag", "trinity sunday"),
        ("Trinitatis",),
    ),
    **dict.fromkeys(
        ("erntedank", "erntedankfest", "erntedanksonntag", "erntedanktag"), ("Erntedankfest",)
    ),
    "adventssonntag": ("1. Advent", "2. Advent", "3. Advent", "4. Advent"),
    **{
        f"{n}. {word}": (f"{n}. Advent",)
        for n in range(1, 5)
        for word in ("advent", "adventssonntag")
    },
    # English, as normalized: "the second Advent", "the 1st Sunday of Advent"
    **{
        f"{n}{suffix} {word}": (f"{n}. Advent",)
        for n, suffix in ((1, "st"), (2, "nd"), (3, "rd"), (4, "th"))
        for word in ("advent", "sunday of advent", "sunday in advent")
    },
    "totensonntag": ("Totensonntag",),
    "ewigkeitssonntag": ("Totensonntag",),
    "volkstrauertag": ("Volkstrauertag",),
    "martinstag": ("Martinstag",),
    "allerseelen": ("Allerseelen",),
    "allerseelentag": ("Allerseelen",),
    "sankt martin": ("Martinstag",),
    "st martin": ("Martinstag",),
    "walpurgisnacht": ("Walpurgisnacht",),
    # saints' days of the farmers' and the Swiss calendar
    "johannistag": ("Johannistag",),
    "johanni": ("Johannistag",),
    "johannis": ("Johannistag",),
    "sankt johannis": ("Johannistag",),
    "st johannis": ("Johannistag",),
    "midsummer day": ("Johannistag",),
    "siebenschlaefer": ("Siebenschläfertag",),
    "siebenschlaefertag": ("Siebenschläfertag",),
    "michaelis": ("Michaelistag",),
    "michaelistag": ("Michaelistag",),
    "april fools day": ("Erster April",),
    "april fools": ("Erster April",),
    "new years": ("Neujahr",),
    # the night the clocks change (a Sunday): the next one is meant (`_NEAREST_ONLY`)
    **{
        word: ("Beginn der Sommerzeit", "Ende der Sommerzeit")
        for word in (
            "zeitumstellung",
            "uhrumstellung",
            "uhrenumstellung",
            *(
                f"wenn die {what} umgestellt {verb}"
                for what in ("uhren", "uhr", "zeit")
                for verb in ("wird", "werden", "ist", "sind", "wurde", "wurden")
            ),
            "when the clocks change",
            "clock change",
        )
    },
    **{
        f"wenn die {what} {way}gestellt {verb}": (name,)
        for way, name in (("vor", "Beginn der Sommerzeit"), ("zurueck", "Ende der Sommerzeit"))
        for what in ("uhren", "uhr", "zeit")
        for verb in ("wird", "werden", "ist", "sind", "wurde", "wurden")
    },
    # English: "after the clocks go forward", "the Sunday the clocks go back", "when the clocks
    # spring forward" (the article is the reader's: "after the clocks ..." reads "the" itself)
    **{
        f"{when}clocks {verb} {way}": (name,)
        for way, name in (
            ("forward", "Beginn der Sommerzeit"),
            ("forwards", "Beginn der Sommerzeit"),
            ("ahead", "Beginn der Sommerzeit"),
            ("back", "Ende der Sommerzeit"),
            ("backward", "Ende der Sommerzeit"),
            ("backwards", "Ende der Sommerzeit"),
        )
        for verb in (
            "go",
            "goes",
            "went",
            "spring",
            "sprang",
            "fall",
            "fell",
            "are put",
            "get put",
            "move",
            "moved",
            "are moved",
            "are set",
            "were put",
            "were set",
            "change",
        )
        for when in ("", "the ", "when the ")
    },
    **{
        f"{when}clocks {verb}": ("Beginn der Sommerzeit", "Ende der Sommerzeit")
        for when in ("", "the ")
        for verb in ("change", "changed", "are changed", "go", "switch")
    },
    # English names of the named days above ("Shrove Tuesday" said on that Tuesday is today)
    **dict.fromkeys(
        ("shrove tuesday", "fat tuesday", "mardi gras", "pancake day", "carnival tuesday"),
        ("Faschingsdienstag",),
    ),
    "ash wednesday": ("Aschermittwoch",),
    "rose monday": ("Rosenmontag",),
    "carnival monday": ("Rosenmontag",),
    "fat thursday": ("Weiberfastnacht",),
    "holy thursday": ("Gründonnerstag",),
    "holy saturday": ("Karsamstag",),
    "whit saturday": ("Pfingstsamstag",),
    "whit sunday": ("Pfingstsonntag",),
    "whitsunday": ("Pfingstsonntag",),
    **dict.fromkeys(
        ("st nicholas day", "saint nicholas day", "st nicholas", "nicholas day"), ("Nikolaus",)
    ),
    **dict.fromkeys(("martinmas", "st martins day", "saint martins day"), ("Martinstag",)),
    "all souls day": ("Allerseelen",),
    "walpurgis night": ("Walpurgisnacht",),
    "black friday": ("Black Friday",),
    **dict.fromkeys(
        (
            "st patricks day",
            "saint patricks day",
            "sankt patricks day",
            "st patricks tag",
            "sankt patricks tag",
            "st patrick",
            "sankt patrick",
            "patricks day",
            "patrickstag",
            "st paddys day",
            "paddys day",
        ),
        ("St. Patrick's Day",),
    ),
    "cyber monday": ("Cyber Monday",),
    # English names the holiday library does not spell so ("the Day of German Unity", "Three
    # Kings' Day", "the Feast of the Assumption"): the same days as its own English names
    **dict.fromkeys(
        (
            "day of german unity",
            "day of german reunification",
            "german reunification day",
            "reunification day",
            "unity day",
        ),
        ("Tag der Deutschen Einheit",),
    ),
    **dict.fromkeys(
        ("three kings day", "3 kings day", "feast of the 3 kings", "feast of epiphany"),
        ("Heilige Drei Könige",),
    ),
    **dict.fromkeys(
        ("feast of the assumption", "assumption of mary", "assumption of the virgin mary"),
        ("Mariä Himmelfahrt",),
    ),
    **dict.fromkeys(("feast of corpus christi", "corpus christi day"), ("Fronleichnam",)),
    **dict.fromkeys(("day of reformation", "day of the reformation"), ("Reformationstag",)),
    **dict.fromkeys(("all hallows day", "all hallows", "hallowmas"), ("Allerheiligen",)),
}


def _advent(n: int) -> Callable[[int], date]:
    """The n-th Sunday of Advent: the fourth is the last Sunday before 25 December."""

    def sunday(year: int) -> date:
        christmas = date(year, 12, 25)
        fourth = christmas - timedelta(days=christmas.weekday() + 1)
        return fourth - timedelta(days=7 * (4 - n))

    return sunday


def _fourth_thursday_of_november(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def _second_sunday_of_may(year: int) -> date:
    first = date(year, 5, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7)


def _after_feast(sunday: int, offset: int) -> Callable[[int], date]:
    """The day `offset` days after the feast's Sunday (`sunday` days after Easter Sunday)."""
    return lambda year: easter(year) + timedelta(days=sunday + offset)


def _last_sunday(month: int) -> Callable[[int], date]:
    """The last Sunday of a month: the EU clock change (March: summer time; October: back)."""

    def sunday(year: int) -> date:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() + 1) % 7)

    return sunday


def _first_sunday_of_october(year: int) -> date:
    """Erntedank in Germany: the first Sunday of October."""
    first = date(year, 10, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7)


def _leap_day(year: int) -> date | None:
    return date(year, 2, 29) if calendar.isleap(year) else None


# Named days that are a public holiday nowhere in Germany (None: not in that year).
_OWN_RULES: dict[str, Callable[[int], date | None]] = {
    "Schalttag": _leap_day,
    "Heiligabend": lambda y: date(y, 12, 24),
    "Silvester": lambda y: date(y, 12, 31),
    "Nikolaus": lambda y: date(y, 12, 6),
    "Valentinstag": lambda y: date(y, 2, 14),
    "St. Patrick's Day": lambda y: date(y, 3, 17),
    "Halloween": lambda y: date(y, 10, 31),
    "Gründonnerstag": lambda y: easter(y) - timedelta(days=3),
    "Karsamstag": lambda y: easter(y) - timedelta(days=1),
    "Weiberfastnacht": lambda y: easter(y) - timedelta(days=52),
    "Rosenmontag": lambda y: easter(y) - timedelta(days=48),
    "Faschingsdienstag": lambda y: easter(y) - timedelta(days=47),
    "Aschermittwoch": lambda y: easter(y) - timedelta(days=46),
    "Muttertag": _second_sunday_of_may,
    "Pfingstsamstag": lambda y: easter(y) + timedelta(days=48),
    # the weekdays after Easter and Whit Monday, named after the feast ("Pfingstdienstag")
    **{
        f"{feast}{weekday}": _after_feast(sunday, offset)
        for feast, sunday in (("Oster", 0), ("Pfingst", 49))
        for weekday, offset in (("dienstag", 2), ("mittwoch", 3))
    },
    "Palmsonntag": lambda y: easter(y) - timedelta(days=7),
    "Weißer Sonntag": lambda y: easter(y) + timedelta(days=7),
    "Trinitatis": lambda y: easter(y) + timedelta(days=56),
    "Erntedankfest": _first_sunday_of_october,
    **{f"{n}. Advent": _advent(n) for n in range(1, 5)},
    "Totensonntag": lambda y: _advent(1)(y) - timedelta(days=7),
    "Volkstrauertag": lambda y: _advent(1)(y) - timedelta(days=14),
    "Martinstag": lambda y: date(y, 11, 11),
    "Allerseelen": lambda y: date(y, 11, 2),
    "Walpurgisnacht": lambda y: date(y, 4, 30),
    "Johannistag": lambda y: date(y, 6, 24),
    "Siebenschläfertag": lambda y: date(y, 6, 27),
    "Michaelistag": lambda y: date(y, 9, 29),
    "Erster April": lambda y: date(y, 4, 1),
    "Beginn der Sommerzeit": _last_sunday(3),
    "Ende der Sommerzeit": _last_sunday(10),
    "Black Friday": lambda y: _fourth_thursday_of_november(y) + timedelta(days=1),
    "Cyber Monday": lambda y: _fourth_thursday_of_november(y) + timedelta(days=4),
}


# The English names of the named days that are no holiday anywhere (`_OWN_RULES`); the
# holidays' English names are the library's.
_OWN_ENGLISH: dict[str, str] = {
    "Schalttag": "Leap Day",
    "Heiligabend": "Christmas Eve",
    "Silvester": "New Year's Eve",
    "Nikolaus": "St Nicholas' Day",
    "Valentinstag": "Valentine's Day",
    "St. Patrick's Day": "St. Patrick's Day",
    "Halloween": "Halloween",
    "Gründonnerstag": "Maundy Thursday",
    "Karsamstag": "Holy Saturday",
    "Weiberfastnacht": "Women's Carnival Day",
    "Rosenmontag": "Rose Monday",
    "Faschingsdienstag": "Shrove Tuesday",
    "Aschermittwoch": "Ash Wednesday",
    "Muttertag": "Mother's Day",
    "Pfingstsamstag": "Whit Saturday",
    "Osterdienstag": "Easter Tuesday",
    "Ostermittwoch": "Easter Wednesday",
    "Pfingstdienstag": "Whit Tuesday",
    "Pfingstmittwoch": "Whit Wednesday",
    "Palmsonntag": "Palm Sunday",
    "Weißer Sonntag": "Low Sunday",
    "Trinitatis": "Trinity Sunday",
    "Erntedankfest": "Harvest Festival",
    "1. Advent": "First Sunday of Advent",
    "2. Advent": "Second Sunday of Advent",
    "3. Advent": "Third Sunday of Advent",
    "4. Advent": "Fourth Sunday of Advent",
    "Totensonntag": "Sunday of the Dead",
    "Volkstrauertag": "National Day of Mourning",
    "Martinstag": "St Martin's Day",
    "Allerseelen": "All Souls' Day",
    "Walpurgisnacht": "Walpurgis Night",
    "Johannistag": "Midsummer Day",
    "Siebenschläfertag": "Seven Sleepers' Day",
    "Michaelistag": "Michaelmas",
    "Erster April": "April Fools' Day",
    "Beginn der Sommerzeit": "the start of summer time",
    "Ende der Sommerzeit": "the end of summer time",
    "Black Friday": "Black Friday",
    "Cyber Monday": "Cyber Monday",
}


@functools.cache
def _calendars(year: int) -> tuple[tuple[dict[date, str], dict[date, str]], ...]:
    """Every German state's holidays of a year (public and catholic), in German and English."""
    found = []
    for subdiv in (None, *holidays.Germany.subdivisions):
        for category in ("public", "catholic"):
            try:
                de = holidays.Germany(years=year, subdiv=subdiv, categories=category, language="de")
                en = holidays.Germany(
                    years=year, subdiv=subdiv, categories=category, language="en_US"
                )
            except (NotImplementedError, ValueError):
                continue
            found.append((dict(de.items()), dict(en.items())))
    return tuple(found)


def holiday_anywhere(day: date) -> str | None:
    """The day's public holiday in any German state ("Buß- und Bettag" in Saxony), or None."""
    for de, _ in _calendars(day.year):
        if day in de:
            return de[day].split(";")[0].strip()
    return None


@functools.cache
def _english_names(year: int) -> dict[str, str]:
    """A holiday's German name -> the library's English name (any state), in one year."""
    english: dict[str, str] = {}
    for de, en in _calendars(year):
        for day, name in de.items():
            for german, translated in zip(name.split(";"), en[day].split(";"), strict=False):
                english.setdefault(german.strip(), translated.strip())
    return english


def day_name(
    name: str | None, day: date, language: str, salons: Mapping[str, str] | None = None
) -> str | None:
    """A named day's name in the call's language: in an English call the English one the salon
    file gives its own closed day (`salons`: own name -> `name_en`), else that of a holiday (the
    library's) or of another named day ("Heiligabend": "Christmas Eve"), an English name as it
    is, and no name for one without an English name (never German in an English call: the day
    is said by its date); in a German call the name as it is. `day` is the day named (a
    holiday's names can differ by year)."""
    if not name or language != "en":
        return name
    known = _english_names(day.year)
    english = (salons or {}).get(name) or _OWN_ENGLISH.get(name) or known.get(name)
    if english:
        return english
    return name if name in known.values() or name in _OWN_ENGLISH.values() else None


@functools.cache
def _library_days(year: int) -> dict[str, tuple[str, date]]:
    """Folded holiday name (German and English, any state) -> (German name, date)."""
    found: dict[str, tuple[str, date]] = {}
    german: dict[date, list[str]] = {}
    for de, en in _calendars(year):
        for day, name in de.items():
            for one in name.split(";"):
                german.setdefault(day, []).append(one.strip())
                found[_key(one)] = (one.strip(), day)
        for day, name in en.items():
            for one in name.split(";"):
                if day in german:
                    found.setdefault(_key(one), (german[day][0], day))
    return found


def _key(name: str) -> str:
    """The spelling `normalize` produces: folded, apostrophes dropped, other marks spaces."""
    return " ".join(re.sub(r"[^a-z0-9.]+", " ", fold(name).replace("'", "")).split())


def _dates_of(german_name: str, year: int) -> date | None:
    rule = _OWN_RULES.get(german_name)
    if rule is not None:
        return rule(year)
    for name, day in _library_days(year).values():
        if name == german_name:
            return day
    return None


# A feast "-tag" after a noun in "-ion" or "-ung" takes the linking "s" ("Reformationstag"); the
# noun alone is the feast's short name ("an Reformation"); other nouns are ordinary words
# ("Muttertag": "Mutter" is no day)
_FUGEN_S_ENDINGS = ("ion", "ung")


@functools.cache
def _phrases() -> dict[str, tuple[str, ...]]:
    """Every recognised phrase (folded) -> the German names of the days it means."""
    phrases = dict(_ALIASES)
    for key, (name, _) in _library_days(2026).items():
        phrases.setdefault(key, (name,))
    for name in _OWN_RULES:
        phrases.setdefault(_key(name), (name,))
    for key, names in list(phrases.items()):  # "an den Weihnachtsfeiertagen": the dative plural
        if key.endswith("feiertage"):
            phrases.setdefault(f"{key}n", names)
    for key, names in list(
        phrases.items()
    ):  # "an Reformation": "Reformationstag" without its "-stag"
        stem = key.removesuffix("stag")
        if key.isalpha() and stem != key and stem.endswith(_FUGEN_S_ENDINGS) and len(stem) >= 8:
            phrases.setdefault(stem, names)
    for key, names in list(phrases.items()):  # "Silvestertag", "Heiligabendtag"
        if key.isalpha() and not key.endswith(("tag", "abend", "nacht")) and len(names) == 1:
            phrases.setdefault(f"{key}tag", names)
    return phrases


def phrases() -> frozenset[str]:
    """Every recognised name of a day (folded, as `normalize` spells it)."""
    return frozenset(_phrases())


@functools.cache
def phrase_pattern() -> re.Pattern[str]:
    """Longest phrase first, so "zweiter weihnachtstag" wins over "weihnachten"."""
    keys = sorted(_phrases(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(k) for k in keys) + r")\b")


RECENT_PAST_DAYS = 60  # "Reformationstag" said in December was this year's: gone
# The clock changes: the next one is meant (never asked between spring and autumn, never the
# one just gone: "wenn die Uhren zurückgestellt werden" said in November is next October's)
_NEAREST_ONLY = frozenset({"Beginn der Sommerzeit", "Ende der Sommerzeit"})
NEXT_YEAR_WITHIN_DAYS = 183  # "Ostern" said in December is next year's


def named_days(phrase: str, today: date, year: int | None = None) -> list[tuple[str, date]]:
    """The days a recognised name means: in the year said; else this year's while one of them
    is still ahead (only those), this year's (gone) when they were recent, next year's when
    that is close, and both years' otherwise (the caller is asked)."""
    names = _phrases().get(phrase, ())

    def of(y: int) -> list[tuple[str, date]]:
        found = ((name, _dates_of(name, y)) for name in names)
        return sorted(((n, d) for n, d in found if d is not None), key=_day)

    if year is not None:
        return of(year)
    if names and set(names) <= _NEAREST_ONLY:
        coming = [(n, d) for n, d in of(today.year) + of(today.year + 1) if d >= today]
        return coming[:1]
    this, following = of(today.year), of(today.year + 1)
    ahead = [(n, d) for n, d in this if d >= today]
    if ahead or not this:
        return ahead or following
    if (today - this[-1][1]).days <= RECENT_PAST_DAYS:
        return this
    if following and (following[0][1] - today).days <= NEXT_YEAR_WITHIN_DAYS:
        return following
    return this + following


def just_gone(phrase: str, today: date) -> list[tuple[str, date]]:
    """Last year's days of a name said early in the year, when they were recent and this year's
    are far ahead ("Silvester" on 2 January): the caller may mean either, so both are asked."""
    names = _phrases().get(phrase, ())
    last = sorted(
        ((n, d) for n in names if (d := _dates_of(n, today.year - 1)) is not None), key=_day
    )
    ahead = named_days(phrase, today)
    if not last or not ahead or (today - last[-1][1]).days > RECENT_PAST_DAYS:
        return []
    if ahead[0][1] < today or (ahead[0][1] - today).days <= NEXT_YEAR_WITHIN_DAYS:
        return []
    return last


# The feasts of two days counted as "erster / zweiter Feiertag" ("am zweiten Feiertag" in the
# week before Christmas is 26 December), and how near the first must be to be the one meant.
_TWO_DAY_FEASTS = (
    ("Erster Weihnachtstag", "Zweiter Weihnachtstag"),
    ("Ostersonntag", "Ostermontag"),
    ("Pfingstsonntag", "Pfingstmontag"),
)
FEAST_NEAR_DAYS = 21


def feast_day(nth: int, today: date) -> tuple[str, date] | None:
    """The `nth` (1 or 2) day of the two-day feast (Christmas, Easter, Pentecost) that is on
    now or begins within FEAST_NEAR_DAYS; None when no feast is that near (the caller is asked)."""
    near = []
    for year in (today.year, today.year + 1):
        for names in _TWO_DAY_FEASTS:
            days = [_dates_of(name, year) for name in names]
            first, last = days[0], days[-1]
            if first and last and today <= last and (first - today).days <= FEAST_NEAR_DAYS:
                near.append((names[nth - 1], days[nth - 1]))
    near = [(n, d) for n, d in near if d is not None]
    return min(near, key=_day) if near else None


def _day(named: tuple[str, date]) -> date:
    return named[1]
