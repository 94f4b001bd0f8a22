"""The rules blind round 53's misses led to (helper when72), in words of neither the round nor its
labels. An hour with "-ish" glued on is about that hour, the window "gegen zehn" gives, also
with the n doubled as English spells it ("sevennish"), after a time of day ("lunchish") and after
a German hour ("elfish"); an "-ish" word left unread is asked, never dropped to the bare day. The
full stop speech to text sets after the minutes ("um 14 Uhr 45.") is no day of month; a day only
the caller knows restated with "so" ("on payday, so the 17th") is the day said. A stylist described by a look said as a noun ("der Kahlkopf", "der Lockenkopf", "the
baldy") is one person described and asked back, never "no such stylist"; the look said before a
name leaves the name. A son or daughter said to be grown up ("der ist schon dreißig", "she's
twenty-four") wants an adult's cut, a man's or a woman's, never a child's; a teenager stays asked
and a young child keeps the child's cut. Beside each rule, the nearest phrases that must stay as
they were. The stylist named after "I had" ("I had Mehmet last time") is that stylist; the
service wanted said after the hair as it is ("the colour is so boring, I'd like highlights") is
the one wanted; the caller's own curls said to be too much ("my curls are way too frizzy") are no
wish for a perm, asked."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.corpus.runner import describe
from tests.understanding_support import BERLIN, CATALOG, SALON, stylist_status
from tools.catalog_match import resolve_service
from tools.dates import check_request

# Tuesday 8 October 2069, 10:00 (open Tue-Fri 9-18, Thursday to 20:00, Saturday 9-14): Wednesday
# the 9th, Thursday the 10th, Friday the 11th, Saturday the 12th.
TUESDAY = datetime(2069, 10, 8, 10, 0, tzinfo=BERLIN)


def said(words: str, language: str = "de") -> str:
    """The checker's answer for a 30-minute service, as the corpus runner describes it."""
    return describe(check_request(SALON, TUESDAY, words, None, None, 30, language))


english = partial(said, language="en")


def service(words: str) -> str:
    """The service match's status and slug, or the candidates asked between."""
    match = resolve_service(CATALOG, words, SALON)
    if match.status == "ok" and match.service is not None:
        return f"ok {match.service.slug}"
    return f"{match.status} " + " | ".join(s.slug for s in match.candidates or ())


# -- a stylist described by a look said as a noun -------------------------------------------------


@pytest.mark.parametrize(
    "words",
    ["der Kahlkopf", "zu dem Lockenkopf", "die Brillenträgerin", "der Kahle", "the baldy"],
)
def test_a_stylist_described_by_a_look_noun_is_asked(words: str) -> None:
    assert stylist_status(words, "herrenhaarschnitt") == "ambiguous_stylist"


def test_a_look_noun_said_before_a_name_leaves_the_name() -> None:
    assert stylist_status("der Kahlkopf, ich glaube der heißt Mehmet", "herrenhaarschnitt") == (
        "ok Mehmet Yılmaz"
    )


def test_a_name_alone_stays_that_stylist() -> None:
    assert stylist_status("Mehmet", "herrenhaarschnitt") == "ok Mehmet Yılmaz"


# -- a grown son or daughter ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("einmal schneiden für meinen Sohn, der ist schon dreißig", "ok herrenhaarschnitt"),
        ("my son needs a haircut, he's twenty-six", "ok herrenhaarschnitt"),
        ("Haarschnitt für meine Tochter, die ist 24", "ok damenhaarschnitt"),
        ("my daughter is thirty, just a cut", "ok damenhaarschnitt"),
    ],
)
def test_a_grown_son_or_daughter_wants_an_adults_cut(words: str, expected: str) -> None:
    assert service(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (
            "einmal schneiden für meinen Sohn, der ist fünfzehn",
            "ambiguous_service kinderhaarschnitt",
        ),
        ("Haarschnitt für meine Tochter, die ist sechs", "ok kinderhaarschnitt"),
        ("my boy needs a cut, he's nine", "ok kinderhaarschnitt"),
        ("Strähnchen für meine Tochter, die ist 24", "ok straehnchen"),
        ("mein Kind ist 25, einmal schneiden", "ambiguous_service kinderhaarschnitt"),
    ],
)
def test_a_teenager_a_young_child_and_other_services_stay(words: str, expected: str) -> None:
    assert service(words) == expected


