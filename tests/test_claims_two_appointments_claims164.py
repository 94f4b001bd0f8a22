"""A recap of two appointments is true per appointment (claims164, issue 9; blinds 39, 47): each
item it lists must be ONE appointment of the call in all it names (day, time, stylist, service),
so a recap that swaps the stylists of the two days is false; "beide"/"both" says its details of
two appointments, so both said to be on one day, or with one stylist, when only one is, is false;
two services said together at one time are two appointments at that time. The call state `two`
has Friday 10:00 with Fabian (Dauerwelle) and Saturday 11:00 with Lena (Strähnchen), both booked.
Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import passes_in


def _in_two(sentence: str, lang: str) -> bool:
    return "two" in passes_in(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Freitags sind Sie bei Fabian, samstags bei Lena, alles fest.", "de"),
     ("Saturday you're with Lena and Friday with Fabian, all confirmed.", "en"),
     ("Am Freitag bei Fabian und am Samstag bei Lena, beide eingetragen.", "de"),
     ("Friday with Fabian and Saturday with Lena, both confirmed.", "en")],
)  # fmt: skip
def test_a_recap_of_two_whose_items_are_each_one_appointment_passes(sentence, lang):
    assert _in_two(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Freitag ist bei Lena und Samstag bei Fabian, beides fest.", "de"),
     ("Am Freitag sind Sie bei Lena, am Samstag bei Fabian – alles gebucht.", "de"),
     ("Friday's with Lena and Saturday's with Fabian, all set.", "en"),
     ("You have Lena on Friday and Fabian on Saturday, both in.", "en")],
)  # fmt: skip
def test_a_recap_that_swaps_the_stylists_of_the_two_days_is_blocked(sentence, lang):
    assert not _in_two(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sie und Ihr Mann sind beide am Samstag um elf eingetragen.", "de"),
     ("Für Sie am Freitag, für Ihre Tochter am Samstag, beide bei Lena eingetragen.", "de"),
     ("You and your husband are both booked for Friday at ten.", "en"),
     ("One on Friday, one on Saturday, both with Fabian.", "en")],
)  # fmt: skip
def test_both_said_of_one_day_or_one_stylist_claims_two_appointments_there(sentence, lang):
    assert not _in_two(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Samstag um elf, Strähnchen und Dauerwelle, beides eingetragen.", "de"),
     ("Die Dauerwelle ist zusammen mit den Strähnchen am Samstag gebucht.", "de"),
     ("Both booked for Friday at ten: the highlights and the perm.", "en"),
     ("Booked together on Saturday: your perm and your highlights.", "en")],
)  # fmt: skip
def test_two_services_said_together_at_one_time_are_merged_and_blocked(sentence, lang):
    assert not _in_two(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Beide Termine sind gebucht: Freitag um zehn und Samstag.", "de"),
     ("Die Dauerwelle am Freitag und die Strähnchen am Samstag sind beide gebucht.", "de"),
     ("Both are booked: the perm on Friday and the highlights on Saturday.", "en"),
     ("One of the two, Friday at ten with Fabian, is booked.", "en")],
)  # fmt: skip
def test_details_said_of_one_item_are_not_shared_by_both(sentence, lang):
    assert _in_two(sentence, lang)
