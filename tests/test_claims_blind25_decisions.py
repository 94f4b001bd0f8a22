"""The lead's decisions on blind round 25's last disputed wordings (conventions 90-92), stated as
behaviour in words of neither corpus file: a read-back of the caller's own wish claims nothing; one
detail booked "instead of" another is a move; "Ihr Termin steht" is the booking; "still reserved"
alone is a kept slot; a thing as the doer of a claim word claims nothing."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, EVERYWHERE, HELD
from tests.claims_support import passes_in as _passes_in


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [
        (
            "Sie wollen Ihren Termin am Freitag also verschieben, habe ich das richtig verstanden?",
            "de",
            "Ich will meinen Termin am Freitag verschieben.",
        ),
        (
            "Ihren Freitagstermin möchten Sie also absagen.",
            "de",
            "Den Freitagstermin bitte absagen.",
        ),
        (
            "So you want to move your Friday appointment, correct?",
            "en",
            "I need to move my Friday appointment.",
        ),
    ],
)
def test_the_callers_wish_read_back_passes_everywhere(sentence, lang, caller):
    assert _passes_in(sentence, lang, caller) == EVERYWHERE


def test_the_agents_own_question_about_the_appointment_still_presupposes_it():
    # convention 45: the agent brings the Friday appointment up itself
    assert "nothing" not in _passes_in("Wollen Sie Ihren Termin am Freitag stornieren?", "de")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Ich habe Sie bei Lena anstatt bei Fabian gebucht.", "de"),
        ("Gebucht ist jetzt Lena statt Fabian.", "de"),
        ("I've put you down with Lena instead of Fabian.", "en"),
    ],
)
def test_a_stylist_booked_instead_of_another_is_a_move_no_state_made(sentence, lang):
    # 'two' has Lena on Saturday beside Fabian's Friday: no appointment went from Fabian to Lena
    assert _passes_in(sentence, lang) == set()


def test_a_wish_for_another_stylist_is_no_claim():
    assert (
        _passes_in("Soll ich Sie lieber bei Lena statt bei Fabian eintragen?", "de") == EVERYWHERE
    )


def test_steht_after_a_denied_cancellation_is_the_booking_and_holds_after_a_move():
    assert _passes_in("Nein, abgesagt ist nichts, Ihr Termin steht.", "de") == BOOKED_ANY


def test_unchanged_in_words_is_false_after_a_move():
    passing = _passes_in("Nichts ist abgesagt, Ihr Termin bleibt genau wie er war.", "de")
    assert "moved" not in passing and "booked" in passing


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Keine Sorge, Ihr Platz ist noch reserviert.", "de"),
        ("Don't worry, your spot is still held.", "en"),
    ],
)
def test_still_reserved_alone_is_a_kept_slot_a_booking_keeps_too(sentence, lang):
    assert _passes_in(sentence, lang) == HELD


def test_still_reserved_beside_a_part_booked_is_not_booked_yet():
    passing = _passes_in("Der Schnitt ist gebucht, die Farbe ist noch reserviert.", "de")
    assert not passing & BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The storm has officially cancelled autumn.", "en"),
        ("The traffic has just booked me a headache.", "en"),
        ("Heute habe ich mir wohl einen Muskelkater gebucht.", "de"),
    ],
)
def test_a_thing_as_the_doer_or_the_speakers_own_object_claims_nothing(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The weather has cancelled your appointment.", "en"),
        ("The salon has cancelled your Friday appointment.", "en"),
        ("Ich habe Ihnen den zehnten gebucht.", "de"),
    ],
)
def test_a_claim_on_the_callers_appointment_stays_a_claim(sentence, lang):
    assert "nothing" not in _passes_in(sentence, lang)
