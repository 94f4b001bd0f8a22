"""Blind round 57's false blocks (claims155): general information, conditions, suppositions and
goodbyes that presuppose no appointment pass in every state, each beside its claiming twin, which
is still stopped where it is false.

One class a test: a slot named in an unreal past; a goodbye to an indefinite time and a "bis <Tag>" that is a verb's reach; an instruction or a
condition for any appointment ("einen Termin"); a condition on the caller's own booking; a promise
inside the caller's supposition or a step of the process the caller asked about; a next visit with
no day; a definition of what an entry is not; a way compared ("ginge es schneller").
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from agent.claims import decide
from tests.corpus.claims_corpus import STATES, facts


def _passes_everywhere(sentence: str, lang: str, caller: str = "") -> list[str]:
    """The states in which `sentence` (after the caller's `caller`) is stopped."""
    return [
        state
        for state in STATES
        if not decide(sentence, replace(facts(state, lang), caller=caller)).passes
    ]


def _stopped(sentence: str, lang: str, state: str, caller: str = "") -> bool:
    return not decide(sentence, replace(facts(state, lang), caller=caller)).passes


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Had you called yesterday, you'd still have got Saturday at ten.", "en",
      "Had I called yesterday, would it have been easier?"),
     ("Hätten Sie gestern angerufen, hätten Sie noch Samstag um zehn bekommen.", "de",
      "Hätte ich gestern angerufen, wäre das einfacher gewesen?")],
)  # fmt: skip
def test_a_slot_named_in_an_unreal_past_is_offered_to_no_one(sentence, lang, caller):
    assert _passes_everywhere(sentence, lang, caller) == []


def test_the_slot_said_free_now_is_still_an_offer():
    assert _stopped("Lena hätte noch Samstag um zehn.", "de", "nothing")


@pytest.mark.parametrize(
    ("sentence", "lang", "twin"),
    [("You're welcome, we'll see you another time.", "en", "We'll see you on Friday."),
     ("Gern geschehen, dann sehen wir uns einfach ein andermal.", "de",
      "Dann sehen wir uns am Freitag.")],
)  # fmt: skip
def test_a_goodbye_to_an_indefinite_time_sets_no_visit(sentence, lang, twin):
    assert _passes_everywhere(sentence, lang) == []
    assert _stopped(twin, lang, "nothing")


def test_bis_a_day_before_a_verb_is_the_verbs_reach_not_a_goodbye():
    sentence = "Bis Samstag sind Sie ja noch da, oder?"
    assert _passes_everywhere(sentence, "de", "Ich bin nur kurz zu Besuch in Berlin.") == []
    assert _stopped("Bis Samstag!", "de", "nothing")


@pytest.mark.parametrize(
    ("sentence", "twin"),
    [("Falls Sie einen Termin nicht wahrnehmen können, sagen Sie bitte rechtzeitig ab.",
      "Falls Sie Ihren Termin am Freitag nicht wahrnehmen können, sagen Sie bitte rechtzeitig ab."),
     ("Notieren Sie sich einen Termin am besten gleich selbst im Kalender.",
      "Sie haben einen Termin bei uns.")],
)  # fmt: skip
def test_an_instruction_for_any_appointment_presupposes_none(sentence, twin):
    assert _passes_everywhere(sentence, "de") == []
    assert _stopped(twin, "de", "nothing")


def test_a_condition_on_the_callers_own_booking_presupposes_none():
    sentence = "If you book Friday and end up running late, just give us a call."
    assert _passes_everywhere(sentence, "en", "What if I'm late?") == []
    assert _stopped("If you're running late on Friday, just give us a call.", "en", "nothing")


@pytest.mark.parametrize(
    ("sentence", "lang", "supposing", "plain"),
    [("Der Salon ruft dann am nächsten Öffnungstag zurück.", "de",
      "Was ist, wenn der Salon zu hat und ich etwas fragen will?",
      "Können Sie mich zurückrufen lassen?"),
     ("Danach bekommen Sie eine SMS mit allen Angaben.", "de",
      "Wie funktioniert das mit dem Buchen?", "Ist das jetzt gebucht?"),
     ("After that you get a text with all the details.", "en", "How does booking work?",
      "Is it booked now?")],
)  # fmt: skip
def test_a_promise_inside_the_callers_supposition_is_none_of_this_call(
    sentence, lang, supposing, plain
):
    assert _passes_everywhere(sentence, lang, supposing) == []
    assert _stopped(sentence, lang, "nothing", plain)


def test_the_supposed_case_leaves_the_rest_of_the_sentence_read():
    sentence = "Then he'll just call you, I've noted your number on your appointment."
    caller = "And if Fabian has questions?"
    assert not _stopped(sentence, "en", "booked", caller)
    assert _stopped(sentence, "en", "nothing", caller)


def test_a_next_visit_with_no_day_is_none_of_the_calls():
    sentence = "Bei Ihrem nächsten Besuch berät Sie Fabian gern dazu."
    assert _passes_everywhere(sentence, "de") == []
    assert _stopped("Bei Ihrem Besuch am Freitag berät Sie Fabian gern dazu.", "de", "nothing")


def test_what_an_entry_is_not_said_of_any_is_a_definition():
    sentence = "Eine Reservierung allein ist bei uns noch keine feste Buchung."
    assert _passes_everywhere(sentence, "de") == []
    assert _stopped("Ihre Reservierung ist noch keine feste Buchung.", "de", "booked")


def test_a_way_compared_offers_no_slot():
    assert _passes_everywhere("Am Samstag ginge es schneller.", "de") == []
    assert _stopped("Am Samstag um elf ginge es.", "de", "nothing")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("On Friday Sophie will greet you at the front desk and take you over to Fabian.", "en"),
     ("Sophie will pour you a glass of water on Friday.", "en"),
     ("Am Freitag führt Sie Sophie zuerst zum Waschbecken.", "de")],
)  # fmt: skip
def test_whoever_greets_or_serves_a_drink_is_not_the_appointments_stylist(sentence, lang):
    assert not _stopped(sentence, lang, "booked")  # booked with Fabian: true
    assert _stopped(sentence, lang, "nothing")  # the visit presupposed: still a claim


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Am Freitag macht Ihnen Lena die Dauerwelle.", "de"), ("On Friday Lena will do your perm.", "en")],
)  # fmt: skip
def test_the_stylist_of_an_act_on_the_hair_is_still_the_appointments(sentence, lang):
    assert _stopped(sentence, lang, "booked")  # booked with Fabian
