"""Blind round 36's classes in claims82's share, as specifications: the booking and the hold
denied together in one correlative; a hold said, then the booking denied after a concessive;
the speaker's act, the booking still missing and the caller's day said as pseudo-clefts; and the
nearest sentences that must still pass (an offer, another thing missing, an event report).
Sentences in words of neither corpus file nor the probe."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    HELD,
    NOT_BOOKED,
    passes_in,
)

HELD_NOT_BOOKED = HELD - {"booked", "moved", "two", "no_sms"}  # a hold kept, nothing booked


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Bei Ihnen ist weder was verbindlich gebucht noch blockiert.", "de"),
     ("Ihre Buchung ist weder bestätigt noch reserviert.", "de"),
     ("Your visit is neither on hold nor booked at the moment.", "en"),
     ("Your slot is neither confirmed nor pencilled in.", "en")],
)  # fmt: skip
def test_the_booking_and_the_hold_denied_together_deny_the_booking(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Zeit ist zwar blockiert, jedoch noch nicht eingetragen.", "de"),
     ("The time is held, but not yet booked.", "en")],
)  # fmt: skip
def test_a_hold_then_the_booking_denied_is_the_hold_and_no_booking(sentence, lang):
    assert passes_in(sentence, lang) == HELD_NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Was ich da gemacht habe, war, den Termin abzusagen.", "de", CANCELLED_FRIDAY),
     ("What I did for you was call it off.", "en", CANCELLED_FRIDAY),
     ("Alles, was ich tun konnte, war, die Zeit festzuhalten.", "de", HELD),
     ("What I was able to do was hold the time for you.", "en", HELD)],
)  # fmt: skip
def test_the_speakers_act_said_as_a_pseudo_cleft_is_that_act(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Was jetzt noch offen ist, ist die feste Buchung.", "de"),
     ("What's still outstanding is the real booking.", "en")],
)  # fmt: skip
def test_the_booking_named_as_what_is_missing_denies_it(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Am Freitag um 10 Uhr ist das, was für Sie gebucht ist.", "de"),
     ("Friday at 10 am is what you have got.", "en")],
)  # fmt: skip
def test_the_day_said_first_before_what_the_caller_has_is_the_booking(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Was ich für Sie tun kann, ist, die Zeit festzuhalten.", "de"),
     ("What I could do is block the time for you.", "en"),
     ("Was jetzt noch fehlt, ist Ihre Telefonnummer.", "de"),
     ("What's still missing is your surname.", "en"),
     ("Heute wurde weder etwas gebucht noch blockiert.", "de"),
     ("Weder Lena noch Fabian arbeiten sonntags.", "de")],
)  # fmt: skip
def test_offers_other_things_missing_and_event_reports_still_pass(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Der Freitag ist gelöscht, der Donnerstag um 15 Uhr drin.", "de", {"moved"}),
     ("Friday's removed, Thursday at 3 pm confirmed.", "en", {"moved"}),
     ("Freitag gelöscht, Mittwoch drin.", "de", set()),
     ("Friday's removed, Tuesday's confirmed.", "en", set())],
)  # fmt: skip
def test_one_day_gone_and_another_in_gapped_is_the_move_to_the_second(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("I'm sad to report nothing is confirmed yet.", "en", NOT_BOOKED),
     ("You'll be delighted to hear that your booking has been confirmed.", "en", BOOKED_ANY),
     ("I'm delighted you could make it today.", "en", EVERYWHERE)],
)  # fmt: skip
def test_an_emotive_frame_asserts_its_complement(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
