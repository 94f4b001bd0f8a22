"""The rules blind round 33's day, time and name misses led to (helper when47), in words of
neither the round nor its probe: days counted in the salon's open days (after today, in a week, in
a month or after a weekday), a day later or earlier than a named day (never that day itself), the
Swiss "z'Morge" as the morning (not "morge", tomorrow), a stylist wished by the language they
speak or a skill said ability first (asked, never "unknown" or "no preference"), a stylist's
last name or nickname joined to a service word, and not-offered services in plural and
diminutive forms (never a cut by a near spelling)."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, CATALOG, SALON, stylist_status, when
from tools.catalog_match import resolve_service

# Wednesday 8 October 2081, 11:00: open Tuesday to Saturday, next week 13-19 October
NOW = datetime(2081, 10, 8, 11, 0, tzinfo=BERLIN)
at_now = partial(when, now=NOW)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("in sechs Öffnungstagen", "2081-10-16"),  # 9, 10, 11, 14, 15, 16
        ("übernächste Woche am zweiten Tag, wo ihr offen habt", "2081-10-22"),
        ("the fifth day you're open next week", "2081-10-18"),
        ("the last day you're open the week after next", "2081-10-25"),
        ("fünf Öffnungstage nach Donnerstag", "2081-10-16"),  # after the 9th
        ("two business days from today", "2081-10-10"),
    ],
)
def test_a_day_counted_in_open_days_is_that_open_day(said, day):
    assert at_now(said) == day


def test_a_time_beside_an_open_day_counted_stays_the_time():
    assert at_now("am übernächsten Öffnungstag um halb drei") == "2081-10-10 14:30"


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("drei Tage später als Dienstag", "2081-10-17"),
        ("a day sooner than Friday, at noon", "2081-10-09 12:00"),
        ("nicht Samstag, sondern den Tag vorher", "2081-10-10"),
        ("not Thursday but the day after", "2081-10-10"),
    ],
)
def test_a_day_later_or_earlier_than_a_named_day_is_counted_from_it(said, answer):
    assert at_now(said) == answer


def test_swiss_z_morge_is_the_morning_and_morge_alone_still_tomorrow():
    assert at_now("Samstag z'Morge").startswith("2081-10-11 09:00-")
    assert at_now("morge um elf") == "2081-10-09 11:00"


@pytest.mark.parametrize(
    "said",
    [
        "jemand, der Griechisch spricht",
        "a barber who speaks Kurdish",
        "wer kann gut Undercuts schneiden",
    ],
)
def test_a_stylist_wished_by_language_or_skill_is_asked(said):
    assert stylist_status(said, "herrenhaarschnitt") == "ambiguous_stylist"


@pytest.mark.parametrize(
    ("said", "service", "answer"),
    [
        ("Sophie-Damenschnitt", "damenhaarschnitt", "ok Sophie Brandt"),
        ("Yilmaz-Bart", "bartpflege", "ok Mehmet Yılmaz"),
        ("Fabi-Damenhaarschnitt", "damenhaarschnitt", "ok Fabian Spitzer"),
        ("Spitzer-Bartschnitt", "bartpflege", "ok Fabian Spitzer"),
        ("Brandt-Bartschnitt", "bartpflege", "stylist_does_not_offer Sophie Brandt"),
    ],
)
def test_a_last_name_or_nickname_joined_to_a_service_names_the_stylist(said, service, answer):
    assert stylist_status(said, service) == answer


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("Pedikürchen", "Pediküre"),
        ("Haarentfernungen", "Haarentfernung"),
        ("Fußpflegen", "Fußpflege"),
    ],
)
def test_a_not_offered_service_in_plural_or_diminutive_is_named_as_not_offered(said, named):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status != "ok" and match.not_offered == named
