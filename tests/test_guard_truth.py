"""What the caller hears instead of a blocked claim: the truth of the call's state, composed by
code, naming the appointment it is about, in German and English."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from agent.claims import AppointmentFact, CallFacts, ClaimKind, decide
from agent.guard import truth
from calendar_adapter.ledger import AppointmentState

BERLIN = ZoneInfo("Europe/Berlin")
S = AppointmentState
B, C, R, D = ClaimKind.BOOKED, ClaimKind.CANCELLED, ClaimKind.RESCHEDULED, ClaimKind.DONE
FRIDAY_10 = datetime(2026, 11, 27, 10, 0, tzinfo=BERLIN)
SATURDAY_1130 = datetime(2026, 11, 28, 11, 30, tzinfo=BERLIN)
THURSDAY_14 = datetime(2026, 11, 26, 14, 0, tzinfo=BERLIN)


def fact(state: AppointmentState, start: datetime = FRIDAY_10, **more) -> AppointmentFact:
    return AppointmentFact(state, start, "Fabian Spitzer", "Dauerwelle", **more)


def facts(*appointments: AppointmentFact, language: str = "de") -> CallFacts:
    return CallFacts(
        now=datetime(2026, 11, 24, 9, tzinfo=BERLIN), language=language, appointments=appointments
    )


@pytest.mark.parametrize(
    ("kinds", "appointments", "said"),
    [
        # only held: the held slot, and what makes it booked
        (
            {B},
            [fact(S.HELD)],
            "Der Termin am Freitag, 27. November um 10 Uhr ist für Sie reserviert; "
            "gebucht ist er, sobald Sie Ja sagen.",
        ),
        (
            {D},
            [fact(S.RELEASED, THURSDAY_14), fact(S.HELD, SATURDAY_1130)],
            "Der Termin am Samstag, 28. November um 11:30 Uhr ist für Sie reserviert; "
            "gebucht ist er, sobald Sie Ja sagen.",
        ),
        (
            {B},
            [fact(S.HELD), fact(S.HELD, SATURDAY_1130)],
            "Die Termine am Freitag, 27. November um 10 Uhr und am Samstag, 28. November um "
            "11:30 Uhr sind für Sie reserviert; gebucht sind sie, sobald Sie Ja sagen.",
        ),
        # a move claimed while the new time is only held
        (
            {R},
            [fact(S.CONFIRMED), fact(S.HELD, SATURDAY_1130)],
            "Der neue Termin am Samstag, 28. November um 11:30 Uhr ist für Sie reserviert; "
            "verschoben wird Ihr Termin, sobald Sie Ja sagen.",
        ),
        # a booking still on its way to Cal.com
        (
            {B},
            [fact(S.BOOKING)],
            "Die Buchung des Termins am Freitag, 27. November um 10 Uhr läuft noch; "
            "ich sage Ihnen gleich, ob sie geklappt hat.",
        ),
        # after a failure: what failed (and that the same slot is still held, if it is)
        (
            {B},
            [fact(S.FAILED)],
            "Der Termin am Freitag, 27. November um 10 Uhr konnte nicht gebucht werden.",
        ),
        (
            {B},
            [fact(S.FAILED), fact(S.HELD)],
            "Der Termin am Freitag, 27. November um 10 Uhr konnte nicht gebucht werden; "
            "er ist aber weiter für Sie reserviert.",
        ),
        (
            {B},
            [fact(S.UNKNOWN)],
            "Ob der Termin am Freitag, 27. November um 10 Uhr gebucht ist, kann ich gerade nicht "
            "bestätigen; der Salon prüft das.",
        ),
        (
            {B},
            [fact(S.PENDING)],
            "Der Termin am Freitag, 27. November um 10 Uhr ist angefragt; "
            "der Salon muss ihn noch bestätigen.",
        ),
        # booked, but the claim named something else: what is booked
        ({B}, [fact(S.CONFIRMED)], "Gebucht ist Ihr Termin am Freitag, 27. November um 10 Uhr."),
        # a failed move leaves the old appointment as it was
        (
            {R},
            [fact(S.FAILED, SATURDAY_1130, moved_from=FRIDAY_10)],
            "Das Verschieben hat nicht geklappt; Ihr Termin am Freitag, 27. November um 10 Uhr "
            "bleibt, wie er war.",
        ),
        # ... unless Cal.com moved it all the same and declined the new one: it is gone
        (
            {B},
            [fact(S.RESCHEDULED), fact(S.FAILED, SATURDAY_1130, moved_from=FRIDAY_10)],
            "Das Verschieben hat nicht geklappt, und am Freitag, 27. November um 10 Uhr haben "
            "Sie damit auch keinen Termin mehr.",
        ),
        (
            {R},
            [fact(S.CONFIRMED)],
            "Ihr Termin am Freitag, 27. November um 10 Uhr besteht weiter.",
        ),
        (
            {B},
            [fact(S.CONFIRMED, SATURDAY_1130, moved_from=FRIDAY_10)],
            "Ihr Termin ist verschoben auf Samstag, 28. November um 11:30 Uhr.",
        ),
        # said not booked yet, but booked: what is booked (also beside a hold of another slot)
        (
            {ClaimKind.NOT_BOOKED},
            [fact(S.CONFIRMED)],
            "Gebucht ist Ihr Termin am Freitag, 27. November um 10 Uhr.",
        ),
        (
            {ClaimKind.NOT_BOOKED},
            [fact(S.CONFIRMED), fact(S.HELD, SATURDAY_1130)],
            "Gebucht ist Ihr Termin am Freitag, 27. November um 10 Uhr.",
        ),
        # a cancellation claimed that did not happen: the appointment stands
        ({C}, [fact(S.CONFIRMED)], "Ihr Termin am Freitag, 27. November um 10 Uhr besteht weiter."),
        ({C}, [fact(S.CANCELLED)], "Ihr Termin am Freitag, 27. November um 10 Uhr ist storniert."),
        # nothing held or booked: a neutral true line
        ({B}, [], "Gebucht ist noch nichts."),
        ({B}, [fact(S.RELEASED)], "Gebucht ist noch nichts."),
        ({C}, [], "Storniert ist noch nichts."),
        ({R}, [], "Verschoben ist noch nichts."),
        ({D}, [], "Im Kalender ist noch nichts geändert."),
    ],
)
def test_the_truth_for_each_state_in_german(kinds, appointments, said):
    assert truth(kinds, facts(*appointments)) == said


@pytest.mark.parametrize(
    ("kinds", "appointments", "said"),
    [
        (
            {B},
            [fact(S.HELD, SATURDAY_1130)],
            "The appointment on Saturday, 28 November at 11:30 am is held for you; "
            "it is booked as soon as you say yes.",
        ),
        (
            {B},
            [fact(S.FAILED, datetime(2026, 11, 26, 14, 0, tzinfo=BERLIN))],
            "The appointment on Thursday, 26 November at 2 pm could not be booked.",
        ),
        (
            {C},
            [fact(S.CONFIRMED)],
            "Your appointment on Friday, 27 November at 10 am still stands.",
        ),
        ({B}, [], "Nothing is booked yet."),
        ({C}, [], "Nothing has been cancelled yet."),
    ],
)
def test_the_truth_in_english(kinds, appointments, said):
    assert truth(kinds, facts(*appointments, language="en")) == said


def test_the_most_recent_outcome_is_told_when_nothing_is_open():
    """A failed first attempt, then a booking at another time: the booking is what is true."""
    history = [fact(S.FAILED, THURSDAY_14), fact(S.CONFIRMED)]
    assert truth({B}, facts(*history)) == (
        "Gebucht ist Ihr Termin am Freitag, 27. November um 10 Uhr."
    )


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize(
    ("kinds", "appointments"),
    [
        ({C}, [fact(S.CANCELLED)]),
        ({C}, [fact(S.CANCELLED, THURSDAY_14)]),
        ({B}, [fact(S.CONFIRMED)]),
        ({C}, [fact(S.CONFIRMED)]),
        ({R}, [fact(S.RESCHEDULED), fact(S.CONFIRMED, THURSDAY_14, moved_from=FRIDAY_10)]),
    ],
)
def test_the_truth_passes_the_guards_own_reader(kinds, appointments, language):
    """The line the guard says instead of a false claim names the day as weekday and full date
    ("Ihr Termin am Donnerstag, 26. November um 11 Uhr ist storniert"); the reader must take
    that day as the claim's, not as a second claim (it read "Ihr Termin am Donnerstag" as a
    booking, so the guard stopped its own true cancellation)."""
    call = facts(*appointments, language=language)
    said = truth(kinds, call)
    decision = decide(said, call)
    assert decision.passes, (said, decision)
