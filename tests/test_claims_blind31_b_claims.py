"""Blind round 31's false passes, part B (claims63), as classes: a question that presupposes an
outcome of the caller's appointment; instructions that presuppose the booking or its loss; an
outcome promised for after the caller's yes; two claims joined; a confirmation beside a
cancellation; and the nearest sentences that must still pass. Sentences in words of neither
corpus file. (A sequence read by its last step and answers to a doubting caller are specified
with their modules: tests/test_claims_sequence.py, tests/test_claims_doubt.py.)"""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    HELD_FRIDAY,
    NOT_BOOKED,
    passes_in,
)

MOVED = {"moved"}
NEVER: set[str] = set()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Brauchen Sie für Freitag noch die Adresse vom Parkhaus?", "de"),
     ("Soll Fabian für Freitag schon das Dauerwellmittel bereitlegen?", "de"),
     ("Soll ich an Ihrem Freitagstermin notieren, dass Sie Latex nicht vertragen?", "de"),
     ("Do you need parking details for Friday?", "en"),
     ("Would you like me to put a note on your Friday appointment about your allergy?", "en")],
)  # fmt: skip
def test_a_question_preparing_the_visit_presupposes_the_booking(sentence, lang):
    # conventions 45, 77: the question asks about something else but takes the visit as booked
    assert passes_in(sentence, lang) == BOOKED_FRIDAY


def test_a_question_preparing_the_visit_with_another_stylist_is_stopped_everywhere():
    assert passes_in("Soll ich Sophie für Freitag noch etwas mitteilen?", "de") == NEVER


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Brauchen Sie eine Parkhausadresse?", "de"),
     ("Möchten Sie, dass ich Ihnen für Freitag einen Termin suche?", "de"),
     ("Soll ich notieren, dass Sie am Freitag nicht können?", "de"),
     ("Soll ich den Termin lieber auf Donnerstag verlegen?", "de"),
     ("Shall I note that you can't make Friday?", "en")],
)  # fmt: skip
def test_a_question_naming_no_visit_of_the_caller_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Verraten Sie mir, wieso Sie den Freitag gestrichen haben?", "de", CANCELLED_FRIDAY),
     ("Can I ask why you cancelled Friday?", "en", CANCELLED_FRIDAY),
     ("Soll ich dem Team sagen, dass Sie nun donnerstags statt freitags erscheinen?", "de", MOVED),
     ("Shall I let Fabian know you're coming on Thursday now instead of Friday?", "en", MOVED),
     ("Soll ich den geblockten Termin am Freitag um zehn verbindlich machen?", "de", HELD_FRIDAY),
     ("Should I keep the Friday 10 a.m. slot I'm holding a bit longer?", "en", HELD_FRIDAY)],
)  # fmt: skip
def test_a_question_presupposing_a_cancellation_a_move_or_a_hold_is_that_claim(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Halten Sie einfach die Bestätigungs-SMS am Empfang bereit.", "de", {"booked", "moved", "two"}),
     ("Please have the confirmation text ready when you arrive.", "en", {"booked", "moved", "two"}),
     ("If you're running behind on Friday, just ring us.", "en", BOOKED_FRIDAY),
     ("Sagen Sie einfach Ja, dann ist Freitag fest.", "de", EVERYWHERE - BOOKED_FRIDAY - {"unknown"}),
     ("Just say the word and then you're booked.", "en", NOT_BOOKED),
     ("Bestätigen Sie kurz, dann ist der Termin gebucht.", "de", NOT_BOOKED),
     ("Zuerst noch Ihr Ja, dann steht der Termin im Kalender.", "de", NOT_BOOKED),
     ("Geben Sie mir bitte zuerst ein Okay, dann ist alles gebucht.", "de", NOT_BOOKED),
     ("Give me a quick yes and then it's booked.", "en", NOT_BOOKED)],
)  # fmt: skip
def test_an_instruction_presupposes_what_it_takes_as_done(sentence, lang, expected):
    # the confirmation text shown: booked and a text sent (not in 'no_sms'); a yes asked for
    # first: not booked yet (conventions 5, 125), on the day it names
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Bitte bringen Sie immer einen Ausweis mit.", "de"),
     ("If you're running late, just ring us.", "en")],
)  # fmt: skip
def test_house_rules_for_any_visit_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Friday is off, and Saturday at eleven with Lena is on now.", "en", NEVER),
     ("The perm and the highlights are both in now.", "en", {"two"}),
     ("Ich habe Freitag um zehn geblockt und könnte es gleich verbindlich machen.", "de",
      HELD_FRIDAY),
     ("I've reserved Friday at ten and can book it right away.", "en", HELD_FRIDAY),
     # the note to the team is a message taken (convention 870, the lead's decision): the hold
     # and the message are never true together in these states
     ("Ich habe Freitag um zehn geblockt und dem Team eine Notiz geschrieben.", "de", NEVER),
     ("Ich habe Sie für Freitag eingetragen und Ihnen die SMS geschickt.", "de",
      {"booked", "two"}),
     ("Cancelled, and a text confirming it is on its way.", "en", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_two_claims_joined_are_each_read_as_said(sentence, lang, expected):
    # convention 56: true only where every part is
    assert passes_in(sentence, lang) == expected
