"""The rules blind round 19's families led to, and their limits: "so bald wie möglich, aber nicht
morgen" is the earliest open day with a start left, the excluded day skipped ("nicht morgen"
alone stays asked); after a clock word "Zähne" is the southern "zehne" (10:00) and "zwölf ein
halb", "sieben einhalb" the hour and a half ("in zweieinhalb Stunden" stays a span); the minutes
after "Uhr" stay minutes before a part of the day ("acht Uhr zehn abends" is 20:10); "um drei
zehn" stays two cardinals (15:10, round 16), never "dreizehn"; a bare hour before seven is
never the morning's; "zwischen den Jahren" with one open day left is offered with the next. For
stylists, a pronoun, an address without a name or a past visit in a relative clause ("bei ihm",
"beim Herrn", "die, die mir die Strähnchen gemacht hat") is asked, never "no such stylist"; a
teenager's age with a child's cut is asked; a hair transplant is named not offered."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tests.when_answer import day_answer
from tools.catalog_match import resolve_service, resolve_stylist
from tools.dates import check_request

SALON = load_salon()
CATALOG = reference_catalog(SALON)
BERLIN = ZoneInfo("Europe/Berlin")
WEDNESDAY = datetime(2046, 9, 12, 11, 0, tzinfo=BERLIN)
WEDNESDAY_LATE = datetime(2046, 9, 12, 17, 50, tzinfo=BERLIN)  # closes 18:00: no start left
SATURDAY_EARLY = datetime(2046, 9, 15, 8, 20, tzinfo=BERLIN)  # opens 9, closes 14
FRIDAY_BEFORE_NEW_YEAR = datetime(2046, 12, 28, 10, 0, tzinfo=BERLIN)
QUESTIONS = ("ambiguous_date", "ambiguous_time", "invalid_date", "invalid_time")


def _check(said: str, now: datetime = WEDNESDAY):
    return check_request(SALON, now, said, None, None, 30)


def _when(said: str, now: datetime = WEDNESDAY) -> str:
    return day_answer(_check(said, now))


@pytest.mark.parametrize(
    ("said", "now", "day"),
    [
        ("schnellstmöglich, aber nicht heute", WEDNESDAY, "2046-09-13"),
        ("as soon as possible but not tomorrow", WEDNESDAY, "2046-09-12"),
        ("so bald es geht, aber nicht morgen", WEDNESDAY_LATE, "2046-09-14"),  # today's gone
        (
            "so bald wie möglich, nur nicht am Samstag",
            datetime(2046, 9, 14, 17, 50, tzinfo=BERLIN),
            "2046-09-18",
        ),
    ],
)
def test_as_soon_as_possible_but_not_one_day_is_the_earliest_other_open_day(said, now, day):
    check = _check(said, now)
    assert check.status == "ok" and check.earliest and str(check.day) == day


@pytest.mark.parametrize("said", ["aber nicht morgen", "not today", "nicht heute"])
def test_a_day_excluded_without_the_earliest_wish_stays_asked(said):
    assert _check(said).status == "invalid_date"


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Freitag um Zähne", "2046-09-14 10:00"),
        ("Donnerstag um elf ein halb", "2046-09-13 11:30"),
        ("Donnerstag um sechs einhalb", "2046-09-13 18:30"),
        ("Freitag um neun Uhr zwanzig morgens", "2046-09-14 09:20"),
        ("Donnerstag um sieben Uhr zehn abends", "2046-09-13 19:10"),
    ],
)
def test_spoken_hours_after_a_clock_word(said, answer):
    assert _when(said) == answer


def test_a_span_from_now_with_a_half_stays_a_span():
    assert _when("in dreieinhalb Stunden") == "2046-09-12 14:00-15:00"


def test_the_minutes_after_uhr_before_the_evening_are_past_closing():
    assert _check("Freitag um acht Uhr zehn abends").status == "outside_hours"


def test_an_hour_and_zehn_without_uhr_stays_two_cardinals_never_a_teen_hour():
    assert _when("Freitag um drei zehn") == "2046-09-14 15:10"  # not 13:00


def test_an_hour_before_seven_is_never_the_mornings():
    check = _check("heute um fünf", SATURDAY_EARLY)
    assert check.status == "outside_hours"


def test_an_hour_from_seven_on_may_still_be_the_morning():
    check = _check("heute um halb neun", SATURDAY_EARLY)  # before opening, not 20:30
    assert check.start_local is not None and check.start_local.hour == 8


def test_about_zaehne_is_the_window_around_ten():
    assert _when("Freitag gegen Zähne") == "2046-09-14 09:30-10:30"


def test_between_the_years_with_one_open_day_left_is_offered_with_the_next():
    check = _check("zwischen den Jahren", FRIDAY_BEFORE_NEW_YEAR)
    days = [o["date"] for o in check.options]
    assert check.status == "ambiguous_date" and days[:1] == ["2046-12-28"] and len(days) == 2


@pytest.mark.parametrize(
    ("said", "service"),
    [
        ("wieder zu ihm", "herrenhaarschnitt"),
        ("am liebsten bei ihr", "faerben"),
        ("with her again please", "damenhaarschnitt"),
        ("beim Herrn von neulich", "bartpflege"),
        ("die, die mir die Locken gemacht hat", "dauerwelle"),
        ("the guy who did my beard", "bartpflege"),
    ],
)
def test_a_stylist_by_pronoun_address_or_past_visit_is_asked(said, service):
    assert resolve_stylist(CATALOG, said, service, SALON).status == "ambiguous_stylist"


@pytest.mark.parametrize(
    ("said", "service", "name"),
    [("bei Sophie", "faerben", "Sophie Brandt"), ("zu Mehmet", "bartpflege", "Mehmet Yılmaz")],
)
def test_a_name_with_a_preposition_is_still_the_stylist(said, service, name):
    m = resolve_stylist(CATALOG, said, service, SALON)
    assert m.status == "ok" and m.stylist.name == name


def test_a_name_nobody_has_stays_unknown():
    assert resolve_stylist(CATALOG, "zu Xaver", "herrenhaarschnitt", SALON).status == (
        "unknown_stylist"
    )


@pytest.mark.parametrize(
    "said", ["für meine Tochter, die ist achtzehn", "my son is 14", "mein Enkel, neunzehn Jahre"]
)
def test_a_teenagers_age_with_a_childs_cut_is_asked(said):
    assert resolve_service(CATALOG, said, SALON).status == "ambiguous_service"


def test_a_child_of_twelve_or_under_keeps_the_childs_cut():
    m = resolve_service(CATALOG, "für meinen Enkel, der ist zehn", SALON)
    assert m.status == "ok" and m.service.slug == "kinderhaarschnitt"


@pytest.mark.parametrize("said", ["Haartransplantation", "eine Haarverpflanzung bitte"])
def test_a_hair_transplant_is_named_not_offered(said):
    m = resolve_service(CATALOG, said, SALON)
    assert m.status == "unknown_service" and m.not_offered == "Haartransplantation"
