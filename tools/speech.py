"""Spoken forms of dates and times (German, and English for an English call), and the sentences
that confirm what Cal.com did.

The confirmation sentences are composed here, by code, from what Cal.com returned: the model only
reads them out, so it can never confirm something the calendar did not accept.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

WEEKDAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS_DE = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)

WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def spoken_day(day: date) -> str:
    """'27. November'"""
    return f"{day.day}. {MONTHS_DE[day.month - 1]}"


def spoken_date(day: date) -> str:
    """'Freitag, 27. November'"""
    return f"{WEEKDAYS_DE[day.weekday()]}, {spoken_day(day)}"


def spoken_time(t: time) -> str:
    """'10 Uhr', '10:30 Uhr'"""
    return f"{t.hour} Uhr" if t.minute == 0 else f"{t.hour}:{t.minute:02d} Uhr"


def date_in(day: date, language: str) -> str:
    """'Freitag, 27. November' / 'Friday, 27 November'."""
    if language == "en":
        return f"{WEEKDAYS_EN[day.weekday()]}, {day.day} {MONTHS_EN[day.month - 1]}"
    return spoken_date(day)


def time_in(t: time, language: str) -> str:
    """'10 Uhr', '10:30 Uhr' / '10 am', '2:30 pm'."""
    if language != "en":
        return spoken_time(t)
    hour, suffix = t.hour % 12 or 12, "am" if t.hour < 12 else "pm"
    return f"{hour} {suffix}" if t.minute == 0 else f"{hour}:{t.minute:02d} {suffix}"


def local(at: datetime, tz: ZoneInfo) -> datetime:
    return at.astimezone(tz)


def spoken_slot(at: datetime, tz: ZoneInfo) -> str:
    """'Freitag, 27. November, 10 Uhr' for a UTC instant, spoken in the salon's zone."""
    loc = local(at, tz)
    return f"{spoken_date(loc.date())}, {spoken_time(loc.time())}"


def _when(at: datetime, tz: ZoneInfo) -> str:
    loc = local(at, tz)
    return f"am {spoken_date(loc.date())}, um {spoken_time(loc.time())}"


def _what(service: str, stylist: str | None) -> str:
    return f"{service} bei {stylist}" if stylist else service


def booked_sentence(service: str, stylist: str | None, start: datetime, tz: ZoneInfo) -> str:
    return f"Ihr Termin ist gebucht: {_what(service, stylist)} {_when(start, tz)}."


def pending_sentence(service: str, stylist: str | None, start: datetime, tz: ZoneInfo) -> str:
    return (
        f"Ihr Termin {_what(service, stylist)} {_when(start, tz)} ist angefragt; "
        "der Salon muss ihn noch bestätigen."
    )


def move_pending_sentence(
    service: str, stylist: str | None, old_start: datetime, start: datetime, tz: ZoneInfo
) -> str:
    # Cal.com moved the booking to one the salon must still confirm: the old one is gone.
    return (
        f"Die Verschiebung Ihres Termins {_what(service, stylist)} auf "
        f"{_when(start, tz).removeprefix('am ')} ist angefragt; der Salon muss sie noch "
        f"bestätigen. Am {spoken_date(local(old_start, tz).date())}, um "
        f"{spoken_time(local(old_start, tz).time())} haben Sie damit keinen Termin mehr."
    )


def blocked_until_sentence(
    start: datetime,
    until: datetime,
    now: datetime,
    tz: ZoneInfo,
    language: str = "de",
    *,
    move: bool = False,
) -> str:
    """The slot the caller said yes to is blocked in Cal.com by a reservation the call cannot
    name (its request's answer was lost), which lapses by `until` at the latest: nothing is
    booked (with `move`: nothing moved), and when they can ask again."""
    slot, by = local(start, tz), local(until, tz)
    en = language == "en"
    when = (
        f"{date_in(slot.date(), language)} {'at' if en else 'um'} {time_in(slot.time(), language)}"
    )
    free = time_in(by.time(), language)
    if by.date() != local(now, tz).date():
        free = f"{date_in(by.date(), language)}, {free}"
    if en:
        done, then = (
            ("Nothing is moved yet", "move your appointment there")
            if move
            else ("Nothing is booked yet", "book it for you")
        )
        return (
            f"{done}: the appointment on {when} is still blocked in the calendar, "
            f"until {free} at the latest. After that I can {then}, if it is still free."
        )
    done, then = (
        ("Verschoben ist noch nichts", "Ihren Termin dorthin verlegen")
        if move
        else ("Gebucht ist noch nichts", "ihn für Sie buchen")
    )
    return (
        f"{done}: Der Termin am {when} ist im Kalender noch blockiert, "
        f"spätestens bis {free}. Danach kann ich {then}, wenn er dann noch frei ist."
    )


def move_ended_sentence(
    service: str, stylist: str | None, old_start: datetime, start: datetime, tz: ZoneInfo
) -> str:
    # Cal.com moved the booking, then ended the new one: the caller has neither.
    old = local(old_start, tz)
    return (
        f"Das Verschieben hat nicht geklappt: Den Termin {_what(service, stylist)} "
        f"{_when(start, tz)} hat der Kalender abgelehnt. Am {spoken_date(old.date())}, um "
        f"{spoken_time(old.time())} haben Sie damit auch keinen Termin mehr."
    )


def unknown_sentence() -> str:
    # Deliberately without "gebucht": the outcome is not known.
    return (
        "Ich kann die Buchung gerade nicht bestätigen, weil der Kalender nicht antwortet. "
        "Der Salon prüft das und meldet sich bei Ihnen."
    )


