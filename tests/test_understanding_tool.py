"""What a caller says, through check_availability on the sandbox: an exact time is held, a part
of the day or an approximate time is searched and nothing held, an open day or service is
asked back with the candidates, and nothing is ever held on a guess."""

# ruff: noqa: F811
from __future__ import annotations

import pytest

from tests.conftest import berlin

# Fixtures are imported by name so pytest finds them (hence F811 on their use as arguments).
from tests.tools_fixtures import deps, open_call  # noqa: F401
from tools.booking_tools import BookingTools


@pytest.fixture
async def tools(open_call) -> BookingTools:
    return await open_call()  # Tuesday 24 November 2026, 09:00 in Berlin


async def _check(tools: BookingTools, **arguments: str) -> dict:
    return await tools.call("check_availability", arguments)


async def test_a_bare_hour_is_read_within_opening_hours_and_held(tools, sandbox):
    result = await _check(tools, service="Bartschnitt", stylist="beim Mehmet", date="Freitag",
                          time="um 3")  # fmt: skip
    assert result["status"] == "held", result
    assert (result["date"], result["time"]) == ("2026-11-27", "15:00")
    assert result["stylist"] == "Mehmet Yılmaz" and result["service"] == "Bartpflege"
    assert len(sandbox.active_reservations()) == 1


async def test_a_time_inside_a_part_of_the_day_is_one_asked_time_and_held(tools):
    result = await _check(tools, service="Haare färben", date="Freitagnachmittag",
                          time="halb drei")  # fmt: skip
    assert result["status"] == "held", result
    assert result["time"] == "14:30"


async def test_a_part_of_the_day_is_searched_and_nothing_is_held(tools, sandbox):
    result = await _check(tools, service="Herrenschnitt", date="Freitag", time="nachmittags")
    assert result["status"] == "available", result
    assert result["alternatives"]
    for alternative in result["alternatives"]:
        assert alternative["date"] == "2026-11-27" and "12:00" <= alternative["time"] <= "18:00"
    assert "zwischen 12 und 18 Uhr" in result["understood"]
    assert sandbox.active_reservations() == []


async def test_an_approximate_time_offers_the_said_time_first(tools, sandbox):
    result = await _check(tools, service="Herrenschnitt", date="morgen", time="gegen drei")
    assert result["status"] == "available", result
    times = [a["time"] for a in result["alternatives"]]
    assert times[0] == "15:00"
    assert all("14:30" <= t <= "15:30" for t in times)
    assert sandbox.active_reservations() == []


async def test_a_window_with_nothing_free_says_so_and_offers_the_nearest(tools, sandbox):
    # A perm takes 135 minutes; on Saturday (09-14) none can start in the afternoon.
    result = await _check(tools, service="Dauerwelle", date="Samstag", time="ab 12 Uhr")
    assert result["status"] == "unavailable", result
    assert "Samstag, 28. November" in result["asked"]
    assert result["alternatives"]
    assert sandbox.active_reservations() == []


async def test_next_friday_said_on_a_tuesday_is_asked_back_with_both_fridays(tools, sandbox):
    result = await _check(tools, service="Färben", date="nächsten Freitag", time="10")
    assert result["status"] == "ambiguous_date", result
    assert [o["date"] for o in result["options"]] == ["2026-11-27", "2026-12-04"]
    assert "Nicht raten" in result["hint"]
    assert sandbox.active_reservations() == []


async def test_a_day_gone_this_year_is_past_not_next_year(tools, sandbox):
    result = await _check(tools, service="Färben", date="27.10.", time="10")
    assert result["status"] == "past_date", result
    assert sandbox.active_reservations() == []


async def test_next_years_date_is_held_and_said_back_with_its_year(open_call, clock):
    clock.set(berlin(2026, 12, 10, 11))
    tools = await open_call()
    result = await _check(tools, service="Färben", date="15. Januar", time="10")
    assert result["status"] == "held", result
    assert result["date"] == "2027-01-15"
    assert result["understood"] == "Freitag, 15. Januar 2027, 10 Uhr"


async def test_a_word_for_several_services_is_asked_back(tools, sandbox):
    result = await _check(tools, service="Haarschnitt", date="Freitag", time="10")
    assert result["status"] == "ambiguous_service", result
    assert set(result["candidates"]) == {
        "Herrenhaarschnitt",
        "Damenhaarschnitt",
        "Kinderhaarschnitt",
    }
    assert sandbox.active_reservations() == []


async def test_a_service_the_salon_does_not_offer_is_named_back(tools):
    result = await _check(tools, service="Maniküre", date="Freitag", time="10")
    assert result["status"] == "unknown_service"
    assert result["not_offered"] == "Maniküre"
    assert "Maniküre bietet der Salon nicht an" in result["hint"]


@pytest.mark.parametrize("said", ["wer Zeit hat", "mir egal", "no preference", "egal wer"])
async def test_no_preference_by_meaning_holds_with_anyone(tools, said):
    result = await _check(tools, service="Damenhaarschnitt", stylist=said, date="Freitag",
                          time="10 Uhr")  # fmt: skip
    assert result["status"] == "held", result


async def test_a_name_like_a_stylists_is_asked_back_not_matched(tools, sandbox):
    result = await _check(tools, service="Damenhaarschnitt", stylist="Helena", date="Freitag",
                          time="10")  # fmt: skip
    assert result["status"] == "ambiguous_stylist", result
    assert "Lena Hoffmann" in result["candidates"]
    assert sandbox.active_reservations() == []


async def test_a_weekday_said_with_the_date_in_one_field_is_checked(tools):
    result = await _check(tools, service="Färben", date="Freitag, den 28.", time="10")
    assert result["status"] == "weekday_mismatch", result
    assert "Freitag ist der 27. November" in result["message"]
