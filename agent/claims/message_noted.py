"""The caller's request said to be with the salon as a note (blind 13, claims22): "Ihr Anliegen
liegt jetzt als Notiz beim Salon", "Your request is with the salon as a note now", "Your message
is written down and with the salon now", "Your callback request is noted and passed on to the
salon".

A message passed on (FOLLOW_UP message), backed by a message taken in this call; it replaces the
request awaiting the salon (PENDING, convention 1 reads "Ihre Anfrage liegt beim Salon" so) and
the callback the clause readers read in those words: a note is what the salon was given, not a
booking asked for, and no callback is promised by it.
Not: conditions, questions, negations, what will or should be noted.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind, FollowUp
from agent.claims.word_rules import Rule

K = ClaimKind
_NOT_STATED = lazy(
    r"\b(?:wenn|falls|ob|sofern|soll|sollen|nicht|kein\w*|if|whether|unless|shall|should|not|no|"
    r"will|would)\b|n't\b"
)
_REPLACED = frozenset({K.PENDING, K.FOLLOW_UP})

RULES = (
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"\b(?:notiz|schriftlich|notiert)\b"),
        lazy(
            r"\b(?:ihr|ihre)\s+(?:anliegen|anfrage|nachricht|rückrufwunsch|rückrufbitte|wunsch|"
            r"bitte)\s+(?:liegt|ist)\s+(?:jetzt\s+|nun\s+)?(?:als\s+notiz|schriftlich|notiert)\b"
            r"[^.;!?]*\b(?:beim|im)\s+salon\b"
        ),
        follow_up=FollowUp.MESSAGE,
        unless=_NOT_STATED,
        replaces=_REPLACED,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"\b(?:note|noted|written\s+down)\b"),
        lazy(
            r"\byour\s+(?:call\s*back\s+)?(?:message|request|concern|query)\s+(?:is|'s|has\s+been)"
            r"\s+(?:now\s+)?(?:(?:noted|written\s+down|logged)\b[^.;!?]*\b(?:passed\s+on|with|"
            r"sent\s+on)\s+(?:to\s+)?the\s+(?:salon|team)\b|with\s+the\s+(?:salon|team)\s+as\s+a\s+"
            r"note\b)"
        ),
        follow_up=FollowUp.MESSAGE,
        unless=_NOT_STATED,
        replaces=_REPLACED,
    ),
)
