"""The rules blind round 62's misses led to (helper when81), in words of neither the round nor its
probe. Names: a stylist named by clientele or work ("der Kinderfriseur", "die für Dauerwellen") is
asked, never "no such stylist"; no preference in learners' words and after a name taken back;
waxing said by a body part's hair or the wax as a noun is not offered. Days: a change of course
replaces the time said before it whatever its kind; "or no" and "no" between digits correct; a
time said for today or tomorrow is not carried onto another day; a reason between the wish taken
back and the next is no part of either; learners' count in the singular; the dialects' sound
shifts (d/t, g as ch/sch/j, w for f, unrounded ü and eu, oa for ei) reach a day, an ordinal or an
hour, never another word; "noch" for "nach" in a clock; "16 h". Beside each rule, the nearest
phrases that must stay as they were."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.corpus.runner import describe
from tests.understanding_support import BERLIN, CATALOG, SALON, stylist_status
from tools.catalog_match import is_no_preference, resolve_service
from tools.dates import check_request
from tools.when.spelling import repair

# Wednesday 26 October 2067, 10:00 (open Tue-Fri 9-18, Thursday to 20:00, Saturday 9-14): Thursday
# the 27th, Friday the 28th, Saturday the 29th; Sunday the 30th and Monday the 31st closed;
# Tuesday 1 November, Wednesday the 2nd open.
WEDNESDAY = datetime(2067, 10, 26, 10, 0, tzinfo=BERLIN)


def said(words: str, language: str = "de") -> str:
    """The checker's answer for a 30-minute service, as the corpus runner describes it."""
    return describe(check_request(SALON, WEDNESDAY, words, None, None, 30, language))


def service(words: str) -> str:
    match = resolve_service(CATALOG, words, SALON)
    if match.not_offered:
        return f"not_offered {match.not_offered}"
    return f"{match.status} {match.service.slug if match.service else ''}".strip()


# -- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "slug"),
    [
        ("der Kinderfriseur", "kinderhaarschnitt"),
        ("die Damenfriseurin, bitte", "damenhaarschnitt"),
        ("die für Dauerwellen", "dauerwelle"),
    ],
)
def test_a_stylist_named_by_clientele_or_work_is_asked(words: str, slug: str) -> None:
    assert stylist_status(words, slug) == "ambiguous_stylist"


def test_any_one_of_a_trade_is_no_preference() -> None:
    assert is_no_preference("irgendein Kinderfriseur", CATALOG, "kinderhaarschnitt", SALON)


@pytest.mark.parametrize(
    "words", ["nichts Bestimmtes", "den nächsten, der frei", "who is free then"]
)
def test_no_preference_in_learners_words(words: str) -> None:
    assert is_no_preference(words, CATALOG, "damenhaarschnitt", SALON)


def test_a_name_taken_back_for_no_preference_leaves_it_open() -> None:
    assert is_no_preference("Fabian, ach nee, egal", CATALOG, "herrenhaarschnitt", SALON)


@pytest.mark.parametrize("words", ["Fabian, ach nee", "Lena, nee, jemand anderes"])
def test_a_name_taken_back_for_nothing_or_someone_else_is_not_open(words: str) -> None:
    assert not is_no_preference(words, CATALOG, "damenhaarschnitt", SALON)


@pytest.mark.parametrize("words", ["Beinhaare wachsen", "Wachs für die Achseln"])
def test_waxing_by_a_body_parts_hair_or_the_wax_is_not_offered(words: str) -> None:
    assert service(words) == "not_offered Waxing"


def test_hair_growing_is_no_waxing() -> None:
    assert "Waxing" not in service("meine Haare wachsen so schnell, schneiden bitte")


# -- a change of course --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "language", "expected"),
    [
        ("Freitag vormittags, nee, um zwei", "de", "2067-10-28 14:00"),
        ("Donnerstag so gegen elf, nein, sagen wir zwölf", "de", "2067-10-27 12:00"),
        ("Thursday at 3, or no, 5", "en", "2067-10-27 17:00"),
        ("Friday 11, no, 12", "en", "2067-10-28 12:00"),
    ],
)
def test_the_time_said_after_a_word_that_takes_back_replaces_any_time_before(
    words: str, language: str, expected: str
) -> None:
    assert said(words, language) == expected


def test_a_pause_adds_and_a_choice_is_asked() -> None:
    assert said("Freitag vormittags, äh, um elf") == "2067-10-28 11:00"
    assert said("Thursday at 3 or 5", "en") == "asktime: 15:00 | 17:00"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("heute um vier, nee, Freitag", "2067-10-28"),
        ("morgen Vormittag, nein, Samstag", "2067-10-29"),
    ],
)
def test_a_time_for_today_or_tomorrow_is_not_carried_onto_another_day(
    words: str, expected: str
) -> None:
    assert said(words) == expected


def test_a_time_before_a_weekday_corrected_is_kept() -> None:  # W24
    assert said("Freitag um zehn, nee, Samstag") == "2067-10-29 10:00"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Freitag, nee, da hab ich Training, Samstag", "2067-10-29"),
        (
            "Donnerstag um zehn – warte, da ist ja Elternsprechtag – Freitag um zehn",
            "2067-10-28 10:00",
        ),
        ("Montag zu, oder? dann Dienstag", "2067-11-01"),
    ],
)
def test_a_reason_between_takes_the_first_wish_back(words: str, expected: str) -> None:
    assert said(words) == expected


def test_a_reason_why_the_day_suits_and_a_fallback_stay() -> None:
    assert said("Freitag, da hab ich frei, um zehn") == "2067-10-28 10:00"
    assert said("morgen um sieben – klappt das? – sonst um sechs") != "2067-10-27 18:00"


def test_a_learners_count_in_the_singular_counts_days() -> None:
    assert said("zwei Tag nach Donnerstag") == "2067-10-29"


# -- dialect and digits --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "standard"),
    [
        ("Dunnersdach abends", "Donnerstag abends"),
        ("heite nachmiddach", "heute nachmittag"),
        ("ibermorjen", "übermorgen"),
        ("am zwoatn November", "am zweiten November"),
        ("Freitag um elwe", "Freitag um elf"),
        ("Freitag viertel noch zwei", "Freitag viertel nach zwei"),
    ],
)
def test_the_dialects_sound_shifts_read_as_the_standard_words(words: str, standard: str) -> None:
    assert not said(standard).startswith(("ask", "mismatch"))
    assert said(words) == said(standard)


@pytest.mark.parametrize("word", ["nein", "dach", "tasche", "menschen", "heiter", "leute"])
def test_no_other_word_becomes_a_day_or_an_hour(word: str) -> None:
    assert repair(word) == word


def test_no_and_noch_stay_what_they_are() -> None:
    assert said("Freitag, nein, um neun") == "2067-10-28 09:00"
    assert said("heute noch um drei") == "2067-10-26 15:00"


def test_an_hour_with_h_set_apart_is_that_hour() -> None:
    assert said("Freitag 16 h") == "2067-10-28 16:00"
    assert said("Samstag 11 h") == "2067-10-29 11:00"
