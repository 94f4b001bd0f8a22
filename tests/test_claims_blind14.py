"""Blind round 14's families: each claim true where the ledger backs it and stopped where it
does not, and the nearest sentences that must keep passing (talk about earlier visits, other
customers, how booking works)."""

from __future__ import annotations

import pytest

from agent.claims.hedge_reread import plain_statement
from agent.claims.normalize import fold
from tests.claims_support import BOOKED_ANY, BOOKED_FRIDAY, EVERYWHERE
from tests.claims_support import passes_in as _passes_in

GONE_FRIDAY = {"cancelled", "moved"}  # convention 3: cancelled, or the old place of a move


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Den Freitag können Sie sich jetzt neu verplanen.", "de"),
     ("Am Freitag müssen Sie gar nicht mehr vorbeikommen.", "de"),
     ("You can make different plans for Friday now.", "en"),
     ("Friday's off your plate now.", "en")],
)  # fmt: skip
def test_the_friday_visit_told_gone_by_its_consequence_is_true_after_cancel_or_move(sentence, lang):
    assert _passes_in(sentence, lang) == GONE_FRIDAY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Am Freitag ist Ihr Stuhl jetzt wieder frei.", "de"),
     ("Freitag um zehn ist damit für Sie vom Tisch.", "de"),
     ("Your chair on Friday has opened up again for other clients.", "en"),
     ("Fabian has been informed you won't be coming on Friday.", "en")],
)  # fmt: skip
def test_the_callers_place_said_freed_or_void_is_the_cancellation(sentence, lang):
    assert _passes_in(sentence, lang) == {"cancelled"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("You don't need to come in early.", "en"),
     ("You don't need to bring anything.", "en"),
     ("Sie müssen nichts mitbringen.", "de")],
)  # fmt: skip
def test_how_to_come_is_not_the_visit_gone(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "plain"),
    [("Soweit ich sehe, sind Sie eingetragen.", "de", "Sind Sie eingetragen."),
     ("I'd say you're booked.", "en", "You're booked."),
     ("The booking should be through now.", "en", "The booking is through now."),
     ("Die Absage müsste jetzt erledigt sein.", "de", "Die Absage ist jetzt erledigt.")],
)  # fmt: skip
def test_a_hedge_or_preamble_is_taken_away_before_the_claim_is_read(sentence, lang, plain):
    assert plain_statement(sentence, lang) == plain


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("If I'm reading this right, you're all confirmed.", "en"),
     ("As I mentioned, the booking went through.", "en"),
     ("Nach meinem Kenntnisstand ist die Buchung durch.", "de"),
     ("Der Termin dürfte inzwischen gebucht sein.", "de")],
)  # fmt: skip
def test_a_hedged_booking_still_claims_the_booking(sentence, lang):
    assert _passes_in(sentence, lang) == BOOKED_ANY


def test_a_hedge_before_a_question_or_a_non_claim_claims_nothing():
    assert plain_statement("I'd say you're booked?", "en") is None
    assert _passes_in("As far as I know, Lena works Saturdays.", "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihnen wurde soeben ein fester Termin zugewiesen.", "de"),
     ("Auf Ihren Namen wurde gerade ein Termin angelegt.", "de"),
     ("An appointment was created in your name just now.", "en"),
     ("You've been assigned a confirmed slot.", "en")],
)  # fmt: skip
def test_a_passive_or_impersonal_booking_is_the_booking(sentence, lang):
    assert _passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang", "states"),
    [("Neu ist jetzt Donnerstag, 15 Uhr.", "de", {"moved"}),
     ("Neu ist Freitag um zehn.", "de", set()),  # the old place said as the new one
     ("Your appointment is on Thursday at 3 pm from now on.", "en", {"moved"}),
     ("You'll now be coming in a day earlier.", "en", {"moved"}),
     ("I've pushed it back by two days.", "en", set()),  # the move went a day earlier
     ("So Friday 10 a.m. becomes Saturday 11 a.m.", "en", set())],
)  # fmt: skip
def test_a_move_said_by_its_new_place_or_shift_is_checked_against_the_move(sentence, lang, states):
    assert _passes_in(sentence, lang) == states


@pytest.mark.parametrize(
    ("sentence", "lang", "states"),
    [("Your husband's appointment on Saturday at eleven is confirmed too.", "en", {"two"}),
     ("Die Strähnchen für Ihre Frau sind auch eingetragen: Samstag, elf Uhr.", "de", {"two"}),
     ("Your son is in for a kids' cut on Saturday.", "en", set()),  # Saturday is highlights
     ("You and your wife are both booked now.", "en", {"two"}),
     ("Sie beide sind jetzt gebucht.", "de", {"two"})],
)  # fmt: skip
def test_another_persons_appointment_and_both_need_those_appointments(sentence, lang, states):
    assert _passes_in(sentence, lang) == states


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Beim letzten Mal waren Sie bei Sophie gebucht, oder?", "de"),
     ("Vor drei Jahren hatten Sie den Termin schon einmal abgesagt.", "de"),
     ("Last time you were confirmed with Mehmet, right?", "en"),
     ("Your previous booking was cancelled, I can see.", "en"),
     ("Someone rescheduled this morning, so Monday has a gap.", "en"),
     ("Mehmet hat seine Kundin auf elf umgelegt.", "de"),
     ("Beim Stornieren wird der Platz gleich freigegeben.", "de"),
     ("Booking with us means a text goes out right away.", "en"),
     ("Balayage is done by Lena.", "en")],
)  # fmt: skip
def test_earlier_visits_other_customers_and_how_booking_works_pass_everywhere(sentence, lang):
    assert _passes_in(sentence, lang) == EVERYWHERE


def test_talk_of_an_earlier_visit_beside_this_calls_booking_still_claims_it():
    sentence = "Last time you were with Lena, this time I've booked you with Fabian."
    assert _passes_in(sentence, "en") == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang", "states"),
    [("Im Terminbuch stehen Sie bisher noch nicht.", "de",
      {"nothing", "held", "failed", "pending", "cancelled", "message", "offered"}),  # 671: not `unknown`
     ("Das liegt jetzt zur Freigabe bei Fabian.", "de", {"pending"}),
     ("Nothing has changed about your booking.", "en", {"booked", "two", "no_sms"})],
)  # fmt: skip
def test_not_in_yet_awaiting_the_salon_and_unchanged_are_held_to_the_ledger(sentence, lang, states):
    assert _passes_in(sentence, lang) == states


@pytest.mark.parametrize(
    ("written", "heard"),
    [("Sie sind GEBUUCHT.", "sie sind gebucht."),
     ("You're COONFIIRMED.", "you're confirmed."),
     ("You don't n.e.e.d to.", "you don't need to.")],
)  # fmt: skip
def test_stretched_and_dotted_claim_words_are_read_as_said(written, heard):
    assert fold(written).text == heard


def test_a_date_word_for_the_first_of_the_day_is_no_date():
    sentence = "Der Platz am Freitag um zehn, der jetzt Ihnen gehört, ist der erste des Tages."
    assert _passes_in(sentence, "de") == BOOKED_FRIDAY
