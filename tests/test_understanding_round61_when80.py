"""The rules blind round 61's misses led to (helper when80), in words of neither the round nor its
probe. Names: a title of the other sex before a stylist's nickname ("Frau Memo") is asked, as before
a first name or surname; the classic cuts by name are the women's or men's cut; "the one who is free
right now" is no preference. Days: the next free slot said by a clause without a noun; "als Erstes"
after a stretch of days is its first open day at opening; "nach dem Wochenende" and "nach den
Feiertagen" (right after: the first open day); the regional quarter clock after a day word; a
feast's short name; the nth weekday of the year; the opening answers a "bevor" clause; "am
Feiertag" on a holiday of another state is today; weeks counted from a last visit given with its
date; the same weekday after a count of weeks. Beside each rule, the nearest phrases that must stay
as they were."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.corpus.runner import describe
from tests.understanding_support import BERLIN, CATALOG, SALON, stylist_status
from tools.catalog_match import is_no_preference, resolve_service
from tools.dates import check_request

# Wednesday 26 October 2067, 10:00 (open Tue-Fri 9-18, Thursday to 20:00, Saturday 9-14): Thursday
# the 27th, Friday the 28th, Saturday the 29th; Sunday the 30th and Monday the 31st closed;
# Tuesday 1 November (Allerheiligen, no Berlin holiday) the first open day after the weekend.
WEDNESDAY = datetime(2067, 10, 26, 10, 0, tzinfo=BERLIN)
# Wednesday 16 November 2067, 12:00: Buß- und Bettag, a holiday in Saxony only (open in Berlin).
PENANCE_DAY = datetime(2067, 11, 16, 12, 0, tzinfo=BERLIN)
# Monday 19 December 2067, 10:00 (closed): Christmas Sunday 25 - Monday 26, Tuesday the 27th open;
# Saturday the 31st Silvester, closed by the salon file.
DECEMBER = datetime(2067, 12, 19, 10, 0, tzinfo=BERLIN)


def said(words: str, language: str = "de", now: datetime = WEDNESDAY) -> str:
    """The checker's answer for a 30-minute service, as the corpus runner describes it."""
    return describe(check_request(SALON, now, words, None, None, 30, language))


def service(words: str) -> str:
    match = resolve_service(CATALOG, words, SALON)
    return f"{match.status} {match.service.slug if match.service else ''}".strip()


# -- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("words", ["Frau Memo bitte", "bei Mrs Memo", "Frau Fabi"])
def test_a_title_of_the_other_sex_before_a_nickname_is_asked(words: str) -> None:
    assert stylist_status(words, "herrenhaarschnitt") == "ambiguous_stylist"


@pytest.mark.parametrize(
    ("words", "expected"),
    [("bei Herrn Memo", "ok Mehmet Yılmaz"), ("Herr Fabi, bitte", "ok Fabian Spitzer")],
)
def test_the_fitting_title_before_a_nickname_stays_the_stylist(words: str, expected: str) -> None:
    assert stylist_status(words, "herrenhaarschnitt") == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("ich hätte gern einen Bubikopf", "ok damenhaarschnitt"),
        ("so einen Pagenkopf", "ok damenhaarschnitt"),
        ("einen klassischen Bürstenschnitt", "ok herrenhaarschnitt"),
        ("Igelschnitt, ganz kurz", "ok herrenhaarschnitt"),
    ],
)
def test_classic_cut_names_are_the_womens_or_mens_cut(words: str, expected: str) -> None:
    assert service(words) == expected


@pytest.mark.parametrize("words", ["den Kopf", "eine Haarbürste"])
def test_the_words_inside_a_classic_cut_name_name_no_service(words: str) -> None:
    assert not service(words).startswith("ok")


@pytest.mark.parametrize(
    "words", ["die, die grad frei ist", "den, der jetzt Zeit hat", "the one who is free now"]
)
def test_the_one_free_right_now_is_no_preference(words: str) -> None:
    assert is_no_preference(words, CATALOG, "damenhaarschnitt", SALON)


def test_a_name_with_free_right_now_stays_the_name() -> None:
    assert not is_no_preference(
        "die Lena, falls die gerade frei ist", CATALOG, "damenhaarschnitt", SALON
    )


# -- days ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "language"),
    [
        ("nehm ich das Nächste, was offen ist", "de"),
        ("whatever's available first", "en"),
    ],
)
def test_the_next_free_slot_by_a_clause_is_the_earliest(words: str, language: str) -> None:
    assert said(words, language) == "earliest 2067-10-26"


def test_the_next_time_alone_is_no_slot() -> None:
    assert said("das nächste Mal").startswith("ask")


@pytest.mark.parametrize(
    ("words", "language"),
    [
        ("nach dem Wochenende, ganz als Erstes", "de"),
        ("after the weekend, first thing", "en"),
    ],
)
def test_first_thing_after_a_stretch_is_its_first_open_day(words: str, language: str) -> None:
    assert said(words, language) in ("earliest 2067-11-01", "2067-11-01 09:00")


def test_right_after_the_weekend_is_its_first_open_day_and_after_it_is_offered() -> None:
    assert said("direkt nach dem Wochenende") == "2067-11-01"
    assert said("nach dem Wochenende").startswith("ask")


def test_the_quarter_clock_after_a_day_word_is_never_that_days_three() -> None:
    assert said("morgen dreiviertel fünf") == "2067-10-27 16:45"
    assert said("morgen drei") == "2067-10-27 15:00"


def test_a_feasts_short_name_is_the_feast() -> None:
    assert said("zur Reformation") == "closed 2067-10-31 Reformationstag"
    assert said("Altweiber") == "2068-03-01"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("den letzten Freitag im Jahr", "2067-12-30"),
        ("am ersten Mittwoch des Jahres", "2068-01-04"),
    ],
)
def test_the_nth_weekday_of_the_year(words: str, expected: str) -> None:
    assert said(words) == expected


def test_the_opening_answers_a_before_clause_and_a_part_of_the_day_does_not() -> None:
    assert said("Donnerstag gleich als Erstes, bevor ich ins Büro muss") == "2067-10-27 09:00"
    assert said("Donnerstag vormittags, bevor ich ins Büro muss").startswith("ask")


def test_the_holiday_said_on_another_states_holiday_is_today() -> None:
    assert said("noch heute, an dem Feiertag", now=PENANCE_DAY) == "2067-11-16"


def test_right_after_the_holidays_is_the_first_open_day_after_christmas() -> None:
    assert said("sofort nach den Feiertagen", now=DECEMBER) == "2067-12-27"
    assert said("nach den Feiertagen", now=DECEMBER).startswith("ask")


def test_weeks_counted_from_a_last_visit_given_with_its_date() -> None:
    assert said("zuletzt war ich am 28. September hier, jetzt wieder fünf Wochen danach") == (
        "2067-11-02"
    )
    assert said("der 28. September, fünf Wochen später").startswith("ask")  # no visit named


def test_the_same_weekday_after_a_count_of_weeks_is_todays() -> None:
    assert said("in fünf Wochen, selber Wochentag") == "2067-11-30"
    assert said("am gleichen Wochentag").startswith("ask")


def test_as_soon_as_possible_right_after_is_the_earliest_of_that_day() -> None:
    assert said("möglichst sofort nach den Feiertagen", now=DECEMBER) == "earliest 2067-12-27"
    assert said("möglichst direkt nach dem Wochenende") == "earliest 2067-11-01"
