"""The rules blind round 54's misses led to (helper when73), in words of neither the round nor its
labels. A slash date in an English call readable both ways is asked also when one reading is gone
and the other falls on a closed day (W8), never the closed one answered. A time read out ("ich les
mal vor, 9 Uhr 45") keeps its minutes: the "vor" of a separable verb is no bound. A length the
appointment takes said beside a stretch keeps the starts that fit in it; said with a start, it is
that start. Names: a wish for a woman or a man said with who it is for, why, or "if you have one"
is still that wish; "wer kann gut X?" is a skill, asked, never "anyone"; a Polish word for
highlights beside one for colouring names two services (asked); an accent's "ä" for "e" ("Mämo")
is the stylist's name. Beside each rule, the nearest phrases that must stay as they were."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.corpus.runner import describe
from tests.understanding_support import BERLIN, CATALOG, SALON, stylist_status
from tools.catalog_match import is_no_preference, resolve_service, resolve_stylist
from tools.dates import check_request

# Wednesday 30 October 2069, 14:00 (open Tue-Fri 9-18, Thursday to 20:00, Saturday 9-14; closed
# Sunday and Monday): 11 October and 12 September are gone, 10 November is a Sunday, 9 December a
# Monday.
WEDNESDAY = datetime(2069, 10, 30, 14, 0, tzinfo=BERLIN)


def said(words: str, language: str = "de", minutes: int = 30) -> str:
    """The checker's answer for a service of `minutes`, as the corpus runner describes it."""
    return describe(check_request(SALON, WEDNESDAY, words, None, None, minutes, language))


english = partial(said, language="en")


# -- an English slash date: one reading gone, the other closed ---------------------------------


@pytest.mark.parametrize("words", ["on 10/11 please", "for 9/12", "11/10, please"])
def test_an_english_slash_date_gone_one_way_and_closed_the_other_is_asked(words: str) -> None:
    assert english(words).startswith("ask")


def test_the_question_names_both_readings() -> None:
    check = check_request(SALON, WEDNESDAY, "on 10/11 please", None, None, 30, "en")
    assert check.status == "ambiguous_date"
    assert "11 October" in check.message and "10 November" in check.message
    # the gone reading is said to be gone, not left to sound like a day still to book
    assert "Already gone by: Friday, 11 October." in check.message


def test_a_german_slash_date_stays_day_first_and_closed() -> None:
    assert said("am 10/11") == "closed 2069-11-10"


def test_an_english_slash_date_with_one_reading_only_stays_that_date() -> None:
    assert english("on 11/27") == "2069-11-27"  # a Wednesday; 27 as a month is none


# -- a time read out: the "vor" of "vorlesen" is no bound ----------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Donnerstag, ich les mal vor, 9 Uhr 45", "2069-10-31 09:45"),
        ("Donnerstag, ich lese es Ihnen vor: neun Uhr fünfundvierzig", "2069-10-31 09:45"),
        ("am Donnerstag, ich les mal vor 14 Uhr 15", "2069-10-31 14:15"),
        ("Donnerstag, ich schlag mal vor, 14 Uhr 15", "2069-10-31 14:15"),
        ("im Brief steht Freitag der 1., ich lese vor, 11 Uhr 30", "2069-11-01 11:30"),
    ],
)
def test_a_time_read_out_keeps_its_minutes(words: str, expected: str) -> None:
    assert said(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Donnerstag vor 9 Uhr 45", "2069-10-31 09:00-09:44"),
        ("Donnerstag, wie gesagt, vor zehn", "2069-10-31 09:00-09:59"),
        ("ich schlage vor, Donnerstag vor zehn", "2069-10-31 09:00-09:59"),
    ],
)
def test_a_before_without_a_separable_verb_stays_a_bound(words: str, expected: str) -> None:
    assert said(words) == expected


# -- a length the appointment takes, said beside a stretch or a start ----------------------------


@pytest.mark.parametrize(
    ("words", "minutes", "expected"),
    [
        ("Freitag zwischen zehn und zwölf, eine Stunde bitte", 60, "2069-11-01 10:00-11:00"),
        ("Freitag zwischen 14 und 16 Uhr, das dauert so eine Stunde", 60, "2069-11-01 14:00-15:00"),
        ("Freitag von zwei bis vier, ich brauche eine Stunde", 60, "2069-11-01 14:00-15:00"),
        ("Freitag von neun bis halb elf, ist ja nur ne halbe Stunde", 30, "2069-11-01 09:00-10:00"),
        ("Donnerstag von drei bis fünf, das dauert ja zwei Stunden", 120, "2069-10-31 15:00"),
        (
            "haben Sie Freitag von zwei bis vier was frei, es dauert eine Stunde",
            60,
            "2069-11-01 14:00-15:00",
        ),
    ],
)
def test_a_length_said_beside_a_stretch_keeps_the_starts_that_fit_in_it(
    words: str, minutes: int, expected: str
) -> None:
    assert said(words, minutes=minutes) == expected


@pytest.mark.parametrize(
    "words",
    [
        "Friday between ten and twelve, it'll take an hour",
        "I've got Friday from ten till twelve, it only takes an hour",
        "are you free Friday from ten to twelve? it takes an hour",
    ],
)
def test_an_english_length_beside_a_stretch_keeps_the_starts_that_fit(words: str) -> None:
    assert said(words, language="en", minutes=60) == "2069-11-01 10:00-11:00"


