"""The rules blind round 36's day, time and name misses led to (helper when50), in words of
neither the round nor its probe: a weekday said to be out ("Wednesday's out", "Freitag fällt
flach", "Samstag ist bei uns raus") is an exclusion, asked, never that day; a span counted from a
day ("neun Tage ab heute", "a fortnight from Friday") is the day it reaches; someone of the
household coming home at a time said is the bound from then to closing, never that time sharp;
a clock time said digit by digit ("elf drei null") is that time; "nach der Schule, so um drei"
is the time said; in an English call a slash date readable both ways is asked (W8); service
words as a recogniser spells them ("Hilite") and the English participle ("coloured") name the
service."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON, check, when
from tools.catalog_match import resolve_service
from tools.dates import check_request

# Tuesday 17 September 2086, 10:00: Wed 18., Thu 19., Fri 20., Sat 21.; Mon 23. closed
NOW = datetime(2086, 9, 17, 10, 0, tzinfo=BERLIN)
at_now = partial(when, now=NOW)
asked_now = partial(check, now=NOW)


@pytest.mark.parametrize(
    "said",
    [
        "Wednesday's out",
        "Thursday's a no-go",
        "Fridays are out for us",
        "Freitag fällt leider flach",
        "Samstag ist bei uns raus",
        "Donnerstag wäre ungünstig für mich",
        "der Mittwoch fällt bei mir aus",
        "Thursday's awkward for me",
        "I'm tied up on Friday",
        "Saturday I can't manage",
        "Mittwoch bin ich leider unterwegs",
        "Donnerstag hab ich schon einen Termin",
        "Freitag wird bei mir schwierig",
        "Thursday's a firm no, I'm afraid",
        "Mittwoch geht bei mir ganz schlecht",
        "donnerstags können wir nie",
        "Saturday? Nope.",
    ],
)
def test_a_weekday_said_to_be_out_is_asked_never_booked(said):
    assert asked_now(said).status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Thursday's fine for me", "2086-09-19"),
        ("I can manage Thursday", "2086-09-19"),
        ("Mittwoch bin ich frei", "2086-09-18"),
        ("morgen no", "2086-09-18"),  # Bavarian "morgen noch": no refusal
        ("Freitag, da fällt mein Kurs aus", "2086-09-20"),  # the day freed, not ruled out
    ],
)
def test_a_day_that_suits_or_frees_the_caller_stays_that_day(said, answer):
    assert at_now(said) == answer


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("neun Tage ab heute", "2086-09-26"),
        ("drei Wochen ab Donnerstag", "2086-10-10"),
        ("a fortnight from Friday", "2086-10-04"),
        ("6 days from tomorrow", "2086-09-24"),
        ("eine Woche ab Mittwoch um elf", "2086-09-25 11:00"),
        ("elf Tage von heute an", "2086-09-28"),
        ("a fortnight on Wednesday", "2086-10-02"),
    ],
)
def test_a_span_counted_from_a_day_is_the_day_it_reaches(said, answer):
    assert at_now(said) == answer


def test_a_month_counted_from_a_day_is_offered_as_the_fortnight_around_it():
    result = asked_now("einen Monat ab morgen")
    assert result.status == "ambiguous_date"
    assert "2086-10-18" in {o["date"] for o in result.options}


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Thursday, once my wife is back home at six", "2086-09-19 18:00-20:00"),
        ("Freitag, sobald meine Tochter um drei zurück ist", "2086-09-20 15:00-18:00"),
        ("Mittwoch, wenn mein Partner um vier von der Arbeit kommt", "2086-09-18 16:00-18:00"),
        ("Freitag, sobald die Tagesmutter um zwei kommt", "2086-09-20 14:00-18:00"),
    ],
)
def test_a_homecoming_at_a_time_bounds_the_day_from_then_to_closing(said, answer):
    assert at_now(said) == answer


def test_a_homecoming_that_must_come_after_the_visit_is_a_deadline():
    result = asked_now("Freitag, bevor meine Frau um drei heimkommt")
    assert result.ok and result.start_local is None
    assert at_now("Freitag, bevor meine Frau um drei heimkommt").endswith("-14:30")


def test_going_home_at_a_time_is_no_homecoming_and_is_asked():
    assert asked_now("Freitag, wenn ich um zwölf wieder nach Hause muss").status in QUESTIONS


def test_a_homecoming_without_its_time_is_asked():
    assert asked_now("Freitag, wenn meine Frau heimkommt").status in QUESTIONS


@pytest.mark.parametrize(
    ("time_said", "answer"),
    [
        ("elf drei null", "2086-09-19 11:30"),
        ("eins sechs eins fünf", "2086-09-19 16:15"),
        ("at nine four five", "2086-09-19 09:45"),
        ("eins sieben null null", "2086-09-19 17:00"),  # the hour as two digits too
        ("zwölf Uhr vier fünf", "2086-09-19 12:45"),
        ("um 1 9 Uhr", "2086-09-19 19:00"),  # two digits of the hour alone stay as before
    ],
)
def test_a_clock_time_said_digit_by_digit_is_that_time(time_said, answer):
    assert at_now("Donnerstag", time_said) == answer


@pytest.mark.parametrize(
    ("said", "answers"),
    [
        ("Freitag nach der Schule, so gegen drei", {"2086-09-20 15:00", "2086-09-20 14:30-15:30"}),
        ("Mittwoch nach der Uni so um fünf", {"2086-09-18 17:00", "2086-09-18 16:30-17:30"}),
    ],
)
def test_after_school_with_a_time_beside_it_is_that_time(said, answers):
    assert at_now(said) in answers


def english_call(said: str):
    return check_request(SALON, NOW, said, None, None, 30, "en")


def test_a_bare_slash_date_in_an_english_call_readable_both_ways_is_asked():
    result = english_call("11/12")
    assert result.status == "ambiguous_date"
    assert "11 December" in result.message and "12 November" in result.message


def test_a_slash_date_with_one_reading_in_an_english_call_is_that_date():
    assert english_call("28/9").day.isoformat() == "2086-09-28"


def test_a_bare_slash_date_in_a_german_call_stays_day_first():
    assert at_now("9/10") == "2086-10-09"


@pytest.mark.parametrize(
    ("said", "slug"),
    [
        ("Hilite", "straehnchen"),
        ("Babylites", "straehnchen"),
        ("I want it highlighted", "straehnchen"),
        ("I'd like it coloured", "faerben"),
        ("get my hair tinted", "faerben"),
    ],
)
def test_service_words_as_heard_or_as_a_participle_name_the_service(said, slug):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ok" and match.service.slug == slug


@pytest.mark.parametrize(
    ("time_said", "answer"),
    [
        ("nach der Schule, die ist um eins aus", "2086-09-20 13:00-18:00"),
        ("after school, it's out at half two", "2086-09-20 14:30-18:00"),
    ],
)
def test_the_end_of_school_said_with_its_time_is_the_bound_from_then(time_said, answer):
    assert at_now("Freitag", time_said) == answer


def test_after_school_without_a_time_is_asked():
    assert asked_now("Freitag nach der Schule").status in QUESTIONS
