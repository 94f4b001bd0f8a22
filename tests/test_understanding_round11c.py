"""The rules the leftovers of issue #11 led to (round 11c), and their limits: a woman or a man
wished for with nobody named ("eine der Damen", "any of the guys") is any one of the stylists
the salon file addresses so who offer the service, never everyone and never a question; lighter
hair ("Blondieren", "Haare bleichen") is asked with the salon's colour and highlights, never the
whole list; "X, oder nein, Y" is the correction to Y, while two offered or a preference stay a
question."""

# ruff: noqa: F811
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tests.tools_fixtures import deps, open_call  # noqa: F401
from tools.booking_tools import BookingTools
from tools.catalog_match import is_no_preference, resolve_service, resolve_stylist
from tools.dates import check_request
from tools.stylist_sex import wanted_title

SALON = load_salon()
CATALOG = reference_catalog(SALON)
BERLIN = ZoneInfo("Europe/Berlin")
WEDNESDAY_30_JUNE = datetime(2027, 6, 30, 10, 0, tzinfo=BERLIN)
WOMEN_FOR_DAMEN = {"Lena Hoffmann", "Sophie Brandt", "Lea Hofmann"}


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("egal welche von den Damen", "Frau"),
        ("egal wer, aber eine Frau", "Frau"),
        ("lieber eine Friseurin, egal welche", "Frau"),
        ("a woman, doesn't matter who", "Frau"),
        ("einer der Herren", "Herr"),
        ("any of the guys", "Herr"),
    ],
)
def test_a_wish_for_a_woman_or_a_man_alone_is_read_as_that_title(said, title):
    assert wanted_title(said) == title


@pytest.mark.parametrize(
    "said",
    [
        "eine junge Frau",  # and young: a condition, asked
        "die Dame von letzter Woche",  # someone seen before
        "die Frau",  # one person with the definite article: someone in mind
        "the guy",
        "Frau Brandt",  # a title before a name is that person
        "egal ob Mann oder Frau",  # both: no wish
        "irgendeine Friseurin",  # the job word after "irgendeine": anyone
        "egal welcher Friseur",  # the masculine job word is generic
        "nur kein Mann",  # a negation stays a condition
    ],
)
def test_anything_besides_the_sex_is_not_read_as_that_wish(said):
    assert wanted_title(said) is None


def test_one_of_the_women_is_any_of_the_women_who_offer_the_service():
    m = resolve_stylist(CATALOG, "egal welche von den Damen", "damenhaarschnitt", SALON)
    assert m.status == "among"
    assert {s.name for s in m.candidates} == WOMEN_FOR_DAMEN
    kids = resolve_stylist(CATALOG, "any of the women", "kinderhaarschnitt", SALON)
    assert {s.name for s in kids.candidates} == {"Lena Hoffmann", "Lea Hofmann"}


def test_the_only_man_who_offers_it_is_that_stylist():
    m = resolve_stylist(CATALOG, "einer der Herren", "damenhaarschnitt", SALON)
    assert (m.status, m.stylist and m.stylist.name) == ("ok", "Fabian Spitzer")


def test_nobody_so_addressed_who_offers_it_is_asked_with_who_does():
    m = resolve_stylist(CATALOG, "eine der Damen", "herrenhaarschnitt", SALON)
    assert m.status == "ambiguous_stylist"
    assert {s.name for s in m.candidates} == {"Fabian Spitzer", "Mehmet Yılmaz"}


def test_everyone_who_offers_it_so_addressed_is_no_preference():
    # only women do highlights, only men cut men's hair here
    assert is_no_preference("egal welche von den Damen", CATALOG, "straehnchen", SALON)
    assert is_no_preference("einer der Herren", CATALOG, "herrenhaarschnitt", SALON)
    assert not is_no_preference("egal welche von den Damen", CATALOG, "damenhaarschnitt", SALON)


