"""Issue 11's leftovers after rounds 51-52 (helper when71), in words of neither the rounds nor the
probe. A stylist and a service said in one phrase, in either order, with a comma, a clipped
article ("für 'ne Dauerwelle") or a technique word ("Fade bei ...") name both: the stylist is
matched (or said not to offer it), never asked. A word right after a comma is never read as a
surname, and a service word is never a syllable of a name the recogniser split. A service
said with an alternative ruled out ("Strähnchen, keine komplette Farbe", "foils, not an
all-over colour") is the one kept, never the one ruled out. A surname the caller says they
forgot ("den Nachnamen weiß ich nicht") names nobody. A booked slot said in the phrase and
moved by weeks, a fortnight, several days or four hours and more is counted from itself as
W47's smaller moves are (a slot said with its date only where the weekday fits it; an hour the
salon reads on the dial, never eight), and an errand's time said before the caller ("um vier
muss ich ... holen") is never the start. Beside each rule, the nearest phrases that must stay
asked: a word that may be a surname, two sound-alikes who both offer the service, a cut for
whom unsaid, only what is not wanted, a move by "a few" or with no slot said."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.corpus.runner import describe
from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON, stylist_status
from tools.catalog_match import resolve_service
from tools.dates import check_request

# -- a stylist and a service in one phrase --------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "service", "expected"),
    [
        ("Mehmet für 'nen Herrenschnitt", "herrenhaarschnitt", "ok Mehmet Yılmaz"),
        ("die Sophie für ne Tönung", "faerben", "ok Sophie Brandt"),
        ("Sophie, Airtouch", "straehnchen", "ok Sophie Brandt"),
        ("Frau Hoffmann, Babylights bitte", "straehnchen", "ok Lena Hoffmann"),
        ("Skin Fade bei Fabian", "herrenhaarschnitt", "ok Fabian Spitzer"),
        ("Memo, Nassrasur", "bartpflege", "ok Mehmet Yılmaz"),
        ("Fabi, Dauerwelle", "dauerwelle", "ok Fabian Spitzer"),
        ("Lena, Perm", "dauerwelle", "ok Lena Hoffmann"),
    ],
)
def test_a_stylist_and_a_service_in_one_phrase_name_the_stylist(
    words: str, service: str, expected: str
) -> None:
    assert stylist_status(words, service) == expected


@pytest.mark.parametrize(
    ("words", "service", "expected"),
    [
        ("Sophie, Bartpflege", "bartpflege", "stylist_does_not_offer Sophie Brandt"),
        ("Mehmet für ne Dauerwelle", "dauerwelle", "stylist_does_not_offer Mehmet Yılmaz"),
        ("Fabian, Balayage", "straehnchen", "stylist_does_not_offer Fabian Spitzer"),
    ],
)
def test_a_stylist_named_with_a_service_they_do_not_offer_is_said_so(
    words: str, service: str, expected: str
) -> None:
    assert stylist_status(words, service) == expected


@pytest.mark.parametrize(
    ("words", "service"),
    [
        ("Fabian Schneider", "herrenhaarschnitt"),  # a surname nobody has: asked
        ("Lena, Kinderschnitt", "kinderhaarschnitt"),  # Lena and Lea both cut children's hair
        ("Lea oder Lena für 'nen Kinderschnitt", "kinderhaarschnitt"),
    ],
)
def test_a_name_that_may_be_someone_else_stays_asked(words: str, service: str) -> None:
    assert stylist_status(words, service).startswith("ambiguous_stylist")


@pytest.mark.parametrize(
    ("words", "slug"),
    [
        ("Mehmet für 'nen Herrenschnitt", "herrenhaarschnitt"),
        ("Sophie, Airtouch", "straehnchen"),
        ("Skin Fade bei Fabian", "herrenhaarschnitt"),
    ],
)
def test_the_same_phrases_name_the_service(words: str, slug: str) -> None:
    match = resolve_service(CATALOG, words, SALON)
    assert match.status == "ok"
    assert match.service is not None
    assert match.service.slug == slug


# -- a service with an alternative ruled out ------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "slug"),
    [
        ("Babylights, keine ganze Färbung", "straehnchen"),
        ("Foliensträhnen statt einer kompletten Farbe", "straehnchen"),
        ("lieber eine Tönung als neue Strähnchen", "faerben"),
        ("balayage, not a whole head of colour", "straehnchen"),
        ("foils rather than a full colour", "straehnchen"),
        ("highlights, no all-over colour", "straehnchen"),
    ],
)
def test_the_service_kept_is_matched_never_the_one_ruled_out(words: str, slug: str) -> None:
    match = resolve_service(CATALOG, words, SALON)
    assert match.status == "ok", match
    assert match.service is not None
    assert match.service.slug == slug


@pytest.mark.parametrize(
    "words", ["keine komplette Farbe", "not a full colour", "nicht ganz kurz schneiden"]
)
def test_only_what_is_ruled_out_or_a_cut_for_whom_unsaid_stays_asked(words: str) -> None:
    assert resolve_service(CATALOG, words, SALON).status != "ok"


# -- a surname the caller forgot ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("die Sophie, ihren Nachnamen hab ich vergessen", "ok Sophie Brandt"),
        ("Fabian, the surname I don't remember", "ok Fabian Spitzer"),
        ("Sophie irgendwas, die Blonde", "ok Sophie Brandt"),
    ],
)
def test_a_forgotten_surname_names_nobody(words: str, expected: str) -> None:
    assert stylist_status(words) == expected


def test_a_forgotten_surname_beside_a_sound_alike_stays_asked() -> None:
    assert stylist_status("Lena, den Nachnamen weiß ich nicht").startswith("ambiguous_stylist")


# -- a booked slot moved by more than three days or hours ------------------------------------------

# Wednesday 14 November 2063, 10:00 (open Tue-Fri 9-18, Thursday to 20:00, Saturday 9-14): Thursday
# the 15th, Friday the 16th, Saturday the 17th; Monday closed; 1 January 2064 a holiday.
WEDNESDAY = datetime(2063, 11, 14, 10, 0, tzinfo=BERLIN)


def said(words: str, language: str = "de") -> str:
    """The checker's answer for a 30-minute service, as the corpus runner describes it."""
    return describe(check_request(SALON, WEDNESDAY, words, None, None, 30, language))


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("statt Donnerstag um elf lieber drei Wochen später, gleiche Uhrzeit", "2063-12-06 11:00"),
        ("ich hab Samstag um zehn gebucht, geht das auch fünf Tage später?", "2063-11-22 10:00"),
        ("mein Termin ist Freitag um neun, bitte sieben Stunden später", "2063-11-16 16:00"),
        ("statt Freitag um vier lieber sechs Stunden früher", "2063-11-16 10:00"),
        (
            "meinen Termin am Freitag, den 16., um zehn bitte zwei Wochen nach hinten",
            "2063-11-30 10:00",
        ),
        ("statt Samstag, dem 17., um elf lieber sechs Wochen später", "2063-12-29 11:00"),
    ],
)
def test_a_booked_slot_moved_by_weeks_or_many_hours_is_counted_from_itself(
    words: str, expected: str
) -> None:
    assert said(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("my appointment is Thursday at 2, can we push it back a fortnight?", "2063-11-29 14:00"),
        (
            "I'm booked on Friday the 16th at 11, could we bring it forward by two days?",
            "2063-11-14 11:00",
        ),
        ("instead of Saturday at nine, five hours later", "outside 2063-11-17"),
    ],
)
def test_the_same_in_english(words: str, expected: str) -> None:
    assert said(words, "en") == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("statt Donnerstag um drei lieber fünf Stunden später", "outside 2063-11-15"),
        ("statt Dienstag um zehn lieber sechs Wochen später", "closed 2064-01-01"),
        ("statt Freitag um zehn lieber zwei Wochen früher", "past"),
    ],
)
def test_the_moved_slot_lands_outside_closed_or_past_where_it_is(words: str, expected: str) -> None:
    assert said(words).startswith(expected)


