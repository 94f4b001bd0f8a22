"""Blind round 20, part A: what the agent says about the caller's appointment (claims33).

Stated in sentences of neither the blind file nor its probes. The call is the corpus's: now is
Wednesday 26 November 2025, the call's appointment Friday 28 November 10:00 with Fabian
(Dauerwelle) in state "booked", nothing in state "nothing".
"""

from __future__ import annotations

import dataclasses

import pytest

from agent.claims import decide
from agent.claims.caller_asks import asks_about_appointment
from tests.corpus.claims_corpus import facts


def _passes(sentence: str, state: str, lang: str = "de", caller: str = "") -> bool:
    return decide(sentence, dataclasses.replace(facts(state, lang), caller=caller)).passes


# -- the caller's question, read by meaning ----------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "Um wie viel Uhr hatte ich meinen Termin noch mal?",
        "Ich wollte nur fragen, ob ich am Freitag eingetragen bin.",
        "Bin ich bei Ihnen schon gebucht?",
        "Which day is my booking on?",
        "Could you tell me when my appointment is?",
        "Am I down for anything this week?",
    ],
)
def test_a_question_about_an_appointment_the_caller_has_is_recognised(words):
    assert asks_about_appointment(words)


@pytest.mark.parametrize(
    "words",
    [
        "Ich würde gern am Freitag um zehn zur Dauerwelle kommen.",
        "Haben Sie am Freitag vormittags noch etwas frei?",
        "Kann ich meinen Termin auf Donnerstag verlegen?",
        "I'd like to book a perm with Fabian for Friday morning.",
        "Is there anything free on Friday?",
        "Ja, passt.",
        "",
    ],
)
def test_a_request_an_availability_question_or_a_change_is_no_such_question(words):
    assert not asks_about_appointment(words)


# -- a verbless slot means what the caller asked -------------------------------------------------

ASKED_DE = "Sagen Sie mal, wann bin ich nochmal bei Ihnen dran?"
ASKED_EN = "Sorry, which day was my appointment?"
WISHED_DE = "Ich möchte gern eine Dauerwelle, Freitag um zehn bei Fabian."


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [
        ("Freitags um zehn, bei Herrn Spitzer.", "de", ASKED_DE),
        ("Das ist der Freitag, zehn Uhr.", "de", ASKED_DE),
        ("Kurz nachgesehen – Freitag, 10 Uhr.", "de", ASKED_DE),
        ("Friday, ten a.m., with Fabian.", "en", ASKED_EN),
        ("One sec… that's Friday, 10 o'clock.", "en", ASKED_EN),
    ],
)
def test_a_slot_answering_the_question_is_a_booking_claim(sentence, lang, caller):
    assert not _passes(sentence, "nothing", lang, caller)
    assert _passes(sentence, "booked", lang, caller)


def test_the_answer_is_held_against_the_appointment_it_names():
    assert not _passes("Samstag um zehn, bei Fabian.", "booked", "de", ASKED_DE)
    assert not _passes("Freitag um drei.", "booked", "de", ASKED_DE)


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [
        ("Gut: Freitag, zehn Uhr, bei Fabian.", "de", WISHED_DE),
        ("Dauerwelle am Freitag um zehn bei Fabian – ich schaue kurz.", "de", WISHED_DE),
        ("Friday, ten a.m., with Fabian.", "en", "A perm on Friday at ten with Fabian, please."),
        ("Freitags um zehn, bei Herrn Spitzer.", "de", ""),
    ],
)
def test_the_same_slot_recapping_a_request_or_with_no_caller_words_claims_nothing(
    sentence, lang, caller
):
    for state in ("nothing", "held", "booked", "failed"):
        assert _passes(sentence, state, lang, caller), state


def test_after_the_question_an_offer_a_denial_or_a_question_is_not_read_as_the_answer():
    assert _passes("Am Donnerstag um drei wäre aber noch etwas frei.", "offered", "de", ASKED_DE)
    assert _passes("Ich sehe nach – einen Moment bitte.", "nothing", "de", ASKED_DE)
    assert _passes("Meinen Sie den Freitag um zehn?", "nothing", "de", ASKED_DE)


