"""A sequence read by its last step (agent/claims/sequence; convention 75): what the caller's
appointment is now is what the sentence claims, the earlier steps it undoes claim nothing
(blind 31, claims63 and claims64); a hold told released claims nothing; two days told before
and after claim the later; steps of something else or still to come claim nothing. Sentences in
words of neither corpus file nor the probe."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, CANCELLED_FRIDAY, EVERYWHERE, HELD, passes_in

MOVED = frozenset({"moved"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Anfangs stand Freitag, inzwischen ist er storniert.", "de", CANCELLED_FRIDAY),
     ("At first it was on hold, by now it's confirmed.", "en", BOOKED_ANY),
     ("Ursprünglich Freitag um zehn, jetzt Donnerstag um drei.", "de", MOVED),
     ("It was Friday at first, now it's Thursday at 3 p.m.", "en", MOVED)],
)  # fmt: skip
def test_a_sequence_claims_its_last_step(sentence, lang, expected):
    # convention 75: what the appointment is now is what is claimed
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Zuerst der Name, dann die Telefonnummer.", "de"),
     ("First I'll check the calendar, then I'll book you in.", "en")],
)  # fmt: skip
def test_steps_of_something_else_or_still_to_come_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


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


def test_two_days_told_before_and_after_claim_the_later():
    sentence = "Zuerst Freitag um zehn, jetzt Donnerstag um drei – so ist es eingetragen."
    assert passes_in(sentence, "de") == MOVED
