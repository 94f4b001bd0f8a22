"""Blind round 36's classes in claims81's share, as specifications: an approximator that says
the booking is not reached (convention 510) against a loose hedge that keeps the claim (511); a
question the agent asks itself and answers at once; a rule for every booking applied to the
caller's own (45) against the rule alone; and the nearest sentences that must still pass.
Sentences in words of neither corpus file nor the probe."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    SUCCESS,
    passes_in,
)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihre Buchung ist beinahe bestätigt.", "de"),
     ("Das ist nahezu eingebucht.", "de"),
     ("It's nearly confirmed.", "en"),
     ("Your booking is as good as locked in.", "en"),
     ("Just about booked.", "en")],
)  # fmt: skip
def test_an_outcome_said_almost_reached_is_not_booked(sentence, lang):
    # convention 510 (74's "fast" / "almost"): nearly booked is not booked yet
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Im Grunde erledigt.", "de", SUCCESS),
     ("Basically sorted.", "en", SUCCESS),
     ("It's practically booked.", "en", BOOKED_ANY),
     ("Der Termin ist praktisch storniert.", "de", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_a_loose_hedge_keeps_the_outcome(sentence, lang, expected):
    # convention 511: "for all practical purposes" — the caller hears the outcome made
    assert passes_in(sentence, lang) == expected


def test_a_day_almost_fully_booked_is_no_booking_of_the_caller():
    assert passes_in("Lena is almost fully booked this week.", "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Bestätigt? Ja.", "de", BOOKED_ANY),
     ("Is it booked in? Yes.", "en", BOOKED_ANY),
     ("Confirmed? Not yet.", "en", NOT_BOOKED),
     ("Storniert? Ja.", "de", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_a_question_the_agent_answers_itself_is_read_by_its_answer(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_a_self_answered_question_about_something_else_claims_nothing():
    assert passes_in("Parking? Yes, round the back.", "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Wie alle Buchungen ist auch Ihre damit bestätigt.", "de"),
     ("Like every reservation here, yours is confirmed now.", "en")],
)  # fmt: skip
def test_a_rule_applied_to_the_callers_booking_is_the_booking(sentence, lang):
    # convention 45: the comparison names every booking, the claim is the caller's
    assert passes_in(sentence, lang) == BOOKED_ANY


def test_the_rule_alone_claims_nothing():
    assert passes_in("Bei jeder Buchung fragen wir nach der Telefonnummer.", "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich bin jetzt dabei, Ihren Termin am Freitag um 10 Uhr zu löschen.", "de"),
     ("I'm just cancelling your booking on Friday at 10 a.m. now.", "en")],
)  # fmt: skip
def test_a_cancellation_under_way_of_a_named_day_presupposes_its_booking(sentence, lang):
    # the act is not done (5); the appointment it names is booked (45), Friday 10:00 here
    assert passes_in(sentence, lang) == {"booked", "two", "no_sms"}


def test_a_cancellation_under_way_that_names_no_day_claims_no_day():
    # not cancelled yet (the lead's D45, convention 1112); no day presupposed booked
    assert passes_in("Ich storniere gerade Ihre Buchung.", "de") == EVERYWHERE - {"cancelled"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("In der Regel bekommen Sie danach eine SMS von uns.", "de"),
     ("We usually text the confirmation right after booking.", "en")],
)  # fmt: skip
def test_a_habit_of_the_salons_texts_promises_no_text(sentence, lang):
    # convention 87: how the salon does it, not a text promised on this call
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("In der Regel schicken wir Ihnen eine Erinnerung per SMS.", "de"),
     ("We usually text a reminder a day ahead.", "en")],
)  # fmt: skip
def test_a_habit_of_reminders_promises_the_caller_one(sentence, lang):
    # the lead's D69 (convention 1161, 87 narrowed): the salon sends no reminders, so a reminder
    # said to be its habit is promised to this caller and true nowhere
    assert passes_in(sentence, lang) == set()
