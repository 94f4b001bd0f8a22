"""Claims said by what they bring about, without a claim verb (blind 17, claims27), read as
rules by `said_otherwise`:

- a consequence that presupposes the visit on a named day: "Freitag früh steht der Kaffee für
  Sie bereit", "Am Freitag liegt Ihr Handtuch schon für Sie bereit", "Your coffee will be
  waiting for you on Friday morning", "The whole team knows you're in first thing Friday" (a
  booking with that day, the lead's decision for round 17); not with no day ("Bei uns steht
  immer Kaffee bereit"), a habit, a condition or a negation;
- a day "fest / verbindlich zugesagt" (promised for certain): a booking, also beside a hold word ("Freitag ist
  für Sie reserviert und fest zugesagt").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen)"
_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)"
_READY_DE = lazy(
    rf"^(?=.*\b{_DAY_DE}\b)(?=.*\b(?:für\s+sie|ihnen|auf\s+sie)\b).*\b(?:bereit|parat|wartet|"
    r"warten)\b"
)
_READY_EN = lazy(
    rf"^(?=.*\b{_DAY_EN}\b).*\b(?:(?:be|is|are)\s+(?:\w+\s+){{0,3}}?(?:waiting|ready)\s+for\s+"
    r"you|knows?\s+you(?:'re|\s+are)\s+(?:in|coming))\b"
)
_NOT_DE = lazy(
    r"\b(?:nicht|kein\w*|nie|niemand|mehr|wenn|falls|ob|sofern|sobald|immer|jedes|alle|würde\w*|"
    r"könnte\w*|"
    r"freitags|samstags)\b"
)
_NOT_EN = lazy(
    r"\b(?:not|no|never|nobody|if|whether|unless|once|when|always|every|would|could|might|fridays|"
    r"anymore|longer|"
    r"saturdays)\b|n't\b"
)
# blind 34 (claims77): "Verbindlich zugesagt: Freitag bei Fabian" as "fest zugesagt"
_PROMISED = lazy(r"\b(?:fest|verbindlich|definitiv|fix)\s+zugesagt\b")

RULES = (
    Rule("de", K.BOOKED, lazy(r"bereit|parat|wartet|warten"), _READY_DE, unless=_NOT_DE),
    Rule("en", K.BOOKED, lazy(r"waiting|ready|know"), _READY_EN, unless=_NOT_EN),
    Rule("de", K.BOOKED, lazy(r"zugesagt"), _PROMISED, clause=True),
)