def not_confirmed_sentence(*, still_held: bool) -> str:
    # Deliberately neither "gebucht" nor "nicht gebucht": Cal.com may still carry it out.
    first = (
        "Ich kann die Buchung noch nicht bestätigen, weil die Antwort des Kalenders ausgeblieben "
        "ist."
    )
    if still_held:
        return (
            f"{first} Der Termin bleibt so lange für Sie reserviert, und der Salon meldet sich "
            "bei Ihnen, sobald es geklärt ist."
        )
    return f"{first} Der Salon meldet sich bei Ihnen, sobald es geklärt ist."


def move_not_confirmed_sentence(
    old_start: datetime, start: datetime, tz: ZoneInfo, *, asked: bool = True
) -> str:
    # Neither "verschoben" nor "bleibt bestehen": Cal.com may still carry the move out, so what
    # is true of the old appointment is that it is open too, and the caller hears both times.
    old, new = local(old_start, tz), local(start, tz)
    why = (
        "weil die Antwort des Kalenders ausgeblieben ist"
        if asked
        else "weil der Kalender nicht antwortet"
    )
    return (
        f"Ich kann die Verschiebung noch nicht bestätigen, {why}. Ob Ihr Termin am "
        f"{spoken_date(old.date())}, um {spoken_time(old.time())} bleibt oder auf "
        f"{spoken_date(new.date())}, um {spoken_time(new.time())} wechselt, klärt der "
        "Salon und meldet sich bei Ihnen."
    )


def cancel_unknown_sentence() -> str:
    return (
        "Ich kann die Stornierung gerade nicht bestätigen, weil der Kalender nicht antwortet. "
        "Der Salon prüft das und meldet sich bei Ihnen."
    )


def cancelled_sentence(service: str, stylist: str | None, start: datetime, tz: ZoneInfo) -> str:
    return f"Ihr Termin {_what(service, stylist)} {_when(start, tz)} ist storniert."


def rescheduled_sentence(service: str, stylist: str | None, start: datetime, tz: ZoneInfo) -> str:
    loc = local(start, tz)
    return (
        f"Ihr Termin ist verschoben auf {spoken_date(loc.date())}, um {spoken_time(loc.time())}: "
        f"{_what(service, stylist)}."
    )


def move_landed_sentence(
    service: str,
    stylist: str | None,
    old_start: datetime | None,
    start: datetime,
    tz: ZoneInfo,
    language: str = "de",
    *,
    pending: bool = False,
) -> str:
    """A move whose answer was lost (the caller heard it is open) that Cal.com carried out
    after all, learnt later in the call: where the appointment is now, and the old time it
    replaced. `pending`: the new booking waits for the salon's approval, and the old one is
    gone all the same (said as for a move answered pending)."""
    if language == "en":
        return _move_landed_en(service, stylist, old_start, start, tz, pending=pending)
    if pending:
        gone = ""
        if old_start is not None:
            gone = f" Den Termin {_when(old_start, tz)} gibt es damit nicht mehr."
        return (
            f"Die Verschiebung Ihres Termins {_what(service, stylist)} auf "
            f"{_when(start, tz).removeprefix('am ')} ist doch im Kalender angekommen und "
            f"angefragt; der Salon muss sie noch bestätigen.{gone}"
        )
    instead = f" statt {_when(old_start, tz)}" if old_start is not None else ""
    return (
        f"Ihre Verschiebung ist doch durchgegangen: Ihr Termin {_what(service, stylist)} ist "
        f"jetzt {_when(start, tz)}{instead}."
    )


def _move_landed_en(
    service: str,
    stylist: str | None,
    old_start: datetime | None,
    start: datetime,
    tz: ZoneInfo,
    *,
    pending: bool,
) -> str:
    def on(at: datetime) -> str:
        loc = local(at, tz)
        return f"{date_in(loc.date(), 'en')} at {time_in(loc.time(), 'en')}"

    what = f"{service} with {stylist}" if stylist else service
    if pending:
        gone = (
            "" if old_start is None else f" You no longer have an appointment on {on(old_start)}."
        )
        return (
            f"Your earlier move reached the calendar after all: your appointment, {what}, on "
            f"{on(start)} is requested, and the salon still has to confirm it.{gone}"
        )
    instead = "" if old_start is None else f" instead of {on(old_start)}"
    return (
        f"Your earlier move went through after all: your appointment, {what}, is now on "
        f"{on(start)}{instead}."
    )


def booking_landed_sentence(
    service: str,
    stylist: str | None,
    start: datetime,
    tz: ZoneInfo,
    language: str = "de",
    *,
    pending: bool = False,
) -> str:
    """An earlier booking of this call whose answer was lost (the caller heard it is open),
    found carried out later in the call while booking another appointment."""
    if language == "en":
        what = f"{service} with {stylist}" if stylist else service
        loc = local(start, tz)
        when = f"on {date_in(loc.date(), 'en')} at {time_in(loc.time(), 'en')}"
        if pending:
            return (
                f"The earlier booking reached the calendar after all: {what} {when} is "
                "requested, and the salon still has to confirm it."
            )
        return f"The earlier booking went through after all: {what} {when} is booked."
    if pending:
        return (
            f"Die frühere Buchung ist doch angekommen: {_what(service, stylist)} "
            f"{_when(start, tz)} ist angefragt; der Salon muss ihn noch bestätigen."
        )
    return (
        f"Die frühere Buchung ist doch durchgegangen: {_what(service, stylist)} "
        f"{_when(start, tz)} ist gebucht."
    )
