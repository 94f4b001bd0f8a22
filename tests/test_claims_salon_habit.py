"""The salon's habit with a bare plural object is a rule, not the caller's outcome (blind 55's false
blocks, claims149): "We confirm appointments by text only" says how any appointment is confirmed,
as "We confirm every booking by text" and "Wir bestätigen Termine ausschließlich per SMS" do; the
caller's own appointment said confirmed is still a claim."""

from __future__ import annotations

import pytest

from agent.claims import decide
from tests.corpus.claims_corpus import facts


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I'm afraid we don't send emails — we confirm appointments by text only.", "en"),
     ("We confirm appointments by text.", "en"),
     ("Wir bestätigen Termine ausschließlich per SMS.", "de")],
)  # fmt: skip
def test_the_salons_habit_claims_nothing(sentence, lang):
    assert decide(sentence, facts("nothing", lang)).claims == ()


@pytest.mark.parametrize(
    "sentence",
    ["We confirm your appointment by text.", "We confirm all appointments by text."],
)  # fmt: skip
def test_the_callers_own_appointment_confirmed_is_still_a_claim(sentence):
    assert not decide(sentence, facts("nothing", "en")).passes
