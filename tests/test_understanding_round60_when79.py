"""The rules blind round 60's misses led to (helper when79), in words of neither the round nor its
probe. A clock in three or four digits after a date said without its year ("16.12. 1530") is that
day's clock, never the year 1530 (the worst miss: six confident "past" answers); four digits stay
the year only when they can be a booking's year. A weekday corrected after a pause keeps the week
named before it; a correction that says the day again with its date replaces the day, and a date
alone replaces the date; the reason said after the correction word ("das ist zu früh", "um drei
hab ich was") is no time. The month said as its number after "im" ("der 3. im 12."); Holy Week
by its name, the feasts' holidays by their plural, the week between the years; pay said as a
clause with its date; an English slash date before "11am"; an errand before "around noon".
Names: a person described by two words before the look is asked; an effect gone and wished back
is the service. Beside each rule, the nearest phrases that must stay as they were."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.corpus.runner import describe
from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON, stylist_status
from tools.catalog_match import resolve_service
from tools.dates import check_request

# Tuesday 4 April 2090, 10:30 (open Tue-Fri 9-18, Thursday to 20:00, Saturday 9-14): Thursday the
# 6th, Friday the 7th, Saturday the 8th; Holy Week Monday 10 - Saturday 15 (Karfreitag the 14th
# closed), Easter Sunday the 16th, Ostermontag the 17th (closed), Tuesday the 18th open.
TUESDAY = datetime(2090, 4, 4, 10, 30, tzinfo=BERLIN)
# Tuesday 5 December 2090, 10:30: Christmas Monday 25 - Tuesday 26 (closed), Friday the 29th.
DECEMBER = datetime(2090, 12, 5, 10, 30, tzinfo=BERLIN)


def said(words: str, language: str = "de", now: datetime = TUESDAY) -> str:
    """The checker's answer for a 30-minute service, as the corpus runner describes it."""
    return describe(check_request(SALON, now, words, None, None, 30, language))


def asked(words: str) -> bool:
    return check_request(SALON, TUESDAY, words, None, None, 30).status in QUESTIONS


# -- a clock in digits after a date with no year ------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("6.4. 1545", "2090-04-06 15:45"),
        ("am 7.04., 0915", "2090-04-07 09:15"),  # the leading zero is no phone number either
        ("8.4. 1130", "2090-04-08 11:30"),
        ("11.4., 1400", "2090-04-11 14:00"),
        ("12. April 1615", "2090-04-12 16:15"),
        ("7.4. 945", "2090-04-07 09:45"),
    ],
)
def test_digits_after_a_date_without_its_year_are_the_clock(words: str, expected: str) -> None:
    assert said(words) == expected


def test_a_year_a_booking_can_have_stays_the_year() -> None:
    assert said("5.12.2090") == "2090-12-05"
    assert said("am 5.12. 2090") == "2090-12-05"
    assert said("6.4.2089") == "past"  # last year's: gone, never 20:89
    assert said("11.4.1400") == "past"  # glued to the date: the year as written (round 44)
    assert asked("6.4.2091")  # next year's: more than a year ahead


# -- corrections ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("nächste Woche, äh, Freitag, nee, Mittwoch", "2090-04-12"),
        ("Mittwoch, nee Moment, Donnerstag, der 6.", "2090-04-06"),
        ("Samstag, den 8., nee, doch eher den 15.", "2090-04-15"),
        ("Freitag um zehn, nee, das wäre zu früh, um halb zwölf", "2090-04-07 11:30"),
        ("Donnerstag um drei, ach nein, um drei hab ich einen Termin, um fünf", "2090-04-06 17:00"),
    ],
)
def test_a_correction_replaces_what_it_names_and_keeps_the_rest(words: str, expected: str) -> None:
    assert said(words) == expected


def test_a_correction_left_open_or_against_its_weekday_is_asked() -> None:
    assert asked("Freitag um zehn, nee, das ist zu spät")  # taken back, nothing instead
    assert said("Samstag, den 8., nee, den 14.") == "mismatch"  # the 14th is a Friday


# -- the month by its number, named weeks, pay, English ----------------------------------------


def test_the_month_said_as_its_number_after_im_is_that_month() -> None:
    assert said("der 20. im 4.") == "2090-04-20"
    assert said("den neunten im fünften") == "2090-05-09"
    assert asked("der 20. im 14.")  # no 14th month


def test_named_weeks_and_the_feasts_holidays_are_read() -> None:
    assert said("Dienstag in der Karwoche") == "2090-04-11"
    assert said("unmittelbar nach den Osterfeiertagen") == "2090-04-18"
    assert said("die Woche zwischen Weihnachten und Neujahr, am Freitag", now=DECEMBER) == (
        "2090-12-29"
    )


def test_pay_said_as_a_clause_with_its_date_is_that_date() -> None:
    assert said("wenn der Lohn da ist, also am Fünfzehnten") == "2090-04-15"
    assert asked("wenn der Lohn da ist")  # which day that is only the caller knows


def test_an_english_slash_date_and_an_errand_before_noon() -> None:
    assert said("20/4, 11am", "en") == "2090-04-20 11:00"
    assert said("after the gym, around noon, on Thursday", "en") == "2090-04-06 11:30-12:30"


# -- names ----------------------------------------------------------------------------------------


def test_a_person_described_by_two_words_and_a_look_is_asked() -> None:
    assert stylist_status("die ältere Frau mit dem Pferdeschwanz") == "ambiguous_stylist"


def test_an_effect_gone_and_wished_back_is_the_service() -> None:
    match = resolve_service(CATALOG, "die Wellen sind rausgewachsen, ich hätte gern neue", SALON)
    assert match.status == "ok" and match.service.slug == "dauerwelle"
    assert resolve_service(CATALOG, "die Wellen sollen raus", SALON).status != "ok"
