"""The rules blind round 46's misses led to (helper when64), in words of neither the round nor its
labels. The caller's reply to a slot they repeat moves that slot by a day, a week or some hours;
the n-th Werktag / working day of a named week counts the calendar's working days; "the <weekday>
after next" and its German sentence forms are "übernächsten <weekday>"; "so früh wie möglich" with
a from-bound is the bound's time; done by closing is any start that fits; the last slot "of the
day" is the day's last start; a first day of the caller's own thing is asked; an event day said
again as its date is that date; the hair alone for an occasion, or only whom it is for, is asked.
Beside each rule, the nearest phrases that must stay as they were."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, CATALOG, QUESTIONS, SALON, check, when
from tools.catalog_match import resolve_service
from tools.dates import check_request

# Wednesday 8 October 2053, 10:40 (open Tue-Fri 9-18, Thursday to 20:00, Saturday 9-14; Monday
# 13 October closed)
WEDNESDAY = datetime(2053, 10, 8, 10, 40, tzinfo=BERLIN)
on_wednesday = partial(when, now=WEDNESDAY)


def english(said: str, minutes: int = 30):
    return check_request(SALON, WEDNESDAY, said, None, None, minutes, "en")


def start(answer) -> str:
    assert answer.status == "ok", answer.message
    return answer.start_local.strftime("%Y-%m-%d %H:%M")


def offered_dates(answer) -> list[str]:
    assert answer.status == "ambiguous_date", answer.message
    return [o["date"] for o in answer.options]


# -- the caller's reply to a slot they repeat (W40) -----------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Freitag um zehn, ginge auch der Tag darauf?", "2053-10-11 10:00"),
        ("Donnerstag um vier passt nicht so, lieber einen Tag später", "2053-10-10 16:00"),
        ("Freitag um zehn, geht auch ne Woche später?", "2053-10-17 10:00"),
        (
            "Sie hatten Freitag um elf angeboten, geht das auch zwei Stunden früher?",
            "2053-10-10 09:00",
        ),
    ],
)
def test_a_reply_moves_the_slot_it_repeats(said, expected):
    assert on_wednesday(said) == expected


def test_a_reply_moves_the_slot_in_an_english_call_too():
    assert start(english("the Friday at two you offered, could it be half an hour later")) == (
        "2053-10-10 14:30"
    )
    assert start(english("Friday at ten, would the day before work as well?")) == "2053-10-09 10:00"


def test_a_slot_moved_onto_a_closed_day_is_that_closed_day():
    answer = check("Samstag um zwölf, ginge auch der Tag danach?", now=WEDNESDAY)
    assert (answer.status, answer.day) == ("closed", date(2053, 10, 12))


def test_a_move_without_the_slot_a_second_appointment_and_a_hedged_move_stay_as_they_were():
    assert check("lieber eine Stunde früher", now=WEDNESDAY).status in QUESTIONS
    assert check("Freitag um zehn und meine Tochter eine Stunde später", now=WEDNESDAY).status in (
        QUESTIONS
    )
    assert (
        check("Freitag um zehn oder vielleicht der Tag danach", now=WEDNESDAY).status in QUESTIONS
    )


# -- working days counted in a named week (W40) ---------------------------------------------------


def test_the_nth_werktag_of_a_week_counts_the_calendars_working_days():
    assert on_wednesday("der dritte Werktag übernächste Woche") == "2053-10-22"  # Mon, Tue, Wed
    assert str(english("the second business day next week").day) == "2053-10-14"


def test_the_first_working_day_of_a_week_the_salon_is_closed_on_is_said_closed():
    answer = english("the first working day next week")
    assert (answer.status, answer.day) == ("closed", date(2053, 10, 13))


def test_open_days_counted_in_a_week_stay_the_salons_open_days():
    assert on_wednesday("am zweiten Öffnungstag nächste Woche") == "2053-10-15"


# -- the weekday and the week after next (W41) ----------------------------------------------------


def test_the_weekday_after_next_is_asked_with_both_while_the_first_is_this_week():
    both = ["2053-10-17", "2053-10-24"]
    assert offered_dates(english("the Friday after next")) == both
    assert offered_dates(check("der Freitag nach dem nächsten", now=WEDNESDAY)) == both


def test_the_weekday_after_next_is_one_day_once_this_weeks_is_gone():
    assert str(english("the Tuesday after next").day) == "2053-10-21"
    assert on_wednesday("in der Woche nach der nächsten am Dienstag") == "2053-10-21"


def test_an_ordinal_weekday_in_the_new_month_is_next_months():
    assert on_wednesday("am zweiten Dienstag im neuen Monat") == "2053-11-11"


# -- the earliest from a bound, done by closing, the day's last ----------------------------------


def test_as_early_as_possible_from_a_bound_is_the_bounds_time():
    assert on_wednesday("Samstag möglichst früh, aber erst ab elf") == "2053-10-11 11:00"
    assert start(english("on Friday as early as you can but not before eleven")) == (
        "2053-10-10 11:00"
    )
    assert on_wednesday("am Freitag so früh wie möglich") == "2053-10-10 09:00"


def test_done_by_closing_is_any_start_that_fits():
    assert on_wednesday("Freitag, das muss aber vor Ladenschluss fertig sein") == "2053-10-10"
    late = english("Thursday at 7:30 pm, will that be done before you close?", minutes=60)
    assert (late.status, late.day) == ("outside_hours", date(2053, 10, 9))


def test_just_before_closing_and_a_bare_before_you_close_stay_as_they_were():
    assert on_wednesday("am Freitag kurz vor Ladenschluss") == "2053-10-10 16:00-18:00"
    assert check("Freitag bevor Sie zumachen", now=WEDNESDAY).status in QUESTIONS


def test_the_last_slot_of_the_day_is_the_days_last_start():
    assert on_wednesday("Freitag den letzten Termin vom Tag") == "2053-10-10 17:30"


# -- days only the caller knows -------------------------------------------------------------------


def test_the_first_day_of_the_callers_own_thing_is_asked():
    assert english("the first day of the festival").status in QUESTIONS
    assert check("am ersten Tag der Kirmes", now=WEDNESDAY).status in QUESTIONS
    assert str(english("the first day of next month").day) == "2053-11-01"


def test_an_event_day_said_again_as_its_date_is_that_date():
    assert on_wednesday("am Lohntag, also am 15.") == "2053-10-15"
    assert str(english("on payday, that is the 28th").day) == "2053-10-28"
    assert check("am Lohntag", now=WEDNESDAY).status in QUESTIONS


# -- names: occasions and two people --------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["fürs Schützenfest die Haare machen", "hair for the gala", "zum Abschlussball meines Sohnes"],
)
def test_the_hair_alone_or_only_whom_for_an_occasion_is_asked(said):
    match = resolve_service(CATALOG, said, SALON)
    assert match.status != "ok" and not match.not_offered


def test_a_hairdo_named_for_an_occasion_and_a_service_beside_it_stay_as_they_were():
    assert (
        resolve_service(CATALOG, "eine Frisur für den Abiball", SALON).not_offered == "Festfrisur"
    )
    assert resolve_service(CATALOG, "Kinderhaarschnitt zur Kommunion", SALON).status == "ok"


def test_a_childs_age_between_two_people_still_names_two_people():
    match = resolve_service(CATALOG, "für meine Tochter, zehn Jahre, und für mich", SALON)
    assert match.status == "ambiguous_service" and match.several_people
