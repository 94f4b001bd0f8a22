"""Blind round 20, the last misses (claims36), stated in sentences of neither the blind file nor
its probes. The call is the corpus's: now is Wednesday 26 November 2025, the call's appointment
Friday 28 November 10:00 with Fabian (Dauerwelle); in "moved" it went to Thursday 15:00.
"""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.adverb_after import without_adverb_after
from tests.corpus.claims_corpus import STATES, facts


def _passing(sentence: str, lang: str) -> set[str]:
    return {s for s in STATES if decide(sentence, facts(s, lang)).passes}


BOOKED_IN = {"booked", "moved", "two", "no_sms"}

# -- an adverb after the participle never stops it from being read ----------------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The appointment is set now.", "en"),
        ("Your booking is set then.", "en"),
        ("Your appointment's in already.", "en"),
        ("The appointment's locked in already.", "en"),
        ("The appointment was confirmed already.", "en"),
        ("You're in now.", "en"),
        ("You're all set too.", "en"),
        ("That's in as well.", "en"),
        ("Er, the booking is set now.", "en"),
        ("Ihr Termin ist eingetragen jetzt.", "de"),
        ("Der Termin ist fest nun.", "de"),
        ("Ihr Termin ist bestätigt schon.", "de"),
    ],
)
def test_a_booking_participle_followed_by_an_adverb_is_a_booking_claim(sentence, lang):
    assert _passing(sentence, lang) == BOOKED_IN


@pytest.mark.parametrize(
    ("sentence", "lang", "state"),
    [
        ("Your appointment is called off now.", "en", "cancelled"),
        ("The booking is cancelled too.", "en", "cancelled"),
        ("Ihr Termin ist abgesagt jetzt.", "de", "cancelled"),
        ("Your appointment is moved now.", "en", "moved"),
        ("Der Termin ist verlegt schon.", "de", "moved"),
    ],
)
def test_a_cancellation_or_move_participle_followed_by_an_adverb_is_read(sentence, lang, state):
    assert _passing(sentence, lang) == {state}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ten o'clock is booked already.",  # another's slot, as "already booked"
        "Is it set now?",
        "It's now booked for Friday.",
        "The appointment is set for Friday.",
    ],
)
def test_what_the_adverb_step_leaves_as_said(sentence):
    assert without_adverb_after(sentence) is None


def test_another_clients_slot_booked_already_claims_nothing():
    assert _passing("Ten o'clock is booked already.", "en") == set(STATES)
