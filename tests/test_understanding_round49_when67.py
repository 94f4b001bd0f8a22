"""The rules blind round 49's misses led to (helper when67), in words of neither the round nor its
labels. A clock said on the caller's own clock in a place the caller names is that place's clock,
converted to the salon's on that day; several people in one wish are one wish with the people
taken out (one after the other: every start asked, at the same time: that time, no time: the
day); an unnamed bridge day is asked unless it is this week's (W44); the first open day after a
feast long gone is asked; a maker's colour line is colouring, care added to a colour asks the
colour, and a pet form of a stylist's nickname is that stylist. Beside each rule, the nearest
phrases that must stay as they were."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.corpus.runner import describe
from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON, check, stylist_status
from tools.catalog_match import resolve_service
from tools.dates import check_request

# Wednesday 9 March 2061, 10:00 (open Tue-Fri 9-18, Thursday to 20:00, Saturday 9-14). Europe is
# on winter time, the US moves its clocks on Sunday 13 March: New York is six hours behind on
# Friday 11 March, five on Tuesday 15 March.
WEDNESDAY = datetime(2061, 3, 9, 10, 0, tzinfo=BERLIN)


def said(words: str, now: datetime = WEDNESDAY, language: str = "de", minutes: int = 30) -> str:
    """The checker's answer as the corpus runner describes it."""
    return describe(check_request(SALON, now, words, None, None, minutes, language))


english = partial(said, language="en")


# -- the caller's own clock -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Freitag um zehn bei mir, ich bin gerade in Lissabon", "2061-03-11 11:00"),
        ("Freitag um zehn bei mir, ich bin in Griechenland", "2061-03-11 09:00"),
        ("Freitag um neun bei mir in New York", "2061-03-11 15:00"),
        ("Dienstag um neun bei mir in New York", "2061-03-15 14:00"),  # the US clocks moved
        ("Freitag um elf bei uns in Helsinki", "2061-03-11 10:00"),
        ("ich bin in Athen, Freitag um 10 bei mir", "2061-03-11 09:00"),
    ],
)
def test_a_clock_said_on_the_callers_own_clock_is_converted_to_the_salons(words, expected):
    assert said(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Friday at 10 my time, I'm calling from Athens", "2061-03-11 09:00"),
        ("Friday at noon my time, I'm in Lisbon", "2061-03-11 13:00"),
    ],
)
def test_the_callers_own_clock_in_an_english_call(words, expected):
    assert english(words) == expected


def test_an_early_hour_there_is_never_read_as_an_afternoon_here():
    # ten in Tokyo is two at night in Berlin: outside the hours, never 14:00
    assert said("Freitag um zehn meiner Zeit, ich bin in Tokio") == "outside 2061-03-11"


def test_the_salons_clock_said_with_the_callers_place_is_the_salons():
    assert said("Freitag um zwölf Uhr Ihrer Zeit, ich bin in New York") == "2061-03-11 12:00"
    assert said("Freitag um zehn Uhr Ihrer Zeit") == "2061-03-11 10:00"
    assert said("Freitag um halb zwölf portugiesischer Zeit") == "2061-03-11 12:30"


def test_a_place_not_known_or_with_several_zones_is_asked_never_the_clock_taken():
    assert check("Freitag um zehn bei mir, ich bin gerade in Bad Tölz", now=WEDNESDAY).status in (
        QUESTIONS
    )
    answer = check_request(
        SALON, WEDNESDAY, "Friday at 10 my time, I'm in the USA", None, None, 30, "en"
    )
    assert answer.status in QUESTIONS


def test_a_place_said_without_the_callers_clock_leaves_the_clock_as_said():
    assert said("Freitag um zehn, ich bin gerade in London") == "2061-03-11 10:00"


