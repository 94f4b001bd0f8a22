"""Long replies' second claims and words borrowed into English (claims162, blind rounds 55-56):
a request waiting on the salon said in a clause beside a "not confirmed yet" (the negation is
the first clause's), with the day of a topic set up before it; the visit's end told after its
start ("lasts from ten until eleven"); a statement in round brackets, said beside a sentence's
condition or inside its predicate; the appointment's details offered again in any verb of
saying; "Nachricht" and "zurückrufen" in an English reply; a text the caller "has had"; the slot
the speaker "has here"; the salon that "has approved it". Neutral twins: a condition anywhere
in the sentence, a bracket that names nothing, details that are not the appointment's, a
German noun that promises nothing, something else had, a free slot had. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, passes_in

NEVER: set[str] = set()
TEXT_SENT = {"booked", "cancelled", "moved", "two"}  # a text went out for the call's outcome


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Noch nicht bestätigt, wir warten auf den Salon.", "de"),
     ("Was den Freitag angeht: noch nicht bestätigt, wir warten auf den Salon.", "de"),
     ("Not confirmed yet, we're still waiting on the salon.", "en")],
)  # fmt: skip
def test_waiting_on_the_salon_beside_not_confirmed_yet_is_the_request_pending(sentence, lang):
    assert passes_in(sentence, lang) == {"pending"}


def test_the_topics_day_is_the_pending_requests():
    sentence = "Was den Samstag angeht: noch nicht bestätigt, wir warten auf den Salon."
    assert passes_in(sentence, "de") == NEVER  # no request waits for Saturday


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Falls es bis Mittag nicht bestätigt ist, warten wir auf den Salon.", "de"),
     ("If it isn't confirmed by noon, we're waiting on the salon.", "en")],
)  # fmt: skip
def test_a_condition_anywhere_in_the_sentence_states_no_waiting(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_the_visits_end_after_its_start_is_held_to_the_appointment():
    assert passes_in("Your appointment lasts from ten until eleven.", "en") == NEVER
    assert passes_in("Your appointment lasts from ten until a quarter past twelve.", "en") == {
        "booked",
        "two",
        "no_sms",
    }


def test_a_bracketed_statement_is_said_beside_the_sentences_condition():
    sentence = "Wenn Sie Fragen haben, rufen Sie an (der Link steht in der SMS)."
    assert passes_in(sentence, "de") == TEXT_SENT


def test_a_bracketed_denial_keeps_the_predicate_outside_it():
    sentence = "Vorgemerkt (aber noch nicht gebucht) ist der Freitag um zehn bei Fabian."
    assert passes_in(sentence, "de") == {"held", "pending"}


def test_a_bracket_that_names_nothing_of_the_appointment_changes_nothing():
    sentence = "Rufen Sie uns an, wenn Sie Fragen haben (wir sind bis 18 Uhr da)."
    assert passes_in(sentence, "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Soll ich Ihnen die Termindaten noch einmal ansagen?", "de", BOOKED_ANY),
     ("Shall I read out your booking details once more?", "en", BOOKED_ANY),
     ("Soll ich Ihnen die Öffnungszeiten nochmal durchsagen?", "de", EVERYWHERE),
     ("Shall I read out the opening hours again?", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_appointments_details_offered_again_presuppose_it(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("I'll pass a Nachricht to the salon.", {"message"}),
     ("Fabian will zurückrufen you tomorrow.", {"message", "unknown"}),
     ("Thanks for your Nachricht about the parking.", EVERYWHERE)],
)  # fmt: skip
def test_german_message_words_in_an_english_reply(sentence, expected):
    assert passes_in(sentence, "en") == expected


def test_a_text_the_caller_has_had_is_the_text_sent():
    assert passes_in("You've had a text for both appointments.", "en") == {"two"}
    assert passes_in("You had a haircut last week.", "en") == EVERYWHERE


def test_the_slot_the_speaker_has_here_is_the_callers_booking():
    assert passes_in("I have Friday at ten here, not Saturday.", "en") == BOOKED_FRIDAY
    assert passes_in("I have Saturday at eleven with Lena here.", "en") == {"two"}


def test_a_free_slot_had_is_an_offer_not_a_booking():
    offered = passes_in("I have Friday at ten free here.", "en")
    assert {"held", "pending", "cancelled"} <= offered  # Friday 10:00 not booked there


def test_the_salon_that_has_approved_it_says_the_request_went_through():
    # a request approved is a booking (the lead's answer to claims162): not true of a cancellation
    assert passes_in("The salon has approved it in the meantime.", "en") == BOOKED_ANY
    assert passes_in("The salon hasn't approved it yet.", "en") == {"pending"}
