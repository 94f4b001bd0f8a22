"""The pieces of tools/when, each with the rule it stands for: spoken numbers, speech-to-text
spellings, hours read within opening hours, summer time, the year of a date already gone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from calendar_adapter.salon import load_salon
from tools.dates import check_request
from tools.when.days import day_and_month
from tools.when.named_days import named_days
from tools.when.normalize import normalize
from tools.when.numbers import words_to_digits

SALON = load_salon()
TUESDAY_9 = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)  # 09:00 in Berlin


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("vierzehn uhr dreißig", "14 uhr 30"),
        ("den siebenundzwanzigsten november", "den 27. november"),
        ("halb drei", "halb 3"),
        ("drei viertel zehn", "3 viertel 10"),
        ("half past two", "half past 2"),
        ("in ein paar tagen", "in paar tagen"),  # "ein paar" is no number
        ("als erstes", "zuerst"),  # nor is "erstes" a date here
    ],
)
def test_number_words_become_digits_where_they_are_numbers(said, digits):
    assert words_to_digits(said) == digits


@pytest.mark.parametrize(
    ("heard", "normal"),
    [
        ("Frei tag", "freitag"),
        ("über morgen", "uebermorgen"),
        ("Freitagnachmittag", "freitag nachmittag"),
        ("Fr.", "freitag"),
        ("2 p.m.", "2 pm"),
        ("Heiligen Abend", "heiligabend"),
    ],
)
def test_speech_to_text_spellings_are_made_regular(heard, normal):
    assert normalize(heard) == normal


@pytest.mark.parametrize(
    ("day", "said", "meant"),
    [
        ("Freitag", "um 3", "15:00"),  # 03:00 is closed, 15:00 open
        ("Freitag", "um 9", "09:00"),  # 21:00 is closed
        ("Donnerstag", "um 7", "19:00"),  # open until 20:00 on Thursdays
        ("Samstag", "um 1", "13:00"),
    ],
)
def test_a_bare_hour_is_read_within_the_days_opening_hours(day, said, meant):
    check = check_request(SALON, TUESDAY_9, day, said, None, 30)
    assert check.ok and check.start_local.strftime("%H:%M") == meant


def test_neither_reading_open_is_outside_hours_not_a_guess():
    check = check_request(SALON, TUESDAY_9, "Samstag", "um 3", None, 30)  # 03:00 and 15:00 closed
    assert check.status == "outside_hours"


def test_summer_time_starts_between_saturday_and_tuesday():
    saturday = datetime(2026, 3, 28, 9, 0, tzinfo=UTC)  # 10:00 CET
    check = check_request(SALON, saturday, "Dienstag", "um 10", None, 30)
    assert check.start_local.utcoffset() == timedelta(hours=2)  # CEST
    assert check.start_local.astimezone(UTC) == datetime(2026, 3, 31, 8, 0, tzinfo=UTC)


def test_winter_time_starts_between_saturday_and_tuesday():
    saturday = datetime(2026, 10, 24, 11, 30, tzinfo=UTC)  # 13:30 CEST
    check = check_request(SALON, saturday, "Dienstag", "um 10", None, 30)
    assert check.start_local.utcoffset() == timedelta(hours=1)  # CET
    assert check.start_local.astimezone(UTC) == datetime(2026, 10, 27, 9, 0, tzinfo=UTC)


def test_a_date_gone_recently_stays_past_and_one_close_ahead_is_next_year():
    late_november = date(2026, 11, 24)
    assert day_and_month(27, 10, late_november) == (date(2026, 10, 27),)  # past
    assert day_and_month(15, 1, late_november) == (date(2027, 1, 15),)  # next January
    assert day_and_month(1, 8, late_november) == (date(2026, 8, 1), date(2027, 8, 1))  # asked


def test_the_year_of_a_date_is_said_back_when_it_is_not_this_year():
    december = datetime(2026, 12, 10, 10, 0, tzinfo=UTC)
    check = check_request(SALON, december, "15. Januar", "10", None, 30)
    assert check.ok and check.spoken == "Freitag, 15. Januar 2027, 10 Uhr"


def test_named_days_come_from_the_holiday_library_in_both_languages():
    assert named_days("ostermontag", date(2027, 1, 5)) == [("Ostermontag", date(2027, 3, 29))]
    assert named_days("easter monday", date(2027, 1, 5)) == [("Ostermontag", date(2027, 3, 29))]
    assert [d for _, d in named_days("pfingsten", date(2027, 1, 5))] == [
        date(2027, 5, 16),
        date(2027, 5, 17),
    ]


def test_after_midnight_morgen_may_be_the_day_just_begun():
    night = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)  # 00:30 on Wednesday in Berlin
    check = check_request(SALON, night, "morgen", None, None, 30)
    assert check.status == "ambiguous_date"
    assert [o["date"] for o in check.options] == ["2026-11-25", "2026-11-26"]
