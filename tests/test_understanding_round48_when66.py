"""The rules blind round 48's misses led to (helper when66), in words of neither the round nor its
labels. A caller who corrects a reading by naming the one meant and the one not meant is answered
with the one meant; a weekday said as the one after this week's is that weekday a week on; a
clock said in several words with "-ish" or as "zehn Uhr und dreißig" is that clock; a weekday
named by a feast inside school holidays is that day; British "Wednesday week" said on a
Wednesday stays a week today (W43); a service heard "scht-" for "st-" is that service. Beside each rule,
the nearest phrases that must stay as they were."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON, check, when, window
from tools.catalog_match import resolve_service
from tools.dates import check_request

# Wednesday 14 May 2059, 10:00 (open Tue-Fri 9-18, Thursday to 20:00, Saturday 9-14; Monday 19
# May is Whit Monday)
WEDNESDAY = datetime(2059, 5, 14, 10, 0, tzinfo=BERLIN)
on_wednesday = partial(when, now=WEDNESDAY)
# Sunday 20 March 2061: Easter Sunday is 10 April, the Tuesday after it 12 April
BEFORE_EASTER = datetime(2061, 3, 20, 10, 0, tzinfo=BERLIN)


def english(said: str, now: datetime = WEDNESDAY):
    return check_request(SALON, now, said, None, None, 30, "en")


def start(answer) -> str:
    assert answer.status == "ok", answer.message
    return answer.start_local.strftime("%Y-%m-%d %H:%M")


# -- a correction said with what it corrects ------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Freitag um viertel vor elf, nicht viertel nach elf", "2059-05-16 10:45"),
        ("nee Freitag später, also um vier", "2059-05-16 16:00"),
        ("Freitag um drei, nicht um vier", "2059-05-16 15:00"),
        ("nein, den 21., nicht den 1.", "2059-05-21"),
    ],
)
def test_the_reading_meant_is_answered_not_the_one_ruled_out(said, expected):
    assert on_wednesday(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Friday at four fifteen, not four fifty", "2059-05-16 16:15"),
        ("I meant Friday at two in the afternoon, not two in the morning", "2059-05-16 14:00"),
        ("no, Friday earlier, so at nine", "2059-05-16 09:00"),
    ],
)
def test_the_reading_meant_is_answered_in_an_english_call_too(said, expected):
    assert start(english(said)) == expected


def test_a_date_corrected_against_its_near_sound_alike_is_the_date_meant():
    assert english("no, the 22nd, not the 2nd").day == date(2059, 5, 22)
    answer = check("ich meinte den neunzehnten, nicht den neunten", now=WEDNESDAY)
    assert (answer.status, answer.day) == ("closed", date(2059, 5, 19))  # Whit Monday


def test_a_day_ruled_out_alone_and_a_bound_stay_as_they_were():
    assert check("Freitag, nicht Samstag", now=WEDNESDAY).status in QUESTIONS
    assert check("Freitag später", now=WEDNESDAY).status in QUESTIONS
    assert window(check("Freitag, aber nicht vor zehn", now=WEDNESDAY)) == "2059-05-16 10:00-18:00"


# -- the weekday after this week's ----------------------------------------------------------------


def test_the_weekday_after_this_one_is_that_weekday_a_week_on():
    assert english("not this Friday, the one after").day == date(2059, 5, 23)
    assert start(english("the Thursday after this one at eleven")) == "2059-05-22 11:00"
    assert on_wednesday("nicht diesen Freitag, sondern den danach") == "2059-05-23"


def test_a_weekday_after_nothing_named_or_after_a_weekday_said_stays_as_it_was():
    assert check("den Freitag drauf", now=WEDNESDAY).status in QUESTIONS
    assert on_wednesday("den Freitag nach diesem") == "2059-05-23"
    assert on_wednesday("den Freitag nach diesem Freitag") == "2059-05-23"
    assert english("Friday after next").status in QUESTIONS


# -- clocks said in several words -----------------------------------------------------------------


def test_ish_after_a_clock_in_several_words_is_about_the_whole_clock():
    assert window(english("Friday half ten-ish")) == "2059-05-16 10:00-11:00"
    assert window(english("Friday quarter to ten ish")) == "2059-05-16 09:15-10:15"
    assert window(english("Friday ten-ish")) == "2059-05-16 09:30-10:30"


def test_minutes_after_und_are_the_minutes_of_the_hour_before():
    assert on_wednesday("Freitag elf Uhr und fünfzehn") == "2059-05-16 11:15"
    assert on_wednesday("Donnerstag neun Uhr und fünfundvierzig") == "2059-05-15 09:45"
    assert check("Freitag um 10 Uhr und 11 Uhr", now=WEDNESDAY).status in QUESTIONS


# -- a day named by a feast inside school holidays ------------------------------------------------


def test_a_weekday_named_by_a_feast_inside_the_holidays_is_that_day():
    said = "in den Osterferien, also am Dienstag nach Ostern"
    assert when(said, now=BEFORE_EASTER) == "2061-04-12"
    answer = english("in the Easter holidays, the Tuesday after Easter Monday", BEFORE_EASTER)
    assert answer.day == date(2061, 4, 12)


def test_the_holidays_with_a_bare_weekday_stay_asked():
    assert check("in den Osterferien am Dienstag", now=BEFORE_EASTER).status in QUESTIONS


# -- British "Wednesday week" said on a Wednesday stays a week today (W43) -----------------------


def test_british_weekday_week_said_on_that_weekday_stays_a_week_today():
    assert english("Wednesday week").day == date(2059, 5, 21)
    assert english("Friday week").day == date(2059, 5, 23)
    assert on_wednesday("Mittwoch in acht Tagen") == "2059-05-21"


# -- a service heard as it is said ----------------------------------------------------------------


@pytest.mark.parametrize("said", ["Schtrehnchen", "schträhnen", "Schträhnchen bitte"])
def test_st_said_scht_is_the_service_spelled_st(said):
    match = resolve_service(CATALOG, said, SALON)
    assert (match.status, match.service.slug if match.service else None) == ("ok", "straehnchen")
