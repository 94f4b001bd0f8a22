"""Blind round 16's families (claims25): money and reminders said done are false in every state,
what the caller can now do on a named day is a booking of that day, irony, a double negation and
the future perfect state the plain claim; and the nearest sentences that must keep passing (the
house's rules on fees, a question, a condition). Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from agent.claims.model import ClaimKind, FollowUp
from agent.guard.truth import truth
from tests.claims_support import BOOKED_FRIDAY, EVERYWHERE
from tests.claims_support import passes_in as _passes_in
from tests.corpus.claims_corpus import facts


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Die Anzahlung für Freitag ist bei uns eingegangen.", "de"),
     ("Ich habe Ihnen die Stornogebühr erlassen.", "de"),
     ("Die Kosten für die Absage wurden Ihnen zurückerstattet.", "de"),
     ("Your deposit has been received, so Friday is secured.", "en"),
     ("We've waived the cancellation fee.", "en"),
     ("The no-show fee was refunded this morning.", "en")],
)  # fmt: skip
def test_money_said_taken_charged_waived_or_refunded_is_false_in_every_state(sentence, lang):
    assert _passes_in(sentence, lang) == set()  # convention 29: no tool takes money


def test_a_blocked_money_claim_is_replaced_by_what_the_phone_cannot_do():
    said = truth({ClaimKind.FOLLOW_UP}, facts("cancelled", "en"), {FollowUp.MONEY})
    assert "money" in said and "waived" in said


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Eine Anzahlung brauchen wir nicht.", "de"),
     ("Bei einer Absage am selben Tag kann eine Gebühr anfallen.", "de"),
     ("Cancelling is free of charge up to a day before.", "en"),
     ("A fee may apply for late cancellations.", "en")],
)  # fmt: skip
def test_the_house_rules_on_fees_pass(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Wir erinnern Sie am Vortag per SMS an den Termin.", "de"),
     ("Die Terminerinnerung ist aktiviert.", "de"),
     ("You'll be reminded the evening before.", "en"),
     ("I've set a reminder for your visit.", "en")],
)  # fmt: skip
def test_a_reminder_said_set_or_promised_is_false_in_every_state(sentence, lang):
    assert _passes_in(sentence, lang) == set()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Zur Erinnerung: Wir haben samstags bis 14 Uhr geöffnet.", "de"),
     ("Reminders are something we don't send, sorry.", "en"),
     ("Just a reminder: we close at six on Saturdays.", "en")],
)  # fmt: skip
def test_a_reminder_word_that_promises_nothing_passes(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sie können dann am Freitag einfach zu uns kommen.", "de"),
     ("Am Freitag brauchen Sie nur noch vorbeizuschauen, Sie können direkt vorbeikommen.", "de"),
     ("You can now simply drop in on Friday.", "en"),
     ("All you need to do is show up on Friday.", "en")],
)  # fmt: skip
def test_what_the_caller_can_now_do_on_a_day_claims_a_booking_of_that_day(sentence, lang):
    assert _passes_in(sentence, lang) == BOOKED_FRIDAY  # not after the move away from Friday


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Können Sie am Freitag vorbeikommen?", "de"),
     ("Ohne Termin können Sie am Freitag leider nicht einfach vorbeikommen.", "de"),
     ("You can just come by on Friday once it's confirmed.", "en")],
)  # fmt: skip
def test_a_visit_asked_for_denied_or_on_a_condition_claims_nothing(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Nicht, dass Ihr Freitag nicht eingetragen wäre – ist er.", "de"),
     ("Der Freitag wird bis dahin längst gebucht worden sein.", "de"),
     ("Not that you aren't booked for Friday – you are.", "en"),
     ("By the time we hang up, Friday will have been confirmed.", "en")],
)  # fmt: skip
def test_a_double_negation_or_future_perfect_states_the_plain_booking(sentence, lang):
    assert _passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Sobald Sie zusagen, wird der Freitag gebucht worden sein.", "de"),
     ("Once you say yes, Friday will have been booked.", "en")],
)  # fmt: skip
def test_a_future_perfect_after_a_condition_claims_no_booking(sentence, lang):
    assert {"nothing", "held"} <= _passes_in(sentence, lang)  # convention 5: not booked yet


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Das Wort „gebucht“ hören Sie von mir erst, wenn der Kalender es meldet.", "de"),
     ("Wenn in Ihrer SMS „verschoben“ steht, schaue ich gern nach.", "de"),
     ('The phrase "you\'re all booked" comes only once the system answers.', "en"),
     ('If the message says "moved", I can look into it.', "en")],
)  # fmt: skip
def test_a_claim_word_quoted_as_words_claims_nothing(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Lena arbeitet übrigens von Mittwoch bis Samstag.", "de"),
     ("By the way, Fabian works Tuesday to Friday.", "en")],
)  # fmt: skip
def test_a_stylists_working_days_claim_nothing(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Dauerwelle am Freitag, 10-12 Uhr: gebucht.", "de"),
     ("Booked: Fri 28 Nov 10:00, perm.", "en")],
)  # fmt: skip
def test_a_recap_with_a_range_of_hours_or_a_date_before_the_time_is_read_at_its_start(
    sentence, lang
):
    assert _passes_in(sentence, lang) == BOOKED_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang", "where"),
    [("ICH HABE NICHTS VERSCHOBEN. ✅", "de", EVERYWHERE),
     # a failure told is the booking denied (D68, 1160): an open outcome may be a booking (671)
     ("LEIDER IST DAS BUCHEN FEHLGESCHLAGEN ✅", "de",
      EVERYWHERE - {"booked", "two", "no_sms", "unknown"}),
     ("NOTHING HAS BEEN CANCELLED ✅", "en", EVERYWHERE)],
)  # fmt: skip
def test_a_check_mark_after_a_negated_or_failed_act_is_no_success(sentence, lang, where):
    assert _passes_in(sentence, lang) >= where - {"cancelled", "moved"}


def test_a_check_mark_after_the_details_still_says_booked():
    assert _passes_in("Freitag, 10 Uhr ✅", "de") == BOOKED_FRIDAY
