"""The lead's decisions 840-843 (claims117): the booking's outcome said open in a whether clause
is the open outcome (`unconfirmed`, 731), a lookup's further slot read out is that slot offered,
a slot locked by the speaker is a hold while the appointment locked is the booking, and a plain
denial of a move (or a bare no to the caller's move question) says the appointment was not moved.
Sentences in words of neither corpus file (probe 46b, the relabelled splits)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, HELD, passes_in

UNCONFIRMED = EVERYWHERE - BOOKED_ANY  # 731: no confirmation came, an open outcome included
UNCONFIRMED_FRIDAY = EVERYWHERE - BOOKED_FRIDAY  # 840 with Friday at ten named
NOT_MOVED = EVERYWHERE - {"moved"}  # 843: true wherever no move was made
# 841 (convention 2): Thursday at three with Fabian, offered by the tools or kept by the move
THURSDAY_OFFERED = frozenset({"offered", "moved"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ob die Buchung geklappt hat, ist gerade noch offen.", "de", UNCONFIRMED),
     ("Es ist noch unklar, ob Sie eingetragen sind.", "de", UNCONFIRMED),
     ("Ob der Termin am Freitag um zehn eingetragen ist, steht noch nicht fest.", "de",
      UNCONFIRMED_FRIDAY),
     ("Wir können noch nicht sagen, ob die Buchung durchgegangen ist.", "de", UNCONFIRMED),
     ("Whether your booking worked remains open for now.", "en", UNCONFIRMED),
     ("It's still unclear whether you're booked.", "en", UNCONFIRMED),
     ("I can't say yet whether the booking went through, the calendar is slow.", "en",
      UNCONFIRMED)],
)  # fmt: skip
def test_the_bookings_outcome_said_open_in_a_whether_clause_is_the_open_outcome(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ob Sie lieber vormittags oder nachmittags kommen, ist noch offen.", "de"),
     ("Ich weiß noch nicht, ob die Buchung geklappt hat.", "de"),
     ("Whether Fabian works late on Friday is still open.", "en"),
     ("I don't know yet whether it went through.", "en")],
)  # fmt: skip
def test_a_choice_left_open_or_what_the_speaker_knows_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die Suche zeigt zusätzlich Donnerstag, 15 Uhr, bei Fabian.", "de", THURSDAY_OFFERED),
     ("The search also found Thursday at three with Fabian.", "en", THURSDAY_OFFERED),
     ("Die Suche zeigt Ihren Termin am Freitag um zehn.", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_lookups_further_slot_is_offered_the_callers_own_appointment_is_the_booking(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Den Platz habe ich für Sie gelockt.", "de", HELD),
     ("I've locked that slot for you until tonight.", "en", HELD),
     ("Ihr Termin ist jetzt fest gelockt.", "de", BOOKED_ANY),
     ("You're all locked in.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_a_slot_locked_is_a_hold_the_appointment_locked_is_the_booking(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich habe an Ihrem Termin nichts verschoben.", "de"),
     ("Verlegt wurde Ihr Termin nicht.", "de"),
     ("Your booking hasn't been moved.", "en"),
     ("I didn't shift your appointment.", "en")],
)  # fmt: skip
def test_a_plain_denial_of_a_move_is_false_only_after_a_move(sentence, lang):
    assert passes_in(sentence, lang) == NOT_MOVED


@pytest.mark.parametrize(
    ("answer", "lang", "caller", "expected"),
    [("Nein.", "de", "Haben Sie meinen Termin umgebucht?", NOT_MOVED),
     ("No.", "en", "Have you rescheduled my appointment?", NOT_MOVED),
     ("Nein.", "de", "Kann ich bei Ihnen mit Karte zahlen?", EVERYWHERE),
     ("No.", "en", "Is there parking nearby?", EVERYWHERE)],
)  # fmt: skip
def test_a_bare_no_to_the_callers_move_question_denies_the_move(answer, lang, caller, expected):
    assert passes_in(answer, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Den Termin Ihres Mannes habe ich nicht verschoben.", "de"),
     ("Wir sind nicht umgezogen, der Salon ist noch in der Hauptstraße.", "de"),
     ("If it hasn't been moved, please give us a call.", "en"),
     ("I can't move it for you today.", "en")],
)  # fmt: skip
def test_another_persons_appointment_a_condition_or_an_ability_claims_no_move_denied(
    sentence, lang
):
    assert passes_in(sentence, lang) == EVERYWHERE
