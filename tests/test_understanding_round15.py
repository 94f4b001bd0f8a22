"""The rules blind round 15's families led to, and their limits: two approximate times side by
side without "oder" ("so halb drei, drei", "gegen zehn, halb elf", "around ten, half ten") are a
span the caller is fine with, searched as the window between them, never one of them, while a
correction ("um drei, nee, halb vier") keeps the second and "halb drei oder drei" asks; an hour
after "um" / "at" / "say", or before "Uhr" or a part of the day, is a time even when the
recogniser ends the phrase with a full stop ("Samstag. Ähm. Um elf.", "Freitag. Vier.
Nachmittags.", "um zwei. Zwei Uhr nachmittags."), never a day of month the caller did not say,
while "Freitag, den 15." and "den 1.12. nachmittags" stay dates; a long sentence with the day and
the time joined by "und" is read, while two days or two day-and-time pairs are asked; named days
that are no holiday ("St. Patrick's Day", "Muttertag", "Black Friday") are their day."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tools.dates import check_request

SALON = load_salon()
BERLIN = ZoneInfo("Europe/Berlin")
TUESDAY = datetime(2029, 6, 12, 10, 0, tzinfo=BERLIN)  # Thu 14.6., Fri 15.6., Sat 16.6. open
EARLY_FEBRUARY = datetime(2029, 2, 6, 10, 0, tzinfo=BERLIN)


def _at(check) -> str:
    assert check.status == "ok", check.message
    assert check.start_local is not None, check
    return check.start_local.strftime("%Y-%m-%d %H:%M")


def _window(check) -> str:
    assert check.status == "ok", check.message
    assert check.window is not None, check
    lo, hi = check.window
    return f"{lo:%Y-%m-%d %H:%M}-{hi:%H:%M}"


@pytest.mark.parametrize(
    ("said", "time", "window"),
    [
        ("Donnerstag", "so halb drei, drei", "2029-06-14 14:30-15:00"),
        ("Donnerstag", "gegen zehn, halb elf", "2029-06-14 10:00-10:30"),
        ("Donnerstag", "so um halb zwölf, zwölf", "2029-06-14 11:30-12:00"),
        ("Donnerstag", "ungefähr vier, halb fünf", "2029-06-14 16:00-16:30"),
        ("Donnerstag", "around ten, half ten", "2029-06-14 10:00-10:30"),
        ("Freitag so gegen zehn, halb elf", None, "2029-06-15 10:00-10:30"),
        ("Samstag, so elf, halb zwölf", None, "2029-06-16 11:00-11:30"),
        ("Freitag", "gegen elf, Viertel nach elf", "2029-06-15 11:00-11:15"),
        ("Freitag", "so drei Uhr, halb vier", "2029-06-15 15:00-15:30"),
        ("Freitag", "around two, two thirty", "2029-06-15 14:00-14:30"),
    ],
)
def test_two_approximate_times_side_by_side_are_the_window_between_them(said, time, window):
    assert _window(check_request(SALON, TUESDAY, said, time, None, 30)) == window


def test_a_correction_between_two_times_keeps_the_second():
    check = check_request(SALON, TUESDAY, "Donnerstag", "um drei, nee, halb vier", None, 30)
    assert _at(check) == "2029-06-14 15:30"


def test_the_same_time_said_approximately_and_exactly_is_that_time():
    check = check_request(SALON, TUESDAY, "Donnerstag", "so um drei, drei Uhr", None, 30)
    assert _at(check) == "2029-06-14 15:00"


def test_two_times_with_oder_are_asked():
    check = check_request(SALON, TUESDAY, "Donnerstag", "halb drei oder drei", None, 30)
    assert check.status == "ambiguous_time"


@pytest.mark.parametrize(
    ("said", "time", "start"),
    [
        ("Samstag. Ähm. Um elf.", None, "2029-06-16 11:00"),
        ("Donnerstag. Also. Ähm. Um. Sieben. Abends.", None, "2029-06-14 19:00"),
        ("Freitag. Vier. Nachmittags.", None, "2029-06-15 16:00"),
        ("Saturday morning, say ten", None, "2029-06-16 10:00"),
        ("Thursday after work, say 7", None, "2029-06-14 19:00"),
        ("Freitag", "um zwei. Zwei Uhr nachmittags.", "2029-06-15 14:00"),
        ("Freitag", "vier. Vier Uhr nachmittags bitte", "2029-06-15 16:00"),
        ("Samstag. Zehn.", None, "2029-06-16 10:00"),
        ("Friday. Four. In the afternoon.", None, "2029-06-15 16:00"),
    ],
)
def test_an_hour_in_a_phrase_of_its_own_is_a_time_not_a_day_of_month(said, time, start):
    assert _at(check_request(SALON, TUESDAY, said, time, None, 30)) == start


def test_a_number_after_a_day_article_stays_the_day():
    assert check_request(SALON, TUESDAY, "Freitag, den 15.", None, None, 30).day.isoformat() == (
        "2029-06-15"
    )
    assert check_request(SALON, TUESDAY, "Freitag, den 16.", None, None, 30).status == (
        "weekday_mismatch"
    )
    assert check_request(SALON, TUESDAY, "Freitag, den zehnten.", None, None, 30).status == (
        "weekday_mismatch"
    )
    afternoon = check_request(SALON, TUESDAY, "den 3.7. nachmittags", None, None, 30)
    assert _window(afternoon).startswith("2029-07-03 ")


@pytest.mark.parametrize(
    ("said", "start"),
    [
        ("ich hätte gern einen Termin am Donnerstag, und zwar am besten um elf", "2029-06-14 11:00"),
        ("Samstag, und die Zeit, hm, zehn Uhr fünfzehn", "2029-06-16 10:15"),
        ("also der Freitag wär gut, weil da hab ich frei, und dann so, ähm, halb drei",
         "2029-06-15 14:30"),
    ],
)  # fmt: skip
def test_a_day_and_a_time_joined_by_und_are_read(said, start):
    assert _at(check_request(SALON, TUESDAY, said, None, None, 30)) == start


@pytest.mark.parametrize("said", ["Donnerstag und Freitag", "Freitag um drei und Samstag um zehn"])
def test_two_days_joined_by_und_are_still_asked(said):
    assert check_request(SALON, TUESDAY, said, None, None, 30).status != "ok"


@pytest.mark.parametrize(
    ("said", "day", "status"),
    [
        ("St. Patrick's Day", "2029-03-17", "ok"),
        ("am St.-Patricks-Tag", "2029-03-17", "ok"),
        ("am Muttertag", "2029-05-13", "closed"),
        ("Mother's Day", "2029-05-13", "closed"),
        ("Black Friday", "2029-11-23", "ok"),
        ("am Valentinstag", "2029-02-14", "ok"),
    ],
)
def test_named_days_that_are_no_holiday_are_their_day(said, day, status):
    check = check_request(SALON, EARLY_FEBRUARY, said, None, None, 30)
    assert (check.status, check.day.isoformat()) == (status, day)


def test_st_patricks_day_on_a_closed_monday_is_answered_closed():
    monday = datetime(2031, 3, 17, 10, 0, tzinfo=BERLIN)
    check = check_request(SALON, monday, "St. Patrick's Day", None, None, 30)
    assert (check.status, check.holiday) == ("closed", "St. Patrick's Day")


JULY_TUESDAY = datetime(2030, 7, 16, 9, 30, tzinfo=BERLIN)  # Fri 19.7.; Fri 2.8. is the 2nd


@pytest.mark.parametrize(
    ("said", "time"),
    [
        ("Freitag zwei", None),
        ("Freitag 2", None),
        ("Friday, two", None),
        ("Freitag, ähm, zwei, also nachmittags", None),
        ("Freitag nachmittag zwei", None),
        ("Freitag", "2."),
        ("Freitag", "zwei."),
    ],
)
def test_a_lone_number_by_a_weekday_is_an_hour_never_the_day_of_month(said, time):
    """Friday the 2nd is a Friday too: the number must still not become that date."""
    assert _at(check_request(SALON, JULY_TUESDAY, said, time, None, 30)) == "2030-07-19 14:00"


@pytest.mark.parametrize(
    ("said", "time"),
    [("Freitag der zweite", None), ("Freitag den 2.", None), ("Freitag am 2.", None),
     ("Freitag", "am 2.")],
)  # fmt: skip
def test_a_number_marked_as_a_day_by_a_weekday_stays_the_day(said, time):
    assert check_request(SALON, JULY_TUESDAY, said, time, None, 30).day.isoformat() == "2030-08-02"
