"""Blind round 31's false blocks (claims64), as classes: a sequence of the appointment's states
read by where it ends, a hold told released, the booking after a yes asked for, a supposed
success doubted, a day told gone in the caller's words, a cancellation's confirmation, a place
named a hold, a status awaiting the salon, the caller's place empty again, two days told before
and after, a status read off the calendar in English; with the nearest sentences of the other
polarity. Sentences in words of neither corpus file nor the probe."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    HELD,
    HELD_FRIDAY,
    NOT_BOOKED,
    passes_in,
)

GONE_FRIDAY = frozenset({"cancelled", "moved"})  # Friday cancelled, or moved away from
MOVED = frozenset({"moved"})
PENDING = frozenset({"pending"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Vor einer Stunde war Ihr Termin noch eingetragen, seitdem ist er storniert.", "de",
      CANCELLED_FRIDAY),
     ("Your slot was confirmed at first, and now it's been cancelled.", "en", CANCELLED_FRIDAY),
     ("Zuerst storniert, jetzt aber wieder fest eingetragen.", "de", BOOKED_ANY),
     ("It was cancelled at first, but now it's booked again.", "en", BOOKED_ANY),
     ("Anfangs nur geblockt, mittlerweile gebucht.", "de", BOOKED_ANY),
     ("Erst wollte ich es gleich buchen, jetzt ist der Platz nur vorgemerkt.", "de", HELD)],
)  # fmt: skip
def test_a_sequence_of_states_claims_where_it_ends(sentence, lang, expected):
    # convention 75: the earlier stage is history, the last one is the claim (and its false twin
    # is the other order)
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich hatte den Platz kurz vorgemerkt, die Vormerkung habe ich aber wieder aufgehoben.", "de"),
     ("The slot was on hold for a moment; I've released it again.", "en")],
)  # fmt: skip
def test_a_hold_told_released_claims_nothing(sentence, lang):
    # as the gated "Ich habe die Reservierung wieder freigegeben." (87)
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_booking_lifted_is_still_the_cancellation():
    assert passes_in("Die Buchung habe ich wieder aufgehoben.", "de") == CANCELLED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sagen Sie mir einfach Ja, dann ist Ihr Termin fest.", "de"),
     ("Say yes first, and then you're in.", "en")],
)  # fmt: skip
def test_the_booking_after_a_yes_asked_for_is_not_made_yet(sentence, lang):
    # conventions 5 and 125: false once a booking exists, true before
    assert passes_in(sentence, lang) == NOT_BOOKED


def test_the_yes_given_makes_it_the_booking():
    assert passes_in("Sie haben zugestimmt, also ist der Termin jetzt fest.", "de") == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Eigentlich müsste die Buchung durch sein, aber sicher bin ich mir nicht.", "de"),
     ("Supposedly it's booked, but I can't confirm that.", "en")],
)  # fmt: skip
def test_a_supposed_success_doubted_claims_nothing(sentence, lang):
    # convention 5: what the speaker cannot confirm
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_hedge_without_doubt_is_still_the_claim():
    assert passes_in("Die Buchung müsste durch sein.", "de") == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Am Freitag finde ich Sie im Kalender nicht mehr.", "de"),
     ("Your Friday visit has disappeared from our system.", "en")],
)  # fmt: skip
def test_a_day_told_gone_without_an_act_is_true_after_a_move_too(sentence, lang):
    # conventions 3, 18, 86
    assert passes_in(sentence, lang) == GONE_FRIDAY


def test_a_day_removed_by_the_speaker_is_the_cancellation():
    assert passes_in("Ihren Freitagstermin habe ich gelöscht, der ist weg.", "de") == {"cancelled"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der Termin ist abgesagt, eine Bestätigung schicken wir Ihnen per SMS.", "de"),
     ("Your appointment is cancelled, and a text will confirm it.", "en")],
)  # fmt: skip
def test_a_cancellations_confirmation_is_no_booking(sentence, lang):
    assert passes_in(sentence, lang) == CANCELLED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Der Platz am Freitag um zehn gehört vorerst Ihnen, als Reservierung.", "de"),
     ("You've got Friday at ten for now, as a hold.", "en")],
)  # fmt: skip
def test_a_place_named_a_hold_is_the_hold(sentence, lang):
    # convention 120: true while held, and where a booking keeps the slot
    assert passes_in(sentence, lang) == HELD_FRIDAY


def test_a_status_awaiting_the_salon_is_the_request():
    sentence = "Im Kalender steht Ihr Termin als angefragt, der Salon muss noch zusagen."
    assert passes_in(sentence, "de") == PENDING


def test_the_callers_place_empty_again_is_the_cancellation():
    # convention 21 ("Ihr Platz am Freitag ist wieder frei"), 260
    assert passes_in("Ihr Platz am Freitag ist jetzt wieder leer.", "de") == CANCELLED_FRIDAY


def test_two_days_told_before_and_after_claim_the_later():
    sentence = "Zuerst Freitag um zehn, jetzt Donnerstag um drei – so ist es eingetragen."
    assert passes_in(sentence, "de") == MOVED


def test_a_status_seen_in_the_calendar_is_that_status():
    # convention 84, an English clause without "that"
    assert passes_in("I can see the Friday booking has been cancelled.", "en") == CANCELLED_FRIDAY
