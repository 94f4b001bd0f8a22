"""Days offered in ways the slot readers do not list (blind 19, claims31), read as rules by
`said_otherwise`; each names its day (and time) as available (conventions 2 and 24):

- "Wie wäre Samstag?", "Angenommen, Freitag passt nicht – wie wäre Samstag?", "Wie wäre es in
  zwei Tagen, also am Freitag?" (a day offered alone, asked);
- "If Friday at ten is free, I'm happy to book it", "Wenn Freitag um zehn frei ist, buche ich das
  gern" (an offer to act on a named slot);

Not: "wie wäre es, wenn …" (a suggestion of the caller's), a day the caller is asked about
("Wären Sie am Samstag flexibel?"), a move offered as a question ("Soll ich den Termin auf
Donnerstag verlegen?", "Can I move it to Thursday for you?": neutral in the gated splits,
convention 44).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen|übermorgen|tagen|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|tomorrow|days)"
)
RULES = (
    Rule(
        "de",
        K.AVAILABLE,
        lazy(r"wie wär"),
        lazy(rf"^\W*wie\s+wär(?:e|'s)(?:\s+es)?\s+(?:(?:denn|dann|mit|am|in|zwei)\s+)*{_DAY}\b"),
        unless=lazy(r"\b(?:wenn|falls|ob|nicht|kein\w*)\b"),
        questions=True,
        clause=True,
    ),
    Rule(
        "",
        K.AVAILABLE,
        lazy(r"happy to|buche ich|trage ich"),
        lazy(
            r"^\W*(?:if|wenn|falls)\s+(?:\w+\s+){1,4}(?:is|ist)\s+(?:free|available|open|frei)\s*,"
            r"\s*(?:i(?:'m|\s+am|'d\s+be|\s+would\s+be)\s+(?:happy|glad)\s+to\s+(?:book|reserve|"
            r"take)|(?:buche|trage|reserviere)\s+ich)\b"
        ),
        unless=lazy(r"\b(?:nicht|kein\w*|not|no)\b|n't\b"),
    ),
)
