"""Claims the reader missed in blinds 58, 59, 47 and 40 (claims175, issue 9), each with where it is
false, where it is true, and a neutral twin in the same words. Call states: `booked` has Friday
28.11. 10:00 with Fabian; `moved` has it moved to Thursday 15:00; `two` adds Saturday 29.11. 11:00
with Lena; `no_sms` is a salon that sends no texts.

- A hedged outcome before a check still to do is the outcome told (D71, convention 1163), also
  as a modal perfect ("Das müsste geklappt haben, ich prüfe es aber noch") and with its subject
  dropped ("Should be in, but …": no inverted condition like "Should anything change, …").
- A text said sent beside the booking promises the text; a text read out after a colon names
  the booking it confirms.
- A weekday in apposition with its date at the sentence's end names the date too, so a weekday
  that does not fit the date fits no appointment; a confirmation naming only an hour names it.
- A negation spelled out after the word "I" ("I h a v e n't") is the negation.
- A cancellation after the day asked back ("Samstag? Hab ich storniert.") is that day's.
Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import passes_in

EVERY_STATE = frozenset(
    {"nothing", "held", "booked", "failed", "pending", "cancelled", "moved", "two", "unknown",
     "message", "no_sms", "offered"}
)  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Das müsste geklappt haben, ich prüfe es aber noch.", "de"),
     ("Should be in, but let me make sure.", "en")],
)  # fmt: skip
def test_a_hedged_outcome_before_a_check_is_false_where_nothing_was_done(sentence, lang):
    held = passes_in(sentence, lang)
    assert "nothing" not in held and "booked" in held


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Einen Moment, ich prüfe, ob das geklappt hat.", "de"),
     ("Der Termin muss bestätigt sein, sonst verfällt er.", "de"),
     ("Should anything change, we'll let you know.", "en")],
)  # fmt: skip
def test_a_check_before_any_belief_an_obligation_and_a_condition_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERY_STATE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("The system confirmed the appointment and sent the text.", "en"),
     ("Das System hat Sie eingetragen und die SMS verschickt.", "de")],
)  # fmt: skip
def test_a_text_said_sent_beside_the_booking_is_false_where_the_salon_sends_none(sentence, lang):
    held = passes_in(sentence, lang)
    assert "no_sms" not in held and "booked" in held


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Have you sent us the text?", "en"), ("Haben Sie uns die SMS geschickt?", "de")],
)  # fmt: skip
def test_the_callers_text_asked_about_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERY_STATE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sie erhalten gleich eine SMS: Samstag, 29.11., 11 Uhr, Strähnchen bei Lena.", "de"),
     ("You'll receive a text shortly: Saturday the 29th, 11 a.m., highlights with Lena.", "en")],
)  # fmt: skip
def test_a_text_read_out_after_a_colon_names_the_booking_it_confirms(sentence, lang):
    assert passes_in(sentence, lang) == {"two"}


def test_a_weekday_and_its_date_closing_the_sentence_are_both_read():
    assert passes_in("Eingetragen ist Freitag, der 28.", "de") == {"booked", "no_sms", "two"}
    assert passes_in("Eingetragen ist Samstag, der 28.", "de") == set()  # no such day
    assert passes_in("Samstag, der 29., ist ein Feiertag.", "de") == EVERY_STATE


def test_a_confirmation_naming_only_an_hour_names_that_hour():
    assert passes_in("You're confirmed for 3.", "en") == {"moved"}  # Thursday 15:00
    assert "booked" not in passes_in("You're confirmed for 3.", "en")  # Friday 10:00
    assert passes_in("The salon is open until 3.", "en") == EVERY_STATE


def test_a_negation_spelled_out_after_i_is_the_negation():
    held = passes_in("It's been cancelled – sorry, no: I h a v e n't cancelled anything yet.", "en")
    assert "cancelled" not in held and "booked" in held
    assert passes_in("I h a v e n't got that in front of me.", "en") == EVERY_STATE


@pytest.mark.parametrize(
    ("asked", "told", "lang"),
    [("Freitag? Hab ich storniert.", "Samstag? Hab ich storniert.", "de"),
     ("Friday? Cancelled it.", "Saturday? Cancelled it.", "en")],
)  # fmt: skip
def test_a_cancellation_after_the_day_asked_back_is_that_days(asked, told, lang):
    assert "cancelled" in passes_in(asked, lang)  # Friday was cancelled
    assert "cancelled" not in passes_in(told, lang)  # Saturday was not


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Samstag? Da haben wir geschlossen.", "de"), ("Saturday? We're closed then.", "en")],
)  # fmt: skip
def test_a_day_asked_back_before_no_act_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERY_STATE
