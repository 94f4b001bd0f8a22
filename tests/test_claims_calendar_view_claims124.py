"""Blind round 50 (claims124): what the calendar shows, said by a receptionist who reads it out.
The source (the system, the calendar, Cal.com, the booking tool) holding the caller at a slot is
the booking there, "instead of" or "auf" the move; the stylist or the salon seeing the
appointment is the booking; a cancellation or move propagating to a calendar is that act done;
the old place freed by a move is the move; a status said with a verb is a status line; failures in
tool words, expired holds, generic talk of what the system's words mean claim nothing; a hold's
and a cancellation's number are the hold and the cancellation. New wordings, in neither blind 50
nor probe 50."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    HELD,
    NOT_BOOKED,
    SUCCESS,
    passes_in,
)

MOVED = frozenset({"moved"})  # Friday 10:00 moved to Thursday 15:00
CANCELLED = frozenset({"cancelled"})
PENDING = frozenset({"pending"})
OPEN = EVERYWHERE - BOOKED_ANY  # 731: no booking that fits; an open outcome is none


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Our calendar has you down for Friday at ten.", "en", BOOKED_FRIDAY),
     ("Unser System hat Sie am Freitag um zehn.", "de", BOOKED_FRIDAY),
     ("The booking system has you on Thursday at three instead of Friday.", "en", MOVED),
     ("Das System hat ihn jetzt auf Donnerstag um drei.", "de", MOVED)],
)  # fmt: skip
def test_the_source_holding_the_caller_at_a_slot_is_the_booking_there(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("The status now reads 'confirmed'.", "en", SUCCESS),
     ("Der Status lautet jetzt 'storniert'.", "de", CANCELLED),
     ("The result still says 'not booked'.", "en", NOT_BOOKED),
     ("Status: on hold.", "en", HELD),
     ("Als Ergebnis kam 'verschoben' zurück.", "de", MOVED)],
)  # fmt: skip
def test_a_status_said_with_a_verb_is_read_as_its_status_line(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Fabian hat Ihren Termin jetzt auch im Kalender.", "de", passes_in("Ihr Termin bei Fabian ist gebucht.", "de")),
     ("Reception has your booking on their screen now.", "en", BOOKED_ANY),
     ("The cancellation will appear in Lena's diary shortly.", "en", CANCELLED),
     ("Die Umbuchung taucht gleich in Lenas Kalender auf.", "de", MOVED),
     ("Das Umbuchen hat Ihren alten Platz automatisch freigegeben.", "de", MOVED),
     ("Fabian will see it once it's booked.", "en", EVERYWHERE),
     ("Rescheduling it… right, Thursday at 3 then.", "en", MOVED),
     ("Ich verlege ihn … so, jetzt ist er am Donnerstag um drei.", "de", MOVED),
     ("Removing it… there, it's out of the calendar now.", "en", CANCELLED)],
)  # fmt: skip
def test_what_others_see_and_what_propagates_is_the_act_done(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # the booking's service told timed out: the outcome open (the lead's D78, convention 1197)
    [("Error 502 — the booking service timed out.", "en", OPEN),
     ("Der Kalender hat nicht rechtzeitig geantwortet.", "de", OPEN),
     ("Submitting the booking again now.", "en", EVERYWHERE),
     ("The reservation lapsed in the calendar.", "en", EVERYWHERE),
     ("If the calendar says confirmed, it is confirmed.", "en", EVERYWHERE),
     ("Ich kann Ihnen gern vorlesen, was das System sagt.", "de", EVERYWHERE),
     ("Laut Kalender ist Samstag komplett ausgebucht.", "de", EVERYWHERE)],
)  # fmt: skip
def test_failures_steps_and_talk_about_the_system_claim_nothing(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Your reservation reference is R-404.", "en", "", HELD),
     ("Für die Absage ist Ihre Referenz A-77.", "de", "", CANCELLED),
     ("The calendar has your request as pending until the salon approves.", "en", "", PENDING),
     ("The system shows no appointment for you.", "en", "", NOT_BOOKED),
     ("The calendar says so, yes.", "en", "Is my appointment booked?", BOOKED_ANY),
     ("Ja, ich sehe ihn jetzt im System.", "de", "Ist der Termin gebucht?", BOOKED_ANY),
     ("Ich schaue, was das System sagt.", "de", "Ist der Termin gebucht?", EVERYWHERE)],
)  # fmt: skip
def test_numbers_requests_and_answers_with_the_system_as_source(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected
