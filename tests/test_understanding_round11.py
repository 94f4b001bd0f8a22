"""The rules blind round 11's families led to, and their limits: a day and month said as two
bare numbers ("am 3 12", "Dienstag 12 12") is that date, never a time, while days offered ("am 10,
11 oder 12") stay a question; a date long gone is next year's, said back with its year; a
correction inside one phrase ("Freitag oder ne warte lieber Samstag", "um 3, nein, halb 4") is
the corrected value, while two values offered or a preference stay a question; an approximate
hour at a day's closing time ("so um 6" when closing at 18:00) asks with the last start times,
never 06:00 or a window; 29 February in a year without one is a question naming the year, never
1 March; a part of a week with one open day left is still offered, never answered."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tools.catalog_match import is_no_preference, resolve_stylist
from tools.dates import check_request

SALON = load_salon()
CATALOG = reference_catalog(SALON)
BERLIN = ZoneInfo("Europe/Berlin")
FRIDAY_29_JAN = datetime(2027, 1, 29, 10, 0, tzinfo=BERLIN)
TUESDAY_28_DEC = datetime(2027, 12, 28, 11, 0, tzinfo=BERLIN)
WEDNESDAY_15_SEP = datetime(2027, 9, 15, 10, 0, tzinfo=BERLIN)
THURSDAY_28_SEP_2028 = datetime(2028, 9, 28, 10, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("said", "status", "day"),
    [
        ("am 3 2", "ok", date(2027, 2, 3)),
        ("den 12 2", "ok", date(2027, 2, 12)),
        ("Mittwoch den 3 2", "ok", date(2027, 2, 3)),
        ("am 4 3", "ok", date(2027, 3, 4)),
        ("am 5 1", "past_date", date(2027, 1, 5)),  # gone 24 days
        ("am 14 2", "closed", date(2027, 2, 14)),  # a Sunday
        ("am 12 12", "past_date", date(2026, 12, 12)),  # the same number twice: still a date
    ],
)
def test_a_day_and_month_said_as_two_bare_numbers_is_that_date(said, status, day):
    check = check_request(SALON, FRIDAY_29_JAN, said)
    assert (check.status, check.day) == (status, day)


def test_two_bare_numbers_across_the_year_end_are_next_years_day():
    check = check_request(SALON, TUESDAY_28_DEC, "am 4 1")
    assert (check.status, check.day) == ("ok", date(2028, 1, 4))
    assert check_request(SALON, TUESDAY_28_DEC, "am 20 12").status == "past_date"


def test_a_doubled_number_with_a_time_is_the_date_at_that_time():
    check = check_request(SALON, TUESDAY_28_DEC, "am 12 1 um 12")
    assert check.start_local == datetime(2028, 1, 12, 12, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    "said", ["am 10, 11 oder 12", "am 3 13", "am 31 4", "Donnerstag den 3 2", "am 30 2"]
)
def test_bare_numbers_that_are_no_one_date_are_asked(said):
    assert not check_request(SALON, FRIDAY_29_JAN, said).ok


def test_a_split_ordinal_ending_is_no_month():
    # "am vier ten": the recogniser split "vierten"; not 4 October
    check = check_request(SALON, FRIDAY_29_JAN, "am vier ten")
    assert check.day == date(2027, 2, 4)


@pytest.mark.parametrize(
    ("said", "day"),
    [("am 3. März", date(2028, 3, 3)), ("on the 3rd of March", date(2028, 3, 3))],
)
def test_a_month_name_date_months_ahead_is_the_coming_one_with_its_year(said, day):
    # gone 196 days, next one 170 days ahead: clearly meant for next year
    check = check_request(SALON, WEDNESDAY_15_SEP, said)
    assert (check.status, check.day) == ("ok", day)
    assert "2028" in check.spoken


@pytest.mark.parametrize("said", ["den zwanzigsten April", "on the 20th of April"])
def test_a_date_gone_months_ago_is_asked_with_next_years_date_until_that_is_the_nearer(said):
    # gone 148 days, next one 218 days ahead: past or next year is open, so asked, naming the year
    check = check_request(SALON, WEDNESDAY_15_SEP, said)
    assert check.status == "ambiguous_date"
    assert [o["date"] for o in check.options] == ["2028-04-20"]
    assert "2028" in check.message


@pytest.mark.parametrize(
    "said", ["im März am 3.", "am 3. im März", "in March on the 3rd", "im März, so am 3."]
)
def test_a_month_and_a_day_said_apart_are_that_date(said):
    check = check_request(SALON, WEDNESDAY_15_SEP, said)
    assert (check.status, check.day) == ("ok", date(2028, 3, 3))


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("Freitag oder ne warte lieber Samstag", date(2027, 1, 30)),
        ("Dienstag … äh, Mittwoch meine ich", date(2027, 2, 3)),
        ("Friday, no wait, Saturday", date(2027, 1, 30)),
        ("Freitag oder doch lieber Samstag", date(2027, 1, 30)),
        ("Friday or actually Saturday", date(2027, 1, 30)),
        ("Friday, on second thought Saturday", date(2027, 1, 30)),
        ("Freitag, ach was, Samstag", date(2027, 1, 30)),
        ("Friday, scratch that, Saturday", date(2027, 1, 30)),
        ("Freitag, ehm, Samstag", date(2027, 1, 30)),
        ("Friday, uh, Saturday", date(2027, 1, 30)),
        # "oder" followed by a word that takes back: the correction, as callers say it
        ("Dienstag oder, nein, Mittwoch", date(2027, 2, 3)),
        ("Freitag, oder nee, Samstag", date(2027, 1, 30)),
    ],
)
def test_a_day_corrected_within_the_phrase_is_the_corrected_day(said, day):
    check = check_request(SALON, FRIDAY_29_JAN, said)
    assert (check.status, check.day) == ("ok", day)


@pytest.mark.parametrize(
    "said",
    ["Dienstag oder Mittwoch", "Dienstag oder eher Mittwoch", "Freitag oder lieber Samstag"],
)
def test_two_days_offered_or_a_preference_stay_a_question(said):
    assert check_request(SALON, FRIDAY_29_JAN, said).status == "ambiguous_date"


@pytest.mark.parametrize(
    ("said", "at"),
    [
        ("um 3, nein, halb 4", (15, 30)),
        ("10 Uhr, sorry, 11", (11, 0)),
        ("at 3, no wait, 4", (16, 0)),
    ],
)
def test_a_time_corrected_within_the_phrase_is_the_corrected_time(said, at):
    check = check_request(SALON, FRIDAY_29_JAN, "Dienstag", said)
    assert check.start_local == datetime(2027, 2, 2, *at, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("day", "said", "last"),
    [
        ("heute", "so um 6", ["17:00", "17:30"]),  # Friday closes at 18:00
        ("Dienstag", "gegen 6", ["17:00", "17:30"]),
        ("Donnerstag", "gegen 8", ["19:00", "19:30"]),  # Thursday closes at 20:00
        ("Samstag", "so um 2", ["13:00", "13:30"]),  # Saturday closes at 14:00
    ],
)
def test_an_approximate_hour_at_closing_time_asks_with_the_last_start_times(day, said, last):
    check = check_request(SALON, FRIDAY_29_JAN, day, said, None, 30)  # a 30-minute service
    assert check.status == "ambiguous_time"
    assert [o["time"] for o in check.options] == last
    assert "schließt" in check.message


def test_an_approximate_hour_within_the_hours_stays_a_window():
    check = check_request(SALON, FRIDAY_29_JAN, "Donnerstag", "gegen 6")
    assert check.status == "ok" and check.window is not None
    assert check.prefer == datetime(2027, 2, 4, 18, 0, tzinfo=BERLIN)


def test_an_approximate_hour_wholly_after_closing_is_outside():
    assert check_request(SALON, FRIDAY_29_JAN, "Samstag", "gegen 6").status == "outside_hours"


@pytest.mark.parametrize(
    "said", ["am 29. Februar", "29.2.", "am 29 2", "February 29th", "Feb 29", "29. Feber"]
)
def test_29_february_in_a_year_without_one_is_asked_naming_the_year(said):
    check = check_request(SALON, FRIDAY_29_JAN, said)
    assert check.status == "invalid_date"
    assert "2027" in check.message and "Schaltjahr" in check.message
    assert check.day is None  # never 1 March


def test_29_february_in_a_leap_year_is_that_day():
    check = check_request(SALON, TUESDAY_28_DEC, "am 29. Februar")
    assert (check.status, check.day) == ("ok", date(2028, 2, 29))


@pytest.mark.parametrize("said", ["Anfang nächster Woche", "early next week"])
def test_a_part_of_a_week_with_one_open_day_left_is_still_offered(said):
    # Monday closed, Tuesday 3 October a holiday: Wednesday and the day after are offered
    check = check_request(SALON, THURSDAY_28_SEP_2028, said)
    assert check.status == "ambiguous_date"
    assert [o["date"] for o in check.options] == ["2028-10-04", "2028-10-05"]


def test_a_weekend_with_one_open_day_is_still_that_day():
    check = check_request(SALON, THURSDAY_28_SEP_2028, "am Wochenende")
    assert (check.status, check.day) == ("ok", date(2028, 9, 30))


@pytest.mark.parametrize(
    "said",
    ["zum Wochenende hin", "gegen Ende nächster Woche", "later in the week", "early in the week"],
)
def test_a_part_of_a_week_in_other_words_is_offered(said):
    check = check_request(SALON, FRIDAY_29_JAN, said)
    assert check.status == "ambiguous_date" and len(check.options) >= 2


@pytest.mark.parametrize("said", ["Fabian vom Salon Spitzer", "Fabian aus dem Salon"])
def test_the_salon_said_beside_a_name_names_nobody_else(said):
    match = resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON)
    assert (match.status, match.stylist.name) == ("ok", "Fabian Spitzer")


def test_a_split_whoever_is_no_preference():
    assert is_no_preference("who ever is available", CATALOG, "damenhaarschnitt")


@pytest.mark.parametrize(
    ("said", "offered"),
    [("so um 5 oder 6", {"17:00", "18:00"}), ("gegen 4 oder 5", {"16:00", "17:00"})],
)
def test_two_approximate_hours_offered_are_asked(said, offered):
    # "so um 5 oder 6" was answered "outside" (6 read alone), "so um 4 oder 5" as 17:00
    check = check_request(SALON, FRIDAY_29_JAN, "Dienstag", said)
    assert check.status == "ambiguous_time"
    assert {o["time"] for o in check.options} == offered


def test_or_thereabouts_is_no_second_time():
    check = check_request(SALON, FRIDAY_29_JAN, "Dienstag", "so um 3 rum oder so")
    assert check.status == "ok" and check.window is not None


def test_two_dates_of_bare_numbers_offered_are_asked_with_both():
    check = check_request(SALON, FRIDAY_29_JAN, "am 3 2 oder 4 2")
    assert check.status == "ambiguous_date"
    assert [o["date"] for o in check.options] == ["2027-02-03", "2027-02-04"]


def test_a_bare_day_the_month_does_not_have_is_asked_naming_the_month():
    check = check_request(SALON, datetime(2027, 2, 10, 10, 0, tzinfo=BERLIN), "am 29.")
    assert check.status == "invalid_date"
    assert "Februar 2027" in check.message
