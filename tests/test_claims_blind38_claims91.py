"""Blind round 38's false blocks (claims91), as classes: another day or time offered after a day
closed or a slot gone; a hold said released with nothing booked; the caller asked to tell
whether a day suits, or to cancel on a condition; the act under way after the yes; the name a
booking is under asked for, the caller's name noted; a note on the use of the caller's number;
the appointment final only on the salon's approval (not booked yet); the hold let go on the
caller's answer; a stylist's slot for the caller's service. Beside each, the nearest sentence
that still claims its outcome. Sentences in words of neither corpus file (blind 38, probe 38c)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, EVERYWHERE, NOT_BOOKED, passes_in

NEVER: frozenset[str] = frozenset()
TWO = frozenset({"two"})  # Saturday 29 November, 11:00, Lena: booked only there

ANNOUNCED_FRIDAY = frozenset({"held", "pending", "cancelled", "moved"})  # convention 670


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Dienstags ist bei uns geschlossen, wie wäre es mit einem anderen Wochentag oder einem anderen Tag?",
      "de", EVERYWHERE),
     ("Um zehn ist Fabian am Freitag schon belegt, wie wäre es mit einer anderen Uhrzeit?", "de",
      EVERYWHERE),
     ("Friday at ten has been snapped up, would a different time suit you?", "en", EVERYWHERE),
     ("Sonntags ist zu, deshalb habe ich Sie für Samstag um elf eingetragen.", "de", TWO)],
)  # fmt: skip
def test_another_day_or_time_offered_names_no_slot_said_before(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # nothing booked in this call: the lead's D57 (convention 1124)
    [("Die Vormerkung ist aufgehoben, es wurde also nichts gebucht.", "de", NOT_BOOKED),
     ("The reservation's been released, so nothing was booked.", "en", NOT_BOOKED),
     ("Die Reservierung ist aufgehoben, Ihr Termin ist jetzt fest eingetragen.", "de", BOOKED_ANY)],
)  # fmt: skip
def test_a_hold_released_is_no_cancellation_a_booking_beside_it_stays(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Geben Sie mir doch bitte Bescheid, ob der Samstag für Sie passt.", "de", EVERYWHERE),
     ("Let us know whether Thursday would suit you.", "en", EVERYWHERE),
     ("Sagen Sie bitte rechtzeitig ab, falls Sie verhindert sind.", "de", EVERYWHERE),
     ("Please ring us if you need to cancel.", "en", EVERYWHERE),
     ("Sagen Sie bitte Ihren Termin am Freitag ab, falls Sie verhindert sind.", "de",
      frozenset({"booked", "two", "no_sms"}))],
)  # fmt: skip
def test_requests_to_the_caller_claim_nothing_the_possessed_appointment_does(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # convention 670 (claims100): the act under way on a named slot offers it, not booked yet
    [("Vielen Dank, dann buche ich Sie jetzt für Freitag um zehn ein.", "de", ANNOUNCED_FRIDAY),
     # the booking said unfinished: not booked yet (convention 1102, the lead's D35)
     ("Einen Augenblick bitte, die Buchung läuft gerade noch.", "de", NOT_BOOKED),
     ("Perfect, Mr Weber, I'm booking Saturday at eleven for you now.", "en",
      frozenset({"offered"})),
     ("Okay, I'll put you down for Friday at ten right away.", "en", ANNOUNCED_FRIDAY),
     ("Vielen Dank, ich habe Sie jetzt für Freitag um zehn eingetragen.", "de",
      frozenset({"booked", "two", "no_sms"}))],
)  # fmt: skip
def test_the_act_under_way_after_the_yes_is_no_outcome_the_act_done_is(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Dafür bräuchte ich noch den Namen, unter dem der Termin eingetragen ist.", "de", EVERYWHERE),
     ("I'll need the name the appointment is under.", "en", EVERYWHERE),
     ("Ich habe Ihren Namen als Weber, W-E-B-E-R, notiert.", "de", EVERYWHERE),
     ("Der Termin ist unter dem Namen Weber gebucht.", "de", BOOKED_ANY)],
)  # fmt: skip
def test_the_name_asked_or_noted_is_no_booking_a_booking_under_a_name_is(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("We only use your number to contact you about your booking request.", "en", EVERYWHERE),
     ("The salon will call you back about your request.", "en",
      frozenset({"message", "unknown"}))],
)  # fmt: skip
def test_the_use_of_the_callers_number_promises_no_callback(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Fest ist er erst, wenn der Salon zugestimmt hat.", "de", NOT_BOOKED),
     ("It'll only be final once the team has approved it.", "en", NOT_BOOKED),
     ("The team has approved it, so it's final now.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_final_only_on_the_salons_approval_is_not_booked_yet(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Alles klar, dann gebe ich den Platz wieder frei.", EVERYWHERE),
     ("Wenn Sie nicht zusagen, gebe ich den Platz in zehn Minuten wieder frei.",
      frozenset({"held", "pending"}) | BOOKED_ANY)],
)  # fmt: skip
def test_the_hold_let_go_on_the_answer_is_no_hold_timed(sentence, expected):
    assert passes_in(sentence, "de") == expected


def test_a_past_question_offers_no_slot_the_conditional_does():
    assert passes_in("Did Saturday at eleven work for you?", "en") == EVERYWHERE
    offered = passes_in("Would Saturday at eleven work for you?", "en")
    assert "nothing" not in offered and "failed" not in offered  # no slot offered there


def test_a_stylists_slot_for_the_callers_service_presupposes_no_booking():
    held = passes_in(
        "I've looked: Lena has a slot for your highlights on Saturday at eleven.", "en"
    )
    assert "held" not in held or "offered" in held  # the offer, not the booking
    assert "booked" not in held  # Saturday at eleven is no slot of the booked state
