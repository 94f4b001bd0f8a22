"""The rules blind round 51's misses led to (helper when69), in words of neither the round nor its
labels. A time the caller must leave by or be done by ("Punkt eins muss ich weg", "so dass ich
vor fünf raus bin", "I've got to leave by half four") is an end to keep: the starts whose service
ends by then and by closing, never a start at that hour; a start said beside it that the service
cannot keep is asked. A weekday in the week of a day of the month is that weekday of the week
holding it; a weekday set beside a date checks the date; "the long weekend" is asked. Names: a
stylist named only by the caller's own past visit is asked, never unknown; a trait said before a
name, or a relative's stylist named, is that stylist. Services: the relative a service is for is
whom, not what; a group all wanting one service is that service, still booked one by one (W46).
Beside each rule, the nearest phrases that must stay as they were."""

from __future__ import annotations

import inspect
from datetime import datetime
from functools import partial
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.corpus.runner import describe
from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON
from tools.asked import understand
from tools.availability import check_availability
from tools.catalog_match import resolve_service, resolve_stylist
from tools.dates import check_request
from tools.status import ToolStatus

# Tuesday 28 June 2067, 10:00 (open Tue-Fri 9-18, Thursday to 20:00, Saturday 9-14): Thursday
# the 30th, Friday 1 July, Saturday the 2nd; Tuesday 5 July; Tuesday the 12th's week runs from
# Monday the 11th to Sunday the 17th.
TUESDAY = datetime(2067, 6, 28, 10, 0, tzinfo=BERLIN)


def said(words: str, minutes: int = 30, language: str = "de") -> str:
    """The checker's answer as the corpus runner describes it."""
    return describe(check_request(SALON, TUESDAY, words, None, None, minutes, language))


english = partial(said, language="en")


def asked(words: str, minutes: int = 30, language: str = "de") -> bool:
    return check_request(SALON, TUESDAY, words, None, None, minutes, language).status in QUESTIONS


# -- a time to leave by or be done by is the end of the service, never its start ------------------


@pytest.mark.parametrize(
    ("words", "minutes", "expected"),
    [
        ("Donnerstag Punkt eins muss ich weg", 90, "2067-06-30 09:00-11:30"),
        ("Donnerstag, um Punkt eins muss ich wieder weg", 60, "2067-06-30 09:00-12:00"),
        ("Freitag, so dass ich vor fünf raus bin", 120, "2067-07-01 09:00-15:00"),
        ("Freitag damit ich um zwölf fertig bin", 60, "2067-07-01 09:00-11:00"),
        ("Freitag, ich muss vor drei weg", 90, "2067-07-01 09:00-13:30"),
    ],
)
def test_a_time_to_leave_by_is_when_the_service_must_be_done(words, minutes, expected):
    assert said(words, minutes) == expected


@pytest.mark.parametrize(
    ("words", "minutes", "expected"),
    [
        # Saturday closes at 14:00: the last start that ends by closing, never one at 14:00
        ("Saturday I've got to leave by half four at the latest", 90, "2067-07-02 09:00-12:30"),
        ("Samstag, ich muss um vier fertig sein", 120, "2067-07-02 09:00-12:00"),
    ],
)
def test_an_end_after_closing_leaves_the_starts_that_end_by_closing(words, minutes, expected):
    language = "en" if words.startswith("Saturday") else "de"
    assert said(words, minutes, language) == expected


def test_a_start_beside_an_end_it_cannot_keep_is_asked_and_one_it_keeps_stands():
    assert asked("Freitag um elf aber ich muss um zwölf fertig sein", 90)
    assert asked("Friday at eleven but I have to be done by noon", 120, "en")
    answer = check_request(
        SALON, TUESDAY, "Freitag um elf, aber um zwölf muss ich fertig sein", None, None, 90
    )
    assert "12" in answer.message and "12:30" in answer.message  # when it would end, and by when
    assert said("Freitag um elf aber ich muss um zwölf fertig sein", 60) == "2067-07-01 11:00"
    assert said("Freitag um zehn, ich muss um zwölf weg", 90) == "2067-07-01 10:00"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Donnerstag um eins", "2067-06-30 13:00"),
        ("Donnerstag Punkt eins", "2067-06-30 13:00"),
        ("Donnerstag Punkt eins bin ich da", "2067-06-30 13:00"),
        ("Donnerstag bis fünf", "2067-06-30 09:00-16:59"),  # no leaving said: the window (W1)
        ("Donnerstag vor fünf", "2067-06-30 09:00-16:59"),
        ("Donnerstag gegen zehn, ich muss um zwölf weg", "2067-06-30 09:30-10:30"),
    ],
)
def test_a_start_or_a_window_without_leaving_stays_as_it_was(words, expected):
    assert said(words, 90) == expected


