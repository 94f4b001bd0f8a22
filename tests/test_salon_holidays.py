"""Public holidays and the salon's own closed days are closed days everywhere: in the salon
file's answer, in the embedded sandbox's slots, in the prompt's day table and in the tools."""

# ruff: noqa: F811
from __future__ import annotations

from datetime import date, time

import pytest
import yaml
from pydantic import ValidationError

from calendar_adapter.salon import DEFAULT_SALON_FILE, SalonFile, load_salon
from prompts.render import days_table
from tests.conftest import berlin

# Fixtures are imported by name so pytest finds them (hence F811 on their use as arguments).
from tests.tools_fixtures import deps, open_call  # noqa: F401

SALON = load_salon()


def _salon_with(**changes) -> SalonFile:
    raw = yaml.safe_load(DEFAULT_SALON_FILE.read_text(encoding="utf-8"))
    raw.update(changes)
    return SalonFile.model_validate(raw)


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2026, 12, 25), "Erster Weihnachtstag"),  # a Friday
        (date(2026, 12, 26), "Zweiter Weihnachtstag"),  # a Saturday
        (date(2027, 1, 1), "Neujahr"),  # a Friday
        (date(2027, 3, 26), "Karfreitag"),
        (date(2026, 5, 14), "Christi Himmelfahrt"),  # a Thursday
        (date(2026, 10, 3), "Tag der Deutschen Einheit"),  # a Saturday
        (date(2027, 3, 8), "Frauentag"),  # Berlin only
        (date(2026, 12, 24), "Heiligabend"),  # the salon's own closed day
        (date(2026, 12, 31), "Silvester"),
    ],
)
def test_holidays_and_closed_days_are_closed_with_their_name(day, name):
    assert SALON.hours_on(day) is None
    assert SALON.closure_on(day) == name
    assert not SALON.is_open_at(berlin(day.year, day.month, day.day, 11).astimezone(SALON.tz))


def test_an_english_call_hears_the_holidays_english_name_and_the_salons_own_names():
    assert SALON.closure_on(date(2026, 12, 25), "en") == "Christmas Day"
    assert SALON.closure_on(date(2027, 3, 8), "en") == "Women's Day"
    assert SALON.closure_on(date(2026, 12, 25), "de") == "Erster Weihnachtstag"
    assert SALON.closure_on(date(2026, 12, 25)) == "Erster Weihnachtstag"  # the salon's language
    # the salon's own closed days carry the one name the salon file gives them
    assert SALON.closure_on(date(2026, 12, 24), "en") == "Heiligabend"
    assert SALON.closure_on(date(2026, 11, 27), "en") is None


def test_state_holidays_follow_the_salons_state():
    fronleichnam = date(2026, 6, 4)  # a Thursday; a holiday in Bavaria, not in Berlin
    assert SALON.hours_on(fronleichnam) == (time(9), time(20))
    bavarian = _salon_with(holidays={"country": "DE", "subdivision": "BY"})
    assert bavarian.closure_on(fronleichnam) == "Fronleichnam"
    assert bavarian.hours_on(date(2027, 3, 8)) is None  # a Monday anyway
    assert bavarian.closure_on(date(2027, 3, 8)) is None  # no Frauentag in Bavaria


def test_without_a_holiday_rule_only_weekdays_and_closed_days_count():
    plain = _salon_with(holidays=None, closed_days=[])
    assert plain.hours_on(date(2026, 12, 25)) == (time(9), time(18))


def test_closed_days_can_be_ranges_with_a_name():
    salon = _salon_with(
        closed_days=[{"from": date(2027, 7, 20), "to": date(2027, 8, 3), "name": "Betriebsferien"}]
    )
    assert salon.closure_on(date(2027, 7, 27)) == "Betriebsferien"
    assert salon.hours_on(date(2027, 8, 4)) is not None


@pytest.mark.parametrize(
    "bad",
    [
        {"holidays": {"country": "XX"}},
        {"holidays": {"country": "DE", "subdivision": "ZZ"}},
        {"closed_days": [{"from": "2027-01-05", "to": "2027-01-02"}]},
    ],
)
def test_a_wrong_holiday_rule_or_closed_range_is_refused_at_load(bad):
    with pytest.raises(ValidationError):
        _salon_with(**bad)


def test_next_open_days_skip_holidays():
    assert SALON.next_open_days(date(2026, 12, 23), 3) == [
        date(2026, 12, 29),
        date(2026, 12, 30),
        date(2027, 1, 2),
    ]


