"""The rules blind round 55's misses led to (helper when74), in words of neither the round nor its
labels. A named day of the calendar said without a year whose day this year is gone is that day,
past, while it is gone within 60 days (W5), also when the salon was closed on it and is closed on
next year's too (W20 only decides once it is longer gone). Beside each rule, the nearest phrases
that must stay as they were."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import partial

import pytest

from tests.corpus.runner import describe
from tests.understanding_support import BERLIN, CATALOG, SALON, stylist_status
from tools.catalog_match import resolve_service
from tools.dates import check_request
from tools.when.named_days import named_days, phrases

# Thursday 16 May 2069, 11:00 (open Tue-Fri 9-18, Thursday to 20:00, Saturday 9-14; closed Sunday
# and Monday): Muttertag (12 May) and Tag der Arbeit (1 May) are just gone.
THURSDAY = datetime(2069, 5, 16, 11, 0, tzinfo=BERLIN)


def said(words: str, language: str = "de", now: datetime = THURSDAY, minutes: int = 30) -> str:
    """The checker's answer for a service of `minutes`, as the corpus runner describes it."""
    return describe(check_request(SALON, now, words, None, None, minutes, language))


english = partial(said, language="en")


# -- a named day gone within 60 days is past, closed or not ------------------------------------

# the clock changes are always the coming one (never "past"); they are no day of the calendar
_CLOCK_CHANGES = {"Beginn der Sommerzeit", "Ende der Sommerzeit"}
_CALENDAR_NAMES = sorted(
    p
    for p in phrases()
    if not {name for name, _ in named_days(p, date(2072, 1, 1), 2072)} & _CLOCK_CHANGES
)
# the leap day's next one is four years off: longer gone, it stays this year's (past)
_EVERY_YEAR = [p for p in _CALENDAR_NAMES if p not in {"schalttag", "leap day"}]


def _day_after(phrase: str, days: int) -> tuple[date, datetime]:
    """The last day `phrase` names in 2072 (a leap year), and the morning `days` after it."""
    last = max(d for _, d in named_days(phrase, date(2072, 1, 1), 2072))
    return last, datetime.combine(last + timedelta(days=days), time(10), tzinfo=BERLIN)


@pytest.mark.parametrize("phrase", _CALENDAR_NAMES)
def test_every_named_day_gone_within_sixty_days_is_past_or_asked(phrase: str) -> None:
    # asked: last year's one and this year's are both near (just after the new year)
    for days in (1, 30, 60):
        _, now = _day_after(phrase, days)
        assert said(phrase, now=now).startswith(("past", "ask")), (phrase, days)


@pytest.mark.parametrize("phrase", _EVERY_YEAR)
def test_every_named_day_gone_longer_is_never_past(phrase: str) -> None:
    for days in (61, 120):
        _, now = _day_after(phrase, days)
        assert not said(phrase, now=now).startswith("past"), (phrase, days)


@pytest.mark.parametrize(
    "words",
    ["am Muttertag", "an Muttertag nachmittags", "am Tag der Arbeit", "am ersten Mai um zehn"],
)
def test_a_closed_named_day_just_gone_is_past_not_next_years(words: str) -> None:
    assert said(words) == "past"


def test_mothers_day_just_gone_in_an_english_call_is_past() -> None:
    assert english("on Mother's Day") == "past"


@pytest.mark.parametrize(
    ("words", "now", "expected"),
    [
        # Rosenmontag (a Monday, closed) gone 18 days
        ("an Rosenmontag", datetime(2069, 3, 8, 10, 0, tzinfo=BERLIN), "past"),
        # Heiligabend (the salon's own closed day) said on 30 December
        ("an Heiligabend", datetime(2069, 12, 30, 10, 0, tzinfo=BERLIN), "past"),
    ],
)
def test_other_closed_named_days_just_gone_are_past(
    words: str, now: datetime, expected: str
) -> None:
    assert said(words, now=now) == expected


def test_a_closed_named_day_longer_gone_is_next_years_closed_day() -> None:
    # W20: gone 61 days and more, the one ahead, closed whichever year
    assert said("am Muttertag", now=datetime(2069, 7, 12, 10, 0, tzinfo=BERLIN)) == (
        "closed 2070-05-11 Muttertag"
    )
    assert said("am Tag der Arbeit", now=datetime(2069, 7, 1, 10, 0, tzinfo=BERLIN)).startswith(
        "closed 2070-05-01"
    )


