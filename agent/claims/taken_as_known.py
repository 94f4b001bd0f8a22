"""An outcome a question or a goodbye takes as known (blind 13, claims22): "Did you catch that
you're all booked, or shall I repeat the details?", "Haben Sie mitbekommen, dass Sie eingetragen
sind?", "Wo wir den Termin jetzt fix haben – sind Sie mit Karte oder bar?" (colloquial "wo" for
"jetzt wo": now that), "We'll see you soon then, bye-bye!", "Wir sehen uns dann bald!".

Asking whether the caller caught, heard or noticed that they are booked presupposes the booking
(a factive verb); so does "now that" said with "wo"; a goodbye that expects the caller "then"
presupposes the visit. BOOKED, read in questions too.
Not: whether the caller heard something else, conditions, negations.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_NOT_STATED = lazy(r"\b(?:wenn|falls|sofern|nicht|kein\w*|if|unless|not|no|never)\b|n't\b")
_BOOKED_EN = (
    r"(?:you(?:'re|\s+are)\s+(?:now\s+)?(?:all\s+)?(?:booked|set|in|confirmed)\b|"
    r"(?:your|the)\s+(?:appointment|booking)\s+(?:is|'s|has\s+been)\s+(?:now\s+)?"
    r"(?:booked|confirmed|in|set)\b)"
)

RULES = (
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\b(?:catch|hear|heard|notice|get|got|see)\b"),
        lazy(
            r"^\W*(?:did|have|do)\s+you\s+(?:catch|hear|heard|notice|noticed|get|got|see|seen)\s+"
            rf"(?:that\s+)?{_BOOKED_EN}"
        ),
        unless=_NOT_STATED,
        questions=True,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\b(?:mitbekommen|gehört|verstanden|gesehen)\b"),
        lazy(
            r"^\W*haben\s+sie\s+(?:\w+\s+)?(?:mitbekommen|gehört|verstanden|gesehen),?\s+dass\s+"
            r"(?:sie\s+(?:jetzt\s+)?(?:eingetragen|gebucht|drin)|(?:ihr|der)\s+termin\s+(?:jetzt\s+)?"
            r"(?:gebucht|eingetragen|fix|fest|bestätigt))\b"
        ),
        unless=_NOT_STATED,
        questions=True,
    ),
    # "Wo wir den Termin jetzt fix haben – …?": colloquial "wo" for "jetzt wo"
    Rule(
        "de",
        K.BOOKED,
        lazy(r"^\W*wo\b"),
        lazy(
            r"^\W*wo\s+(?:wir|sie|ich)\s+(?:\w+\s+){0,3}?jetzt\s+(?:\w+\s+){0,2}?(?:fix|fest|"
            r"gebucht|eingetragen|bestätigt|sicher)(?:\s+(?:haben|ist|sind|habe|steht))?\s*[–—,:-]"
        ),
        unless=_NOT_STATED,
        questions=True,
        own_details=True,  # the "wo" clause's, not a service the question offers (blind 17)
    ),
    # a goodbye that expects the caller "then"
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\bsee\s+you\b"),
        lazy(r"\bwe(?:'ll|\s+will)\s+see\s+you\s+(?:soon|shortly)\s+then\b"),
        unless=_NOT_STATED,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\bsehen\s+uns\b"),
        lazy(r"\bwir\s+sehen\s+uns\s+dann\s+(?:ja\s+)?(?:bald|gleich)\b"),
        unless=_NOT_STATED,
    ),
)
