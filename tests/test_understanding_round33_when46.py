"""The rules blind round 33's misses (helper when46's share) led to, and their limits, on phrases
and a "now" in no corpus: a day bounded by a companion's appointment ("zeitgleich mit meinem
Opa", "in parallel with my grandma") stands and its time is asked, a time said beside it is the
wish; a day withdrawn at the end ("streichen Sie das", "won't work for me") is asked, one named
after the withdrawal counts; an English "um," of hesitation is no clock word; the services listed
before the day and time leave them as said; parts of the day narrowed by early, late, mid or end
of ("zu Beginn des Nachmittags", "midafternoon", "gleich nach Mittag") are their windows."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, QUESTIONS, check, when

# Tuesday 21 May 2080, 09:30; Thursday open until 20:00, Saturday until 14:00, Sunday and Monday
# closed (Monday 27 May is Pfingstmontag).
TUESDAY = datetime(2080, 5, 21, 9, 30, tzinfo=BERLIN)
_check = partial(check, now=TUESDAY)
_when = partial(when, now=TUESDAY)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("Donnerstag, zeitgleich mit meinem Opa", "2080-05-23"),
        ("Freitag im direkten Anschluss an meine Nichte", "2080-05-24"),
        ("Saturday, same time as my nephew's appointment", "2080-05-25"),
        ("Wednesday in parallel with my grandma", "2080-05-22"),
    ],
)
def test_a_day_bounded_by_a_companions_appointment_stands_and_its_time_is_asked(said, day):
    answer = _check(said)
    assert answer.status == "invalid_time"
    assert str(answer.day) == day


def test_the_question_quotes_the_companion_as_said():
    assert "zeitgleich mit meinem Opa" in _check("Donnerstag, zeitgleich mit meinem Opa").message


def test_a_time_said_beside_the_companion_is_the_wish():
    assert _when("Freitag um drei, parallel zu meiner Nichte") == "2080-05-24 15:00"


def test_a_closed_day_with_a_companion_is_said_closed():
    assert _check("Sonntag, zeitgleich mit meinem Onkel").status == "closed"


@pytest.mark.parametrize(
    "said",
    [
        "Donnerstag, ach, streichen Sie das",
        "Friday... actually, strike that",
        "Thursday, hmm, no, Thursday won't work for me",
        "Friday doesn't suit me after all",
    ],
)
def test_a_day_withdrawn_with_nothing_named_instead_is_asked(said):
    assert _check(said).status in QUESTIONS


def test_a_day_named_after_the_withdrawal_counts():
    assert _when("Friday, strike that, Saturday at eleven") == "2080-05-25 11:00"


def test_an_english_um_of_hesitation_is_no_clock_word():
    assert _when("um, I'd say Thursday at 2") == "2080-05-23 14:00"


def test_a_german_um_before_a_time_stays_the_clock():
    assert _when("Freitag um, äh, Viertel nach drei") == "2080-05-24 15:15"


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Pony schneiden und Augenbrauen, Freitag um elf", "2080-05-24 11:00"),
        ("zweimal Herrenschnitt, Donnerstag um fünf", "2080-05-23 17:00"),
        ("highlights and a blow-dry on Saturday at half nine", "2080-05-25 09:30"),
        ("Locken und Hochsteckfrisur übermorgen um zwei", "2080-05-23 14:00"),
    ],
)
def test_services_listed_first_leave_the_day_and_time_as_said(said, answer):
    assert _when(said) == answer


@pytest.mark.parametrize(
    ("said", "window"),
    [
        ("Friday in the middle of the morning", "2080-05-24 10:00-11:30"),
        ("Donnerstag zu Beginn des Nachmittags", "2080-05-23 12:00-15:00"),
        ("Freitag so gegen Ende des Nachmittags", "2080-05-24 15:00-18:00"),
        ("Wednesday near the end of the morning", "2080-05-22 10:00-12:00"),
        ("Samstag gleich nach Mittag", "2080-05-25 12:00-13:00"),
        ("Thursday midafternoon", "2080-05-23 14:00-16:00"),
        ("Freitag früh am Vormittag", "2080-05-24 09:00-11:00"),
    ],
)
def test_a_part_of_the_day_narrowed_by_early_late_mid_or_end_is_its_window(said, window):
    assert _when(said) == window


def test_right_after_the_lunch_break_stays_the_hour_after_lunch():
    assert _when("Freitag gleich nach der Mittagspause") == "2080-05-24 13:00-14:00"
