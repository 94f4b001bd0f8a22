"""Blind round 34's leftovers (claims77), as classes: a slot named the last, next or only free
one (convention 470); "im Buch"; a cancellation that went through in time; stutters and words
broken off before a repair; a look in the calendar said aloud before "der ist weg", "steht" or
the act's end; a status line with a day and a clock time; "zugesagt" with a firm adverb; a turn
corrected to the other side of a break; a spelled-out apostrophe; an answer with hesitations;
"bleibt so"; the appointment hung on the caller's account; "gebucht aber erst, wenn"; codes
shaped like dates; habits; a request number; an agreement as a heading; an "Open:" slot list;
"after" in the present passive; a confirmation to come; another matter after "aber / nur"; a
service named after children. Sentences in words of neither corpus file nor the probe."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    SUCCESS,
    passes_in,
)

CANCELLED = {"cancelled"}
MOVED = {"moved"}  # the move to Thursday 27 November, 15:00, went through
THURSDAY_THREE = {"offered", "moved"}  # Thursday 15:00 with Fabian: offered, or the move's
SATURDAY_ELEVEN = {"offered", "two"}  # Saturday 11:00 with Lena: offered, or booked
HELD_NOT_BOOKED = {"held", "pending"}


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Der allerletzte freie Platz bei Fabian ist am Donnerstag um drei.", "de", THURSDAY_THREE),
     ("Lenas nächster freier Termin ist Samstag um elf.", "de", SATURDAY_ELEVEN),
     ("Open: Thu 3 pm (Fabian)", "en", THURSDAY_THREE)],
)  # fmt: skip
def test_a_slot_named_the_last_or_next_free_one_is_that_slot_offered(sentence, lang, expected):
    # convention 470: backed only by a slot the tools offered or kept
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die nächsten freien Termine vergeben wir meistens am Telefon.", "de"),
     ("Freie Termine am Samstag sind immer schnell weg.", "de"),
     ("Ob Sie im Buch stehen, prüfe ich gleich.", "de"),
     ("Der Termin hängt daran, ob Lena Zeit hat.", "de"),
     ("We give out the reference after the appointment is confirmed.", "en"),
     ("Gern bestätige ich Ihnen die Buchung, sobald Sie zusagen.", "de")],
)  # fmt: skip
def test_habits_searches_dependencies_and_acts_to_come_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Großes Indianerehrenwort, Sie sind im Buch.", "de", BOOKED_ANY),
     ("Der Termin hängt jetzt an Ihrem Kundenprofil.", "de", BOOKED_ANY),
     ("Ihre Buchung hat die Kennung 2025-12-01-07.", "de", BOOKED_ANY),
     ("Yep, y o u ' r e booked.", "en", BOOKED_ANY),
     ("Er ist eingetragen, aber die Färbung muss noch abgesprochen werden.", "de", BOOKED_ANY),
     ("Fix zugesagt: Freitag um zehn.", "de", BOOKED_FRIDAY),
     ("Sie sind am Freitag direkt nach der Pause dran – nein, davor.", "de", BOOKED_FRIDAY),
     ("Thankfully the appointment was processed in time.", "en", SUCCESS),
     ("I've booked the children's haircut.", "en", set())],
)  # fmt: skip
def test_a_booking_said_in_other_words_is_the_booking(sentence, lang, expected):
    # a code shaped like a date names no day; the colour still to discuss is no service of the
    # booking; a children's haircut is a service no state holds
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Happily the cancellation went through in good time.", "en", CANCELLED),
     ("Der ist ab-abgesagt.", "de", CANCELLED),
     ("Der ist verl-, nein, abgesagt.", "de", CANCELLED),
     ("Ich prüfe kurz … nein, der ist weg.", "de", CANCELLED),
     ("Freitag 10 Uhr storniert ✔", "de", CANCELLED),
     ("Bin gleich fertig … so, storniert.", "de", CANCELLED),
     ("It's r-r-rescheduled, yes.", "en", MOVED),
     ("Ich klicke kurz drauf … so, verschoben.", "de", MOVED),
     ("Abgemacht: statt Freitag jetzt Donnerstag um drei, ist verlegt.", "de", MOVED)],
)  # fmt: skip
def test_a_cancellation_or_move_said_haltingly_is_that_outcome(sentence, lang, expected):
    # a stutter or a word broken off is not a word; what the look or the repair ends on is said
    assert passes_in(sentence, lang) == expected


def test_a_bare_steht_after_a_look_is_the_bare_success():
    # convention 28: true after a cancellation too
    assert passes_in("Alles klar … gut, steht.", "de") == SUCCESS


def test_the_appointment_said_to_stay_so_is_false_after_a_move():
    assert passes_in("Ihr Termin bleibt so.", "de") == BOOKED_FRIDAY


def test_a_booking_still_to_come_beside_the_hold_is_not_the_booking():
    sentence = "Vorgemerkt ist er, gebucht aber erst, sobald Sie Ja sagen."
    assert passes_in(sentence, "de") == HELD_NOT_BOOKED


def test_a_request_number_is_the_request_awaiting_the_salon():
    assert passes_in("Ihre Anfragenummer ist 88.", "de") == {"pending"}


def test_a_yes_with_hesitations_answers_the_callers_question():
    assert passes_in("Ja, ähm, ja.", "de", caller="Bin ich jetzt gebucht?") == BOOKED_ANY
