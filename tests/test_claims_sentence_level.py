"""Round-8 readings: misheard claim words, an appointment gone by its effect, and sentences that
claim nothing about this caller (counterfactuals, rules for everyone)."""

from __future__ import annotations

import pytest

from agent.claims import decide, read_sentence
from agent.claims.misheard import repaired
from agent.claims.model import ClaimKind
from agent.claims.normalize import fold
from tests.corpus.claims_corpus import facts


@pytest.mark.parametrize(
    ("heard", "meant"),
    [("thermin", "termin"), ("eingetragn", "eingetragen"), ("gebuht", "gebucht"),
     ("boked", "booked"), ("apointment", "appointment"), ("stroniert", "storniert")],
)  # fmt: skip
def test_a_misheard_claim_word_is_read_as_the_claim_word(heard, meant):
    assert repaired(heard) == meant


@pytest.mark.parametrize("word", ["looked", "hooked", "therme", "storniere", "gescheduled"])
def test_a_word_in_use_one_letter_from_a_claim_word_stays_itself(word):
    assert repaired(word) == word


def test_a_mended_word_keeps_its_place_in_the_sentence():
    sentence = "Ihr Thermin ist gebucht."
    reading = read_sentence(sentence, "de")
    assert [c.kind for c in reading.claims] == [ClaimKind.BOOKED]
    folded = fold(sentence)
    assert "termin" in folded.text
    claim = reading.claims[0]
    assert sentence[claim.start : claim.end].startswith("Ihr Thermin")


def test_the_stylist_no_longer_expecting_the_caller_is_true_after_a_cancellation_or_a_move():
    sentence = "Fabian rechnet am Freitag nicht mehr mit Ihnen."
    assert decide(sentence, facts("cancelled", "de")).passes
    assert decide(sentence, facts("moved", "de")).passes
    assert not decide(sentence, facts("booked", "de")).passes
    assert not decide(sentence, facts("nothing", "de")).passes


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Wäre der Termin schon gebucht, hätten Sie bereits eine SMS bekommen.", "de"),
     ("If you had called earlier, I could have booked you in with Lena.", "en"),
     ("Nach jeder Buchung schickt der Salon eine SMS.", "de"),
     ("We ask all clients to arrive ten minutes early.", "en")],
)  # fmt: skip
def test_what_is_not_about_this_caller_passes_in_every_state(sentence, lang):
    for state in ("nothing", "held", "failed", "cancelled"):
        assert decide(sentence, facts(state, lang)).passes, state


def test_a_claim_next_to_a_rule_for_everyone_is_still_judged():
    sentence = "Ihr Termin ist gebucht. Das gilt übrigens für alle Kunden: Die SMS kommt gleich."
    assert not decide(sentence, facts("nothing", "de")).passes
    assert decide(sentence, facts("booked", "de")).passes
