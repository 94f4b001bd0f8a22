"""The lead's decisions after blind 26-27 (convention 123 and an abbreviated weekday), stated as
behaviour in words of no corpus file: the stylist who put the caller in is the caller's stylist;
the stylist who cancelled or confirmed the appointment is not a detail of it; a weekday shortened
with a full stop names that day in a parting or a claim."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, CANCELLED_FRIDAY, EVERYWHERE
from tests.claims_support import passes_in as _passes_in


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Sophie hat Sie für Freitag um zehn eingetragen.", "de"),
        ("Herr Yilmaz hat Sie schon eingebucht.", "de"),
        ("Sophie has already put you in for Friday.", "en"),
    ],
)
def test_a_caller_put_in_by_another_stylist_is_not_the_callers_booking_with_fabian(sentence, lang):
    # the call's bookings are with Fabian (Friday) and Lena (Saturday): Sophie and Mehmet have none
    assert _passes_in(sentence, lang) == set()


def test_a_caller_put_in_by_the_stylist_of_the_booking_passes_where_it_is_booked():
    assert _passes_in("Fabian hat Sie für Freitag fest eingebucht.", "de") == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [
        ("Mehmet hat Ihren Termin vorhin gestrichen.", "de", CANCELLED_FRIDAY),
        ("Sophie hat Ihren Termin vorhin gestrichen.", "de", CANCELLED_FRIDAY),
        ("Mehmet hat die Buchung bestätigt.", "de", BOOKED_ANY),
    ],
)
def test_the_stylist_who_cancelled_or_confirmed_is_no_detail_of_the_appointment(
    sentence, lang, where
):
    assert _passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    "sentence",
    ["Na gut, dann bis Fr. gegen zehn!", "Wunderbar, bis Fr. bei Fabian!"],
)
def test_a_parting_naming_an_abbreviated_weekday_presupposes_that_visit(sentence):
    assert _passes_in(sentence, "de") <= BOOKED_ANY
    assert "nothing" not in _passes_in(sentence, "de")


@pytest.mark.parametrize(
    "sentence",
    ["Di. bis Fr. sind wir ab neun da.", "Fr. Hoffmann ist heute nicht im Haus."],
)
def test_abbreviated_weekdays_in_hours_and_frau_claim_nothing(sentence):
    assert _passes_in(sentence, "de") == EVERYWHERE
