"""The rules blind round 31's misses led to, and their limits, on phrases and "now"s in no corpus:
a time said as a little before or after a clock time ("knapp nach elf", "a tad before one") is a
window on that side of it, never the bound alone; a day and a month both said as English
ordinals ("the eleventh of the ninth") are that date; "later today" and its kin are today from
the next start to closing (past after the last start, closed on a closed day, a time said with
them kept). Names: the caller's usual or same-as-then stylist is asked, never "no such stylist";
two neighbouring letters swapped in a long name are that name; services for two people counted
("einmal ..., einmal ...", "my two daughters") are asked; gel polish is not offered."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import (
    BERLIN,
    CATALOG,
    QUESTIONS,
    SALON,
    check,
    stylist_status,
    when,
)
from tools.catalog_match import resolve_service

# Thursday 15 October 2076, 12:40 (open until 20:00); Sunday and Monday closed.
THURSDAY = datetime(2076, 10, 15, 12, 40, tzinfo=BERLIN)
_check = partial(check, now=THURSDAY)
_when = partial(when, now=THURSDAY)


@pytest.mark.parametrize(
    ("said", "time_said", "answer"),
    [
        ("Mittwoch", "knapp nach elf", "2076-10-21 11:00-11:30"),
        ("Friday", "a tad before one", "2076-10-16 12:30-13:00"),
        ("Freitag ein wenig vor vier", None, "2076-10-16 15:30-16:00"),
        ("Samstag", "etwas nach halb zehn", "2076-10-17 09:30-10:00"),
        ("Friday", "slightly before noon", "2076-10-16 11:30-12:00"),
    ],
)
def test_a_little_before_or_after_a_clock_time_is_a_window_on_that_side(said, time_said, answer):
    assert _when(said, time_said) == answer


@pytest.mark.parametrize(
    ("time_said", "answer"),
    [
        ("knapp vor Mittag", "2076-10-16 11:30-12:00"),
        ("ein bisschen nach Mittag", "2076-10-16 12:00-12:30"),
    ],
)
def test_a_little_before_or_after_noon_in_german_is_near_noon_not_a_half_day(time_said, answer):
    assert _when("Freitag", time_said) == answer


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Freitag, hätten Sie etwas vor 11?", "2076-10-16 09:00-10:59"),
        ("Freitag, wäre etwas nach vier noch frei?", "2076-10-16 16:00-18:00"),
        ("Freitag etwas nachmittags", "2076-10-16 12:00-18:00"),
    ],
)
def test_etwas_asked_for_is_something_and_keeps_the_bound(said, answer):
    assert _when(said) == answer


def test_a_little_before_a_feast_is_no_time_of_day():
    answer = _check("etwas vor Weihnachten")
    assert answer.start_local is None and answer.window is None


def test_a_little_is_never_the_number_one():
    assert _check("Freitag ein wenig später").status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("the eleventh of the ninth", "past"),
        ("the nineteenth of the eleventh", "2076-11-19"),
        ("on the 4th of the 12th at three", "2076-12-04 15:00"),
        ("sixth of the first", "2077-01-06"),
    ],
)
def test_a_day_and_a_month_said_as_english_ordinals_are_that_date(said, answer):
    assert _when(said) == answer


def test_an_ordinal_month_that_is_no_month_is_asked():
    assert _check("the ninth of the fifteenth").status in QUESTIONS


@pytest.mark.parametrize(
    "said", ["a little later today", "today, a bit later", "heute dann später"]
)
def test_later_today_is_from_the_next_start_to_closing(said):
    assert _when(said) == "2076-10-15 12:45-20:00"


def test_later_today_before_opening_is_from_opening():
    early = datetime(2076, 10, 17, 7, 50, tzinfo=BERLIN)  # Saturday, open 09:00-14:00
    assert when("later on today", now=early) == "2076-10-17 09:00-14:00"


def test_later_today_after_the_last_start_is_past():
    late = datetime(2076, 10, 16, 17, 45, tzinfo=BERLIN)  # Friday, closing 18:00
    assert when("sometime later today", now=late) == "past"


def test_later_today_on_a_closed_day_is_closed():
    monday = datetime(2076, 10, 19, 11, 0, tzinfo=BERLIN)
    assert check("a bit later today", now=monday).status == "closed"


def test_later_today_with_a_time_is_that_time():
    assert _when("later today", "halb sechs") == "2076-10-15 17:30"


def test_later_than_a_time_today_stays_a_bound_from_it():
    assert _when("heute später als vier") == "2076-10-15 16:00-20:00"


@pytest.mark.parametrize(
    "said",
    [
        "mein gewohnter Friseur",
        "my go-to hairdresser",
        "dieselbe wie zu Fasching",
        "the same guy as at Christmas",
        "unsere übliche Stylistin",
    ],
)
def test_the_callers_usual_stylist_is_asked_never_unknown(said):
    assert stylist_status(said, "herrenhaarschnitt") == "ambiguous_stylist"


@pytest.mark.parametrize(
    ("said", "answer"), [("Spohie", "ok Sophie Brandt"), ("Spitezr", "ok Fabian Spitzer")]
)
def test_neighbouring_letters_swapped_in_a_long_name_are_that_name(said, answer):
    assert stylist_status(said, "damenhaarschnitt") == answer


def test_a_swap_that_changes_the_last_letter_is_only_asked():
    assert stylist_status("Mehmte", "herrenhaarschnitt") == "ambiguous_stylist"


def test_a_swap_in_a_short_name_is_never_that_name():
    assert not stylist_status("Lae", "kinderhaarschnitt").startswith("ok")


@pytest.mark.parametrize(
    "said",
    [
        "einmal färben und einmal Herrenschnitt",
        "colour for me and my two daughters",
        "one ladies' and one men's",
    ],
)
def test_services_for_two_people_counted_are_asked(said):
    assert resolve_service(CATALOG, said, SALON).status == "ambiguous_service"


def test_one_service_for_several_children_is_that_service():
    match = resolve_service(CATALOG, "a kids' cut for my two boys", SALON)
    assert (match.status, match.service.slug) == ("ok", "kinderhaarschnitt")


@pytest.mark.parametrize(
    "said", ["Shellack", "gel polish on my nails", "Nagellack entfernen", "acrylics"]
)
def test_nail_polish_is_a_service_not_offered(said):
    assert resolve_service(CATALOG, said, SALON).not_offered
