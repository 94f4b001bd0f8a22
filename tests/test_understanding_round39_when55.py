"""The rules blind round 39's misses led to (helper when55), in words of neither the round nor its
probe: an ordinal before a weekday with no month named counts that weekday in this month (W19),
asked where the day of the month is that weekday too, or where this month's is gone or missing;
the weekday said first stays the date. A "Werktag" of the new year counts an open Saturday, an
"Arbeitstag" / "business day" is Monday to Friday (W18). A day on the salon's closed weekday in
every year, said months after the last one, is closed whichever year is meant (W20); a feast that
was on an open day stays asked. An English slash date readable in both orders is asked even when
both of its days are closed (W8)."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, QUESTIONS, SALON, check, when
from tools.dates import check_request

# Wednesday 2 October 2097, 10:00: Thursdays 3, 10, 17, 24, 31; Fridays 4, 11, 18, 25
OCTOBER = datetime(2097, 10, 2, 10, 0, tzinfo=BERLIN)
in_october = partial(when, now=OCTOBER)


def english(said: str, now: datetime):
    return check_request(SALON, now, said, None, None, 30, "en")


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("der zweite Samstag", "2097-10-12"),
        ("den fünften Mittwoch", "2097-10-30"),
        ("am vierten Dienstag, gern vormittags", "2097-10-22"),
    ],
)
def test_an_ordinal_before_a_weekday_is_that_weekday_counted_in_this_month(said, day):
    assert in_october(said).startswith(day)


def test_an_english_ordinal_weekday_is_counted_in_this_month_too():
    answer = english("the fourth Tuesday", OCTOBER)
    assert answer.status == "ok" and str(answer.day) == "2097-10-22"


def test_where_the_day_of_the_month_is_that_weekday_too_both_are_offered():
    # the 4th is a Friday: "the fourth Friday" (25th) or "Friday the 4th"?
    answer = check("der vierte Freitag", now=OCTOBER)
    assert answer.status == "ambiguous_date"
    assert [o["date"] for o in answer.options] == ["2097-10-04", "2097-10-25"]


def test_a_fifth_weekday_the_month_lacks_is_asked_never_a_later_months():
    assert check("den fünften Freitag, bitte", now=OCTOBER).status in QUESTIONS


def test_an_ordinal_weekday_already_gone_this_month_is_asked():
    assert check("am 1. Dienstag", now=OCTOBER).status in QUESTIONS


def test_the_weekday_said_first_stays_the_date():
    assert in_october("Donnerstag, der dritte") == "2097-10-03"


# 2100: 1 January a Friday, Saturday the 2nd open, Monday the 4th closed, Tuesday the 5th open
NOVEMBER_2099 = datetime(2099, 11, 18, 10, 0, tzinfo=BERLIN)


def test_a_werktag_of_the_new_year_counts_an_open_saturday():
    assert when("am ersten Werktag des neuen Jahres", now=NOVEMBER_2099) == "2100-01-02"


def test_an_arbeitstag_or_business_day_is_monday_to_friday_never_the_saturday_before():
    assert when("am ersten Arbeitstag des neuen Jahres", now=NOVEMBER_2099) == "2100-01-05"
    answer = english("first business day after New Year", NOVEMBER_2099)
    assert answer.status == "ok" and str(answer.day) == "2100-01-05"


def test_a_day_on_the_salons_closed_weekday_every_year_said_months_after_is_closed():
    # Totensonntag 2097 (24 November) gone three months, 2098's (23 November) nine ahead
    february = datetime(2098, 2, 25, 10, 0, tzinfo=BERLIN)
    answer = check("am Ewigkeitssonntag", now=february)
    assert answer.status == "closed" and str(answer.day) == "2098-11-23"
    september = datetime(2097, 9, 10, 10, 0, tzinfo=BERLIN)
    answer = english("on mothers day", september)
    assert answer.status == "closed" and str(answer.day) == "2098-05-11"


def test_a_feast_that_fell_on_an_open_day_this_year_still_asks_the_year():
    # 6 January 2103 a Saturday (open, gone), 2104's a Sunday: which year is asked
    spring = datetime(2103, 4, 20, 10, 0, tzinfo=BERLIN)
    assert check("am Dreikönigstag", now=spring).status in QUESTIONS


def test_an_english_slash_date_with_both_readings_closed_is_still_asked():
    # Monday 3 March 2098: 10 March a Monday, 3 October a holiday
    monday = datetime(2098, 3, 3, 10, 0, tzinfo=BERLIN)
    answer = english("for 3/10", monday)
    assert answer.status == "ambiguous_date"
    assert check("am 3/10", now=monday).status == "closed"  # a German call: day first
