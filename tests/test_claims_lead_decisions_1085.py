"""The lead's decisions D18-D23 (conventions 1085-1090, claims144), D14's echo narrowed
(convention 1054) and the splitters' abbreviations (issue 9), as classes: a bare "steht" beside a
yes is the booking; a question to say the appointment's details again presupposes it; a question
offering one named slot offers it; a text said done beside the booking is the text sent; a
reference given for queries is the booking's; details only said back to the caller's echo claim
nothing, with a yes they are the claim; "a.m.", "p.m." and a title inside a sentence end none.
Sentences in words of no corpus file."""

from __future__ import annotations

import pytest

from agent.guard.sentences import sentences_of, split_sentences
from tests.claims_support import BOOKED_ANY, EVERYWHERE, SUCCESS, passes_in

THURSDAY_AT_THREE_FREE = frozenset({"moved", "offered"})  # the move's new place, or offered
SATURDAY_AT_ELEVEN_FREE = frozenset({"offered", "two"})  # offered, or Lena's booking in `two`
BOOKED_AND_TEXTED = BOOKED_ANY - {"no_sms"}  # a booking, in a salon that texts confirmations
WITH_LENA = frozenset({"two"})  # Saturday's highlights with Lena


@pytest.mark.parametrize(
    ("sentence", "caller", "expected"),
    [("Jo, steht.", "", BOOKED_ANY),
     ("Steht, genau!", "Ist das jetzt durch?", BOOKED_ANY),
     ("Passt, alles klar, steht.", "", BOOKED_ANY),
     # no yes, no fit word: the bare success (convention 28), true after a cancellation too
     ("Okay, steht.", "", SUCCESS)],
)  # fmt: skip
def test_a_bare_steht_beside_a_yes_is_the_booking(sentence, caller, expected):
    assert passes_in(sentence, "de", caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Soll ich Ihnen die Termindaten noch einmal sagen?", "de", BOOKED_ANY),
     ("Shall I repeat the appointment details?", "en", BOOKED_ANY),
     # a question inviting the caller's own questions names nothing (1050)
     ("Gibt es zu Ihrem Termin sonst noch Fragen?", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_question_to_say_the_appointments_details_again_presupposes_it(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Wäre Donnerstag um drei für Sie möglich?", "de", THURSDAY_AT_THREE_FREE),
     ("Ist Samstag um elf gut für Sie?", "de", SATURDAY_AT_ELEVEN_FREE),
     ("Is Saturday at eleven good for you?", "en", SATURDAY_AT_ELEVEN_FREE)],
)  # fmt: skip
def test_a_question_offering_one_named_slot_offers_it(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_the_text_said_done_beside_the_booking_is_the_text_sent():
    assert passes_in("Gebucht, und die SMS sind erledigt.", "de") == BOOKED_AND_TEXTED


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Bei Rückfragen die Nr. 4711.", "de", BOOKED_ANY),
     ("For questions, your reference is 4711.", "en", BOOKED_ANY),
     # the salon's telephone number for queries is no reference
     ("Die Nummer für Rückfragen ist 030 12345678.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_reference_given_for_queries_is_the_bookings(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Freitag, Frau Evans.", "de", "Freitag, nicht Donnerstag?", EVERYWHERE),
     ("Saturday, Mr. Lee.", "en", "Saturday, not Sunday?", EVERYWHERE),
     # with a yes, or words of its own, the answer is the claim
     ("Yes, with Fabian.", "en", "Fabian, right?", BOOKED_ANY),
     ("Ja, mit Lena.", "de", "Mit Lena, ja?", WITH_LENA),
     ("With Fabian, yes.", "en", "With the tall one, Fabian?", BOOKED_ANY)],
)  # fmt: skip
def test_details_only_said_back_to_the_callers_echo_claim_nothing(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("text", "spoken"),
    [("Thanks, Jordan, booking Friday at 10 a.m. now.",
      ["Thanks, Jordan, booking Friday at 10 a.m. now."]),
     ("Great, thank you, Mr. Porter, you're in.", ["Great, thank you, Mr. Porter, you're in."]),
     ("Ihr Termin ist am Freitag um 10 a.m. Danke!",
      ["Ihr Termin ist am Freitag um 10 a.m.", "Danke!"])],
)  # fmt: skip
def test_a_clock_or_a_title_inside_a_sentence_ends_none(text, spoken):
    assert sentences_of(text) == spoken


def test_the_stream_releases_the_sentence_as_soon_as_the_word_after_a_m_starts():
    assert split_sentences("Booked for 10 a.m. ") == ([], "Booked for 10 a.m. ")
    assert split_sentences("Booked for 10 a.m. Anything") == (["Booked for 10 a.m."], " Anything")
