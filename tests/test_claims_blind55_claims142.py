"""claims142's classes (issue 9, blind 55's terse, small and eager voices), in words of neither
corpus file. A terse answer is read with the caller's words: the slot answering a question about
the caller's other appointment is that appointment; a verbless slot with "– ok?" answering a
request for a slot offers it (the caller's own slot said back is an echo check), with "– buchen?"
it offers it for booking; "Offen." / "Unclear." answering "booked or not?" says the outcome is
open; "Salon ruft an." promises a callback; "Sag ich ihr." passes the caller's words on. "You're
off Friday" cancels Friday; "alles wie gehabt" / "still on" say the appointment stands. A short
weekday before an hour in words or after a parting is the weekday, its bare number the hour. Two
alternatives found in one sentence are both offered. A small model's "Nachricht genommen" is a
message taken, its "is send" / "is not approve your request" the standard perfect."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    passes_in,
)

TWO = {"two"}
OFFERED_THURSDAY = {"offered", "moved"}  # Thursday 15:00 with Fabian offered, or the move's place
CALLBACK = {
    "message",
    "unknown",
}  # a callback message taken; the salon calls when the answer is lost
MESSAGE = {"message"}
PENDING = {"pending"}
STANDS = BOOKED_FRIDAY
NOT_CANCELLED = EVERYWHERE - CANCELLED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Samstag, elf Uhr, bei Lena.", "de", "Und der zweite Termin, wann ist der?"),
     ("Saturday at eleven with Lena.", "en", "And the other appointment?"),
     ("Sat 11 a.m. with Lena.", "en", "What about the second one?")],
)  # fmt: skip
def test_the_slot_answering_the_callers_other_appointment_claims_it(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == TWO


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Do 15 Uhr bei Fabian – gut?", "de", "Geht bei Ihnen auch Donnerstag?", OFFERED_THURSDAY),
     ("Thursday, 3 p.m., Fabian — works for you?", "en", "Anything on Thursday?",
      OFFERED_THURSDAY),
     ("Do 15 Uhr, Fabian – eintragen?", "de", "Donnerstag um drei bei Fabian?", OFFERED_THURSDAY),
     ("Thu 3 p.m., Fabian — book it?", "en", "Thursday at three with Fabian?", OFFERED_THURSDAY),
     # the caller's own slot said back: an echo check (D14), no offer
     ("Donnerstag, 15 Uhr, Fabian – okay?", "de", "Ich möchte Donnerstag um 15 Uhr bei Fabian.",
      EVERYWHERE)],
)  # fmt: skip
def test_a_slot_with_a_question_tail_offers_what_the_caller_did_not_name(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Okay, you're off Friday now.", "en", "Cancel my Friday, please.", CANCELLED_FRIDAY),
     ("Gut, Sie sind für Freitag raus.", "de", "Bitte den Freitag absagen.", CANCELLED_FRIDAY),
     ("Fabian is off Friday, I'm afraid.", "en", "Does Fabian work Fridays?", EVERYWHERE)],
)  # fmt: skip
def test_the_caller_said_off_a_day_is_the_cancellation(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Noch unklar.", "de", "Bin ich nun gebucht oder nicht?", NOT_BOOKED | {"unknown"}),
     ("Still unknown, sorry.", "en", "Am I booked or not?", NOT_BOOKED | {"unknown"}),
     ("Ja, wir haben heute bis 18 Uhr offen.", "de", "Haben Sie heute offen?", EVERYWHERE)],
)  # fmt: skip
def test_an_open_outcome_said_in_a_word_answers_the_booking_question(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Salon ruft Sie zurück.", "de", CALLBACK),
     ("Der Salon ruft morgen an.", "de", CALLBACK),
     ("Salon will call back tomorrow.", "en", CALLBACK),
     ("The salon will call Fabian about it.", "en", EVERYWHERE),
     ("Rufen Sie bitte den Salon an.", "de", EVERYWHERE)],
)  # fmt: skip
def test_the_salon_said_to_call_is_a_callback(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Klar, sag ich ihm.", "de", "Sagen Sie Fabian, dass ich später komme?", MESSAGE),
     ("Sure, I'll tell him right away.", "en", "Can you tell Fabian I'm late?", MESSAGE),
     ("Das sag ich Ihnen gleich.", "de", "Was kostet das?", EVERYWHERE),
     ("I'll tell you in a moment.", "en", "What's the price?", EVERYWHERE)],
)  # fmt: skip
def test_the_callers_words_promised_to_a_stylist_are_a_message(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Nein, es ist alles wie gehabt.", "de", "Haben Sie etwas verschoben?", STANDS),
     ("Nope, it's still on.", "en", "Did you cancel my appointment?", STANDS),
     ("Die Öffnungszeiten sind wie gehabt.", "de", "Haben Sie noch die gleichen Zeiten?",
      EVERYWHERE),
     ("Sorry, I'm still on the other line.", "en", "Hello?", EVERYWHERE)],
)  # fmt: skip
def test_all_as_before_says_the_appointment_stands(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Bis Fr, halb elf!", "de", "Nein, danke.", set()),  # Friday 10:30: no state holds it
     ("See you Fri, 10!", "en", "No, thanks.", BOOKED_FRIDAY),
     ("Bis Fr, zehn Uhr!", "de", "Nein, danke.", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_short_weekday_before_an_hour_in_words_or_after_a_parting_is_the_weekday(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich habe zwei Alternativen gefunden: Donnerstag um 15 Uhr bei Fabian oder Samstag um 11 Uhr "
      "bei Lena.", "de"),
     ("Sadly not, but I found two alternatives: Thursday at 3 p.m. with Fabian or Saturday at 11 "
      "a.m. with Lena.", "en")],
)  # fmt: skip
def test_two_alternatives_found_in_one_sentence_are_both_offered(sentence, lang):
    assert passes_in(sentence, lang) == {"offered"}


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich habe für Lena eine Nachricht genommen.", "de", MESSAGE),
     ("Ich habe mir dafür Zeit genommen.", "de", EVERYWHERE),
     ("Your request is send to the salon, they must approve it first.", "en", PENDING),
     ("The salon is not approve your request so far, it is waiting.", "en", PENDING)],
)  # fmt: skip
def test_a_small_models_calques_claim_what_the_standard_words_claim(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Leider noch nicht gebucht.", "de", "Bin ich drin?", NOT_BOOKED),
     ("Sorry, not booked yet.", "en", "Am I in?", NOT_BOOKED)],
)  # fmt: skip
def test_a_fragment_without_its_copula_claims_what_the_full_sentence_claims(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected
