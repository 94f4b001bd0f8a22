"""English replies that keep the salon's German words (blind 45, claims111): the participle, the
noun, the day and hour ("am Freitag", "um halb elf", "15 Uhr") and the stylist's title ("Herr
Spitzer", "Frau Hoffmann") inside an English frame are read as the same claim and details as in
an English or a German sentence, with their negation, and checked against the call; the German
frame with English words keeps its reading. Sentences in words of neither corpus file (blind 45,
probe 45b)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    SUCCESS,
    passes_in,
)

MOVED = frozenset({"moved"})
KEPT = frozenset({"booked", "two", "no_sms"})  # a confirmed appointment never moved (13)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Right, your Termin's storniert.", CANCELLED_FRIDAY),
     ("Sure, it's been abgesagt.", CANCELLED_FRIDAY),
     ("Okay, that's umgebucht to Thursday.", MOVED),
     ("You're eingebucht for Friday.", BOOKED_FRIDAY),
     ("Everything's erledigt, thanks for calling.", SUCCESS),
     ("I'll verschieben it once you say yes.", EVERYWHERE),
     ("Should the Termin am Freitag be verschoben or storniert?", EVERYWHERE)],
)  # fmt: skip
def test_a_german_participle_in_an_english_reply_is_the_act_it_names(sentence, expected):
    assert passes_in(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("You're gebucht with Herr Spitzer am Freitag um zehn.", BOOKED_FRIDAY),
     ("You're gebucht with Frau Hoffmann am Freitag.", frozenset()),
     ("Your Termin am Freitag um halb elf is confirmed.", frozenset()),
     ("Your Termin am Samstag um elf with Frau Hoffmann is confirmed.", frozenset({"two"})),
     ("I've verschoben it to Donnerstag, 15 Uhr.", MOVED),
     ("I've verschoben it to Mittwoch, 15 Uhr.", frozenset())],
)  # fmt: skip
def test_the_day_hour_and_stylist_said_in_german_are_held_against_the_appointment(
    sentence, expected
):
    assert passes_in(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("It isn't storniert yet.", EVERYWHERE - CANCELLED_FRIDAY),
     ("You're not eingebucht yet.", NOT_BOOKED),
     ("The booking isn't complete yet.", NOT_BOOKED)],
)  # fmt: skip
def test_a_german_participle_denied_in_english_is_the_act_not_made(sentence, expected):
    assert passes_in(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("You'll get an Erinnerung tomorrow.", frozenset()),  # no reminder is ever sent
     ("The Bestätigung comes by E-Mail.", frozenset()),  # the salon confirms by text only
     ("You'll get a Rückruf later.", frozenset({"message", "unknown"})),
     ("Your Anfrage is pending with the salon.", frozenset({"pending"})),
     ("Your request is still pending.", frozenset({"pending"})),
     ("Status: pending.", EVERYWHERE),  # convention 43: pending of what is not said
     ("Frau Hoffmann has Samstag um elf frei.", frozenset({"offered", "two"})),
     ("Your Termin bleibt as before.", KEPT),
     ("Your appointment stays as before.", KEPT)],
)  # fmt: skip
def test_german_nouns_of_promises_requests_slots_and_the_kept_visit(sentence, expected):
    assert passes_in(sentence, "en") == expected


def test_an_english_answer_to_a_german_question_says_where_the_visit_is_now():
    caller = "Ist der Termin jetzt auf Donnerstag?"
    assert passes_in("Yes, it's Donnerstag now.", "en", caller) == MOVED
    assert passes_in("Okay, now it's Thursday at three.", "en") == MOVED


@pytest.mark.parametrize(
    "sentence", ["Ihr Termin ist storniert.", "Ihr Appointment ist gecancelt."]
)
def test_a_german_frame_is_read_in_german_whatever_english_words_it_holds(sentence):
    assert passes_in(sentence, "de") == CANCELLED_FRIDAY
