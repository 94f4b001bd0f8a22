"""Blind round 32's modal verbs (claims66): a modal of ability, success, permission or
necessity around an act claims the act; negated with "noch" / "yet", or still to be done, it says
the booking is not made yet; a failure without them, a present ability, a rule and a condition
claim nothing. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, EVERYWHERE, NOT_BOOKED, passes_in


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Buchung ließ sich problemlos bestätigen.", "de"),
     ("Wir durften Sie noch einplanen.", "de"),
     ("Es ist mir doch noch gelungen, Sie einzuplanen.", "de"),
     ("We managed to slot you in.", "en"),
     ("I was luckily able to book your visit.", "en")],
)  # fmt: skip
def test_a_success_modal_with_a_booking_is_the_booking(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihren Besuch habe ich stornieren müssen.", "de"),
     ("Die Absage ließ sich sofort durchführen.", "de"),
     ("We've had to cancel your visit.", "en")],
)  # fmt: skip
def test_a_modal_of_necessity_or_success_with_a_cancellation_is_the_cancellation(sentence, lang):
    assert passes_in(sentence, lang) == {"cancelled"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich konnte Sie auf den Donnerstag verlegen.", "de"),
     ("I was able to shift your visit to Thursday.", "en")],
)  # fmt: skip
def test_a_modal_with_a_move_is_the_move_with_its_day(sentence, lang):
    assert passes_in(sentence, lang) == {"moved"}


def test_a_modal_booking_keeps_the_details_it_names():
    # Saturday with Lena is only the caller's in state "two"
    assert passes_in("I managed to book you with Lena on Saturday.", "en") == {"two"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Fest einplanen konnte ich Sie bisher noch nicht.", "de"),
     ("Ich konnte es leider nicht eintragen.", "de"),  # D57 (1124): this call's booking denied
     ("Ich muss die Buchung noch bestätigen.", "de"),
     ("I haven't managed to confirm your visit yet.", "en"),
     ("We still need to confirm your booking.", "en")],
)  # fmt: skip
def test_a_booking_not_managed_yet_or_still_to_do_is_not_booked(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sie können auch selbst online stornieren.", "de"),
     ("Wenn ich Sie eintragen darf, melde ich mich.", "de"),
     ("If I'm able to book it, I'll call you.", "en")],
)  # fmt: skip
def test_a_failure_without_yet_an_ability_or_a_condition_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_cancellation_the_speaker_could_not_make_is_not_cancelled():
    """The lead's D68 (convention 1160): this call's cancellation told failed."""
    assert passes_in("I wasn't able to cancel it, sorry.", "en") == EVERYWHERE - {"cancelled"}
