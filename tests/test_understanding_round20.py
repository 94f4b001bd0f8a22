"""The rules blind round 20's families led to, and their limits, on phrases and "now"s in no
corpus: a month name split or misheard by speech to text after a day of month is joined or read
by edit distance when one month is clearly nearest, and a word there that is not read is asked,
never dropped to leave a bare day of month; an ordinal weekday of the next month ("im nächsten
Monat", "of next month") is that month's; a day counted in days or weeks from a named day is
settled as a day and month said alone (gone within 60 days: past; else the one ahead); a
preference said after two times is that time ("X oder lieber Y" stays asked); small talk around
the wish is dropped when another clause asks for a day, never a day of its own; two parts of the
day meeting in no time are asked. For names: the choice left to the salon for knowing its team
is no preference; a service named by the effect wanted (waves, curls: the perm)."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON, check, when
from tools.catalog_match import is_no_preference, resolve_service
from tools.when.month_words import nearest_month

WEDNESDAY = datetime(2046, 9, 12, 11, 0, tzinfo=BERLIN)  # next month: October 2046
LATE_NOVEMBER = datetime(2046, 11, 20, 10, 0, tzinfo=BERLIN)


_check = partial(check, now=WEDNESDAY)
_when = partial(when, now=WEDNESDAY)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("den 9. Okto ber", "2046-10-09"),  # split: the pieces spell the month
        ("am 20. Sept ember", "2046-09-20"),
        ("den 9. Oktobr", "2046-10-09"),  # misheard: one letter from Oktober only
        ("am 14. Novemba", "2046-11-14"),
        ("den 3. Okto ber", "2046-10-03"),  # Tag der Deutschen Einheit: closed, said so
        ("for the 14th of Novembre", "2046-11-14"),
    ],
)
def test_a_month_split_or_misheard_after_a_day_of_month_is_that_month(said, day):
    assert _when(said) == day


@pytest.mark.parametrize(
    "said",
    [
        "den 20. Jui",  # as near to Juni as to Juli: never guessed
        "den 20. Gartenzwerg",  # no month at all, but not read: asked, never the bare 20th
        "am 20. Ju",
    ],
)
def test_an_unread_word_after_a_day_of_month_is_asked_never_dropped(said):
    assert _check(said).status in QUESTIONS


def test_the_words_read_after_a_day_of_month_keep_their_meaning():
    assert _when("den 20. bitte") == "2046-09-20"
    assert _when("den 20., nein, den 21.") == "2046-09-21"
    assert _when("den 20. um drei") == "2046-09-20 15:00"
    assert nearest_month("mai") == "mai" and nearest_month("juki") is None


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("am zweiten Freitag im nächsten Monat", "2046-10-12"),
        ("the first Tuesday of next month", "2046-10-02"),
        ("am letzten Samstag im kommenden Monat", "2046-10-27"),
        ("am dritten Mittwoch im übernächsten Monat", "2046-11-21"),
        ("am ersten Mittwoch im nächsten Monat", "2046-10-03"),  # a holiday: closed
    ],
)
def test_an_ordinal_weekday_of_the_next_month_is_that_months(said, day):
    assert _when(said) == day


def test_an_ordinal_weekday_the_next_month_does_not_have_is_asked():
    assert _check("am fünften Freitag im nächsten Monat").status in QUESTIONS  # four Fridays


@pytest.mark.parametrize(
    ("said", "now", "day"),
    [
        ("drei Wochen nach dem Tag der Deutschen Einheit", WEDNESDAY, "2046-10-24"),
        ("eine Woche vor Heiligabend", WEDNESDAY, "2046-12-17"),  # a Monday: closed
        # this year's gone 121 days: the one ahead, next June
        ("zwei Wochen nach Pfingstmontag", WEDNESDAY, "2047-06-17"),
        ("drei Tage nach dem Tag der Deutschen Einheit", LATE_NOVEMBER, "past"),  # 45 days ago
    ],
)
def test_a_day_counted_from_a_named_day_follows_the_60_day_convention(said, now, day):
    assert _when(said, now=now) == day


def test_the_week_after_a_named_day_stays_a_stretch():
    assert _check("die Woche nach Ostern").status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "start"),
    [
        ("Donnerstag um elf oder zwölf, lieber zwölf", "2046-09-13 12:00"),
        ("Friday at 9 or 10, I'd rather 10", "2046-09-14 10:00"),
        ("Freitag, drei oder vier, vier wäre besser", "2046-09-14 16:00"),
    ],
)
def test_a_preference_said_after_two_times_is_that_time(said, start):
    assert _when(said) == start


@pytest.mark.parametrize(
    "said",
    [
        "Freitag um drei oder lieber vier",  # when.yaml: asked which
        "Freitag um drei oder vier, lieber fünf",  # neither of the two: not settled
    ],
)
def test_a_preference_not_settling_the_two_times_is_asked(said):
    assert _check(said).status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "start"),
    [
        ("Guten Morgen, ich hätte gern Freitag um zehn", "2046-09-14 10:00"),
        ("Es regnet heute ohne Ende, aber egal, geht Donnerstag um vier?", "2046-09-13 16:00"),
        ("Good morning, could I come in on Friday at three?", "2046-09-14 15:00"),
        ("Ich hab heute frei, geht heute um drei?", "2046-09-12 15:00"),  # today asked for
    ],
)
def test_small_talk_around_the_wish_names_no_day(said, start):
    assert _when(said) == start


def test_small_talk_naming_a_day_of_its_own_is_kept_and_asked():
    said = "Es regnet heute, am Samstag soll es schön sein, geht Freitag?"
    assert _check(said).status in QUESTIONS


def test_two_parts_of_the_day_meeting_in_no_time_are_asked():
    saturday = _check("Samstag spät vormittags")  # Saturday's late part begins at noon
    assert saturday.status in QUESTIONS and saturday.window is None


@pytest.mark.parametrize(
    "said",
    [
        "nehmen Sie irgendwen, Sie kennen Ihre Leute besser",
        "whoever you recommend",
        "das können Sie besser beurteilen",
    ],
)
def test_the_choice_left_to_the_salon_for_knowing_its_team_is_no_preference(said):
    assert is_no_preference(said, CATALOG, "damenhaarschnitt", SALON)


def test_what_a_stylist_knows_or_a_name_said_is_not_left_to_the_salon():
    assert not is_no_preference(
        "jemand, der sich mit Locken auskennt", CATALOG, "dauerwelle", SALON
    )
    assert not is_no_preference("Sie kennen doch die Sophie", CATALOG, "damenhaarschnitt", SALON)


@pytest.mark.parametrize(
    ("said", "slug"),
    [("meine Haare sollen gewellt sein", "dauerwelle"), ("I'd like wavy hair", "dauerwelle")],
)
def test_a_service_named_by_its_effect_is_that_service(said, slug):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status == "ok" and match.service.slug == slug


def test_an_effect_taken_away_is_not_that_service():
    assert resolve_service(CATALOG, "keine Locken mehr bitte", SALON).status != "ok"
    assert resolve_service(CATALOG, "Wellness", SALON).not_offered == "Wellness"
