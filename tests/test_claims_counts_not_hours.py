"""A count of people or things is no hour (blinds 54 and 56's false blocks, claims149): "Shall I
book all three?" and "Zwei von Ihnen kann ich am Samstag unterbringen" name no three or two
o'clock, so no slot at that hour is claimed; a bare hour in a slot statement is still an hour."""

from __future__ import annotations

import pytest

from agent.claims import decide
from agent.claims.model import ClaimKind as K
from tests.corpus.claims_corpus import facts


def _times(sentence: str, lang: str, state: str = "nothing") -> set[tuple[int, int, bool]]:
    claims = decide(sentence, facts(state, lang)).claims
    return {t for c in claims for _, d in c.details.parts for t in d.times}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Shall I book all three?", "en"),
     ("Soll ich alle drei eintragen?", "de"),
     ("Zwei von Ihnen kann ich am Samstag unterbringen, für die dritte finde ich leider nichts.", "de"),
     ("I can fit two of you in on Saturday.", "en")],
)  # fmt: skip
def test_a_count_of_people_names_no_hour(sentence, lang):
    assert _times(sentence, lang) == set()


def test_shall_i_book_all_three_claims_no_slot():
    assert decide("Shall I book all three?", facts("nothing", "en")).passes


@pytest.mark.parametrize(
    ("sentence", "lang", "hour"),
    [("Shall I book eleven?", "en", 11),
     ("But three would work.", "en", 3)],
)  # fmt: skip
def test_a_bare_hour_in_a_slot_statement_is_still_an_hour(sentence, lang, hour):
    decision = decide(sentence, facts("nothing", lang))
    assert K.AVAILABLE in {c.kind for c in decision.claims}
    assert hour in {h for h, _, _ in _times(sentence, lang)}
    assert not decision.passes
