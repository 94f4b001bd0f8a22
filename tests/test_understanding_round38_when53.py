"""The rules blind round 38's misses in second appointments, recurring wishes and "today, any
time" led to (helper when53), in words of neither the round nor its probe: one phrase naming a
second person's appointment relative to the first is asked with both times (W12), the same time
for both is that time, a closed day closed, and a person after "after" is another's appointment
(no second one); a recurring wish with its first one named by a date, a week or a month is that
day (the rule's weekday in the week, its place in the month); a first one said as today's weekday
is asked with both days (rounds 11/13); today named with "any time" after the last start is gone,
never moved to the next open day."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, QUESTIONS, SALON, check, when
from tools.dates import check_request

# Wednesday 16 March 2095, 09:30: Thu 17., Fri 18., Sat 19.; Mon 21. closed; next week Tue 22.,
# the week after next Tue 29. - Thu 31.; April: last Friday 29.4.
NOW = datetime(2095, 3, 16, 9, 30, tzinfo=BERLIN)
# Friday 18 March 2095, 17:45: past Friday's last start (17:30 for half an hour)
LATE = datetime(2095, 3, 18, 17, 45, tzinfo=BERLIN)
at_now = partial(when, now=NOW)
asked_now = partial(check, now=NOW)


def english(said: str, now: datetime = NOW):
    return check_request(SALON, now, said, None, None, 30, "en")


def times(answer) -> list[str]:
    return [o["time"] for o in answer.options]


@pytest.mark.parametrize(
    ("said", "minutes", "day", "both"),
    [
        (
            "Donnerstag um elf für meine Nichte, ich gleich danach",
            45,
            "2095-03-17",
            ["11:00", "11:45"],
        ),
        (
            "Freitag um vier, und anderthalb Stunden früher für meinen Opa",
            30,
            "2095-03-18",
            ["16:00", "14:30"],
        ),
    ],
)
def test_a_second_persons_appointment_in_the_same_phrase_is_asked_with_both_times(
    said, minutes, day, both
):
    answer = check(said, now=NOW, minutes=minutes)
    assert answer.status == "ambiguous_time"
    assert str(answer.day) == day
    assert times(answer) == both
    assert "for_person" in answer.message


def test_an_english_second_appointment_is_asked_with_both_times_too():
    answer = english("Saturday at nine for my niece and me half an hour later")
    assert answer.status == "ambiguous_time"
    assert times(answer) == ["09:00", "09:30"]


def test_the_same_time_for_both_people_is_that_time():
    assert at_now("Freitag um drei, und unser Sohn gleichzeitig bei jemand anderem") == (
        "2095-03-18 15:00"
    )


def test_two_appointments_on_a_closed_day_are_closed():
    answer = asked_now("Montag um zehn für mich und eine Stunde später für meine Nichte")
    assert answer.status == "closed"
    assert answer.day == date(2095, 3, 21)


@pytest.mark.parametrize("said", ["Donnerstag, gleich nach meiner Nichte"])
def test_after_someone_elses_appointment_is_no_second_appointment(said):
    answer = asked_now(said)
    assert answer.status in QUESTIONS
    assert answer.status != "ambiguous_time"


def test_right_after_a_person_in_english_is_their_appointment_not_a_second_one():
    answer = english("Thursday at ten, right after my niece")
    assert answer.status in QUESTIONS
    assert answer.status != "ambiguous_time"


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("immer mittwochs, loslegen würde ich nächste Woche", "2095-03-23"),
        ("jeden Donnerstag, beginnen möchte ich übernächste Woche", "2095-03-31"),
        ("jeden letzten Freitag im Monat, anfangen könnten wir im April", "2095-04-29"),
        ("alle drei Wochen, erstmals am 25.3.", "2095-03-25"),
    ],
)
def test_a_recurring_wish_with_its_first_one_named_is_that_day(said, day):
    assert at_now(said) == day


def test_an_english_recurring_wish_starting_in_a_named_week_is_its_weekday_there():
    answer = english("every other Tuesday, starting the week after next")
    assert answer.status == "ok"
    assert answer.day == date(2095, 3, 29)


def test_a_recurring_wish_with_no_first_one_is_still_asked():
    assert asked_now("immer donnerstags").status == "invalid_date"


def test_a_recurring_wishs_first_one_said_as_todays_weekday_is_asked_with_both_days():
    answer = asked_now("ab sofort jeden Mittwoch, das erste Mal gleich diesen Mittwoch")
    assert answer.status == "ambiguous_date"
    assert [o["date"] for o in answer.options] == ["2095-03-16", "2095-03-23"]


def test_today_with_any_time_is_today_while_it_holds_a_start():
    assert at_now("heute, ganz egal um wie viel Uhr") == "2095-03-16"


@pytest.mark.parametrize("said", ["heute, ganz egal um wie viel Uhr", "heute noch, wann immer"])
def test_today_with_any_time_after_the_last_start_is_gone(said):
    assert check(said, now=LATE).status == "past_date"


def test_today_any_time_in_english_after_the_last_start_is_gone():
    assert english("today, any time at all", LATE).status == "past_date"


def test_any_time_alone_after_the_last_start_is_still_the_next_open_day():
    answer = check("egal wann", now=LATE)
    assert answer.status == "ok"
    assert answer.day == date(2095, 3, 19)


@pytest.mark.parametrize(
    ("said", "both"),
    [
        ("Freitag um elf für mich, dann meine Schwiegermutter", ["11:00", "11:30"]),
        ("Freitag um elf, meine Tante eine Stunde nach mir", ["11:00", "12:00"]),
        ("Freitag um elf für mich, hinterher gleich meine große Schwester", ["11:00", "11:30"]),
    ],
)
def test_the_second_one_said_after_then_or_after_the_first_person_is_asked_with_both(said, both):
    answer = asked_now(said)
    assert answer.status == "ambiguous_time"
    assert times(answer) == both


def test_an_english_second_one_right_after_the_first_person_is_asked_with_both():
    answer = english("Friday at eleven for my aunt and me right after her")
    assert answer.status == "ambiguous_time"
    assert times(answer) == ["11:00", "11:30"]


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("wöchentlich, der erste Termin am 24.3.", "2095-03-24"),
        ("jeden Donnerstag ab dem 24.", "2095-03-24"),
    ],
)
def test_a_recurring_wishs_first_date_said_as_the_first_appointment_or_from_is_that_day(said, day):
    assert at_now(said) == day


@pytest.mark.parametrize(
    "said", ["jeden Donnerstag ab dem 25.", "immer dienstags, anfangen würde ich am 23.3."]
)
def test_a_first_date_that_is_not_the_rules_weekday_is_asked_never_answered(said):
    assert asked_now(said).status == "weekday_mismatch"


def test_an_english_first_date_that_is_not_the_rules_weekday_is_asked():
    assert english("weekly on Wednesdays, the first on the 24th").status == "weekday_mismatch"


def test_a_weekdays_eve_in_english_is_its_evening_never_the_whole_day():
    answer = english("Thursday eve")
    assert answer.status == "ok"
    assert answer.window is not None
    assert answer.window[0].hour == 17


@pytest.mark.parametrize("said", ["in der zweiten Märzwoche", "die erste Woche im März"])
def test_a_week_of_this_month_already_gone_is_asked_with_next_years_never_past(said):
    answer = asked_now(said)
    assert answer.status == "ambiguous_date"
    assert all(o["date"].startswith("2096-03") for o in answer.options)


def test_an_english_ordinal_week_of_a_month_is_its_seven_days():
    answer = english("the last week of March")
    assert answer.status == "ambiguous_date"
    assert answer.options[0]["date"] == "2095-03-25"


@pytest.mark.parametrize(
    ("said", "first"),
    [
        ("zweite Aprilhälfte", "2095-04-16"),
        ("in der ersten Hälfte im Mai", "2095-05-03"),
        ("erste Monatshälfte", "2095-04-01"),
    ],
)
def test_a_half_of_a_month_is_asked_with_its_open_days(said, first):
    answer = asked_now(said)
    assert answer.status == "ambiguous_date"
    assert answer.options[0]["date"] == first


def test_an_english_half_of_a_month_is_asked_with_its_open_days():
    answer = english("second half of April")
    assert answer.status == "ambiguous_date"
    assert answer.options[0]["date"] == "2095-04-16"


def test_a_span_said_after_the_second_person_is_its_span_not_part_of_the_name():
    answer = english("Friday at ten for me, my nephew half an hour after, please")
    assert answer.status == "ambiguous_time"
    assert times(answer) == ["10:00", "10:30"]


@pytest.mark.parametrize(
    "said", ["immer freitags, das erste Mal morgen", "every Friday, starting tomorrow"]
)
def test_a_first_day_said_relative_to_today_is_checked_against_the_rules_weekday(said):
    assert check_request(SALON, NOW, said, None, None, 30, "en").status == "weekday_mismatch"


def test_a_first_day_said_relative_to_today_that_is_the_rules_weekday_is_that_day():
    assert at_now("jeden Donnerstag, das erste Mal morgen") == "2095-03-17"
