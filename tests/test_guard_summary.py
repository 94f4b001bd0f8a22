"""The call's summary: one short sentence per kind of change this call made in the calendar,
composed from the ledger, in German or English; said once, and again only after a change."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from agent.claims import AppointmentFact
from agent.guard import CallSummary, KnownAppointment
from agent.guard.summary import compose
from calendar_adapter.ledger import AppointmentState

BERLIN = ZoneInfo("Europe/Berlin")
S = AppointmentState
FRIDAY_10 = datetime(2026, 11, 27, 10, 0, tzinfo=BERLIN)
SATURDAY_11 = datetime(2026, 11, 28, 11, 0, tzinfo=BERLIN)
WEDNESDAY_15 = datetime(2026, 11, 25, 15, 0, tzinfo=BERLIN)


def ours(state, start=FRIDAY_10, stylist="Fabian Spitzer", service="Dauerwelle", **more):
    """An appointment this call made or changed."""
    return KnownAppointment(AppointmentFact(state, start, stylist, service, **more), True)


def found(state, start=FRIDAY_10, stylist="Fabian Spitzer", service="Dauerwelle"):
    """An appointment of the caller's that this call only looked at."""
    return KnownAppointment(AppointmentFact(state, start, stylist, service), False)


@pytest.mark.parametrize(
    ("known", "said"),
    [
        (
            [ours(S.CONFIRMED)],
            "Gebucht ist: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer.",
        ),
        ([ours(S.RELEASED)], "Heute wurde nichts gebucht; der reservierte Termin ist wieder frei."),
        ([ours(S.EXPIRED)], "Heute wurde nichts gebucht; der reservierte Termin ist wieder frei."),
        (
            [ours(S.HELD)],
            "Heute wurde nichts gebucht; der reservierte Termin wird wieder freigegeben.",
        ),
        (
            [ours(S.FAILED)],
            "Nicht gebucht ist: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer.",
        ),
        # a failed attempt, then the same slot booked on the second try: only the booking
        (
            [ours(S.FAILED), ours(S.HELD), ours(S.CONFIRMED)],
            "Gebucht ist: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer.",
        ),
        (
            [ours(S.CANCELLED)],
            "Storniert ist: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer.",
        ),
        (
            [ours(S.RESCHEDULED), ours(S.CONFIRMED, SATURDAY_11, moved_from=FRIDAY_10)],
            "Verschoben ist: Dauerwelle von Freitag, 27. November, 10 Uhr auf "
            "Samstag, 28. November, 11 Uhr bei Fabian Spitzer.",
        ),
        (
            [ours(S.FAILED, SATURDAY_11, moved_from=FRIDAY_10)],
            "Unverändert bleibt: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer.",
        ),
        # Cal.com moved it, then declined the new booking: the old one is gone too
        (
            [ours(S.RESCHEDULED), ours(S.FAILED, SATURDAY_11, moved_from=FRIDAY_10)],
            "Weggefallen ist: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer; "
            "der neue Termin wurde abgelehnt.",
        ),
        # a move requested, the salon to confirm: from where to where
        (
            [ours(S.RESCHEDULED), ours(S.PENDING, SATURDAY_11, moved_from=FRIDAY_10)],
            "Angefragt ist: Dauerwelle von Freitag, 27. November, 10 Uhr auf Samstag, "
            "28. November, 11 Uhr bei Fabian Spitzer; der Salon muss noch bestätigen.",
        ),
        (
            [ours(S.PENDING)],
            "Angefragt ist: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer; "
            "der Salon muss noch bestätigen.",
        ),
        (
            [ours(S.UNKNOWN)],
            "Noch offen ist: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer; "
            "der Salon prüft das und meldet sich bei Ihnen.",
        ),
        # several appointments
        (
            [
                ours(S.CONFIRMED),
                ours(S.RELEASED, SATURDAY_11),  # an earlier choice, given up: not news
                ours(S.CONFIRMED, WEDNESDAY_15, "Mehmet Yılmaz", "Herrenhaarschnitt"),
                ours(S.CANCELLED, SATURDAY_11, "Lena Hoffmann", "Färben"),
            ],
            "Gebucht sind: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer und "
            "Herrenhaarschnitt am Mittwoch, 25. November, 15 Uhr bei Mehmet Yılmaz. "
            "Storniert ist: Färben am Samstag, 28. November, 11 Uhr bei Lena Hoffmann.",
        ),
        # something booked and another slot still held: the held one is not left to guesswork
        (
            [ours(S.CONFIRMED), ours(S.HELD, SATURDAY_11)],
            "Gebucht ist: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer. "
            "Der reservierte Termin am Samstag, 28. November um 11 Uhr wird wieder freigegeben.",
        ),
        # what the call only looked at is not what it changed
        ([found(S.CONFIRMED)], "Heute wurde nichts gebucht."),
        ([], "Heute wurde nichts gebucht."),
    ],
)
def test_what_a_call_changed_in_one_short_summary(known, said):
    assert compose(tuple(known), "de") == said


@pytest.mark.parametrize(
    ("known", "said"),
    [
        (
            [ours(S.CONFIRMED)],
            "Booked: Dauerwelle on Friday, 27 November, 10 am with Fabian Spitzer.",
        ),
        ([ours(S.RELEASED)], "Nothing was booked today; the held slot is free again."),
        (
            [ours(S.FAILED)],
            "Not booked: Dauerwelle on Friday, 27 November, 10 am with Fabian Spitzer.",
        ),
        (
            [ours(S.RESCHEDULED), ours(S.CONFIRMED, SATURDAY_11, moved_from=FRIDAY_10)],
            "Moved: Dauerwelle from Friday, 27 November, 10 am to Saturday, 28 November, "
            "11 am with Fabian Spitzer.",
        ),
        (
            [ours(S.RESCHEDULED), ours(S.FAILED, SATURDAY_11, moved_from=FRIDAY_10)],
            "No longer booked: Dauerwelle on Friday, 27 November, 10 am with Fabian Spitzer; "
            "the new time was declined.",
        ),
        ([], "Nothing was booked today."),
    ],
)
def test_the_summary_in_english(known, said):
    assert compose(tuple(known), "en") == said


def test_the_summary_is_due_once_and_again_only_after_a_change():
    known: list[KnownAppointment] = [ours(S.HELD)]
    summary = CallSummary(lambda: tuple(known))

    assert summary.due() == (
        "Heute wurde nichts gebucht; der reservierte Termin wird wieder freigegeben."
    )
    assert summary.due() is None
    known[0] = ours(S.RELEASED)  # the hold released meanwhile: the same news
    assert summary.due() is None
    known.append(ours(S.CONFIRMED, SATURDAY_11))
    assert summary.due() == (
        "Gebucht ist: Dauerwelle am Samstag, 28. November, 11 Uhr bei Fabian Spitzer."
    )
    assert summary.due() is None
