"""The blind rounds of the understanding corpus and the rules their misses led to: every blind
file keeps the figures of its first run; a misheard or dialect day word is repaired only when one
word is reached; a stretch of days with one open day is that day, while two readings of one day
are still asked; what the caller leaves open or conditions is asked, never guessed."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import yaml

from calendar_adapter.salon import load_salon
from tests.corpus.runner import CORPUS, corpus_files, reference_catalog
from tools.catalog_match import is_no_preference, resolve_service
from tools.dates import check_request
from tools.when.spelling import repair

SALON = load_salon()
BERLIN = ZoneInfo("Europe/Berlin")
WEDNESDAY = datetime(2026, 12, 2, 10, 15, tzinfo=BERLIN)
WEDNESDAY_BEFORE_A_SATURDAY_HOLIDAY = datetime(2026, 9, 30, 10, 0, tzinfo=BERLIN)


def test_every_blind_file_has_the_figures_of_its_first_run():
    rounds = yaml.safe_load((CORPUS / "blind_first_measurements.yaml").read_text("utf-8"))
    recorded = {f for r in rounds for f in r["files"]}
    blind = {p.name for kind in ("when", "names") for p in corpus_files(kind) if "blind" in p.name}
    assert blind and blind <= recorded
    for r in rounds:
        for kind in ("when", "names"):
            first = r[kind]
            assert first["wrong"] == len(first["wrong_answers"])
            assert first["clear_resolved"] <= first["clear"] <= first["items"]


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("freitach", "freitag"),  # g spoken as ch
        ("diensdach", "dienstag"),
        ("donnastag", "donnerstag"),  # Berlin -a for -er
        ("dezemba", "dezember"),
        ("uebermorgn", "uebermorgen"),  # a swallowed e
        ("mitwoch", "mittwoch"),  # one letter slipped
    ],
)
def test_a_dialect_or_misheard_day_word_is_repaired(said, meant):
    assert repair(said) == meant


@pytest.mark.parametrize("said", ["sontag", "feiertag", "montage", "geburtstag", "passt"])
def test_a_word_that_reaches_no_single_day_word_stays_as_said(said):
    """ "Sontag" is one letter from Sonntag and Montag; "Feiertag" is a word of its own."""
    assert repair(said) == said


def test_a_word_left_over_that_names_time_is_asked_not_dropped():
    for said in ("am 1. Feiertag", "über die Feiertage", "Sontag", "an meinem Geburtstag"):
        check = check_request(SALON, WEDNESDAY, said)
        assert check.status in ("invalid_date", "ambiguous_date"), (said, check)


def test_a_stretch_of_days_with_one_open_day_is_that_day():
    check = check_request(SALON, WEDNESDAY, "am Wochenende", "um 10")
    assert check.status == "ok" and check.start_local == datetime(2026, 12, 5, 10, tzinfo=BERLIN)


def test_two_readings_of_one_day_are_asked_even_when_one_is_closed():
    """ "nächsten Samstag" on 30 September: the holiday on 3 October or the 10th? Asked."""
    check = check_request(SALON, WEDNESDAY_BEFORE_A_SATURDAY_HOLIDAY, "nächsten Samstag")
    assert check.status == "ambiguous_date"


def test_after_work_is_asked_with_the_times_that_are_left():
    check = check_request(SALON, WEDNESDAY, "Donnerstag", "nach der Arbeit", minutes=30)
    assert check.status == "ambiguous_time"
    assert [o["time"] for o in check.options] == ["16:00", "17:00", "18:00", "19:00"]


@pytest.mark.parametrize("said", ["vom 8. bis 10.", "8.-10.12.", "zwischen dem 8. und 10."])
def test_a_range_of_days_offers_the_days_not_its_first(said):
    check = check_request(SALON, WEDNESDAY, said)
    assert check.status == "ambiguous_date"
    assert [o["date"] for o in check.options] == ["2026-12-08", "2026-12-09", "2026-12-10"]


def test_hour_zero_is_midnight_not_noon():
    check = check_request(SALON, WEDNESDAY, "morgen", "um 0 Uhr", minutes=30)
    assert check.status == "outside_hours"


@pytest.mark.parametrize(
    "said", ["egal, nur kein Mann", "Hauptsache eine Frau", "egal, aber nicht die Neue"]
)
def test_no_preference_with_a_condition_is_not_left_open(said):
    assert not is_no_preference(said, reference_catalog(SALON))


@pytest.mark.parametrize(
    ("said", "named"),
    [("nur föhnen", "Föhnen"), ("Dreadlocks", "Dreadlocks"), ("Nagelstudio", "Nägel")],
)
def test_a_service_the_salon_does_not_have_is_named_not_matched(said, named):
    match = resolve_service(reference_catalog(SALON), said, SALON)
    assert match.status == "unknown_service" and match.not_offered == named
