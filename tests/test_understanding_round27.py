"""The rules blind round 27's misses led to, and their limits, on phrases and "now"s in no corpus:
a day followed by words of the caller's daily rhythm the resolver does not read ("bevor die
Kinder aus der Schule kommen", "sobald ich aus dem Büro bin", "zur Teezeit") is asked, never
answered as the whole day; what is understood of that rhythm is its window: "zur Kaffeezeit"
15-16, "je später desto besser" and "als letzte Kundin" the day's last start, "je früher desto
besser" its first, "bloß nicht nachmittags" said right after the day that day before the
afternoon ("nicht vormittags" stays asked); an hour said with "hundert" in digits ("14 hundert") is that clock time, never a bound;
"am Monatsersten" is the next first of a month, never asked as just gone; "diesen Samstag" said on
Saturday after closing is next Saturday, never past."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, QUESTIONS, check, when
from tests.when_answer import day_answer

# Tuesday 7 June 2067, 10:00: Wed 8., Thu 9. (open to 20:00), Fri 10., Sat 11. (to 14:00)
TUESDAY = datetime(2067, 6, 7, 10, 0, tzinfo=BERLIN)
# Saturday 11 June 2067, 15:00: after closing; Sunday and Monday closed
SATURDAY_EVENING = datetime(2067, 6, 11, 15, 0, tzinfo=BERLIN)
_check = partial(check, now=TUESDAY)
_when = partial(when, now=TUESDAY)


@pytest.mark.parametrize(
    "said",
    [
        "Mittwoch, bevor ich meine Tochter vom Hort hole",
        "Freitag, sobald die Schicht vorbei ist",
        "Donnerstag, solange der Kleine in der Krippe ist",
        "Freitag, während mein Mann beim Training ist",
        "Mittwoch, nachdem ich vom Yoga komme",
        "Donnerstag, eher später",
        "Samstag zur Frühstückszeit",
        "Freitag, wenn die Tagesmutter da ist",
        "Wednesday, before nursery pickup",
        "Freitag, je später, um so schöner",
    ],
)
def test_a_daily_rhythm_not_read_after_a_day_is_asked_never_the_whole_day(said):
    answer = _check(said)
    assert answer.status in QUESTIONS, day_answer(answer)


@pytest.mark.parametrize(
    "said",
    ["Freitag, wenn es Ihnen passt", "Mittwoch, falls das geht", "Donnerstag, danke schön"],
)
def test_words_that_say_nothing_about_the_time_still_leave_the_day(said):
    assert _when(said) == {"F": "2067-06-10", "M": "2067-06-08", "D": "2067-06-09"}[said[0]]


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("Mittwoch um die Kaffeezeit", "2067-06-08 15:00-16:00"),
        ("Donnerstag, je später, umso lieber", "2067-06-09 19:30"),
        ("Freitag, je eher, um so besser", "2067-06-10 09:00"),
        ("Samstag als allerletzter Kunde", "2067-06-11 13:30"),
        ("Donnerstag als letzte Kundin am Abend", "2067-06-09 19:30"),
        ("Freitag, bitte nicht nachmittags", "2067-06-10 09:00-12:00"),
    ],
)
def test_a_daily_rhythm_that_is_understood_is_its_time_or_window(said, want):
    assert _when(said) == want


@pytest.mark.parametrize(
    "said",
    [
        "am Wochenende, aber nicht nachmittags",  # said of a stretch, not of one day
        "nicht nachmittags",  # no day said
        "Donnerstag, bloß nicht am Vormittag",  # afternoon or evening: round 12's rule
        "Freitag, nicht nachmittags und nicht zu früh",  # a further exclusion
    ],
)
def test_a_part_excluded_of_no_one_day_or_leaving_more_than_one_part_stays_asked(said):
    assert _check(said).status in QUESTIONS


def test_last_said_of_a_week_is_that_week_never_the_days_last_start():
    assert _check("als letzte Woche").status == "past_date"


def test_an_afternoon_excluded_in_the_time_field_with_a_hedge_stays_asked():
    assert _check("Freitag", time_said="eher nicht nachmittags").status in QUESTIONS


@pytest.mark.parametrize(
    ("time_said", "want"),
    [
        ("um 11 hundert", "2067-06-10 11:00"),
        ("16hundert", "2067-06-10 16:00"),
        ("9 hundred", "2067-06-10 09:00"),
    ],
)
def test_an_hour_with_hundert_in_digits_is_that_clock_time_never_a_bound(time_said, want):
    assert _when("Freitag", time_said=time_said) == want


def test_a_bound_said_as_such_stays_a_bound():
    assert _when("Freitag", time_said="bis 11 Uhr") == "2067-06-10 09:00-10:59"


@pytest.mark.parametrize("said", ["Monatserster", "am Ersten des Monats", "per Monatsersten"])
def test_the_first_of_the_month_by_name_is_the_next_first(said):
    assert _when(said) == "2067-07-01"


def test_the_first_of_the_month_by_name_said_on_the_second_is_never_asked_as_gone():
    assert _when("am Monatsersten", now=datetime(2067, 6, 2, 10, 0, tzinfo=BERLIN)) == "2067-07-01"


@pytest.mark.parametrize("said", ["diesen Samstag", "this Saturday", "dieser Samstag um zehn"])
def test_this_weekday_said_on_it_after_closing_is_next_weeks_never_past(said):
    assert _when(said, now=SATURDAY_EVENING).startswith("2067-06-18")


def test_this_weekday_said_on_it_before_closing_is_today():
    assert _when("diesen Samstag", now=datetime(2067, 6, 11, 10, 0, tzinfo=BERLIN)) == "2067-06-11"
