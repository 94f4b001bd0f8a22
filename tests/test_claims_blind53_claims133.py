"""Blind round 53's whole calls (claims133), as classes: an appointment looked up and read back;
a slot offered in answer to the caller's request for a time (and the caller's own request read
back, which claims nothing); a request lying with the salon; a goodbye wishing the caller well
for the day; the caller's service in its duration; a first attempt landed after all; nothing
booked for the caller; a cancellation passed on as a message; both slots held; a booking
announced by its gerund; a search announced; a booking in a closing "before" clause. Sentences
in words of neither corpus file (blind 53, probe 53)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    SUCCESS,
    passes_in,
)

SAT_11_LENA = frozenset({"offered", "two"})  # offered, or kept for the caller (480)


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Gefunden, Frau Roth: Freitag um zehn, Dauerwelle bei Fabian.", "de", "Roth.", BOOKED_FRIDAY),
     ("Here it is: Friday at ten with Fabian.", "en", "It's Dana Roth.", BOOKED_FRIDAY),
     ("Verzeihung, richtig ist Freitag um zehn bei Fabian.", "de", "Samstag?", BOOKED_FRIDAY),
     ("You're in with Fabian for a perm on Friday.", "en", "Who am I seeing?", BOOKED_FRIDAY),
     ("Here it is: our price list for colours.", "en", "How much is colour?", EVERYWHERE),
     ("Sie sind bei Fabian in guten Händen.", "de", "Ist Fabian gut?", EVERYWHERE),
     # an apology alone corrects no slot: small talk about the day passes everywhere
     ("Sorry, it's a bit hectic here today.", "en", "Hello?", EVERYWHERE),
     ("Apologies, it's busy this afternoon, bear with me.", "en", "Hi, anyone there?", EVERYWHERE),
     ("Sorry, you're right, it's Friday at ten with Fabian.", "en", "Friday, not Saturday!", BOOKED_FRIDAY)],
)  # fmt: skip
def test_an_appointment_looked_up_and_read_back_is_the_callers_booking(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Lena, elf Uhr.", "de", "Geht am Samstag noch was?", SAT_11_LENA),
     ("Eleven o'clock, with Lena.", "en", "What have you got on Saturday?", SAT_11_LENA),
     ("Or Saturday at eleven, but with Lena.", "en", "Friday's no good.", SAT_11_LENA),
     ("Lena could take you at eleven on Saturday.", "en", "Any time Saturday?", SAT_11_LENA),
     ("Saturday at eleven with Lena.", "en", "Saturday at eleven with Lena, please.", EVERYWHERE),
     ("Samstag, elf Uhr, bei Lena.", "de", "Samstag um elf bei Lena, bitte.", EVERYWHERE)],
)  # fmt: skip
def test_a_slot_answering_a_request_for_a_time_is_offered_the_request_read_back_is_not(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sie hören vom Salon, sobald er zugestimmt hat.", "de", {"pending"}),
     ("You'll hear back from the salon once they've approved it.", "en", {"pending"}),
     ("Ihre Anfrage liegt dem Salon jetzt vor.", "de", {"pending"}),
     ("Some colours need the salon's approval first.", "en", EVERYWHERE),
     ("Soll ich dem Salon eine Anfrage schicken?", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_request_lying_with_the_salon_is_pending_a_rule_or_an_offer_is_not(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Dann freuen Sie sich auf Freitag!", "de", BOOKED_FRIDAY),
     ("Hopefully see you Friday, Mrs Roth!", "en", BOOKED_FRIDAY),
     ("Hoffentlich bis bald!", "de", EVERYWHERE),
     ("Your perm takes around two hours.", "en", BOOKED_ANY),
     ("A perm takes around two hours.", "en", EVERYWHERE),
     ("Eine Dauerwelle würde etwa zwei Stunden dauern.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_goodbye_for_the_day_and_the_callers_service_presuppose_the_visit(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("It turns out the first attempt worked after all.", "en", SUCCESS),
     ("Der erste Versuch hat doch noch geklappt.", "de", SUCCESS),
     ("The first attempt didn't work.", "en", EVERYWHERE),
     ("So there's nothing booked for you at the moment.", "en", NOT_BOOKED),
     ("Für Sie ist also nichts eingetragen.", "de", NOT_BOOKED),
     ("Nothing is booked for your daughter.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_late_success_is_done_and_nothing_booked_for_the_caller_is_denied(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("I've passed your wish to cancel on to the salon.", "en", {"message"}),
     ("Ihren Stornowunsch habe ich dem Salon als Nachricht hinterlassen.", "de", {"message"}),
     ("Shall I pass your cancellation on to the salon?", "en", EVERYWHERE),
     ("Ich halte Ihnen beide Termine fest.", "de", {"two"}),
     ("Booking Saturday at eleven for you now.", "en", {"offered"}),
     ("Let me check who's free on Saturday.", "en", EVERYWHERE),
     ("Someone grabbed it before the booking went through.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_message_both_holds_an_announcement_a_search_and_a_before_clause(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Lena will take good care of you.", "en", "", {"two"}),
     ("Keine Sorge, Fabian schaut sich vorher alles mit Ihnen an.", "de", "", BOOKED_ANY),
     ("Fabian will call you back this afternoon.", "en", "", {"unknown", "message"}),
     ("Fabian nimmt sich für jede Kundin viel Zeit.", "de", "", EVERYWHERE),
     ("No, nothing has changed.", "en", "Nothing's been moved, has it?", EVERYWHERE),
     ("Nope, nothing's changed.", "en", "So nothing's changed, right?", BOOKED_FRIDAY),
     ("Nothing's changed, no.", "en", "", EVERYWHERE),
     ("Saturday at eleven with Lena is possible.", "en", "Anything Saturday?", SAT_11_LENA),
     ("It's best to jot it down in your diary: Friday at ten.", "en", "", BOOKED_FRIDAY)],
)  # fmt: skip
def test_the_stylists_act_with_the_caller_an_unchanged_answer_a_slot_left_and_a_note(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected
