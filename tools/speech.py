"""Spoken forms of dates and times (German, and English for an English call), and the sentences
that confirm what Cal.com did.

The confirmation sentences are composed here, by code, from what Cal.com returned: the model only
reads them out, so it can never confirm something the calendar did not accept.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import partial
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


def day_in(day: date, language: str) -> str:
    """'27. November' / '27 November'."""
    if language == "en":
        return f"{day.day} {MONTHS_EN[day.month - 1]}"
    return spoken_day(day)


def weekday_in(weekday: int, language: str) -> str:
    """'Freitag' / 'Friday' (0: Monday)."""
    return (WEEKDAYS_EN if language == "en" else WEEKDAYS_DE)[weekday]


def date_in(day: date, language: str) -> str:
    """'Freitag, 27. November' / 'Friday, 27 November'."""
    return f"{weekday_in(day.weekday(), language)}, {day_in(day, language)}"


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


def spoken_slot_in(at: datetime, tz: ZoneInfo, language: str) -> str:
    """`spoken_slot` in the call's language: 'Friday, 27 November, 10 am' for English."""
    loc = local(at, tz)
    return f"{date_in(loc.date(), language)}, {time_in(loc.time(), language)}"


def _en(language: str) -> bool:
    return language == "en"


def _at(at: datetime, tz: ZoneInfo, language: str = "de") -> str:
    """'Freitag, 27. November, um 10 Uhr' / 'Friday, 27 November at 10 am'."""
    loc = local(at, tz)
    if _en(language):
        return f"{date_in(loc.date(), language)} at {time_in(loc.time(), language)}"
    return f"{spoken_date(loc.date())}, um {spoken_time(loc.time())}"


def _when(at: datetime, tz: ZoneInfo, language: str = "de") -> str:
    """'am Freitag, 27. November, um 10 Uhr' / 'on Friday, 27 November at 10 am'."""
    return f"{'on' if _en(language) else 'am'} {_at(at, tz, language)}"


def _what(service: str, stylist: str | None, language: str = "de") -> str:
    if not stylist:
        return service
    return f"{service} {'with' if _en(language) else 'bei'} {stylist}"


# -- outcomes: one place per outcome, German and English side by side -------------------------


# The outcomes said of one appointment: (German, English), filled with {what} (service, and
# stylist), {when} ('am Freitag, 27. November, um 10 Uhr' / 'on Friday, 27 November at 10 am')
# and {at} (the same without 'am' / 'on').
_ONE = {
    "booked": (
        "Ihr Termin ist gebucht: {what} {when}.",
        "Your appointment is booked: {what} {when}.",
    ),
    "pending": (
        "Ihr Termin {what} {when} ist angefragt; der Salon muss ihn noch bestätigen.",
        "Your appointment, {what} {when}, is requested; the salon still has to confirm it.",
    ),
    "cancelled": (
        "Ihr Termin {what} {when} ist storniert.",
        "Your appointment, {what} {when}, is cancelled.",
    ),
    "rescheduled": (
        "Ihr Termin ist verschoben auf {at}: {what}.",
        "Your appointment is moved to {at}: {what}.",
    ),
    # an earlier booking of this call whose answer was lost (the caller heard it is open),
    # found carried out later in the call while booking another appointment
    "booking_landed": (
        "Die frühere Buchung ist doch durchgegangen: {what} {when} ist gebucht.",
        "The earlier booking went through after all: {what} {when} is booked.",
    ),
    "booking_landed_pending": (
        "Die frühere Buchung ist doch angekommen: {what} {when} ist angefragt; der Salon muss "
        "ihn noch bestätigen.",
        "The earlier booking reached the calendar after all: {what} {when} is requested, and "
        "the salon still has to confirm it.",
    ),
}

# Outcomes nobody could learn: deliberately without "gebucht"/"booked" or "storniert"/"cancelled".
_OPEN = {
    "booking": (
        "Ich kann die Buchung gerade nicht bestätigen, weil der Kalender nicht antwortet. "
        "Der Salon prüft das und meldet sich bei Ihnen.",
        "I can't confirm the booking right now because the calendar is not answering. "
        "The salon will check and get back to you.",
    ),
    "cancel": (
        "Ich kann die Stornierung gerade nicht bestätigen, weil der Kalender nicht antwortet. "
        "Der Salon prüft das und meldet sich bei Ihnen.",
        "I can't confirm the cancellation right now because the calendar is not answering. "
        "The salon will check and get back to you.",
    ),
}


def _fields(
    service: str, stylist: str | None, start: datetime, tz: ZoneInfo, language: str
) -> dict[str, str]:
    """{what}, {when} and {at} of the templates."""
    return {
        "what": _what(service, stylist, language),
        "when": _when(start, tz, language),
        "at": _at(start, tz, language),
    }


def _in(texts: tuple[str, str], language: str) -> str:
    return texts[1] if _en(language) else texts[0]


def _one(
    outcome: str,
    service: str,
    stylist: str | None,
    start: datetime,
    tz: ZoneInfo,
    language: str = "de",
) -> str:
    return _in(_ONE[outcome], language).format(**_fields(service, stylist, start, tz, language))


# each (service, stylist, start, tz, language="de") -> the sentence
booked_sentence = partial(_one, "booked")
pending_sentence = partial(_one, "pending")
cancelled_sentence = partial(_one, "cancelled")
rescheduled_sentence = partial(_one, "rescheduled")
# an earlier booking of this call whose answer was lost, found carried out later in the call
booking_landed_sentence = partial(_one, "booking_landed")
booking_landed_pending_sentence = partial(_one, "booking_landed_pending")