# -- the caller's appointment as theirs or as settled -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Ihre Dauerwelle am Freitag übernimmt Fabian persönlich.", "de"),
        ("Zu Ihrem Termin am Freitag bringen Sie bitte etwas Geduld mit.", "de"),
        ("Soll ich Ihren Termin am Freitag lieber absagen?", "de"),
        ("Laut unserem Kalender: Freitag, zehn Uhr.", "de"),
        ("Your perm on Friday is with Fabian.", "en"),
        ("Should I cancel your Friday booking, then?", "en"),
    ],
)
def test_an_appointment_named_as_the_callers_is_a_booking_claim(sentence, lang):
    assert not _passes(sentence, "nothing", lang)
    assert _passes(sentence, "booked", lang)


def test_an_appointment_still_to_be_made_is_not_claimed_by_its_possessive():
    # an offer to act on the held slot (convention 2), not a booking said to exist
    assert _passes("Shall I book your Friday slot now?", "held", "en")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Die Dauerwelle am Freitag dauert bei Fabian gut zwei Stunden.", "de"),
        ("Die Dauerwelle am Freitag zahlen Sie dann einfach an der Kasse.", "de"),
        ("The perm on Friday costs about 85 euros.", "en"),
        ("Bitte am Freitag die Haare vorher nicht mehr waschen.", "de"),
        ("If you're cycling in on Friday, there's a rack by the door.", "en"),
    ],
)
def test_prices_durations_and_instructions_for_a_named_days_visit_presuppose_it(sentence, lang):
    assert not _passes(sentence, "nothing", lang)
    assert _passes(sentence, "booked", lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Wenn Sie einen Termin bei uns haben, parken Sie am besten im Hof.", "de"),
        ("Eine Dauerwelle dauert in der Regel gut zwei Stunden.", "de"),
        ("If you have a booking with us, please bring a mask.", "en"),
    ],
)
def test_a_general_or_conditional_rule_claims_nothing(sentence, lang):
    for state in ("nothing", "booked"):
        assert _passes(sentence, state, lang), state


def test_an_end_time_is_the_visits_end_not_its_start():
    assert _passes("Ihre Dauerwelle am Freitag dauert bis etwa 12:15 Uhr.", "booked")
    assert _passes("Your Friday appointment goes on until about 12:15.", "booked", "en")
    assert not _passes("Your Friday appointment goes on until about 12:15.", "nothing", "en")


def test_no_appointment_found_is_not_booked():
    for sentence, lang in (
        ("Ich sehe unter Ihrem Namen keinen gebuchten Termin.", "de"),
        ("Momentan haben Sie bei uns gar keinen Termin.", "de"),
        ("You don't currently have an appointment with us.", "en"),
    ):
        assert _passes(sentence, "nothing", lang)
        assert not _passes(sentence, "booked", lang)


def test_a_search_reported_without_booked_and_the_day_of_a_verb_claim_nothing():
    # the gated splits' labels of these wordings (blind 4, 8; tune)
    for state in ("nothing", "booked"):
        assert _passes("Unter dieser Nummer finde ich leider keinen Termin.", state), state
        assert _passes("Die Wäsche dauert am Freitag etwas länger als sonst.", state), state


def test_a_named_slot_offered_as_do_you_want_is_an_offer():
    assert not _passes("Möchten Sie Freitag um zehn bei Fabian?", "nothing")
    assert _passes("Möchten Sie Freitag um zehn bei Fabian?", "offered") is False  # not offered
    assert _passes("Möchten Sie Donnerstag um drei bei Fabian?", "offered")
    assert _passes("Would you like Saturday at eleven with Lena?", "offered", "en")


def test_a_reminder_given_now_is_no_reminder_promised():
    assert _passes("Nur zur Erinnerung: Freitag um zehn bei Fabian.", "booked")
    assert not _passes("Nur zur Erinnerung: Freitag um zehn bei Fabian.", "nothing")
    assert not _passes("Wir schicken Ihnen zur Erinnerung am Donnerstag eine SMS.", "booked")
