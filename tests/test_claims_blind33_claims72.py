"""Blind round 33's false blocks (claims72), as classes: thanks for the call or the wait said as
the whole sentence; the caller's habit said in the present; a contact detail of the caller's
noted by its kind; a hold said still there; a condition on the caller's choice said verb first ("Sollten Sie …, wären
Sie …"); and the nearest sentences that must still be stopped. Sentences in words of neither
corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import EVERYWHERE, HELD_FRIDAY, passes_in


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Thank you for holding the line.", "en"),
     ("Thanks so much for hanging on.", "en"),
     ("Vielen Dank, dass Sie bei Salon Spitzer angerufen haben.", "de"),
     ("Herzlichen Dank, dass Sie so geduldig gewartet haben.", "de")],
)  # fmt: skip
def test_thanks_for_the_call_or_the_wait_claims_nothing(sentence, lang):
    # "holding" is the caller on the line, not a slot held; a call thanked for promises no callback
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Normalerweise kommen Sie doch samstags, oder?", "de"),
     ("Sie kommen ja meistens dienstags.", "de"),
     ("You normally come on Saturdays, don't you?", "en")],
)  # fmt: skip
def test_the_callers_habit_in_the_present_books_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I have noted down your landline so we can ring you.", "en"),
     ("Ihr Handy habe ich notiert, damit wir Sie erreichen.", "de")],
)  # fmt: skip
def test_a_contact_detail_noted_is_no_booking(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    "sentence",
    ["Sollten Sie sich für Samstag entschließen, wären Sie gegen eins durch.",
     "Sollten Sie Samstag nehmen, wären Sie gegen eins durch."],
)  # fmt: skip
def test_a_verb_first_condition_on_the_callers_choice_books_nothing(sentence):
    assert passes_in(sentence, "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Thanks for holding, you're booked for Friday.", "en"),
     ("Sonst kommen Sie immer freitags, diesmal sind Sie für Samstag gebucht.", "de"),
     ("Kommen Sie am Freitag bitte wie immer zehn Minuten früher.", "de"),
     ("I've noted your mobile and booked you for Friday.", "en"),
     ("Sollten Sie Fragen haben, ich habe Sie für Freitag eingetragen.", "de"),
     ("Ihr Termin am Freitag: Sie wären gegen Mittag fertig.", "de")],
)  # fmt: skip
def test_a_booking_said_beside_them_is_still_stopped_when_there_is_none(sentence, lang):
    assert "nothing" not in passes_in(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Your reserved slot on Friday at ten is still there.", "en"),
     ("Ihr reservierter Platz am Freitag ist immer noch da.", "de")],
)  # fmt: skip
def test_a_hold_said_still_there_is_the_hold_not_a_booking(sentence, lang):
    assert passes_in(sentence, lang) == HELD_FRIDAY


def test_a_hold_still_there_on_another_day_is_stopped_where_friday_is_held():
    assert "held" not in passes_in("Your reserved slot on Saturday is still there.", "en")
