"""The rules blind round 24's families led to, and their limits, on phrases and "now"s in no
corpus: a time said in a place's zone is that place's clock on that date converted to the
salon's zone with both places' DST (zoneinfo), the salon's own zone is read as said, a zone not
known (or the caller's "my time") is asked, never the clock as if it were the salon's; two clock
times with a dash or "bis" are the window between them, never "10:12"; working and business days
are counted in the salon's open days; "first available" and "as soon as you can" are the
earliest; a clause about being away is left out for the day said after it. For names: the
caller's own introduction names the caller, never the stylist; a back-reference to a person is
asked with who offers the service; a first name glued to a service word is that stylist."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import (
    BERLIN,
    CATALOG,
    QUESTIONS,
    SALON,
    check,
    stylist_status,
    when,
)
from tools.catalog_match import resolve_stylist

# Tuesday 11 March 2059, 10:00: New York already on summer time, Berlin not (5 hours apart);
# Wed 12., Thu 13., Fri 14., Sat 15., Tue 18.; Sun/Mon closed
MARCH = datetime(2059, 3, 11, 10, 0, tzinfo=BERLIN)
# Tuesday 19 August 2059, 10:00: both on summer time (6 hours apart); Fri 22., Sat 23.
AUGUST = datetime(2059, 8, 19, 10, 0, tzinfo=BERLIN)


_check = partial(check, now=MARCH)
_when = partial(when, now=MARCH)


@pytest.mark.parametrize(
    ("said", "now", "want"),
    [
        ("Freitag um 9 Uhr New Yorker Zeit", MARCH, "2059-03-14 14:00"),
        ("Friday at 9am New York time", AUGUST, "2059-08-22 15:00"),
        ("Freitag um 10 Londoner Zeit", MARCH, "2059-03-14 11:00"),
        ("Friday 7am Los Angeles time", AUGUST, "2059-08-22 16:00"),
        ("Freitag um 23 Uhr Tokioter Zeit", MARCH, "2059-03-14 15:00"),
    ],
)
def test_a_time_in_another_zone_is_converted_with_both_places_dst(said, now, want):
    assert _when(said, now=now) == want


@pytest.mark.parametrize(
    "said",
    ["Freitag um 11 Uhr Ortszeit", "Freitag um 11 deutscher Zeit", "Friday 11am German time"],
)
def test_the_salons_own_zone_is_its_clock(said):
    assert _when(said) == "2059-03-14 11:00"


def test_a_zone_said_in_the_time_field_is_converted_too():
    assert _when("Freitag", time_said="9am New York time") == "2059-03-14 14:00"
    assert _when("Freitag", time_said="3pm your time") == "2059-03-14 15:00"


@pytest.mark.parametrize(
    "said", ["Freitag um 10 Uhr Teneriffa-Zeit", "Friday at 3pm my time", "Freitag 10 meiner Zeit"]
)
def test_a_zone_not_known_is_asked_never_read_as_the_salons_clock(said):
    assert _check(said).status in QUESTIONS


@pytest.mark.parametrize(
    "said",
    [
        "Freitag um 10, ich hab wenig Zeit",
        "Freitag um 10, zur gleichen Zeit wie immer",
        "Freitag um 10, wenn Sie Zeit haben",  # no place right after the clock
        "Friday at 10, general time is fine",
    ],
)
def test_time_as_a_word_of_the_turn_is_no_zone(said):
    assert _when(said) == "2059-03-14 10:00"


@pytest.mark.parametrize(
    ("time_said", "want"),
    [
        ("11 - 13", "2059-03-14 11:00-13:00"),
        ("9–10", "2059-03-14 09:00-10:00"),
        ("16 bis 18 Uhr", "2059-03-14 16:00-18:00"),
        ("9.45-10.45", "2059-03-14 09:45-10:45"),
        ("3-5pm", "2059-03-14 15:00-17:00"),
        ("11-1", "2059-03-14 11:00-13:00"),
    ],
)
def test_two_clock_times_with_a_dash_or_bis_are_the_window(time_said, want):
    assert _when("Freitag", time_said=time_said) == want


def test_a_clock_with_a_colon_and_counts_stay_what_they_are():
    assert _when("Freitag", time_said="11:13") == "2059-03-14 11:13"
    assert _when("Freitag", time_said="10:30:00") == "2059-03-14 10:30"
    # "2-3 Wochen" counts weeks: never a window, asked (a span)
    assert _check("in 2-3 Wochen").status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("nächster Werktag", "2059-03-12"),
        ("am übernächsten Arbeitstag", "2059-03-13"),
        ("in vier Werktagen", "2059-03-15"),  # Wed, Thu, Fri, Sat
        ("in fünf Arbeitstagen", "2059-03-18"),  # Sunday and the closed Monday not counted
        ("the next business day", "2059-03-12"),
        ("in 3 working days", "2059-03-14"),
    ],
)
def test_working_days_are_counted_in_the_days_the_salon_is_open(said, want):
    assert _when(said) == want


@pytest.mark.parametrize("said", ["first available", "as soon as you could"])
def test_english_earliest_is_the_earliest_from_now(said):
    check = _check(said)
    assert check.status == "ok" and check.earliest and str(check.day) == "2059-03-11"


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("ich bin bis Donnerstag in Lissabon, also Freitag", "2059-03-14"),
        ("bin bis Freitag auf Montage, dann Samstag", "2059-03-15"),
        ("wenn ich aus Prag zurück bin, Dienstag", "2059-03-18"),  # away today: next week's
    ],
)
def test_the_day_after_a_time_away_is_the_wish(said, want):
    assert _when(said) == want


def test_a_time_away_without_a_day_after_it_is_asked():
    assert _check("ich bin bis Freitag in Hamburg").status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("Hier spricht Maria Spitz, ich möchte zu Sophie", "ok Sophie Brandt"),
        ("Brandt mein Name, aber nicht die Sophie, zu Herrn Spitzer bitte", "ok Fabian Spitzer"),
        ("Grüß Gott, Petra Hoffmann am Apparat, gern bei Sophie", "ok Sophie Brandt"),
        ("Hi, it's Tom Becker, I'd like Fabian please", "ok Fabian Spitzer"),
    ],
)
def test_the_callers_introduction_never_names_the_stylist(said, want):
    assert stylist_status(said) == want


def test_an_introduction_alone_is_left_as_said():
    # nobody else is named: the name said is matched as before
    assert stylist_status("Hier ist Sophie Brandt") == "ok Sophie Brandt"


@pytest.mark.parametrize(
    "said",
    ["bei der von vorletzter Woche", "zu dem, der meinen Vater schneidet", "the one my wife sees"],
)
def test_a_back_reference_is_asked_with_who_offers_the_service(said):
    match = resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON)
    assert match.status == "ambiguous_stylist" and match.candidates


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("Sophieschnitt", "ok Sophie Brandt"),
        ("Fabians Dauerwelle", "ok Fabian Spitzer"),
        ("Sophie-Färben", "ok Sophie Brandt"),
    ],
)
def test_a_first_name_glued_to_a_service_is_that_stylist(said, want):
    assert stylist_status(said) == want


def test_a_possessive_before_a_person_is_no_glued_service():
    # "Fabians Bruder": Fabian's brother is no wish for Fabian
    assert stylist_status("Fabians Bruder") != "ok Fabian Spitzer"
