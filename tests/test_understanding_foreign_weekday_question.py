"""A caller who names the day in another language ("el viernes", "op zondag") is asked back, and
the question names the weekday the word means, so the model can ask "Meinen Sie Freitag?"
instead of saying it did not understand. The day is never guessed (a wrong day is worse than a
question; Dutch "dinsdag" is not among them: it is read as the Low German "Dingsdag" is.)"""

from __future__ import annotations

from datetime import datetime

from calendar_adapter.salon import load_salon
from tools.dates import check_request

SALON = load_salon()
# a Tuesday in March: every weekday ahead is an ordinary open or closed day
NOW = datetime.fromisoformat("2027-03-09T10:00:00+01:00")


def test_a_weekday_word_of_another_language_is_asked_with_the_weekday_it_names():
    for said, weekday in [
        ("el sábado", "Samstag"),
        ("am mercredi", "Mittwoch"),
        ("na czwartek", "Donnerstag"),
        ("op woensdag", "Mittwoch"),
        ("perşembe günü", "Donnerstag"),
    ]:
        check = check_request(SALON, NOW, said, "um elf", None, 30)
        assert check.status == "invalid_date", said
        assert check.day is None, said
        assert weekday in check.message and said in check.message, (said, check.message)


def test_the_question_is_said_in_the_call_s_language():
    check = check_request(SALON, NOW, "il giovedì", None, None, 30, "en")
    assert check.status == "invalid_date"
    assert "Thursday" in check.message and "another language" in check.message


def test_two_weekday_words_that_disagree_offer_no_weekday():
    check = check_request(SALON, NOW, "lunes o martes", None, None, 30)
    assert check.status == "invalid_date"
    assert "Montag" not in check.message and "Dienstag" not in check.message


def test_a_german_weekday_and_an_unknown_word_are_read_as_before():
    assert check_request(SALON, NOW, "Donnerstag", "um elf", None, 30).day is not None
    unknown = check_request(SALON, NOW, "el blorp", None, None, 30)
    assert unknown.status == "invalid_date" and "another language" not in unknown.message
    assert "anderen Sprache" not in unknown.message
