"""A re-check the receptionist announces when the caller doubts it (blind 60, claims176):

- "Ich sehe nach, ob die Absage angekommen ist.", "Ich sehe kurz nach, welche Uhrzeit eingetragen
  ist.", "Lassen Sie mich kurz nachsehen, ob …" ask the calendar; the "ob" or question-word
  clause asserts nothing, as "Let me check whether the cancellation arrived." is read in English,
  so the sentence passes in every state.
- The check told done with its result ("Ich habe nachgesehen: die Absage ist angekommen.", "I
  checked: the cancellation went through.") is the cancellation said: true once it is cancelled,
  false while the appointment stands; so is a result said after the announced check.
"""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.model import ClaimKind
from tests.corpus.claims_corpus import STATES, facts

ANNOUNCED = (
    ("Ich sehe nach, ob die Absage angekommen ist.", "de"),
    ("Ich prüfe, ob die Stornierung angekommen ist.", "de"),
    ("Ich sehe kurz nach, welche Uhrzeit eingetragen ist.", "de"),
    ("Einen Moment, ich sehe nach, was eingetragen ist.", "de"),
    ("Lassen Sie mich kurz nachsehen, ob die Absage angekommen ist.", "de"),
    ("Let me check whether the cancellation arrived.", "en"),
    ("Let me check what time is entered.", "en"),
)
TOLD = (
    ("Ich habe nachgesehen: die Absage ist angekommen.", "de"),
    ("Ich sehe nach, ob die Absage angekommen ist, und ja, sie ist storniert.", "de"),
    ("I checked: the cancellation went through.", "en"),
)


@pytest.mark.parametrize(("text", "lang"), ANNOUNCED)
def test_an_announced_recheck_claims_nothing_in_any_state(text: str, lang: str) -> None:
    assert [s for s in STATES if decide(text, facts(s, lang)).claims] == []


@pytest.mark.parametrize(("text", "lang"), TOLD)
def test_the_checks_result_told_is_the_cancellation_said(text: str, lang: str) -> None:
    assert ClaimKind.CANCELLED in {c.kind for c in decide(text, facts("nothing", lang)).claims}
    assert decide(text, facts("cancelled", lang)).passes
    assert not decide(text, facts("booked", lang)).passes
