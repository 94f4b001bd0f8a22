"""claims152's classes (issue 9, blinds 54 and 55), in words of no corpus file. "Go ahead and"
adds eagerness, not an act: the verb after it claims what it claims alone (an announced booking
of a named slot, convention 670; an offer on the caller's yes, 620; a booking told). A booking of a
named slot announced in a learner's present ("I book … now"), after thanks and the caller's name
("Thanks, Jo, booking …"), or in the German future ("Ich werde Sie … eintragen") says that slot is
free for the caller and not booked yet. "No need to come" where its clause ends says the visit is
gone, unless a condition or the manner of coming is said. The speaker's own booking in the
future perfect is the booking (601). A "Notiz" made on the caller's appointment is a record word
(870): the appointment is presupposed booked. A fee the speaker has "also" waived is money (29)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, EVERYWHERE, NOWHERE, passes_in

OFFERED = frozenset({"offered"})  # Thursday 15:00 with Fabian, Saturday 11:00 with Lena offered
GONE_FRIDAY = frozenset({"cancelled", "moved"})  # the Friday visit gone: cancelled or moved away
MOVED = frozenset({"moved"})  # the appointment moved to Thursday 15:00


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sure thing, I'll go ahead and book Thursday at 3 p.m. with Fabian.", "en"),
     ("Let me go ahead and book Saturday at 11 with Lena.", "en"),
     ("If you say yes, I'll go ahead and book Saturday at 11 with Lena.", "en"),
     ("I now book Saturday 11 am with Lena for you.", "en"),
     ("Thanks, Jo, booking Thursday at 3 p.m. with Fabian now.", "en"),
     ("Sobald Sie zustimmen, werde ich Donnerstag um 15 Uhr bei Fabian für Sie buchen.", "de"),
     ("Wenn Sie sagen ja, ich werde buchen Samstag 11 Uhr bei Lena.", "de")],
)  # fmt: skip
def test_a_booking_of_a_named_slot_announced_or_offered_on_the_yes_is_free_and_not_booked(
    sentence, lang
):
    assert passes_in(sentence, lang) == OFFERED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sure thing, I'll go ahead and book that for you.", "en"),
     ("Thanks, Jo, booking it in now.", "en"),
     ("I book every appointment myself.", "en"),
     ("Ich werde das gleich für Sie buchen.", "de")],
)  # fmt: skip
def test_an_announced_booking_that_names_no_slot_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_go_ahead_and_before_a_booking_told_is_the_booking_told():
    assert passes_in("I went ahead and booked you for Thursday at 3 p.m.", "en") == MOVED


@pytest.mark.parametrize(
    "sentence",
    ["Fri 10 am: no need to come.",
     "Friday, 10 o'clock — you won't need to come."],
)  # fmt: skip
def test_no_need_to_come_where_the_clause_ends_says_the_visit_is_gone(sentence):
    assert passes_in(sentence, "en", "Please cancel Friday.") == GONE_FRIDAY


@pytest.mark.parametrize(
    "sentence",
    ["If the flu gets worse, no need to come — just ring us.",
     "No need to come back for the wash, it's included.",
     "No need to come early, the wash is included."],
)  # fmt: skip
def test_no_need_to_come_under_a_condition_or_of_how_to_come_claims_nothing(sentence):
    assert passes_in(sentence, "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I'll have you put down before you hang up.", "en"),
     ("Wir werden Sie bis zum Ende des Telefonats eingebucht haben.", "de"),
     ("Ich werde haben Sie gebucht in zwei Minuten.", "de")],
)  # fmt: skip
def test_the_speakers_booking_in_the_future_perfect_is_the_booking(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("By July I'll have finished my training.", "en"),
     ("Bis Mittag werde ich die Kasse gemacht haben.", "de")],
)  # fmt: skip
def test_a_future_perfect_of_something_else_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_note_made_on_the_callers_appointment_presupposes_the_booking():
    sentence = "Ich habe eine Notiz an Ihrem Termin gemacht, dass Sie Ihren Hund mitbringen."
    assert passes_in(sentence, "de") == BOOKED_ANY


def test_a_note_the_speaker_makes_for_herself_claims_nothing():
    assert passes_in("Ich mache mir dazu schnell eine Notiz.", "de") == EVERYWHERE


def test_a_fee_also_waived_is_money_no_tool_backs():
    assert passes_in("We've also waived the booking fee for you.", "en") == NOWHERE
