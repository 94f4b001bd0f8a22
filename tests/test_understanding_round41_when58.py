"""The rules blind round 41's forms led to (helper when58), in words of neither the round nor its
probe: punctuation a dictating caller speaks is the mark it names ("Doppelpunkt", "colon",
"Strich" and "Punkt" between hour and minutes; "Bindestrich" between two hours the window; a
slash between two days two days, asked), and a mark that only ends the sentence is dropped;
"Punkt" before an hour stays "exactly". A clock spelled digit by digit is that clock when the run
can be nothing else (four digits, two and two around "Uhr", three with a zero); two digits side
by side stay what they were. A weekday word of another language is a word as it is, never the
German number or day word it is one letter from: the caller is asked."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from tests.understanding_support import BERLIN, QUESTIONS, SALON, check, when
from tools.dates import check_request
from tools.when.spelled_digits import read_spelled_digits

# Tuesday 10 September 2097, 10:00: Wed 11, Thu 12 (to 20:00), Fri 13, Sat 14 (to 14:00),
# Sun 15 and Mon 16 closed
SEPTEMBER = datetime(2097, 9, 10, 10, 0, tzinfo=BERLIN)
in_september = partial(when, now=SEPTEMBER)


def english(said: str, time_said: str | None = None) -> str:
    answer = check_request(SALON, SEPTEMBER, said, time_said, None, 30, "en")
    assert answer.status == "ok" and answer.start_local is not None, answer
    return answer.start_local.strftime("%Y-%m-%d %H:%M")


def test_a_spoken_colon_or_stroke_joins_hour_and_minutes():
    assert in_september("Mittwoch", "siebzehn Doppelpunkt fünfzehn") == "2097-09-11 17:15"
    assert in_september("Freitag", "sechzehn Strich fünfundvierzig") == "2097-09-13 16:45"
    assert english("Wednesday", "eleven colon forty five") == "2097-09-11 11:45"


def test_a_spoken_point_between_numbers_joins_them_and_before_an_hour_means_exactly():
    assert in_september("Donnerstag", "zwölf Punkt dreißig") == "2097-09-12 12:30"
    assert in_september("Donnerstag", "um Punkt elf") == "2097-09-12 11:00"


def test_a_spoken_hyphen_between_two_hours_is_the_window():
    assert in_september("Freitag", "elf Bindestrich dreizehn Uhr") == "2097-09-13 11:00-13:00"


def test_marks_that_only_end_the_sentence_are_dropped():
    assert in_september("Donnerstag Ausrufezeichen", "zwölf Uhr fünfzehn Punkt") == (
        "2097-09-12 12:15"
    )
    assert english("Friday question mark", "four p m period") == "2097-09-13 16:00"


def test_a_slash_between_two_days_is_two_days_and_asked():
    assert check("Mittwoch Schrägstrich Donnerstag", "um zehn", now=SEPTEMBER).status in QUESTIONS


def test_a_clock_spelled_digit_by_digit_is_that_clock():
    assert in_september("Mittwoch", "eins sieben Uhr drei null") == "2097-09-11 17:30"
    assert in_september("Freitag", "null neun eins fünf") == "2097-09-13 09:15"
    assert english("Thursday", "one two four five") == "2097-09-12 12:45"


def test_digits_that_can_be_something_else_stay_as_said():
    assert in_september("Freitag", "um zwei drei") == "2097-09-13 14:00-15:00"  # two or three
    assert read_spelled_digits("am eins zwei null drei") == "am eins zwei null drei"  # a date
    assert read_spelled_digits("zwei vier sieben") == "zwei vier sieben"  # no zero, no clock
    assert read_spelled_digits("zwo fünf null null") == "zwo fünf null null"  # no 25th hour


def test_a_weekday_word_of_another_language_is_asked_never_a_number_or_german_day():
    for said in ("el domingo", "le dimanche", "we wtorek", "il sabato", "op zaterdag"):
        assert check(said, "um zehn", now=SEPTEMBER).status in QUESTIONS, said


def test_a_german_day_or_number_word_misspelt_is_still_repaired():
    assert in_september("Freidach", "um elf") == "2097-09-13 11:00"
    assert in_september("am achtzenten", "um elf") == "2097-09-18 11:00"


def test_two_hour_words_with_bis_or_a_dash_are_the_window_as_their_digits_would_be():
    assert in_september("Freitag", "neun bis elf") == "2097-09-13 09:00-11:00"
    assert in_september("Mittwoch", "drei - fünf") == "2097-09-11 15:00-17:00"  # never 3:05


def test_two_numbers_that_count_something_else_are_no_window():
    assert check("Freitag", "in vier bis sechs Wochen", now=SEPTEMBER).status in QUESTIONS
