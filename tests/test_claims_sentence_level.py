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


# --- claims12: blind 8's single misses, as classes ---------------------------------------------


def _passes(sentence: str, state: str, lang: str = "de") -> bool:
    return decide(sentence, facts(state, lang)).passes


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr Termin, der jetzt fest ist, ist Freitag um zehn.", "de"),
     ("Der Termin, den ich Ihnen eingetragen habe, ist Freitag um zehn.", "de"),
     ("Your appointment, which is now confirmed, is on Friday at ten.", "en")],
)  # fmt: skip
def test_a_booking_in_a_relative_clause_takes_the_main_clause_s_day(sentence, lang):
    assert _passes(sentence, "booked", lang)
    assert not _passes(sentence, "moved", lang)  # booked on Thursday, not Friday


def test_the_caller_put_into_a_slot_is_a_booking_there():
    sentence = "Donnerstag um drei war frei, da habe ich Sie jetzt hingelegt."
    assert _passes(sentence, "moved")
    assert not _passes(sentence, "cancelled")
    assert _passes("Ich habe Ihnen die Unterlagen hingelegt.", "nothing")


def test_confirmed_in_a_sentence_planning_the_visit_is_the_booking_s():
    sentence = "Now that it's confirmed, can I get a number in case Fabian runs late?"
    assert _passes(sentence, "booked", "en")
    assert not _passes(sentence, "cancelled", "en")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Das steht aber auf einem anderen Blatt.", "de"),
     ("Ob es Strähnchen werden, steht noch in den Sternen.", "de"),
     ("Die Farbe steht Ihnen bestimmt gut.", "de"),
     ("That's a different story.", "en")],
)  # fmt: skip
def test_an_idiom_with_a_claim_word_claims_nothing(sentence, lang):
    for state in ("nothing", "cancelled", "booked"):
        assert _passes(sentence, state, lang), state


def test_a_message_sent_out_is_no_cancellation():
    sentence = "Die SMS für Ihren Termin bei Lena am Samstag ist schon raus."
    assert _passes(sentence, "two")
    assert not _passes(sentence, "nothing")


def test_the_salon_s_answer_to_come_belongs_to_the_pending_request():
    sentence = "Ihre Terminanfrage liegt dem Salon vor, die Bestätigung kommt noch."
    assert _passes(sentence, "pending")
    assert not _passes(sentence, "booked")


@pytest.mark.parametrize(
    ("sentence", "lang", "states"),
    [# the instruction for Friday's visit presupposes the booking; "free" is the parking's
     ("Park round the back on Friday, it's free after nine.", "en", ("booked", "two")),
     ("Der Kaffee ist bei uns übrigens frei.", "de", ("nothing", "booked", "cancelled")),
     ("Friday's set aside for training.", "en", ("nothing", "booked", "cancelled")),
     ("Der Freitag ist für eine Schulung geblockt.", "de", ("nothing", "booked", "cancelled"))],
)  # fmt: skip
def test_free_of_charge_and_a_day_set_aside_for_the_salon_name_no_slot(sentence, lang, states):
    for state in states:
        assert _passes(sentence, state, lang), state


def test_a_free_slot_beside_free_parking_is_still_judged():
    sentence = "Thursday at three is free, and parking is free too."
    assert not _passes(sentence, "nothing", "en")
    assert _passes(sentence, "offered", "en")
