"""Blind round 44's short answers that carry the caller's question (claims108), as classes: a
yes to a yes-or-no question in any words claims what the question says stated ("Stehe ich jetzt
drin?" -> "Ja." is the booking, "Ist mein Freitag jetzt raus?" -> "Ja." the cancellation, "Hat
Lena am Samstag um elf noch was?" -> "Ja." the free slot, "Will you remind me?" -> "I will." the
reminder), with the question's details; "Doch." or an echoed verb to a negated question claims
it without the negation, a bare yes to it nothing; "not yet" to a booking is `not_booked`, to a
cancellation `not_cancelled`, to anything else nothing; a yes to a question about something
else claims nothing, and the same words alone claim nothing. Questions and answers in words of
neither corpus file (blind 44, probe 44)."""

from __future__ import annotations

import pytest

from agent.claims.asked_statement import asked_statement
from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    passes_in,
)

NOWHERE: frozenset[str] = frozenset()
SATURDAY_WITH_LENA = frozenset({"two"})  # only there is the caller with Lena on Saturday at 11
PENDING = frozenset({"pending"})
NOT_CANCELLED = EVERYWHERE - {"cancelled"}
TEXTED = (BOOKED_ANY | {"cancelled"}) - {"no_sms"}  # an outcome the salon confirms by text


@pytest.mark.parametrize(
    ("caller", "lang", "statement"),
    [("Stehe ich jetzt drin?", "de", "Sie stehen jetzt drin."),
     ("Haben Sie mich für Freitag vorgemerkt?", "de", "Ich habe Sie für Freitag vorgemerkt."),
     ("Ist die Buchung bei Fabian durch?", "de", "Die Buchung ist bei Fabian durch."),
     ("Hat's mit dem Termin hingehauen?", "de", "Es hat mit dem Termin hingehauen."),
     ("Mein Termin ist doch Freitag, oder?", "de", "Ihr Termin ist doch Freitag."),
     ("Bin ich nicht mehr drin?", "de", None),
     ("Wann komme ich dran?", "de", None),
     ("Können Sie mich eintragen?", "de", None),
     ("Are you sending me a text?", "en", "I am sending you a text."),
     ("Is my booking locked?", "en", "Your booking is locked."),
     ("I'm with Lena, right?", "en", "You're with Lena."),
     ("Could you book me in?", "en", None)],
)  # fmt: skip
def test_a_yes_or_no_question_is_turned_into_the_statement_a_yes_affirms(caller, lang, statement):
    assert asked_statement(caller, lang) == statement


@pytest.mark.parametrize(
    ("caller", "answer", "lang", "expected"),
    [("Stehe ich jetzt drin?", "Ja.", "de", BOOKED_ANY),
     ("Stehe ich jetzt drin?", "Ja, stehen Sie.", "de", BOOKED_ANY),
     ("Ist der Freitag bei Fabian jetzt sicher?", "Absolut.", "de", BOOKED_FRIDAY),
     ("Hab ich jetzt meinen Termin bei Mehmet?", "Ja.", "de", NOWHERE),
     ("Is my slot locked in now?", "Yes.", "en", BOOKED_ANY),
     ("So I have the Saturday with Lena?", "You do, yes.", "en", SATURDAY_WITH_LENA)],
)  # fmt: skip
def test_a_yes_to_a_booking_asked_in_any_words_is_the_booking_with_its_details(
    caller, answer, lang, expected
):
    assert passes_in(answer, lang, caller) == expected


@pytest.mark.parametrize(
    ("caller", "answer", "lang", "expected"),
    [("Ist mein Freitag jetzt raus?", "Ja.", "de", CANCELLED_FRIDAY),
     ("Ist mein Freitag jetzt raus?", "Ja, ist er.", "de", CANCELLED_FRIDAY),
     ("Is my Friday appointment off?", "It is.", "en", CANCELLED_FRIDAY),
     ("Ist mein Freitag jetzt raus?", "Noch nicht.", "de", NOT_CANCELLED),
     ("Is my Friday appointment off?", "Not yet.", "en", NOT_CANCELLED)],
)  # fmt: skip
def test_a_yes_to_a_cancellation_asked_in_any_words_is_the_cancellation_not_yet_its_denial(
    caller, answer, lang, expected
):
    assert passes_in(answer, lang, caller) == expected


