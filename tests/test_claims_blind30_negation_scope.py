"""Blind round 30's negation-scope leftovers (claims65), as classes: a quantifier that denies
every booking ("not a single", "nothing at all"), a hold said first and the booking denied after
it, and an appointment said neither cancelled nor moved (it stands). Sentences in words of no
corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, EVERYWHERE, NOT_BOOKED, passes_in

HELD_NOT_BOOKED = frozenset({"held", "pending"})  # a slot kept for the caller, not booked
STANDS = frozenset({"booked", "two", "no_sms"})  # booked, and not a move's new place


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Nicht ein einziger Termin ist bis jetzt bestätigt.", "de"),
     ("Not a single booking has been confirmed.", "en"),
     ("Nothing whatsoever is confirmed yet.", "en")],
)  # fmt: skip
def test_a_quantified_denial_of_every_booking_is_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Bloß reserviert, noch nicht bestätigt.", "de"),
     ("Just reserved — not confirmed yet.", "en")],
)  # fmt: skip
def test_a_hold_said_first_and_the_booking_denied_after_it(sentence, lang):
    assert passes_in(sentence, lang) == HELD_NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihre Buchung wurde weder gestrichen noch umgebucht.", "de"),
     ("Your booking was neither called off nor postponed.", "en")],
)  # fmt: skip
def test_an_appointment_neither_cancelled_nor_moved_stands(sentence, lang):
    assert passes_in(sentence, lang) == STANDS


def test_the_speaker_denying_both_acts_denies_only_the_cancellation():
    # what the speaker did not do: true unless the call cancelled (convention 280)
    found = passes_in("Wir haben Ihren Termin weder verlegt noch storniert.", "de")
    assert found == EVERYWHERE - {"cancelled"}
    assert BOOKED_ANY <= found


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Nur Freitag ist eingetragen, nicht Samstag.", "de", {"booked", "no_sms"}),
     ("Just the perm is confirmed, not the highlights.", "en", {"booked", "moved", "no_sms"})],
)  # fmt: skip
def test_only_one_booked_and_another_named_not_is_false_where_both_are(sentence, lang, expected):
    # 'two' books Friday's perm and Saturday's highlights: the named other one is booked
    assert passes_in(sentence, lang) == expected