def test_a_named_day_still_ahead_stays_this_years() -> None:
    assert said("an Pfingstsamstag") == "2069-06-01"


# -- a day counted from the caller's own event said as gone --------------------------------------

# Saturday 26 October 2069, 12:00: the 23rd was Wednesday, the coming 23rd (November) a Saturday.
SATURDAY = datetime(2069, 10, 26, 12, 0, tzinfo=BERLIN)
on_saturday = partial(said, now=SATURDAY)


@pytest.mark.parametrize(
    ("words", "language", "expected"),
    [
        ("eine Woche nach meinem letzten Termin, der war am 23.", "de", "2069-10-30"),
        ("zwei Wochen nach meinem letzten Termin, der war am 16.", "de", "2069-10-30"),
        ("eine Woche nach meinem letzten Friseurtermin am 24.", "de", "2069-10-31"),
        ("zehn Tage nach meiner OP, die war am 20.", "de", "2069-10-30"),
        ("two weeks after my last appointment, which was on the 16th", "en", "2069-10-30"),
        ("a week after my last visit on the 24th", "en", "2069-10-31"),
        # this month's 28th is still ahead: September's, and a week on is gone too
        ("eine Woche nach meinem letzten Termin, der war am 28.", "de", "past"),
    ],
)
def test_a_bare_day_of_an_event_gone_is_the_last_such_day(
    words: str, language: str, expected: str
) -> None:
    assert on_saturday(words, language) == expected


def test_a_weekday_of_an_event_gone_is_the_last_such_weekday() -> None:
    # Thursday 24 October was the last Thursday; a week on is the coming Thursday
    assert on_saturday("eine Woche nach meinem letzten Termin, der war am Donnerstag") == (
        "2069-10-31"
    )
    assert on_saturday("drei Tage nach meiner OP, die war am Dienstag") == "past"


def test_an_event_still_ahead_keeps_its_coming_day() -> None:
    assert on_saturday("zwei Tage nach meiner Hochzeit am 28.") == "2069-10-30"
    # "letzte" alone may be the final one: no tense, no visit, the coming day
    assert on_saturday("zwei Tage nach dem letzten Schultag am 28.") == "2069-10-30"


def test_the_days_last_start_is_still_read() -> None:
    assert on_saturday("Freitag, den letzten Termin").startswith("2069-11-01 17:30")
    assert english("Friday, the last appointment", now=SATURDAY).startswith("2069-11-01 17:30")
    assert on_saturday("eine Woche nach meinem letzten Termin").startswith("ask")


# -- a correction inside the phrase that points back to the day taken back ---------------------

# Wednesday 15 May 2069: the coming Friday is 17 May, the one after it 24 May.
WEDNESDAY = datetime(2069, 5, 15, 10, 0, tzinfo=BERLIN)
on_wednesday = partial(said, now=WEDNESDAY)


@pytest.mark.parametrize(
    ("words", "language"),
    [
        ("diesen Freitag, nee, den danach", "de"),
        ("am Freitag, ach nee, den darauf", "de"),
        ("kommenden Freitag, nein, Quatsch, den danach", "de"),
        ("Freitag, ich meine, den danach", "de"),
        ("this Friday, sorry, the one after", "en"),
        ("Friday, no, the one after that", "en"),
    ],
)
def test_the_coming_weekday_taken_back_for_the_one_after_is_a_week_on(
    words: str, language: str
) -> None:
    assert on_wednesday(words, language) == "2069-05-24"


@pytest.mark.parametrize(
    "words",
    [
        "Freitag, äh, den danach",  # a hesitation alone takes nothing back
        "nächsten Freitag, nee, den danach",  # the one after which one?
    ],
)
def test_the_one_after_without_a_day_clearly_taken_back_stays_asked(words: str) -> None:
    assert on_wednesday(words).startswith("ask")


