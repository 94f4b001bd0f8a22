"""The rules blind round 52's misses led to (helper when70), in words of neither the round nor its
labels. A booked slot the caller names in the same phrase and moves relative to itself ("anstatt
Mittwoch um elf lieber drei Tage später", "meinen Donnerstagstermin um vier ... eine Viertelstunde
später", "my appointment is Friday at ten, could we do half an hour earlier?") is counted from that
slot: days and weeks keep its time, hours and quarter or half hours keep its day, "vorziehen" is
earlier and "nach hinten" later, landing closed, outside or past where the moved slot is (W47).
Beside each rule, the nearest phrases that must stay as they were: a move with no slot said is
asked, two appointments stay two (W12), a hedged move stays asked (W40). Words a speech
recogniser ran together ("nächstewoche", "nächste nWoche", "next weekThursday", "Freitagum elf")
are parted again, and "zur Not" is "if need be", never the English "not". Names: a service named only by someone else's ("dasselbe wie meine Frau") is
asked, never that person's sex's cut."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.corpus.runner import describe
from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON
from tools.catalog_match import resolve_service
from tools.dates import check_request

# Tuesday 9 October 2068, 10:00 (open Tue-Fri 9-18, Thursday to 20:00, Saturday 9-14): Wednesday
# the 10th, Thursday the 11th, Friday the 12th, Saturday the 13th; Monday the 15th is closed.
TUESDAY = datetime(2068, 10, 9, 10, 0, tzinfo=BERLIN)


def said(words: str, language: str = "de") -> str:
    """The checker's answer for a 30-minute service, as the corpus runner describes it."""
    return describe(check_request(SALON, TUESDAY, words, None, None, 30, language))


english = partial(said, language="en")


def asked(words: str, language: str = "de") -> bool:
    return check_request(SALON, TUESDAY, words, None, None, 30, language).status in QUESTIONS


# -- a booked slot said in the phrase, moved relative to itself ----------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("anstatt Mittwoch um elf lieber drei Tage später, gleiche Zeit", "2068-10-13 11:00"),
        (
            "ich habe Freitag um zehn gebucht, ginge das eine halbe Stunde früher?",
            "2068-10-12 09:30",
        ),
        (
            "meinen Donnerstagstermin um vier würde ich gern eine Viertelstunde später haben",
            "2068-10-11 16:15",
        ),
        (
            "mein Termin ist Mittwoch um zwei, können wir den einen Tag nach hinten schieben?",
            "2068-10-11 14:00",
        ),
        ("statt Freitag um elf lieber den Tag danach, selbe Uhrzeit", "2068-10-13 11:00"),
    ],
)
def test_a_booked_slot_said_in_the_phrase_is_moved_from_itself(words: str, expected: str) -> None:
    assert said(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("instead of Wednesday at eleven, could it be three days later?", "2068-10-13 11:00"),
        ("my appointment is Friday at ten, could we do half an hour earlier?", "2068-10-12 09:30"),
        ("I have Wednesday at two, can I move it to the day after?", "2068-10-11 14:00"),
    ],
)
def test_the_same_in_english(words: str, expected: str) -> None:
    assert english(words) == expected


def test_vorziehen_moves_the_slot_earlier_never_later() -> None:
    assert (
        said("mein Termin ist Freitag um elf, könnten wir den einen Tag vorziehen?")
        == "2068-10-11 11:00"
    )


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("statt Samstag um elf lieber zwei Tage später", "closed 2068-10-15"),  # the Monday
        (
            "ich hab Freitag um fünf, geht das auch zwei Stunden später?",
            "outside 2068-10-12",
        ),  # 19:00
        (
            "ich hab Mittwoch um neun, geht das auch eine Stunde früher?",
            "outside 2068-10-10",
        ),  # 08:00
        ("mein Termin ist Donnerstag um zwei, könnten wir ihn eine Woche vorziehen?", "past"),
    ],
)
def test_the_moved_slot_lands_closed_outside_or_past_where_it_is(words: str, expected: str) -> None:
    assert said(words) == expected


def test_a_week_before_in_english_is_gone_when_it_is() -> None:
    assert english("I'm booked Thursday at four, same time the week before?") == "past"


# -- what must stay --------------------------------------------------------------------------------


@pytest.mark.parametrize("words", ["eine Stunde später", "geht das auch eine Stunde später?"])
def test_a_move_without_the_slot_said_stays_asked(words: str) -> None:
    assert asked(words)


def test_a_move_without_the_slot_said_stays_asked_in_english() -> None:
    assert asked("could we do an hour earlier?", language="en")


def test_two_appointments_stay_two() -> None:
    assert said("Freitag um zehn und meine Tochter eine Stunde später") == "asktime: 10:00 | 11:00"


def test_a_hedged_move_stays_asked() -> None:
    assert asked("Freitag um zehn, oder vielleicht eine Stunde später")


# -- words a speech recogniser ran together ------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("nächstewoche Mittwoch um zehn", "2068-10-17 10:00"),
        ("nächste nWoche Freitag", "2068-10-19"),
        ("kommende nWoche Donnerstag", "2068-10-18"),
        ("Freitagum elf", "2068-10-12 11:00"),
        ("nächste Woche Mittwoch", "2068-10-17"),  # as said, unchanged
    ],
)
def test_glued_week_and_weekday_words_are_parted(words: str, expected: str) -> None:
    assert said(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [("next weekThursday", "2068-10-18"), ("nextweek Wednesday", "2068-10-17")],
)
def test_glued_english_week_words_are_parted(words: str, expected: str) -> None:
    assert english(words) == expected


def test_zur_not_is_a_fallback_never_an_exclusion() -> None:
    """ "zur Not halb vier" is read as "notfalls": the window up to the fallback."""
    assert said("Freitag so um drei, zur Not halb vier") == "2068-10-12 15:00-15:30"


# -- a service named only by someone else's ---------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    ["dasselbe wie meine Frau letzte Woche", "das gleiche wie mein Mann", "the same as my wife"],
)
def test_a_service_named_only_by_someone_elses_is_asked(words: str) -> None:
    assert resolve_service(CATALOG, words, SALON).status == "ambiguous_service"


@pytest.mark.parametrize(
    ("words", "slug"),
    [
        ("dasselbe wie meine Frau, also Strähnchen", "straehnchen"),
        ("für meine Frau Strähnchen", "straehnchen"),
    ],
)
def test_a_service_said_beside_the_person_stays_that_service(words: str, slug: str) -> None:
    match = resolve_service(CATALOG, words, SALON)
    assert match.status == "ok"
    assert match.service is not None
    assert match.service.slug == slug
