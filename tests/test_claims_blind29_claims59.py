"""Blind round 29's and probe 29's other false passes and false blocks (claims59), as classes: a
stylist named with a title or in full; digits written for letters; an adverb of time past after
the participle; a status line of the appointment not yet done; the caller's message named as
passed on beside a callback; a visit said gone "nicht …, sondern" another day; the day given
back to the caller; the salon said to have the request now; a machine as the doer; the caller's
wish with a tag; a later clause of details only. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    passes_in,
)

NEVER: set[str] = set()
GONE_FRIDAY = {"cancelled", "moved"}  # Friday's visit cancelled, or moved away


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Confirmed with Mr Spitzer for Friday at ten.", "en", BOOKED_FRIDAY),
     ("Ihr Termin übermorgen bei Herrn Spitzer hat funktioniert.", "de", BOOKED_FRIDAY),
     ("Mr Spitzer is booked solid on Friday.", "en", EVERYWHERE),
     ("Herr Spitzer ist am Freitag ausgebucht.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_stylist_named_with_title_or_in_full_is_whom_the_caller_sees(sentence, lang, expected):
    # after "with" / "bei", the title and first name belong to the name; as the subject the
    # stylist's own day is full, no claim about the caller
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("That one was cancelled a long time ago.", CANCELLED_FRIDAY),
     ("Your appointment was confirmed a while ago.", BOOKED_ANY)],
)  # fmt: skip
def test_an_adverb_of_time_past_after_the_participle_keeps_the_claim(sentence, expected):
    assert passes_in(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Eintragung: noch nicht erfolgt.", "de"), ("Appointment: not booked yet.", "en")],
)
def test_a_status_line_of_the_appointment_not_yet_done_is_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I've forwarded your message, the team will call you back.", "en"),
     ("Ich habe Ihre Nachricht weitergeleitet, Fabian ruft Sie zurück.", "de")],
)  # fmt: skip
def test_the_callers_message_passed_on_is_a_message_taken_beside_the_callback(sentence, lang):
    # true only where a message was taken; an open outcome backs the callback, not the message
    assert passes_in(sentence, lang) == {"message"}


def test_a_visit_said_gone_in_favour_of_another_day_is_the_move():
    sentence = "Sie sind nicht am Freitag dran, sondern am Donnerstag um drei."
    assert passes_in(sentence, "de") == {"moved"}


@pytest.mark.parametrize(
    "sentence", ["You get your Friday back to yourself now.", "Friday is back in your hands again."]
)
def test_the_day_given_back_to_the_caller_is_its_visit_gone(sentence):
    assert passes_in(sentence, "en") == GONE_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("The team now has your request.", "en"), ("Der Salon hat Ihre Anfrage jetzt.", "de")],
)
def test_the_salon_said_to_have_the_request_now_is_a_pending_request(sentence, lang):
    assert passes_in(sentence, lang) == {"pending"}


def test_a_machine_as_the_doer_says_what_it_did_not_what_a_person_did():
    # the calendar confirming is the booking, not "I confirmed" read as a release or cancellation
    assert passes_in("Der Kalender hat Ihren Termin eben bestätigt.", "de") == BOOKED_ANY


def test_the_callers_wish_with_a_tag_claims_nothing():
    assert passes_in("Saturday morning suits you, right?", "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Friday at ten worked out, it's with Fabian.", BOOKED_FRIDAY),
     ("Friday at ten worked out, but it's with Lena.", NEVER),
     ("It's done: Friday at ten, ladies' cut with Fabian.", NEVER)],
)  # fmt: skip
def test_a_later_clause_of_details_only_carries_them(sentence, expected):
    # the call's Friday appointment is a perm with Fabian: Lena or a ladies' cut make it false
    assert passes_in(sentence, "en") == expected
