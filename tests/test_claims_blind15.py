"""Blind round 15's families: each claim true where the ledger backs it and stopped where it does
not, and the nearest sentences that must keep passing (a narration with no end told, a lapsed
hold, a supposed success, the caller quoted). Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from agent.claims.model import ClaimKind, FollowUp
from agent.guard.truth import truth
from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE
from tests.claims_support import passes_in as _passes_in
from tests.corpus.claims_corpus import facts

MOVED = {"moved"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich nehme Sie für Freitag um zehn auf … so, ist durch.", "de"),
     ("Freitag zehn Uhr bei Fabian, ich trag das ein … fertig, steht.", "de"),
     ("Booking you in for Friday at ten … okay, that's gone through.", "en"),
     ("Friday, ten o'clock – locking it in … done, you're confirmed.", "en")],
)  # fmt: skip
def test_a_narrated_booking_is_checked_against_the_day_named_before_the_pause(sentence, lang):
    assert _passes_in(sentence, lang) == BOOKED_FRIDAY  # not after the move away from Friday


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Ich storniere jetzt Ihren Freitag … so, weg ist er.", "de", {"cancelled"}),
     ("Cancelling your Friday slot … right, it's gone.", "en", {"cancelled"}),
     ("Ich lege Sie um auf Donnerstag, drei Uhr … fertig.", "de", MOVED),
     ("Moving you over to Thursday at three … done and dusted.", "en", MOVED)],
)  # fmt: skip
def test_a_narrated_cancel_or_move_claims_that_act_not_a_bare_success(sentence, lang, where):
    assert _passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich buche Freitag um zehn … hm, das hat leider nicht geklappt.", "de"),
     ("Booking Friday at ten … one moment, it's still loading.", "en"),
     ("Let me see what Lena has open on Saturday.", "en")],
)  # fmt: skip
def test_a_narration_without_its_end_told_claims_nothing(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Terminbestätigung schicke ich Ihnen per Mail.", "de"),
     ("Im Posteingang finden Sie gleich die Bestätigung per E-Mail.", "de"),
     ("An email confirming it has been sent to you.", "en"),
     ("You'll find an email from us in your inbox shortly.", "en")],
)  # fmt: skip
def test_an_email_said_sent_is_false_in_every_state(sentence, lang):
    assert _passes_in(sentence, lang) == set()  # convention 25: the salon sends no e-mail


def test_a_blocked_email_is_replaced_by_how_the_salon_confirms():
    claim_facts = facts("booked", "en")
    said = truth({ClaimKind.FOLLOW_UP}, claim_facts, {FollowUp.EMAIL})
    assert "e-mail" in said and "text" in said


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Can I have your email address?", "en"),
     ("Ihre E-Mail-Adresse habe ich notiert.", "de"),
     ("We don't send emails, only texts.", "en")],
)  # fmt: skip
def test_talk_about_email_that_sends_nothing_passes(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Mehmet will call you back when he's out of the chair.", "en"),
     ("Das Team ruft Sie zurück, sobald klar ist, ob es geklappt hat.", "de")],
)  # fmt: skip
def test_a_callback_promised_needs_a_message_taken_or_an_open_outcome(sentence, lang):
    assert _passes_in(sentence, lang) == {"message", "unknown"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I've jotted down what you said and passed it on to the salon.", "en"),
     ("Ich habe Ihr Anliegen festgehalten und an den Salon weitergeleitet.", "de")],
)  # fmt: skip
def test_a_message_said_taken_needs_one_taken(sentence, lang):
    assert _passes_in(sentence, lang) == {"message"}


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("We're sticking with Friday, the booking hasn't changed.", "en", BOOKED_FRIDAY),
     ("Also bleibt es bei Freitag, an Ihrer Buchung hat sich nichts geändert.", "de", BOOKED_FRIDAY),
     ("Your appointment is exactly as it was.", "en", BOOKED_FRIDAY),
     ("Ihr Termin ist so, wie er war.", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_the_appointment_said_kept_is_true_only_where_it_stands(sentence, lang, where):
    assert _passes_in(sentence, lang) == where  # not where nothing is booked, not after a move


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sorry, I forgot to say: Friday is already confirmed.", "en"),
     ("Pardon, das hätte ich vorhin sagen sollen: Freitag ist schon gebucht.", "de"),
     ("That was quick – you're booked for Friday, right?", "en")],
)  # fmt: skip
def test_a_claim_after_an_apology_or_before_a_tag_is_the_callers_booking(sentence, lang):
    assert _passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("Your booking for the twenty-eighth is confirmed.", "en", BOOKED_FRIDAY),
     ("Ihre Buchung für den Achtundzwanzigsten steht fest.", "de", BOOKED_FRIDAY),
     ("It's now Thursday at half three.", "en", set()),  # British 15:30; the move went to 15:00
     ("Verlegt auf Donnerstag um Viertel nach drei.", "de", set()),
     ("Ihr Termin ist um zwei Tage vorverlegt.", "de", set()),  # the move went one day
     ("Your highlights on Friday have been cancelled.", "en", set())],  # a perm was cancelled
)  # fmt: skip
def test_wrong_details_are_stopped(sentence, lang, where):
    assert _passes_in(sentence, lang) == where


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("You've now got two bookings with us, both confirmed.", "en"),
     ("Beide Buchungen sind jetzt durch.", "de"),
     ("Lena hat Ihre Tochter für Samstag um elf fest eingetragen.", "de"),
     ("Ihr Sohn ist am Samstag um elf bei Lena ebenfalls gebucht.", "de")],
)  # fmt: skip
def test_two_bookings_and_another_persons_pass_only_where_both_exist(sentence, lang):
    assert _passes_in(sentence, lang) == {"two"}  # convention 23: whoever Saturday is for


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Reservierung ist leider abgelaufen, ich suche gern neu.", "de"),
     ("Your hold ran out, so I'll search again.", "en"),
     ("Sollte das klappen, hätten Sie Samstag um elf bei Lena.", "de"),
     ("Should that go through, you'd get a text.", "en"),
     ("You say 'it's all booked' – let me have a look.", "en"),
     ("Sie sagen „das ist storniert“ – ich schaue nach.", "de")],
)  # fmt: skip
def test_lapsed_holds_supposed_success_and_quoted_callers_claim_nothing(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("All set!", "en", {"booked", "cancelled", "moved", "two", "no_sms"}),
     ("Steht!", "de", {"booked", "cancelled", "moved", "two", "no_sms"}),
     ("You're all set!", "en", {"booked", "moved", "two", "no_sms"})],
)  # fmt: skip
def test_a_bare_success_is_done_and_the_caller_set_is_booked(sentence, lang, where):
    assert _passes_in(sentence, lang) == where  # convention 28
