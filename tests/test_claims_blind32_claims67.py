"""Blind round 32's false passes in money, reminders and calendar invites (claims67), as classes:
a calendar invite or the caller's own calendar said written (backed by nothing), a refund said set
going, a reminder said to follow, the caller told to write the visit's day in their own calendar
or to pay on it, nothing booked given as a reason; and the nearest sentences that must still pass.
Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from agent.claims.model import ClaimKind, FollowUp
from agent.guard.truth import truth
from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, NOT_BOOKED, passes_in
from tests.corpus.claims_corpus import facts

NEVER: set[str] = set()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Eine Kalendereinladung habe ich Ihnen eben zugeschickt.", "de"),
     ("Den Termin habe ich Ihnen in Ihren iPhone-Kalender gespeichert.", "de"),
     ("Die ICS-Datei ist schon unterwegs zu Ihnen.", "de"),
     ("We've synced the appointment to your Apple calendar.", "en"),
     ("The calendar invite has been sent to you.", "en")],
)  # fmt: skip
def test_a_calendar_invite_or_the_callers_calendar_written_is_false_everywhere(sentence, lang):
    assert passes_in(sentence, lang) == NEVER


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Eine Kalendereinladung schicken wir Ihnen leider nicht.", "de"),
     ("Soll ich Ihnen eine Kalendereinladung schicken?", "de"),
     ("Sorry, calendar invites aren't something we send.", "en")],
)  # fmt: skip
def test_an_invite_denied_or_offered_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_blocked_calendar_invite_is_replaced_by_what_the_salon_does_not_do():
    said_de = truth({ClaimKind.FOLLOW_UP}, facts("booked", "de"), {FollowUp.CALENDAR})
    said_en = truth({ClaimKind.FOLLOW_UP}, facts("booked", "en"), {FollowUp.CALENDAR})
    assert "Kalendereinladungen" in said_de
    assert "calendar invites" in said_en


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Rückzahlung Ihrer Anzahlung ist eingeleitet.", "de"),
     ("Your money back has been issued.", "en"),
     ("The deposit refund is underway.", "en")],
)  # fmt: skip
def test_a_refund_said_set_going_is_false_everywhere(sentence, lang):
    assert passes_in(sentence, lang) == NEVER


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Am Tag davor folgt noch eine kurze Erinnerung.", "de"),
     ("A short reminder follows on the eve of your visit.", "en")],
)  # fmt: skip
def test_a_reminder_said_to_follow_is_false_everywhere(sentence, lang):
    assert passes_in(sentence, lang) == NEVER


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Notieren Sie sich Freitag um zehn am besten gleich in Ihren Kalender.", "de"),
     ("Schreiben Sie sich den Freitag um zehn doch schnell ins Handy.", "de"),
     ("Best jot Friday at ten down in your phone.", "en"),
     ("You'll just pay at the front desk on Friday.", "en"),
     ("Gezahlt wird am Freitag direkt bei Fabian.", "de")],
)  # fmt: skip
def test_the_callers_own_note_or_payment_on_a_named_day_presupposes_the_visit(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Tragen Sie sich ein, wenn Sie am Freitag Zeit haben.", "de"),
     ("We take card and cash at the till.", "en")],
)  # fmt: skip
def test_a_condition_or_house_rule_about_paying_or_noting_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Von Ihrer Karte geht nichts ab, weil ja noch nichts gebucht ist.", "de"),
     ("Your card stays untouched, since nothing is booked yet.", "en")],
)  # fmt: skip
def test_nothing_booked_given_as_a_reason_is_the_booking_denied(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Weil nichts gebucht wurde, zahlen Sie auch nichts.", "de"),
     ("Since nothing was booked, you owe nothing.", "en")],
)  # fmt: skip
def test_nothing_booked_as_an_event_report_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_true_booking_still_passes_beside_a_payment_note():
    assert passes_in("Sie sind gebucht, zahlen können Sie vor Ort.", "de") >= BOOKED_ANY - {"moved"}