# A move's outcomes told with both times: (German, English), filled as above for the new
# appointment, and with {old} (the old time, as {at}).
_MOVE = {
    # Cal.com moved the booking to one the salon must still confirm: the old one is gone.
    "pending": (
        "Die Verschiebung Ihres Termins {what} auf {at} ist angefragt; der Salon muss sie noch "
        "bestätigen. Am {old} haben Sie damit keinen Termin mehr.",
        "The move of your appointment, {what}, to {at} is requested; the salon still has to "
        "confirm it. Your appointment on {old} is not kept either way.",
    ),
    # A lost move settled not moved: another booking holds the new time, and Cal.com shows
    # the old booking accepted and unmoved (the one outcome here that keeps the old one).
    "taken": (
        "Das Verschieben hat nicht geklappt: {at} ist inzwischen anderweitig vergeben. Ihr "
        "Termin {what} am {old} bleibt bestehen.",
        "The move did not work: the new time, {at}, has been taken by someone else meanwhile. "
        "Your appointment, {what} on {old}, stays as it is.",
    ),
    # A lost move settled not moved at its horizon (it can no longer land), while Cal.com shows
    # the old booking accepted and unmoved.
    "not_moved": (
        "Das Verschieben auf {at} hat nicht geklappt. Ihr Termin {what} am {old} bleibt bestehen.",
        "The move to {at} did not work. Your appointment, {what} on {old}, stays as it is.",
    ),
    # Cal.com moved the booking, then ended the new one: the caller has neither.
    "ended": (
        "Das Verschieben hat nicht geklappt: Den Termin {what} {when} hat der Kalender "
        "abgelehnt. Am {old} haben Sie damit auch keinen Termin mehr.",
        "The move did not work: the calendar declined {what} {when}. Your appointment on "
        "{old} is not kept either.",
    ),
}


def _move(
    outcome: str,
    service: str,
    stylist: str | None,
    old_start: datetime,
    start: datetime,
    tz: ZoneInfo,
    language: str = "de",
) -> str:
    fields = _fields(service, stylist, start, tz, language)
    return _in(_MOVE[outcome], language).format(**fields, old=_at(old_start, tz, language))


# each (service, stylist, old_start, start, tz, language="de") -> the sentence
move_pending_sentence = partial(_move, "pending")
move_ended_sentence = partial(_move, "ended")
move_taken_sentence = partial(_move, "taken")
move_not_moved_sentence = partial(_move, "not_moved")


def unknown_sentence(language: str = "de") -> str:
    return _in(_OPEN["booking"], language)


def cancel_unknown_sentence(language: str = "de") -> str:
    return _in(_OPEN["cancel"], language)


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


def not_confirmed_sentence(*, still_held: bool, language: str = "de") -> str:
    # Deliberately neither "gebucht" nor "nicht gebucht": Cal.com may still carry it out.
    if _en(language):
        first = "I can't confirm the booking yet, because the calendar's answer did not arrive."
        if still_held:
            return (
                f"{first} The slot is reserved for you until then, and the salon will get "
                "back to you as soon as it is settled."
            )
        return f"{first} The salon will get back to you as soon as it is settled."
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
    old_start: datetime,
    start: datetime,
    tz: ZoneInfo,
    *,
    asked: bool = True,
    language: str = "de",
) -> str:
    # Neither "verschoben" nor "bleibt bestehen": Cal.com may still carry the move out, so what
    # is true of the old appointment is that it is open too, and the caller hears both times.
    old, new = _at(old_start, tz, language), _at(start, tz, language)
    if _en(language):
        why = (
            "because the calendar's answer did not arrive"
            if asked
            else "because the calendar is not answering"
        )
        return (
            f"I can't confirm the move yet, {why}. Whether your appointment stays on {old} or "
            f"changes to {new}, the salon will check and get back to you."
        )
    why = (
        "weil die Antwort des Kalenders ausgeblieben ist"
        if asked
        else "weil der Kalender nicht antwortet"
    )
    return (
        f"Ich kann die Verschiebung noch nicht bestätigen, {why}. Ob Ihr Termin am {old} bleibt "
        f"oder auf {new} wechselt, klärt der Salon und meldet sich bei Ihnen."
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
    what = _what(service, stylist, language)
    if _en(language):
        if pending:
            gone = (
                ""
                if old_start is None
                else (
                    f" Your appointment on {_at(old_start, tz, language)} is not kept either way."
                )
            )
            return (
                f"Your earlier move reached the calendar after all: your appointment, {what}, "
                f"on {_at(start, tz, language)} is requested, and the salon still has to "
                f"confirm it.{gone}"
            )
        instead = "" if old_start is None else f" instead of {_at(old_start, tz, language)}"
        return (
            f"Your earlier move went through after all: your appointment, {what}, is now "
            f"{_when(start, tz, language)}{instead}."
        )
    if pending:
        gone = ""
        if old_start is not None:
            gone = f" Den Termin {_when(old_start, tz)} gibt es damit nicht mehr."
        return (
            f"Die Verschiebung Ihres Termins {what} auf {_at(start, tz)} ist doch im Kalender "
            f"angekommen und angefragt; der Salon muss sie noch bestätigen.{gone}"
        )
    instead = f" statt {_when(old_start, tz)}" if old_start is not None else ""
    return (
        f"Ihre Verschiebung ist doch durchgegangen: Ihr Termin {what} ist jetzt "
        f"{_when(start, tz)}{instead}."
    )
