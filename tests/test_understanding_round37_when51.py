"""The rules blind round 37's end-time and extreme misses led to (helper when51), in words of
neither the round nor its probe: an end the caller must keep said without "ich muss" ("bis
Viertel vor zwölf wieder raus", "spätestens um zwei fertig", "fertig bis elf", "finished by
noon", "out before 1 pm") is the window of starts that ends the service's minutes before it; a
half hour past noon said as "halb eins" is 12:30, never 00:30; where only the opening leaves room
the answer is that time, where none does the day's hours are outside; "bis elf weg", "um zwölf
zurück", "um elf bin ich fertig mit ..." and "fertig machen" are no end; a start said before
the end is the wish; the opening said with its day inside
the clause ("sobald ihr Donnerstag aufmacht") is that day's opening time; the day's last start
said by the salon's hours ("as late as you'll go", "so spät wie ihr offen habt") is the last
start for the service."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, QUESTIONS, check, when

# Monday 14 June 2088, 12:00 (closed): Tue 15., Wed 16., Thu 17. (to 20:00), Fri 18., Sat 19.
NOW = datetime(2088, 6, 14, 12, 0, tzinfo=BERLIN)
at_now = partial(when, now=NOW)


@pytest.mark.parametrize(
    ("said", "minutes", "answer"),
    [
        ("Freitag, bis Viertel vor zwölf wieder raus", 30, "2088-06-18 09:00-11:15"),
        ("Dienstag, spätestens um zwei fertig", 90, "2088-06-15 09:00-12:30"),
        ("Mittwoch, fertig bis elf", 60, "2088-06-16 09:00-10:00"),
        ("Samstag, allerspätestens um halb zwei wieder weg", 120, "2088-06-19 09:00-11:30"),
        ("Donnerstag, bis zwölf schon wieder draußen", 30, "2088-06-17 09:00-11:30"),
        ("Wednesday, finished by noon", 90, "2088-06-16 09:00-10:30"),
        ("Friday, out before 1 pm", 60, "2088-06-18 09:00-12:00"),
        ("Thursday, done and gone by three at the very latest", 120, "2088-06-17 09:00-13:00"),
    ],
)
def test_an_end_said_without_a_verb_counts_the_services_minutes(said, minutes, answer):
    assert at_now(said, minutes=minutes) == answer


@pytest.mark.parametrize(
    ("said", "minutes", "answer"),
    [
        ("Dienstag, um halb eins bin ich wieder weg", 30, "2088-06-15 09:00-12:00"),
        ("Freitag, ich muss spätestens halb eins los", 90, "2088-06-18 09:00-11:00"),
    ],
)
def test_half_past_twelve_said_as_halb_eins_is_noon_not_midnight(said, minutes, answer):
    assert at_now(said, minutes=minutes) == answer


def test_an_end_only_the_opening_leaves_room_for_is_the_opening():
    assert at_now("Mittwoch, bis halb elf fertig", minutes=90) == "2088-06-16 09:00"
    assert at_now("Friday, done by 11", minutes=120) == "2088-06-18 09:00"


def test_an_end_no_start_leaves_room_for_is_outside_the_hours():
    assert check("Dienstag, bis zehn wieder raus", now=NOW, minutes=90).status == "outside_hours"
    assert check("Saturday, finished by 10", now=NOW, minutes=120).status == "outside_hours"


def test_words_of_being_away_or_back_are_no_end():
    # "bis elf weg" with no "wieder" is also "away until eleven": never the minutes counted
    # before it (how the away clause itself is read is not this rule's)
    assert at_now("Dienstag, ich bin bis elf weg", minutes=90) != "2088-06-15 09:00-09:30"
    # back by then is where the caller comes from: the time said stays the wish
    assert at_now("Freitag, um zwölf bin ich zurück", minutes=90) == "2088-06-18 12:00"


def test_fertig_as_the_callers_own_state_or_the_styling_is_no_end():
    # "um elf bin ich fertig mit ...": free from then, never done by then
    said = "Donnerstag, um elf bin ich fertig mit dem Einkaufen"
    assert check(said, now=NOW, minutes=90).status != "outside_hours"
    assert at_now(said, minutes=90) != "2088-06-17 09:00-09:30"
    # "fertig machen" is what the salon does: the time said is the start
    assert at_now("Freitag um halb elf fertig machen lassen", minutes=90) == "2088-06-18 10:30"


def test_a_start_said_before_the_end_is_the_wish():
    said = "Mittwoch um neun, um halb zwölf muss ich wieder los"
    assert at_now(said, minutes=90) == "2088-06-16 09:00"
    assert at_now("Mittwoch um neun, um halb zwölf bin ich wieder weg", minutes=90) == (
        "2088-06-16 09:00"
    )


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("sobald ihr Donnerstag aufmacht", "2088-06-17 09:00"),
        ("direkt wenn der Laden am Mittwoch öffnet", "2088-06-16 09:00"),
        ("gleich wenn Sie Samstag früh aufsperren", "2088-06-19 09:00"),
        ("wenn Sie am 18. aufmachen", "2088-06-18 09:00"),
        ("wenn ihr am Dienstag wieder öffnet", "2088-06-15 09:00"),
    ],
)
def test_the_opening_with_its_day_inside_the_clause_is_that_days_opening(said, answer):
    assert at_now(said) == answer


def test_the_opening_on_a_closed_day_is_closed_and_open_hours_stay_the_whole_day():
    assert check("sobald Sie am Sonntag aufmachen", now=NOW).status == "closed"
    assert at_now("wenn ihr Freitag offen habt") == "2088-06-18"


@pytest.mark.parametrize(
    ("said", "minutes", "answer"),
    [
        ("as late as you'll go on Wednesday", 30, "2088-06-16 17:30"),
        ("Friday, as late as you stay open", 90, "2088-06-18 16:30"),
        ("as late as you guys go on Thursday", 60, "2088-06-17 19:00"),
        ("Samstag so spät wie ihr offen habt", 30, "2088-06-19 13:30"),
        ("Dienstag so spät wie Sie da sind", 120, "2088-06-15 16:00"),
    ],
)
def test_the_last_start_said_by_the_salons_hours_is_the_last_start(said, minutes, answer):
    assert at_now(said, minutes=minutes) == answer


def test_late_words_that_name_no_last_start_stay_as_before():
    assert at_now("Freitag eher spät") != "2088-06-18 17:30"
    assert check("as late as my boss lets me", now=NOW).status in (*QUESTIONS, "ok")
