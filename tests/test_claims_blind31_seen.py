"""Blind round 31's false passes beside the calendar read out (claims62): a slot kept free for the
caller is the hold, the salon looking forward to a day that day's booking, the caller told of
the cancellation the cancellation; and the nearest sentences that must still pass. Sentences in
words of neither corpus file. (The calendar read out itself: tests/test_claims_calendar_read.py.)"""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, passes_in


def test_a_stylist_keeping_a_slot_free_for_the_caller_is_the_hold():
    # convention 76: a hold of Friday ten, false once it is cancelled or moved away
    held = passes_in("Our stylist is holding Friday at ten open for you.", "en")
    assert "held" in held and not {"cancelled", "moved", "nothing"} & held


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Fabian sagt, er freut sich schon sehr auf Freitag.", "de"),
     ("The whole team is looking forward to Friday.", "en")],
)  # fmt: skip
def test_the_salon_looking_forward_to_a_day_is_that_days_booking(sentence, lang):
    # conventions 31 and 76: expecting the caller's visit that day
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Fabian würde sich auf Freitag freuen.", "de"),
     ("Lena hat am Freitag frei und freut sich auf Freitag.", "de")],
)  # fmt: skip
def test_a_wish_or_the_stylists_day_off_is_no_booking(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Über die Stornierung am Freitag wurden Sie schon benachrichtigt.", "de"),
     ("You were informed of the cancellation for Friday by text.", "en")],
)  # fmt: skip
def test_the_caller_told_of_the_cancellation_is_the_cancellation(sentence, lang):
    assert passes_in(sentence, lang) == {"cancelled"}
