"""Blind round 43's and its probes' leftovers (claims118), as classes: a note or message written
to someone of the salon is a message taken (convention 870), a note on the booking the booking;
an answer taking its subject from an echo or from the caller's question; a message the caller
asked for said taken; a call the caller may expect; the price or length of the caller's service
named with its stylist; and the nearest sentences that must still claim nothing. Sentences in
words of neither corpus file (blind 43, probe 43f)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, NOWHERE, passes_in

MESSAGE = frozenset({"message"})  # a message taken for the salon in this call
CALLBACK = frozenset({"message", "unknown"})  # a message taken, or an outcome the salon tells
# `done` + text: the call's latest outcome confirmed, and the salon texts it
SENT = frozenset({"booked", "cancelled", "moved", "two"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich habe Sophie eine kurze Notiz geschrieben, dass Sie sich wegen des Preises gemeldet haben.",
      "de", MESSAGE),
     ("Der Chefin habe ich eine Nachricht geschickt, dass Sie angerufen haben.", "de", MESSAGE),
     ("I've sent Fabian a short note that you rang about the price.", "en", MESSAGE),
     # the hold and the message are never true together in these states (870)
     ("Ich habe Freitag um zehn geblockt und dem Team eine Notiz geschrieben.", "de", NOWHERE),
     ("Soll ich Sophie eine Notiz schreiben?", "de", EVERYWHERE),
     ("Ich habe bei Ihrem Termin am Freitag vermerkt, dass Sie Ihre eigene Farbe mitbringen.",
      "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_note_written_to_someone_is_a_message_a_note_on_the_booking_is_the_booking(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Ihre SMS? Die ist schon unterwegs.", "de", "", SENT),
     ("Your confirmation? It's gone out already.", "en", "", SENT),
     ("Ihre Bestätigung? Die bekommen Sie, sobald der Termin gebucht ist.", "de", "", EVERYWHERE),
     ("Die ist schon raus.", "de", "Kriege ich eine SMS?", SENT),
     ("It's on its way to you now.", "en", "Do I get a confirmation?", SENT),
     ("Die verschicken wir erst nach der Buchung.", "de", "Kriege ich eine SMS?", EVERYWHERE)],
)  # fmt: skip
def test_an_answer_whose_subject_is_the_thing_echoed_or_asked_says_it_of_that_thing(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Ist aufgeschrieben.", "de", "Können Sie Sophie ausrichten, dass ich später zurückrufe?",
      MESSAGE),
     ("Noted, she'll get it.", "en", "Could you tell Lena I called?", MESSAGE),
     ("Sorry, I can't pass messages on.", "en", "Could you tell Lena I called?", EVERYWHERE),
     ("Soll ich das notieren?", "de", "Können Sie Sophie ausrichten, dass ich später zurückrufe?",
      EVERYWHERE)],
)  # fmt: skip
def test_the_message_the_caller_asked_for_said_taken_is_the_message_not_a_booking(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Rechnen Sie morgen Vormittag mit einem Anruf von Sophie.", "de", CALLBACK),
     ("You can count on a call from the salon later today.", "en", CALLBACK),
     ("Bringen Sie am Freitag Ihre Fotos mit.", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_call_to_expect_is_a_callback_not_a_visit(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihre Dauerwelle bei Fabian kostet rund neunzig Euro.", "de", BOOKED_ANY),
     ("Your highlights with Lena come to about a hundred euros.", "en", {"two"}),
     ("A perm with Fabian is about ninety euros.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_price_of_the_callers_service_with_its_stylist_is_that_booking(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


def test_a_confirmation_in_the_inbox_with_the_text_named_is_the_text_not_an_email():
    assert passes_in("The confirmation text is waiting in your inbox.", "en") == SENT
