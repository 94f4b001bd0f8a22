"""Blind round 28's false passes (claims50), as classes: a state reported in Konjunktiv I or
presumed from the screen; spoken and regional German spelled out; a booking taken back by a
self-repair or denied yet in mixed words; a denied denial; colloquial and code-switched English;
a tool's status read aloud; a visit said in the future and a slot offered in Konjunktiv II; a
reply that opens with the salon's hours; and the nearest sentences that must still pass.
Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    passes_in,
)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die App meldet, Ihre Buchung sei erfolgreich bestätigt.", "de", BOOKED_ANY),
     ("Unser Kassensystem zeigt an, Sie seien eingebucht.", "de", BOOKED_ANY),
     ("Laut Terminbuch sei Ihr Termin gelöscht.", "de", CANCELLED_FRIDAY),
     ("Der Chef lässt ausrichten, Ihr Termin sei abgesagt.", "de", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_a_state_reported_in_konjunktiv_one_is_a_claim_of_it(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Kollegin meldet, die Kaffeemaschine sei kaputt.", "de"),
     ("Sie sagten, Sie seien erst ab Mittag erreichbar.", "de")],
)  # fmt: skip
def test_a_report_about_anything_else_or_of_the_callers_words_passes(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Den Termin hamma gestrichen, gell.", "de", CANCELLED_FRIDAY),
     ("Eingetragen hamma no nix.", "de", NOT_BOOKED)],
)  # fmt: skip
def test_spoken_german_is_read_as_its_standard_words(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Fest eingetragen – ach nein, Verzeihung, nur vorgemerkt.", "de"),
     ("It's booked – sorry, scratch that, reserved.", "en")],
)  # fmt: skip
def test_a_booking_taken_back_for_a_hold_is_the_hold(sentence, lang):
    # convention 124 (blind 19's gated labels): a repair is read by what it ends on, the hold,
    # true wherever the slot is kept for the caller, a booking included; never where nothing is
    # (a hold naming no slot is kept by any booking, the moved one too: convention 131)
    assert passes_in(sentence, lang) == {"held", "pending", "booked", "moved", "two", "no_sms"}


def test_a_hold_said_not_booked_yet_never_passes_as_a_booking():
    assert not passes_in("The slot is held, but not booked yet, okay.", "en") & BOOKED_ANY


def test_a_denied_denial_affirms_the_claim():
    assert passes_in("Ich würde nicht sagen, dass Ihre Buchung nicht bestätigt ist.", "de") == (
        BOOKED_ANY
    )


def test_an_english_denied_denial_never_passes_without_a_booking():
    # its "not booked" read beside it still blocks it after the booking: blind 28's false blocks
    assert not passes_in("I wouldn't say you're not booked in.", "en") & NOT_BOOKED


def test_a_denied_denial_about_anything_else_passes():
    assert passes_in("Ich würde nicht sagen, dass Strähnchen nicht modern sind.", "de") == (
        EVERYWHERE
    )


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Yep, you're in our Kalender now.", "en", BOOKED_ANY),
     ("Seemingly you're all set.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_colloquial_and_mixed_english_keeps_its_claim(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Antwort vom Server: appointment created.", "de", BOOKED_ANY),
     ("code: 201, status: created.", "de", BOOKED_ANY)],
)  # fmt: skip
def test_a_tool_status_read_aloud_states_its_outcome(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_a_reply_opening_with_the_hours_still_claims_its_move():
    reply = "Wednesdays we're open until seven. I've shifted you to Thursday at three. Fine?"
    assert passes_in(reply, "en") == {"moved"}


def test_the_hours_alone_pass_everywhere():
    assert passes_in("We're open until seven on Wednesdays. Which day suits you?", "en") == (
        EVERYWHERE
    )
