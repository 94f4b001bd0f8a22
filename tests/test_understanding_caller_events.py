"""A day bounded by an event of the caller's life whose time the salon cannot know (README,
convention W1): the day stands and the time is asked ("um wie viel Uhr wäre das?"), never the
whole day; on a closed day the answer is "closed". With the event's time said, or the caller's
own time beside the clause, the time is read as before; a clause about the salon or politeness
("wenn es geht", "if that suits you") says nothing about the time, and a day counted from an
event ("the day before my exam") is that day. Phrases and "now"s in no corpus file."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from tests.understanding_support import BERLIN, check, when

# Tuesday 7 September 2077, 09:30. Wed 8, Thu 9 (to 20:00), Fri 10, Sat 11 open; Sun 12, Mon 13
# closed.
TUESDAY = datetime(2077, 9, 7, 9, 30, tzinfo=BERLIN)
_check = partial(check, now=TUESDAY)
_when = partial(when, now=TUESDAY)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("Mittwoch, wenn meine Tochter vom Reiten zurück ist", "2077-09-08"),
        ("Donnerstag, sobald der Paketbote da war", "2077-09-09"),
        ("Freitag, nachdem ich meine Mutter zum Bahnhof gebracht habe", "2077-09-10"),
        ("Samstag, solange mein Freund auf die Zwillinge aufpasst", "2077-09-11"),
        ("Freitag, falls mein Schwager das Auto zurückbringt", "2077-09-10"),
        ("Wednesday, once my flatmate is home", "2077-09-08"),
        ("Thursday while my dad watches the baby", "2077-09-09"),
        ("Friday, after we get back from the vet", "2077-09-10"),
    ],
)
def test_a_day_bounded_by_the_callers_event_keeps_the_day_and_asks_the_time(said, day):
    answer = _check(said)
    assert answer.status == "invalid_time"
    assert str(answer.day) == day
    assert "um wie viel Uhr" in answer.message


def test_the_question_quotes_the_event_as_the_caller_said_it():
    answer = _check("Mittwoch, wenn meine Tochter vom Reiten zurück ist")
    assert "'wenn meine Tochter vom Reiten zurück ist'" in answer.message


def test_the_event_said_in_the_time_field_is_asked_the_same_way():
    answer = _check("Donnerstag", "sobald die Tagesmutter die Kleine abgeholt hat")
    assert (answer.status, str(answer.day)) == ("invalid_time", "2077-09-09")


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("Sonntag, wenn meine Tochter vom Reiten zurück ist", "2077-09-12"),
        ("Monday once my flatmate is home", "2077-09-13"),
    ],
)
def test_on_a_closed_day_the_answer_is_closed(said, day):
    answer = _check(said)
    assert (answer.status, str(answer.day)) == ("closed", day)


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        # the event's time said: from then (the window to closing, or its start)
        # (a homecoming: the window to closing since round 36, W1; it had been its start)
        ("Mittwoch, wenn meine Tochter um vier vom Reiten zurück ist", "2077-09-08 16:00-18:00"),
        ("Friday when my night class ends at eleven", "2077-09-10 11:00-18:00"),
        # before someone's arrival with its time: done by then
        ("Freitag, bevor die Gäste um zwei kommen", "2077-09-10 09:00-13:30"),
        # the caller's own time beside the clause: the clause is the reason
        ("Donnerstag, wenn mein Mann zu Hause ist, also gegen sechs", "2077-09-09 17:30-18:30"),
    ],
)
def test_with_a_time_said_the_time_is_read(said, answer):
    assert _when(said) == answer


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("Mittwoch, wenn das bei Ihnen klappt", "2077-09-08"),
        ("Friday, if that suits you", "2077-09-10"),
        ("Donnerstag, wenn ihr da noch Platz habt", "2077-09-09"),
        ("Samstag, wenn möglich", "2077-09-11"),
        ("Samstag, wenn geöffnet ist", "2077-09-11"),
        ("Friday when the shop is quiet", "2077-09-10"),
    ],
)
def test_a_clause_about_the_salon_or_politeness_is_no_event(said, day):
    assert _when(said) == day


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("the day before my exam on Friday", "2077-09-09"),
        ("zwei Tage, bevor meine Eltern kommen, die kommen am Samstag", "2077-09-09"),
    ],
)
def test_a_day_counted_from_an_event_is_that_day(said, day):
    assert _when(said) == day


def test_an_errands_time_left_open_is_asked_quoting_the_errand_as_said():
    answer = _check("Samstag, ich bringe meinen Sohn um elf zum Training")
    assert answer.status == "invalid_date"
    assert "'ich bringe meinen Sohn um elf zum Training'" in answer.message
    assert "errandtime" not in answer.message
