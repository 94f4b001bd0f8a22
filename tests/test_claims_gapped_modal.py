"""Two acts offered under one modal (blind 53's, blind 54's and probe 53's false blocks, claims149):
"I can try again, or take a message for the salon" offers both acts, as "I can take a message for
the salon" offers one, so it claims nothing; the message or callback said done or promised is
still a claim, and two slots offered under one modal are each still read."""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.gapped_modal import with_modal_repeated
from agent.claims.model import ClaimKind as K
from tests.corpus.claims_corpus import facts


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I can try again, or take a message for the salon.", "en"),
     ("I can try the move again, or leave a message for the salon to call you.", "en"),
     ("I can have another go, or leave the salon a message.", "en"),
     ("We could try once more, or take a message for the team.", "en"),
     ("Ich kann es noch einmal versuchen oder eine Nachricht für den Salon aufnehmen.", "de")],
)  # fmt: skip
def test_the_second_of_two_offered_acts_is_offered_too(sentence, lang):
    assert decide(sentence, facts("nothing", lang)).claims == ()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I tried again, and took a message for the salon to call you.", "en"),
     ("I've left a message for the salon, they'll call you back.", "en")],
)  # fmt: skip
def test_a_callback_said_promised_is_still_a_claim(sentence, lang):
    assert K.FOLLOW_UP in {c.kind for c in decide(sentence, facts("nothing", lang)).claims}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("I can do Friday at ten, or Saturday at eleven.", "en"),
     ("I can put you in with Fabian, or Lena.", "en"),
     ("Ich kann Ihnen Freitag oder Samstag anbieten.", "de"),
     ("I can't move it or cancel it.", "en")],
)  # fmt: skip
def test_no_second_act_is_left_as_it_is(sentence, lang):
    assert with_modal_repeated(sentence, lang) is None


def test_two_slots_offered_under_one_modal_are_each_checked():
    assert not decide(
        "I can do Friday at ten, or Saturday at eleven.", facts("nothing", "en")
    ).passes
