"""The rules blind round 42's misses led to (helper when60), in words of neither the round nor its
probe. The caller's own break without its hours is asked (W22), the midday said impersonally
stays the midday; a span from now is the window around the time (W21); an English calendar week
after a weekday or "in" is that ISO week; English names of German feasts are those days. Names: a
syllable of a stylist's nickname or first name ("Mo" for Memo) is asked with them, never "no such
stylist"; a pet word with a name ("Sophie-Maus") is the name; the scalp is a service not offered."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import partial

import pytest

from tests.understanding_support import (
    BERLIN,
    CATALOG,
    SALON,
    check,
    stylist_status,
    when,
)
from tools.catalog_match import resolve_service, resolve_stylist
from tools.dates import check_request

# Wednesday 7 April 2100, 09:40 (open 9-18); Thursday the 8th is open to 20:00
WEDNESDAY = datetime(2100, 4, 7, 9, 40, tzinfo=BERLIN)
on_wednesday = partial(when, now=WEDNESDAY)


def english(said: str, now: datetime = WEDNESDAY):
    return check_request(SALON, now, said, None, None, 30, "en")


@pytest.mark.parametrize(
    "said",
    [
        "Donnerstag in meiner Mittagspause",
        "Freitag während meiner Pause",
        "am Freitag über meine Mittagspause",
        "Thursday during my lunch hour",
        "Friday on our lunch break",
    ],
)
def test_the_callers_own_break_without_its_hours_is_asked_with_the_day(said):
    answer = check_request(SALON, WEDNESDAY, said, None, None, 30)
    assert answer.status == "ambiguous_time", answer
    assert answer.day in (date(2100, 4, 8), date(2100, 4, 9))
    assert answer.window is None and answer.start_local is None


def test_the_midday_said_impersonally_stays_the_midday_window():
    assert on_wednesday("Donnerstag in der Mittagspause") == "2100-04-08 11:30-14:00"
    answer = english("Thursday at lunchtime")
    assert (answer.status, answer.window[0].hour) == ("ok", 11)


def test_the_callers_break_with_its_hours_is_those_hours():
    said = "Donnerstag in meiner Mittagspause, die ist von zwölf bis eins"
    assert on_wednesday(said) == "2100-04-08 12:00-13:00"


def test_the_callers_break_on_a_closed_day_is_closed():
    assert on_wednesday("Montag in meiner Mittagspause") == "2100-04-12"
    assert check("Sonntag in meiner Mittagspause", now=WEDNESDAY).status == "closed"


@pytest.mark.parametrize(("said", "minutes"), [("in achtzig Minuten", 80), ("in 100 minutes", 100)])
def test_a_span_from_now_is_searched_around_the_time_it_lands_on(said, minutes):
    answer = check_request(SALON, WEDNESDAY, said, None, None, 30, "en")
    target = WEDNESDAY + timedelta(minutes=minutes)
    assert answer.status == "ok"
    lo, hi = answer.window if answer.window else (answer.start_local, answer.start_local)
    assert lo <= target <= hi


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("Tuesday of week 16", date(2100, 4, 20)),
        ("Friday in week 15", date(2100, 4, 16)),
        ("Thursday, week 17", date(2100, 4, 29)),
        ("Saturday in week number 16", date(2100, 4, 24)),
    ],
)
def test_an_english_calendar_week_with_a_weekday_is_that_day(said, day):
    answer = english(said)
    assert (answer.status, answer.day) == ("ok", day), answer.message


def test_an_english_calendar_week_alone_offers_its_days():
    answer = english("sometime in week 16")
    assert answer.status == "ambiguous_date"
    assert {o["date"] for o in answer.options} <= {
        str(date(2100, 4, 19) + timedelta(days=i)) for i in range(6)
    }


def test_a_clock_after_next_week_is_no_calendar_week():
    answer = english("Thursday next week at 3")
    assert answer.start_local == datetime(2100, 4, 15, 15, 0, tzinfo=BERLIN)
    # "next week 3 pm": next week's days offered, never week 3 (January)
    assert {o["date"][:7] for o in english("next week 3 pm").options} == {"2100-04"}


@pytest.mark.parametrize(
    ("said", "status", "day"),
    [
        ("the Monday after the Day of German Unity", "closed", date(2100, 10, 4)),
        ("two days after the Day of German Unity", "ok", date(2100, 10, 5)),
        ("on Unity Day", "closed", date(2100, 10, 3)),
        ("the Feast of the Assumption", "closed", date(2100, 8, 15)),
        ("the day after the Feast of Corpus Christi", "ok", date(2100, 5, 28)),
    ],
)
def test_english_names_of_german_feasts_are_those_days(said, status, day):
    answer = english(said)
    assert (answer.status, answer.day) == (status, day), answer.message


def test_three_kings_day_is_the_sixth_of_january_never_a_third():
    answer = english("on Three Kings' Day", now=datetime(2099, 12, 20, 10, 0, tzinfo=BERLIN))
    assert (answer.status, answer.day) == ("ok", date(2100, 1, 6))


@pytest.mark.parametrize("said", ["zum Mo", "beim Mo bitte", "Mo"])
def test_a_syllable_of_a_nickname_is_asked_with_that_stylist(said):
    match = resolve_stylist(CATALOG, said, "herrenhaarschnitt", SALON)
    assert match.status == "ambiguous_stylist"
    assert "Mehmet Yılmaz" in {s.name for s in match.candidates}


@pytest.mark.parametrize("said", ["zum Jo", "zur Ute", "zum Ben"])
def test_a_short_name_of_nobody_is_still_no_such_stylist(said):
    assert stylist_status(said, "herrenhaarschnitt") == "unknown_stylist"


@pytest.mark.parametrize(
    ("said", "service", "who"),
    [
        ("bei der Sophie-Schatzi", "damenhaarschnitt", "ok Sophie Brandt"),
        ("Sophiemausi", "faerben", "ok Sophie Brandt"),
        ("beim Fabi-Schatz", "bartpflege", "ok Fabian Spitzer"),
        ("zum Mehmet-Bärchen", "kinderhaarschnitt", "ok Mehmet Yılmaz"),
    ],
)
def test_a_pet_word_with_a_name_is_the_name(said, service, who):
    assert stylist_status(said, service) == who


def test_a_pet_word_keeps_sound_alikes_asked_and_names_nobody_alone():
    assert stylist_status("die Lena-Maus", "damenhaarschnitt") == "ambiguous_stylist"
    assert stylist_status("zur Schnecke", "damenhaarschnitt") == "unknown_stylist"


@pytest.mark.parametrize("said", ["a scalp treatment", "Kopfhautpflege", "head spa, please"])
def test_a_scalp_treatment_is_a_service_not_offered(said):
    match = resolve_service(CATALOG, said, SALON)
    assert (match.status, match.not_offered) == ("unknown_service", "Kopfhautbehandlung")
