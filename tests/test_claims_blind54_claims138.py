"""Blind round 54's leftovers (claims138), as classes. Abbreviations a model writes with a full
stop inside a sentence are read as the words they shorten: a number noun alone or as a compound's
last part ("Buchungsnr.", "Storno-Nr.", "booking no.", "ref."), a title before a stylist's surname
("Hr. Spitzer"), an example marker in an offer ("z. B.", "e.g.", set off by commas or not). The
stop no longer cuts the sentence, "no." no longer reads as the answer "no". Each beside its
neutral twin: a phone number, a house number, the answer "No." itself. Sentences in words of
neither corpus file (blind 54, probe 54b)."""

from __future__ import annotations

import pytest

from agent.claims.normalize import normalize
from agent.guard.sentences import sentences_of
from tests.claims_support import BOOKED_ANY, CANCELLED_FRIDAY, EVERYWHERE, SUCCESS, passes_in

# Friday at ten named free: kept for the caller, or the caller's own, or freed by the call (2, 480)
AVAILABLE_FRIDAY = frozenset({"booked", "cancelled", "held", "moved", "no_sms", "pending", "two"})


@pytest.mark.parametrize(
    ("written", "read"),
    [("Ihre Buchungsnr. lautet 9034.", "ihre buchungsnummer lautet 9034."),
     ("Ihre Storno-Nr. lautet 9034.", "ihre stornonummer lautet 9034."),
     ("Die Nr. 9034 bitte angeben.", "die nummer 9034 bitte angeben."),
     ("Your booking ref. is 9034.", "your booking reference is 9034."),
     ("Quote no. 9034, please.", "quote number 9034, please."),
     ("Your cancellation no. is 9034.", "your cancellation number is 9034."),
     ("Bei Hr. Spitzer geht es.", "bei herr spitzer geht es."),
     ("Er kann z. B. um zehn.", "er kann zum beispiel um zehn."),
     ("He can, e.g., do ten.", "he can for example do ten."),
     ("Er kann, zum Beispiel, um zehn.", "er kann zum beispiel um zehn."),
     # a sentence's own end, the answer "No.", a day's abbreviation: as they were
     ("No. I'm sorry.", "no. i'm sorry."),
     ("The answer is no.", "the answer is no."),
     ("Am Fr. um zehn.", "am fr. um zehn.")],
)  # fmt: skip
def test_an_abbreviation_inside_a_sentence_is_read_as_the_word_it_shortens(written, read):
    assert normalize(written) == read


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Ihre Buchungsnr. lautet 9034.", "de", "Gut, dann so.", BOOKED_ANY),
     ("Your booking ref. is 9034.", "en", "Great, do that.", BOOKED_ANY),
     ("Your booking no. is 9034.", "en", "Great, do that.", BOOKED_ANY),
     # a bare number confirms any outcome (200), a cancellation's is the cancellation (1000)
     ("Your confirmation no. is 9034.", "en", "Great, do that.", SUCCESS),
     ("Ihre Storno-Nr. lautet 9034.", "de", "Ja, bitte stornieren.", CANCELLED_FRIDAY),
     # a number that is no outcome
     ("Unsere Telefonnr. lautet 030 9034.", "de", "Wie erreiche ich Sie?", EVERYWHERE),
     ("Our phone no. is 020 9034.", "en", "How do I reach you?", EVERYWHERE)],
)  # fmt: skip
def test_a_booking_number_abbreviated_keeps_the_role_it_is_named_by(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Hr. Spitzer hätte am Freitag um 10 Uhr Zeit.", "de", "Geht Freitag bei Herrn Spitzer?", AVAILABLE_FRIDAY),
     ("Am Freitag ginge z. B. 10 Uhr bei Fabian.", "de", "Geht Freitag bei Fabian?", AVAILABLE_FRIDAY),
     ("Fabian has, e.g., Friday at 10 a.m. free.", "en", "Anything with Fabian on Friday?", AVAILABLE_FRIDAY),
     ("Fabian could do Friday at, for instance, 10 a.m.", "en", "Anything with Fabian on Friday?", AVAILABLE_FRIDAY)],
)  # fmt: skip
def test_an_offer_with_a_title_or_an_example_marker_is_the_offer(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("text", "spoken"),
    [("Ihre Buchungsnr. lautet 9034, bis bald!", ["Ihre Buchungsnr. lautet 9034, bis bald!"]),
     ("Your booking ref. is in the text. See you!", ["Your booking ref. is in the text.", "See you!"]),
     ("Er kann z. B. um zehn. Passt das?", ["Er kann z. B. um zehn.", "Passt das?"]),
     ("Your confirmation no. is on the text. Bye!", ["Your confirmation no. is on the text.", "Bye!"]),
     # the answer "No." and a capital after a letter's stop end their sentence
     ("No. I'm sorry.", ["No.", "I'm sorry."]),
     ("Plan A. Gut.", ["Plan A.", "Gut."])],
)  # fmt: skip
def test_the_guard_speaks_a_sentence_with_an_abbreviation_whole(text, spoken):
    assert sentences_of(text) == spoken


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Ja, bei Fabian, genau.", "de", "Also bei Fabian, ja?", BOOKED_ANY),
     ("Fabian, yes, that's right.", "en", "Fabian, correct?", BOOKED_ANY),
     # the stylist said back to a wish for a change is no check of the appointment
     ("Zu Fabian, ja, einen Moment bitte.", "de", "Kann ich zu Fabian wechseln?", EVERYWHERE)],
)  # fmt: skip
def test_the_stylist_confirmed_to_the_callers_echo_of_it_is_the_booking(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


PENDING = frozenset({"pending"})


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Im Moment haben Sie nur eine Anfrage, noch keinen festen Termin.", "de", "Bin ich jetzt drin?", PENDING),
     ("Kurz gesagt: Sie haben eine Terminanfrage beim Salon.", "de", "Bin ich jetzt drin?", PENDING),
     ("For now you've got a request in with the team.", "en", "Am I in now?", PENDING),
     # a request asked about or conditional claims nothing
     ("Haben Sie schon eine Anfrage geschickt?", "de", "Ich wollte was anfragen.", EVERYWHERE),
     ("If you have a request in, the salon will see it.", "en", "I wanted to ask for something.", EVERYWHERE)],
)  # fmt: skip
def test_a_request_said_as_the_callers_own_is_the_request_with_the_salon(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


THU_15_FREE = frozenset({"offered", "moved"})  # offered, or the caller's own (480)


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Donnerstag hätte Fabian um 15 Uhr einen Termin.", "de", "Und Donnerstag?", THU_15_FREE),
     ("Bei Fabian hätte ich Donnerstag um 15 Uhr eine Lücke.", "de", "Und Donnerstag?", THU_15_FREE),
     # a chance gone, or the place asked about, offers nothing
     ("Donnerstag um 15 Uhr hätte Fabian einen Termin gehabt.", "de", "Und Donnerstag?", EVERYWHERE),
     ("Hätte Fabian Donnerstag um 15 Uhr einen Termin?", "de", "Und Donnerstag?", EVERYWHERE)],
)  # fmt: skip
def test_a_place_in_the_conditional_is_the_place_offered(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected
