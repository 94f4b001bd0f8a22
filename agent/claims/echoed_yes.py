"""A yes said by echoing the caller's question (blind 25, claims43; convention 74).

"Sind Sie, keine Sorge." to "Bin ich jetzt gebucht?", "You are, don't worry." to "Am I booked
now?", "Ist er, ganz sicher." to "Ist der Termin fest?": the verb and subject of the question
said back, with a reassurance or nothing after them, answer yes as "Ja." does; read with the
caller's question as the short answer is (`caller_answer`).

Not: an echo with a negation ("Sind Sie nicht"), with more said ("You are booked for Saturday":
read by the clause readers), an echo with no question from the caller.
"""

from __future__ import annotations

import re

from agent.claims.caller_answer import caller_answered
from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.restated import as_whole

_ECHO = lazy(
    r"^\W*(?:(?:ja|yes|yep|yeah)\W+)?(?:sind\s+sie|ist\s+er|ist\s+es|ist\s+sie|haben\s+sie|"
    r"hat\s+es|you\s+are|you\s+have|it\s+is|it\s+has|it\s+did|you\s+did)"
    r"(?:\s*[,–—]?\s*(?:keine\s+sorge|ganz\s+sicher|sicher|versprochen|wirklich|auf\s+jeden\s+fall|"
    r"don't\s+worry|definitely|absolutely|certainly|for\s+sure|really|promise))?\W*$",
    re.IGNORECASE,
)


def echoed_yes(sentence: str, lang: str, caller: str, names: Names) -> tuple[Claim, ...]:
    """The claim an echoed yes makes about the caller's question (above)."""
    if not caller or not _ECHO.match(sentence):
        return ()
    return as_whole(sentence, caller_answered("Ja." if lang == "de" else "Yes.", caller, names))
