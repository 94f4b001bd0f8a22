"""The rules blind round 22's families led to, and their limits, on phrases and "now"s in no
corpus: a "now" without an offset is the salon's wall clock (never the machine's), so a span
from now ("in einer halben Stunde") is now + that within today's hours; "gleich / direkt nach
der Mittagspause", "right after lunch" are about 13:00, "nach dem Mittagessen" the afternoon to
closing; "15hr" and a weekday with four digits ("Mittwoch 0930") are that time; dialect hours
("um neine", "um zwee", "um eens") the hour; "nach der Zeitumstellung am Dienstag" the Tuesday
after the clock change; the first working day of the new year the salon's first open day (an
open Saturday counts); the last day of the year "wo Sie aufhaben" the last open one; the bridge
day after a named Thursday its Friday. For names: a stylist with an aside about the time or a
reason is that stylist; nicknames and trade words come from the salon file."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON, check, when
from tools.catalog_match import is_no_preference, resolve_service, resolve_stylist

# Wednesday 9 October 2052, 15:00: Thu 10., Fri 11., Sat 12.; clocks go back Sunday 27.10.
WEDNESDAY = datetime(2052, 10, 9, 15, 0, tzinfo=BERLIN)


_check = partial(check, now=WEDNESDAY)
_when = partial(when, now=WEDNESDAY)


def test_a_now_without_an_offset_is_the_salons_wall_clock():
    naive = WEDNESDAY.replace(tzinfo=None)  # 15:00 in Berlin, not 15:00 UTC (17:00 here)
    assert _when("in einer halben Stunde", now=naive) == _when("in einer halben Stunde")
    assert _check("in zwei Stunden", now=naive).status == "ok"  # 17:00, before 18:00 closing
    assert _when("heute noch", now=naive) == "2052-10-09"  # today, searched from now


@pytest.mark.parametrize(
    ("said", "lo", "hi"),
    [
        ("in zwanzig Minuten", "14:50", "15:50"),
        ("in einer Dreiviertelstunde", "15:15", "16:15"),
        ("in an hour and a half", "16:00", "17:00"),
    ],
)
def test_a_span_from_now_is_the_window_around_now_plus_it(said, lo, hi):
    got = _when(said)
    start, end = got.split(" ")[1].split("-")
    assert got.startswith("2052-10-09 ") and lo <= start and end <= hi


def test_a_span_from_now_past_closing_is_outside_and_never_tomorrow():
    assert _check("in drei Stunden").status == "outside_hours"  # 18:00: no start left


@pytest.mark.parametrize(
    "said", ["Freitag gleich nach der Mittagspause", "Freitag direkt nach dem Mittagessen",
             "Friday right after lunch", "Friday just after lunch"],
)  # fmt: skip
def test_right_after_lunch_is_about_one_oclock(said):
    assert _when(said) == "2052-10-11 13:00-14:00"


def test_after_lunch_without_right_stays_the_afternoon_to_closing():
    assert _when("Freitag nach dem Mittagessen") == "2052-10-11 13:00-18:00"
    assert _when("Donnerstag nach der Mittagspause") == "2052-10-10 13:00-20:00"


@pytest.mark.parametrize(
    ("said", "time", "at"),
    [
        ("Freitag", "16hr", "2052-10-11 16:00"),
        ("Freitag", "10 hrs", "2052-10-11 10:00"),
        ("Donnerstag 0945", None, "2052-10-10 09:45"),
        ("Freitag, 1430", None, "2052-10-11 14:30"),
        ("Freitag", "um neine", "2052-10-11 09:00"),
        ("Freitag", "um zwee", "2052-10-11 14:00"),
        ("Freitag", "um eens", "2052-10-11 13:00"),
        ("Freitag", "um elfe", "2052-10-11 11:00"),
    ],
)
def test_written_clock_formats_and_dialect_hours_are_the_time(said, time, at):
    assert _when(said, time) == at


def test_four_digits_that_could_be_a_date_are_asked_not_read_as_a_time():
    assert _check("Freitag 1110").status in QUESTIONS  # 11:10 or 11.10.?


def test_a_span_written_in_hrs_is_never_read_as_a_clock_time():
    # a limit: "in 2hrs" is not read as a span either; asked, never 14:00 or 02:00 tomorrow
    assert _check("in 2hrs").status in QUESTIONS


def test_the_weekday_after_the_clock_change_in_either_order():
    assert _when("nach der Zeitumstellung am Dienstag") == "2052-10-29"
    assert _when("Dienstag nach der Zeitumstellung") == "2052-10-29"
    assert _check("nach der Zeitumstellung").status in QUESTIONS  # a week of days: asked


def test_the_first_working_day_of_the_new_year_is_the_salons_first_open_day():
    # 2053: Neujahr Wednesday (closed), Thursday 2.1. open
    assert _when("am ersten Werktag im neuen Jahr") == "2053-01-02"
    assert _when("the first working day of the new year") == "2053-01-02"
    # 2050: Neujahr Saturday; an open Saturday is a Werktag, but the 1st is a holiday: Tuesday
    # 4.1. (Sunday and the salon's Monday closed)
    said_in_december = datetime(2049, 12, 20, 10, 0, tzinfo=BERLIN)
    assert _when("am ersten Werktag nach Neujahr", now=said_in_december) == "2050-01-04"


def test_the_first_working_day_in_january_said_in_january_is_asked():
    mid_january = datetime(2053, 1, 15, 10, 0, tzinfo=BERLIN)
    assert _check("am ersten Werktag im Januar", now=mid_january).status in QUESTIONS


def test_the_last_open_day_of_the_year_and_a_day_said_twice():
    dec_29 = datetime(2052, 12, 27, 10, 0, tzinfo=BERLIN)  # Fri 27.; Sat 28.; 31.12. closed
    assert _when("am letzten Tag im Jahr, an dem Sie offen haben", now=dec_29) == "2052-12-28"
    assert _when("morgen, am letzten Tag vom Jahr, wo Sie aufhaben", now=dec_29) == "2052-12-28"
    # without the opening said it is Silvester, closed
    assert _check("am letzten Tag im Jahr", now=dec_29).status == "closed"


def test_the_bridge_day_after_a_named_thursday_is_its_friday():
    june = datetime(2052, 6, 11, 10, 0, tzinfo=BERLIN)  # Fronleichnam 2052: Thursday 20.6.
    assert _when("am Brückentag nach Fronleichnam", now=june) == "2052-06-21"
    # a named day that is no Thursday has no bridge day after it: asked
    assert _check("am Brückentag nach Pfingstmontag", now=june).status in QUESTIONS


def _stylist(said: str, service: str) -> str:
    if is_no_preference(said, CATALOG, service, SALON):
        return "any"
    m = resolve_stylist(CATALOG, said, service, SALON)
    if m.status == "ok":
        return m.stylist.name
    if m.status == "stylist_does_not_offer":
        return f"not {m.stylist.name}"
    return m.status


@pytest.mark.parametrize(
    ("said", "service", "who"),
    [
        ("Lena, Uhrzeit ist mir total egal", "faerben", "Lena Hoffmann"),
        ("Sophie, zeitlich bin ich flexibel", "straehnchen", "Sophie Brandt"),
        ("Mehmet, whenever", "bartpflege", "Mehmet Yılmaz"),
        ("ich hätte gern den Fabian, der macht das immer super", "dauerwelle", "Fabian Spitzer"),
        ("nehmen Sie die Lena, die weiß, wie ich es mag", "faerben", "Lena Hoffmann"),
        ("geben Sie mir die Sophie, die ist klasse", "bartpflege", "not Sophie Brandt"),
        ("Memo, egal an welchem Tag", "bartpflege", "Mehmet Yılmaz"),
    ],
)
def test_a_stylist_with_an_aside_about_time_or_a_reason_is_that_stylist(said, service, who):
    assert _stylist(said, service) == who


def test_an_aside_alone_or_a_second_name_is_not_a_choice():
    assert _stylist("egal wer, egal wann", "herrenhaarschnitt") == "any"
    assert _stylist("Fabian, der Mehmet kann aber auch", "herrenhaarschnitt") != "Fabian Spitzer"


def test_nicknames_and_trade_words_come_from_the_salon_file():
    mehmet = next(s for s in SALON.staff if s.username == "mehmet-yilmaz")
    assert "Memo" in mehmet.aliases  # the salon's own data, not the matcher's
    assert _stylist("zum Memo", "herrenhaarschnitt") == "Mehmet Yılmaz"
    for said in ("Foils", "Airtouch", "Folientechnik", "Babylights"):
        m = resolve_service(CATALOG, said, SALON)
        assert m.status == "ok" and m.service.slug == "straehnchen", said
    assert resolve_service(CATALOG, "Olaplex", SALON).status != "ok"  # still not offered
