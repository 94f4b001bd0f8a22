"""The rules blind round 6's misses led to: "Abend" on a day that closes at 18:00 is asked with
the day's last start times (never a window); "so bald/so früh wie möglich" in any spelling is the
earliest time, also of a day already begun; a count whose unit is not understood is asked, never
dropped; a named day takes the year said in words; "Ostern" is its closed holidays; conditions
about a stylist's skill or an earlier visit are asked; loanwords for services are read as heard;
a first name is that stylist when only they, of those who sound alike, do the service."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tools.catalog_match import is_no_preference, resolve_service, resolve_stylist
from tools.dates import check_request
from tools.service_loanwords import spoken_spellings
from tools.stylist_condition import describes_someone
from tools.when.evening import last_starts_before_evening
from tools.when.times import PARTS
from tools.when.umlauts import restore_umlauts

SALON = load_salon()
CATALOG = reference_catalog(SALON)
BERLIN = ZoneInfo("Europe/Berlin")
WEDNESDAY_2_DEC = datetime(2026, 12, 2, 10, 0, tzinfo=BERLIN)
WEDNESDAY_AFTERNOON = datetime(2026, 12, 2, 14, 10, tzinfo=BERLIN)
HOLY_SATURDAY_2027 = datetime(2027, 3, 27, 11, 0, tzinfo=BERLIN)


def test_evening_on_a_day_closing_at_six_offers_the_last_start_times():
    check = check_request(SALON, WEDNESDAY_2_DEC, "Freitagabend", minutes=30)
    assert check.status == "ambiguous_time" and check.day == date(2026, 12, 4)
    assert [o["time"] for o in check.options] == ["17:00", "17:30"]
    assert "18 Uhr" in check.message
    longer = check_request(SALON, WEDNESDAY_2_DEC, "Freitagabend", minutes=60)
    assert [o["time"] for o in longer.options] == ["16:30", "17:00"]


def test_evening_on_a_late_day_is_a_window_and_after_early_closing_outside():
    thursday = check_request(SALON, WEDNESDAY_2_DEC, "Donnerstagabend")
    assert thursday.status == "ok" and thursday.window is not None
    assert check_request(SALON, WEDNESDAY_2_DEC, "Samstagabend").status == "outside_hours"
    evening = PARTS["evening"]
    assert last_starts_before_evening([evening], (9 * 60, 20 * 60), 30) == ()
    assert last_starts_before_evening([evening], (9 * 60, 14 * 60), 30) == ()


def test_this_evening_after_the_last_start_is_past():
    late = datetime(2026, 12, 4, 17, 50, tzinfo=BERLIN)
    assert check_request(SALON, late, "heute Abend").status == "past_date"


@pytest.mark.parametrize(
    "said", ["sobald möglich", "so bald als moglich", "baldmoglichst", "sobald es geht"]
)
def test_as_soon_as_possible_in_other_spellings_is_the_earliest_time(said):
    check = check_request(SALON, WEDNESDAY_2_DEC, said)
    assert check.status == "ok" and check.earliest and check.day == date(2026, 12, 2)


def test_as_early_as_possible_of_a_day_begun_is_from_now_not_past():
    for said in ("heute so früh wie möglich", "jederzeit, möglichst früh"):
        check = check_request(SALON, WEDNESDAY_AFTERNOON, said)
        assert check.status == "ok" and check.earliest and check.day == date(2026, 12, 2)
    # another day: its opening time (round 7: "als Erstes", "sobald Sie aufmachen" alike)
    saturday = check_request(SALON, WEDNESDAY_AFTERNOON, "Samstag so früh wie möglich")
    assert saturday.status == "ok" and saturday.start_local is not None
    assert (saturday.day, saturday.start_local.hour, saturday.start_local.minute) == (
        date(2026, 12, 5),
        9,
        0,
    )


def test_as_early_as_possible_without_a_day_is_the_earliest_time():
    assert check_request(SALON, WEDNESDAY_2_DEC, "so früh wie möglich").earliest
    after_closing = datetime(2026, 12, 4, 18, 30, tzinfo=BERLIN)
    check = check_request(SALON, after_closing, "", "so früh wie möglich")
    assert check.earliest and check.day == date(2026, 12, 5)


def test_lost_umlauts_are_restored_only_in_day_and_time_words():
    assert restore_umlauts("ubernachste woche") == "uebernaechste woche"
    assert restore_umlauts("so bald wie moglich") == "so bald wie moeglich"
    assert restore_umlauts("uberall schon") == "uberall schon"


def test_a_dialect_span_is_read_and_an_unread_count_is_asked():
    thursday = datetime(2026, 11, 26, 14, 10, tzinfo=BERLIN)
    assert check_request(SALON, thursday, "Freitag in ocht Tog").day == date(2026, 12, 4)
    assert check_request(SALON, thursday, "heit in ocht Tog").day == date(2026, 12, 3)
    unread = check_request(SALON, thursday, "Dienstag in 8 Xyzzy")
    assert unread.status == "invalid_date"


def test_a_named_day_takes_the_year_said_in_words():
    before_new_year = datetime(2026, 12, 29, 11, 0, tzinfo=BERLIN)
    check = check_request(SALON, before_new_year, "ersten Weihnachtstag nächstes Jahr")
    assert (check.status, check.day) == ("closed", date(2027, 12, 25))
    assert check_request(SALON, before_new_year, "nächstes Jahr an Heiligabend").day == date(
        2027, 12, 24
    )
    assert check_request(SALON, HOLY_SATURDAY_2027, "Frauentag dieses Jahr").status == "past_date"


def test_easter_is_its_closed_holidays_and_the_open_saturday_is_offered():
    check = check_request(SALON, datetime(2027, 2, 27, 10, 30, tzinfo=BERLIN), "Ostern")
    assert (check.status, check.day, check.holiday) == ("closed", date(2027, 3, 28), "Ostersonntag")
    assert check.options[0]["date"] == "2027-03-27"
    assert check_request(SALON, HOLY_SATURDAY_2027, "an Ostern").status == "closed"


@pytest.mark.parametrize(
    ("said", "day"),
    [("Pfingstdienstag", date(2027, 5, 18)), ("Ostermittwoch", date(2027, 3, 31))],
)
def test_weekdays_named_after_a_feast_are_computed(said, day):
    assert check_request(SALON, HOLY_SATURDAY_2027, said).day == day


@pytest.mark.parametrize(
    "said", ["die erste freie Person", "wer grad kann", "irgendeine Friseurin"]
)
def test_no_preference_by_meaning(said):
    assert is_no_preference(said, CATALOG)


@pytest.mark.parametrize(
    "said",
    [
        "jemand, der sich mit Locken auskennt",
        "die, die letztes Mal da war",
        "the one I had last time",
    ],
)
def test_a_condition_about_skill_or_an_earlier_visit_is_asked(said):
    assert describes_someone(said) and not is_no_preference(said, CATALOG)
    match = resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON)
    assert match.status == "ambiguous_stylist"
    assert {s.name for s in match.candidates} == {s.name for s in match.offered_by}


def test_a_job_title_is_a_wish_for_a_woman_unless_any_one_is_meant():
    assert is_no_preference("irgendeine Friseurin", CATALOG)
    assert not is_no_preference("Hauptsache eine Friseurin", CATALOG, "damenhaarschnitt", SALON)
    woman = resolve_stylist(CATALOG, "Hauptsache eine Friseurin", "damenhaarschnitt", SALON)
    assert woman.status == "among"  # round 11c: any one of the women who offer it
    assert {s.name for s in woman.candidates} == {"Lena Hoffmann", "Sophie Brandt", "Lea Hofmann"}
    assert not is_no_preference("die gleiche wie immer", CATALOG)
    match = resolve_stylist(CATALOG, "die gleiche wie immer", "damenhaarschnitt", SALON)
    assert match.status == "ambiguous_stylist" and match.candidates == match.offered_by


def test_a_first_name_is_the_one_of_the_sound_alikes_who_does_the_service():
    assert resolve_stylist(CATALOG, "Lena", "straehnchen", SALON).stylist.name == "Lena Hoffmann"
    assert resolve_stylist(CATALOG, "Lena", "damenhaarschnitt", SALON).status == "ambiguous_stylist"
    # a spelling variant of the other's name is never separated by the service
    assert resolve_stylist(CATALOG, "Lea", "faerben", SALON).status != "ok"


def test_intensifiers_after_a_name_are_fillers():
    match = resolve_stylist(CATALOG, "Herr Spitzer persönlich", "herrenhaarschnitt", SALON)
    assert match.status == "ok" and match.stylist.name == "Fabian Spitzer"


def test_loanwords_are_read_as_heard_and_german_diminutives_are_not():
    assert {"mesch", "balajasch", "hailaits"} <= (
        spoken_spellings("meches") | spoken_spellings("balayage") | spoken_spellings("highlights")
    )
    assert spoken_spellings("maedchen") == set()
    for said in ("Meschen", "Balajasch", "Hailaits"):
        assert resolve_service(CATALOG, said, SALON).service.slug == "straehnchen"
    assert resolve_service(CATALOG, "Mäschen", SALON).status != "ok"