# -- several people in one wish -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (
            "wir sind zu viert, Freitag um zehn, alle hintereinander",
            "10:00 | 10:30 | 11:00 | 11:30",
        ),
        ("zuerst ich, dann mein Sohn, Freitag um drei", "15:00 | 15:30"),
        ("Freitag um zehn für uns beide nacheinander", "10:00 | 10:30"),
        ("Freitag um zehn für meinen Sohn und mich", "10:00 | 10:30"),  # the order asked
    ],
)
def test_people_one_after_the_other_are_asked_with_every_start(words, expected):
    assert said(words) == f"asktime: {expected}"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("first my wife then me on Friday at three", "15:00 | 15:30"),
        ("for my wife and me, Friday at ten, one after another", "10:00 | 10:30"),
        ("my son and then me on Saturday at half one", "13:30 | 14:00"),
    ],
)
def test_people_one_after_the_other_in_an_english_call(words, expected):
    assert english(words) == f"asktime: {expected}"


def test_the_next_start_is_after_the_service_said():
    assert said("zu dritt nacheinander Freitag um zehn", minutes=60) == (
        "asktime: 10:00 | 11:00 | 12:00"
    )


@pytest.mark.parametrize(
    "words",
    [
        "meine Frau und ich gleichzeitig Freitag um elf",
        "wir zwei am Freitag um elf gleichzeitig",
        "Freitag um elf bei zwei Kolleginnen, für meine Mutter und mich",
        "zwei Haarschnitte parallel am Freitag um elf",
    ],
)
def test_people_at_the_same_time_are_that_time(words):
    assert said(words) == "2061-03-11 11:00"


def test_people_at_the_same_time_in_an_english_call():
    assert english("three cuts together on Friday at eleven") == "2061-03-11 11:00"
    assert english("both of us on Friday at 11 at the same time") == "2061-03-11 11:00"


def test_people_with_a_day_and_no_time_are_that_day():
    assert said("Freitag für uns drei, egal wie") == "2061-03-11"
    assert english("Friday for the two of us, whatever works") == "2061-03-11"


def test_one_person_and_a_companions_appointment_stay_as_they_were():
    assert said("Freitag um zehn für meine Tochter") == "2061-03-11 10:00"
    assert said("Freitag um zehn, und meine Tochter direkt danach") == "asktime: 10:00 | 10:30"
    assert check("Freitag zur gleichen Zeit wie meine Schwester", now=WEDNESDAY).status in (
        QUESTIONS
    )
    assert check("für mich und meine Tochter", now=WEDNESDAY).status in QUESTIONS


# -- bridge days and a feast long gone ------------------------------------------------------------

# Ascension 2061 is Thursday 19 May, its bridge day Friday 20 May
A_WEEK_BEFORE = datetime(2061, 5, 13, 10, 0, tzinfo=BERLIN)
IN_ITS_WEEK = datetime(2061, 5, 16, 10, 0, tzinfo=BERLIN)


@pytest.mark.parametrize("words", ["am Brückentag", "an einem Brückentag", "am besten Brückentag"])
def test_a_bridge_day_of_another_week_is_asked_never_picked(words):
    assert said(words, now=A_WEEK_BEFORE) == "ask: 2061-05-20"
    assert said(words, now=WEDNESDAY) == "ask: 2061-05-20"


def test_the_bridge_day_of_this_week_and_a_bridge_day_named_by_its_feast_are_that_day():
    assert said("am Brückentag", now=IN_ITS_WEEK) == "2061-05-20"
    assert said("am Brückentag nach Himmelfahrt", now=A_WEEK_BEFORE) == "2061-05-20"
    assert english("the bridge day after Ascension", now=A_WEEK_BEFORE) == "2061-05-20"


def test_the_first_open_day_after_a_feast_long_gone_is_asked():
    # Easter 2061 was 10 April: its first open day after is gone, today is no "first" after it
    assert check("am ersten Tag nach Ostern, an dem Sie offen haben", now=IN_ITS_WEEK).status in (
        QUESTIONS
    )
    # Whit Monday 30 May is ahead: the first open day after it, as before
    assert said("am ersten Tag nach Pfingsten, an dem Sie offen haben", now=IN_ITS_WEEK) == (
        "earliest 2061-05-31"
    )


# -- names: products, care added, nicknames -------------------------------------------------------


def service(words: str) -> str:
    m = resolve_service(CATALOG, words, SALON)
    if m.status == "ok":
        return f"ok {m.service.slug}"
    if m.status == "ambiguous_service":
        return "ask: " + " | ".join(s.slug for s in m.candidates)
    return f"not_offered {m.not_offered}" if m.not_offered else "unknown"


