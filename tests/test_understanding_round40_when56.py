"""The rules blind round 40's misses led to (helper when56), in words of neither the round nor its
probe. Fractions as speech-to-text writes "halb", "Viertel" and "dreiviertel" ("1/2 6", "1/4 vor
12", "3/4 12", "½ 10") are those clock words; after a day's article the slash stays a date. A day
counted back from a month's end ("vorletzter", "drittletzter", "second to last") is that day of
this, the next or the named month; "the last open day of the month" skips its closed days. Names:
a stylist described by hair or by where she stands is asked back; a hairdo for an occasion in one
word ("Konfirmationsfrisur") and make-up in a hyphenated compound are named as not offered; hair
colour for an occasion stays colour."""

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
from tests.when_answer import day_answer
from tools.catalog_match import resolve_service
from tools.dates import check_request

# Tuesday 17 June 2098, 10:00: Wed 18, Thu 19, Fri 20, Sat 21; June ends Sat 28, Sun 29, Mon 30
JUNE = datetime(2098, 6, 17, 10, 0, tzinfo=BERLIN)
in_june = partial(when, now=JUNE)


def english(said: str, time_said: str | None = None) -> str:
    return day_answer(check_request(SALON, JUNE, said, time_said, None, 30, "en"))


@pytest.mark.parametrize(
    ("day", "time_said", "start"),
    [
        ("Mittwoch", "um 1/2 6", "2098-06-18 17:30"),
        ("Donnerstag", "1/4 vor 12", "2098-06-19 11:45"),
        ("Freitag", "1/4 nach 3 Uhr", "2098-06-20 15:15"),
        ("Samstag", "3/4 12", "2098-06-21 11:45"),
        ("Mittwoch", "½ 10", "2098-06-18 09:30"),
    ],
)
def test_a_fraction_before_an_hour_is_the_clock_word_it_was_said_as(day, time_said, start):
    assert in_june(day, time_said).startswith(start)


def test_a_fraction_said_in_the_day_field_is_a_time_too():
    assert in_june("Donnerstag gegen 1/4 nach 4").startswith("2098-06-19")
    assert in_june("Freitag um 1/2 2").startswith("2098-06-20 13:30")


def test_an_english_fraction_before_past_is_a_quarter_past():
    assert english("Thursday", "1/4 past 11").startswith("2098-06-19 11:15")


def test_a_slash_after_a_days_article_stays_a_date():
    assert in_june("den 1/8").startswith("2098-08-01")
    assert in_june("am 1/8", "um 1/2 4").startswith("2098-08-01 15:30")


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("am vorletzten Tag vom Juli", "2098-07-30"),
        ("am drittletzten Tag des nächsten Monats", "2098-07-29"),
        ("the last day of the following month", "2098-07-31"),
    ],
)
def test_a_day_counted_back_from_a_months_end_is_that_day(said, day):
    assert in_june(said).startswith(day)


def test_the_second_to_last_day_of_this_month_on_a_sunday_is_closed():
    answer = check("the second to last day of this month", now=JUNE)
    assert answer.status == "closed" and str(answer.day) == "2098-06-29"


def test_the_last_open_day_of_the_month_skips_its_closed_days():
    assert in_june("the last open day of this month").startswith("2098-06-28")
    assert in_june("am letzten Tag, an dem der Salon diesen Monat offen hat").startswith(
        "2098-06-28"
    )


def test_the_months_last_day_without_the_opening_stays_that_day():
    answer = check("am letzten Tag des Monats", now=JUNE)
    assert answer.status == "closed" and str(answer.day) == "2098-06-30"


def test_the_last_open_day_asked_for_after_it_has_closed_is_never_a_later_day():
    after_close = datetime(2098, 6, 28, 15, 0, tzinfo=BERLIN)
    answer = check("the last open day of this month", now=after_close)
    assert answer.status in (*QUESTIONS, "past_date")


@pytest.mark.parametrize(
    "said",
    ["die Brünette an der Rezeption", "the red-haired one", "der Tätowierte", "die hinten rechts"],
)
def test_a_stylist_described_by_looks_or_place_is_asked_back(said):
    assert stylist_status(said).startswith("ambiguous_stylist")


@pytest.mark.parametrize(
    "said", ["Konfirmationsfrisur", "eine Frisur für die Taufe", "Abendmake-up", "Faschingsfrisur"]
)
def test_an_occasion_styling_the_salon_lacks_is_named_as_not_offered(said):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "unknown_service" and match.not_offered


@pytest.mark.parametrize(
    ("said", "slug"),
    [("hair dye for the prom", "faerben"), ("Kinderschnitt zur Einschulung", "kinderhaarschnitt")],
)
def test_a_service_named_for_an_occasion_stays_that_service(said, slug):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ok" and match.service.slug == slug
