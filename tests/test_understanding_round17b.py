"""The rules for the five classes of clear phrases round 17 left asked, and their limits.

An errand told around the day ("ich muss vorher noch die Kleine zur Kita bringen, die macht um
acht auf, also danach") is left out with its time: a time said elsewhere is the wish, none said
makes the errand's time the start of the wish; a time said with the day is the wish. A question
about the day named ("das ist doch nach Ostern, oder? Ach nee, vorher. Egal") is checked against
it: the caller's last answer counts, "egal" dismisses it, a belief that does not hold is asked. A
day named in an aside about the last visit is the wish only when the caller compares ("wieder
Dienstag, wie letztes Mal"). A stretch with a weekday taken out ("am Wochenende, aber nicht
sonntags") is the days left. "Der erste Tag, wo Sie aufhaben" is the salon's first open day in
or after what is named. A question back says what is unclear in the caller's words."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.salon import load_salon
from tests.when_answer import day_answer
from tools.dates import check_request

SALON = load_salon()
BERLIN = ZoneInfo("Europe/Berlin")
THURSDAY = datetime(2038, 9, 16, 10, 0, tzinfo=BERLIN)  # Fri 17, Sat 18, Tue 21, Wed 22
EASTER_WEEK = datetime(2038, 4, 21, 10, 0, tzinfo=BERLIN)  # Thu 22 before Easter, Tue 27 after
YEAR_END = datetime(2037, 12, 30, 10, 0, tzinfo=BERLIN)  # 31.12. closed, Neujahr a Friday
QUESTIONS = ("ambiguous_date", "ambiguous_time", "invalid_date", "invalid_time")


def _check(now: datetime, said: str, time: str | None = None, language: str = "de"):
    return check_request(SALON, now, said, time, None, 30, language)


# -- an errand around the day ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "time", "answer"),
    [
        (
            "Freitag, ich muss vorher die Kleine zur Kita bringen, die macht um acht auf, "
            "also danach",
            "um zehn",
            "2038-09-17 10:00",
        ),
        ("Dienstag, ich hab um neun noch Physio, also erst danach", "um elf", "2038-09-21 11:00"),
        (
            "Friday, I have to take my daughter to school first, so after that",
            "at 10",
            "2038-09-17 10:00",
        ),
    ],
)
def test_an_errand_and_its_time_are_no_appointment_time(said, time, answer):
    assert day_answer(_check(THURSDAY, said, time)) == answer


def test_with_no_time_said_the_wish_starts_after_the_errand():
    check = _check(THURSDAY, "Freitag, meine Schicht ist um eins zu Ende, also danach")
    assert day_answer(check) == "2038-09-17 13:00-18:00"


def test_an_errand_time_that_can_be_morning_or_evening_is_asked_in_the_callers_words():
    check = _check(THURSDAY, "Freitag, die Schule fängt um acht an, also danach")
    assert check.status == "invalid_time"
    assert "'die Schule fängt um acht an, also danach'" in check.message


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Freitag um elf, vorher bring ich noch die Kleine zur Kita", "2038-09-17 11:00"),
        ("Freitag, ist das um zehn frei?", "2038-09-17 10:00"),
        ("Freitag, wenn Sie um neun aufmachen", "2038-09-17 09:00"),
        ("Freitag, der Laden macht um neun auf, da komm ich", "2038-09-17 09:00"),
    ],
)
def test_a_time_said_with_the_day_or_as_a_wish_stays_the_wish(said, answer):
    assert day_answer(_check(THURSDAY, said)) == answer


def test_danach_after_nothing_left_out_or_after_two_times_is_asked():
    assert _check(THURSDAY, "Freitag, danach").status in QUESTIONS
    assert _check(THURSDAY, "Freitag nach dem Arzttermin um drei").status in QUESTIONS


# -- a question about the day named ------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("Dienstag, das ist doch vor Ostern, oder? Ach nee, danach. Egal", "2038-04-27 10:00"),
        ("Donnerstag, das ist doch nach Ostern, oder? Nee, vorher", "2038-04-22 10:00"),
        ("Dienstag, der ist doch nach Ostern, oder? Ja genau", "2038-04-27 10:00"),
        ("Donnerstag, das ist doch nach Ostern, oder? Egal", "2038-04-22 10:00"),
        ("Tuesday, that's after Easter, right?", "2038-04-27 10:00"),
    ],
)
def test_a_question_about_the_day_answered_or_dismissed_keeps_the_day(said, answer):
    assert day_answer(_check(EASTER_WEEK, said, "um zehn")) == answer


def test_a_belief_about_the_day_that_does_not_hold_is_asked_saying_where_the_day_lies():
    check = _check(EASTER_WEEK, "Donnerstag, das ist doch nach Ostern, oder?")
    assert check.status == "ambiguous_date"
    assert [o["date"] for o in check.options] == ["2038-04-22", "2038-04-29"]
    assert "nach Ostern" in check.message and "ist vor Ostern" in check.message


@pytest.mark.parametrize(
    "said", ["Dienstag vor oder nach Ostern, egal", "Dienstag oder Donnerstag, egal"]
)
def test_egal_alone_dismisses_no_choice(said):
    assert _check(EASTER_WEEK, said).status in QUESTIONS


# -- the last visit ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        (
            "Mittwoch, wir waren letztes Mal auch mittwochs da, und das hat gut gepasst",
            "2038-09-22",
        ),
        ("Freitag, letztes Mal war es ein Dienstag", "2038-09-17"),
        ("letztes Mal hatten wir Dienstag, diesmal lieber Mittwoch", "2038-09-22"),
        ("wieder Dienstag, wie letztes Mal", "2038-09-21"),
        ("same as last time, Tuesday", "2038-09-21"),
    ],
)
def test_a_day_of_the_last_visit_is_the_wish_only_when_the_caller_says_so(said, answer):
    assert day_answer(_check(THURSDAY, said)) == answer


@pytest.mark.parametrize("said", ["wie letztes Mal", "wir hatten letztes Mal Dienstag"])
def test_a_last_visit_alone_is_asked_saying_it_is_about_the_last_visit(said):
    check = _check(THURSDAY, said)
    assert check.status == "invalid_date"
    assert f"'{said}' sagt etwas über den letzten Besuch" in check.message


@pytest.mark.parametrize(
    ("said", "time", "answer"),
    [
        ("letzten Dienstag", None, "past"),  # a day gone, no aside
        ("Freitag", "der letzte Termin", "2038-09-17 17:30"),  # the day's last start
    ],
)
def test_last_said_of_a_day_or_a_start_is_no_last_visit(said, time, answer):
    assert day_answer(_check(THURSDAY, said, time)) == answer


# -- a stretch with a weekday taken out --------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("am Wochenende, aber nicht sonntags", "2038-09-18"),
        ("on the weekend, but not Sunday obviously", "2038-09-18"),
        ("Wochenende, nur nicht am Sonntag, da ist ja zu", "2038-09-18"),
        ("am Wochenende, aber nicht Samstag", "2038-09-19"),  # closed: said so
    ],
)
def test_a_weekend_without_one_of_its_days_is_the_other(said, answer):
    assert day_answer(_check(THURSDAY, said)) == answer


def test_a_week_without_one_day_offers_the_days_left():
    check = _check(THURSDAY, "nächste Woche, aber nicht Dienstag")
    assert check.status == "ambiguous_date"
    assert "2038-09-21" not in [o["date"] for o in check.options]


@pytest.mark.parametrize(
    "said", ["nicht am Wochenende", "am Wochenende, aber nicht vormittags", "any day but Sunday"]
)
def test_an_exclusion_with_nothing_left_named_is_asked_quoting_it(said):
    check = _check(THURSDAY, said)
    assert check.status == "invalid_date"
    assert "ausgeschlossen ('" in check.message


def test_an_exclusion_is_quoted_in_an_english_call_too():
    check = _check(THURSDAY, "any day but Sunday", language="en")
    assert "ruled something out ('any day but Sunday')" in check.message


# -- the first open day ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "said", "answer"),
    [
        (YEAR_END, "im neuen Jahr gleich am ersten Tag, wo Sie aufhaben", "2038-01-02"),
        (YEAR_END, "the first day you're open after the holidays", "2038-01-02"),
        (EASTER_WEEK, "nach Ostern am ersten Tag, an dem Sie offen haben", "2038-04-27"),
        (THURSDAY, "nächste Woche am ersten Tag, wo Sie aufhaben", "2038-09-21"),
        (THURSDAY, "am ersten Tag, wo Sie offen haben", "2038-09-16"),  # today, still open
    ],
)
def test_the_first_day_you_are_open_is_the_first_open_day_in_or_after_what_is_named(
    now, said, answer
):
    check = _check(now, said)
    assert day_answer(check) == answer
    assert check.earliest


@pytest.mark.parametrize(
    ("said", "answer"),
    [("am ersten Tag im neuen Jahr", "2038-01-01"), ("am ersten Januar", "2038-01-01")],
)
def test_the_first_day_without_the_opening_said_is_the_date(said, answer):
    check = _check(YEAR_END, said)
    assert check.status == "closed" and str(check.day) == answer


# -- the question back -------------------------------------------------------------------------


def test_words_not_understood_are_quoted_as_the_caller_said_them():
    check = _check(THURSDAY, "Freitag nach der Kita")
    assert check.message.startswith("Nicht sicher verstanden: 'nach der Kita'")
