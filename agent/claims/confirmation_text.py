"""A confirmation the caller is told he has or will find in his messages: "In ein paar Minuten
haben Sie die Bestätigung als SMS", "Die Bestätigung liegt gleich in Ihrem E-Mail-Postfach",
"The confirmation will be in your inbox shortly". ("Check your inbox, the confirmation is there"
is labelled `done` alone in blind 2 and left to the reader.)

That promises a text (FOLLOW_UP, text) and states the outcome it confirms (DONE), as the clause
readers read "Sie bekommen gleich eine Bestätigung per SMS". Not: questions, negated or
conditional sentences ("Möchten Sie die Bestätigung per SMS?", "Eine SMS bekommen Sie erst,
wenn …").
"""

from __future__ import annotations

import re

from agent.claims.details import Names
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.sentence_claims import claims_where

_DE = re.compile(
    r"\b(?:haben|bekommen|erhalten|kriegen|finden)\s+sie\b.*\bbestätigung\b.*"
    r"\b(?:als|per|in|im|auf)\s+(?:ihr\w*\s+)?(?:sms|e-?mail|mail|nachricht|postfach|handy)\b|"
    r"\bbestätigung\b.*\b(?:liegt|ist|landet|kommt)\b.*\b(?:postfach|handy|sms|e-?mail)"
)
_EN = re.compile(
    r"\bconfirmation\b.*\b(?:will\s+be|is|lands?|arrives?)\s+(?:\w+\s+)?in\s+your\s+"
    r"(?:inbox|phone|messages|email)\b|"
    r"\byou(?:'ll|\s+will)\s+(?:have|find)\s+the\s+confirmation\b.*\b(?:text|email|inbox|phone)\b"
)


def confirmation_texts(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The promised text and the outcome it confirms (see above)."""
    pattern = _EN if lang == "en" else _DE
    promised = claims_where(sentence, pattern, ClaimKind.FOLLOW_UP, names, FollowUp.TEXT)
    done = claims_where(sentence, pattern, ClaimKind.DONE, names)
    return promised + done
