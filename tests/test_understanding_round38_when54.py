"""The rules blind round 38's misses in ranges, written dates, events and names led to (helper
when54), in words of neither the round nor its probe: a range whose two ends carry their month
offers its open days, never its first day alone; a day of a month is no clock ("from 30 June");
a weekday with a bare day and month is that date; "So" right before a written date is Sunday,
and "D punkt M" in the date field is a date; a school holiday, a fair or a market beside a
written date leaves the date; a name broken off ("Hoff… die Frau") and "the colleague" without a
name are asked back, never "no such stylist"; streaks are highlights."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, CATALOG, SALON, check, stylist_status
from tools.catalog_match import resolve_service, resolve_stylist
from tools.dates import check_request

# Tuesday 14 June 2089, 10:00: Sun 19./Mon 20., Sun 26./Mon 27.6., Sun 3./Mon 4.7. closed
NOW = datetime(2089, 6, 14, 10, 0, tzinfo=BERLIN)
asked_now = partial(check, now=NOW)


def english(said: str):
    return check_request(SALON, NOW, said, None, None, 30, "en")


def offered(answer) -> list[str]:
    return [o["date"] for o in answer.options]


@pytest.mark.parametrize(
    ("said", "days"),
    [
        ("vom 21.6. bis zum 23.6.", ["2089-06-21", "2089-06-22", "2089-06-23"]),
        ("zwischen dem 28.6. und dem 30.6.", ["2089-06-28", "2089-06-29", "2089-06-30"]),
        ("16. Juni bis 18. Juni, mir egal", ["2089-06-16", "2089-06-17", "2089-06-18"]),
    ],
)
def test_a_range_of_two_full_dates_offers_its_days(said, days):
    answer = asked_now(said)
    assert answer.status == "ambiguous_date"
    assert offered(answer) == days


def test_a_range_of_full_dates_said_in_english_offers_its_days_and_reads_no_clock():
    answer = english("from 30 June to 2 July")
    assert answer.status == "ambiguous_date"
    assert offered(answer) == ["2089-06-30", "2089-07-01", "2089-07-02"]


def test_a_range_whose_only_open_day_is_its_first_is_never_its_closed_days():
    answer = asked_now("vom 18.6. bis 20.6.")
    assert answer.status in ("ok", "ambiguous_date")
    assert str(answer.day) == "2089-06-18" or offered(answer) == ["2089-06-18"]


def test_a_range_of_closed_days_only_is_closed():
    assert asked_now("vom 19.6. bis 20.6.").status == "closed"


def test_a_weekday_with_a_bare_day_and_month_is_that_date():
    assert str(english("Sat 25 Jun").day) == "2089-06-25"
    assert english("Sat 25 Jun").status == "ok"
    assert asked_now("Donnerstag 23 Juni").status == "ok"
    assert english("Fri 25 Jun").status == "weekday_mismatch"


def test_so_right_before_a_written_date_is_sunday():
    assert asked_now("So 22.6.").status == "weekday_mismatch"
    assert asked_now("So 26.6.").status == "closed"
    filler = asked_now("so, am 22.6.")
    assert (filler.status, str(filler.day)) == ("ok", "2089-06-22")


@pytest.mark.parametrize(
    ("said", "day"), [("24 punkt 6", "2089-06-24"), ("2 Punkt 7", "2089-07-02")]
)
def test_a_day_and_month_with_the_dot_said_as_a_word_is_a_date(said, day):
    answer = asked_now(said)
    assert (answer.status, str(answer.day), answer.start_local) == ("ok", day, None)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("in den Pfingstferien, am 29.6.", "2089-06-29"),
        ("am 25.6., während des Flohmarkts", "2089-06-25"),
    ],
)
def test_a_holiday_or_market_beside_a_written_date_leaves_the_date(said, day):
    answer = asked_now(said)
    assert (answer.status, str(answer.day)) == ("ok", day)


def test_a_holiday_stretch_without_a_date_is_still_asked():
    assert asked_now("in den Pfingstferien").status != "ok"


def test_a_name_broken_off_before_a_title_is_asked_with_who_it_may_be():
    match = resolve_stylist(CATALOG, "Hoff… die Frau", "damenhaarschnitt", SALON)
    assert match.status == "ambiguous_stylist"
    assert [s.name for s in match.candidates] == ["Lena Hoffmann"]
    match = resolve_stylist(CATALOG, "Spitz... der Herr", "bartpflege", SALON)
    assert [s.name for s in match.candidates] == ["Fabian Spitzer"]


def test_a_whole_name_before_a_pause_is_that_stylist():
    assert stylist_status("Fabian... ja, genau") == "ok Fabian Spitzer"


@pytest.mark.parametrize(
    "said", ["beim selben Kollegen wie im März", "gern wieder bei der Kollegin"]
)
def test_the_colleague_without_a_name_is_asked(said):
    assert stylist_status(said).startswith("ambiguous_stylist")


def test_streaks_are_highlights():
    match = resolve_service(CATALOG, "just a few streaks please", SALON)
    assert (match.status, match.service.slug if match.service else None) == ("ok", "straehnchen")


def test_punkt_before_a_clock_after_a_day_is_that_time_sharp():
    answer = asked_now("am 24. Punkt 11 Uhr")
    assert (answer.status, f"{answer.start_local:%Y-%m-%d %H:%M}") == ("ok", "2089-06-24 11:00")