@pytest.mark.parametrize(
    "words", ["Goldwell Colorance", "Wella Illumina", "eine Majirel", "Schwarzkopf Igora bitte"]
)
def test_a_makers_colour_line_is_colouring(words):
    assert service(words) == "ok faerben"


def test_a_makers_name_is_never_heard_as_a_service_word():
    assert service("Goldwell Dauerwelle") == "ok dauerwelle"
    assert service("Wella Koleston färben") == "ok faerben"
    assert not service("Goldwell").startswith("ok")


def test_care_added_to_a_colour_asks_the_colour_and_alone_is_not_offered():
    assert service("an Olaplex colour") == "ask: faerben"
    assert service("Farbe mit Haarkur") == "ask: faerben"
    assert service("Olaplex") == "not_offered Olaplex-Behandlung"
    assert service("Wimpern färben") == "not_offered Wimpern"


def test_a_pet_form_of_a_stylists_nickname_is_that_stylist():
    assert stylist_status("beim Memolein", "kinderhaarschnitt") == "ok Mehmet Yılmaz"
    assert stylist_status("zum Fabichen", "herrenhaarschnitt") == "ok Fabian Spitzer"
    assert (
        stylist_status("bei der Lenchen") == "ambiguous_stylist"
    )  # Lena and Lea sound alike, as before


# -- questions back the caller had already answered -----------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("I get back on Thursday, so the next day at 11", "2061-03-11 11:00"),
        ("my exam is on Thursday, then the following day", "2061-03-11"),
    ],
)
def test_the_day_after_a_day_the_caller_named_is_that_day_in_english(words, expected):
    assert english(words) == expected


def test_the_day_after_a_day_the_caller_named_is_that_day():
    assert said("wir kommen Donnerstag spät aus dem Urlaub, also am Tag danach um elf") == (
        "2061-03-11 11:00"
    )
    assert said("Donnerstag hab ich Prüfung, am nächsten Tag ginge es") == "2061-03-11"


def test_a_second_person_an_alternative_and_the_day_after_tomorrow_stay_as_they_were():
    assert check("Donnerstag um zehn und meine Tochter am Tag danach", now=WEDNESDAY).status in (
        QUESTIONS
    )
    assert check("Donnerstag oder den Tag danach", now=WEDNESDAY).status in QUESTIONS
    assert english("the day after tomorrow") == "2061-03-11"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("5/4, American style", "2061-05-04"),
        ("5/4, month first", "2061-05-04"),
        ("5/4 in US format please", "2061-05-04"),
        ("5/4, day first", "2061-04-05"),
        ("5/4 the British way", "2061-04-05"),
    ],
)
def test_a_slash_date_with_its_reading_said_is_that_reading(words, expected):
    assert english(words) == expected


def test_a_slash_date_without_its_reading_is_still_asked():
    assert english("on 5/4") == "ask: 2061-04-05 | 2061-05-04"
    assert english("5/4 for the two of us") == "ask: 2061-04-05 | 2061-05-04"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Freitag um zähn", "2061-03-11 10:00"),
        ("Freitag um ölf", "2061-03-11 11:00"),
        ("Freitag um nelf", "2061-03-11 11:00"),
        ("Freitag so um drai", "2061-03-11 14:30-15:30"),
        ("Freitag um nacht", "outside 2061-03-11"),  # acht: before opening
    ],
)
def test_an_hour_heard_as_a_sound_alike_is_that_hour(words, expected):
    assert said(words) == expected


def test_words_after_um_that_are_no_hour_stay_as_they_were():
    assert said("Freitag um neun") == "2061-03-11 09:00"
    assert said("Freitag um nachmittag") == "2061-03-11 12:00-18:00"
    assert check("Freitag gegen nacht", now=WEDNESDAY).status in QUESTIONS


def test_a_nickname_spelled_letter_by_letter_is_that_stylist():
    assert stylist_status("F-A-B-I", "herrenhaarschnitt") == "ok Fabian Spitzer"
    assert stylist_status("M wie Martha, E, M wie Martha, O", "bartpflege") == "ok Mehmet Yılmaz"
    assert stylist_status("F-A-B", "herrenhaarschnitt") == "ambiguous_stylist"  # broken off
