"""A family member's appointment denied or said open (blind 56's false blocks, claims149): "Ihre Frau
habe ich noch nicht eingetragen" says nothing of the caller's own booking, so it passes where the
caller is booked; the same denial of the caller's own appointment is still a claim, false there
(convention 5), and so is a denial beside which the relative is only the speaker or an attribute."""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.model import ClaimKind as K
from tests.corpus.claims_corpus import facts


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Nein, Ihre Frau habe ich noch nicht eingetragen.", "de"),
     ("Bei Ihrer Oma ist bisher noch nichts gebucht.", "de"),
     ("Für Ihren Sohn ist noch nichts eingetragen.", "de"),
     ("Der Termin Ihres Vaters ist noch nicht gebucht.", "de"),
     ("Ob der Termin Ihres Vaters geklappt hat, kann ich noch nicht sagen.", "de"),
     ("Nothing's booked for your grandma yet.", "en"),
     ("Your daughter isn't booked in yet.", "en")],
)  # fmt: skip
def test_a_family_members_booking_denied_passes_where_the_caller_is_booked(sentence, lang):
    assert decide(sentence, facts("booked", lang)).passes


def test_a_family_members_cancellation_denied_passes_where_the_caller_cancelled():
    assert decide(
        "Your sister's appointment hasn't been cancelled.", facts("cancelled", "en")
    ).passes


def test_the_hold_said_beside_a_family_members_denial_is_still_checked():
    sentence = "Der Termin Ihres Vaters ist noch nicht gebucht, nur reserviert."
    assert {c.kind for c in decide(sentence, facts("booked", "de")).claims} == {K.HELD}
    assert not decide(sentence, facts("nothing", "de")).passes


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihren Termin habe ich noch nicht eingetragen.", "de"),
     ("Sie sind noch nicht eingetragen, Ihre Frau auch nicht.", "de"),
     ("Ihr Termin ist noch nicht gebucht, der Ihrer Frau auch nicht.", "de"),
     ("You are not booked yet, and your wife is not either.", "en"),
     ("Nothing is booked for you or your grandma yet.", "en"),
     ("Nothing is booked for you yet, I still need your wife's name.", "en")],
)  # fmt: skip
def test_the_callers_own_booking_denied_beside_it_is_still_a_claim(sentence, lang):
    assert not decide(sentence, facts("booked", lang)).passes


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihr Mann meinte, „der Freitag ist gebucht“, aber ich sehe das noch nicht.", "de"),
     ("Your husband said 'Friday's booked', but I don't see it yet.", "en")],
)  # fmt: skip
def test_a_family_member_who_only_reported_it_leaves_the_denial_the_callers(sentence, lang):
    assert not decide(sentence, facts("booked", lang)).passes


def test_a_family_member_named_as_an_attribute_leaves_the_calls_own_act_denied():
    sentence = "Storniert habe ich noch nichts, dafür brauche ich kurz den Namen Ihrer Mutter."
    assert not decide(sentence, facts("cancelled", "de")).passes
