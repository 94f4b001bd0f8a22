"""The rules blind round 58's misses led to (helper when77), in words of neither the round nor its
probe. "The same time" beside a booked slot the caller moves to another day is that slot's clock,
never the clock of the call; with the slot's clock unsaid the day stands and the time is asked. A
booked slot said as a learner says it ("Termin Freitag zehn Uhr", "einen Termin" after the slot,
"möchte", "um eine halbe Stunde") is moved as W47 moves it. A learner's "in" before a weekday is
"am"; the dialect hour with -e ends a window too; the southern "auf d'Nacht" is the evening; a
written note read out ("Termin: Fr 10:00", "KW 10 Do") is its weekday. Names: a word of respect of
the caller's language beside a name is a title or address ("Pani", "Signora", "Bey", "abi",
"Usta"), checked against the stylist's title like "Frau" / "Herr"; indifference in the caller's
language is no preference; a stylist described only by a service and a season is asked, while a
name the salon does not know stays unknown. Beside each rule, the nearest phrases that must stay
as they were."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.corpus.runner import describe
from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON, stylist_status
from tools.catalog_match import is_no_preference
from tools.dates import check_request

# Wednesday 3 March 2083, 09:10 (open Tue-Fri 9-18, Thursday to 20:00, Saturday 9-14): Thursday the
# 4th, Friday the 5th, Saturday the 6th; Monday 8 March (Frauentag) closed; Tuesday the 9th -
# Saturday the 13th (calendar week 10); Tuesday the 16th - Saturday the 20th (week 11).
WEDNESDAY = datetime(2083, 3, 3, 9, 10, tzinfo=BERLIN)


def said(words: str, time_said: str | None = None, language: str = "de") -> str:
    """The checker's answer for a 30-minute service, as the corpus runner describes it."""
    return describe(check_request(SALON, WEDNESDAY, words, time_said, None, 30, language))


def asked(words: str, time_said: str | None = None) -> bool:
    return check_request(SALON, WEDNESDAY, words, time_said, None, 30).status in QUESTIONS


# -- "the same time" of a booked slot moved to another day ----------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("statt Freitag um zwei lieber Donnerstag zur gleichen Zeit", "2083-03-04 14:00"),
        ("anstatt Donnerstag um elf lieber Samstag zur selben Uhrzeit", "2083-03-06 11:00"),
        ("statt Samstag um zehn lieber zur gleichen Zeit am Freitag", "2083-03-05 10:00"),
        ("instead of Friday at three, Thursday same time", "2083-03-04 15:00"),
    ],
)
def test_the_same_time_beside_a_booked_slot_is_that_slots_clock(words: str, expected: str) -> None:
    assert said(words, language="en" if words.startswith("instead") else "de") == expected


@pytest.mark.parametrize(
    "words",
    [
        "statt Freitag lieber Donnerstag zur gleichen Zeit",
        "den Termin bitte auf Freitag zur selben Uhrzeit verschieben",
    ],
)
def test_the_same_time_of_a_booking_whose_clock_is_unsaid_is_asked(words: str) -> None:
    check = check_request(SALON, WEDNESDAY, words, None, None, 30)
    assert check.status == "invalid_time"  # the day stands, the time asked
    assert check.day is not None


def test_the_same_time_with_no_slot_said_stays_the_clock_of_the_call() -> None:
    assert said("morgen zur gleichen Zeit") == "2083-03-04 09:15"  # the next start after 09:10
    assert said("Freitag um dieselbe Uhrzeit wie jetzt") == "2083-03-05 09:15"


# -- a booked slot moved by a length, in a learner's words (W47) ----------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("ich habe Termin Freitag elf Uhr, möchte eine halbe Stunde später", "2083-03-05 11:30"),
        ("den Termin Donnerstag fünf Uhr bitte um zwei Stunden nach hinten", "2083-03-04 19:00"),
        ("Termin Samstag zwölf Uhr, bitte ein Tag früher", "2083-03-05 12:00"),
        (
            "ich hab Donnerstag um drei einen Termin, geht das eine Stunde früher?",
            "2083-03-04 14:00",
        ),
        ("den Termin am Freitag um zehn um eine Viertelstunde vorziehen", "2083-03-05 09:45"),
    ],
)
def test_a_booked_slot_said_as_a_learner_says_it_is_moved_from_that_slot(
    words: str, expected: str
) -> None:
    assert said(words) == expected