@pytest.mark.parametrize(
    "words",
    [
        "statt Freitag um zehn lieber ein paar Wochen später",  # how many unsaid
        "statt Donnerstag um elf lieber einige Stunden später",
        "zwei Wochen später, selbe Uhrzeit",  # no slot said (W40)
        "statt Freitag um acht lieber vier Stunden später",  # eight on the dial: no hour the salon has
        "statt Freitag um zehn lieber zehn Wochen später",  # further than a receptionist counts
    ],
)
def test_a_move_that_is_not_clear_stays_asked(words: str) -> None:
    assert check_request(SALON, WEDNESDAY, words, None, None, 30).status in QUESTIONS


def test_a_dated_slot_whose_weekday_does_not_fit_is_never_moved() -> None:
    # the 16th is a Friday: which day the booking is on is open
    answer = check_request(
        SALON, WEDNESDAY, "statt Donnerstag, den 16., um zehn eine Woche später", None, None, 30
    )
    assert answer.status in QUESTIONS


# -- an errand's time said before the caller ------------------------------------------------------


def test_an_errands_time_said_first_is_never_the_start() -> None:
    answer = check_request(
        SALON, WEDNESDAY, "Freitag, um vier muss ich meinen Sohn vom Training holen", None, None, 30
    )
    assert answer.status in QUESTIONS


def test_an_errands_time_said_first_then_the_wish_is_the_wish() -> None:
    # from four to the Thursday's close
    assert said("Donnerstag, um drei hol ich die Kinder, also ab vier").startswith(
        "2063-11-15 16:00-"
    )


# -- "nicht vor Mittag": a bound of noon, never the morning split in two ---------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Freitag, bloß nicht vor Mittag", "2063-11-16 12:00-"),
        ("Donnerstag, aber erst nach Mittag", "2063-11-15 12:00-"),
    ],
)
def test_not_before_noon_is_the_day_from_noon(words: str, expected: str) -> None:
    assert said(words).startswith(expected)


def test_a_split_morning_without_a_bound_word_stays_the_morning() -> None:
    assert said("Freitag Vor Mittag") == "2063-11-16 09:00-12:00"


def test_the_morning_excluded_stays_asked() -> None:
    # round 12: "nicht vormittags" leaves the afternoon and, on a long day, the evening
    answer = check_request(SALON, WEDNESDAY, "Donnerstag, aber nicht vormittags", None, None, 30)
    assert answer.status in QUESTIONS
