"""The rules blind round 16's families led to, and their limits: a two-digit hour the recogniser
wrote digit by digit ("um 1 9 Uhr", "1 7 Uhr 30") is that hour, never a sum or the digits read
apart, while "um 2 5 Uhr" (no hour) and "um eins. Ein Uhr" (number words) are not joined; a
number word broken into pieces ("am drei ßigsten", "am sieb zehnten") is one ordinal, while whole
cardinals side by side ("um vier zehn") stay; Bavarian and Swiss day and time words ("hoibe
sechse", "am Aabig", "in acht Täg") are read; the year's last and first day said in words are
31 December and the coming 1 January; a weekday split and misheard ("Dean stag", "Frei tack",
"Fry tag") is that weekday; a stylist described by age, height or manner ("die Jüngere von den
beiden", "the tall guy") is asked back with the stylists, never "no such stylist", and a trait
after a name ("Sophie, die Große") keeps the name; a service that is no haircut said for a child
("Strähnchen für meine Tochter") is that service."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tests.when_answer import day_answer
from tools.catalog_match import resolve_service, resolve_stylist
from tools.dates import check_request
from tools.when.normalize import normalize

SALON = load_salon()
CATALOG = reference_catalog(SALON)
BERLIN = ZoneInfo("Europe/Berlin")
TUESDAY = datetime(2033, 5, 17, 10, 0, tzinfo=BERLIN)  # Thu 19.5., Fri 20.5. open
MID_NOVEMBER = datetime(2033, 11, 15, 10, 0, tzinfo=BERLIN)
CLOSED_MONDAY = datetime(2033, 5, 16, 10, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("time", "answer"),
    [
        ("um 1 9 Uhr", "2033-05-19 19:00"),
        ("um 1 1 Uhr", "2033-05-19 11:00"),
        ("1 7 Uhr 30", "2033-05-19 17:30"),
        ("um 1 0 Uhr 15", "2033-05-19 10:15"),
        ("1 8:30", "2033-05-19 18:30"),
        ("gegen 1 6 Uhr", "2033-05-19 15:30-16:30"),
    ],
)
def test_an_hour_written_digit_by_digit_is_that_hour(time, answer):
    assert day_answer(check_request(SALON, TUESDAY, "Donnerstag", time, None, 30)) == answer


@pytest.mark.parametrize("time", ["um 2 5 Uhr", "um 3 9 Uhr", "um 1 oder 2 Uhr"])
def test_digits_that_make_no_hour_are_asked(time):
    assert check_request(SALON, TUESDAY, "Donnerstag", time, None, 30).status == "ambiguous_time"


def test_two_neighbouring_hours_that_make_no_hour_are_the_window_between_them():
    """Not hour 34: "drei, vier" said side by side, as "so 5, 6" is (a window is searched, nothing held)."""
    assert day_answer(check_request(SALON, TUESDAY, "Donnerstag", "um 3 4 Uhr", None, 30)) == (
        "2033-05-19 15:00-16:00"
    )


def test_number_words_after_a_full_stop_are_not_joined_into_one_hour():
    assert "11" not in normalize("um eins. Ein Uhr mittags.").split()


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("am drei ßigsten", "2033-11-30"),
        ("am drei ssigsten", "2033-11-30"),
        ("am sieb zehnten", "2033-11-17"),
        ("am zwei und zwan zigsten", "2033-11-22"),
        ("am sech zehnten Dezember", "2033-12-16"),
        ("am ein und drei ßigsten Januar", "2034-01-31"),
    ],
)
def test_a_number_word_broken_into_pieces_is_one_ordinal(said, day):
    assert day_answer(check_request(SALON, MID_NOVEMBER, said, None, None, 30)) == day


@pytest.mark.parametrize(("said", "kept"), [("um vier zehn", "4 10"), ("um acht zehn", "8 10")])
def test_whole_cardinals_side_by_side_stay_apart(said, kept):
    assert kept in normalize(said)


@pytest.mark.parametrize(
    ("said", "time", "answer"),
    [
        ("Donnerstag", "um hoibe sechse", "2033-05-19 17:30"),
        ("Donnerstag", "am Aabig", "2033-05-19 17:00-20:00"),
        ("Donnerstag", "Viertl nach drei", "2033-05-19 15:15"),
        ("in acht Täg", None, "2033-05-24"),
        ("in zwoa Wochn", None, "2033-05-31"),
    ],
)
def test_southern_day_and_time_words_are_read(said, time, answer):
    assert day_answer(check_request(SALON, TUESDAY, said, time, None, 30)) == answer


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("am letzten Tag im Jahr", "2033-12-31"),
        ("the last day of the year", "2033-12-31"),
        ("am ersten Tag im neuen Jahr", "2034-01-01"),
        ("the first day of the year", "2034-01-01"),
    ],
)
def test_the_years_last_and_first_day_in_words(said, day):
    assert day_answer(check_request(SALON, MID_NOVEMBER, said, None, None, 30)) == day


@pytest.mark.parametrize(
    ("said", "day"),
    [("Dean stag", "2033-05-17"), ("Frei tack", "2033-05-20"), ("Fry tag", "2033-05-20")],
)
def test_a_weekday_split_and_misheard_is_that_weekday(said, day):
    assert day_answer(check_request(SALON, CLOSED_MONDAY, said, None, None, 30)) == day


@pytest.mark.parametrize(
    "said", ["die Jüngere von den beiden", "der Große", "the tall guy", "the short one"]
)
def test_a_stylist_described_by_a_trait_is_asked_back_with_the_stylists(said):
    match = resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON)
    assert match.status == "ambiguous_stylist"
    assert match.candidates == match.offered_by


def test_a_trait_after_a_name_keeps_the_name():
    match = resolve_stylist(CATALOG, "Sophie, die Große", "damenhaarschnitt", SALON)
    assert (match.status, match.stylist and match.stylist.name) == ("ok", "Sophie Brandt")


@pytest.mark.parametrize(
    ("said", "slug"),
    [
        ("Strähnchen für meine Tochter", "straehnchen"),
        ("a perm for my daughter", "dauerwelle"),
        ("colour for my daughter", "faerben"),
        ("Haarschnitt für meine Tochter", "kinderhaarschnitt"),
    ],
)
def test_a_service_said_for_a_child_is_that_service(said, slug):
    match = resolve_service(CATALOG, said, SALON)
    assert (match.status, match.service and match.service.slug) == ("ok", slug)


def test_a_service_and_a_cut_for_a_child_are_still_asked():
    assert resolve_service(CATALOG, "Strähnchen und Schnitt für meine Tochter", SALON).status == (
        "ambiguous_service"
    )