@pytest.mark.parametrize(
    ("words", "language", "expected"),
    [
        ("am Freitag anderthalb Stunden ab halb drei", "de", "2069-11-01 14:30"),
        ("Freitag, ich bräuchte zwei Stunden ab zehn", "de", "2069-11-01 10:00"),
        ("Friday for two hours from eleven", "en", "2069-11-01 11:00"),
        ("Friday, I need an hour and a half from two", "en", "2069-11-01 14:00"),
    ],
)
def test_a_length_the_appointment_takes_from_a_start_is_that_start(
    words: str, language: str, expected: str
) -> None:
    assert said(words, language=language, minutes=90) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Freitag von zwei bis vier", "2069-11-01 14:00-16:00"),  # a window said plainly (W35)
        ("haben Sie Freitag von zwei bis vier was frei?", "2069-11-01 14:00-16:00"),
        ("ich hätte Freitag ab halb drei so anderthalb Stunden frei", "2069-11-01 14:30-15:30"),
    ],
)
def test_a_window_without_a_length_and_a_stretch_the_caller_has_stay(
    words: str, expected: str
) -> None:
    assert said(words) == expected


def test_a_bare_length_with_no_start_and_no_stretch_stays_asked() -> None:
    assert said("Freitag eine Stunde").startswith("ask")


# -- names: a sex wished for with who it is for and why -----------------------------------------


def _among(words: str, service: str) -> set[str]:
    match = resolve_stylist(CATALOG, words, service, SALON)
    if match.status == "ok" and match.stylist is not None:
        return {match.stylist.name}
    assert match.status == "among", match.status
    return {s.name for s in match.candidates}


@pytest.mark.parametrize(
    "words",
    [
        "eine Frau, mein Sohn ist etwas ängstlich",
        "a woman for my little boy",
        "a lady, if you have one",
        "eine Frau weil meine Tochter schüchtern ist",
    ],
)
def test_a_woman_wished_for_with_who_and_why_is_among_the_women_who_offer_it(words: str) -> None:
    assert _among(words, "kinderhaarschnitt") == {"Lena Hoffmann", "Lea Hofmann"}


@pytest.mark.parametrize("words", ["a man, if you have one", "ein Herr, falls Sie einen haben"])
def test_a_man_wished_for_if_the_salon_has_one(words: str) -> None:
    assert stylist_status(words, "dauerwelle") == "ok Fabian Spitzer"


def test_the_child_called_my_girl_is_no_wish_for_a_woman() -> None:
    assert stylist_status("for my girl", "kinderhaarschnitt") != "among"


# -- names: a skill asked about, a foreign service pair, an accent's vowel -------------------------


@pytest.mark.parametrize("words", ["wer kann gut Fades?", "wer kann am besten Balayage?"])
def test_who_is_good_at_a_thing_is_a_skill_never_anyone(words: str) -> None:
    assert not is_no_preference(words, CATALOG, "herrenhaarschnitt", SALON)
    assert stylist_status(words, "herrenhaarschnitt") == "ambiguous_stylist"


@pytest.mark.parametrize("words", ["egal, wer kann", "wer kann?"])
def test_whoever_can_stays_anyone(words: str) -> None:
    assert is_no_preference(words, CATALOG, "herrenhaarschnitt", SALON)


def test_polish_colour_and_highlights_are_two_services_asked() -> None:
    match = resolve_service(CATALOG, "farba i pasemka", SALON)
    assert match.status == "ambiguous_service"
    assert {s.slug for s in match.candidates} == {"faerben", "straehnchen"}


def test_polish_highlights_alone_are_highlights() -> None:
    assert resolve_service(CATALOG, "pasemka", SALON).service.slug == "straehnchen"


@pytest.mark.parametrize("words", ["boya", "saç boyası", "boya lütfen"])
def test_the_turkish_word_for_dye_is_a_colour_not_a_boys_cut(words: str) -> None:
    assert resolve_service(CATALOG, words, SALON).service.slug == "faerben"


@pytest.mark.parametrize("words", ["my boy", "für meinen boy", "boys cut"])
def test_a_boy_is_still_a_childs_cut(words: str) -> None:
    assert resolve_service(CATALOG, words, SALON).service.slug == "kinderhaarschnitt"


@pytest.mark.parametrize("words", ["Mämo", "Mähmet"])
def test_an_accents_a_umlaut_for_e_is_the_stylists_name(words: str) -> None:
    assert stylist_status(words, "bartpflege") == "ok Mehmet Yılmaz"


# -- a weekday abbreviation read out in quotes; English Sundays of Advent --------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("auf meinem Zettel steht nur 'Di 10 Uhr'", "2069-11-05 10:00"),
        ("in der SMS steht „Do 14 Uhr“", "2069-10-31 14:00"),
        ("'Fr 11 Uhr'", "2069-11-01 11:00"),
        ("Do um 10", "2069-10-31 10:00"),  # at the start, as before
    ],
)
def test_a_weekday_abbreviation_read_out_in_quotes_is_the_weekday(
    words: str, expected: str
) -> None:
    assert said(words) == expected


def test_so_in_quotes_stays_no_sunday() -> None:
    assert not said("'So um drei'").startswith("closed")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the Saturday before the second Advent", "2069-12-07"),
        ("the Tuesday after the first Sunday of Advent", "2069-12-03"),
        ("the Friday before the 3rd Sunday in Advent", "2069-12-13"),
    ],
)
def test_english_sundays_of_advent_count_as_the_german(words: str, expected: str) -> None:
    assert english(words) == expected
