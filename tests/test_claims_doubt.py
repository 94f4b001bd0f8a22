"""Doubt about an outcome (agent/claims/doubt): reassurance or candour before a claim is read
away, after the caller's doubt about the booking "it went through" is the booking and "not yet"
`not_booked` (blind 31, claims63); a success only supposed with the speaker's own doubt beside
it claims nothing, a hedge alone is still the claim (claims64). Sentences in words of neither
corpus file nor the probe."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_ANY, EVERYWHERE, NOT_BOOKED, passes_in


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Verlassen Sie sich drauf, der Termin steht.", "de", "", BOOKED_ANY),
     ("Ganz ehrlich, er ist noch nicht eingetragen.", "de", "", NOT_BOOKED),
     ("Believe me, it went through.", "en", "Is my booking definitely in?", BOOKED_ANY),
     ("It's definitely there.", "en", "Is my booking definitely in?", BOOKED_ANY),
     ("Honestly, it's not in yet.", "en", "", NOT_BOOKED),
     ("Rest assured, your request is with the salon and waiting for them to approve it.", "en",
      "", {"pending"})],
)  # fmt: skip
def test_reassurance_and_answers_to_doubt_are_read_as_the_claim_they_wrap(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Keine Sorge, das schaffen wir schon.", "de"), ("Relax, we'll find a time.", "en")],
)  # fmt: skip
def test_reassurance_with_no_outcome_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Eigentlich müsste die Buchung durch sein, aber sicher bin ich mir nicht.", "de"),
     ("Supposedly it's booked, but I can't confirm that.", "en")],
)  # fmt: skip
def test_a_supposed_success_doubted_claims_nothing(sentence, lang):
    # convention 5: what the speaker cannot confirm
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_hedge_without_doubt_is_still_the_claim():
    assert passes_in("Die Buchung müsste durch sein.", "de") == BOOKED_ANY