def test_the_day_after_and_the_plain_exclusion_stay_as_they_were() -> None:
    assert on_wednesday("diesen Freitag, nee, den Tag danach") == "2069-05-18"
    assert on_wednesday("nicht diesen Freitag, sondern den danach") == "2069-05-24"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("am 21. um zehn, nee, am 22.", "2069-05-22 10:00"),
        ("am 21., Quatsch, am 24. um elf", "2069-05-24 11:00"),
        ("am 28., nein, am 29.", "2069-05-29"),
    ],
)
def test_a_day_of_the_month_corrected_keeps_what_is_not_corrected(
    words: str, expected: str
) -> None:
    assert on_wednesday(words) == expected


# -- names: a treatment for the face is a service the salon does not offer ------------------------


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ("eine Gesichtsmaske", "Gesichtsmaske"),
        ("Gesichtsmasken", "Gesichtsmaske"),
        ("a face mask, please", "Gesichtsmaske"),
        ("eine Gesichtsreinigung", "Gesichtsbehandlung"),
        ("Gesichtspflege", "Gesichtsbehandlung"),
        ("ein Gesichtspeeling", "Peeling"),  # the face before a treatment named: that treatment
        ("Gesichtsmassage", "Massage"),
    ],
)
def test_a_treatment_for_the_face_is_named_back_as_not_offered(words: str, named: str) -> None:
    match = resolve_service(CATALOG, words, SALON)
    assert match.service is None
    assert match.not_offered == named


def test_a_face_treatment_beside_another_names_both() -> None:
    match = resolve_service(CATALOG, "Gesichtsreinigung und Maniküre", SALON)
    assert match.not_offered == "Gesichtsbehandlung, Maniküre"


def test_a_hair_mask_is_the_hair_care_and_hair_services_stay() -> None:
    assert resolve_service(CATALOG, "eine Haarmaske", SALON).not_offered == "Haarkur"
    assert resolve_service(CATALOG, "Waschen, Schneiden, Föhnen", SALON).service.slug == (
        "damenhaarschnitt"
    )


# -- issue 11's leftovers: the caller's slot kept at the same time, a remark about a stylist -----

# Tuesday 29 October 2069, 10:00: the coming Saturday is 2 November
TUESDAY = datetime(2069, 10, 29, 10, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("words", "language", "expected"),
    [
        ("I have Saturday at nine, same time a fortnight later", "en", "2069-11-16 09:00"),
        ("I have Saturday at nine, same time two weeks later", "en", "2069-11-16 09:00"),
        ("ich hab Samstag um neun, gleiche Zeit zwei Wochen später", "de", "2069-11-16 09:00"),
        ("ich hab Samstag um neun, zur selben Uhrzeit eine Woche später", "de", "2069-11-09 09:00"),
    ],
)
def test_a_slot_said_and_the_same_time_days_later_is_that_time_on_the_day_moved_to(
    words: str, language: str, expected: str
) -> None:
    assert said(words, language, now=TUESDAY) == expected


@pytest.mark.parametrize(
    "words",
    [
        "Samstag um neun und meine Tochter zur gleichen Zeit eine Woche später",  # two (W12)
        "Samstag um neun oder gleiche Zeit eine Woche später",  # hedged: asked
    ],
)
def test_two_appointments_or_a_hedge_stay_asked(words: str) -> None:
    assert said(words, now=TUESDAY).startswith("ask")


@pytest.mark.parametrize(
    "words",
    [
        "der Mehmet spricht doch Türkisch, dann zu ihm",
        "Mehmet spricht doch Türkisch, zu ihm bitte",
        "Mehmet speaks Turkish, so him please",
        "der Mehmet kann gut Fades, also zu ihm",
    ],
)
def test_a_remark_about_the_named_stylist_before_the_wish_is_that_stylist(words: str) -> None:
    assert stylist_status(words, "herrenhaarschnitt") == "ok Mehmet Yılmaz"


@pytest.mark.parametrize(
    "words",
    [
        "Mehmet spricht kein Deutsch, also Fabian",  # a negation: whom is meant?
        "Mehmet redet viel",  # the remark ends the phrase: a complaint or a wish?
        "Fabian, der Mehmet kann auch",  # two named
        "wer spricht Türkisch?",  # a language wished for (round 11's descriptions)
    ],
)
def test_a_remark_that_may_turn_the_stylist_down_stays_asked(words: str) -> None:
    assert stylist_status(words, "herrenhaarschnitt").startswith("ambiguous")
