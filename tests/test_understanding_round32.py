"""The rules blind round 32's misses led to, and their limits, on phrases and "now"s in no corpus:
the latest start said as a superlative ("Ihr spätester Termin", "letztmöglich") is the day's last
start; a clock time said with a morning and an afternoon or evening part as one is asked, never
the first part alone; a day excluded with "aside from", "excluding", "barring" and nothing named
instead is asked; a day of this month, the next or the one after it is that date in either
order ("kommenden Monat am Achten", "the 20th of the month after next"), a day of this month gone
is past, this month with one open day left is asked; "Sunday week" is read as the other weekdays;
the clock word said after the minutes too ("16 Uhr 40 Uhr", "six forty-five o'clock") is the
time said. Names: the noun of a service the salon does not do ("Glättung") is not offered."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.corpus.runner import Case as CorpusCase
from tests.corpus.runner import answer_name
from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON, check, when

# Wednesday 9 March 2078, 11:00; Thursday open until 20:00, Saturday until 14:00, Sunday and
# Monday closed.
WEDNESDAY = datetime(2078, 3, 9, 11, 0, tzinfo=BERLIN)
_check = partial(check, now=WEDNESDAY)
_when = partial(when, now=WEDNESDAY)


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Samstag, Ihr spätester Termin", "2078-03-12 13:30"),
        ("den letztmöglichen Termin am Freitag", "2078-03-11 17:30"),
        ("Donnerstag spätestmöglich", "2078-03-10 19:30"),
        ("am Freitag die späteste Zeit, die frei ist", "2078-03-11 17:30"),
    ],
)
def test_the_latest_start_said_as_a_superlative_is_the_days_last_start(said, answer):
    assert _when(said) == answer


def test_spaetestens_stays_a_bound():
    assert _when("Freitag spätestens um zwei") == "2078-03-11 09:00-14:00"


@pytest.mark.parametrize(
    "said",
    [
        "Donnerstag um neun Uhr vormittags, also abends",
        "Freitag früh um zehn, das heißt nachmittags",
        "Saturday at eleven in the morning, so the afternoon",
    ],
)
def test_a_morning_and_an_afternoon_said_for_one_time_are_asked(said):
    assert _check(said).status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Donnerstag nachmittags um fünf, also abends", "2078-03-10 17:00"),
        ("Freitag früh um zehn, also vormittags", "2078-03-11 10:00"),
    ],
)
def test_parts_that_agree_keep_the_time(said, answer):
    assert _when(said) == answer


@pytest.mark.parametrize(
    "said",
    ["any day aside from Friday", "every day excluding Tuesday", "barring Thursday, any day"],
)
def test_a_day_excluded_with_nothing_named_instead_is_asked(said):
    assert _check(said).status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("aside from that, Thursday is good", "2078-03-10"),
        ("Friday, other than that I'm free", "2078-03-11"),
    ],
)
def test_aside_from_that_is_no_exclusion_of_a_day(said, answer):
    assert _when(said) == answer


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("kommenden Monat am Achten", "2078-04-08"),
        ("den 4. im übernächsten Monat", "2078-05-04"),
        ("the 20th of the month after next", "2078-05-20"),
        ("in the month after next, on the 6th", "2078-05-06"),
        ("diesen Monat am Achtzehnten", "2078-03-18"),
        ("in diesem Monat am Ersten", "past"),
        ("the 2nd of this month", "past"),
    ],
)
def test_a_day_of_this_next_or_the_month_after_is_that_date(said, answer):
    assert _when(said) == answer


def test_the_month_after_next_alone_is_a_stretch_asked():
    assert _check("übernächsten Monat").status in QUESTIONS


def test_this_month_with_one_open_day_left_is_asked_never_that_day():
    thursday = datetime(2078, 3, 31, 10, 0, tzinfo=BERLIN)  # the month's last day, open
    assert check("irgendwann noch diesen Monat", now=thursday).status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "status", "day"),
    [("Sunday week", "closed", "2078-03-20"), ("Saturday week", "ok", "2078-03-19")],
)
def test_a_weekday_with_week_is_a_week_after_the_coming_one(said, status, day):
    answer = _check(said)
    assert (answer.status, str(answer.day)) == (status, day)


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Freitag um 16 Uhr 40 Uhr", "2078-03-11 16:40"),
        ("Freitag um 10 Uhr 20 Uhr", "2078-03-11 10:20"),
        ("Thursday at six forty-five o'clock", "2078-03-10 18:45"),
        ("Samstag um 12 Uhr 30 Uhr", "2078-03-12 12:30"),
    ],
)
def test_the_clock_word_said_after_the_minutes_too_is_the_time_said(said, answer):
    assert _when(said) == answer


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Freitag um 16 Uhr 16 Uhr", "2078-03-11 16:00"),
        ("Freitag um 13 Uhr 14 Uhr", "2078-03-11 13:00-14:00"),
        ("Freitag um 13 Uhr, 40 Uhr", None),
    ],
)
def test_an_hour_said_again_or_its_neighbour_is_no_minutes(said, answer):
    if answer is None:  # a comma keeps two numbers apart: "40 Uhr" is no time, asked
        assert _check(said).status in QUESTIONS
    else:
        assert _when(said) == answer


def test_two_hours_with_one_clock_word_stay_a_window():
    assert _when("Freitag zwischen 14 und 15 Uhr") == "2078-03-11 14:00-15:00"


@pytest.mark.parametrize("said", ["Glättung, bitte", "eine Glättung der Haare", "Dauerglättung"])
def test_the_noun_of_a_service_not_offered_is_not_offered(said):
    case = CorpusCase("spec", said, "", kind="service")
    assert answer_name(case, CATALOG, SALON).startswith("not_offered")


def test_a_service_offered_stays_offered_beside_the_nouns():
    case = CorpusCase("spec", "Färbung", "", kind="service")
    assert answer_name(case, CATALOG, SALON) == "ok faerben"