def test_the_prompt_day_table_shows_a_holiday_as_closed_with_its_name():
    table = days_table(SALON, date(2026, 12, 22))
    assert "Freitag, 25. Dezember 2026: geschlossen (Erster Weihnachtstag)" in table
    assert "Donnerstag, 24. Dezember 2026: geschlossen (Heiligabend)" in table
    assert "Mittwoch, 23. Dezember 2026 (morgen): 09:00–18:00" in table


async def test_the_sandbox_offers_no_slot_on_a_holiday(sandbox, clock, anon):
    clock.set(berlin(2026, 12, 21, 9))
    cut = sandbox.event_type_id("mehmet-yilmaz", "herrenhaarschnitt")
    r = await anon.get(
        "/v2/slots",
        params={"eventTypeId": cut, "start": "2026-12-23", "end": "2026-12-26",
                "timeZone": "Europe/Berlin"},
    )  # fmt: skip
    assert r.status_code == 200, r.text
    days = set(r.json()["data"])
    assert "2026-12-23" in days
    assert not days & {"2026-12-24", "2026-12-25", "2026-12-26"}


async def test_asking_for_a_holiday_is_closed_with_its_name_and_holds_nothing(
    open_call, sandbox, clock
):
    clock.set(berlin(2026, 12, 10, 11))
    tools = await open_call()
    result = await tools.call(
        "check_availability", {"service": "Bart", "date": "25.12.", "time": "10"}
    )
    assert result["status"] == "closed", result
    assert result["holiday"] == "Erster Weihnachtstag"
    assert (
        "Am ersten Weihnachtstag (Freitag, 25. Dezember) ist der Salon geschlossen."
        == (result["message"])
    )
    assert [o["date"] for o in result["options"]] == ["2026-12-29", "2026-12-30", "2027-01-02"]
    assert sandbox.active_reservations() == []


@pytest.mark.parametrize("year", [2026, 2027, 2030, 2041])
def test_the_reference_salon_closes_christmas_eve_and_new_years_eve_every_year(year):
    assert SALON.closure_on(date(year, 12, 24)) == "Heiligabend"
    assert SALON.closure_on(date(year, 12, 31)) == "Silvester"
    assert SALON.hours_on(date(year, 12, 23)) is not None or date(year, 12, 23).weekday() in (0, 6)


def test_a_day_closed_every_year_holds_from_and_until_the_years_given():
    salon = _salon_with(
        closed_days=[
            {"every_year": "07-01", "name": "Jubiläum", "from_year": 2028, "until_year": 2030},
            {"every_year": "02-29", "name": "Schalttag"},
        ]
    )
    assert salon.closure_on(date(2027, 7, 1)) is None  # before from_year
    assert salon.closure_on(date(2028, 7, 1)) == "Jubiläum"
    assert salon.closure_on(date(2030, 7, 1)) == "Jubiläum"
    assert salon.closure_on(date(2031, 7, 1)) is None  # after until_year
    assert salon.closure_on(date(2028, 2, 29)) == "Schalttag"  # only in the years that have it
    assert (
        salon.closure_on(date(2027, 2, 28)) is None and salon.closure_on(date(2027, 3, 1)) is None
    )


@pytest.mark.parametrize(
    "closed",
    [
        {"every_year": "13-01"},
        {"every_year": "12-32"},
        {"every_year": "24.12."},
        {"every_year": "12-24", "date": "2027-12-24"},
        {"every_year": "12-24", "from_year": 2030, "until_year": 2029},
        {"date": "2027-12-24", "from_year": 2027},
        {"name": "Betriebsferien"},
    ],
)
def test_a_wrong_closed_day_of_every_year_is_refused_at_load(closed):
    with pytest.raises(ValidationError):
        _salon_with(closed_days=[closed])


def test_a_closed_day_keeps_its_german_name_and_gives_its_english_one():
    salon = _salon_with(
        closed_days=[
            {"from": "2027-07-20", "to": "2027-08-03", "name": "Betriebsferien",
             "name_en": "Summer closure"},
            {"date": "2027-09-10", "name": "Fortbildung"},
        ]
    )  # fmt: skip
    assert salon.closure_on(date(2027, 7, 27), "en") == "Betriebsferien"  # the salon's own name
    assert salon.closed_day_names_en == {"Betriebsferien": "Summer closure"}
    assert SALON.closed_day_names_en == {
        "Heiligabend": "Christmas Eve",
        "Silvester": "New Year's Eve",
    }
