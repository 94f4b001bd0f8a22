"""Blind round 53's leftovers and the lead's decisions 1030-1038 (claims134), as classes: an
answer that confirms what the caller's question presupposes; the caller's change request stated
back (nothing claimed); a slot corrected after the agent's own slip; the stylist doing the
caller's service; "still there" stands; a request lying with the salon is pending; "hat sich
erledigt" is the cancellation unless a move is named beside it; a denial with a time limit.
Sentences in words of neither corpus file (blind 53, probe 53, probe 53b)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE, NOT_BOOKED, passes_in

STANDS = frozenset({"booked", "two", "no_sms"})  # the appointment as it was, not a move's new place
PENDING = frozenset({"pending"})
CANCELLED = frozenset({"cancelled"})
NOWHERE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Ja, halb elf.", "de", "Und die Uhrzeit war halb elf?", NOWHERE),
     ("Ja, zehn Uhr morgens.", "de", "Und die Zeit war zehn, nicht?", BOOKED_FRIDAY),
     ("Yes, ten o'clock in the morning.", "en", "And the time was ten?", BOOKED_FRIDAY),
     ("Yes, eleven.", "en", "And the time was eleven, right?", frozenset({"two"})),  # Sat 11:00
     ("Friday the 28th, yes.", "en", "And it's definitely Friday?", BOOKED_FRIDAY),
     ("Freitag, der 28.", "de", "Und es ist sicher der Freitag?", BOOKED_FRIDAY),
     # the same words after a wish or an opinion asked claim nothing
     ("Definitely, yes.", "en", "Do you think highlights would suit me?", EVERYWHERE),
     ("Friday morning with Fabian, then.", "en", "Could I maybe get Friday morning? Fabian did it last time.", EVERYWHERE),
     # a read-back answering the caller's worry of forgetting it (1030), a recap of their wish
     ("Noch einmal: Freitag, zehn Uhr, bei Fabian.", "de", "Und falls ich ihn vergesse?", BOOKED_FRIDAY),
     ("One more time: Friday, ten a.m., Fabian.", "en", "What if I forget?", BOOKED_FRIDAY),
     ("Friday at ten with Fabian, a perm.", "en", "What did I want to book again?", EVERYWHERE),
     # a yes that echoes the question's stress
     ("Yes, really, this time.", "en", "Is it really booked this time?", BOOKED_ANY),
     ("Ja, diesmal wirklich.", "de", "Ist das diesmal wirklich gebucht?", BOOKED_ANY)],
)  # fmt: skip
def test_an_answer_confirms_what_the_callers_question_presupposes(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller"),
    [("Sie möchten also von Freitag auf Montag.", "de", "Ich hab Freitag um zehn, würde aber lieber Montag kommen."),
     ("Ihr Freitagstermin soll also weg, richtig?", "de", "Ich möchte meinen Termin am Freitag absagen."),
     ("Sie überlegen also, Ihren Termin am Freitag zu verschieben.", "de", "Ich weiß nicht, ob ich den Freitag verschieben soll."),
     ("So you'd like your Friday appointment moved to Monday.", "en", "Could I move my Friday appointment to Monday?"),
     ("You're thinking of cancelling your Friday booking, then.", "en", "I'm not sure whether to cancel Friday."),
     ("So your Friday appointment needs to go to another day.", "en", "I need to reschedule my Friday appointment."),
     ("Both, then: yours on Friday and your wife's on Saturday.", "en", "Please cancel both, mine Friday and my wife's Saturday.")],
)  # fmt: skip
def test_the_callers_change_request_stated_back_claims_nothing(sentence, lang, caller):
    assert passes_in(sentence, lang, caller) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Ich sehe Ihren Termin am Freitag um zehn.", "de", "Ich möchte meinen Termin am Freitag verschieben.", BOOKED_FRIDAY),
     ("I can see your Friday appointment at ten.", "en", "I'd like to move my Friday appointment.", BOOKED_FRIDAY),
     ("Möchten Sie Ihren Termin am Freitag um zehn behalten?", "de", "Ich weiß nicht, ob ich absagen soll.", BOOKED_FRIDAY)],
)  # fmt: skip
def test_the_agents_own_finding_or_question_keeps_the_appointment(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Pardon, mein Fehler: Freitag um zehn bei Fabian.", "de", "Lena? Ich wollte Fabian!", BOOKED_FRIDAY),
     ("Da habe ich mich versprochen: Sie sind Freitag um zehn bei Fabian.", "de", "Samstag?", BOOKED_FRIDAY),
     ("My bad, it's Friday at ten with Fabian.", "en", "Saturday? No!", BOOKED_FRIDAY),
     ("Sorry, I misspoke: Monday at nine.", "en", "Friday?", NOWHERE),
     ("My mistake: the line is a bit noisy today.", "en", "Hello?", EVERYWHERE),
     ("Mein Fehler, Fabian ist heute krank.", "de", "Wo ist Fabian?", EVERYWHERE)],
)  # fmt: skip
def test_a_slot_said_after_the_agents_own_slip_is_the_booking(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Fabian schneidet Ihnen die Haare.", "de", "Bei wem bin ich?", BOOKED_ANY),
     ("Fabian will be doing your hair.", "en", "Who am I with?", BOOKED_ANY),
     ("Fabian is doing a colour until eleven.", "en", "Is Fabian busy?", EVERYWHERE),
     ("Fabian macht bei uns die Farben.", "de", "Wer färbt bei Ihnen?", EVERYWHERE),
     ("You're certainly not the only one.", "en", "I hate my grey hair, ha.", EVERYWHERE)],
)  # fmt: skip
def test_the_stylist_doing_the_callers_service_is_their_visit(sentence, lang, caller, expected):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Keine Panik, Ihr Termin ist weiterhin da.", "de", STANDS),
     ("Relax, your booking's still there.", "en", STANDS),
     ("Your request is with the team now.", "en", PENDING),
     ("Your request now sits with the salon.", "en", PENDING),
     ("Your enquiry is with the salon team now.", "en", frozenset({"message"})),
     ("Der Samstag hat sich damit erledigt.", "de", NOWHERE),
     ("Der Freitag hat sich damit erledigt.", "de", CANCELLED),
     ("Der Freitag hat sich erledigt, Sie kommen ja jetzt am Donnerstag.", "de", frozenset({"moved"})),
     ("Bis dahin habe ich nichts für Sie eingetragen.", "de", NOT_BOOKED),
     ("Solange nichts eingetragen ist, können Sie es sich überlegen.", "de", EVERYWHERE)],
)  # fmt: skip
def test_the_leads_decisions_read_as_decided(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
