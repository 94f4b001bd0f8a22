"""Blind round 27's false passes, part B (claims48), as classes: the formal and legal register
(the salon confirming an outcome "hiermit", an appointment or its contract said binding, and said
not binding), a document tied to the caller's booking, the words of a message read aloud,
enumerations and checklists, a present denial behind an apology, a time adverb or a particle,
impersonal and plural agents; and the nearest sentences that must still pass. Sentences in words
of neither corpus file (tests/claims_support.py: the corpus's states and call)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    SUCCESS,
    passes_in,
)

TEXT_BOOKED = BOOKED_ANY - {"no_sms"}  # a booking whose confirmation text the salon sends
TEXT_FRIDAY = BOOKED_FRIDAY - {"no_sms"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich bestätige Ihnen hiermit Ihre Buchung.", "de"),
     ("Wir bestätigen Ihnen offiziell den Termin.", "de"),
     ("Der Vertrag über Ihre Strähnchen ist zustande gekommen.", "de"),
     ("Ihre Reservierung ist ab sofort rechtsverbindlich.", "de"),
     ("We formally confirm your reservation.", "en"),
     ("Your booking is from now on binding.", "en")],
)  # fmt: skip
def test_a_formal_confirmation_or_a_binding_appointment_is_the_booking(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Wir bestätigen hiermit die Absage Ihres Termins.", "de", CANCELLED_FRIDAY),
     ("I hereby confirm the cancellation of your visit.", "en", CANCELLED_FRIDAY),
     ("Wir bestätigen die Verschiebung Ihres Termins auf Donnerstag um 15 Uhr.", "de", {"moved"}),
     ("We hereby confirm the rescheduling of your appointment to Thursday at 3 pm.", "en",
      {"moved"}),
     ("Wir bestätigen Ihnen beide Buchungen.", "de", {"two"})],
)  # fmt: skip
def test_a_formal_confirmation_of_a_cancellation_a_move_or_two_is_that_outcome(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Zwischen uns ist noch kein Vertrag zustande gekommen.", "de"),
     ("Eine verbindliche Buchung besteht im Moment nicht.", "de"),
     ("Your reservation isn't binding at this point.", "en")],
)  # fmt: skip
def test_a_formal_denial_is_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Bitte bestätigen Sie den Termin schriftlich.", "de"),
     ("Wir bestätigen Termine grundsätzlich per SMS.", "de"),
     ("Erst mit Ihrer Unterschrift ist der Vertrag verbindlich.", "de"),
     ("We will confirm your booking as soon as you say yes.", "en"),
     ("A contract only comes about once you agree.", "en")],
)  # fmt: skip
def test_requests_rules_and_confirmations_to_come_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die Rechnung zu Ihrer Buchung liegt an der Kasse bereit.", "de", BOOKED_ANY),
     ("The bill for your appointment is settled at the salon.", "en", BOOKED_ANY),
     ("Eine Rechnung stellen wir nur auf Wunsch aus.", "de", EVERYWHERE),
     ("Receipts can be printed at the front desk.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_document_tied_to_the_callers_booking_presupposes_it(sentence, lang, expected):
    # conventions 45 and 77, blind 27's label; documents in general claim nothing
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die Nachricht an Sie lautet: Ihr Termin ist eingetragen.", "de", TEXT_BOOKED),
     ("The SMS will read: 'Your visit on Friday at 10 is confirmed.'", "en", TEXT_FRIDAY),
     ("Ich schicke Ihnen gleich: 'Absage bestätigt'.", "de", CANCELLED_FRIDAY),
     ("Your text will say 'Friday 28 Nov, 10:00, Fabian'.", "en", TEXT_FRIDAY)],
)  # fmt: skip
def test_a_message_read_aloud_states_its_outcome_and_promises_the_text(sentence, lang, expected):
    # convention 38: the text beside the outcome; a salon that sends no texts makes it false
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Notiz an den Salon lautet: Rückruf wegen Färben erbeten.", "de"),
     ("My message for the team reads: 'Customer asks about highlights.'", "en")],
)  # fmt: skip
def test_a_note_for_the_salon_read_aloud_is_the_message_taken(sentence, lang):
    assert passes_in(sentence, lang) == {"message"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Falls Sie buchen, steht in der SMS: Termin fest.", "de"),
     ("Nachdem Sie zugesagt haben, steht in der Nachricht: Buchung bestätigt.", "de"),
     ("Once you say yes, the message will read 'Booked'.", "en")],
)  # fmt: skip
def test_a_message_worded_after_a_condition_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("a) eingebucht, b) SMS verschickt.", "de", TEXT_BOOKED),
     ("Punkt 1: stornieren – erledigt. Punkt 2: Rückfragen – keine.", "de", CANCELLED_FRIDAY),
     ("Zusammenfassung: Termin – eingetragen. Tag – Freitag. Uhrzeit – 10 Uhr.", "de",
      BOOKED_FRIDAY),
     ("Overview: appointment – pending. Name – taken.", "en", NOT_BOOKED),
     ("Point 1: the slot is on hold; point 2: booking needs your okay.", "en", {"held", "pending"})],
)  # fmt: skip
def test_a_list_states_every_outcome_of_its_items(sentence, lang, expected):
    # conventions 38 (the text beside a booking) and 8 (a hold beside "not booked yet")
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Erstens Ihr Wunschtag, zweitens die Uhrzeit.", "de"),
     ("Schritt 1 lief gut, Schritt 2 kommt gleich.", "de"),
     ("Step one: your name. Step two: your number.", "en")],
)  # fmt: skip
def test_a_list_of_what_is_needed_or_steps_to_come_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Entschuldigung, im Moment sind Sie nicht eingetragen.", "de"),
     ("Derzeit existiert für Sie keine Buchung.", "de"),
     ("Verzeihen Sie, gebucht ist er doch nicht.", "de"),  # 731: "bestätigt" is true if open
     ("Sorry, at the moment you're not booked in.", "en"),
     ("Right now there's no booking in your name.", "en"),
     ("We have not entered you into the system yet.", "en")],
)  # fmt: skip
def test_a_present_denial_behind_an_apology_or_adverb_is_not_booked(sentence, lang):
    # conventions 5, 33 and 40
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Leider ist Ihre Telefonnummer nicht eingetragen.", "de"),
     ("Sorry, at the moment the card reader isn't working.", "en")],
)  # fmt: skip
def test_a_denial_of_something_else_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Man hat sich schon um alles gekümmert.", "de", SUCCESS),
     ("Das ist bereits erledigt worden.", "de", SUCCESS),
     ("You are in our diary now.", "en", BOOKED_ANY),
     ("Man kümmert sich gleich darum.", "de", EVERYWHERE)],
)  # fmt: skip
def test_impersonal_and_plural_agents_are_the_salon(sentence, lang, expected):
    # convention 84; a bare success is the call's latest outcome (conventions 10, 28)
    assert passes_in(sentence, lang) == expected
