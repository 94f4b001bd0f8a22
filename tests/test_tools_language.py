"""What callers say, resolved without guessing: services, stylists, days, times; and the German
sentences the receptionist speaks. Pure functions first, then the same rules through the tool."""

# ruff: noqa: F811
from __future__ import annotations

import json
from datetime import UTC, date, datetime, time

import pytest

from calendar_adapter.backend import Catalog, Offering, Service, Stylist
from calendar_adapter.salon import load_salon
from tests.conftest import berlin

# Fixtures are imported by name so pytest finds them (hence F811 on their use as arguments).
from tests.tools_fixtures import deps, open_call  # noqa: F401
from tools import speech
from tools.booking_tools import BookingTools
from tools.catalog_match import is_no_preference, resolve_service, resolve_stylist
from tools.dates import check_request, parse_time, parse_weekday, resolve_date
from tools.phone import normalize_phone

SALON = load_salon()
NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)  # Tuesday, 09:00 in Berlin
TODAY = date(2026, 11, 24)


def _catalog() -> Catalog:
    stylists = tuple(
        Stylist(100 + i, s.username, s.name, s.email) for i, s in enumerate(SALON.staff)
    )
    services = tuple(Service(s.slug, s.name, s.minutes, tuple(s.aliases)) for s in SALON.services)
    minutes = {s.slug: s.minutes for s in SALON.services}
    offerings = tuple(
        Offering(1000 + 10 * i + j, 100 + i, slug, minutes[slug])
        for i, s in enumerate(SALON.staff)
        for j, slug in enumerate(s.services)
    )
    return Catalog(stylists, services, offerings)


CATALOG = _catalog()


# -- services ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "slug"),
    [
        ("Färben", "faerben"),
        ("Faerben", "faerben"),
        ("färben", "faerben"),
        ("Farbe", "faerben"),
        ("FARBE ", "faerben"),
        ("Tönung", "faerben"),
        ("Dauerwele", "dauerwelle"),
        ("Locken", "dauerwelle"),
        ("Strähnen", "straehnchen"),
        ("Highlights", "straehnchen"),
        ("Herrenschnitt", "herrenhaarschnitt"),
        ("Männerhaarschnitt", "herrenhaarschnitt"),
        ("Damen Haare schneiden", "damenhaarschnitt"),
        ("Kinder", "kinderhaarschnitt"),
        ("Bart", "bartpflege"),
    ],
)
def test_services_are_found_by_name_alias_and_spoken_variant(said, slug):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ok" and match.service.slug == slug


@pytest.mark.parametrize("said", ["Maniküre", "Nägel", "", "Haare"])
def test_an_unknown_or_unclear_service_is_not_guessed(said):
    assert resolve_service(CATALOG, said, SALON).status == "unknown_service"


@pytest.mark.parametrize("said", ["Haare schneiden", "Haarschnitt", "haircut", "schneiden"])
def test_a_word_for_several_haircuts_is_asked_back_not_guessed(said):
    # Issue 11: "Haare schneiden" used to be Damenhaarschnitt; it is Damen, Herren or Kinder.
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ambiguous_service"
    assert {s.slug for s in match.candidates} == {
        "herrenhaarschnitt",
        "damenhaarschnitt",
        "kinderhaarschnitt",
    }


@pytest.mark.parametrize("said", ["Bart schneiden", "Bartschnitt", "beard trim", "Rasieren"])
def test_cutting_a_beard_is_beard_care_never_a_ladies_cut(said):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ok" and match.service.slug == "bartpflege"


def test_a_service_the_salon_does_not_offer_is_named_back():
    match = resolve_service(CATALOG, "Maniküre", SALON)
    assert match.status == "unknown_service" and match.not_offered == "Maniküre"


# -- stylists ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Fabian", "Fabian Spitzer"),
        ("Spitzer", "Fabian Spitzer"),
        ("bei Fabian Spitzer", "Fabian Spitzer"),
        ("Fabien", "Fabian Spitzer"),
        ("Sofie", "Sophie Brandt"),
        ("Frau Brandt", "Sophie Brandt"),
        ("Lena Hoffmann", "Lena Hoffmann"),
        ("Lea Hofmann", "Lea Hofmann"),
    ],
)
def test_stylists_are_found_by_first_last_or_full_name(said, name):
    match = resolve_stylist(CATALOG, said, "damenhaarschnitt")
    assert match.status == "ok" and match.stylist.name == name


