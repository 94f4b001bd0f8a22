"""What the claims specs of the blind rounds share (tests/test_claims_blind2*_*.py): the corpus
states a sentence passes in, and the sets of states the specs expect, named by what the call holds
in them. The states and the call are the corpus's (`tests.corpus.claims_corpus.STATES`): now is
Wednesday 26 November 2025, the call's appointment Friday 28 November 10:00 with Fabian."""

from __future__ import annotations

from dataclasses import replace

from agent.claims import decide
from tests.corpus.claims_corpus import STATES, facts

EVERYWHERE = frozenset(STATES)
BOOKED_ANY = frozenset({"booked", "moved", "two", "no_sms"})  # a confirmed appointment, any day
NOT_BOOKED = EVERYWHERE - BOOKED_ANY - {"unknown"}  # 671: an open outcome may be a booking
SUCCESS = BOOKED_ANY | {"cancelled"}  # the call's latest outcome is a success
BOOKED_FRIDAY = frozenset({"booked", "two", "no_sms"})  # Friday 28 November, 10:00, Fabian
HELD = BOOKED_ANY | {"held", "pending"}  # a slot kept for the caller (a booking keeps it too)
HELD_FRIDAY = BOOKED_FRIDAY | {"held", "pending"}  # Friday 10:00 kept for the caller
CANCELLED_FRIDAY = frozenset({"cancelled"})  # the Friday appointment cancelled
NOT_BOOKED_FRIDAY = EVERYWHERE - BOOKED_FRIDAY - {"unknown"}  # 671: an open outcome may be it
NOWHERE: frozenset[str] = frozenset()


def passes_in(sentence: str, lang: str, caller: str = "") -> set[str]:
    """The states in which `sentence` passes, said in `lang` after the caller's words `caller`."""
    return {s for s in STATES if decide(sentence, replace(facts(s, lang), caller=caller)).passes}
