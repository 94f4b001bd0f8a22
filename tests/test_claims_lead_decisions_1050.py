"""The lead's decisions D10-D17 (conventions 1050-1057, claims139), as classes: a question about
the caller's appointment naming nothing claims nothing, one offering something for it presupposes
it; "steht noch" / "still there" of the appointment is that it stands; a bare done-word answering
a request to book is the booking; details said back with no verb, and "Und?", claim nothing; the
old place said released presupposes the move; the caller's claim echoed and then checked claims
nothing. Sentences in words of no corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, passes_in

STANDS = frozenset({"booked", "two", "no_sms"})  # the appointment as it was, not a move's new place
BOOKED_ANY_PLACE = frozenset({"booked", "moved", "two", "no_sms"})
STANDS_NOT_CANCELLED = STANDS  # a booking that is no move's new place, and nothing cancelled
MOVED = frozenset({"moved"})


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Gibt es zu Ihrem Termin noch Fragen?", "de"),
     ("Wollen Sie zu Ihrem Termin sonst noch etwas wissen?", "de"),
     ("Do you have any other questions about your booking?", "en"),
     ("Any more questions on your appointment?", "en")],  # blind 27's spec read it booked
)  # fmt: skip
def test_a_question_about_the_appointment_naming_nothing_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Darf ich Ihnen zu Ihrem Termin einen Cappuccino bereitstellen?", "de", BOOKED_ANY_PLACE),
     ("Shall I put a glass of water out for your appointment?", "en", BOOKED_ANY_PLACE),
     ("Haben Sie zu Ihrem Termin am Freitag noch Fragen?", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_an_offer_for_the_appointment_or_a_detail_named_presupposes_it(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Abgesagt? Nein, er steht noch.", "de", ""),
     ("Keine Angst, Ihr Termin steht also noch.", "de", ""),
     ("Der Termin besteht noch, da ist nichts storniert.", "de", ""),
     ("Gelöscht? Nein, er ist noch da.", "de", ""),
     ("Removed? No, it's still there.", "en", ""),
     ("Nothing got deleted, your appointment is definitely still there.", "en", ""),
     ("Ja, steht noch.", "de", "Steht mein Termin eigentlich noch?")],
)  # fmt: skip
def test_still_there_of_the_appointment_is_that_it_stands(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == STANDS_NOT_CANCELLED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Zusage steht noch aus.", "de"),
     ("Das steht noch nicht fest.", "de"),
     ("Hello, are you still there?", "en")],
)  # fmt: skip
def test_steht_noch_aus_and_the_caller_still_on_the_line_are_not_the_appointment(sentence, lang):
    assert passes_in(sentence, lang) != STANDS


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Gemacht.", "de", "Dann tragen Sie mich bitte für Freitag um zehn ein.", BOOKED_FRIDAY),
     ("Sorted.", "en", "Go ahead and book me for Friday at ten, please.", BOOKED_FRIDAY),
     ("Erledigt!", "de", "Buchen Sie das bitte.", BOOKED_ANY_PLACE),
     # a done-word after a request to cancel keeps convention 28's bare success
     ("Done.", "en", "Please cancel my appointment.", BOOKED_ANY_PLACE | {"cancelled"})],
)  # fmt: skip
def test_a_bare_done_word_answering_a_request_to_book_is_the_booking(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Samstag, Herr Becker.", "de", "Ich möchte meinen Termin am Samstag absagen."),
     ("So, Saturday at eleven?", "en", "I need to cancel Saturday."),
     ("Und?", "de", ""),
     ("And?", "en", "")],
)  # fmt: skip
def test_details_said_back_without_a_verb_and_a_bare_and_claim_nothing(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr ursprünglicher Platz wurde damit freigegeben.", "de"),
     ("Der bisherige Termin ist jetzt für andere Kunden frei.", "de"),
     ("Your original slot has been released to other clients.", "en"),
     ("Your previous booking was freed up automatically.", "en")],
)  # fmt: skip
def test_the_old_place_said_released_presupposes_the_move(sentence, lang):
    assert passes_in(sentence, lang) == MOVED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Beim Verschieben wird der alte Termin immer erst freigegeben, wenn der neue steht.", "de"),
     ("The old slot is only released once the new one is confirmed.", "en")],
)  # fmt: skip
def test_the_general_rule_of_a_release_claims_no_move(sentence, lang):
    assert passes_in(sentence, lang) != MOVED


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Sie sind schon eingetragen? Moment, da sehe ich nach.", "de", "Ich bin doch längst eingetragen!"),
     ("You've already got a booking? One second, I'll look.", "en", "But I've already got a booking!"),
     ("Schon storniert, sagen Sie? Ich prüfe das kurz.", "de", "Der ist doch schon storniert!")],
)  # fmt: skip
def test_the_callers_claim_echoed_then_checked_claims_nothing(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Ja, er bleibt.", "de", "", STANDS),
     ("No, we didn't.", "en", "You didn't cancel my appointment, did you?", EVERYWHERE - {"cancelled"}),
     ("Richtig.", "de", "Liegt mein Termin jetzt bei Mehmet?", frozenset())],
)  # fmt: skip
def test_blind_44s_short_answers_by_class(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected
