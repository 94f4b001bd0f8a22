"""claims90's classes (issue 9), in words of neither corpus file (blind 38, probe 38b): the
caller's data said deleted is false in every call, for the agent deletes nothing (the lead's
decision, convention 600), while a deletion denied, asked or passed on stays true; a booking said
complete at a coming moment is the booking claim (the lead's decision, 601, applying 155), while
the same moment under a condition, or the agent's act in progress, claims nothing."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, EVERYWHERE, passes_in

NEVER: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihre Mobilnummer ist aus unserer Datei gelöscht.", "de"),
     ("Sämtliche Ihrer Kundendaten habe ich entfernt.", "de"),
     ("Your details have been purged from the salon's records.", "en"),
     ("I removed your mobile number from the list.", "en")],
)  # fmt: skip
def test_the_callers_data_said_deleted_passes_in_no_call(sentence, lang):
    assert passes_in(sentence, lang) == NEVER


def test_a_cancellation_beside_a_deletion_still_cannot_pass():
    sentence = "Den Freitag habe ich abgesagt und Ihre Telefonnummer gleich mit entfernt."
    assert passes_in(sentence, "de") == NEVER


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihre Kundendaten darf ich selbst nicht entfernen.", "de"),
     ("Möchten Sie, dass der Salon Ihre Mobilnummer entfernt?", "de"),
     ("Deleting your records is something only the salon can do.", "en"),
     ("Should the salon wipe your mobile number?", "en")],
)  # fmt: skip
def test_a_deletion_denied_or_asked_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sofort ist Ihr Termin eingetragen.", "de"),
     ("In wenigen Sekunden wird er gebucht sein.", "de"),
     ("Your appointment will be confirmed in a few moments.", "en"),
     ("By the time you hang up, everything will be entered.", "en")],
)  # fmt: skip
def test_a_booking_said_done_at_a_coming_moment_is_the_booking_claim(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Wenn das System mitmacht, ist Ihr Termin sofort eingetragen.", "de"),
     ("Assuming nothing goes wrong, you'll be booked in a minute.", "en"),
     ("Ich gebe Sie gerade ins System ein.", "de"),
     ("I'm entering your booking right now.", "en")],
)  # fmt: skip
def test_a_moment_under_a_condition_or_the_act_in_progress_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_wish_for_deletion_passed_on_is_a_message():
    # the event noun names the wish's content (blind 38's "Wunsch nach Löschung"), no cancellation
    sentence = "Die Bitte um Entfernung Ihrer Kundendaten habe ich dem Salon übergeben."
    assert passes_in(sentence, "de") == {"message"}
    assert passes_in("Ihre Absage habe ich an Fabian weitergeleitet.", "de") != {"message"}
