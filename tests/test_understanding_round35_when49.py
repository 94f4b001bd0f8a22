"""The rules blind round 35's day, time and name misses led to (helper when49), in words of
neither the round nor its probe: a slash date said in English whose numbers fit either order is
asked (German and bare ones stay day first); "the same time" is now's clock time on the salon's
grid of start times, unless it is another's time ("as usual", "wie meine Frau"); a part of a month
wholly gone this year is asked with next year's, never a confident "past"; a weekday abbreviation
with its time or part of the day is that weekday ("so um drei" stays "about three"); a name
spelled with the German spelling alphabet without "wie" is the stylist it spells, and a caller's
hesitations around a name leave the name."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, QUESTIONS, check, stylist_status, when

# Tuesday 12 September 2084, 10:07 (a minute off the salon's quarter-hour grid)
NOW = datetime(2084, 9, 12, 10, 7, tzinfo=BERLIN)
at_now = partial(when, now=NOW)
asked_now = partial(check, now=NOW)


@pytest.mark.parametrize(
    "said", ["on 10/11", "on 11/10", "10/11 please", "for 10/11 in the morning"]
)
def test_an_english_slash_date_readable_both_ways_is_asked_with_both(said):
    result = asked_now(said)
    assert result.status == "ambiguous_date"
    assert "11. Oktober" in result.message and "10. November" in result.message


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("am 10/11", "2084-11-10"),  # German: day first (round 8)
        ("10/11", "2084-11-10"),  # bare: day first
        ("on 10/25", "2084-10-25"),  # one reading only
        ("on 25/10", "2084-10-25"),
    ],
)
def test_a_german_bare_or_one_way_slash_date_is_read_as_before(said, answer):
    assert at_now(said) == answer


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("same time the day after tomorrow", "2084-09-14 10:15"),
        ("in drei Tagen um dieselbe Zeit", "2084-09-15 10:15"),
        ("Friday at the same time", "2084-09-15 10:15"),
        ("Freitag zur gleichen Uhrzeit wie jetzt", "2084-09-15 10:15"),
    ],
)
def test_the_same_time_is_nows_clock_time_on_the_start_grid(said, answer):
    assert at_now(said) == answer


def test_the_same_time_is_now_exactly_on_the_grid():
    on_grid = datetime(2084, 9, 12, 16, 30, tzinfo=BERLIN)
    assert when("übermorgen zur selben Zeit", now=on_grid) == "2084-09-14 16:30"


@pytest.mark.parametrize(
    "said", ["zur selben Zeit wie meine Frau", "same time", "the same time as my husband"]
)
def test_another_persons_time_or_no_day_stays_a_question(said):
    assert asked_now(said).status in QUESTIONS


@pytest.mark.parametrize(
    "said", ["next week, same time", "in der kommenden Woche zur selben Uhrzeit"]
)
def test_next_week_at_the_same_time_is_a_week_from_today(said):
    assert at_now(said) == "2084-09-19 10:15"


@pytest.mark.parametrize(
    "said", ["Friday, me and my son at the same time", "Freitag, wir beide zur gleichen Zeit"]
)
def test_a_time_shared_with_someone_is_not_nows(said):
    assert at_now(said) == "2084-09-15"  # the day stands; the time is asked


def test_the_usual_time_is_not_nows():
    # the day stands; the usual time is the caller's to say and is asked (W52, round 45's label of
    # "eine Stunde später als sonst"), never now's
    result = asked_now("Friday, same time as usual")
    assert result.status == "invalid_time"
    assert result.day is not None and result.day.isoformat() == "2084-09-15"


@pytest.mark.parametrize(
    "said", ["Ende August", "mid-August", "Anfang September", "early September"]
)
def test_a_part_of_a_month_gone_this_year_is_asked_never_past(said):
    result = asked_now(said)
    assert result.status == "ambiguous_date"
    assert "2085" in result.message


def test_a_part_of_this_month_with_days_left_offers_them():
    result = asked_now("Ende September")
    assert result.status == "ambiguous_date" and "2085" not in result.message


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("next Tue at 11", "2084-09-19 11:00"),
        ("Wed 2pm", "2084-09-13 14:00"),
        ("am Mi um halb drei", "2084-09-13 14:30"),
        ("Sa früh um 9", "2084-09-16 09:00"),
        ("Thur", "2084-09-14"),
    ],
)
def test_a_weekday_abbreviation_with_its_time_is_the_weekday(said, answer):
    assert at_now(said) == answer


def test_a_closed_weekday_abbreviation_with_its_time_is_closed():
    result = asked_now("Mo um 10")
    assert result.status == "closed" and at_now("Mo um 10") == "2084-09-18"


def test_a_weekday_abbreviation_with_a_part_of_the_day_is_that_days_part():
    assert asked_now("Fr abends").status == "ambiguous_time"  # Friday closes at 18:00: asked
    assert asked_now("Di nachmittags").status == "ambiguous_date"  # today or next Tuesday


def test_so_before_a_time_stays_about_not_sunday():
    assert at_now("Freitag", "so um 3") == "2084-09-15 14:30-15:30"


@pytest.mark.parametrize(
    ("said", "service", "answer"),
    [
        (
            "Salzwedel Offenbach Potsdam Hamburg Ingelheim Essen",
            "damenhaarschnitt",
            "ok Sophie Brandt",
        ),
        ("Berlin Richard Anton Nordpol Dora Theodor", "damenhaarschnitt", "ok Sophie Brandt"),
        ("Friedrich Anton Berta Ida Anton Nordpol", "bartpflege", "ok Fabian Spitzer"),
    ],
)
def test_a_name_spelled_in_the_german_alphabet_without_wie_is_that_stylist(said, service, answer):
    assert stylist_status(said, service) == answer


@pytest.mark.parametrize("said", ["Otto Berta", "Essen", "Anton Berta Caesar"])
def test_spelling_words_that_spell_nobody_name_nobody(said):
    assert not stylist_status(said).startswith("ok")


@pytest.mark.parametrize(
    ("said", "service", "answer"),
    [
        ("erm, I suppose Sophie", "damenhaarschnitt", "ok Sophie Brandt"),
        ("hmm, perhaps Fabian, yeah", "herrenhaarschnitt", "ok Fabian Spitzer"),
        ("oh, probably Mehmet", "bartpflege", "ok Mehmet Yılmaz"),
    ],
)
def test_a_hesitation_around_a_name_leaves_the_name(said, service, answer):
    assert stylist_status(said, service) == answer


def test_a_hesitant_exclusion_is_still_asked():
    assert stylist_status("uh, I think not Fabian", "herrenhaarschnitt") == "ambiguous_stylist"