# -- a weekday in the week of a day of the month ---------------------------------------------------


@pytest.mark.parametrize(
    ("words", "language", "expected"),
    [
        ("in der Woche vom 12. am Donnerstag", "de", "2067-07-14"),
        ("Donnerstag in der Woche vom 12.", "de", "2067-07-14"),
        ("in der Woche vom 12. Juli am Donnerstag um drei", "de", "2067-07-14 15:00"),
        ("the week of the 12th, on the Thursday", "en", "2067-07-14"),
        ("the Thursday in the week of the 12th", "en", "2067-07-14"),
        # the 3rd is a Sunday: its week began on Monday the 27th, so its Wednesday is tomorrow
        ("in der Woche vom 3. am Mittwoch", "de", "2067-06-29"),
    ],
)
def test_a_weekday_in_the_week_of_a_day_of_the_month_is_that_weekday_of_its_week(
    words, language, expected
):
    assert said(words, language=language) == expected


def test_the_week_of_a_day_without_a_weekday_is_still_asked():
    assert asked("in der Woche vom 12.")
    assert asked("the week of the 12th", language="en")


# -- a weekday set beside a date checks it ---------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "language", "expected"),
    [
        ("on the 5th, a Tuesday, yeah?", "en", "2067-07-05"),
        ("on the fifth, a Tuesday", "en", "2067-07-05"),
        ("am 5., ein Dienstag, oder?", "de", "2067-07-05"),
        ("am Fünften, einem Dienstag", "de", "2067-07-05"),
        ("on the 5th, a Wednesday, yeah?", "en", "mismatch"),
    ],
)
def test_a_weekday_beside_a_date_checks_the_date(words, language, expected):
    assert said(words, language=language) == expected


def test_a_long_weekend_is_asked_and_a_weekday_named_with_it_is_that_day():
    assert asked("am langen Wochenende")
    assert asked("übers verlängerte Wochenende")
    assert asked("over the long weekend", language="en")
    assert said("am langen Wochenende, am Samstag") == "2067-07-02"
    assert said("am Wochenende") == "2067-07-02"  # the plain weekend stays its open day


# -- stylists named by a past visit, a trait or a relative -----------------------------------------


def _stylist(words: str, service: str) -> str:
    match = resolve_stylist(CATALOG, words, service, SALON)
    return f"{match.status} {match.stylist.name if match.stylist else ''}".strip()


@pytest.mark.parametrize(
    ("words", "service"),
    [
        ("wie im Frühling", "damenhaarschnitt"),
        ("genau wie an Ostern", "damenhaarschnitt"),
        ("bei dem ich im Januar war", "herrenhaarschnitt"),
        ("zu der wir immer gehen", "damenhaarschnitt"),
        ("die hat mir letztes Jahr die Strähnchen so toll gemacht", "straehnchen"),
    ],
)
def test_a_stylist_named_only_by_a_past_visit_is_asked(words, service):
    assert _stylist(words, service) == "ambiguous_stylist"


@pytest.mark.parametrize(
    ("words", "service", "expected"),
    [
        ("wie im Frühling bei der Sophie", "damenhaarschnitt", "ok Sophie Brandt"),
        ("der Kleine, ich glaub der hieß Mehmet", "herrenhaarschnitt", "ok Mehmet Yılmaz"),
        ("the tall one, Fabian", "herrenhaarschnitt", "ok Fabian Spitzer"),
        ("my son always sees Fabian", "herrenhaarschnitt", "ok Fabian Spitzer"),
        ("same as my son", "herrenhaarschnitt", "ambiguous_stylist"),
        ("der Große", "herrenhaarschnitt", "ambiguous_stylist"),
    ],
)
def test_a_name_said_beside_a_trait_or_a_relatives_visit_wins(words, service, expected):
    assert _stylist(words, service) == expected