@pytest.mark.parametrize(
    ("caller", "answer", "lang", "expected"),
    [("Stehe ich jetzt drin?", "Noch nicht.", "de", NOT_BOOKED),
     ("Is my slot locked in now?", "Not quite.", "en", NOT_BOOKED),
     ("Wartet der Termin noch auf den Salon?", "Ja, genau.", "de", PENDING),
     ("Is it still with the salon for approval?", "Yes, it is.", "en", PENDING)],
)  # fmt: skip
def test_not_yet_to_a_booking_is_its_denial_a_yes_to_a_request_awaiting_the_salon_is_pending(
    caller, answer, lang, expected
):
    assert passes_in(answer, lang, caller) == expected


@pytest.mark.parametrize(
    ("caller", "answer", "lang"),
    [("Erinnern Sie mich am Vortag?", "Ja.", "de"),
     ("Will you remind me the day before?", "I will.", "en"),
     ("Mailen Sie mir die Bestätigung?", "Ja.", "de"),
     ("Will you email me the details?", "Yes.", "en")],
)  # fmt: skip
def test_a_yes_to_a_reminder_or_an_email_promises_what_no_system_sends(caller, answer, lang):
    assert passes_in(answer, lang, caller) == NOWHERE


@pytest.mark.parametrize(
    ("caller", "answer", "lang", "expected"),
    [("Bin ich etwa nicht gebucht?", "Doch.", "de", BOOKED_ANY),
     ("Bin ich etwa nicht gebucht?", "Doch, sind Sie.", "de", BOOKED_ANY),
     ("Bin ich etwa nicht gebucht?", "Ja.", "de", EVERYWHERE),
     ("Aren't I in the calendar?", "You are, yes.", "en", BOOKED_ANY),
     ("Aren't I in the calendar?", "Yes.", "en", EVERYWHERE)],
)  # fmt: skip
def test_doch_to_a_negated_question_claims_it_without_the_negation_a_bare_yes_nothing(
    caller, answer, lang, expected
):
    assert passes_in(answer, lang, caller) == expected


@pytest.mark.parametrize(
    ("caller", "answer", "lang"),
    [("Nehmen Sie auch Bargeld?", "Ja.", "de"),
     ("Ist das gleich beim Park um die Ecke?", "Ja, genau.", "de"),
     ("Haben Sie meine Adresse?", "Ja, hab ich.", "de"),
     ("Do you have a loyalty card?", "We do, yes.", "en"),
     ("Is that the salon in the old bakery?", "That's right.", "en"),
     ("", "Ja, stehen Sie.", "de"),
     ("", "You do, yes.", "en")],
)  # fmt: skip
def test_a_yes_to_something_else_or_standing_alone_claims_nothing(caller, answer, lang):
    assert passes_in(answer, lang, caller) == EVERYWHERE


@pytest.mark.parametrize(
    ("caller", "answer", "lang", "expected"),
    [("Bekomme ich noch eine E-Mail dazu?", "Ja, die geht gleich raus.", "de", NOWHERE),
     ("Bekomme ich noch eine SMS dazu?", "Ja, die kommt gleich.", "de", TEXTED),
     ("Gibt es am Donnerstag um drei noch was?", "Ja, das gibt es.", "de", {"moved", "offered"}),
     ("Is there anything left on Saturday at eleven?", "Yes, there is.", "en", {"offered", "two"}),
     ("Ging das mit der Stornierung?", "Ja.", "de", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_a_yes_with_the_thing_asked_as_its_pronoun_or_a_free_slot_asked_for_claims_it(
    caller, answer, lang, expected
):
    assert passes_in(answer, lang, caller) == expected


@pytest.mark.parametrize(
    ("caller", "answer", "lang", "expected"),
    [("Hat's denn geklappt?", "Noch nicht ganz, das Team muss erst zustimmen.", "de", PENDING),
     ("Ist mein Termin jetzt am Samstag?", "Noch nicht.", "de", EVERYWHERE),
     ("Is it on Saturday now?", "Not yet.", "en", EVERYWHERE)],
)  # fmt: skip
def test_not_yet_with_the_salon_to_agree_is_pending_to_a_move_asked_it_claims_nothing(
    caller, answer, lang, expected
):
    assert passes_in(answer, lang, caller) == expected
