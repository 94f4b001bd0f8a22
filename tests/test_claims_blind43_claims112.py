"""Blind round 43's leftovers (claims112), as classes: a text about the caller's booking presupposes
the booking (convention 810, the lead's decision); money said given or taken into account; the
price or length of the caller's appointment with no day; the hold said to last or kept for a span;
a place on a standby list; a callback promised for when a place opens up, but none for a change
at the salon; a condition on the caller's own appointment; a request awaiting the salon's yes;
notes said to stand at the appointment; rules for every booking. Sentences in words of neither
corpus file (blind 43, probe 43e)."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, EVERYWHERE, HELD, passes_in

TEXT_OF_BOOKING = frozenset({"booked", "moved", "two"})  # booked, and the salon texts
NOWHERE: frozenset[str] = frozenset()
CALLBACK = frozenset({"unknown", "message"})  # a message taken, or an outcome still open
PENDING = frozenset({"pending"})


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Die SMS zu Ihrer Buchung geht gleich raus.", "de", TEXT_OF_BOOKING),
     ("Zu Ihrem Termin kriegen Sie gleich noch eine SMS.", "de", TEXT_OF_BOOKING),
     ("Ihre Buchungsbestätigung ist per SMS unterwegs.", "de", TEXT_OF_BOOKING),
     ("A text about your booking is coming your way.", "en", TEXT_OF_BOOKING),
     ("The message with your appointment time has gone out.", "en", TEXT_OF_BOOKING),
     ("Die SMS zu Ihrem Termin bei Lena ist raus.", "de", frozenset({"two"})),
     # the article alone names no booking as existing: the call's outcome, a cancellation too
     ("Die Kurznachricht mit dem Termin ist verschickt.", "de", TEXT_OF_BOOKING | {"cancelled"}),
     # the outcome said open: no text said coming
     ("Sie bekommen eine SMS zu Ihrer Buchung, sobald es feststeht.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_text_about_the_callers_booking_presupposes_the_booking(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Den Stammkundenrabatt habe ich Ihnen schon gegeben.", "de", NOWHERE),
     ("Ihr Gutschein ist bei der Rechnung schon berücksichtigt.", "de", NOWHERE),
     ("Ich habe Ihnen fünf Prozent abgezogen.", "de", NOWHERE),
     ("It's all paid, nothing more to do.", "en", NOWHERE),
     ("I've popped the student discount on for you.", "en", NOWHERE),
     ("The money has been sent back to your account.", "en", NOWHERE),
     ("Eine Erinnerung per SMS ist für Donnerstag eingeplant.", "de", NOWHERE),
     ("Rabatte werden bei uns nur im Salon gegeben.", "de", EVERYWHERE),
     ("Money can't be refunded over the phone.", "en", EVERYWHERE)],
)  # fmt: skip
def test_money_or_a_reminder_said_done_is_false_everywhere_a_rule_claims_nothing(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    # claims135 (convention 1040): the length is held to the appointment's, so the presupposing
    # sentence names one the call's perms and highlights have (it said "anderthalb Stunden")
    [("Ihr Termin dauert ungefähr zwei Stunden.", "de", BOOKED_ANY),
     ("Ihr Termin dauert ungefähr anderthalb Stunden.", "de", frozenset()),
     ("Your appointment will come to about sixty euros.", "en", BOOKED_ANY),
     ("Ihr Termin bei Lena kostet etwa achtzig Euro.", "de", frozenset({"two"})),
     ("Wie lange Ihr Termin dauert, hängt von der Haarlänge ab.", "de", EVERYWHERE),
     ("Your appointment would take about an hour.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_price_or_length_of_the_callers_appointment_presupposes_it(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Fünf Minuten lang ist der Platz noch Ihrer.", "de", HELD),
     ("Der Platz gehört noch zehn Minuten Ihnen.", "de", HELD),
     ("Der Termin bleibt für Sie reserviert, bis wir auflegen.", "de", HELD),
     ("I'll keep the slot for you for another five minutes.", "en", HELD),
     ("It stays yours until the end of our call.", "en", HELD),
     ("I'll hold Monday at nine for you for a few minutes.", "en", NOWHERE),
     ("If you like, I'll hold it for you for ten minutes.", "en", EVERYWHERE)],
)  # fmt: skip
def test_the_hold_said_to_last_a_span_is_the_hold(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Sie sind für Samstag notiert, falls jemand abspringt.", "de", NOWHERE),
     ("I've put you down for Saturday in case anyone cancels.", "en", NOWHERE),
     ("You're on our list for cancellations now.", "en", NOWHERE),
     ("Would you like to go on the list for cancellations?", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_standby_place_said_given_is_a_waiting_list_nothing_keeps(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Falls am Samstag etwas frei wird, ruft Sie Lena an.", "de", CALLBACK),
     ("As soon as a slot frees up, we'll give you a ring.", "en", CALLBACK),
     ("I've organised a call back for this afternoon.", "en", CALLBACK),
     ("Sollte sich bei uns etwas verschieben, melden wir uns.", "de", EVERYWHERE),
     ("Should anything change on our side, we'll let you know.", "en", EVERYWHERE),
     ("Wenn was frei wird, rufen Sie gern nochmal an.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_callback_for_when_a_place_opens_stands_a_courtesy_on_a_change_is_none(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Falls sich bei Ihrem Termin etwas ändert, geben wir Ihnen Bescheid.", "de", BOOKED_ANY),
     ("If there's any change to your appointment, we'll let you know.", "en", BOOKED_ANY),
     ("If you can't make it, please let us know in good time.", "en", EVERYWHERE),
     ("If you can't make it on Friday, please let us know.", "en", frozenset({"booked", "two", "no_sms"})),
     ("Ist die Buchung durch, bekommen Sie automatisch eine SMS.", "de", EVERYWHERE),
     ("Every appointment gets a text from the system.", "en", EVERYWHERE),
     ("Once I've booked it, the confirmation will come by text.", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_condition_on_the_callers_own_appointment_presupposes_it_a_rule_does_not(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Angefragt ist der Termin, freigegeben hat der Salon ihn aber noch nicht.", "de", PENDING),
     ("Die Anfrage liegt beim Salon, eine Freigabe gibt es noch nicht.", "de", PENDING),
     ("Es muss nur noch das Team zustimmen, dann ist es fix.", "de", PENDING),
     ("Die Anfrage ist raus, das Team meldet sich bei Ihnen.", "de", PENDING),
     ("I've requested it, but the team hasn't approved it yet.", "en", PENDING),
     ("It only needs the team's go-ahead now.", "en", PENDING),
     ("Does it just need the salon's okay now?", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_request_awaiting_the_salons_yes_is_pending(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Bei Ihrem Termin steht jetzt, dass Sie lockige Haare haben.", "de", BOOKED_ANY),
     ("Ihre Buchung hat jetzt den Hinweis, dass Sie allergisch sind.", "de", BOOKED_ANY),
     ("Your booking now has a note that you prefer Lena.", "en", BOOKED_ANY),
     ("Wenn Ihr Termin einen Vermerk hat, sieht Fabian ihn.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_note_said_to_stand_at_the_callers_appointment_presupposes_it(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
