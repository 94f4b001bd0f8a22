"""The system prompt, rendered from the catalog, the salon file and the clock.

The model never does calendar arithmetic alone, but it must know what day it is: the prompt
carries today's date and weekday and a table of the next 14 days in the salon's zone (DST-aware:
days are counted in local dates, not in 24-hour steps), with opening hours per day.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, time, timedelta
from pathlib import Path
from string import Template

from calendar_adapter.backend import Catalog
from calendar_adapter.salon import SalonFile
from tools.when.named_days import day_name

PROMPT_DIR = Path(__file__).parent
DAYS_AHEAD = 14

_WEEKDAYS = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "de": (
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ),
}  # fmt: skip
_WORDS = {
    "de": {
        "closed": "geschlossen",
        "today": "heute",
        "tomorrow": "morgen",
        "minutes": "Minuten",
        "offers": "bietet an",
        "caller_known": "dem System bekannt, du musst nicht danach fragen",
        "caller_unknown": "unbekannt; frag bei Bedarf danach",
    },
    "en": {
        "closed": "closed",
        "today": "today",
        "tomorrow": "tomorrow",
        "minutes": "minutes",
        "offers": "offers",
        "caller_known": "known to the system, no need to ask for it",
        "caller_unknown": "unknown; ask for it when needed",
    },
}


def _lang(language: str) -> str:
    return language if language in _WEEKDAYS else "de"


def long_date(day: date, language: str = "de") -> str:
    """'Dienstag, 24. November 2026' / 'Tuesday, 24 November 2026'."""
    lang = _lang(language)
    weekday = _WEEKDAYS[lang][day.weekday()]
    month = _MONTHS[lang][day.month - 1]
    if lang == "de":
        return f"{weekday}, {day.day}. {month} {day.year}"
    return f"{weekday}, {day.day} {month} {day.year}"


def _hhmm(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def _hours(salon: SalonFile, day: date, language: str) -> str:
    hours = salon.hours_on(day)
    if hours is None:
        closed = _WORDS[_lang(language)]["closed"]
        # a holiday or the salon's own closed day, named in the prompt's language
        lang = _lang(language)
        reason = day_name(salon.closure_on(day, lang), day, lang, salon.closed_day_names_en)
        return f"{closed} ({reason})" if reason else closed
    return f"{_hhmm(hours[0])}–{_hhmm(hours[1])}"


def days_table(salon: SalonFile, today: date, language: str = "de", days: int = DAYS_AHEAD) -> str:
    """One line per local date from today: date, weekday, opening hours or closed."""
    words = _WORDS[_lang(language)]
    lines = []
    for offset in range(days):
        day = today + timedelta(days=offset)
        label = {0: f" ({words['today']})", 1: f" ({words['tomorrow']})"}.get(offset, "")
        lines.append(f"- {long_date(day, language)}{label}: {_hours(salon, day, language)}")
    return "\n".join(lines)


def opening_hours(salon: SalonFile, language: str = "de") -> str:
    lang = _lang(language)
    lines = []
    for index, name in enumerate(_WEEKDAYS[lang]):
        key = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[index]
        hours = salon.opening_hours.get(key)
        text = f"{_hhmm(hours[0])}–{_hhmm(hours[1])}" if hours else _WORDS[lang]["closed"]
        lines.append(f"- {name}: {text}")
    return "\n".join(lines)


def services(catalog: Catalog, language: str = "de") -> str:
    minutes = _WORDS[_lang(language)]["minutes"]
    return "\n".join(f"- {s.name} ({s.minutes} {minutes})" for s in catalog.services)


def stylists(catalog: Catalog, language: str = "de") -> str:
    offers = _WORDS[_lang(language)]["offers"]
    lines = []
    for stylist in catalog.stylists:
        slugs = {o.service_slug for o in catalog.offerings if o.stylist_user_id == stylist.user_id}
        names = [s.name for s in catalog.services if s.slug in slugs]
        lines.append(f"- {stylist.name} ({offers}: {', '.join(names)})")
    return "\n".join(lines)


@functools.cache
def _template(language: str) -> Template:
    """Read once per process: every call renders the same file (no file I/O on the call path)."""
    return Template((PROMPT_DIR / f"system_{language}.md").read_text(encoding="utf-8"))


def render_system_prompt(
    *,
    salon: SalonFile,
    catalog: Catalog,
    now: datetime,
    language: str = "de",
    caller_phone_known: bool = True,
) -> str:
    """The system prompt for one call, as of `now` (aware; any zone)."""
    lang = _lang(language)
    local_now = now.astimezone(salon.tz)
    template = _template(lang)
    words = _WORDS[lang]
    return template.substitute(
        salon_name=salon.business.name,
        today=long_date(local_now.date(), lang),
        now_time=_hhmm(local_now.time()),
        time_zone=salon.business.time_zone,
        days_table=days_table(salon, local_now.date(), lang),
        opening_hours=opening_hours(salon, lang),
        services=services(catalog, lang),
        stylists=stylists(catalog, lang),
        caller_hint=words["caller_known"] if caller_phone_known else words["caller_unknown"],
    )


def greeting(salon: SalonFile, language: str = "de", *, ask_to_record: bool | None = None) -> str:
    """What every call hears first: the salon's hello with the AI disclosure, the privacy line,
    then the invitation to speak, or, when the salon records calls, the consent question."""
    text = salon.greeting.text(_lang(language))
    record = salon.recording.enabled if ask_to_record is None else ask_to_record
    last = text.recording if record else text.question
    return " ".join([text.hello.format(name=salon.business.name), text.privacy, last])