@pytest.mark.parametrize("said", ["Lena", "Lea", "Hoffmann", "Hofmann", "Lena Hofmann"])
def test_lena_and_lea_are_ambiguous_on_the_phone(said):
    match = resolve_stylist(CATALOG, said, "damenhaarschnitt")
    assert match.status == "ambiguous_stylist"
    assert {s.name for s in match.candidates} == {"Lena Hoffmann", "Lea Hofmann"}


def test_an_unknown_stylist_lists_who_offers_the_service():
    match = resolve_stylist(CATALOG, "Klaus", "dauerwelle")
    assert match.status == "unknown_stylist"
    assert {s.name for s in match.offered_by} == {"Fabian Spitzer", "Lena Hoffmann"}


def test_a_stylist_who_does_not_offer_the_service_is_said_so_with_who_does():
    match = resolve_stylist(CATALOG, "Mehmet", "dauerwelle")
    assert match.status == "stylist_does_not_offer" and match.stylist.name == "Mehmet Yılmaz"
    assert {s.name for s in match.offered_by} == {"Fabian Spitzer", "Lena Hoffmann"}
    assert resolve_stylist(CATALOG, "Yilmaz", "bartpflege").status == "ok"


@pytest.mark.parametrize("said", [None, "", "egal", "Ist egal", "irgendwer"])
def test_no_preference_means_any_stylist(said):
    assert is_no_preference(said)


# -- days and times ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("2026-11-27", date(2026, 11, 27)),
        ("27.11.", date(2026, 11, 27)),
        ("27.11.2026", date(2026, 11, 27)),
        ("3.1.", date(2027, 1, 3)),
        ("heute", TODAY),
        ("morgen", date(2026, 11, 25)),
        ("übermorgen", date(2026, 11, 26)),
        ("Freitag", date(2026, 11, 27)),
        # Issue 11: said on a Tuesday, "am Dienstag" is today or next week: asked, not resolved
        ("am Dienstag", None),
        ("nächsten Dienstag", date(2026, 12, 1)),
        ("friday", date(2026, 11, 27)),
        ("2026-02-30", None),
        ("31.02.", None),
        ("bald", None),
    ],
)
def test_dates_resolve_in_the_salon_calendar(said, expected):
    assert resolve_date(said, TODAY) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("10:00", time(10)),
        ("10", time(10)),
        ("10.30", time(10, 30)),
        ("10 Uhr", time(10)),
        ("10:30 Uhr", time(10, 30)),
        ("10 Uhr 30", time(10, 30)),
        ("25:00", None),
        ("10:75", None),
        ("halb", None),
    ],
)
def test_times_are_read_as_spoken(said, expected):
    assert parse_time(said) == expected


def test_the_weekday_of_today_is_asked_today_or_next_week():
    check = check_request(SALON, NOW, "am Dienstag", None, None, 30)
    assert check.status == "ambiguous_date"
    assert [o["date"] for o in check.options] == ["2026-11-24", "2026-12-01"]


def test_weekday_names_in_german_and_english():
    assert parse_weekday("Freitag") == parse_weekday("Fr.") == parse_weekday("Friday") == 4
    assert parse_weekday("Blumentag") is None


def test_a_weekday_that_does_not_match_the_date_names_both_dates():
    check = check_request(SALON, NOW, "2026-11-26", "10:00", "Freitag", 30)
    assert check.status == "weekday_mismatch"
    assert check.message == "Freitag ist der 27. November; der 26. November ist ein Donnerstag."
    assert [o["date"] for o in check.options] == ["2026-11-27", "2026-11-26"]


def test_a_matching_weekday_passes_and_the_time_is_in_berlin_time():
    check = check_request(SALON, NOW, "2026-11-27", "10:00", "Freitag", 135)
    assert check.ok and check.start_local.astimezone(UTC) == berlin(2026, 11, 27, 10)


