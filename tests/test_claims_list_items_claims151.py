"""A written list of appointments, one item a semicolon, each item's fields cut by commas (blind
49's leftover, claims151): the fields of one item are one appointment's, so a list whose items
swap a time, a stylist or a service between the caller's two appointments claims two bookings
the call does not have; the list as booked passes where both are. A single appointment's fields
after a semicolon are read as before. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, NOWHERE, passes_in

BOTH = frozenset(
    {"two"}
)  # Friday 28 November 10:00 Fabian (perm), Saturday 29 11:00 Lena (highlights)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Eingetragen sind Freitag, 10 Uhr, Fabian; Samstag, 11 Uhr, Lena.", "de"),
     ("Beide Termine stehen: Fr., 28.11., 10 Uhr, Dauerwelle; Sa., 29.11., 11 Uhr, Strähnchen.", "de"),
     ("Both confirmed: Fri, 10 am, Fabian; Sat, 11 am, Lena.", "en"),
     ("Booked for you: Friday the 28th, 10:00, perm; Saturday the 29th, 11:00, highlights.", "en")],
)  # fmt: skip
def test_a_list_of_the_two_bookings_as_they_are_passes_where_both_are(sentence, lang):
    assert passes_in(sentence, lang) == BOTH


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Eingetragen sind Freitag, 11 Uhr, Fabian; Samstag, 10 Uhr, Lena.", "de"),
     ("Eingetragen sind Freitag, 10 Uhr, Lena; Samstag, 11 Uhr, Fabian.", "de"),
     ("Beide Termine stehen: Fr., 28.11., 10 Uhr, Strähnchen; Sa., 29.11., 11 Uhr, Dauerwelle.", "de"),
     ("Both confirmed: Fri, 11 am, Fabian; Sat, 10 am, Lena.", "en"),
     ("Booked for you: Friday the 28th, 10:00, highlights; Saturday the 29th, 11:00, perm.", "en")],
)  # fmt: skip
def test_a_list_whose_items_swap_a_detail_between_the_two_passes_nowhere(sentence, lang):
    assert passes_in(sentence, lang) == NOWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr Termin ist gebucht; Freitag, 10 Uhr, Fabian.", "de"),
     ("You're booked; Friday, 10 am, with Fabian.", "en")],
)  # fmt: skip
def test_one_appointments_fields_after_a_semicolon_are_read_as_before(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_FRIDAY
