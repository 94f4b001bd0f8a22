"""An outcome promised for after a detail the caller still has to give is not made yet (blind 55's
false blocks, claims149; conventions 5 and 243, as "Just say yes and then it's booked"): "I just
need your phone number and then everything is locked in" is `not_booked`, true before the booking
and false once the call has booked."""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.model import ClaimKind as K
from tests.corpus.claims_corpus import facts


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Almost! I just need your phone number and then everything is locked in.", "en"),
     ("I just need your name, then you're booked.", "en"),
     ("Fast! Ich brauche nur noch Ihre Telefonnummer, dann ist alles unter Dach und Fach.", "de"),
     ("Ich brauche nur noch Ihren Namen, dann ist der Termin gebucht.", "de")],
)  # fmt: skip
def test_a_booking_after_a_detail_still_needed_is_not_made_yet(sentence, lang):
    kinds = {c.kind for c in decide(sentence, facts("nothing", lang)).claims}
    assert K.NOT_BOOKED in kinds and K.BOOKED not in kinds
    assert decide(sentence, facts("nothing", lang)).passes
    assert not decide(sentence, facts("booked", lang)).passes


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ich brauche noch Ihren Namen, dann kann ich buchen.", "de"),
     ("I just need your okay, then I'll do it.", "en")],
)  # fmt: skip
def test_the_speakers_act_to_come_after_a_detail_claims_nothing(sentence, lang):
    assert decide(sentence, facts("booked", lang)).passes