def test_summer_time_is_respected():
    summer_now = datetime(2027, 6, 1, 7, 0, tzinfo=UTC)
    check = check_request(SALON, summer_now, "2027-06-04", "10:00", None, 30)
    assert check.ok and check.start_local.astimezone(UTC) == datetime(2027, 6, 4, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("day", "at", "status"),
    [
        ("2026-11-23", None, "past_date"),
        ("heute", "08:30", "past_date"),  # 09:00 already
        ("2026-11-30", None, "closed"),  # Monday
        ("2026-11-29", "10:00", "closed"),  # Sunday
        ("2026-11-28", "13:00", "outside_hours"),  # Saturday closes 14:00; a perm takes 135 min
        ("2027-12-24", None, "invalid_date"),  # more than a year ahead
        ("heute", "09:30", "ok"),
    ],
)
def test_days_the_salon_cannot_serve_are_refused(day, at, status):
    assert (
        check_request(SALON, NOW, day, at, None, 135 if status == "outside_hours" else 30).status
        == status
    )


def test_a_closed_day_offers_the_next_open_days():
    check = check_request(SALON, NOW, "2026-11-30", None, None, 30)
    assert [o["date"] for o in check.options] == ["2026-12-01", "2026-12-02", "2026-12-03"]


# -- speech -----------------------------------------------------------------------------------


def test_spoken_dates_and_times():
    tz = SALON.tz
    assert speech.spoken_slot(berlin(2026, 11, 27, 10), tz) == "Freitag, 27. November, 10 Uhr"
    assert (
        speech.spoken_slot(berlin(2026, 11, 27, 10, 30), tz) == "Freitag, 27. November, 10:30 Uhr"
    )
    assert speech.spoken_date(date(2027, 3, 1)) == "Montag, 1. März"


def test_confirmation_sentences():
    tz, at = SALON.tz, berlin(2026, 11, 27, 10)
    assert speech.booked_sentence("Dauerwelle", "Fabian Spitzer", at, tz) == (
        "Ihr Termin ist gebucht: Dauerwelle bei Fabian Spitzer am Freitag, 27. November, um 10 Uhr."
    )
    assert speech.cancelled_sentence("Dauerwelle", "Fabian Spitzer", at, tz).endswith(
        "am Freitag, 27. November, um 10 Uhr ist storniert."
    )
    assert speech.rescheduled_sentence("Dauerwelle", "Fabian Spitzer", at, tz).startswith(
        "Ihr Termin ist verschoben auf Freitag, 27. November, um 10 Uhr"
    )
    pending = speech.pending_sentence("Dauerwelle", "Fabian Spitzer", at, tz)
    assert "angefragt" in pending and "gebucht" not in pending
    assert "gebucht" not in speech.unknown_sentence()


@pytest.mark.parametrize(
    ("given", "e164"),
    [
        ("+49 151 1234 5678", "+4915112345678"),
        ("0049 151 12345678", "+4915112345678"),
        ("0151/12345678", "+4915112345678"),
        ("+4915112345678", "+4915112345678"),
        ("12345", None),
        ("+49 12", None),
        ("ruf mich an", None),
        (None, None),
    ],
)
def test_phone_numbers_become_e164(given, e164):
    assert normalize_phone(given) == e164


# -- the same rules through check_availability: refused, nothing held ---------------------------


@pytest.fixture
async def tools(open_call) -> BookingTools:
    return await open_call()


@pytest.mark.parametrize(
    ("arguments", "status", "detail"),
    [
        (
            {"service": "Dauerwelle", "date": "2026-11-26", "weekday": "Freitag", "time": "10"},
            "weekday_mismatch",
            "Freitag ist der 27. November",
        ),
        (
            {"service": "Damenhaarschnitt", "stylist": "Lena", "date": "Freitag", "time": "10"},
            "ambiguous_stylist",
            "Lea Hofmann",
        ),
        (
            {"service": "Dauerwelle", "stylist": "Klaus", "date": "Freitag", "time": "10"},
            "unknown_stylist",
            "Lena Hoffmann",
        ),
        (
            {"service": "Dauerwelle", "stylist": "Mehmet", "date": "Freitag"},
            "stylist_does_not_offer",
            "Fabian Spitzer",
        ),
        ({"service": "Maniküre", "date": "Freitag", "time": "10"}, "unknown_service", "Färben"),
        ({"service": "Bart", "date": "2026-11-30", "time": "10"}, "closed", "geschlossen"),
        ({"service": "Bart", "date": "2026-11-20", "time": "10"}, "past_date", "Vergangenheit"),
    ],
)
async def test_check_availability_refuses_without_holding_anything(
    tools, sandbox, ledger, arguments, status, detail
):
    result = await tools.call("check_availability", arguments)

    assert result["status"] == status, result
    assert detail in str(result)
    assert sandbox.active_reservations() == []
    assert await ledger.appointments_for_call(tools.session.call_id) == []
    kinds = [e.kind for e in await ledger.timeline(tools.session.call_id)]
    assert kinds[-2:] == ["tool_called", "tool_result"]


