"""Claims said in words the clause readers do not know, read from a table of rules per class
(`pending_words`, `promised_words`, `held_words`, `booked_phrases`, `offered_words`; the loop is
`word_rules.read_rules`), and readings corrected where such words show what they are (a
callback that brings the salon's answer is a pending request; a "request" for a callback is a
message; a booking "unter Vorbehalt" beside a pending request is not one).
"""

from __future__ import annotations

from agent.claims.booked_phrases import RULES as BOOKED
from agent.claims.booked_phrases import with_topic
from agent.claims.details import Names
from agent.claims.held_words import RULES as HELD
from agent.claims.held_words import upgraded
from agent.claims.model import Claim
from agent.claims.offered_words import RULES as OFFERED
from agent.claims.pending_words import RULES as PENDING
from agent.claims.pending_words import corrected
from agent.claims.promised_words import RULES as PROMISED
from agent.claims.word_rules import read_rules

_RULES = PENDING + PROMISED + HELD + BOOKED + OFFERED


def said_otherwise(
    sentence: str, lang: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` with the claims of every class's rules added and the readings they correct
    replaced."""
    more = read_rules(sentence, lang, names, _RULES)
    claims = corrected(sentence, lang, claims + tuple(more), names)
    return with_topic(sentence, upgraded(sentence, claims), names)
