"""English salon words in a German reply (blind 45, claims110): a loan verb or noun in the
inflection a German speaker gives it ("eingebookt", "gedroppt", "geshiftet", "reschedulen",
"confirmen", "Appointment", "Call-back", "Request … pending") is the claim its German equivalent
makes, with the same details, negation, hedges, questions and neutral readings, in both
directions: a true claim after the act passes, a false or mismatched one is stopped. Sentences in
words of neither corpus file (blind 45, probe 45)."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    passes_in,
)

MOVED = frozenset({"moved"})  # Friday 10:00 moved to Thursday 15:00
CALLBACK = frozenset({"unknown", "message"})  # a callback the salon owes
NOT_CANCELLED = EVERYWHERE - {"cancelled"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Sie sind jetzt fest eingebookt, Freitag um zehn.", BOOKED_FRIDAY),
     ("Ihr Appointment bei Fabian am Freitag ist gebookt.", BOOKED_FRIDAY),
     ("Ich hab Sie am Freitag um zehn reingesqueezt.", BOOKED_FRIDAY),
     ("Ich glaube, Sie sind eingebookt.", BOOKED_ANY),
     ("Ich hab Sie für Dienstag um zehn eingebookt.", set()),
     ("Ihr Men's Cut am Freitag ist eingebookt.", set())],
)  # fmt: skip
def test_a_booking_said_in_loan_words_passes_after_the_booking_it_names(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Das Appointment am Freitag ist gedroppt worden.", CANCELLED_FRIDAY),
     ("Den Freitag können Sie aus dem Kalender kicken.", {"cancelled", "moved"}),
     ("Die Cancellation für Samstag ist erledigt.", set()),
     ("Ich hab Ihr Appointment auf Donnerstag um drei geshiftet.", MOVED),
     ("Umgebookt auf Mittwoch um drei.", set())],
)  # fmt: skip
def test_a_cancellation_or_move_in_loan_words_needs_that_act_on_that_day(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Eingebookt sind Sie noch nicht.", NOT_BOOKED),
     ("Gecancelt hab ich bisher nichts.", NOT_CANCELLED),
     ("Freitag um zehn ist für Sie gepinnt, gebookt aber noch nicht.", {"held", "pending"}),
     ("Möchten Sie Ihr Appointment am Freitag reschedulen?", BOOKED_FRIDAY),
     ("Soll ich Ihren Dienstags-Slot canceln?", set())],
)  # fmt: skip
def test_negated_held_and_presupposed_loan_claims_read_as_in_german(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    "sentence",
    ["Bei Sophie ist der ganze Samstag gebookt.",
     "Umbooken kostet bei uns nichts extra.",
     "Das kann ich Ihnen gerade nicht confirmen.",
     "Ich booke Sie gleich ein, einen Moment."],
)  # fmt: skip
def test_others_days_rules_acts_to_come_and_what_cannot_be_confirmed_claim_nothing(sentence):
    assert passes_in(sentence, "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Lena macht heute noch einen Call-back bei Ihnen.", CALLBACK),
     ("Das Team macht Ihnen morgen früh einen Call-back.", CALLBACK),
     ("Ihr Request ist pending, das Team meldet sich.", {"pending"}),
     ("Fabian hätte am Donnerstag um 15 Uhr noch einen Slot.", {"moved", "offered"}),
     ("Den Reminder hab ich gesetzt.", set())],
)  # fmt: skip
def test_promises_requests_and_offers_in_loan_words_need_what_carries_them(sentence, expected):
    assert passes_in(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Die Buchung ist gecancelt, done.", CANCELLED_FRIDAY),
     ("Okay, Freitag, zehn Uhr, you're booked.", BOOKED_FRIDAY)],
)  # fmt: skip
def test_an_english_tag_or_clause_beside_the_claim_keeps_its_meaning(sentence, expected):
    assert passes_in(sentence, "de") == expected