async def test_without_a_time_the_free_slots_are_offered_not_held(tools, sandbox):
    result = await tools.call("check_availability", {"service": "Dauerwelle", "date": "Samstag"})
    assert result["status"] == "available"
    assert [a["date"] for a in result["alternatives"]] == ["2026-11-28"] * 3
    assert result["alternatives"][0]["time"] == "09:00"
    assert sandbox.active_reservations() == []


async def test_the_tool_schemas_name_the_tools_and_their_arguments(tools):
    schemas = tools.schemas().standard_tools
    assert [s.name for s in schemas] == list(tools.names)
    check = schemas[0]
    assert set(check.properties) == {"service", "stylist", "date", "time", "weekday", "for_person"}
    assert check.required == ["service", "date"]
    assert all(p["type"] == "string" and p["description"] for p in check.properties.values())


# -- arguments that are no names, and arguments too big for the timeline (finding 7) ------------


@pytest.mark.parametrize("stylist", ["🙂", "???", "  ...  ", "42"])
async def test_a_stylist_without_a_letter_is_asked_back_not_taken_as_no_preference(
    tools, sandbox, ledger, stylist
):
    result = await tools.call(
        "check_availability",
        {"service": "Dauerwelle", "stylist": stylist, "date": "Freitag", "time": "10"},
    )

    assert result["status"] == "invalid_argument" and result["field"] == "stylist"
    assert sandbox.active_reservations() == []
    assert await ledger.appointments_for_call(tools.session.call_id) == []


async def test_a_huge_argument_is_refused_and_the_timeline_keeps_only_a_bounded_copy(tools, ledger):
    huge = "x" * 1_000_000
    result = await tools.call(
        "check_availability",
        {"service": huge, "date": "Freitag", "extra": {"nested": [huge] * 50}},
    )

    assert result["status"] == "invalid_argument"
    events = [e for e in await ledger.timeline(tools.session.call_id) if e.kind == "tool_called"]
    (called,) = events
    size = len(json.dumps(called.data, ensure_ascii=False))
    assert size < 3_000, size
    assert json.dumps(called.data).count("x") < 3_000


async def test_any_timeline_event_is_bounded_by_the_ledger(ledger):
    await ledger.log("call-big", "user_said", text="y" * 1_000_000)
    (event,) = await ledger.timeline("call-big")
    assert len(json.dumps(event.data)) < 20_000
    assert event.data["chars"] > 1_000_000


def test_until_when_a_blocked_slot_stays_blocked_is_said_in_the_callers_language():
    tz = SALON.tz
    slot, now = berlin(2026, 11, 27, 10), berlin(2026, 11, 24, 9)
    same_day = speech.blocked_until_sentence(slot, berlin(2026, 11, 24, 9, 7), now, tz)
    assert same_day == (
        "Gebucht ist noch nichts: Der Termin am Freitag, 27. November um 10 Uhr ist im Kalender "
        "noch blockiert, spätestens bis 9:07 Uhr. Danach kann ich ihn für Sie buchen, wenn er "
        "dann noch frei ist."
    )
    english = speech.blocked_until_sentence(slot, berlin(2026, 11, 24, 14, 5), now, tz, "en")
    assert "Nothing is booked yet" in english and "until 2:05 pm at the latest" in english
    past_midnight = speech.blocked_until_sentence(slot, berlin(2026, 11, 25, 0, 3), now, tz)
    assert "spätestens bis Mittwoch, 25. November, 0:03 Uhr." in past_midnight
