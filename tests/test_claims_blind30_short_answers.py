"""Blind round 30's short answers (claims60), as classes: the caller's yes-or-no question about
an outcome (booked, cancelled, moved, held, a text) and the agent's short answer — a yes word,
the question's verb echoed, a word of completion, certainty or the call's past — claim THAT
outcome with the question's day; "not yet" to a booking question says it is not booked, to a
cancellation question that it is not cancelled (convention 280, superseding 190); a bare no and
any answer to a question about something else claim nothing. Sentences and questions in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    HELD,
    NOT_BOOKED,
    passes_in,
)

MOVED_THURSDAY = {"moved"}  # moved from Friday to Thursday 15:00
TEXTED = {"booked", "moved", "two", "cancelled"}  # an outcome confirmed by text (not no_sms)


@pytest.mark.parametrize(
    ("caller", "answer", "lang"),
    [("Ist mein Termin jetzt wirklich gebucht?", "Ja, seit ein paar Sekunden.", "de"),
     ("Ist mein Termin jetzt wirklich gebucht?", "Ist er, ganz tatsächlich.", "de"),
     ("Is my appointment confirmed now?", "Yes, totally confirmed.", "en"),
     ("Is my appointment confirmed now?", "It is, as of a minute ago.", "en")],
)  # fmt: skip
def test_a_yes_to_a_booking_question_is_the_booking(caller, answer, lang):
    assert passes_in(answer, lang, caller) == BOOKED_ANY


@pytest.mark.parametrize(
    ("caller", "answer", "lang"),
    [("Haben Sie den Freitagstermin gestrichen?", "Hab ich, ja.", "de"),
     ("Haben Sie den Freitagstermin gestrichen?", "Ja, ist weg.", "de"),
     ("Did you call off my Friday appointment?", "I did, earlier.", "en"),
     ("Did you call off my Friday appointment?", "Yes, it's gone.", "en")],
)  # fmt: skip
def test_a_yes_to_a_cancellation_question_is_the_cancellation(caller, answer, lang):
    # the reader's own reading of "hab ich" (a booking) gives way to what was asked
    assert passes_in(answer, lang, caller) == CANCELLED_FRIDAY


@pytest.mark.parametrize(
    ("caller", "answer", "lang", "expected"),
    [("Haben Sie mich auf Donnerstag umgelegt?", "Ja, hab ich gemacht.", "de", MOVED_THURSDAY),
     ("Haben Sie mich auf Montag umgelegt?", "Ja, hab ich gemacht.", "de", set()),
     ("Did you reschedule me to Thursday?", "I did.", "en", MOVED_THURSDAY),
     ("Did you reschedule me to Monday?", "I did.", "en", set())],
)  # fmt: skip
def test_a_yes_to_a_move_question_is_the_move_to_the_day_asked(caller, answer, lang, expected):
    assert passes_in(answer, lang, caller) == expected


@pytest.mark.parametrize(
    ("caller", "answer", "lang"),
    [("Ist der Platz am Freitag noch für mich geblockt?", "Ja, ist er noch.", "de"),
     ("Is Friday still reserved for me?", "Yes, still is.", "en")],
)  # fmt: skip
def test_a_yes_to_a_hold_question_is_the_hold(caller, answer, lang):
    assert passes_in(answer, lang, caller) == HELD - {"moved"}  # Friday: not the moved-to day


@pytest.mark.parametrize(
    ("caller", "answer", "lang"),
    [("Kommt da noch eine SMS?", "Ja, ist schon unterwegs.", "de"),
     ("Do I get a text about it?", "Yes, it's on its way.", "en")],
)  # fmt: skip
def test_a_yes_to_a_text_question_promises_the_text(caller, answer, lang):
    assert passes_in(answer, lang, caller) == TEXTED


def test_a_yes_to_an_email_question_promises_what_the_salon_never_sends():
    """Convention 25: the salon sends no e-mail, so an e-mail promised is false everywhere
    (claims108: this question was read as a text question before)."""
    assert passes_in("Yes, it's on its way.", "en", "Do I get an email about it?") == set()


@pytest.mark.parametrize(
    ("caller", "answer", "lang"),
    [("Bin ich schon im Kalender eingetragen?", "Bisher leider noch nicht.", "de"),
     ("Bin ich schon im Kalender eingetragen?", "Nein, noch nicht – es fehlt Ihr Okay.", "de"),
     ("Is my appointment confirmed now?", "Not yet, one sec.", "en"),
     ("Is my appointment confirmed now?", "Almost there, not yet.", "en")],
)  # fmt: skip
def test_a_not_yet_to_a_booking_question_is_not_booked(caller, answer, lang):
    assert passes_in(answer, lang, caller) == NOT_BOOKED


@pytest.mark.parametrize(
    ("caller", "answer", "lang"),
    [("Bin ich schon im Kalender eingetragen?", "Nein, tut mir leid.", "de"),
     ("Verkaufen Sie auch Haarpflege?", "Ja, tun wir.", "de"),
     ("Verkaufen Sie auch Haarpflege?", "Ja, bis 19 Uhr.", "de"),
     ("Is there a cash machine close by?", "Yes, there is.", "en"),
     ("Is there a cash machine close by?", "No, not really.", "en")],
)  # fmt: skip
def test_a_no_a_denied_act_or_an_answer_about_something_else_claims_nothing(caller, answer, lang):
    assert passes_in(answer, lang, caller) == EVERYWHERE


@pytest.mark.parametrize(
    ("caller", "answer", "lang"),
    [("Did you call off my Friday appointment?", "Not yet, sorry.", "en"),
     ("Haben Sie den Freitagstermin gestrichen?", "Noch nicht, gleich.", "de")],
)  # fmt: skip
def test_a_not_yet_to_a_cancellation_question_says_it_is_not_cancelled(caller, answer, lang):
    # convention 280 (superseding 190): false only where Friday's appointment was cancelled
    assert passes_in(answer, lang, caller) == EVERYWHERE - CANCELLED_FRIDAY


def test_an_answer_with_an_outcome_of_its_own_is_read_as_said():
    caller = "Verkaufen Sie auch Haarpflege?"
    assert passes_in("Ja, und Ihr Termin ist gebucht.", "de", caller) == BOOKED_ANY


@pytest.mark.parametrize(
    ("caller", "answer", "lang"),
    [("And what day am I on after all that?", "It's Thursday, at three.", "en"),
     ("An welchem Tag bin ich denn jetzt?", "Donnerstag, drei Uhr nachmittags.", "de")],
)  # fmt: skip
def test_a_slot_answering_which_day_the_caller_is_on_is_the_booking(caller, answer, lang):
    assert passes_in(answer, lang, caller) == MOVED_THURSDAY


@pytest.mark.parametrize(
    ("caller", "answer", "lang", "expected"),
    [("Haben Sie den Freitagstermin gestrichen?", "Hab ich, ja. Sonst noch was?", "de",
      CANCELLED_FRIDAY),
     ("Is my appointment confirmed now?", "It is. Anything else today?", "en", BOOKED_ANY),
     ("Is my appointment confirmed now?", "Not yet. I still need your go-ahead.", "en",
      NOT_BOOKED)],
)  # fmt: skip
def test_the_first_sentence_of_a_reply_answers_the_question(caller, answer, lang, expected):
    assert passes_in(answer, lang, caller) == expected
