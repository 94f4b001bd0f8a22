"""Partial outcomes (agent/claims/partial): each part of a sentence that tells its parts'
outcomes apart claims its own appointment.

A later part said not to have worked (probe29, claims57): one part says an appointment is
booked, a later part says the other did not work out. Each part must be true of its own
appointment: the sentence passes where the first is booked and the other is not, and is stopped
where both are booked (state 'two'), or where the first is not. A part that denies nothing of an
appointment of its own leaves a plain booking as it is.

Two appointments, each with its own outcome (convention 171, claims58): each part claims its own
appointment, in either order, said in full, telegraphically or as a labelled list. A part said
done is a booking, a part said failed is not booked, a part with "too" says the other part's
outcome. The sentence passes only where every part is true: one done and one failed is stopped
where both are booked (state 'two'), both done passes only there.

Sentences in words of neither corpus file nor the probe."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, EVERYWHERE, NOWHERE, passes_in

ONLY_FRIDAY = {"booked", "no_sms"}  # Friday 10:00 booked, no Saturday appointment
ONE_OF_TWO = {"booked", "moved", "no_sms"}  # one confirmed appointment, no second
PERM_ONLY = {"booked", "moved", "no_sms"}  # the perm with Fabian booked, no highlights
BOTH = {"two"}  # Friday and Saturday booked


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr Freitag um zehn ist eingetragen, der Samstag ging leider nicht mehr.", "de", ONLY_FRIDAY),
     ("Your Friday appointment is booked, but Saturday wasn't possible.", "en", ONLY_FRIDAY),
     ("Die Dauerwelle ist gebucht, die Strähnchen bei Lena konnte ich nicht unterbringen.", "de",
      PERM_ONLY),
     ("The perm is booked, but I couldn't squeeze the highlights in.", "en", PERM_ONLY)],
)  # fmt: skip
def test_a_booking_beside_a_named_appointment_that_did_not_work_out(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Einer von zwei Terminen ist gebucht, der zweite leider nicht.", "de"),
     ("The first one is booked, the other one isn't.", "en")],
)  # fmt: skip
def test_one_of_two_booked_and_the_other_not_is_false_where_both_are(sentence, lang):
    assert passes_in(sentence, lang) == ONE_OF_TWO


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr Termin am Freitag ist gebucht, Sie brauchen nichts mitzubringen.", "de",
      {"booked", "two", "no_sms"}),
     ("Friday is booked, and no, there's no deposit.", "en", {"booked", "two", "no_sms"}),
     ("Friday is booked and Saturday too, nothing is missing.", "en", {"two"})],
)  # fmt: skip
def test_a_denial_of_nothing_of_its_own_leaves_the_booking(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Samstag bei Lena ist eingetragen, die Dauerwelle am Freitag ist leider gescheitert.", "de"),
     ("Lena's Saturday highlights are booked, but Friday's perm didn't go through.", "en"),
     ("Die Tönung ist drin, die Dauerwelle habe ich leider nicht mehr reinbekommen.", "de"),
     ("Your colouring is in, but the perm fell through, unfortunately.", "en")],
)  # fmt: skip
def test_the_wrong_appointment_said_done_is_false_in_every_state(sentence, lang):
    assert passes_in(sentence, lang) == NOWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der Freitag ist gebucht, und der Samstag ebenfalls.", "de"),
     ("Friday's confirmed, and Saturday is as well.", "en"),
     ("The first booking is in, and the other one too.", "en")],
)  # fmt: skip
def test_both_parts_said_done_pass_only_where_both_are_booked(sentence, lang):
    assert passes_in(sentence, lang) == BOTH


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Freitag um zehn ja, Samstag um elf nein, tut mir leid.", "de"),
     ("The Friday slot yes, the Saturday slot no.", "en"),
     ("Den Freitag habe ich eingetragen; die zweite Buchung ist leider gescheitert.", "de"),
     ("Your Friday is secured, the other booking failed.", "en")],
)  # fmt: skip
def test_one_done_and_the_other_failed_is_false_where_both_are_booked(sentence, lang):
    assert passes_in(sentence, lang) == ONLY_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Einer der beiden Termine ging durch, und zwar Freitag um zehn.", "de", ONE_OF_TWO),
     ("One of the two appointments worked out: Friday at ten.", "en", ONLY_FRIDAY)],
)  # fmt: skip
def test_one_of_two_done_says_the_other_is_not(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Highlights: booked. Trim: no luck.", "en", BOTH),
     ("Perm: confirmed. Trim: no luck, sorry.", "en", set(BOOKED_ANY))],
)  # fmt: skip
def test_a_labelled_list_of_outcomes_claims_each_item(sentence, lang, expected):
    """No beard trim is booked in any state: its failure is true wherever the item done is."""
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Freitag ist ausgebucht, Samstag nicht.", "de"),
     ("Freitag hat noch Lücken, Samstag nicht.", "de")],
)  # fmt: skip
def test_the_salon_calendar_in_two_parts_claims_no_outcome(sentence, lang):
    assert passes_in(sentence, lang) == set(EVERYWHERE)
