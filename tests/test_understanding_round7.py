"""The rules blind round 7's misses led to, and their limits: "als Erstes" / "sobald Sie
aufmachen" is the opening time ("wenn Sie offen haben" is not); "jetzt" after closing is today's,
said with a day it is that day; a named day just gone is asked; dialect weekdays are a spelling
family that still leaves "Sontag" open; a negated service is dropped, a negated manner is not;
a not-offered word with a verb ending is named back, an English colour word is not."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tools.catalog_match import resolve_service, resolve_stylist
from tools.dates import check_request
from tools.service_match import without_negated
from tools.service_words import not_offered_name
from tools.when.spelling import repair

SALON = load_salon()
CATALOG = reference_catalog(SALON)
BERLIN = ZoneInfo("Europe/Berlin")
SATURDAY_AFTER_CLOSING = datetime(2027, 1, 2, 14, 30, tzinfo=BERLIN)
TUESDAY_BEFORE_OPENING = datetime(2028, 3, 7, 7, 40, tzinfo=BERLIN)


def test_first_thing_on_another_day_is_its_opening_time():
    check = check_request(SALON, SATURDAY_AFTER_CLOSING, "Dienstag", "sobald Sie aufmachen")
    assert check.status == "ok" and check.start_local == datetime(2027, 1, 5, 9, tzinfo=BERLIN)


def test_whenever_open_is_not_the_opening_time():
    check = check_request(SALON, SATURDAY_AFTER_CLOSING, "Dienstag", "wenn Sie offen haben")
    assert check.start_local is None


def test_now_after_closing_is_today_not_the_next_open_day():
    check = check_request(SALON, SATURDAY_AFTER_CLOSING, "jetzt gleich")
    assert check.status == "past_date" and check.day == date(2027, 1, 2)
    assert check.options and check.options[0]["date"] == "2027-01-05"


def test_now_with_a_day_is_that_day():
    check = check_request(SALON, SATURDAY_AFTER_CLOSING, "jetzt am Dienstag")
    assert check.status == "ok" and check.day == date(2027, 1, 5)


def test_right_at_a_time_is_today_only_while_the_salon_still_opens_today():
    check = check_request(SALON, TUESDAY_BEFORE_OPENING, "gleich um neun")
    assert check.start_local == datetime(2028, 3, 7, 9, tzinfo=BERLIN)
    assert check_request(SALON, SATURDAY_AFTER_CLOSING, "gleich um neun").status != "ok"


def test_a_named_day_just_gone_is_asked_with_its_year():
    check = check_request(SALON, SATURDAY_AFTER_CLOSING, "Silvester")
    assert check.status == "ambiguous_date"
    assert [o["date"] for o in check.options] == ["2027-12-31"]
    assert "2026" in check.message


@pytest.mark.parametrize(
    ("said", "meant"),
    [("dienschdag", "dienstag"), ("dunnerschdig", "donnerstag"), ("samsta", "samstag")],
)
def test_dialect_weekdays_are_repaired(said, meant):
    assert repair(said) == meant


@pytest.mark.parametrize("said", ["sontag", "feiertag", "geburtstag", "vatertag"])
def test_words_near_two_days_or_none_stay_as_said(said):
    assert repair(said) == said


def test_a_negated_service_is_dropped_a_negated_manner_is_not():
    assert without_negated("nur föhnen, nicht schneiden") == "nur foehnen"
    assert without_negated("Haare schneiden, aber nicht zu kurz") == (
        "haare schneiden aber nicht zu kurz"
    )
    assert resolve_service(CATALOG, "kein Schnitt", SALON).status == "unknown_service"


def test_a_not_offered_word_with_a_verb_ending_is_named_but_brown_is_no_brow():
    assert not_offered_name("gewaxt") == "Waxing"
    assert not_offered_name("brown") is None
    assert resolve_service(CATALOG, "dye it brown", SALON).service.slug == "faerben"


def test_an_unknown_surname_with_a_dialect_article_is_still_not_matched():
    match = resolve_stylist(CATALOG, "bei dr Sophie Müller", "damenhaarschnitt", SALON)
    assert match.status != "ok"