@pytest.mark.parametrize(
    "words",
    [
        "möchte eine halbe Stunde später",  # no slot said (W40)
        "Freitag elf Uhr oder vielleicht eine Stunde später",  # hedged
    ],
)
def test_a_move_without_its_slot_or_hedged_stays_asked(words: str) -> None:
    assert asked(words)


# -- learners', regional and written forms ----------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("nächste Woche in Donnerstag", "2083-03-11"),
        ("in Freitag um halb elf", "2083-03-05 10:30"),
        ("Freitag zwischen elf und zwölfe", "2083-03-05 11:00-12:00"),
        ("Samstag zwischen zehne und elfe", "2083-03-06 10:00-11:00"),
        ("Donnerstag auf d'Nacht", "2083-03-04 17:00-20:00"),
        ("Termin: Fr 10:00", "2083-03-05 10:00"),
        ("Datum: Do 16 Uhr", "2083-03-04 16:00"),
        ("KW 10 Do", "2083-03-11"),
        ("KW11, Sa", "2083-03-20"),
    ],
)
def test_learners_regional_and_written_forms_are_the_day_and_time_they_say(
    words: str, expected: str
) -> None:
    assert said(words) == expected


def test_the_nearest_forms_stay_as_they_were() -> None:
    assert said("in drei Tagen") == "2083-03-06"  # "in" before a count: a span
    assert said("am zehnten März") == "2083-03-10"  # "zehnten" stays the ordinal
    assert asked("KW 10")  # a calendar week alone (round 58's judgement (g))
    assert asked("Donnerstag nach der Nacht")  # no evening word


# -- names ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "service", "expected"),
    [
        ("Fabian Bey", "herrenhaarschnitt", "ok Fabian Spitzer"),
        ("bei Mehmet hoca", "bartpflege", "ok Mehmet Yılmaz"),
        ("Signor Spitzer", "herrenhaarschnitt", "ok Fabian Spitzer"),
        ("Pani Hoffmann", "straehnchen", "ok Lena Hoffmann"),
        ("Sophie abla", "damenhaarschnitt", "ok Sophie Brandt"),
        ("Señora Brandt", "damenhaarschnitt", "ok Sophie Brandt"),
    ],
)
def test_a_word_of_respect_of_the_callers_language_is_no_part_of_the_name(
    words: str, service: str, expected: str
) -> None:
    assert stylist_status(words, service) == expected


@pytest.mark.parametrize(
    ("words", "service"),
    [
        ("Spitzer Hanım", "herrenhaarschnitt"),  # a woman's word for the one Spitzer, a man
        ("Signor Brandt", "damenhaarschnitt"),  # a man's title for the one Brandt, a woman
    ],
)
def test_a_word_of_respect_that_contradicts_the_stylist_is_asked(words: str, service: str) -> None:
    assert stylist_status(words, service) == "ambiguous_stylist"


@pytest.mark.parametrize(
    "words", ["hiç fark etmez", "obojętnie", "vse ravno", "fa lo stesso", "da igual", "peu importe"]
)
def test_indifference_in_the_callers_language_is_no_preference(words: str) -> None:
    assert is_no_preference(words, CATALOG, "damenhaarschnitt", SALON)


def test_a_name_beside_indifference_in_the_callers_language_is_not_open() -> None:
    assert not is_no_preference("Sophie, fark etmez saat", CATALOG, "damenhaarschnitt", SALON)


@pytest.mark.parametrize(
    "words", ["die von der Dauerwelle im Winter", "der vom Bart letzten Sommer"]
)
def test_a_stylist_described_by_a_service_and_a_season_is_asked(words: str) -> None:
    assert stylist_status(words, "herrenhaarschnitt") == "ambiguous_stylist"


@pytest.mark.parametrize("words", ["Vanessa", "bei der Jacqueline, bitte"])
def test_a_name_the_salon_does_not_know_stays_unknown(words: str) -> None:
    assert stylist_status(words) == "unknown_stylist"
