"""The rules for the clear phrases round 19 left asked (issue 11, when27), and their limits, on
phrases and "now"s in no corpus. A correction relative to the day corrected ("Freitag, nee, eine
Woche später", "Friday, no, a week later", "die Woche drauf") moves that day by the weeks said,
"den Samstag drauf" / "the Wednesday before" to that weekday after (before) it; with nothing
before it, with "oder", or as "the week after next" it is no such correction. A bare
day of month gone exactly a week, said after the salon's closing, is gone more than a week by the
salon's day: next month's, resolved and spoken with its month; said before closing, or gone only
a few days, it stays asked. "Nach Neujahr" / "after New Year" said in January or February means
soon: this year's days from today, asked, never next January and never "past"; said later in the
year, the coming year's start. A service named by the effect wanted: the hair's state beside the
wish is no wish ("meine Haare sind so glatt, ich will Locken": the perm); more volume alone is
asked with the perm and the cut (both give it), with a perm named it is the perm, with a cut
named how the cut looks; the grey gone is the colour; two effects of two services are asked with
both; less volume and straight hair wished are never the perm."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tests.when_answer import day_answer
from tools.catalog_match import resolve_service
from tools.dates import check_request

SALON = load_salon()
CATALOG = reference_catalog(SALON)
BERLIN = ZoneInfo("Europe/Berlin")
WEDNESDAY = datetime(2047, 9, 18, 11, 0, tzinfo=BERLIN)
AFTER_CLOSING = datetime(2047, 11, 20, 18, 30, tzinfo=BERLIN)  # a Wednesday, closed at 18:00
BEFORE_CLOSING = datetime(2047, 11, 20, 11, 0, tzinfo=BERLIN)
MID_JANUARY = datetime(2048, 1, 21, 10, 0, tzinfo=BERLIN)  # a Tuesday, the year 20 days old
JUNE = datetime(2048, 6, 16, 10, 0, tzinfo=BERLIN)
QUESTIONS = ("ambiguous_date", "ambiguous_time", "invalid_date", "invalid_time")


def _check(said: str, now: datetime = WEDNESDAY):
    return check_request(SALON, now, said, None, None, 30)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Freitag, nee, eine Woche später", "2047-09-27"),
        ("Samstag, nein, zwei Wochen später", "2047-10-05"),
        ("nächste Woche Dienstag, ach nee, die Woche darauf", "2047-10-01"),
        ("Donnerstag, nee, die Woche drauf, um elf", "2047-09-26 11:00"),
        ("Freitag um drei, nee, eine Woche später um vier", "2047-09-27 16:00"),
        ("Freitag um drei, nee, eine Woche später", "2047-09-27 15:00"),
        ("Friday, no, a week later", "2047-09-27"),
        ("Friday, sorry, make that the following week", "2047-09-27"),
        ("nächste Woche Freitag, nee, eine Woche früher", "2047-09-20"),
        ("Donnerstag, nee, den Samstag drauf", "2047-09-21"),
        ("Thursday, no, the Wednesday before", "2047-09-18"),
    ],
)
def test_a_correction_by_weeks_moves_the_day_corrected(said: str, expected: str) -> None:
    assert day_answer(_check(said)) == expected


@pytest.mark.parametrize(
    "said", ["die Woche drauf", "nee, eine Woche später", "Freitag oder die Woche drauf"]
)
def test_weeks_with_no_day_corrected_or_as_a_choice_are_asked(said: str) -> None:
    assert _check(said).status in QUESTIONS


def test_the_week_after_next_is_no_correction_by_a_week() -> None:
    check = _check("Friday, no, the week after next")
    assert check.day != datetime(2047, 9, 26).date()


def test_a_bare_day_gone_a_week_said_after_closing_is_next_months() -> None:
    check = _check("den 13.", AFTER_CLOSING)
    assert (check.status, str(check.day)) == ("ok", "2047-12-13")
    assert "Dezember" in check.spoken


@pytest.mark.parametrize(
    ("said", "now"),
    [("den 13.", BEFORE_CLOSING), ("den 14.", AFTER_CLOSING), ("am Siebzehnten", AFTER_CLOSING)],
)
def test_a_bare_day_gone_a_week_before_closing_or_a_few_days_stays_asked(
    said: str, now: datetime
) -> None:
    assert _check(said, now).status in (*QUESTIONS, "past_date")


@pytest.mark.parametrize("said", ["nach Neujahr", "after New Year", "gleich nach Neujahr"])
def test_after_new_year_said_in_january_means_soon(said: str) -> None:
    check = _check(said, MID_JANUARY)
    assert check.status == "ambiguous_date"
    assert check.options[0]["date"] == "2048-01-21"
    assert all(o["date"].startswith("2048-01") for o in check.options)


@pytest.mark.parametrize("said", ["nach Neujahr", "after New Year"])
def test_after_new_year_said_in_june_is_the_coming_years_start(said: str) -> None:
    check = _check(said, JUNE)
    assert check.status == "ambiguous_date"
    assert all(o["date"].startswith("2049-01") for o in check.options)


@pytest.mark.parametrize(
    ("said", "slug"),
    [
        ("ich hab ganz dünne Haare und hätte gern Locken", "dauerwelle"),
        ("eine Welle für mehr Volumen", "dauerwelle"),
        ("my hair is really flat, I'd love some curls", "dauerwelle"),
        ("ich will wellige Haare", "dauerwelle"),
        ("no more grey hair please", "faerben"),
        ("Damenschnitt mit Volumen", "damenhaarschnitt"),
    ],
)
def test_a_service_by_the_effect_wanted(said: str, slug: str) -> None:
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ok" and match.service is not None, match
    assert match.service.slug == slug


@pytest.mark.parametrize("said", ["ich hätte gern mehr Volumen", "more volume for my daughter"])
def test_volume_alone_is_asked_with_the_perm_and_the_cut(said: str) -> None:
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ambiguous_service"
    slugs = {s.slug for s in match.candidates}
    assert "dauerwelle" in slugs and slugs & {"damenhaarschnitt", "kinderhaarschnitt"}


def test_two_effects_of_two_services_are_asked_with_both() -> None:
    match = resolve_service(CATALOG, "mehr Volumen und graue Haare abdecken", SALON)
    assert match.status == "ambiguous_service"
    assert {s.slug for s in match.candidates} == {"dauerwelle", "faerben"}


@pytest.mark.parametrize(
    "said",
    [
        "meine Haare sind viel zu lockig, die sollen glatt werden",
        "I want less volume",
        "bitte weniger Fülle",
        "ein Schnitt mit mehr Volumen",
    ],
)
def test_straight_hair_less_volume_or_a_cut_with_volume_are_never_the_perm(said: str) -> None:
    match = resolve_service(CATALOG, said, SALON)
    assert not (match.status == "ok" and match.service and match.service.slug == "dauerwelle")
