"""The rules blind round 34's day, time and name misses led to (helper when48), in words of
neither the round nor its probe: a read-back correction settles to what the caller says they said
(never "something excluded, nothing named"), a time moved by a span after a correction word, a part
of the day taken back for another, "frühestens X" on a closed X (the first open day after it, never
the closed day), an ordinal weekday "of the month" said after this month's (asked when the next
ones are closed), the month said before its ordinal weekday, a weekday of a Sunday feast's week, a
same-weekday window outside the day's hours (next week's); names split into syllables by an English
recogniser, and straight hair wished (straightening, not offered; never the perm)."""

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

# Tuesday 14 April 2082, 10:00: Karfreitag 17.4., Easter Sunday 19.4., Ostermontag 20.4.,
# 1 May a Friday, Pfingsten 7.6. (Pfingstmontag 8.6.)
NOW = datetime(2082, 4, 14, 10, 0, tzinfo=BERLIN)
at_now = partial(when, now=NOW)
asked_now = partial(check, now=NOW)


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Donnerstag, ich sagte fünf, nicht vier", "2082-04-16 17:00"),
        ("Saturday, I said eleven, not twelve", "2082-04-18 11:00"),
        ("nein, Samstag hab ich gesagt, nicht Freitag", "2082-04-18"),
        ("Donnerstag meinte ich, nicht Mittwoch", "2082-04-16"),
        ("I never said Wednesday, I said Thursday", "2082-04-16"),
        ("no, Thursday, not Saturday", "2082-04-16"),
    ],
)
def test_a_read_back_correction_is_what_the_caller_says_they_said(said, answer):
    assert at_now(said) == answer


@pytest.mark.parametrize(
    "said",
    [
        "Donnerstag, nicht Samstag",  # no read-back word: something excluded, asked
        "nein, nicht Donnerstag",  # nothing named instead
    ],
)
def test_an_exclusion_without_a_read_back_word_or_a_wish_stays_asked(said):
    assert asked_now(said).status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Donnerstag um vier, nee, dann lieber anderthalb Stunden früher", "2082-04-16 14:30"),
        ("Thursday at two, actually make it two hours later", "2082-04-16 16:00"),
        ("Mittwoch um halb elf, ach nee, lieber eine Stunde später", "2082-04-15 11:30"),
        ("Saturday at noon, no, make that half an hour earlier", "2082-04-18 11:30"),
    ],
)
def test_a_time_moved_by_a_span_after_a_correction_word_is_the_moved_time(said, answer):
    assert at_now(said) == answer


def test_a_time_moved_by_a_hedged_span_stays_asked():
    assert asked_now("Mittwoch um drei, vielleicht auch eine Stunde später").status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "window"),
    [
        ("Donnerstag, nein, nicht abends, vormittags", "2082-04-16 09:00-12:00"),
        ("Wednesday, no, not the morning but the afternoon", "2082-04-15 12:00-18:00"),
    ],
)
def test_a_part_of_the_day_taken_back_for_another_is_the_part_said_last(said, window):
    assert at_now(said) == window


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("frühestens Freitag", "2082-04-18"),  # Karfreitag: from Saturday on
        ("not before Monday", "2082-04-21"),  # Ostermontag
        ("allerfrühestens am Sonntag", "2082-04-21"),
    ],
)
def test_the_earliest_day_on_a_closed_day_is_the_first_open_day_after_it(said, day):
    answer = asked_now(said)
    assert answer.status == "ok" and answer.earliest and str(answer.day) == day


def test_the_earliest_day_with_a_time_on_a_closed_day_stays_closed():
    assert asked_now("frühestens Freitag um zehn").status == "closed"


def test_an_ordinal_weekday_of_the_month_gone_with_the_next_ones_closed_is_asked():
    # this month's second Monday was yesterday; May's and June's (Pfingstmontag) are closed
    assert asked_now("the second Monday of the month").status in QUESTIONS


def test_an_ordinal_weekday_of_the_month_still_ahead_is_this_months():
    answer = asked_now("den letzten Montag im Monat")
    assert answer.status == "closed" and str(answer.day) == "2082-04-27"


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("im übernächsten Monat den zweiten Freitag", "2082-06-12"),
        ("next month, the last Saturday", "2082-05-30"),
    ],
)
def test_the_month_said_before_its_ordinal_weekday_is_that_months(said, day):
    assert at_now(said) == day


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("in der Woche vor Pfingsten am Mittwoch", "2082-06-03"),
        ("Friday in the week after Easter", "2082-04-24"),
    ],
)
def test_a_weekday_of_a_sunday_feasts_week_is_that_weekday_before_or_after_it(said, day):
    assert at_now(said) == day


def test_a_weekday_in_the_week_after_christmas_stays_asked():
    assert asked_now("in der Woche nach Weihnachten am Montag").status in QUESTIONS


def test_a_same_weekday_window_outside_the_days_hours_is_next_weeks():
    saturday = datetime(2082, 4, 11, 10, 0, tzinfo=BERLIN)  # open 9-14
    answer = check("Samstag von drei bis fünf", now=saturday)
    assert answer.status == "outside_hours" and str(answer.day) == "2082-04-18"


@pytest.mark.parametrize(
    ("said", "service", "stylist"),
    [
        ("Sow fee", "faerben", "Sophie Brandt"),
        ("Fah bee", "herrenhaarschnitt", "Fabian Spitzer"),
    ],
)
def test_a_name_split_into_syllables_by_an_english_recogniser_is_never_nobody(
    said, service, stylist
):
    answer = stylist_status(said, service)
    assert answer in (f"ok {stylist}", "ambiguous_stylist")


def test_two_short_words_near_no_name_are_no_stylist():
    assert stylist_status("Tom Ott", "herrenhaarschnitt").startswith("unknown_stylist")


@pytest.mark.parametrize(
    "said",
    [
        "I'd like my curls straightened for good",
        "die Haare für immer glatt, bitte",
        "permanently straight hair, please",
    ],
)
def test_straight_hair_wished_is_straightening_not_offered(said):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status != "ok" and match.not_offered == "Glätten"


@pytest.mark.parametrize(
    ("said", "slug"),
    [
        ("glatt rasieren, bitte", "bartpflege"),
        ("meine glatten Haare sollen eine Dauerwelle bekommen", "dauerwelle"),
    ],
)
def test_a_clean_shave_and_straight_hair_as_it_is_stay_their_services(said, slug):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ok" and match.service.slug == slug
