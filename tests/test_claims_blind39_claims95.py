"""Blind round 39's false passes (claims95), as classes: a tool's status leaked in free words (a
hold created, a request awaiting approval, the system's alternatives); the caller's slot said not
booked in the present (convention 33) beside event reports that stay neutral; the caller's day
said no longer theirs; the appointment kept as it is; a move narrated and said done in the next
sentence; the slot or the service as the subject with a wrong detail; a booking closed by a tag
question; a second booking said by its slot; the appointment recalled by the caller ("Wann war
der Termin nochmal?") answered by a bare slot. Sentences in words of neither corpus file (blind
39, probe 39b)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE, HELD_FRIDAY, passes_in

NEVER: frozenset[str] = frozenset()
PENDING = frozenset({"pending"})
OFFERED_THURSDAY = frozenset({"offered", "moved"})  # Thursday 15:00 offered, or booked by the move
GONE_FRIDAY = frozenset({"cancelled", "moved"})  # the Friday visit cancelled or moved away
MOVED = frozenset({"moved"})  # Thursday 15:00, the move's new place
NOT_BOOKED_FRIDAY = EVERYWHERE - BOOKED_FRIDAY - {"unknown"}  # 671


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Hold gesetzt für Freitag, zehn Uhr.", "de", HELD_FRIDAY),
     ("Hold set for Friday, 10 o'clock.", "en", HELD_FRIDAY),
     ("Hold set for Friday, 11 o'clock.", "en", NEVER),
     ("Hold could not be created for Friday at ten.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_hold_created_in_the_tools_words_is_the_hold_of_its_slot(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("It's showing pending approval for Friday at ten.", "en", PENDING),
     ("Im System: wartet auf Freigabe – Freitag, 10 Uhr.", "de", PENDING),
     ("Status: pending.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_request_awaiting_approval_with_its_day_is_pending(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("The system is offering Thursday at 3 p.m. instead.", "en", OFFERED_THURSDAY),
     ("Als Alternative nennt mir das System Donnerstag um 15 Uhr.", "de", OFFERED_THURSDAY),
     ("Als Alternative nennt mir das System Samstag um 9 Uhr.", "de", NEVER),
     ("Das System findet gerade keine Alternative.", "de", EVERYWHERE)],
)  # fmt: skip
def test_the_systems_alternative_is_a_slot_offered(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Leider ein Fehler: Freitag um zehn ist nicht eingetragen.", "de", NOT_BOOKED_FRIDAY),
     ("There was a problem, so Friday at 10 is not booked.", "en", NOT_BOOKED_FRIDAY),
     ("Friday at ten wasn't booked back then.", "en", EVERYWHERE),
     ("Freitag um zehn ist damals nicht gebucht worden.", "de", EVERYWHERE)],
)  # fmt: skip
def test_the_callers_slot_said_not_booked_now_is_a_claim_an_event_report_is_not(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Freitag um zehn ist jetzt nicht mehr Ihrer.", "de", GONE_FRIDAY),
     ("So Friday at ten is no longer yours.", "en", GONE_FRIDAY),
     ("Friday at ten isn't yours any more.", "en", GONE_FRIDAY)],
)  # fmt: skip
def test_the_day_said_no_longer_the_callers_is_gone(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Na gut, dann lassen wir Ihren Termin so, wie er ist.", "de", BOOKED_FRIDAY),
     ("Right, we keep Friday at ten then.", "en", BOOKED_FRIDAY),
     ("Should we keep Friday at ten?", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_appointment_kept_as_it_is_stands(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ich verlege Sie auf Donnerstag um drei. Erledigt.", "de", MOVED),
     ("I'm moving you to Thursday at three. All sorted.", "en", MOVED),
     # still to come: D45 (1112), the move announced (not moved yet, Thursday at three free)
     ("Ich verlege Sie auf Donnerstag um drei. Das ist gleich erledigt.", "de", {"offered"})],
)  # fmt: skip
def test_a_move_narrated_and_said_done_in_the_next_sentence_is_the_move(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die Dauerwelle bei Fabian ist Freitag um neun.", "de", NEVER),
     ("Your perm with Fabian is Friday at ten.", "en", BOOKED_FRIDAY),
     ("Freitag, zehn Uhr steht bei uns.", "de", BOOKED_FRIDAY),
     ("Freitag, neun Uhr steht bei uns.", "de", NEVER)],
)  # fmt: skip
def test_the_slot_or_the_service_as_the_subject_is_a_booking_with_its_details(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Hab dich Freitag um zehn eingetragen, okay?", "de", BOOKED_FRIDAY),
     ("Hab dich Freitag um elf eingetragen, okay?", "de", NEVER),
     ("Soll ich dich Freitag um zehn eintragen, okay?", "de", None)],
)  # fmt: skip
def test_a_booking_closed_by_a_tag_question_is_the_booking(sentence, lang, expected):
    got = passes_in(sentence, lang)
    if expected is None:
        assert got != BOOKED_FRIDAY  # an offer asked is no booking claimed
    else:
        assert got == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("I've also booked another one, Friday 12:30.", "en", NEVER),
     ("Ich habe noch einen weiteren eingetragen, Freitag 12:30.", "de", NEVER),
     ("Shall I book another one?", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_second_booking_said_by_its_slot_is_checked(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "caller", "expected"),
    [("Freitag, zehn Uhr.", "Wann war nochmal der Termin?", BOOKED_FRIDAY),
     ("Freitag, neun Uhr.", "Wann war nochmal der Termin?", NEVER),
     ("Freitag, neun Uhr.", "Kann ich den Termin nochmal verschieben?", None)],
)  # fmt: skip
def test_a_bare_slot_answering_the_appointment_recalled_is_a_booking(sentence, caller, expected):
    got = passes_in(sentence, "de", caller)
    if expected is None:
        assert got != NEVER  # the caller asks for a change: the slot is no claim of theirs
    else:
        assert got == expected
