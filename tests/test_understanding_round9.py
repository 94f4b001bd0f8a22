"""The rules blind round 9's misses led to, and their limits: "jetzt" and "sofort" said together
still mean now (gone after the last start, never moved), "so bald wie möglich" moves; a part of a
week whose days are all closed offers the open days after, a named closed day stays closed;
"nach dem Mittagessen" runs to closing, "nachmittags" stays the afternoon; a bound said with its
reason is the bound, a reason against it or with a day or time of its own is asked ("keine Zeit"
alone is having none, not "no particular time"); "no later than" is an upper bound; a service
said by its result or shape is that service (the shape without whom it is for is asked; a result
beside a service only qualifies it: "dunkle Strähnchen"); a corrected service is the one after, a
retraction alone is asked ("sorry" alone is none); a surname with "die kenn ich"
is that stylist; a first name spelled out ("L E A", "ohne n") separates the sound-alikes."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tests.corpus.runner import reference_catalog
from tools.catalog_match import resolve_service, resolve_stylist
from tools.dates import check_request
from tools.name_spelling import spelled
from tools.service_correction import after_retraction

SALON = load_salon()
CATALOG = reference_catalog(SALON)
BERLIN = ZoneInfo("Europe/Berlin")
SATURDAY_CLOSING = datetime(2028, 3, 11, 13, 50, tzinfo=BERLIN)
CHRISTMAS_WEEK = datetime(2029, 12, 21, 11, tzinfo=BERLIN)
MONDAY = datetime(2028, 5, 8, 10, tzinfo=BERLIN)


@pytest.mark.parametrize(
    "said", ["jetzt sofort", "sofort, jetzt gleich", "right now, straight away"]
)
def test_now_said_twice_is_gone_after_the_last_start(said):
    assert check_request(SALON, SATURDAY_CLOSING, said, minutes=30).status == "past_date"


def test_as_soon_as_possible_moves_to_the_next_open_day():
    check = check_request(SALON, SATURDAY_CLOSING, "so bald wie möglich", minutes=30)
    assert check.ok and check.earliest and check.day == date(2028, 3, 14)


def test_part_of_a_week_all_closed_offers_the_open_days_after():
    check = check_request(SALON, CHRISTMAS_WEEK, "Anfang nächster Woche")
    assert check.status == "ambiguous_date"
    assert check.options[0]["date"] == "2029-12-27"
    assert check_request(SALON, CHRISTMAS_WEEK, "nächsten Montag").status == "closed"


@pytest.mark.parametrize(
    ("said", "end"),
    [("nach dem Mittagessen", time(19, 30)), ("after lunch", time(19, 30)), ("nachmittags", None)],
)
def test_after_lunch_runs_to_closing_the_afternoon_does_not(said, end):
    check = check_request(SALON, MONDAY, "Donnerstag", said)
    assert check.ok and check.window is not None
    if end is None:
        assert check.window[1].time() <= time(18)
    else:
        assert check.window[1].time() >= end


@pytest.mark.parametrize(
    ("said", "window"),
    [
        ("ab 15 Uhr, früher geht's nicht", (time(15), time(18))),
        ("bis 12 Uhr, später geht nicht", (time(9), time(11, 59))),
        ("no later than 1 pm", (time(9), time(13))),
        ("no earlier than 2 pm", (time(14), time(18))),
    ],
)
def test_a_bound_with_its_reason_is_the_bound(said, window):
    check = check_request(SALON, MONDAY, "Mittwoch", said, minutes=30)
    assert check.ok and check.window is not None
    assert (check.window[0].time(), check.window[1].time()) == window


@pytest.mark.parametrize(
    "said",
    [
        "ab 15 Uhr, später geht's nicht",
        "bis 12 Uhr, früher geht nicht",
        "nicht um 15 Uhr",
        "ab 15 Uhr, früher nicht, Freitag",
        "ab 15 Uhr, früher kann ich nicht, erst ab 16",
        "ab 15 Uhr, später hab ich keine Zeit",
        "vormittags hab ich keine Zeit",
    ],
)
def test_a_reason_against_the_bound_is_asked(said):
    assert not check_request(SALON, MONDAY, "Mittwoch", said).ok


@pytest.mark.parametrize(
    ("said", "slug"),
    [
        ("Haare dunkler", "faerben"),
        ("make my hair darker", "faerben"),
        ("Herren, kurz an den Seiten", "herrenhaarschnitt"),
        ("Strähnchen, ach nee, doch nur Farbe", "faerben"),
        ("highlights, no wait, just colour", "faerben"),
        ("dunkle Strähnchen", "straehnchen"),
        ("Damenhaarschnitt, sorry", "damenhaarschnitt"),
    ],
)
def test_services_by_result_shape_and_correction(said, slug):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ok" and match.service.slug == slug


@pytest.mark.parametrize("said", ["kurz an den Seiten", "Strähnchen, nee", "Strähnchen oder Farbe"])
def test_shape_without_whom_and_a_bare_retraction_are_asked(said):
    assert resolve_service(CATALOG, said, SALON).status != "ok"


def test_a_retraction_at_the_start_is_an_answer_not_a_change():
    assert after_retraction("nein, Damenhaarschnitt") is None
    assert after_retraction("Dauerwelle, nein, nur färben") == "nur faerben"


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Frau Brandt, die kenn ich schon", "Sophie Brandt"),
        ("die Lea, L E A", "Lea Hofmann"),
        ("Lea, ohne n", "Lea Hofmann"),
        ("die Lena, L E N A", "Lena Hoffmann"),
    ],
)
def test_surname_with_a_sentence_and_spelled_first_names(said, name):
    match = resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON)
    assert match.status == "ok" and match.stylist.name == name


@pytest.mark.parametrize("said", ["Lea", "Lena, L E A", "Frau Hofmann, die kenn ich"])
def test_sound_alikes_unseparated_or_contradicted_are_asked(said):
    assert resolve_stylist(CATALOG, said, "damenhaarschnitt", SALON).status == "ambiguous_stylist"


def test_spelling_out_keeps_the_letters():
    text, spelling = spelled("die lea l e a")
    assert text == "die lea" and spelling.word == "lea"
    assert spelled("lea ohne n")[1].absent == frozenset("n")
