"""The rules blind round 17's families led to, and their limits: a calendar week with a weekday
("KW 10 Donnerstag") is that day of the ISO week, the week number never a clock time, and a week
alone is asked; a dotted clock time in the date field is a time only where it cannot be a date
("10.30 Wednesday", "um 10.15 am Donnerstag"; "am 10.12" is December); "end of day" is the day's
last hours; "any day but Tuesday" is an exclusion, asked; "am Wochenende" said on a Saturday is
asked while today is open; the weekend of the clock change is its open Saturday; "um 1 1" is 11
while "um 2 5" is asked; "heute als Erstes" after opening is gone, "heute so früh wie möglich"
is not; a day excluded with a reason before the day wanted is the day wanted, alone it is asked;
a stylist wished for by sex is the one (or the set) of that sex who offers the service; "nicht
Fabian, Mehmet" and "sorry, ich meinte Lea Hofmann" are the one named last; a surname spelled
out names the stylist spelled so even when she does not offer the service."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tests.when_answer import day_answer
from tools.catalog_match import resolve_stylist
from tools.dates import check_request

SALON = load_salon()
CATALOG = reference_catalog(SALON)
BERLIN = ZoneInfo("Europe/Berlin")
WEDNESDAY = datetime(2037, 4, 15, 10, 0, tzinfo=BERLIN)  # ISO week 16
SATURDAY_NOON = datetime(2037, 4, 18, 12, 10, tzinfo=BERLIN)
BEFORE_CLOCK_CHANGE = datetime(2037, 10, 20, 10, 0, tzinfo=BERLIN)  # Sunday 25.10.
QUESTIONS = ("ambiguous_date", "ambiguous_time", "invalid_date", "invalid_time")


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("in der KW 17 am Donnerstag", "2037-04-23"),
        ("Kalenderwoche 18, Mittwoch", "2037-04-29"),
        ("in der siebzehnten Kalenderwoche den Dienstag", "2037-04-21"),
        ("KW 19, Dienstag um 10", "2037-05-05 10:00"),
        ("KW 15 Dienstag", "past"),  # a week just gone is this year's, never next year's
    ],
)
def test_a_calendar_week_with_a_weekday_is_that_day_of_the_iso_week(said, answer):
    assert day_answer(check_request(SALON, WEDNESDAY, said, None, None, 30)) == answer


@pytest.mark.parametrize("said", ["in der KW 17", "KW 60 Dienstag"])
def test_a_week_alone_or_no_such_week_is_asked(said):
    assert check_request(SALON, WEDNESDAY, said, None, None, 30).status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("10.30 Thursday", "2037-04-16 10:30"),
        ("Freitag 9.45", "2037-04-17 09:45"),
        ("um 11.15 am Samstag", "2037-04-18 11:15"),
        ("tomorrow at 11.30", "2037-04-16 11:30"),
        ("am 10.12", "2037-12-10"),  # can be a date: the date
    ],
)
def test_a_dotted_time_in_the_date_field_is_a_time_only_where_it_cannot_be_a_date(said, answer):
    assert day_answer(check_request(SALON, WEDNESDAY, said, None, None, 30)) == answer


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("end of day Thursday", "2037-04-16 18:00-20:00"),
        ("Saturday, end of day", "2037-04-18 12:00-14:00"),
    ],
)
def test_end_of_day_is_the_days_last_hours(said, answer):
    assert day_answer(check_request(SALON, WEDNESDAY, said, None, None, 30)) == answer


@pytest.mark.parametrize(
    "said", ["any day but Tuesday", "anything but Friday", "nicht am Dienstag, da hab ich Yoga"]
)
def test_a_day_excluded_with_nothing_instead_is_asked(said):
    assert check_request(SALON, WEDNESDAY, said, None, None, 30).status == "invalid_date"


def test_a_day_excluded_with_a_reason_before_the_day_wanted_is_the_day_wanted():
    check = check_request(
        SALON, WEDNESDAY, "lieber nicht am Dienstag, da hab ich Yoga, Donnerstag ginge", None, None
    )
    assert day_answer(check) == "2037-04-16"


def test_the_weekend_said_on_a_saturday_still_open_is_asked():
    assert check_request(SALON, SATURDAY_NOON, "am Wochenende").status == "ambiguous_date"


@pytest.mark.parametrize(
    "said", ["am Wochenende, wenn die Uhren umgestellt werden", "am Wochenende der Zeitumstellung"]
)
def test_the_weekend_of_the_clock_change_is_its_open_saturday(said):
    assert day_answer(check_request(SALON, BEFORE_CLOCK_CHANGE, said)) == "2037-10-24"


def test_the_clock_change_said_alone_is_its_closed_sunday():
    check = check_request(SALON, BEFORE_CLOCK_CHANGE, "wenn die Zeit umgestellt wird")
    assert check.status == "closed" and str(check.day) == "2037-10-25"


def test_an_hour_split_without_uhr_after_um_is_that_hour_and_no_hour_is_asked():
    assert day_answer(check_request(SALON, WEDNESDAY, "Freitag", "um 1 1", None, 30)).endswith(
        "11:00"
    )
    assert check_request(SALON, WEDNESDAY, "Freitag", "um 2 5", None, 30).status in QUESTIONS


def test_the_opening_time_today_is_gone_after_opening_but_the_earliest_from_now_is_not():
    assert check_request(SALON, SATURDAY_NOON, "heute", "als Erstes").status == "past_date"
    asap = check_request(SALON, SATURDAY_NOON, "heute", "so früh wie möglich")
    assert asap.status == "ok" and asap.earliest


@pytest.mark.parametrize(
    ("said", "service", "answer"),
    [
        ("ein Herr wäre mir lieber", "damenhaarschnitt", "ok Fabian Spitzer"),
        ("a female stylist", "faerben", "among Lena Hoffmann, Sophie Brandt"),
        ("nicht Fabian, Mehmet", "herrenhaarschnitt", "ok Mehmet Yılmaz"),
        ("Lena, sorry, ich meinte Lea Hofmann", "damenhaarschnitt", "ok Lea Hofmann"),
        ("Frau Hofmann mit einem f", "faerben", "stylist_does_not_offer Lea Hofmann"),
    ],
)
def test_a_stylist_by_sex_by_correction_or_by_spelling(said, service, answer):
    m = resolve_stylist(CATALOG, said, service, SALON)
    if m.status == "among":
        got = "among " + ", ".join(sorted(s.name for s in m.candidates))
    else:
        got = f"{m.status} {m.stylist.name if m.stylist else ''}"
    assert got == answer


def test_an_exclusion_with_nobody_named_instead_is_still_asked():
    assert resolve_stylist(
        CATALOG, "nicht Fabian, egal wer", "herrenhaarschnitt", SALON
    ).status in (
        "ambiguous_stylist",
        "among",
    )


def test_a_reason_about_school_holidays_is_no_day_but_the_holidays_said_as_a_day_are_asked():
    said = "Dienstag, der muss die Kinder nehmen, die haben nämlich Ferien"
    assert day_answer(check_request(SALON, WEDNESDAY, said, None, None, 30)) == "2037-04-21"
    assert check_request(SALON, WEDNESDAY, "in den Ferien").status in QUESTIONS
