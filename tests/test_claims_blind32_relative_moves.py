"""Blind round 32's moves told relative to the old place (claims66): with no verb of moving, the
words that say what changed and what stayed ("drei Tage nach vorne", "same day", "a different
day", "statt X jetzt Y") still claim a move, checked against the call's move (Friday 10:00 to
Thursday 15:00, Fabian kept). Questions, offers and the caller asked to come early claim nothing.
Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import EVERYWHERE, passes_in

NEVER: set[str] = set()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Einen Tag nach vorne, auf Donnerstag.", "de"),
     ("Fabian wie gehabt, nur ein anderer Tag.", "de"),
     ("Anstatt Freitag früh nun Donnerstag um fünfzehn Uhr.", "de"),
     ("A day earlier than scheduled, Thursday now.", "en"),
     ("Same hairdresser, a different day, Thursday afternoon.", "en"),
     ("Neuer Tag statt des alten: Donnerstag, 15 Uhr.", "de")],
)  # fmt: skip
def test_a_relative_move_that_reaches_the_calls_move_is_true_of_it(sentence, lang):
    assert passes_in(sentence, lang) == {"moved"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Drei Stunden später als geplant, also um eins.", "de"),
     ("Selber Tag, aber jetzt bei Lena.", "de"),
     ("Zwei Tage nach hinten, gleiche Uhrzeit.", "de"),
     ("Same slot, only with Lena.", "en"),
     ("Four hours earlier than before.", "en"),
     ("Same hour, different day: Monday.", "en")],
)  # fmt: skip
def test_a_relative_move_the_call_did_not_make_is_false_everywhere(sentence, lang):
    assert passes_in(sentence, lang) == NEVER


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Wäre Ihnen eine Stunde später lieber?", "de"),
     ("Zwei Stunden früher wäre bei Lena noch offen.", "de"),
     ("Bitte kommen Sie zehn Minuten früher.", "de"),
     ("An hour earlier would be free too.", "en"),
     ("Please arrive fifteen minutes earlier.", "en"),
     ("Two hours later it is usually calmer here.", "en"),
     ("We take bookings up to three weeks ahead.", "en"),
     ("Eine Kundin hat abgesagt, aber das war eine andere Zeit.", "de")],
)  # fmt: skip
def test_questions_offers_and_arrival_times_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE
