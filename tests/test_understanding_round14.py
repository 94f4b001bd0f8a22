"""The rules blind round 14's families led to, and their limits: southern "halber" before an
hour is "halb" ("um halber drei" 14:30), also after a weekday or "morgen", where the hour is no
day of month, while "eine halbe Stunde" stays a duration; English quarters and minutes with
"after", "of", "till" are a clock time ("a quarter after eleven" 11:15, US "quarter of ten"
09:45, "ten of four" 15:50), never a bound "after eleven"; a year said in English word pairs
after an ordinal day is that year ("the second of January twenty twenty-nine"); the month's last
day by name ("am Monatsletzten", "am Letzten", "Ultimo", "the last of the month"), while "letzten
Monat" / "last month" stay the month gone; a bare day of month gone within a week, the 1st too,
is asked with the day gone and next month's (never next month's alone); "wen Sie mir geben" and
its kin leave the stylist open, while "wen haben Sie?" asks; "Barth" / "Bahrt" written for Bart
by speech to text is the beard."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tools.catalog_match import is_no_preference, resolve_service
from tools.dates import check_request

SALON = load_salon()
CATALOG = reference_catalog(SALON)
BERLIN = ZoneInfo("Europe/Berlin")
WEDNESDAY = datetime(2029, 3, 14, 10, 0, tzinfo=BERLIN)  # Thu 15.3., Fri 16.3. open
FRIDAY_EARLY_JUNE = datetime(2029, 6, 8, 10, 0, tzinfo=BERLIN)
TUESDAY_FOURTH = datetime(2029, 9, 4, 9, 0, tzinfo=BERLIN)  # the 1st three days gone
LATE_AUGUST = datetime(2029, 8, 22, 10, 0, tzinfo=BERLIN)


def _at(check) -> str:
    assert check.status == "ok", check.message
    assert check.start_local is not None, check
    return check.start_local.strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize(
    ("said", "time", "start"),
    [
        ("Donnerstag", "um halber drei", "2029-03-15 14:30"),
        ("Donnerstag", "halber sieben", "2029-03-15 18:30"),
        ("Donnerstag", "um halbe vier", "2029-03-15 15:30"),
        ("morgen um halber elf", None, "2029-03-15 10:30"),
        ("Freitag um halber zwölf", None, "2029-03-16 11:30"),
        ("Samstag um halber eins", None, "2029-03-17 12:30"),
    ],
)
def test_southern_halber_before_an_hour_is_halb(said, time, start):
    assert _at(check_request(SALON, WEDNESDAY, said, time, None, 30)) == start


def test_halbe_before_a_duration_is_no_clock_time():
    check = check_request(SALON, WEDNESDAY, "morgen", "in einer halben Stunde", None, 30)
    assert not (check.start_local and check.start_local.strftime("%H:%M") == "12:30")


@pytest.mark.parametrize(
    ("time", "start"),
    [
        ("a quarter after eleven", "2029-03-16 11:15"),
        ("at a quarter after four", "2029-03-16 16:15"),
        ("quarter of ten", "2029-03-16 09:45"),
        ("quarter till five", "2029-03-16 16:45"),
        ("a quarter til eleven", "2029-03-16 10:45"),
        ("ten of four", "2029-03-16 15:50"),
        ("twenty after two", "2029-03-16 14:20"),
    ],
)
def test_english_quarters_and_minutes_are_a_clock_time(time, start):
    assert _at(check_request(SALON, WEDNESDAY, "Friday", time, None, 30)) == start


def test_after_alone_is_still_a_bound():
    check = check_request(SALON, WEDNESDAY, "Friday", "after eleven", None, 30)
    assert check.status == "ok"
    assert check.start_local is None and check.window is not None
    assert check.window[0].strftime("%H:%M") == "11:00"


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("the second of January twenty thirty", "2030-01-02"),
        ("the fifth of April twenty twenty-nine", "2029-04-05"),
        ("April the sixth, twenty twenty-nine", "2029-04-06"),
        ("March twenty-second, twenty twenty-nine", "2029-03-22"),
    ],
)
def test_a_year_in_english_word_pairs_after_the_day_is_that_year(said, day):
    check = check_request(SALON, WEDNESDAY, said, None, None, 30)
    assert check.status == "ok" and str(check.day) == day


def test_german_zwanzig_dreissig_after_a_day_stays_a_time():
    check = check_request(SALON, WEDNESDAY, "am 20. März um zwanzig dreißig", None, None, 30)
    assert check.day is None or str(check.day) != "2030-03-20"


@pytest.mark.parametrize(
    "said",
    ["am Monatsletzten", "am Letzten", "zum Ultimo", "Ultimo", "on the last of the month",
     "am Letzten des Monats", "the last day of the month"],
)  # fmt: skip
def test_the_months_last_day_by_name(said):
    check = check_request(SALON, WEDNESDAY, said, None, None, 30)
    assert check.status == "ok" and str(check.day) == "2029-03-31"


@pytest.mark.parametrize("said", ["letzten Monat", "last month", "am letzten Freitag"])
def test_last_month_or_a_last_weekday_is_not_the_months_last_day(said):
    check = check_request(SALON, WEDNESDAY, said, None, None, 30)
    assert check.day is None or str(check.day) != "2029-03-31"


@pytest.mark.parametrize(
    ("now", "said"),
    [
        (TUESDAY_FOURTH, "am ersten"),
        (TUESDAY_FOURTH, "on the first"),
        (FRIDAY_EARLY_JUNE, "am fünften"),
        (FRIDAY_EARLY_JUNE, "den zweiten"),
    ],
)
def test_a_bare_day_of_month_gone_within_a_week_is_asked_the_first_too(now, said):
    check = check_request(SALON, now, said, None, None, 30)
    assert check.status != "ok"
    assert check.status in ("past_date", "ambiguous_date")


def test_a_bare_day_of_month_gone_longer_is_next_months():
    check = check_request(SALON, LATE_AUGUST, "am vierzehnten", None, None, 30)
    assert check.status == "ok" and str(check.day) == "2029-09-14"


@pytest.mark.parametrize(
    "said",
    ["wen Sie mir geben", "wen Sie dahaben", "wen Sie gerade frei haben",
     "nehm ich, wen Sie mir zuteilen", "geben Sie mir einfach wen", "whoever you give me"],
)  # fmt: skip
def test_whoever_the_salon_gives_leaves_the_stylist_open(said):
    assert is_no_preference(said, CATALOG, "damenhaarschnitt", SALON)


@pytest.mark.parametrize("said", ["wen haben Sie denn?", "Wenzel", "Sophie, wenn sie da ist"])
def test_asking_who_or_a_name_is_not_leaving_it_open(said):
    assert not is_no_preference(said, CATALOG, "damenhaarschnitt", SALON)


@pytest.mark.parametrize(
    "said",
    ["Barth schneiden", "Bahrt schneiden", "den Barth stutzen", "Barthpflege", "Barthaare kürzen"],
)
def test_bart_written_as_heard_is_the_beard(said):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ok" and match.service.slug == "bartpflege"


def test_cutting_without_the_beard_is_still_asked_among_the_haircuts():
    match = resolve_service(CATALOG, "Haare schneiden", SALON)
    assert match.status == "ambiguous_service"
    assert "bartpflege" not in {s.slug for s in match.candidates}
