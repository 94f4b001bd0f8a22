"""Classes of false passes left in the open blind rounds 39, 40, 51 and 52 and probe 42 (claims158),
each read as the sentence says it, in the call states that tell the readings apart: the corpus's
move goes from Friday 10:00 to Thursday 15:00; `two` holds Friday 10:00 and Saturday 11:00."""

from __future__ import annotations

import dataclasses

import pytest

from agent.claims import decide
from tests.corpus.claims_corpus import facts


def _passes(sentence: str, lang: str, state: str, caller: str = "") -> bool:
    f = facts(state, lang)
    return decide(sentence, dataclasses.replace(f, caller=caller) if caller else f).passes


def _states(sentence: str, lang: str, caller: str = "") -> set[str]:
    states = ("nothing", "held", "booked", "cancelled", "moved", "two", "offered")
    return {s for s in states if _passes(sentence, lang, s, caller)}


@pytest.mark.parametrize(
    "sentence",
    ["Hab dich auf Donnerstag um drei geschoben, passt?", "Ich hab Sie auf Donnerstag geschoben."],
)
def test_the_caller_shoved_onto_a_day_is_a_move(sentence):
    # spoken German drops "ich" before "hab"; shoving someone onto a day moves them
    assert _states(sentence, "de") == {"moved"}


def test_a_question_with_hab_first_still_asks():
    assert _states("Hab ich dich verschoben?", "de") >= {"nothing", "booked", "moved"}


def test_postponed_is_a_move_later():
    # the corpus's move went a day earlier: a postponement is not that move
    assert _states("Your appointment is postponed to Thursday, ma'am.", "en") == set()
    assert _passes("I've postponed your appointment.", "en", "nothing") is False


def test_the_speakers_own_thing_moved_is_no_claim():
    assert decide("My coffee break got postponed again, ha.", facts("booked", "en")).claims == ()
    assert not _passes("My appointment got moved.", "en", "booked")


def test_scrubbed_out_of_the_book_is_a_cancellation():
    assert _states("I've scrubbed you out of the book, lovely.", "en") == {"cancelled"}
    assert decide("I scrubbed the basin.", facts("booked", "en")).claims == ()


@pytest.mark.parametrize(
    ("sentence", "lang", "true_in"),
    [
        ("Nothing cha nges for Friday at ten.", "en", {"booked", "two"}),
        ("Umgebucht auf Donner stag, gleiche Uhrzeit wie vorher.", "de", set()),
    ],
)
def test_a_torn_word_is_read_whole(sentence, lang, true_in):
    # "cha nges" the stands verb, "Donner stag" the move's day: the same time as before
    # (ten) is not the corpus's move to three
    assert _states(sentence, lang) == true_in


def test_a_yes_to_a_move_question_saying_the_slot_is_yours_is_the_move():
    caller = "Did you move me to Saturday?"
    assert not _passes("Yes, Saturday at eleven is yours now.", "en", "two", caller)


@pytest.mark.parametrize(
    "sentence",
    [
        "Verschoben hab i nix, des is no wia's war.",
        "Das ist noch so, wie es war.",
        "Alles ist, wie es war.",
    ],
)
def test_still_as_it_was_is_the_appointment_standing(sentence):
    assert _states(sentence, "de") == {"booked", "two"}


def test_einer_alone_opening_the_sentence_presupposes_several():
    assert _states("Einer ist weg: der Freitag ist abgesagt.", "de") == set()


def test_then_takes_the_day_of_a_stylist_who_has_taken_the_caller():
    sentence = "Fabian's taken you on Thursday at three instead, he'll see you then."
    assert _states(sentence, "en") == {"moved"}


def test_a_slot_said_with_a_m_before_its_verb_keeps_its_day():
    sentence = "Friday at 10 a.m. is free and held for you. Shall I book it?"
    assert not _passes(sentence, "en", "moved")
    assert _passes(sentence, "en", "held")


@pytest.mark.parametrize(
    ("sentence", "wrong_state"),
    [
        ("Freitag um 16 Uhr war noch offen. Den habe ich Ihnen eingetragen.", "booked"),
        ("Ich habe den Freitag um zehn gefunden. Den halte ich Ihnen kurz fest.", "moved"),
    ],
)
def test_a_demonstrative_resumes_the_slot_named_before(sentence, wrong_state):
    assert not _passes(sentence, "de", wrong_state)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("I've cancelled it rather than moved it.", "en"),
        ("Ich habe ihn storniert statt verschoben.", "de"),
    ],
)
def test_a_move_set_aside_for_a_cancellation_is_the_cancellation(sentence, lang):
    assert _states(sentence, lang) == {"cancelled"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "I'm holding Friday at 10 a.m. with Lena for you – would you like me to confirm it?",
            "en",
        ),
        ("Die Reservierung für Freitag um elf bei Fabian gilt noch zehn Minuten.", "de"),
    ],
)
def test_a_hold_keeps_the_stylist_and_time_named_after_its_clock(sentence, lang):
    # the corpus's hold is Friday 10:00 with Fabian: Lena's slot, or eleven, is not it
    assert not _passes(sentence, lang, "held")


def test_the_holds_end_is_still_no_slot_time():
    sentence = "Die Reservierung für Freitag läuft um halb elf ab."
    assert _passes(sentence, "de", "held")
