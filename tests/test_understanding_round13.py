"""The rules blind round 13's families led to, and their limits: what is left of a part of today
after the day's last start holds no start, so the day is over (never a window without one),
while the same part before the last start is still a window; "über nächste" split by speech to
text is "übernächste"; a weekday said on that weekday with a time or part of day today can no
longer serve is next week's, while one today still serves stays asked; named days with a weekday
in their English name are that day; "erster / zweiter Feiertag" is that day of the two-day feast
at hand, and asked when none is near; "nächstes Jahr am Dienstag" in late December is the first
Tuesday of January, and asked earlier in the year; "ab vier" on a day closing at 14:00 is outside
(never 04:00), while "nach acht" on a day open from 9 to 20 stays asked; service words split by
speech to text, hair services the salon does not offer, and a stylist taken back with "ach ne"
or "nein, doch nicht," set off by commas."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tools.catalog_match import resolve_service, resolve_stylist
from tools.dates import check_request

SALON = load_salon()
CATALOG = reference_catalog(SALON)
BERLIN = ZoneInfo("Europe/Berlin")
LONG_THURSDAY_1945 = datetime(2028, 6, 22, 19, 45, tzinfo=BERLIN)  # last start 19:30
LONG_THURSDAY_1905 = datetime(2028, 6, 22, 19, 5, tzinfo=BERLIN)
FRIDAY_1745 = datetime(2028, 6, 16, 17, 45, tzinfo=BERLIN)  # last start 17:30
FRIDAY_1500 = datetime(2028, 6, 16, 15, 0, tzinfo=BERLIN)
TUESDAY_JANUARY = datetime(2029, 1, 16, 11, 0, tzinfo=BERLIN)
BEFORE_CHRISTMAS = datetime(2028, 12, 20, 10, 0, tzinfo=BERLIN)
MIDSUMMER = datetime(2028, 7, 12, 10, 0, tzinfo=BERLIN)
YEAR_END = datetime(2028, 12, 28, 11, 0, tzinfo=BERLIN)


@pytest.mark.parametrize("said", ["heute Abend", "tonight", "heute noch", "this evening"])
def test_a_part_of_today_after_the_last_start_is_over(said):
    check = check_request(SALON, LONG_THURSDAY_1945, said, None, None, 30)
    assert check.status == "past_date"
    assert check.window is None
    assert check.options  # the next open days


def test_the_same_part_of_today_before_the_last_start_is_still_a_window():
    check = check_request(SALON, LONG_THURSDAY_1905, "heute Abend", None, None, 30)
    assert check.status == "ok"
    assert check.window is not None
    assert check.window[0].strftime("%H:%M") <= "19:30" <= check.window[1].strftime("%H:%M")


def test_a_short_service_still_fits_where_a_long_one_does_not():
    # 19:45 on a day closing at 20:00: a start at 20:00 leaves no room even for 15 minutes
    check = check_request(SALON, LONG_THURSDAY_1945, "heute Abend", None, None, 15)
    assert check.status == "past_date"
    check = check_request(SALON, LONG_THURSDAY_1905, "heute Abend", None, None, 45)
    assert check.status == "ok"


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("über nächste Woche Donnerstag", "2029-02-01"),
        ("Dienstag über nächste Woche", "2029-01-30"),
    ],
)
def test_ueber_naechste_split_by_the_recogniser_is_uebernaechste(said, day):
    check = check_request(SALON, TUESDAY_JANUARY, said, None, None, 30)
    assert check.status == "ok" and str(check.day) == day


@pytest.mark.parametrize("said", ["am über nächsten Samstag", "über nächste Woche"])
def test_ueber_naechste_split_is_answered_as_said_joined(said):
    split = check_request(SALON, TUESDAY_JANUARY, said, None, None, 30)
    joined = check_request(SALON, TUESDAY_JANUARY, said.replace("über ", "über"), None, None, 30)
    assert (split.status, split.day, split.options) == (joined.status, joined.day, joined.options)


@pytest.mark.parametrize(
    ("said", "window"),
    [
        ("Freitag vormittags", ("2028-06-23", "09:00")),
        ("Freitag Nachmittag", ("2028-06-23", "12:00")),
        ("Friday morning", ("2028-06-23", "09:00")),
    ],
)
def test_a_weekday_said_on_that_day_with_a_part_of_the_day_gone_is_next_weeks(said, window):
    check = check_request(SALON, FRIDAY_1745, said, None, None, 30)
    assert check.status == "ok"
    assert check.window is not None
    assert (str(check.day), check.window[0].strftime("%H:%M")) == window


def test_a_weekday_with_a_clock_time_and_a_part_gone_today_is_next_weeks():
    check = check_request(SALON, FRIDAY_1745, "Freitag früh um zehn", None, None, 30)
    assert check.status == "ok"
    assert (str(check.day), check.start_local.strftime("%H:%M")) == ("2028-06-23", "10:00")


def test_a_weekday_whose_part_still_holds_a_start_today_stays_asked():
    check = check_request(SALON, FRIDAY_1500, "Freitag Nachmittag", None, None, 30)
    assert check.status == "ambiguous_date"
    assert [o["date"] for o in check.options] == ["2028-06-16", "2028-06-23"]


@pytest.mark.parametrize(
    ("now", "said", "day"),
    [
        (datetime(2030, 3, 6, 10, tzinfo=BERLIN), "Ash Wednesday", "2030-03-06"),
        (datetime(2031, 2, 25, 11, tzinfo=BERLIN), "Mardi Gras", "2031-02-25"),
        (datetime(2030, 4, 20, 9, 30, tzinfo=BERLIN), "Holy Saturday", "2030-04-20"),
        (datetime(2030, 4, 18, 10, tzinfo=BERLIN), "Holy Thursday", "2030-04-18"),
    ],
)
def test_a_named_day_with_a_weekday_in_its_english_name_is_that_day(now, said, day):
    check = check_request(SALON, now, said, None, None, 30)
    assert check.status == "ok"
    assert str(check.day) == day


@pytest.mark.parametrize(
    ("now", "said", "day"),
    [
        (BEFORE_CHRISTMAS, "am zweiten Feiertag", date(2028, 12, 26)),
        (BEFORE_CHRISTMAS, "erster Feiertag", date(2028, 12, 25)),
        (datetime(2029, 5, 16, 10, tzinfo=BERLIN), "am 2. Feiertag", date(2029, 5, 21)),
        (datetime(2030, 4, 16, 10, tzinfo=BERLIN), "zweiter Feiertag", date(2030, 4, 22)),
    ],
)
def test_first_or_second_holiday_is_that_day_of_the_feast_at_hand(now, said, day):
    check = check_request(SALON, now, said, None, None, 30)
    assert check.status == "closed"
    assert check.day == day


def test_first_or_second_holiday_with_no_feast_near_is_asked():
    check = check_request(SALON, MIDSUMMER, "am zweiten Feiertag", None, None, 30)
    assert not check.ok and check.status != "closed"


def test_the_day_after_the_second_holiday_counts_from_it():
    check = check_request(
        SALON, BEFORE_CHRISTMAS, "der Tag nach dem zweiten Feiertag", None, None, 30
    )
    assert check.status == "ok"
    assert check.day == date(2028, 12, 27)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("nächstes Jahr am Donnerstag", "2029-01-04"),
        ("im neuen Jahr am Mittwoch", "2029-01-03"),
        ("next year on Friday", "2029-01-05"),
    ],
)
def test_next_year_on_a_weekday_at_the_year_end_is_januarys_first(said, day):
    check = check_request(SALON, YEAR_END, said, None, None, 30)
    assert check.status == "ok"
    assert str(check.day) == day


def test_next_year_on_a_weekday_in_midsummer_is_asked():
    check = check_request(SALON, MIDSUMMER, "nächstes Jahr am Dienstag", None, None, 30)
    assert check.status == "ambiguous_date"


@pytest.mark.parametrize("said", ["ab vier", "ab halb drei", "nach fünf", "after three"])
def test_from_an_hour_after_an_early_closing_is_outside_never_the_small_hours(said):
    saturday = datetime(2028, 6, 23, 10, tzinfo=BERLIN)  # tomorrow: Saturday, 9 to 14
    check = check_request(SALON, saturday, "morgen", said, None, 30)
    assert check.status == "outside_hours"
    assert check.day == date(2028, 6, 24)


def test_after_eight_on_a_long_day_is_still_asked():
    check = check_request(SALON, FRIDAY_1500, "nächsten Donnerstag", "nach acht", None, 30)
    assert check.status == "invalid_time"


@pytest.mark.parametrize(
    ("said", "slug"),
    [
        ("Fer ben", "faerben"),
        ("die Haare fer ben", "faerben"),
        ("Strähn chen", "straehnchen"),
        ("Dauer wel le", "dauerwelle"),
    ],
)
def test_service_words_split_by_the_recogniser_are_joined(said, slug):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ok"
    assert match.service.slug == slug


@pytest.mark.parametrize("said", ["Rastas", "Locs", "Twists", "eine Haarverdichtung", "Dreads"])
def test_hair_services_the_salon_does_not_offer_are_named_as_such(said):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "unknown_service"
    assert match.not_offered


def test_a_shave_is_still_beard_care_beside_the_not_offered_rastas():
    match = resolve_service(CATALOG, "Rasur", SALON)
    assert match.status == "ok" and match.service.slug == "bartpflege"


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Lena, ach ne, Sophie", "Sophie Brandt"),
        ("Sophie, ne, Fabian", "Fabian Spitzer"),
        ("Sophie, nein, doch nicht, Fabian", "Fabian Spitzer"),
        ("Fabian, doch nicht, Sophie", "Sophie Brandt"),
    ],
)
def test_a_stylist_taken_back_is_the_one_named_after(said, name):
    match = resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON)
    assert match.status == "ok"
    assert match.stylist.name == name


@pytest.mark.parametrize("said", ["Lena, ach ne", "Sophie, nein, doch nicht"])
def test_a_stylist_taken_back_with_nobody_after_is_asked(said):
    match = resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON)
    assert match.status == "ambiguous_stylist"


def test_doch_nicht_before_a_name_still_excludes_it():
    match = resolve_stylist(CATALOG, "Fabian, doch nicht Sophie", "damenhaarschnitt", SALON)
    assert match.stylist is None or match.stylist.name != "Sophie Brandt"


def test_a_service_taken_back_with_doch_nicht_is_the_one_named_after():
    match = resolve_service(CATALOG, "Strähnchen, nein, doch nicht, Farbe", SALON)
    assert match.status == "ok" and match.service.slug == "faerben"


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Sophie, never mind, Fabian", "Fabian Spitzer"),
        ("Sophie, vergiss es, Fabian", "Fabian Spitzer"),
        ("Sophie, ach nee, geht doch nicht, Fabian", "Fabian Spitzer"),
    ],
)
def test_a_stylist_is_taken_back_with_the_date_checkers_words_too(said, name):
    # the same words take a day back ("Freitag, vergiss es, Samstag"): the one named after
    match = resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON)
    assert match.status == "ok"
    assert match.stylist.name == name


@pytest.mark.parametrize("said", ["Sophie, doch nicht", "Sophie, never mind"])
def test_a_stylist_taken_back_last_is_asked_as_a_day_taken_back_is(said):
    match = resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON)
    assert match.status == "ambiguous_stylist"


@pytest.mark.parametrize("said", ["Strähnchen, doch nicht", "Strähnchen, vergiss es"])
def test_a_service_taken_back_last_leaves_no_service(said):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "unknown_service"
    assert not match.not_offered
