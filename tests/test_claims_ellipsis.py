"""An ellipsis claims what the receptionist's sentence before it claimed, of what it names.

The caller hears "Der Ihrer Frau auch." after "Ihr Termin ist gebucht." as "your wife's is booked
too" (blind 53, claims150): the claim of the sentence before (`CallFacts.said_before`), said of
the ellipsis's own details and of one more appointment. "X ist dieselbe" / "stays the same" after
a booking or a move keeps the appointment booked; a bare yes to the caller's "really?" says the
sentence before again. Without a sentence before, or when the ellipsis returns a wish ("Ihnen
auch!"), it claims nothing."""

from __future__ import annotations

import dataclasses

import pytest

from agent.claims import ClaimKind, decide
from tests.corpus.claims_corpus import facts


def decided(sentence: str, before: str, state: str, lang: str = "de", caller: str = ""):
    f = dataclasses.replace(facts(state, lang), said_before=before, caller=caller)
    return decide(sentence, f)


@pytest.mark.parametrize(
    ("lang", "before", "ellipsis"),
    [
        ("de", "Ihr Termin ist gebucht.", "Der Ihrer Frau auch."),
        ("de", "Ihr Termin ist gebucht.", "Und der zweite auch."),
        ("de", "Ihr Termin ist gebucht.", "Für Ihre Tochter genauso."),
        ("de", "Ihr Termin ist gebucht.", "Beide."),
        ("en", "Your perm on Friday is booked.", "Your daughter's too."),
        ("en", "Your perm on Friday is booked.", "Same for your husband."),
        ("en", "Your perm on Friday is booked.", "Both of them."),
    ],
)
def test_a_second_appointment_said_booked_too_needs_two(lang, before, ellipsis):
    assert not decided(ellipsis, before, "booked", lang).passes
    assert decided(ellipsis, before, "two", lang).passes
    assert not decided(ellipsis, before, "nothing", lang).passes


def test_the_ellipsis_is_of_what_it_names():
    before = "Alles klar, Leon Maurer: Dienstag elf Uhr Herrenschnitt bei Memo ist drin."
    claims = decided("Die Bartpflege direkt im Anschluss auch.", before, "two").claims

    assert [c.kind for c in claims] == [ClaimKind.BOOKED]
    assert not decided("Die Bartpflege direkt im Anschluss auch.", before, "two").passes


def test_a_cancellation_carries_over_as_a_cancellation():
    before = "Ihr Termin am Freitag ist storniert."

    assert {c.kind for c in decided("Der Ihres Mannes auch.", before, "two").claims} == {
        ClaimKind.CANCELLED
    }


@pytest.mark.parametrize(
    ("lang", "before", "same"),
    [
        (
            "de",
            "Den Freitag um zehn habe ich dafür freigegeben.",
            "Die Behandlung ist dieselbe: wieder eine Dauerwelle.",
        ),
        (
            "en",
            "Friday at ten is off your plate now.",
            "Everything else stays the same: same stylist, same service.",
        ),
    ],
)
def test_the_rest_said_unchanged_after_a_move_keeps_the_appointment_booked(lang, before, same):
    assert decided(same, before, "moved", lang).passes
    assert not decided(same, before, "nothing", lang).passes
    assert not decided(same, before, "held", lang).passes


def test_a_yes_to_really_says_the_sentence_before_again():
    before, caller = "So, jetzt ist es wirklich gebucht.", "Haha, okay. Also jetzt echt?"

    assert decided("Jetzt echt, ja.", before, "booked", caller=caller).passes
    assert not decided("Jetzt echt, ja.", before, "held", caller=caller).passes
    # the caller asks something else: the yes is theirs to read (`answered_statement`)
    assert decided("Jetzt echt, ja.", before, "held", caller="Haben Sie meinen Namen?").passes


@pytest.mark.parametrize(
    ("lang", "before", "sentence"),
    [
        ("de", "Bis Freitag!", "Ihnen auch!"),
        ("en", "See you on Friday!", "You too!"),
        ("en", "Your perm on Friday is booked.", "It's the same price too."),
        (
            "de",
            "Ihr Termin ist gebucht.",
            "Der Preis ist derselbe wie letztes Mal, das ist auch gebucht?",
        ),
    ],
)
def test_no_ellipsis_of_an_appointment_claims_nothing_by_the_sentence_before(
    lang, before, sentence
):
    alone = decide(sentence, facts("nothing", lang)).passes
    assert decided(sentence, before, "nothing", lang).passes == alone


def test_without_a_sentence_before_an_ellipsis_claims_nothing():
    assert decided("Der Ihrer Frau auch.", "", "nothing").passes


def test_the_holds_end_after_the_hold_said_before_is_this_hold():
    rule = "The hold expires after that, so no rush but not too long."
    before = "I'll keep it for you for ten minutes."

    assert decided(rule, before, "held", "en").passes
    assert not decided(rule, before, "nothing", "en").passes
    # after no hold, "after that" names no hold of this call
    assert decided(rule, "Lena has Saturday at eleven.", "nothing", "en").passes


def test_a_reading_is_never_reused_across_different_sentences_before():
    """`read_once` keeps a reading by what it asked of the facts: an ellipsis asked for the
    sentence before, so another sentence before reads it anew."""
    booked, asked = "Ihr Termin ist gebucht.", "Möchten Sie noch etwas trinken?"

    assert not decided("Der Ihrer Frau auch.", booked, "booked").passes
    assert decided("Der Ihrer Frau auch.", asked, "booked").passes
    assert not decided("Der Ihrer Frau auch.", booked, "booked").passes
