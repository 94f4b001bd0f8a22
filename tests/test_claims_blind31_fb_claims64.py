"""Blind round 31's false blocks (claims64), as classes: the booking after a yes asked for, a
cancellation's confirmation, a place named a hold; with the nearest sentences of the other
polarity. Sentences in words of neither corpus file nor the probe. (The round's other classes
are specified with the module that reads them: tests/test_claims_sequence.py,
tests/test_claims_doubt.py, tests/test_claims_calendar_read.py.)"""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    CANCELLED_FRIDAY,
    HELD_FRIDAY,
    NOT_BOOKED,
    passes_in,
)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sagen Sie mir einfach Ja, dann ist Ihr Termin fest.", "de"),
     ("Say yes first, and then you're in.", "en")],
)  # fmt: skip
def test_the_booking_after_a_yes_asked_for_is_not_made_yet(sentence, lang):
    # conventions 5 and 125: false once a booking exists, true before
    assert passes_in(sentence, lang) == NOT_BOOKED


def test_the_yes_given_makes_it_the_booking():
    assert passes_in("Sie haben zugestimmt, also ist der Termin jetzt fest.", "de") == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der Termin ist abgesagt, eine Bestätigung schicken wir Ihnen per SMS.", "de"),
     ("Your appointment is cancelled, and a text will confirm it.", "en")],
)  # fmt: skip
def test_a_cancellations_confirmation_is_no_booking(sentence, lang):
    assert passes_in(sentence, lang) == CANCELLED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der Platz am Freitag um zehn gehört vorerst Ihnen, als Reservierung.", "de"),
     ("You've got Friday at ten for now, as a hold.", "en")],
)  # fmt: skip
def test_a_place_named_a_hold_is_the_hold(sentence, lang):
    # convention 120: true while held, and where a booking keeps the slot
    assert passes_in(sentence, lang) == HELD_FRIDAY
