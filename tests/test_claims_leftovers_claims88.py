"""The older open splits' leftovers (claims88), as classes: the visit's end named with its
payment ("at the end of your appointment around noon") presupposes the booking and is checked
through the start that ends then (convention 45); the cancelled appointment named as the owner of
what the sentence tells ("the cancelled booking's chair …") presupposes the cancellation (31, 77)
even where the rest reads as the place gone; and the nearest sentences that must still pass.
Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    passes_in,
)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Am Ende Ihres Termins so gegen Mittag begleichen Sie alles an der Kasse.", "de"),
     ("At the end of your appointment around noon you can settle up at the desk.", "en")],
)  # fmt: skip
def test_the_end_of_the_visit_named_with_its_payment_is_the_friday_booking(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Bezahlen können Sie zum Ende Ihres Termins.", "de"),
     ("You can pay at the end of your appointment.", "en")],
)  # fmt: skip
def test_the_end_of_the_visit_without_a_time_is_any_booking(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("The cancelled booking's chair has gone to someone else.", "en"),
     ("The cancelled visit's time is open for others now.", "en")],
)  # fmt: skip
def test_the_cancelled_appointment_named_as_owner_is_the_cancellation(sentence, lang):
    assert passes_in(sentence, lang) == CANCELLED_FRIDAY


def test_the_old_appointment_named_as_owner_is_still_the_place_gone():
    assert passes_in("The previous appointment's slot is open again.", "en") == {
        "cancelled",
        "moved",
    }


def test_a_house_rule_on_paying_at_the_end_stays_neutral():
    assert passes_in("Die Zahlung erfolgt in der Regel am Ende des Besuchs.", "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I'm s o r r y to report nothing's been booked so far.", "en"),
     ("B e d a u e r l i c h e r w e i s e ist noch nichts gebucht.", "de")],
)  # fmt: skip
def test_a_frame_spelled_out_letter_by_letter_carries_its_denial(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


def test_a_question_spelled_out_letter_by_letter_stays_neutral():
    assert passes_in("P a r d o n, what was the name again?", "en") == EVERYWHERE


@pytest.mark.parametrize(
    "sentence",
    ["Nicht bestätigt, aber wenigstens für Sie freigehalten.",
     "Noch nicht eingetragen, aber schon mal für Sie geblockt."],
)  # fmt: skip
def test_the_booking_denied_bare_before_a_hold_is_the_hold_without_a_booking(sentence):
    assert passes_in(sentence, "de") == {"held", "pending"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Mittwoch oder Freitag: eingetragen ist jetzt Freitag um zehn.", "de"),
     ("Either Wednesday or Friday – the confirmed one is Friday at ten.", "en")],
)  # fmt: skip
def test_an_either_or_resolved_after_a_dash_claims_only_the_member_it_names(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    "sentence",
    ["Your appointment has gone into the system.", "Your booking went into the diary."],
)  # fmt: skip
def test_a_booking_gone_into_the_calendar_is_the_booking_not_its_loss(sentence):
    assert passes_in(sentence, "en") == BOOKED_ANY


def test_nothing_gone_into_the_calendar_yet_denies_the_booking():
    assert passes_in("Nothing's gone into the diary so far.", "en") == NOT_BOOKED


def test_the_speaker_seeing_the_caller_at_a_slot_now_reads_the_book():
    assert passes_in("I can see you Saturday at eleven with Lena now.", "en") == {"two"}


def test_a_stylist_able_to_see_the_caller_still_offers_the_slot():
    assert "offered" in passes_in("Fabian can see you on Thursday at three now.", "en")
