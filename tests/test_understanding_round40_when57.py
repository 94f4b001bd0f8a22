"""The rules blind round 40's misses led to (helper when57), in words of neither the round nor its
probe: a length said before the salon's closing or after its opening is that clock time on the
day said, from that day's own hours (Thursday closes later, Saturday earlier; a closed day is
closed, a start the service does not fit "outside"); the last stretch before closing is that
window; the caller's own "Feierabend" stays asked. A stretch the caller has, a length with its
start, is the window of starts in it with the service's minutes counted before its end (round 34's
end to keep): one start where the service fills it, none ("outside") where it does not fit."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.understanding_support import BERLIN, QUESTIONS, SALON, check, when
from tools.dates import check_request

# Monday 2 June 2098, 11:00 (closed): Tue 3, Wed 4, Thu 5 (to 20:00), Fri 6, Sat 7 (to 14:00),
# Sun 8 and Mon 9 closed
JUNE = datetime(2098, 6, 2, 11, 0, tzinfo=BERLIN)
in_june = partial(when, now=JUNE)


def english(said: str, time_said: str, minutes: int = 30):
    return check_request(SALON, JUNE, said, time_said, None, minutes, "en")


def test_a_length_before_closing_counts_back_from_that_days_closing():
    assert in_june("Dienstag", "dreißig Minuten bevor der Laden zumacht") == "2098-06-03 17:30"
    assert in_june("Donnerstag", "dreißig Minuten bevor der Laden zumacht") == "2098-06-05 19:30"


def test_a_length_after_opening_counts_on_from_the_opening():
    assert in_june("Freitag", "zweieinhalb Stunden nach der Öffnung") == "2098-06-06 11:30"


def test_an_english_length_after_the_shop_opens_is_read_the_same():
    answer = english("Saturday", "three hours after the shop opens")
    assert answer.status == "ok" and answer.start_local.strftime("%H:%M") == "12:00"


def test_a_day_the_salon_is_closed_stays_closed_whatever_the_length():
    assert check("Sonntag", "zwei Stunden vor Ladenschluss", now=JUNE).status == "closed"


def test_a_length_after_closing_or_before_opening_is_outside_the_hours():
    assert check("Samstag", "eine Stunde nach Geschäftsschluss", now=JUNE).status == "outside_hours"
    assert check("Mittwoch", "zwei Stunden bevor Sie aufmachen", now=JUNE).status == "outside_hours"


def test_the_last_stretch_before_closing_is_that_window():
    assert in_june("Dienstag", "während der letzten zwei Stunden vor Geschäftsschluss") == (
        "2098-06-03 16:00-18:00"
    )


def test_the_callers_own_feierabend_is_never_the_salons_closing():
    assert check("Freitag", "zwei Stunden nach meinem Feierabend", now=JUNE).status in QUESTIONS


def test_a_bare_length_with_no_edge_and_no_start_stays_asked():
    assert check("Mittwoch", "anderthalb Stunden", now=JUNE).status in QUESTIONS


def test_a_stretch_the_caller_has_is_the_window_of_starts_that_fit_in_it():
    said = "ich hätte ab halb drei so anderthalb Stunden frei"
    assert in_june("Mittwoch", said) == "2098-06-04 14:30-15:30"


def test_an_english_stretch_counts_the_service_before_its_end():
    answer = english("Tuesday", "I can spare forty minutes from ten")
    assert answer.status == "ok" and answer.window is not None
    assert [f"{t:%H:%M}" for t in answer.window] == ["10:00", "10:10"]


def test_a_stretch_the_service_fills_is_its_one_start():
    assert in_june("Dienstag", "eine Stunde Luft ab elf", minutes=60) == "2098-06-03 11:00"


def test_a_stretch_too_short_for_the_service_leaves_no_start():
    assert (
        check("Freitag", "ich hab nur zwanzig Minuten ab vier", now=JUNE).status == "outside_hours"
    )


def test_a_start_alone_stays_the_window_to_closing():
    assert in_june("Donnerstag", "ab drei") == "2098-06-05 15:00-20:00"


def test_a_length_from_an_edge_said_as_a_bound_is_asked_never_that_start_alone():
    assert check("Mittwoch", "frühestens zwei Stunden nach Öffnung", now=JUNE).status in QUESTIONS


def test_a_length_before_closing_the_caller_must_be_done_by_is_asked_never_the_start():
    said = "ich muss drei Stunden vor Ladenschluss wieder weg"
    assert check("Dienstag", said, now=JUNE).status in QUESTIONS


def test_a_length_the_caller_needs_from_a_start_is_not_the_stretch_they_have():
    # "brauche" may be the service's length: never the window cut to it
    answer = check("Mittwoch", "ich bräuchte drei Stunden ab neun", now=JUNE)
    assert answer.window is None or answer.window[1].hour >= 12


def test_a_length_of_time_the_caller_has_is_no_time_zone():
    assert in_june("Freitag", "ab vier hab ich zwei Stunden Zeit") == "2098-06-06 16:00-17:30"


def test_an_hour_the_caller_has_booked_for_something_else_is_no_free_stretch():
    assert check("Mittwoch", "ab zwei hab ich eine Stunde Pilates", now=JUNE).status in QUESTIONS


def test_an_hour_said_with_um_may_be_the_callers_own_lesson_and_is_asked():
    assert check("Mittwoch", "ich hab um zwei eine Stunde", now=JUNE).status in QUESTIONS


def test_the_salons_closing_said_in_other_words_counts_the_same():
    assert in_june("Dienstag", "drei Stunden vorm Geschäftsende") == "2098-06-03 15:00"
    answer = english("Tuesday", "two hours before the end of the business day")
    assert answer.status == "ok" and answer.start_local.strftime("%H:%M") == "16:00"