@pytest.mark.parametrize("said", ["Blondieren", "Haare bleichen", "bleach", "Haare aufhellen"])
def test_lighter_hair_is_asked_with_colour_and_highlights_only(said):
    m = resolve_service(CATALOG, said, SALON)
    assert m.status == "ambiguous_service"
    assert {s.slug for s in m.candidates} == {"faerben", "straehnchen"}


@pytest.mark.parametrize(
    ("said", "slug"),
    [("Strähnchen blondieren", "straehnchen"), ("Ansatz blondieren", "faerben"),
     ("blond färben", "faerben")],
)  # fmt: skip
def test_lighter_beside_a_service_only_says_how_it_is_to_look(said, slug):
    m = resolve_service(CATALOG, said, SALON)
    assert (m.status, m.service and m.service.slug) == ("ok", slug)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("morgen, oder nein, Samstag", date(2027, 7, 3)),
        ("Samstag, oder nein, warte, Freitag", date(2027, 7, 2)),
        ("heute, oder nee, morgen", date(2027, 7, 1)),
    ],
)
def test_or_followed_by_no_is_the_correction(said, day):
    check = check_request(SALON, WEDNESDAY_30_JUNE, said)
    assert (check.status, check.day) == ("ok", day)


def test_a_time_corrected_after_or_no_is_the_new_time():
    check = check_request(SALON, WEDNESDAY_30_JUNE, "Freitag", "um drei, oder nein, um vier")
    assert check.status == "ok" and check.start_local is not None
    assert check.start_local.strftime("%Y-%m-%d %H:%M") == "2027-07-02 16:00"


@pytest.mark.parametrize("said", ["Freitag oder Samstag", "Freitag oder lieber Samstag"])
def test_two_days_offered_or_a_preference_still_ask(said):
    assert check_request(SALON, WEDNESDAY_30_JUNE, said).status == "ambiguous_date"


def test_eight_days_is_a_week_from_today():
    # was asked with the week and the eighth day; German "in acht Tagen" is a week (issue #11's
    # leftovers, tests/corpus/README.md)
    check = check_request(SALON, WEDNESDAY_30_JUNE, "in acht Tagen")
    assert (check.status, str(check.day)) == ("ok", "2027-07-07")


def test_eight_days_onto_a_closed_day_offers_the_open_days_nearest_to_it():
    sunday = datetime.fromisoformat("2027-07-04T10:00:00+02:00")
    check = check_request(SALON, sunday, "in acht Tagen")  # a week on is a Sunday
    assert check.status == "ambiguous_date"
    assert [o["date"] for o in check.options] == ["2027-07-10", "2027-07-13"]
    assert "geschlossen" in check.message


@pytest.fixture
async def tools(open_call) -> BookingTools:
    return await open_call()  # Tuesday 24 November 2026, 09:00 in Berlin


async def test_one_of_the_women_is_searched_among_them_only(tools):
    result = await tools.call(
        "check_availability",
        {"service": "Damenhaarschnitt", "stylist": "egal welche von den Damen",
         "date": "Freitag"},
    )  # fmt: skip
    assert result["status"] == "available", result
    assert result["alternatives"]
    assert {a["stylist"] for a in result["alternatives"]} <= WOMEN_FOR_DAMEN


async def test_one_of_the_women_at_a_time_is_held_with_one_of_them(tools, sandbox):
    result = await tools.call(
        "check_availability",
        {"service": "Damenhaarschnitt", "stylist": "eine der Damen", "date": "Freitag",
         "time": "10:00"},
    )  # fmt: skip
    assert result["status"] == "held", result
    assert result["stylist"] in WOMEN_FOR_DAMEN


async def test_a_woman_for_a_service_only_men_offer_is_asked_with_who_does(tools, sandbox):
    result = await tools.call(
        "check_availability",
        {"service": "Bartpflege", "stylist": "eine der Damen", "date": "Freitag"},
    )
    assert result["status"] == "ambiguous_stylist", result
    assert set(result["candidates"]) == {"Fabian Spitzer", "Mehmet Yılmaz"}
    assert sandbox.active_reservations() == []
