"""An English call hears the days the salon is closed and the days the caller named by their
English names: public holidays, the salon's own closed days (24 and 31 December in the salon
file, with the English names it gives them) and named days the lexicon knows ("Rosenmontag", "Karsamstag"). A German call keeps the
German names. What the model reads never mixes German day names into an English call."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import yaml

from calendar_adapter.salon import DEFAULT_SALON_FILE, SalonFile, load_salon
from prompts.render import days_table
from tools.when import understand

SALON = load_salon()
DECEMBER = datetime.fromisoformat("2026-12-09T10:00:00+01:00")  # a Wednesday
JANUARY = datetime.fromisoformat("2027-01-20T10:00:00+01:00")  # a Wednesday


@pytest.mark.parametrize(
    ("said", "name", "message"),
    [
        (
            "24.12.",
            "Christmas Eve",
            "On Christmas Eve (Thursday, 24 December), the salon is closed.",
        ),
        ("Heiligabend", "Christmas Eve", "On Christmas Eve"),
        ("Christmas Eve", "Christmas Eve", "On Christmas Eve"),
        ("Silvester", "New Year's Eve", "On New Year's Eve (Thursday, 31 December)"),
        ("31.12.", "New Year's Eve", "On New Year's Eve"),
        ("25.12.", "Christmas Day", "On Christmas Day"),
    ],
)
def test_an_english_call_hears_the_salons_closed_days_in_english(said, name, message):
    check = understand(SALON, DECEMBER, said, language="en")
    assert check.status == "closed"
    assert check.holiday == name
    assert message in check.message
    assert "Heiligabend" not in check.message and "Silvester" not in check.message


def test_several_closed_days_named_by_one_german_word_are_listed_in_english():
    check = understand(SALON, DECEMBER, "Weihnachten", language="en")
    assert check.status == "closed"
    assert check.message.startswith("Christmas Eve, Christmas Day, Second Day of Christmas")
    easter = understand(SALON, JANUARY, "Ostern", language="en")
    assert "Easter Sunday" in easter.message and "Ostersonntag" not in easter.message


def test_an_open_day_named_by_a_german_word_is_offered_with_its_english_name():
    check = understand(SALON, JANUARY, "Weiberfastnacht oder Karsamstag", language="en")
    assert check.status == "ambiguous_date"
    names = {o.get("name") for o in check.options}
    assert names == {"Women's Carnival Day", "Holy Saturday"}


def test_a_closed_day_among_offered_days_is_named_in_english():
    check = understand(SALON, DECEMBER, "am 23. oder 24.", language="en")
    assert check.status == "ambiguous_date"
    assert "Closed: Christmas Eve." in check.message


def test_a_german_call_keeps_the_german_names():
    check = understand(SALON, DECEMBER, "24.12.", language="de")
    assert check.holiday == "Heiligabend"
    assert check.message.startswith("An Heiligabend (Donnerstag, 24. Dezember)")
    assert understand(SALON, DECEMBER, "25.12.").holiday == "Erster Weihnachtstag"


def test_the_english_prompts_day_table_names_closed_days_in_english():
    table = days_table(SALON, date(2026, 12, 22), "en")
    assert "- Thursday, 24 December 2026: closed (Christmas Eve)" in table
    assert "- Friday, 25 December 2026: closed (Christmas Day)" in table
    assert "Heiligabend" not in table and "Weihnachtstag" not in table
    german = days_table(SALON, date(2026, 12, 22), "de")
    assert "- Donnerstag, 24. Dezember 2026: geschlossen (Heiligabend)" in german


def _salon_closed_for(closed_days: list[dict]) -> SalonFile:
    raw = yaml.safe_load(DEFAULT_SALON_FILE.read_text(encoding="utf-8"))
    return SalonFile.model_validate({**raw, "closed_days": closed_days})


def test_an_english_call_hears_the_english_name_the_salon_file_gives_its_closed_day():
    salon = _salon_closed_for(
        [{"from": "2027-07-20", "to": "2027-08-03", "name": "Betriebsferien",
          "name_en": "Summer closure"}]
    )  # fmt: skip
    july = datetime.fromisoformat("2027-07-12T10:00:00+02:00")
    check = understand(salon, july, "23.7.", language="en")
    assert check.status == "closed"
    assert check.holiday == "Summer closure"
    assert check.message.startswith("On Summer closure (Friday, 23 July)")
    assert "Betriebsferien" not in check.message
    german = understand(salon, july, "23.7.", language="de")
    assert german.holiday == "Betriebsferien"
    table = days_table(salon, date(2027, 7, 20), "en")
    assert "- Friday, 23 July 2027: closed (Summer closure)" in table


def test_a_closed_day_without_an_english_name_is_said_by_its_date_in_an_english_call():
    salon = _salon_closed_for([{"date": "2027-07-23", "name": "Fortbildung"}])
    july = datetime.fromisoformat("2027-07-12T10:00:00+02:00")
    check = understand(salon, july, "23.7.", language="en")
    assert check.status == "closed"
    assert not check.holiday
    assert "Fortbildung" not in check.message and "Friday, 23 July" in check.message
    assert "- Friday, 23 July 2027: closed\n" in days_table(salon, date(2027, 7, 20), "en") + "\n"
