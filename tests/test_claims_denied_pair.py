"""A pair of outcomes under one negated auxiliary (blind 56's false blocks, claims149): "I haven't
cancelled or moved anything" denies the move as it denies the cancellation, as "Nothing's been
cancelled or moved" does; the bare "moved" after "or" is no move of its own. A move said beside a
denial, without "or", is still a move."""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.model import ClaimKind as K
from tests.corpus.claims_corpus import facts


@pytest.mark.parametrize(
    "sentence",
    ["Not yet: I haven't cancelled or moved anything.",
     "I haven't cancelled or moved anything.",
     "It wasn't cancelled or moved."],
)  # fmt: skip
def test_the_second_participle_under_a_negated_auxiliary_is_denied_too(sentence):
    decision = decide(sentence, facts("booked", "en"))
    assert K.RESCHEDULED not in {c.kind for c in decision.claims}
    assert decision.passes


def test_the_denied_cancellation_is_still_checked():
    assert not decide("I haven't cancelled or moved anything.", facts("cancelled", "en")).passes


def test_a_move_said_beside_a_denial_without_or_is_still_a_move():
    sentence = "I haven't cancelled it, I've moved it to Thursday."
    assert K.RESCHEDULED in {c.kind for c in decide(sentence, facts("booked", "en")).claims}
    assert not decide(sentence, facts("booked", "en")).passes
