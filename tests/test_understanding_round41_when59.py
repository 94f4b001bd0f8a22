"""The rules blind round 41's misses led to (helper when59), in words of neither the round nor its
probe. A stretch of days whose only open day left is today ("this week", said on Saturday) is a
deadline reaching today: its earliest times while a start is left, gone after the last one. A year
said short with its apostrophe after a date ("'97") is that year of the nearest century. Two
bounds of a day joined by "und" are the window between them; a leaning to one end said after a
window keeps the window. Names: another person's stylist named while the caller leaves their own
open is asked back; a negation rules out a compound service word or a service not offered."""

from __future__ import annotations

from datetime import date, datetime
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
from tools.catalog_match import resolve_service
from tools.dates import check_request
from tools.when.short_year import full_short_year

# Saturday 14 September 2097, 10:30 (open 9-14, last start 13:30); Thursday the 12th, 09:00
SATURDAY = datetime(2097, 9, 14, 10, 30, tzinfo=BERLIN)
SATURDAY_LATE = datetime(2097, 9, 14, 13, 45, tzinfo=BERLIN)
THURSDAY = datetime(2097, 9, 12, 9, 0, tzinfo=BERLIN)
on_thursday = partial(when, now=THURSDAY)


def test_this_week_said_on_saturday_is_todays_earliest_times():
    answer = check("in dieser Woche bitte", now=SATURDAY)
    assert (answer.status, answer.day, answer.earliest) == ("ok", date(2097, 9, 14), True)
    english = check_request(SALON, SATURDAY, "this week, please", None, None, 30, "en")
    assert (english.day, english.earliest) == (date(2097, 9, 14), True)


def test_this_week_said_after_saturdays_last_start_is_gone_not_next_week():
    assert when("in dieser Woche bitte", now=SATURDAY_LATE) == "past"


def test_this_week_said_with_several_open_days_left_is_still_offered():
    assert check("in dieser Woche bitte", now=THURSDAY).status == "ambiguous_date"


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("am 20. September '97", "2097-09-20"),
        ("September 27th, ’97", "2097-09-27"),
        ("1.10.'97", "2097-10-01"),
    ],
)
def test_a_short_year_after_a_date_is_that_year(said, day):
    assert on_thursday(said) == day


def test_a_short_year_is_read_in_the_century_nearest_today():
    assert full_short_year("am 3. Januar '01", date(2099, 12, 1)) == "am 3. Januar 2101"
    assert full_short_year("am 3. Januar '98", date(2101, 2, 1)) == "am 3. Januar 2098"


def test_a_short_year_after_no_date_is_not_read_as_one():
    assert full_short_year("Freitag '97", date(2097, 9, 12)) == "Freitag '97"
    assert check("Freitag '97", now=THURSDAY).status in QUESTIONS


@pytest.mark.parametrize(
    ("time_said", "window"),
    [
        ("nicht vor neun und nicht nach elf", "2097-09-13 09:00-11:00"),
        ("frühestens halb zehn und spätestens zwölf", "2097-09-13 09:30-12:00"),
    ],
)
def test_two_bounds_joined_by_und_are_the_window_between_them(time_said, window):
    assert on_thursday("Freitag", time_said) == window


def test_two_lower_bounds_joined_by_und_make_no_window():
    assert check("Freitag", "nicht vor zehn und nicht vor elf", now=THURSDAY).status in QUESTIONS


@pytest.mark.parametrize(
    ("time_said", "window"),
    [
        ("von neun bis elf, lieber etwas später", "2097-09-13 09:00-11:00"),
        ("zwischen 15 und 17 Uhr, später wäre mir lieber", "2097-09-13 15:00-17:00"),
    ],
)
def test_a_leaning_after_a_window_keeps_the_window(time_said, window):
    assert on_thursday("Freitag", time_said) == window


def test_a_leaning_without_a_window_is_asked():
    assert check("Freitag", "lieber etwas früher", now=THURSDAY).status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "service"),
    [
        ("mein Sohn möchte zum Mehmet, mir ist das wurst", "herrenhaarschnitt"),
        ("my wife would like Sophie and I don't care who", "faerben"),
    ],
)
def test_another_persons_stylist_with_the_callers_own_open_is_asked(said, service):
    assert stylist_status(said, service).startswith("ambiguous_stylist")


def test_another_persons_stylist_alone_and_the_callers_own_stay_as_said():
    assert stylist_status("mein Sohn möchte zum Mehmet", "herrenhaarschnitt") == "ok Mehmet Yılmaz"
    assert stylist_status("Sophie, mein Mann ist mir egal", "faerben") == "ok Sophie Brandt"


@pytest.mark.parametrize(
    ("said", "slug"),
    [
        ("keine Haarverlängerung, nur Damenhaarschnitt", "damenhaarschnitt"),
        ("kein Herrenschnitt, nur den Bart", "bartpflege"),
        ("nichts färben lassen, bloß Kinderschnitt", "kinderhaarschnitt"),
        ("no extensions, only highlights", "straehnchen"),
    ],
)
def test_a_negated_service_beside_the_wanted_one_is_ruled_out(said, slug):
    match = resolve_service(CATALOG, said, SALON)
    assert (match.status, match.service.slug if match.service else None) == ("ok", slug)
