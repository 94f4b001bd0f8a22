"""What a sentence the caller is about to hear claims about the calendar, and whether it is true.

Pure functions, no pipeline: `read_sentence` finds the claims a sentence makes ("Ihr Termin ist
gebucht" claims BOOKED), `decide` holds them against the facts of the call (`CallFacts`, built by
the guard from the ledger). The confirmation guard in `agent/guard.py` is their one user in a call;
the corpus tests and `bench/` measure them.
"""

from agent.claims.decide import decide
from agent.claims.model import (
    AppointmentFact,
    CallFacts,
    Claim,
    ClaimKind,
    Decision,
    FollowUp,
    SentenceReading,
)
from agent.claims.read import normalize, read_sentence, warm_up, warm_up_once

__all__ = [
    "AppointmentFact",
    "CallFacts",
    "Claim",
    "ClaimKind",
    "Decision",
    "FollowUp",
    "SentenceReading",
    "decide",
    "normalize",
    "read_sentence",
    "warm_up",
    "warm_up_once",
]
