"""A year said as a whole or its start ("im neuen Jahr", "nach Neujahr", "Anfang nächsten
Jahres", "gleich im Januar", "in the new year", "early next year", "after New Year") is never New
Year's Day, which is closed: it is asked with the first open days of that year. Said in the
first 14 days of January, "the new year" is the one just begun; "nächsten Jahres" / "next year"
is always the coming one. "An Neujahr" stays New Year's Day, "gleich nach Neujahr" its first
open day after, and a weekday with the new year said in late December January's first."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tools.dates import check_request
from tools.when import DateCheck

SALON = load_salon()
BERLIN = ZoneInfo("Europe/Berlin")
LATE_DECEMBER = datetime(2036, 12, 29, 10, 0, tzinfo=BERLIN)  # Neujahr 2037 is a Thursday
NEW_YEARS_DAY = datetime(2037, 1, 1, 10, 0, tzinfo=BERLIN)  # closed
JANUARY_14 = datetime(2037, 1, 14, 10, 0, tzinfo=BERLIN)  # the last day the year "just began"
JANUARY_15 = datetime(2037, 1, 15, 10, 0, tzinfo=BERLIN)
MID_YEAR = datetime(2037, 6, 17, 10, 0, tzinfo=BERLIN)  # 2038 opens Saturday 2, Tuesday 5 January

YEAR_START = [
    "im neuen Jahr",
    "nach Neujahr",
    "Anfang nächsten Jahres",
    "Anfang nächstes Jahr",
    "Anfang des neuen Jahres",
    "zu Beginn des neuen Jahres",
    "nach dem Jahreswechsel",
    "gleich im Januar",
    "in the new year",
    "sometime in the New Year",
    "at the start of the new year",
    "early next year",
    "after New Year",
    "after the new year",
]


def _offered(check: DateCheck) -> list[str]:
    assert check.status == "ambiguous_date", (check.status, check.message)
    return [o["date"] for o in check.options]


@pytest.mark.parametrize("said", YEAR_START)
def test_a_year_or_its_start_said_in_late_december_is_asked_with_januarys_first_open_days(said):
    offered = _offered(check_request(SALON, LATE_DECEMBER, said, None, None, 30))
    assert offered[:3] == ["2037-01-02", "2037-01-03", "2037-01-06"]
    assert "2037-01-01" not in offered


@pytest.mark.parametrize("said", YEAR_START)
def test_said_mid_year_it_is_the_coming_years_first_open_days(said):
    offered = _offered(check_request(SALON, MID_YEAR, said, None, None, 30))
    assert offered[:2] == ["2038-01-02", "2038-01-05"]


@pytest.mark.parametrize("said", ["im neuen Jahr", "nach Neujahr", "in the new year"])
def test_said_in_the_first_days_of_january_the_new_year_is_the_one_just_begun(said):
    assert _offered(check_request(SALON, NEW_YEARS_DAY, said, None, None, 30))[:2] == [
        "2037-01-02",
        "2037-01-03",
    ]
    assert _offered(check_request(SALON, JANUARY_14, said, None, None, 30))[0] == "2037-01-14"


@pytest.mark.parametrize("said", ["im neuen Jahr", "in the new year"])
def test_from_the_fifteenth_of_january_the_new_year_is_the_coming_one_again(said):
    assert _offered(check_request(SALON, JANUARY_15, said, None, None, 30))[0] == "2038-01-02"


@pytest.mark.parametrize("said", ["Anfang nächsten Jahres", "early next year"])
def test_next_year_said_on_new_years_day_is_the_coming_year(said):
    assert _offered(check_request(SALON, NEW_YEARS_DAY, said, None, None, 30))[:2] == [
        "2038-01-02",
        "2038-01-05",
    ]


@pytest.mark.parametrize("said", ["an Neujahr", "New Year's Day", "am ersten Tag im neuen Jahr"])
def test_new_years_day_itself_stays_new_years_day_closed(said):
    check = check_request(SALON, LATE_DECEMBER, said, None, None, 30)
    assert (check.status, str(check.day)) == ("closed", "2037-01-01")


@pytest.mark.parametrize(
    ("now", "said", "day"),
    [
        (LATE_DECEMBER, "gleich nach Neujahr", "2037-01-02"),
        (LATE_DECEMBER, "in the new year on Tuesday", "2037-01-06"),
        (LATE_DECEMBER, "im neuen Jahr am Freitag", "2037-01-02"),
        (NEW_YEARS_DAY, "im neuen Jahr gleich am ersten Tag, wo Sie aufhaben", "2037-01-02"),
    ],
)
def test_a_day_said_with_the_new_year_is_that_day(now, said, day):
    check = check_request(SALON, now, said, None, None, 30)
    assert (check.status, str(check.day)) == ("ok", day)


@pytest.mark.parametrize("said", ["in the new year on Tuesday", "nächstes Jahr am Dienstag"])
def test_a_weekday_in_the_new_year_said_mid_year_stays_asked(said):
    assert len(_offered(check_request(SALON, MID_YEAR, said, None, None, 30))) > 1
