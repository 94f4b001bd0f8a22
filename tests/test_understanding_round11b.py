"""The rules blind round 11's remaining families led to, and their limits: a span from now that
leaves no room before closing is "outside", never a window cut to closing, while one that fits is
still the window around it; months from now are a rough span, offered; Swiss "halbi achti" is
half past seven and "Viertel ab sieben" a quarter past, while "ab 3" stays "from 3"; two
neighbouring hours ("so 5, 6") are the hour between them, other pairs are not; "Uhr" alone and a
time opened by "vielleicht auch später" are asked; "Friday fortnight" and Johannistag are their
days; "gleich nach dem Feiertag" is the first open day after it; a weekday said on that weekday
after its time is next week's; a title that contradicts a stylist is asked, the right one is
matched; a question about who does what is asked, never "no such stylist"."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tools.catalog_match import is_no_preference, resolve_service, resolve_stylist
from tools.dates import check_request

SALON = load_salon()
CATALOG = reference_catalog(SALON)
BERLIN = ZoneInfo("Europe/Berlin")
TUESDAY_1735 = datetime(2027, 6, 15, 17, 35, tzinfo=BERLIN)
SATURDAY_1250 = datetime(2028, 4, 29, 12, 50, tzinfo=BERLIN)  # closes 14:00; Mon 1 May holiday
WEDNESDAY_10 = datetime(2027, 2, 24, 10, 0, tzinfo=BERLIN)  # tomorrow the long Thursday


@pytest.mark.parametrize("said", ["in 20 Minuten", "in einer halben Stunde", "in twenty minutes"])
def test_a_span_from_now_that_leaves_no_room_before_closing_is_outside(said):
    check = check_request(SALON, TUESDAY_1735, said, None, None, 30)
    assert check.status == "outside_hours"
    assert check.day == date(2027, 6, 15)
    assert check.window is None


def test_a_span_from_now_that_fits_is_still_a_window_around_it():
    check = check_request(SALON, SATURDAY_1250, "in einer halben Stunde", None, None, 30)
    assert check.status == "ok"
    assert check.window is not None
    lo, hi = check.window
    assert lo.hour == 12 and hi.hour == 13


def test_three_quarters_of_an_hour_is_read():
    check = check_request(SALON, SATURDAY_1250, "in dreiviertel Stunden", None, None, 30)
    assert check.status == "outside_hours"  # 13:35 + 30 min is after 14:00


@pytest.mark.parametrize("said", ["in zwei Monaten", "in 3 months", "in einem Monat"])
def test_months_from_now_are_offered_never_one_day_or_a_closed_sunday(said):
    check = check_request(SALON, TUESDAY_1735, said, None, None, 30)
    assert check.status == "ambiguous_date"
    assert len(check.options) > 1


def test_two_weeks_from_now_is_still_that_day():
    check = check_request(SALON, TUESDAY_1735, "in zwei Wochen", None, None, 30)
    assert (check.status, check.day) == ("ok", date(2027, 6, 29))


@pytest.mark.parametrize(
    ("said", "hour", "minute"),
    [
        ("halbi sibni", 18, 30),
        ("halbi drü", 14, 30),
        ("Viertel ab drei", 15, 15),
        ("zwanzig ab vier", 16, 20),
        ("15 Uhr 45 Minuten", 15, 45),
        ("10 Uhr und 15 Minuten", 10, 15),
    ],
)
def test_swiss_and_spelled_out_minutes_are_that_time(said, hour, minute):
    check = check_request(SALON, WEDNESDAY_10, "25.2.", said, None, 30)
    assert check.status == "ok"
    assert (check.start_local.hour, check.start_local.minute) == (hour, minute)


def test_ab_alone_stays_from_that_hour():
    check = check_request(SALON, WEDNESDAY_10, "25.2.", "ab 3", None, 30)
    assert check.status == "ok"
    assert check.window is not None and check.window[0].hour == 15


def test_two_neighbouring_hours_are_the_hour_between_them():
    check = check_request(SALON, SATURDAY_1250, "Dienstag", "so 5, 6", None, 30)
    assert check.status == "ok"
    lo, hi = check.window
    assert (lo.hour, hi.hour) == (17, 18)


def test_an_hour_with_ish_is_about_that_hour():
    check = check_request(SALON, SATURDAY_1250, "Tuesday", "twoish", None, 30)
    assert check.status == "ok"
    assert check.prefer is not None and check.prefer.hour == 14


@pytest.mark.parametrize("time_said", ["Uhr", "um Uhr", "um 4 rum, vielleicht auch später"])
def test_no_hour_or_an_opened_time_is_asked(time_said):
    check = check_request(SALON, WEDNESDAY_10, "25.2.", time_said, None, 30)
    assert check.status in ("invalid_time", "ambiguous_time")


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("Friday fortnight", date(2027, 7, 2)),
        ("Wednesday fortnight", date(2027, 6, 30)),
        ("Johannistag", date(2027, 6, 24)),
        ("an Johanni", date(2027, 6, 24)),
    ],
)
def test_british_fortnights_and_saints_days_are_their_days(said, day):
    check = check_request(SALON, TUESDAY_1735, said, None, None, 30)
    assert (check.status, check.day) == ("ok", day)


def test_right_after_the_holiday_is_the_first_open_day_after_it():
    check = check_request(SALON, SATURDAY_1250, "gleich nach dem Feiertag", None, None, 30)
    assert (check.status, check.day) == ("ok", date(2028, 5, 2))


def test_right_after_the_holiday_with_none_near_is_asked():
    july = datetime(2027, 7, 6, 10, 0, tzinfo=BERLIN)
    check = check_request(SALON, july, "gleich nach dem Feiertag", None, None, 30)
    assert check.status in ("invalid_date", "ambiguous_date")


def test_a_weekday_said_on_that_weekday_after_its_time_is_next_weeks():
    check = check_request(SALON, SATURDAY_1250, "Samstag um 12", None, None, 30)
    assert check.status == "ok"
    assert check.start_local == datetime(2028, 5, 6, 12, 0, tzinfo=BERLIN)


def test_a_weekday_said_on_that_weekday_before_its_time_is_still_asked():
    check = check_request(SALON, SATURDAY_1250, "Samstag um 1", None, None, 30)
    assert check.status == "ambiguous_date"


@pytest.mark.parametrize(
    ("said", "service"),
    [
        ("Frau Spitzer", "damenhaarschnitt"),
        ("Herr Brandt", "damenhaarschnitt"),
        ("Mrs Spitzer", "damenhaarschnitt"),
        ("Frau Yilmaz", "bartpflege"),
        ("Frau Fabian", "faerben"),
    ],
)
def test_a_title_that_contradicts_the_stylist_is_asked(said, service):
    assert resolve_stylist(CATALOG, said, service, SALON).status == "ambiguous_stylist"


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Herr Spitzer", "Fabian Spitzer"),
        ("Ms Brandt", "Sophie Brandt"),
        ("Frau Brant", "Sophie Brandt"),
    ],
)
def test_the_right_title_still_finds_the_stylist(said, name):
    match = resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON)
    assert match.status == "ok" and match.stylist.name == name


@pytest.mark.parametrize(
    "said",
    ["wer schneidet denn so?", "who does the cutting?", "wer die schönsten Strähnchen macht"],
)
def test_a_question_about_who_is_asked_never_no_such_stylist(said):
    assert not is_no_preference(said, CATALOG, "straehnchen")
    assert resolve_stylist(CATALOG, said, "straehnchen", SALON).status == "ambiguous_stylist"


@pytest.mark.parametrize("said", ["wie es Ihnen passt", "wie's Ihnen am besten passt"])
def test_the_choice_left_to_the_salon_is_no_preference(said):
    assert is_no_preference(said, CATALOG, "damenhaarschnitt")


def test_who_has_time_is_still_no_preference():
    assert is_no_preference("wer Zeit hat", CATALOG, "damenhaarschnitt")


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Sophie, nee, warte, doch Fabian", "Fabian Spitzer"),
        ("Sophie, äh, oder doch Lena", "Lena Hoffmann"),
    ],
)
def test_a_stylist_corrected_is_the_one_after_the_correction(said, name):
    match = resolve_stylist(CATALOG, said, "faerben", SALON)
    assert match.status == "ok" and match.stylist.name == name


def test_two_stylists_offered_with_or_stay_a_question():
    assert (
        resolve_stylist(CATALOG, "Sophie oder Lena", "faerben", SALON).status == "ambiguous_stylist"
    )


@pytest.mark.parametrize("said", ["Ohrlöcher stechen", "Ohrringe stechen lassen"])
def test_ear_piercing_is_named_as_not_offered(said):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "unknown_service" and match.not_offered == "Ohrlöcher"


@pytest.mark.parametrize(
    ("said", "slug"),
    [
        ("Bart, äh, nein, doch nur Haare für Herren", "herrenhaarschnitt"),
        ("Damenschnitt, ach was, Färben", "faerben"),
    ],
)
def test_a_service_corrected_is_the_one_after_the_correction(said, slug):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ok" and match.service.slug == slug


@pytest.mark.parametrize(
    ("said", "slug"),
    [
        ("Spitzer, Dauerwelle", "dauerwelle"),
        ("Lea Hofmann, Kinderhaarschnitt für meine Kleine", "kinderhaarschnitt"),
    ],
)
def test_a_stylist_named_beside_the_service_is_no_part_of_it(said, slug):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ok" and match.service.slug == slug


def test_a_service_word_near_a_stylist_name_is_still_read():
    match = resolve_service(CATALOG, "Spitzen schneiden, Damen", SALON)  # Spitzen, not Spitzer
    assert match.status == "ok" and match.service.slug == "damenhaarschnitt"
