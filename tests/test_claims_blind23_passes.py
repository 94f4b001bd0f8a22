"""Blind round 23's false blocks (claims40), as classes: an act said to be under way, the caller's
details, plans and praise noted or passed on, other people's places and a stylist's working
days, an offer to read out free times, dates written in figures and time ranges in true claims,
a slot kept for the caller, a list of options, a "not booked yet:" label heading another visit,
a modal frame of telling, a correction read from its end, and the nearest sentences that must
still be stopped. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, HELD_FRIDAY, passes_in


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [  # the appointment it cancels presupposed (45), not cancelled yet (D45, convention 1112)
     ("Ich storniere Ihren Termin am Freitag gerade, einen Augenblick.", "de", BOOKED_FRIDAY),
     ("Your booking is being put through as we speak.", "en", EVERYWHERE)],
)  # fmt: skip
def test_an_act_said_to_be_under_way_claims_no_outcome_yet(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_a_move_said_under_way_is_not_made_yet():
    # the lead's D44 (convention 1111): a move still being processed is not moved yet
    assert passes_in("Die Umbuchung wird gerade bearbeitet.", "de") == EVERYWHERE - {"moved"}


def test_an_act_said_done_is_still_its_outcome():
    assert passes_in("Ihr Termin am Freitag ist storniert.", "de") == {"cancelled"}
    assert "nothing" not in passes_in("The booking has been processed.", "en")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Dass Sie lieber eine ruhige Ecke mögen, habe ich mir notiert.", "de"),
     ("I've made a note that you're left-handed.", "en"),
     ("Ihre Handynummer ist die 0151 und so weiter, die habe ich.", "de"),
     ("Ihren Dank richte ich Fabian gern aus.", "de"),
     ("I'll pass your kind words on to Fabian.", "en")],
)  # fmt: skip
def test_the_callers_details_and_praise_noted_or_passed_on_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_complaint_taken_down_is_a_message_and_the_caller_noted_a_booking():
    # convention 78: a complaint passed on is a message for the salon
    assert passes_in("Ihre Beschwerde über die Wartezeit habe ich notiert.", "de") == {"message"}
    assert passes_in("Ich habe Sie am Freitag um zehn notiert.", "de") == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Um elf ist bei Lena leider schon jemand drin.", "de"),
     ("Die Dame, die um zehn gebucht hatte, hat storniert.", "de"),
     ("I can see Saturday at eleven is already gone.", "en"),
     ("Fabian works every Thursday.", "en"),
     ("Shall I read you the open slots on Saturday?", "en")],
)  # fmt: skip
def test_other_peoples_places_working_days_and_an_offer_to_read_out_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_slot_said_free_is_still_an_offer():
    assert passes_in("Samstag um elf ist bei Lena noch frei.", "de") == {"offered", "two"}


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Gebucht: Freitag, 28.11., 10:00–12:15 Uhr.", "de", BOOKED_FRIDAY),
     ("Booked for 11/28 at 10:00 AM with Fabian.", "en", BOOKED_FRIDAY),
     ("Held for you: 28/11, 10 am.", "en", HELD_FRIDAY),
     # one detail off: the date, or the start of the range
     ("Booked for 11/29 at 10:00 AM.", "en", set()),
     ("Gebucht für Fr., 28.11., 11:00–12:15.", "de", set())],
)  # fmt: skip
def test_a_written_date_and_a_range_end_lend_the_claim_no_time(sentence, lang, where):
    assert passes_in(sentence, lang) == where


def test_a_stylist_having_a_slot_for_the_caller_is_a_hold_and_having_the_caller_a_booking():
    assert passes_in("Lena hat Samstag um elf für Sie.", "de") == {"two"}
    assert passes_in("Fabian hat Freitag um zehn für Sie.", "de") == HELD_FRIDAY
    assert passes_in("Fabian hat Sie am Freitag um zehn.", "de") == BOOKED_FRIDAY


def test_a_list_of_options_offers_its_slots():
    sentence = "Ihre Möglichkeiten: Donnerstag 15 Uhr bei Fabian oder Samstag 11 Uhr bei Lena."
    assert passes_in(sentence, "de") == {"offered"}


def test_not_booked_yet_heading_another_visit_takes_back_nothing_said_before_it():
    sentence = (
        "Done: the perm on Friday at ten with Fabian. Not booked yet: the highlights on Saturday."
    )
    assert passes_in(sentence, "en") == {"booked", "no_sms"}
    # a denial after a booking that names no other visit still takes it back
    taken_back = "Ihr Termin ist gebucht. Leider ist die Buchung am Freitag fehlgeschlagen."
    assert "booked" not in passes_in(taken_back, "de")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich muss Ihnen leider sagen, dass Ihr Termin am Freitag abgesagt ist.", "de"),
     ("I have to tell you that your Friday appointment has been cancelled.", "en")],
)  # fmt: skip
def test_a_modal_frame_of_telling_asserts_what_it_tells(sentence, lang):
    assert passes_in(sentence, lang) == {"cancelled"}


def test_a_correction_is_read_from_what_it_ends_on():
    where = passes_in("Sorry, I said you were booked – you're only on hold for now.", "en")
    assert {"held", "pending"} <= where and "nothing" not in where


def test_has_gone_through_said_with_an_apostrophe_is_the_booking():
    where = passes_in("Now that your booking's gone through, we'll see you Friday.", "en")
    assert where == BOOKED_FRIDAY
