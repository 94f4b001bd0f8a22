"""The rules blind round 28's day and time misses led to, and their limits, on phrases and "now"s
in no corpus. On the weekend "übernächstes Wochenende" is the one after next week's and
"nächstes" / "kommendes" next week's; in the week "übernächstes" is asked (the weekend after the
coming one, or the one after that), as are "nächstes" with the coming Saturday closed (Silvester),
"am Wochenende" said on the weekend once nothing of it is left and "dieses Wochenende" on a
Saturday in hours; "dieses Wochenende" said on its Sunday is that closed day. A named day gone
within 60 days stays past, gone longer ago it is next year's; "nach Ostern" gone and "vor Ostern"
said within its week are asked, never one day or past. Two days joined by "oder" are asked even
when both are closed; minutes from now before opening are that time, outside the hours. "in vier
Wochen am Freitag" is the Friday of the week four weeks on; the digits of a booking code or a
child's age are no time; two parts of the day with the choice left to the salon ("egal",
"whichever") are the whole day, without it still asked."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.understanding_support import BERLIN, QUESTIONS, check, when

# Wednesday 1 June 2072, 10:00: Easter (10.4.), Pfingstmontag (30.5.), Frauentag (8.3.) gone
WEDNESDAY = datetime(2072, 6, 1, 10, 0, tzinfo=BERLIN)
SATURDAY_OPEN = datetime(2072, 6, 4, 10, 0, tzinfo=BERLIN)
SATURDAY_EVENING = datetime(2072, 6, 4, 15, 0, tzinfo=BERLIN)  # after closing at 14:00
SUNDAY = datetime(2072, 6, 5, 11, 0, tzinfo=BERLIN)
# Wednesday 28 December 2072: Silvester is the coming Saturday, closed
YEAR_END = datetime(2072, 12, 28, 10, 0, tzinfo=BERLIN)
EARLY_TUESDAY = datetime(2072, 6, 7, 8, 15, tzinfo=BERLIN)  # opening at 09:00
GRUENDONNERSTAG = datetime(2072, 4, 7, 17, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("said", "now", "want"),
    [
        ("an dem übernächsten Wochenende", SUNDAY, "2072-06-18"),
        ("nächste Weekend", SUNDAY, "2072-06-11"),
        ("am kommenden Wochenende", SUNDAY, "2072-06-11"),
        ("the next weekend", SUNDAY, "2072-06-11"),
        ("an dem nächsten Wochenende", SATURDAY_EVENING, "2072-06-11"),
        ("am übernächsten Weekend", SATURDAY_OPEN, "2072-06-18"),
        ("over the weekend after next", SATURDAY_EVENING, "2072-06-18"),
    ],
)
def test_weekends_are_counted_from_the_coming_one(said, now, want):
    assert when(said, now=now) == want


@pytest.mark.parametrize(
    ("said", "now"),
    [
        ("irgendwann am Wochenende", SUNDAY),
        ("am Wochenende irgendwann", SATURDAY_EVENING),
        ("an diesem Wochenende", SATURDAY_OPEN),
        ("this weekend, please", SATURDAY_OPEN),
        ("an dem nächsten Wochenende", YEAR_END),
        ("the next weekend", YEAR_END),
        ("übernächstes Weekend", WEDNESDAY),  # the one after the coming one, or after that?
        ("übernächste Weekend", YEAR_END),
        ("over the weekend after next", WEDNESDAY),
    ],
)
def test_a_weekend_that_could_be_two_is_asked(said, now):
    assert check(said, now=now).status in QUESTIONS


def test_this_weekend_said_on_its_sunday_is_that_closed_day_never_the_next():
    answer = check("an diesem Wochenende", now=SUNDAY)
    assert (answer.status, str(answer.day)) == ("closed", "2072-06-05")


@pytest.mark.parametrize(
    ("said", "now", "want"),
    [
        ("Weltfrauentag", WEDNESDAY, "2073-03-08"),  # gone 85 days: next year's (closed)
        ("zwei Tage nach dem Frauentag", WEDNESDAY, "2073-03-10"),
        ("Easter Monday", WEDNESDAY, "past"),  # gone 51 days
        ("Whit Monday", WEDNESDAY, "past"),  # gone two days: this year's
        ("Reformation Day", datetime(2072, 12, 6, 10, 0, tzinfo=BERLIN), "past"),
    ],
)
def test_a_named_day_gone_within_60_days_is_past_and_longer_ago_next_years(said, now, want):
    assert when(said, now=now) == want


@pytest.mark.parametrize(
    ("said", "now"),
    [
        ("after Easter sometime", WEDNESDAY),
        ("nach den Osterfeiertagen", WEDNESDAY),
        ("before Easter", GRUENDONNERSTAG),
        ("kurz vor Ostern", GRUENDONNERSTAG),
    ],
)
def test_a_stretch_around_easter_said_after_or_within_it_is_asked(said, now):
    assert check(said, now=now).status in QUESTIONS


@pytest.mark.parametrize(
    ("said", "now"),
    [
        ("today or tomorrow", SUNDAY),
        ("morgen oder am Montag", SATURDAY_EVENING),
        ("Thursday or Friday, whichever", WEDNESDAY),
        ("entweder Donnerstag oder Freitag", WEDNESDAY),
    ],
)
def test_two_days_left_to_the_salon_are_asked_never_the_first(said, now):
    assert check(said, now=now).status in QUESTIONS


@pytest.mark.parametrize(
    "said", ["in ten minutes", "in 15 mins", "in einer Viertelstunde", "in zehn Minuten"]
)
def test_minutes_from_now_before_opening_are_outside_the_hours(said):
    assert check(said, now=EARLY_TUESDAY).status == "outside_hours"


def test_an_hour_from_now_that_reaches_the_hours_stays_a_window():
    assert when("in an hour", now=EARLY_TUESDAY) == "2072-06-07 09:00-09:45"


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("in vier Wochen am Freitag", "2072-07-01"),
        ("in three weeks on Thursday", "2072-06-23"),
        ("Buchungsreferenz 4 4 1, Freitag um 11", "2072-06-03 11:00"),
        ("Gutscheincode 5 5 0 2, dann Donnerstag um drei", "2072-06-02 15:00"),
        ("voucher code 3 3 8, Friday at 2 pm", "2072-06-03 14:00"),
        ("my son, he is 6, Friday at 10 am", "2072-06-03 10:00"),
        ("Freitag früh oder nachmittags, wurscht", "2072-06-03"),
        ("Friday, morning or afternoon, either is fine", "2072-06-03"),
        ("Friday, afternoon or morning, doesn't matter", "2072-06-03"),
    ],
)
def test_clear_phrases_are_answered(said, want):
    assert when(said, now=WEDNESDAY) == want


@pytest.mark.parametrize(
    "said", ["Freitag, morgens oder nachmittags", "Freitag um 11 oder um 3, egal"]
)
def test_either_part_or_time_without_the_choice_left_open_is_asked(said):
    assert check(said, now=WEDNESDAY).status in QUESTIONS
