"""The rules blind round 43's misses led to (helper when61), in words of neither the round nor its
probe. A clock time said as right after or before ("gleich nach zwölf") is a short window on that
side, never the rest of the day; finer parts of the day ("späterer Vormittag", "am mittleren
Nachmittag", "later in the morning") are their own windows; the day's last start said as "ganz
zum Schluss" is that start; a correction keeps the week it does not correct; "den Mittwoch
drauf" after a week named is the week after it; a weekday said on that weekday while a start
still serves is asked with both days. Names: a question for a recommendation is asked, never no
preference; a trim of the ends for a daughter of no age said is asked."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON, check, when, window
from tools.catalog_match import is_no_preference, resolve_service, resolve_stylist
from tools.dates import check_request

# Tuesday 7 September 2100, 09:30 (open 9-18); Thursday the 9th is open to 20:00
TUESDAY = datetime(2100, 9, 7, 9, 30, tzinfo=BERLIN)
on_tuesday = partial(when, now=TUESDAY)
# Wednesday 8 September 2100, 16:00 and Saturday 11 September 2100, 11:00 (open 9-14)
WEDNESDAY_AFTERNOON = datetime(2100, 9, 8, 16, 0, tzinfo=BERLIN)
SATURDAY_MORNING = datetime(2100, 9, 11, 11, 0, tzinfo=BERLIN)


def english(said: str, now: datetime = TUESDAY):
    return check_request(SALON, now, said, None, None, 30, "en")


# -- right after / before a clock time -----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Donnerstag direkt nach 14 Uhr", "2100-09-09 14:00-14:30"),
        ("Freitag unmittelbar nach elf", "2100-09-10 11:00-11:30"),
        ("Freitag gleich nach halb drei", "2100-09-10 14:30-15:00"),
        ("Freitag direkt vor 12", "2100-09-10 11:30-12:00"),
    ],
)
def test_right_after_or_before_a_clock_time_is_a_short_window_on_that_side(said, expected):
    assert on_tuesday(said) == expected


@pytest.mark.parametrize("said", ["Friday straight after 2", "Friday right after two pm"])
def test_right_after_a_clock_time_in_english_is_the_half_hour_after_it(said):
    assert window(english(said)) == "2100-09-10 14:00-14:30"


def test_after_a_clock_time_without_right_still_leaves_the_rest_of_the_day():
    assert on_tuesday("Freitag nach 14 Uhr") == "2100-09-10 14:00-18:00"


def test_right_at_a_clock_time_stays_that_time():
    assert on_tuesday("Freitag gleich um neun") == "2100-09-10 09:00"


# -- finer parts of the day ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Freitag im späteren Vormittag", "2100-09-10 10:00-12:00"),
        ("Freitag etwas später am Vormittag", "2100-09-10 10:00-12:00"),
        ("Freitag am späteren Nachmittag", "2100-09-10 15:00-18:00"),
        ("Freitag am früheren Nachmittag", "2100-09-10 12:00-15:00"),
        ("Freitag mittlerer Vormittag", "2100-09-10 10:00-11:30"),
        ("Freitag am mittleren Nachmittag", "2100-09-10 14:00-16:00"),
        # the plain parts stay as they were
        ("Freitag vormittags", "2100-09-10 09:00-12:00"),
        ("Freitag nachmittags", "2100-09-10 12:00-18:00"),
    ],
)
def test_a_part_of_the_day_narrowed_by_a_comparative_is_its_own_window(said, expected):
    assert on_tuesday(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Friday later in the morning", "2100-09-10 10:00-12:00"),
        ("Friday, the later part of the morning", "2100-09-10 10:00-12:00"),
        ("Friday later on in the afternoon", "2100-09-10 15:00-18:00"),
    ],
)
def test_later_in_a_part_of_the_day_in_english_is_its_late_window(said, expected):
    assert window(english(said)) == expected


# -- the day's last start ------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Donnerstag zum Schluss",
        "Donnerstag ganz am Ende",
        "am Donnerstag, aber ganz zuletzt",
        "Donnerstag den allerletzten Termin",
        "Donnerstag am Ende des Tages",
    ],
)
def test_the_very_end_of_a_day_is_its_last_start(said):
    assert on_tuesday(said) == "2100-09-09 19:30"


def test_the_last_one_of_the_day_in_english_is_the_last_start():
    answer = english("Thursday, the very last one of the day")
    assert (answer.status, f"{answer.start_local:%H:%M}") == ("ok", "19:30")


def test_close_of_business_is_the_days_last_hours():
    assert window(english("Thursday close of business")) == "2100-09-09 18:00-20:00"


@pytest.mark.parametrize(
    "said",
    [
        "Donnerstag, wie zuletzt",
        "am allerletzten Samstag im Oktober",
        "ganz am Ende des Monats",
        "ganz zum Schluss der Woche",
    ],
)
def test_last_time_and_the_end_of_a_longer_stretch_are_no_last_start(said):
    answer = check(said, now=TUESDAY)
    assert answer.start_local is None or answer.start_local.hour != 19


# -- a correction keeps what it does not correct ------------------------------------------


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("Dienstag nächste Woche, äh, nee, Freitag", date(2100, 9, 17)),
        ("übernächste Woche Donnerstag, ich meine Freitag", date(2100, 9, 24)),
        ("nächste Woche Mittwoch um drei, nein, Donnerstag", date(2100, 9, 16)),
    ],
)
def test_a_weekday_corrected_in_a_named_week_keeps_the_week(said, day):
    answer = check(said, now=TUESDAY)
    assert (answer.status, answer.day) == ("ok", day)


def test_a_weekday_corrected_in_the_week_after_next_in_english_keeps_the_week():
    answer = english("Thursday the week after next, sorry, Friday")
    assert (answer.status, answer.day) == ("ok", date(2100, 9, 24))


def test_a_correction_that_names_another_week_takes_that_week():
    answer = check("nächste Woche Mittwoch, nein, diese Woche Freitag", now=TUESDAY)
    assert (answer.status, answer.day) == ("ok", date(2100, 9, 10))


def test_a_bare_weekday_corrected_stays_the_coming_one():
    answer = check("Mittwoch, nein, Freitag", now=TUESDAY)
    assert (answer.status, answer.day) == ("ok", date(2100, 9, 10))


# -- "drauf": the week after a week named ------------------------------------------------


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("diese Woche geht nicht, den Freitag drauf", date(2100, 9, 17)),
        ("nächste Woche passt nicht, den Donnerstag darauf", date(2100, 9, 23)),
        ("nicht diese Woche, die Woche danach am Freitag", date(2100, 9, 17)),
    ],
)
def test_a_weekday_after_a_week_named_is_in_the_week_after_it(said, day):
    answer = check(said, now=TUESDAY)
    assert (answer.status, answer.day) == ("ok", day)


def test_the_weekday_after_a_week_named_in_english():
    answer = english("not this week, the Thursday after that")
    assert (answer.status, answer.day) == ("ok", date(2100, 9, 16))


def test_the_weekday_after_with_no_week_named_is_asked():
    assert check("den Freitag drauf", now=TUESDAY).status in QUESTIONS


def test_the_weekday_after_a_feast_is_no_week_after():
    answer = english("the Wednesday after Easter", now=datetime(2100, 3, 20, 10, tzinfo=BERLIN))
    assert answer.day == date(2100, 3, 31)


# -- a weekday said on that weekday --------------------------------------------------------


@pytest.mark.parametrize("said", ["Mittwoch gegen vier", "Mittwoch ungefähr um vier"])
def test_an_approximate_time_whose_hour_is_now_is_asked_with_both_days(said):
    answer = check(said, now=WEDNESDAY_AFTERNOON)
    assert answer.status == "ambiguous_date", answer


def test_an_approximate_time_gone_is_next_weeks():
    answer = check("Mittwoch gegen drei", now=WEDNESDAY_AFTERNOON)
    assert (answer.status, answer.day) == ("ok", date(2100, 9, 15))


def test_this_coming_weekday_said_on_it_while_open_is_asked_with_both_days():
    answer = english("this coming Saturday", now=SATURDAY_MORNING)
    assert answer.status == "ambiguous_date", answer


def test_this_coming_weekday_said_on_another_day_is_the_coming_one():
    answer = english("this coming Saturday")
    assert (answer.status, answer.day) == ("ok", date(2100, 9, 11))


# -- names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "weiß nicht, wer wäre da am besten?",
        "egal, wen würden Sie mir empfehlen?",
        "no idea, who's any good?",
        "I'm not fussed, who do you recommend?",
    ],
)
def test_a_question_for_a_recommendation_is_asked_never_no_preference(said):
    assert not is_no_preference(said, CATALOG, "herrenhaarschnitt", SALON)
    assert resolve_stylist(CATALOG, said, "herrenhaarschnitt", SALON).status == "ambiguous_stylist"


@pytest.mark.parametrize("said", ["egal, wen Sie mir empfehlen", "mir egal", "whoever's free"])
def test_the_choice_left_to_the_salon_stays_no_preference(said):
    assert is_no_preference(said, CATALOG, "herrenhaarschnitt", SALON)


@pytest.mark.parametrize(
    "said",
    [
        "meine Enkelin möchte die Spitzen geschnitten haben",
        "for my daughter, just the ends trimmed",
    ],
)
def test_a_trim_of_the_ends_for_a_daughter_of_no_age_is_asked_with_both_cuts(said):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ambiguous_service"
    assert {s.slug for s in match.candidates} == {"kinderhaarschnitt", "damenhaarschnitt"}


@pytest.mark.parametrize(
    "said",
    [
        "nur die Spitzen bei meinem Sohn",
        "für meine Tochter, die ist neun, Spitzen schneiden",
        "Haare schneiden für meine Tochter",
    ],
)
def test_a_son_an_age_or_a_plain_cut_stays_the_childs_cut(said):
    match = resolve_service(CATALOG, said, SALON)
    assert (match.status, match.service.slug) == ("ok", "kinderhaarschnitt")
