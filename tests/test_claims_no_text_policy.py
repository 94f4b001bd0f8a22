"""The salon's rule that it sends no texts, said alone, claims nothing (convention 760; blind 56's
and probe 43f's false blocks, claims149): "We don't send texts, I'm afraid" as "We don't send text
messages, I'm afraid" is labelled. Beside an outcome it is still a claim that no text comes, true
only where the salon confirms nothing by text."""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.model import FollowUp
from tests.corpus.claims_corpus import facts


@pytest.mark.parametrize(
    "sentence",
    ["We don't send texts, I'm afraid.",
     "We don't send texts, I'm afraid, so please write it down.",
     "We don't send text messages, I'm afraid."],
)  # fmt: skip
def test_the_no_text_policy_alone_claims_nothing(sentence):
    assert decide(sentence, facts("booked", "en")).claims == ()


def test_no_text_beside_a_booking_is_still_a_claim():
    sentence = "You're booked for Friday at ten; we don't send texts, so no confirmation will come."
    claims = decide(sentence, facts("booked", "en")).claims
    assert FollowUp.NO_TEXT in {c.follow_up for c in claims}
    assert not decide(sentence, facts("booked", "en")).passes
    assert decide(sentence, facts("no_sms", "en")).passes
