"""Blind 56's classes (claims146): an English verb given a German particle and participle
("dazugebookt"), a stylist's "Slot" offered with "hätte" / "hat", grandparents as family booked in
the call, a relative's visit said gone by its consequence, and a reminder promised to a relative.
Each claim is read and held against the call's facts; its neutral neighbours (a question, a
condition, the manner of coming) claim nothing."""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.model import ClaimKind as K
from agent.claims.model import FollowUp
from tests.corpus.claims_corpus import facts


def _kinds(sentence: str, lang: str, state: str = "nothing") -> set[K]:
    return {c.kind for c in decide(sentence, facts(state, lang)).claims}


@pytest.mark.parametrize(
    "sentence",
    ["Ich habe Ihnen die Färbung gleich mit dazugebookt.",
     "Die Bartpflege ist jetzt dazugebucht.",
     "Ihr Kind ist mitgebookt."],
)  # fmt: skip
def test_an_additive_particle_before_a_booking_participle_is_a_booking(sentence):
    assert K.BOOKED in _kinds(sentence, "de")
    assert not decide(sentence, facts("nothing", "de")).passes


@pytest.mark.parametrize(
    "sentence",
    ["Soll ich die Bartpflege gleich dazubooken?",
     "Wenn Sie möchten, booke ich die Färbung dazu."],
)  # fmt: skip
def test_an_additive_booking_asked_or_to_come_claims_nothing(sentence):
    assert decide(sentence, facts("nothing", "de")).passes


@pytest.mark.parametrize(
    ("sentence", "offered_state_passes"),
    [("Am Donnerstag um drei hätte Fabian einen Slot.", True),
     ("Fabian hat Donnerstag um 15 Uhr einen Slot für Sie.", True),
     ("Für die Dauerwelle hätte Fabian am Dienstag um neun einen Slot.", False)],
)  # fmt: skip
def test_a_stylists_slot_is_a_free_place_offered(sentence, offered_state_passes):
    assert K.AVAILABLE in _kinds(sentence, "de")
    assert not decide(sentence, facts("nothing", "de")).passes
    assert decide(sentence, facts("offered", "de")).passes is offered_state_passes


def test_the_callers_own_slot_stays_their_booking():
    assert K.BOOKED in _kinds("Sie haben einen Slot am Freitag um zehn.", "de")


@pytest.mark.parametrize(
    "sentence",
    ["Your grandad is booked with Fabian on Friday at ten.",
     "Your grandmother is with Fabian on Friday at ten.",
     "Yes, your granny has a perm with Fabian on Friday."],
)  # fmt: skip
def test_a_grandparents_booking_is_checked_like_any_family_members(sentence):
    assert not decide(sentence, facts("nothing", "en")).passes
    assert decide(sentence, facts("booked", "en")).passes


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr Vater braucht am Freitag nicht mehr zu kommen.", "de"),
     ("Ihre Tochter muss am Freitag gar nicht mehr vorbeikommen.", "de"),
     ("Your dad doesn't have to come in on Friday anymore.", "en"),
     ("He no longer needs to come in on Friday.", "en")],
)  # fmt: skip
def test_a_relatives_visit_said_gone_needs_a_cancelled_or_moved_appointment(sentence, lang):
    assert K.GONE in _kinds(sentence, lang)
    assert not decide(sentence, facts("booked", lang)).passes
    assert decide(sentence, facts("cancelled", lang)).passes
    assert decide(sentence, facts("moved", lang)).passes


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Wenn Ihr Vater nicht mehr kommen muss, sagen Sie uns Bescheid.", "de"),
     ("Ihre Tochter braucht nicht früher zu kommen.", "de"),
     ("Your dad doesn't need to come in early.", "en"),
     ("If he doesn't have to come in, just let us know.", "en")],
)  # fmt: skip
def test_a_condition_or_the_manner_of_coming_is_no_visit_gone(sentence, lang):
    assert K.GONE not in _kinds(sentence, lang)


def test_a_reminder_promised_to_a_family_member_is_a_promise_nothing_keeps():
    """No part of the system sends reminders (decide.py): the promise is stopped in every state."""
    sentence = "Ihre Tochter bekommt am Vortag eine Erinnerung."
    claims = decide(sentence, facts("booked", "de")).claims
    assert [c.follow_up for c in claims] == [FollowUp.REMINDER]
    assert not decide(sentence, facts("booked", "de")).passes


@pytest.mark.parametrize(
    "sentence",
    ["Bekommt Ihre Tochter auch eine Erinnerung?", "Ihre Tochter bekommt keine Erinnerung."],
)
def test_a_family_members_reminder_asked_or_denied_promises_nothing(sentence):
    assert K.FOLLOW_UP not in _kinds(sentence, "de")
