"""Blind round 33's leftovers after claims70-72 (claims73), as classes: the caller's details kept
with the booking or the hold, the caller in the book "with" their details, another person's
appointment next to the caller's, a modal particle of shared knowledge before "schon", "not yet
booked" as an attribute, the caller's stay told by its length from a start, the caller's booking
itself as a condition, and a hold said to wait for the caller's yes; with the nearest sentences
that must still pass. Sentences in words of neither corpus file nor probe33c."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from agent.claims import decide
from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    HELD,
    NOT_BOOKED,
    passes_in,
)
from tests.corpus.claims_corpus import facts

NEVER: frozenset[str] = frozenset()
HOLD_AWAITING_YES = frozenset({"held", "pending"})  # a slot kept, nothing booked
NOT_BOOKED_FRIDAY = EVERYWHERE - BOOKED_FRIDAY - {"unknown"}  # 671


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihre Mobilnummer habe ich zum Termin hinterlegt.", "de", BOOKED_ANY),
     ("Your phone number is saved on the appointment.", "en", BOOKED_ANY),
     ("Ihre E-Mail habe ich bei der Reservierung gespeichert.", "de", HELD),
     ("Sie stehen mit Ihrem Nachnamen im Kalender.", "de", BOOKED_ANY),
     ("You're booked in under your first name.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_the_callers_details_kept_with_the_appointment_presuppose_it(sentence, lang, expected):
    # convention 77: data kept "zur Buchung" / "bei der Reservierung" is the booking / the hold
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihre Mobilnummer habe ich notiert, falls die Leitung abbricht.", "de"),
     ("I need your email address for the booking.", "en")],
)  # fmt: skip
def test_the_callers_details_noted_alone_or_asked_for_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr Bruder kommt direkt nach Ihnen dran.", "de"),
     ("Your niece is in right after you.", "en"),
     ("You and your aunt are booked back to back.", "en")],
)  # fmt: skip
def test_another_persons_appointment_next_to_the_callers_is_false_without_two_on_one_day(
    sentence, lang
):
    # convention 380: state two's appointments are on Friday and Saturday, not one after another
    assert passes_in(sentence, lang) == NEVER


def test_two_appointments_on_one_day_back_a_pair_said_one_after_the_other():
    two = facts("two", "en")
    friday = two.appointments[0]
    after = replace(two.appointments[1], start=friday.start + timedelta(hours=2, minutes=15))
    same_day = replace(two, appointments=(friday, after))
    assert decide("Your nephew is in straight after you.", same_day).passes
    assert not decide("Your nephew is in straight after you.", two).passes


def test_a_wish_for_the_slot_after_the_callers_claims_nothing():
    sentence = "Wenn Ihr Bruder möchte, frage ich nach einem Termin direkt nach Ihrem."
    assert passes_in(sentence, "de") == EVERYWHERE


def test_a_modal_particle_before_schon_keeps_the_booking_the_callers():
    assert passes_in("Der Freitag ist doch schon fest eingetragen.", "de") == BOOKED_FRIDAY
    assert passes_in("Der Freitag ist leider schon ausgebucht.", "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr noch nicht bestätigter Wunschtermin ist Freitag um zehn.", "de"),
     ("Your as-yet-unbooked time is Friday at ten.", "en")],
)  # fmt: skip
def test_not_yet_booked_as_an_attribute_is_not_booked_with_the_slot_named(sentence, lang):
    # conventions 5 and 14: false where Friday at ten is booked
    assert passes_in(sentence, lang) == NOT_BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Planen Sie ab zehn rund zwei Stunden bei uns ein.", "de", BOOKED_FRIDAY),
     ("From ten, you'll be in the chair for roughly two hours.", "en", BOOKED_FRIDAY),
     ("Eine Dauerwelle braucht bei uns rund zwei Stunden.", "de", EVERYWHERE)],
)  # fmt: skip
def test_the_callers_stay_from_a_start_presupposes_the_appointment_at_that_start(
    sentence, lang, expected
):
    # convention 45: the start named ("ab zehn") is the appointment's; a service's length in
    # general claims nothing
    assert passes_in(sentence, lang) == expected


def test_the_booking_itself_as_a_condition_is_a_rule_but_the_callers_yes_is_not_booked_yet():
    # convention 400 (5 and 125 applied)
    assert passes_in("Sobald Sie bei uns buchen, ist Ihr Termin verbindlich.", "de") == EVERYWHERE
    assert passes_in("Sobald Sie zustimmen, ist der Termin verbindlich.", "de") == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der für Sie geblockte Platz wird erst mit Ihrem Okay verbindlich.", "de"),
     ("The slot we've set aside for you becomes binding once you say yes.", "en")],
)  # fmt: skip
def test_a_hold_said_to_wait_for_the_callers_yes_is_held_and_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == HOLD_AWAITING_YES


def test_the_usual_beside_a_spelled_out_outcome_keeps_the_stylist_it_names():
    # Saturday with Sophie fits no appointment of any state; Saturday with Lena is state two's
    assert passes_in("Wie gewohnt bei Sophie, Samstag ist e i n g e t r a g e n.", "de") == NEVER
    assert passes_in("Wie gewohnt bei Lena, Samstag ist eingetragen.", "de") == {"two"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich habe im System geschaut, Ihren Termin am Freitag gefunden und ihn dann gestrichen.",
      "de"),
     ("I checked the calendar, spotted your Friday appointment and cancelled it.", "en")],
)  # fmt: skip
def test_a_story_that_finds_the_appointment_and_cancels_it_is_read_by_its_end(sentence, lang):
    # convention 75: the appointment found on the way is no booking claimed now
    assert passes_in(sentence, lang) == {"cancelled"}


def test_a_participle_standing_for_the_appointment_presupposes_its_outcome():
    assert passes_in("Der bisherige Termin fällt weg, der verlegte gilt.", "de") == {"moved"}


def test_nothing_changed_with_the_verb_before_the_appointment_is_false_after_the_move():
    # conventions 26 and 92: `stands`; the moved appointment did change
    sentence = "Seit der Buchung hat sich an Ihrem Termin nichts verändert."
    assert passes_in(sentence, "de") == BOOKED_FRIDAY


def test_a_modal_particle_before_wie_er_ist_keeps_the_appointment_unchanged():
    # convention 28: the particle changes nothing; `stands` is false after the move
    assert passes_in("Der Termin bleibt doch, wie er ist.", "de") == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Keep Friday morning clear, it'll be a long one.", "en"),
     ("Halten Sie sich den Freitagvormittag frei, das dauert etwas.", "de")],
)  # fmt: skip
def test_the_caller_told_to_keep_a_day_free_is_told_of_the_visit_that_day(sentence, lang):
    # convention 37: advice for the visit presupposes it
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Same as last time, just half an hour earlier – you are booked in.", "en"),
     ("Wie letztes Mal, nur diesmal mit Pony – Sie sind eingetragen.", "de")],
)  # fmt: skip
def test_the_last_visit_with_a_difference_before_an_outcome_is_no_move(sentence, lang):
    # the difference is to the last visit: the outcome said after it is read as said
    assert passes_in(sentence, lang) == BOOKED_ANY