# -- whom a service is for, and a group that all want one ------------------------------------------


@pytest.mark.parametrize(
    ("words", "slug"),
    [
        ("meinem Vater den Bart trimmen", "bartpflege"),
        ("für meinen Mann den Bart stutzen", "bartpflege"),
        ("meinem Vater die Haare schneiden", "herrenhaarschnitt"),
    ],
)
def test_the_relative_a_service_is_for_is_whom_not_what(words, slug):
    match = resolve_service(CATALOG, words, SALON)
    assert (match.status, match.service.slug) == ("ok", slug)


def test_a_group_that_all_want_one_service_is_that_service_still_booked_one_by_one():
    for words in ("mein Mann und ich, beide färben", "my husband and I both want a colour"):
        match = resolve_service(CATALOG, words, SALON)
        assert (match.status, match.service.slug, match.several_people) == ("ok", "faerben", True)
    session = SimpleNamespace(catalog=CATALOG, deps=SimpleNamespace(salon=SALON), language="de")
    result = understand(
        session,
        service="mein Mann und ich, beide färben",
        date_text="morgen",
        stylist=None,
        time_text=None,
        weekday=None,
    )
    assert result["status"] == ToolStatus.AMBIGUOUS_SERVICE and result["several_people"]
    assert result["candidates"] == ["Färben"]
    # two people without "both" stay asked as before (round 10)
    assert resolve_service(CATALOG, "für mich und meinen Mann", SALON).several_people
    assert resolve_service(CATALOG, "Vater und Sohn, Haare schneiden", SALON).status != "ok"


# -- the schema and both prompts name these forms as the resolver reads them -----------------------

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"
SCHEMA = inspect.getdoc(check_availability) or ""
GERMAN = (PROMPTS / "system_de.md").read_text(encoding="utf-8")
ENGLISH = (PROMPTS / "system_en.md").read_text(encoding="utf-8")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("words", "language", "texts", "minutes", "expected"),
    [
        ("Mittwoch, Punkt eins muss ich weg", "de", "schema de", 90, "2067-06-29 09:00-11:30"),
        (
            "Mittwoch, so dass ich vor fünf raus bin",
            "de",
            "schema de",
            90,
            "2067-06-29 09:00-15:30",
        ),
        (
            "Saturday, I've got to leave by half four at the latest",
            "en",
            "en",
            90,
            "2067-07-02 09:00-12:30",
        ),
        (
            "Saturday, I have got to leave by half four at the latest",
            "en",
            "schema",
            90,
            "2067-07-02 09:00-12:30",
        ),
        ("Freitag um elf, aber ich muss um zwölf fertig sein", "de", "schema", 90, "asked"),
        ("Tuesday at eleven, but I have to be done by noon", "en", "en", 90, "asked"),
        ("in der Woche vom 5. am Donnerstag", "de", "schema de", 30, "2067-07-07"),
        ("the week of the 5th, on the Thursday", "en", "schema en", 30, "2067-07-07"),
        ("on the 5th, a Wednesday, yeah?", "en", "schema en", 30, "mismatch"),
        ("am 5., ein Mittwoch, oder?", "de", "de", 30, "mismatch"),
        ("am langen Wochenende", "de", "schema de", 30, "asked"),
        ("over the long weekend", "en", "en", 30, "asked"),
    ],
)
def test_the_schema_and_both_prompts_give_these_forms_as_the_resolver_reads_them(
    words, language, texts, minutes, expected
):
    where = {"schema": SCHEMA, "de": GERMAN, "en": ENGLISH}
    for text in texts.split():
        assert words in _flat(where[text]), (words, text)
    if expected == "asked":
        assert asked(words, minutes, language)
    else:
        assert said(words, minutes, language) == expected