# -- an hour or a time of day with "-ish" glued on -----------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Thursday sevennish", "2069-10-10 18:30-19:30"),
        ("Friday half tennish", "2069-10-11 10:00-11:00"),
        ("Wednesday elfish", "2069-10-09 10:30-11:30"),
        ("Thursday oneish", "2069-10-10 12:30-13:30"),
        ("Friday lunchish", "2069-10-11 11:30-14:00"),
        ("Saturday noonish", "2069-10-12 11:30-12:30"),
    ],
)
def test_an_hour_with_ish_glued_on_is_the_window_around_it(words: str, expected: str) -> None:
    assert english(words) == expected


def test_a_german_hour_with_ish_in_a_german_call_is_the_window_around_it() -> None:
    assert said("Mittwoch elfish") == said("Mittwoch gegen elf") == "2069-10-09 10:30-11:30"


@pytest.mark.parametrize("words", ["Friday blorfish", "Thursday zoomish at the latest"])
def test_an_ish_word_left_unread_is_asked_never_dropped(words: str) -> None:
    assert english(words).startswith("ask")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Friday around ten", "2069-10-11 09:30-10:30"),
        ("Friday ten", "2069-10-11 10:00"),
        ("Friday, I speak English", "2069-10-11"),
        ("Friday at ten, I wish", "2069-10-11 10:00"),
    ],
)
def test_nearby_phrases_stay(words: str, expected: str) -> None:
    assert english(words) == expected


# -- the minutes with the full stop speech to text invents ---------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Mittwoch um 14 Uhr 45.", "2069-10-09 14:45"),
        ("Freitag um 9 Uhr. 15.", "2069-10-11 09:15"),
        ("Donnerstag um 12 Uhr 30. Geht das?", "2069-10-10 12:30"),
    ],
)
def test_a_full_stop_after_the_minutes_is_no_day_of_month(words: str, expected: str) -> None:
    assert said(words) == expected


@pytest.mark.parametrize(
    "words",
    ["Freitag um 12 Uhr 30. Oktober", "Freitag um 12 Uhr 30.10.", "Freitag, 12 Uhr, am 30."],
)
def test_a_date_after_the_hour_stays_a_date(words: str) -> None:
    assert said(words) == "mismatch"  # the 30th of October 2069 is a Wednesday


# -- a day only the caller knows, restated with "so" ----------------------------------------------


def test_a_callers_own_day_restated_with_so_is_the_day_said() -> None:
    assert english("on payday, so the 17th") == "2069-10-17"
    assert english("on my birthday, so the 18th") == "2069-10-18"


@pytest.mark.parametrize("words", ["on payday", "payday Friday"])
def test_a_callers_own_day_alone_stays_asked(words: str) -> None:
    assert english(words).startswith("ask")


# -- names: "I had", the wish after the hair as it is, the caller's own curls ----------------------


@pytest.mark.parametrize("words", ["I had Mehmet last time, same again", "last time I had Mehmet"])
def test_the_stylist_named_after_i_had_is_that_stylist(words: str) -> None:
    assert stylist_status(words, "herrenhaarschnitt") == "ok Mehmet Yılmaz"


def test_the_one_i_had_last_time_stays_asked() -> None:
    assert stylist_status("the one I had last time", "herrenhaarschnitt") == "ambiguous_stylist"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the colour is so boring, I'd like highlights", "ok straehnchen"),
        ("die Farbe ist so langweilig, ich hätte gern Strähnchen", "ok straehnchen"),
        ("meine Strähnchen sind rausgewachsen, ich möchte färben", "ok faerben"),
    ],
)
def test_the_service_wanted_after_the_hair_as_it_is(words: str, expected: str) -> None:
    assert service(words) == expected


def test_two_services_wished_stay_asked() -> None:
    assert service("I want a colour and highlights") == "ambiguous_service faerben | straehnchen"


@pytest.mark.parametrize(
    "words", ["my curls are way too frizzy", "meine Naturlocken sind total kraus"]
)
def test_the_callers_own_curls_too_much_are_asked(words: str) -> None:
    assert service(words).startswith("ambiguous_service")


@pytest.mark.parametrize(
    "words", ["ich will endlich Locken", "meine Locken sind zu kraus, ich will eine Dauerwelle"]
)
def test_curls_wished_stay_the_perm(words: str) -> None:
    assert service(words) == "ok dauerwelle"
