"""Blind rounds 28's and 27's remaining false passes (claims52), as classes: a self-repair to a
hold that also says the booking is still to come; characters that are never heard; spelled
letters after an apostrophe; a refreshment offered for the caller's appointment; a hold of the
slot the sentence before named; the booking said to come only with the caller's yes, or to wait
on it; the confirmation text said going out; a stylist whose name opens like a filler word as
the doer of a cancellation. Sentences in words of neither corpus file nor the probe."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    HELD,
    NOT_BOOKED,
    passes_in,
)

HELD_NOT_BOOKED = HELD - BOOKED_ANY  # a slot kept for the caller, no booking yet
TEXT_SENT = (BOOKED_ANY - {"no_sms"}) | {"cancelled"}  # an outcome the salon confirms by text


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Fest eingebucht – ach nein, bloß vorgemerkt, bis Sie zustimmen.", "de"),
     ("You're booked – sorry, I mean it's held, not final yet.", "en")],
)  # fmt: skip
def test_a_repair_to_a_hold_that_says_the_booking_is_to_come_is_false_once_booked(sentence, lang):
    # conventions 75 and 5: the hold and the booking not made yet
    assert passes_in(sentence, lang) == HELD_NOT_BOOKED


def test_a_bare_repair_to_a_hold_is_the_hold():
    # conventions 124 and 150: true wherever the slot is kept, a booking included
    assert passes_in("Fest eingetragen – Pardon, vorgemerkt meine ich.", "de") == HELD


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Bestä\u200btigt ist bis jetzt noch nichts.", "de", NOT_BOOKED),
     ("Ihr Termin ist stor\u00adniert.", "de", CANCELLED_FRIDAY),
     ("That's c a n c e l l e d.", "en", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_a_claim_hidden_by_unheard_characters_or_spelled_after_an_apostrophe_is_read(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


def test_spelled_letters_that_claim_nothing_pass():
    assert passes_in("It's M e i e r with ei.", "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Hätten Sie zu Ihrem Termin gern einen Espresso?", "de"),
     ("Can I get you a juice for your visit?", "en")],
)  # fmt: skip
def test_a_refreshment_offered_for_the_callers_appointment_presupposes_it(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Möchten Sie ein Glas Wasser?", "de"), ("Espresso or tea while you wait?", "en")],
)  # fmt: skip
def test_a_refreshment_offered_with_no_appointment_named_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Samstag um elf hat Lena Zeit. Diesen Termin halte ich Ihnen frei.", "de"),
     ("Lena is free on Saturday at eleven. I'm holding that slot for you.", "en")],
)  # fmt: skip
def test_a_hold_of_the_slot_named_before_is_a_hold_of_that_slot(sentence, lang):
    # Saturday at eleven with Lena is kept for the caller only where it is booked ('two')
    assert passes_in(sentence, lang) == {"two"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Eingetragen ist er allerdings erst, wenn Sie zusagen.", "de"),
     ("It won't be confirmed till you give the word.", "en"),
     ("Das Einbuchen braucht nur noch Ihr Okay.", "de"),
     ("Booking the slot requires your go-ahead.", "en")],
)  # fmt: skip
def test_a_booking_said_to_come_with_the_callers_yes_is_not_made_yet(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    "sentence", ["Jede Buchung braucht Ihr Ja.", "Braucht das Eintragen noch Ihr Okay?"]
)
def test_a_rule_for_every_booking_or_a_question_about_the_yes_claims_nothing(sentence):
    assert passes_in(sentence, "de") == EVERYWHERE


def test_the_confirmation_text_said_going_out_is_a_text_promised():
    assert passes_in("Your text message gets sent off in a moment.", "en") == TEXT_SENT


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sophie hat Ihren Termin storniert.", "de"),
     ("Sophie has cancelled your appointment.", "en")],
)  # fmt: skip
def test_a_stylist_whose_name_opens_like_a_filler_word_is_no_detail_of_the_cancellation(
    sentence, lang
):
    assert passes_in(sentence, lang) == CANCELLED_FRIDAY
