"""The rules blind round 44's misses led to (helper when62), in words of neither the round nor its
labels. A two-digit year is the year of that ending nearest to today, never the 1900s or 2000s
by habit; a softened end of a window ("bis etwa drei") is still its end; a weekday said on that
weekday for its opening, after the opening, is next week's; two stylists named as either welcome
are searched among those of them who offer the service. Beside each rule, the nearest phrases
that must stay as they were."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, CATALOG, SALON, check, when, window
from tools.catalog_match import is_no_preference, resolve_stylist
from tools.dates import check_request

# Tuesday 15 December 2099, 11:15 (open 9-18; Thursday to 20:00, Saturday 9-14)
TUESDAY = datetime(2099, 12, 15, 11, 15, tzinfo=BERLIN)
on_tuesday = partial(when, now=TUESDAY)
# Thursday 3 March 2101, 16:40
THURSDAY_2101 = datetime(2101, 3, 3, 16, 40, tzinfo=BERLIN)


def english(said: str, now: datetime = TUESDAY):
    return check_request(SALON, now, said, None, None, 30, "en")


# -- a two-digit year (W28) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("am 8.1.00", date(2100, 1, 8)),
        ("den 19.02.00", date(2100, 2, 19)),
        ("Freitag, 8.1.00", date(2100, 1, 8)),
        ("am 8/1/00", date(2100, 1, 8)),
    ],
)
def test_a_two_digit_year_said_late_in_a_century_is_the_coming_one(said, day):
    assert check(said, now=TUESDAY).day == day


def test_a_two_digit_year_of_the_century_gone_by_is_past_not_a_century_ahead():
    assert check("am 21.12.99", now=THURSDAY_2101).status == "past_date"


def test_a_two_digit_year_of_this_century_is_this_year():
    answer = check("am 5.3.01", now=THURSDAY_2101)
    assert (answer.status, answer.day) == ("ok", date(2101, 3, 5))


def test_a_four_digit_year_is_taken_as_said():
    assert check("am 8.1.2000", now=TUESDAY).status == "past_date"


# -- a softened end of a window (W29) ------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Mittwoch ab elf bis ungefähr zwei", "2099-12-16 11:00-14:00"),
        ("Mittwoch von zehn bis circa zwölf", "2099-12-16 10:00-12:00"),
        ("Mittwoch zwischen Mittag und so etwa 15 Uhr", "2099-12-16 12:00-15:00"),
        ("Mittwoch bis gegen vier", "2099-12-16 09:00-16:00"),
    ],
)
def test_an_approximate_end_of_a_window_is_its_end(said, expected):
    assert on_tuesday(said) == expected


def test_from_noon_is_noon_not_a_misheard_morning():
    assert on_tuesday("Mittwoch von Mittag bis vier") == "2099-12-16 12:00-16:00"
    assert on_tuesday("Mittwoch vor Mittag") == "2099-12-16 09:00-12:00"


def test_an_approximate_end_in_english_is_its_end():
    assert window(english("Wednesday from eleven until roughly two")) == "2099-12-16 11:00-14:00"


def test_an_approximate_time_alone_stays_a_window_around_it():
    assert on_tuesday("Mittwoch gegen vier") == "2099-12-16 15:30-16:30"


# -- the opening, said on that weekday after it (W30) --------------------------------------


@pytest.mark.parametrize(
    "said",
    ["Dienstag gleich zur Ladenöffnung", "Dienstag sobald Sie aufmachen", "Dienstag als Erstes"],
)
def test_the_opening_said_on_that_weekday_after_it_is_next_weeks(said):
    answer = check(said, now=TUESDAY)
    assert (answer.day, answer.start_local.strftime("%H:%M")) == (date(2099, 12, 22), "09:00")


def test_the_opening_in_english_after_it_is_next_weeks():
    answer = english("Tuesday right when you open")
    assert answer.day == date(2099, 12, 22)


def test_the_opening_said_before_it_on_that_weekday_still_asks_both_days():
    early = datetime(2099, 12, 15, 8, 10, tzinfo=BERLIN)
    assert check("Dienstag gleich zur Ladenöffnung", now=early).status == "ambiguous_date"


# -- two stylists named, either welcome (W31) ----------------------------------------------


def names(match) -> set[str]:
    return {s.name for s in match.candidates}


@pytest.mark.parametrize(
    "said",
    [
        "Sophie oder Fabian, ganz egal",
        "entweder Fabian oder Sophie, egal welcher von beiden",
        "Fabian or Sophie, whichever is free",
    ],
)
def test_two_named_as_either_welcome_are_searched_among_exactly_them(said):
    assert not is_no_preference(said, CATALOG, "damenhaarschnitt", SALON)
    match = resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON)
    assert (match.status, names(match)) == ("among", {"Fabian Spitzer", "Sophie Brandt"})


def test_of_two_named_only_the_one_who_offers_the_service_is_taken():
    match = resolve_stylist(CATALOG, "Sophie oder Mehmet, egal", "kinderhaarschnitt", SALON)
    assert (match.status, match.stylist.name) == ("ok", "Mehmet Yılmaz")


def test_two_named_who_are_everyone_offering_the_service_are_no_preference():
    assert is_no_preference("Mehmet oder Fabian, ganz egal", CATALOG, "bartpflege", SALON)


def test_two_named_without_indifference_stay_a_question():
    match = resolve_stylist(CATALOG, "Fabian oder Sophie", "damenhaarschnitt", SALON)
    assert match.status == "ambiguous_stylist"


def test_a_sound_alike_among_the_two_keeps_the_question():
    # "Lea" sounds like Lena: which two are meant is not clear, for a cut both of them do
    match = resolve_stylist(CATALOG, "Lea oder Sophie, egal", "damenhaarschnitt", SALON)
    assert match.status == "ambiguous_stylist"


def test_neither_of_the_two_offering_the_service_stays_a_question():
    match = resolve_stylist(CATALOG, "Lea oder Mehmet, egal", "faerben", SALON)
    assert match.status != "among"
