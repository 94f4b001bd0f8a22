"""claims92's classes (issue 9), in words of neither corpus file (blinds 37 and 38, probe 38d):
the caller's appointment named by its day and time as theirs ("your Friday ten o'clock") is the
booking claim, in a question too (convention 45); a topic comment that resumes a verbless slot by
a pronoun in a keep-it directive presupposes the visit; "dann steht der Freitag … für Sie" is the
booking said; an offer to book on the caller's yes that names the slot offers it and says it is
not booked yet (the lead's decision, convention 620), while a bare offer claims nothing; a hold
with "so it doesn't go" is the hold; "Freitag, der 21." names the 21st; the appointment's details
sent by text are the booking's; a booking resuming the slot named before it names that slot."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, HELD_FRIDAY, passes_in

NEVER: frozenset[str] = frozenset()
OFFERED_ONLY = frozenset({"offered"})


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Wollen Sie Ihren Freitag um zehn tatsächlich absagen?", "de"),
     ("Ihren Freitag zehn Uhr kann ich gern verschieben.", "de"),
     ("Do you definitely want me to cancel your Friday 10 o'clock?", "en"),
     ("Are you sure you want to move your Friday at ten?", "en")],
)  # fmt: skip
def test_the_appointment_possessed_by_its_day_and_time_is_the_booking(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


def test_a_possessed_day_and_time_the_calendar_lacks_passes_only_with_that_appointment():
    assert passes_in("Shall I cancel your Saturday eleven o'clock too?", "en") == {"two"}
    assert passes_in("Shall I cancel your Monday ten o'clock too?", "en") == NEVER


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Which day suits you, Friday at ten or Saturday?", "en"),
     ("Möchten Sie einen Termin am Freitag um zehn?", "de")],
)  # fmt: skip
def test_a_day_and_hour_not_possessed_claims_no_appointment(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Zum Freitag: zehn Uhr bei Fabian, notieren Sie sich das fest.", "de"),
     ("Regarding Friday: ten o'clock, pencil it in.", "en")],
)  # fmt: skip
def test_a_topic_slot_resumed_in_a_keep_it_directive_presupposes_the_visit(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


def test_a_resumed_topic_slot_on_another_day_passes_nowhere():
    assert passes_in("Zum Montag: um zehn, planen Sie das fest ein.", "de") == NEVER


def test_dann_steht_with_the_verb_second_is_the_booking_said():
    assert (
        passes_in("Super, dann steht Ihr Termin am Freitag um zehn für Sie.", "de") == BOOKED_FRIDAY
    )
    assert passes_in("Super, dann steht der Dienstag um zehn für Sie.", "de") == NEVER


def test_dann_steht_under_a_condition_is_no_booking_said():
    sentence = "Falls Sie zusagen, dann steht der Freitag um zehn für Sie."
    assert "nothing" in passes_in(sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sagen Sie Ja, und ich buche Ihnen Samstag um elf bei Lena.", "de"),
     ("Nod it through and I'll book you Saturday at eleven with Lena.", "en"),
     ("If you agree, I'll put you in for Thursday at three.", "en")],
)  # fmt: skip
def test_an_offer_on_the_callers_yes_naming_the_slot_offers_it_unbooked(sentence, lang):
    assert passes_in(sentence, lang) == OFFERED_ONLY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ein Ja von Ihnen, und ich buche.", "de"),
     ("Say yes and I'll book you in.", "en")],
)  # fmt: skip
def test_a_bare_offer_on_the_callers_yes_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_hold_kept_from_going_by_its_purpose_clause_is_the_hold():
    sentence = "I'm holding Friday at ten with Fabian for you so it won't go to someone else."
    assert passes_in(sentence, "en") == HELD_FRIDAY
    assert passes_in("I'm holding Tuesday at ten for you so it won't go.", "en") == NEVER


def test_a_date_in_apposition_after_der_is_that_day():
    assert passes_in("Eingetragen ist Freitag, der 14., um zehn Uhr.", "de") == NEVER
    assert passes_in("Eingetragen ist Freitag, der 28., um zehn Uhr.", "de") == BOOKED_FRIDAY


def test_the_appointments_details_sent_by_text_are_the_bookings():
    passes = passes_in("Die Eckdaten zu Ihrem Termin schicke ich Ihnen per SMS.", "de")
    assert "cancelled" not in passes and "nothing" not in passes and "booked" in passes


def test_a_booking_resuming_the_slot_named_before_it_names_that_slot():
    sentence = "Der Freitag um zehn war schon fast vergeben, aber ich habe ihn für Sie gebucht."
    assert passes_in(sentence, "de") == BOOKED_FRIDAY


def test_youre_in_a_week_from_a_weekday_names_next_weeks_day():
    assert passes_in("You're in a week on Friday at ten.", "en") == NEVER
    assert passes_in("You're in a week from Saturday at eleven.", "en") == NEVER
    sentence = "You aren't in a week from Friday, you're in this Friday."
    assert passes_in(sentence, "en") == BOOKED_FRIDAY
