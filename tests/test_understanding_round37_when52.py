"""The rules blind round 37's misses in the caller's life, spoken dates and time zones led to
(helper when52), in words of neither the round nor its probe: the last visit's time wanted again
beside a counted day leaves the day standing and asks the time (W1); an English "holiday"
without "the" is the caller's own, never the public one; the caller's time away restated by its
day is that day; "the same weekday as today" is today's weekday; a day, a pause and an ordinal
that can be a month is asked (W11); a feast said without its year, long gone and next year's on
a day far ahead closed by its weekday only, asks the year (a holiday the salon closes for stays
closed); a time in the caller's own unknown zone on a day closed in
every zone is closed; a washed, cut and blow-dried visit said with "Haare" is the women's cut."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON, check, when
from tools.catalog_match import is_no_preference, resolve_service
from tools.dates import check_request

# Wednesday 19 May 2088, 10:00: Thu 20. Christi Himmelfahrt (closed), Fri 21., Sat 22.; Sun 23.
# and Mon 24. closed; Valentinstag 14.2.2088 gone 95 days, 14.2.2089 a Monday 271 days ahead
NOW = datetime(2088, 5, 19, 10, 0, tzinfo=BERLIN)
at_now = partial(when, now=NOW)
asked_now = partial(check, now=NOW)


def english(said: str):
    return check_request(SALON, NOW, said, None, None, 30, "en")


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("in sieben Wochen, um dieselbe Uhrzeit wie letztes Mal", "2088-07-07"),
        ("in fünf Wochen, zur gleichen Zeit wie beim letzten Termin", "2088-06-23"),
    ],
)
def test_the_last_visits_time_beside_a_counted_day_asks_the_time_with_the_day(said, day):
    answer = asked_now(said)
    assert answer.status == "invalid_time"
    assert str(answer.day) == day


def test_the_last_visits_time_asked_in_english_too():
    answer = english("in five weeks, same time as on my last visit")
    assert answer.status == "invalid_time"
    assert str(answer.day) == "2088-06-23"


def test_the_last_visit_without_its_time_leaves_the_counted_day():
    assert at_now("in sieben Wochen") == "2088-07-07"
    assert english("same as last time, in seven weeks").day.isoformat() == "2088-07-07"


def test_a_time_said_beside_the_last_visits_time_is_the_wish():
    said = "wieder in sieben Wochen, gleiche Uhrzeit wie letztes Mal, also um elf"
    assert at_now(said) == "2088-07-07 11:00"


@pytest.mark.parametrize("said", ["on holiday till Thursday", "after holiday"])
def test_an_english_holiday_without_the_is_the_callers_own_and_asked(said):
    assert english(said).status in QUESTIONS


def test_the_bank_holiday_is_still_the_public_one():
    # Christi Himmelfahrt tomorrow: right after it, the Friday
    assert english("right after the bank holiday").day.isoformat() == "2088-05-21"


def test_the_callers_time_away_restated_by_its_day_is_that_day():
    assert at_now("nach unserem Urlaub, also ab dem 25.") == "2088-05-25"
    assert english("after our trip, so from the 26th").day.isoformat() == "2088-05-26"


def test_the_callers_time_away_alone_is_asked():
    assert asked_now("nach unserem Urlaub").status in QUESTIONS


def test_the_same_weekday_as_today_is_todays_weekday():
    assert at_now("in vier Wochen, am gleichen Wochentag wie heute") == "2088-06-16"
    assert english("in three weeks, same day of the week as today").day.isoformat() == (
        "2088-06-09"
    )


@pytest.mark.parametrize("said", ["am vierten, äh, Neunten", "den ersten, ähm, Zwölften"])
def test_a_day_a_pause_and_an_ordinal_that_can_be_a_month_is_asked(said):
    assert asked_now(said).status in QUESTIONS


def test_an_ordinal_no_month_can_be_stays_the_correction():
    assert at_now("am Fünfundzwanzigsten, äh, Sechsundzwanzigsten") == "2088-05-26"


def test_the_neighbouring_day_after_a_pause_stays_the_correction():
    # a slip by one, as rounds 4, 8 and 25 read it: never 7 August
    assert at_now("am siebten, äh, Achten") == "2088-06-08"


def test_a_month_said_after_the_pause_is_the_corrected_day_of_it():
    assert at_now("am vierten, äh, neunten Oktober") == "2088-10-09"


@pytest.mark.parametrize("said", ["am Valentinstag", "zum Valentinstag"])
def test_a_feast_long_gone_with_next_years_closed_and_far_asks_the_year(said):
    answer = asked_now(said)
    assert answer.status == "ambiguous_date"
    assert [o["date"] for o in answer.options] == ["2089-02-14"]


def test_a_holiday_the_salon_closes_for_every_year_is_closed_whichever_year():
    # Frauentag 2088 gone 72 days, 2089's far ahead: closed either way, said closed
    answer = asked_now("am Weltfrauentag")
    assert answer.status == "closed"
    assert str(answer.day) == "2089-03-08"


def test_the_holiday_a_day_is_counted_from_is_the_public_one():
    assert english("the day after the holiday").day.isoformat() == "2088-05-21"


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("Sonntag gegen 2 meiner Zeit", "2088-05-23"),
        ("Montag um 4 nach unserer Zeit", "2088-05-24"),
    ],
)
def test_a_day_closed_in_every_zone_is_closed_whatever_the_callers_clock(said, day):
    answer = asked_now(said)
    assert answer.status == "closed"
    assert str(answer.day) == day


def test_an_open_day_in_the_callers_unknown_zone_is_still_asked():
    assert asked_now("Freitag um 2 meiner Zeit").status == "invalid_time"
    assert english("Friday at 10 my time").status == "invalid_time"


@pytest.mark.parametrize(
    "said", ["Haare waschen, schneiden und fönen", "die Haare waschen und schneiden und föhnen"]
)
def test_hair_washed_cut_and_blow_dried_is_the_womens_cut(said):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ok"
    assert match.service.slug == "damenhaarschnitt"


def test_hair_cut_alone_is_still_asked_among_the_cuts():
    assert resolve_service(CATALOG, "Haare schneiden", SALON).status == "ambiguous_service"


@pytest.mark.parametrize(
    ("said", "service"),
    [("einen Herrn hätte ich gern", "bartpflege"), ("gern bei einer Kollegin", "straehnchen")],
)
def test_a_sex_everyone_who_offers_the_service_has_is_no_preference(said, service):
    assert is_no_preference(said, CATALOG, service, SALON)
