"""Blind round 36's leftovers in claims83's share, as classes: the caller's visit named by what it
takes up (the caller's time, hour or chair with an outcome said of it, the caller's name on a slot
or off a day); a denial told in a German factive frame; an English emotive frame over the
caller's appointment; the outcome in the head of a pseudo-cleft with the appointment or its day in
the focus; and the nearest sentences that must still pass. Sentences in words of neither corpus
file nor claims83's probe."""

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
    ("sentence", "lang", "expected"),
    [("Ihre Zeit bei Fabian am Freitag ist jetzt vermerkt.", "de", BOOKED_FRIDAY),
     ("Ihre Stunde am Freitag wurde storniert.", "de", CANCELLED_FRIDAY),
     ("Your seat with Fabian on Friday is confirmed.", "en", BOOKED_FRIDAY),
     ("Your hour on Friday has been cancelled.", "en", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_the_callers_time_or_chair_with_an_outcome_is_the_appointment(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr Name wurde aus dem Freitagskalender entfernt.", "de", CANCELLED_FRIDAY),
     ("I've crossed your name off the Friday schedule.", "en", CANCELLED_FRIDAY),
     ("Der Platz am Freitag um zehn trägt nun Ihren Namen.", "de", BOOKED_FRIDAY),
     ("Friday at ten bears your name.", "en", BOOKED_FRIDAY)],
)  # fmt: skip
def test_the_callers_name_on_a_slot_or_off_a_day_is_the_outcome_there(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihre Zeit ist uns wichtig.", "de"),
     ("Der Stuhl am Fenster ist frisch bezogen.", "de"),
     ("Ihr Name ist bei uns gespeichert.", "de"),
     ("Your time matters to us.", "en"),
     ("Your name is on our mailing list.", "en")],
)  # fmt: skip
def test_time_chair_and_name_without_an_outcome_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    "sentence",
    ["Ich habe bemerkt, dass Ihr Termin noch nicht gebucht ist.",
     "Leider kann ich Ihnen nur sagen, dass bisher nichts eingetragen ist.",
     "Ich sehe hier, dass Ihr Termin überhaupt nicht eingetragen ist."],
)  # fmt: skip
def test_a_denial_in_a_german_factive_frame_is_the_denial(sentence):
    assert passes_in(sentence, "de") == NOT_BOOKED


def test_a_belief_over_a_denial_is_no_factive_frame():
    assert passes_in("Sie glauben, dass noch nichts gebucht ist.", "de") == EVERYWHERE


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm really happy your booking went through.",
        "I'm relieved that your appointment is booked.",
    ],
)
def test_an_english_emotive_frame_over_the_appointment_asserts_it(sentence):
    assert passes_in(sentence, "en") == BOOKED_ANY


def test_an_emotive_frame_over_anything_else_claims_nothing():
    assert passes_in("I'm glad you rang us today.", "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Was gestrichen wurde, ist Ihr Freitagstermin.", "de", CANCELLED_FRIDAY),
     ("Was wir abgesagt haben, ist der Montag.", "de", set()),
     ("Was jetzt fix ist, ist Ihr Termin.", "de", BOOKED_ANY),
     ("What's been scrapped is your Friday appointment.", "en", CANCELLED_FRIDAY),
     ("What we've cancelled is the Tuesday.", "en", set()),
     ("What's confirmed now is your appointment.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_a_pseudo_clefts_outcome_is_said_of_its_focus(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_a_pseudo_cleft_with_no_appointment_in_focus_claims_nothing():
    assert passes_in("What's confirmed is that we open at nine.", "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Der Termin ist nicht bloß verlegt, sondern ganz gestrichen.", "de", CANCELLED_FRIDAY),
     ("Your visit is not simply held but properly confirmed.", "en", BOOKED_ANY),
     ("You're confirmed not only for a haircut but with Sophie.", "en", set())],
)  # fmt: skip
def test_a_contrast_is_its_positive_member(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_a_contrast_that_opens_the_sentence_is_left_to_the_reader():
    assert passes_in("Not only held, but booked as well.", "en") == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("You're no longer on Friday but on Thursday at three.", "en"),
     ("Not Friday anymore, but Thursday at 3 pm.", "en"),
     ("Der Donnerstag um drei ist jetzt Ihrer statt des Freitags.", "de")],
)  # fmt: skip
def test_no_longer_one_day_but_another_is_the_move(sentence, lang):
    assert passes_in(sentence, lang) == {"moved"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sophie has your Friday.", "en"), ("Lena hat jetzt Ihren Freitag.", "de")],
)
def test_a_stylist_said_to_have_the_callers_day_names_that_stylist(sentence, lang):
    assert passes_in(sentence, lang) == set()


def test_a_pronoun_said_to_have_the_callers_day_is_not_read_so():
    assert passes_in("Nobody has your Friday.", "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Friday is cancelled, and so is Saturday.", "en", set()),
     ("Der Freitag ist gestrichen, der Samstag auch.", "de", set()),
     ("Friday's booked, and so is Saturday.", "en", {"two"}),
     ("Lena for Saturday, Fabian for Friday – both in.", "en", {"two"})],
)  # fmt: skip
def test_a_gapped_second_day_carries_its_own_outcome(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    "sentence",
    ["Womöglich glauben Sie, der Termin sei abgesagt.",
     "Sie haben bestimmt das Gefühl, er sei schon eingetragen."],
)  # fmt: skip
def test_the_callers_belief_in_konjunktiv_is_no_claim(sentence):
    assert passes_in(sentence, "de") == EVERYWHERE


def test_a_report_from_the_system_in_konjunktiv_stays_a_claim():
    assert passes_in("Das System meldet, der Termin sei eingetragen.", "de") == BOOKED_ANY


def test_a_slot_kept_free_in_the_perfect_is_the_hold():
    assert passes_in("We've kept Lena's eleven o'clock free for you.", "en") == {"two"}


def test_the_waiting_list_as_the_foil_leaves_the_booking():
    assert passes_in("Sie sind nicht auf der Liste, sondern fest eingetragen.", "de") == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Entweder ich buche Sie fest, oder ich blockiere den Platz – was möchten Sie?", "de"),
     ("Either I cancel it or I move it – up to you.", "en")],
)  # fmt: skip
def test_a_choice_of_acts_put_to_the_caller_claims_neither(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_two_acts_told_as_done_stay_claims():
    assert passes_in("I've cancelled it and I've booked Thursday.", "en") != EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Was ich getan habe: ich habe ihn gestrichen.", "de", {"cancelled"}),
     ("Storniert wurde nichts, weder gestern noch heute.", "de", EVERYWHERE - {"cancelled"}),
     ("Kein Platzhalter, keine Vormerkung – eine feste Buchung.", "de", BOOKED_ANY),
     ("Not a placeholder, not a request – a proper booking.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_foils_heads_and_times_around_the_claim_are_no_claims_of_their_own(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


def test_a_cancellation_then_the_stylist_informed_is_the_cancellation():
    assert passes_in("Your visit is cancelled, Fabian notified.", "en") == CANCELLED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Noch nicht gebucht – nur angefragt.", "de"),
     ("Not booked yet, just requested with the salon.", "en")],
)  # fmt: skip
def test_the_booking_denied_against_a_request_is_the_request_awaiting_the_salon(sentence, lang):
    assert passes_in(sentence, lang) == {"pending"}
