"""Blind round 32's quantifiers and clauses (claims66): none of the caller's appointments said
booked, in any word order, is `not_booked`; an outcome said of half of them needs two
appointments with outcomes; an English gerund clause's act ("After moving it, …") is claimed as
a main clause's; a move to a day said "now … instead" in a clause is the move. Sentences in words
of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import EVERYWHERE, NOT_BOOKED, passes_in

NEVER: set[str] = set()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Fest eingetragen ist bis heute keiner von ihnen.", "de"),
     ("Keiner der beiden steht bisher fest im Kalender, gebucht ist keiner.", "de"),
     ("Neither one has been confirmed so far.", "en"),
     ("None of them has gone through yet.", "en")],
)  # fmt: skip
def test_none_of_the_callers_appointments_booked_is_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Keiner unserer Stylisten ist am Montag eingetragen.", "de"),
     ("None of our stylists is booked on Sundays.", "en")],
)  # fmt: skip
def test_the_salons_people_quantified_claim_nothing_of_the_caller(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Hälfte von Ihren Terminen ist storniert worden.", "de"),
     ("Half the bookings you had are now cancelled.", "en")],
)  # fmt: skip
def test_half_of_the_appointments_cancelled_holds_in_no_state_of_one_cancellation(sentence, lang):
    assert passes_in(sentence, lang) == NEVER


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Right after moving you to Thursday, I called Fabian.", {"moved"}),
     ("After confirming your visit, I wrote a note for Fabian.", {"booked", "moved", "two", "no_sms"}),
     ("Before cancelling it, I need your name.", EVERYWHERE)],
)  # fmt: skip
def test_a_gerund_clauses_act_done_is_claimed(sentence, expected):
    assert passes_in(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Da es jetzt stattdessen am Donnerstag ist, passt es Ihnen besser.", "de"),
     ("Since it's now Thursday instead, the trip works out.", "en")],
)  # fmt: skip
def test_a_day_said_now_instead_is_the_move_to_it(sentence, lang):
    assert passes_in(sentence, lang) == {"moved"}
